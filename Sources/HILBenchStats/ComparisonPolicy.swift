/// The settings of a baseline-versus-candidate comparison for one metric.
public struct ComparisonPolicy: Sendable, Hashable {
    /// Which way the metric improves.
    public var direction: MetricDirection
    /// Practical threshold as a relative change, e.g. 0.03 for 3%.
    public var threshold: Double
    /// Significance level of the Mann–Whitney U test (default 0.05).
    public var alpha: Double
    /// Level of the Hodges–Lehmann ratio interval (default 0.95).
    public var confidence: Double
    /// Largest coefficient of variation either sample may have (default 0.10).
    public var maximumCoefficientOfVariation: Double
    /// Fewest values either sample may have (default 5).
    public var minimumSamples: Int

    /// Creates a policy; unspecified settings take the defaults above.
    public init(
        direction: MetricDirection, threshold: Double, alpha: Double = 0.05, confidence: Double = 0.95,
        maximumCoefficientOfVariation: Double = 0.10, minimumSamples: Int = 5
    ) {
        self.direction = direction
        self.threshold = threshold
        self.alpha = alpha
        self.confidence = confidence
        self.maximumCoefficientOfVariation = maximumCoefficientOfVariation
        self.minimumSamples = minimumSamples
    }

    /// Throws when a setting is out of range (e.g. a threshold given in percent, or α ≥ 1); call it when
    /// loading policies from configuration so mistakes surface at load time.
    public func validate() throws(StatsError) {
        let context = "ComparisonPolicy"
        if !(threshold >= 0 && threshold < 1) {
            throw StatsError(
                .invalidParameter, context: context,
                message: "threshold is a fraction in [0, 1) (0.03 for 3%), got \(threshold)")
        }
        try StatsError.checkLevel(alpha, name: "alpha", context: context)
        try StatsError.checkLevel(confidence, name: "confidence", context: context)
        if !(maximumCoefficientOfVariation > 0) {
            throw StatsError(
                .invalidParameter, context: context,
                message: "maximumCoefficientOfVariation must be > 0, got \(maximumCoefficientOfVariation)")
        }
        if minimumSamples < 2 {
            throw StatsError(
                .invalidParameter, context: context, message: "minimumSamples must be at least 2, got \(minimumSamples)"
            )
        }
    }

    /// Latency: lower is better, 3% threshold.
    public static let latency = ComparisonPolicy(direction: .lowerIsBetter, threshold: 0.03)
    /// Energy per inference: lower is better, 5% threshold.
    public static let energy = ComparisonPolicy(direction: .lowerIsBetter, threshold: 0.05)
    /// Memory: lower is better, 5% threshold.
    public static let memory = ComparisonPolicy(direction: .lowerIsBetter, threshold: 0.05)
    /// Throughput: higher is better, 3% threshold.
    public static let throughput = ComparisonPolicy(direction: .higherIsBetter, threshold: 0.03)
}
