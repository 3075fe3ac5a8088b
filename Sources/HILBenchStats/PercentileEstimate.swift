/// A percentile of a sample, or the reason it is not reported.
public enum PercentileEstimate: Sendable, Hashable, CustomStringConvertible {
    /// The type-7 percentile of the sample.
    case estimate(Double)
    /// The sample is smaller than `Percentile.minimumSampleCount(confidence:)`.
    case notEnoughSamples(have: Int, need: Int)

    /// The percentile, or nil when there were not enough samples.
    public var value: Double? {
        if case .estimate(let value) = self { return value }
        return nil
    }

    /// Why there is no value (`"not enough samples: have 63, need 64"`), or nil when there is one.
    public var reason: String? {
        if case .notEnoughSamples(let have, let need) = self {
            return "not enough samples: have \(have), need \(need)"
        }
        return nil
    }

    /// The value, or the reason there is none.
    public var description: String {
        switch self {
        case .estimate(let value): return "\(value)"
        case .notEnoughSamples: return reason ?? ""
        }
    }
}
