/// A bootstrap confidence interval and the settings that produced it.
public struct BootstrapInterval: Sendable, Hashable {
    /// The statistic on the original sample(s).
    public let estimate: Double
    /// The percentile interval of the bootstrap distribution.
    public let interval: ConfidenceInterval
    /// The standard deviation of the bootstrap distribution (n − 1 denominator).
    public let standardError: Double
    /// How many resamples were drawn.
    public let resamples: Int
    /// The generator seed; the same seed and data give the same interval on every platform.
    public let seed: UInt64
}
