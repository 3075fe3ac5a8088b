/// A two-sided confidence interval [lower, upper] at a nominal confidence level.
public struct ConfidenceInterval: Sendable, Hashable, CustomStringConvertible {
    /// The lower bound.
    public let lower: Double
    /// The upper bound.
    public let upper: Double
    /// The nominal confidence level, e.g. 0.95. Order-statistic intervals cover at least this much.
    public let level: Double

    /// Creates an interval; `lower` must not exceed `upper`.
    public init(lower: Double, upper: Double, level: Double) {
        precondition(!(lower > upper), "a confidence interval needs lower <= upper, got [\(lower), \(upper)]")
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// Whether `value` lies inside the closed interval.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// upper − lower.
    public var width: Double { upper - lower }

    /// `[lower, upper] @95%`.
    public var description: String { "[\(lower), \(upper)] @\(level * 100)%" }
}
