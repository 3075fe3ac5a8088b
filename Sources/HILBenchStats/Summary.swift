/// Descriptive statistics of one sample (latencies in ns, energies, memory, any metric).
///
/// Percentiles use the one definition in `Quantile` (Hyndman–Fan type 7, numpy's default) and are
/// guarded by sample count: a percentile whose sample is smaller than
/// `Percentile.minimumSampleCount(confidence:)` comes back as `.notEnoughSamples` instead of a number
/// (with the default 0.99: p50 needs 11, p90 64, p95 130, p99 662, p99.9 6636). `median` itself is always
/// given; its uncertainty is in `medianInterval`.
public struct Summary: Sendable, Hashable {
    /// The scale factor that makes the MAD a consistent estimator of σ for normal data (1/Φ⁻¹(3/4), rounded
    /// as it is usually quoted).
    public static let madNormalScale = 1.4826

    /// Number of values.
    public let count: Int
    /// Arithmetic mean.
    public let mean: Double
    /// Sample standard deviation (n − 1 denominator); nil for a single value.
    public let standardDeviation: Double?
    /// Smallest value.
    public let minimum: Double
    /// Largest value.
    public let maximum: Double
    /// The median (type 7, i.e. the mean of the two middle values for even n).
    public let median: Double
    /// Median absolute deviation from the median, unscaled.
    public let medianAbsoluteDeviation: Double
    /// Standard deviation divided by |mean|; nil for a single value or a zero mean.
    public let coefficientOfVariation: Double?
    /// The standard and extra percentiles, each a value or the reason it is withheld.
    public let percentiles: [Percentile: PercentileEstimate]
    /// The confidence used by the percentile sample-count rule.
    public let percentileConfidence: Double
    /// Distribution-free confidence interval of the median (`OrderStatistics`); nil when the sample is
    /// too small for one at `medianConfidence` (n < 6 at 95%).
    public let medianInterval: ConfidenceInterval?
    /// Tukey fence outlier counts (reported, not removed).
    public let outliers: TukeyOutliers

    /// The MAD scaled by 1.4826, comparable with a standard deviation.
    public var scaledMAD: Double { medianAbsoluteDeviation * Summary.madNormalScale }

    /// Summarises `values`.
    ///
    /// - Parameters:
    ///   - values: the sample; must be non-empty and finite.
    ///   - extraPercentiles: levels to report besides the standard p50, p90, p95, p99, p99.9.
    ///   - percentileConfidence: confidence of the sample-count rule (default 0.99, MLPerf's).
    ///   - medianConfidence: level of `medianInterval` (default 0.95).
    public init(
        _ values: [Double],
        extraPercentiles: [Percentile] = [],
        percentileConfidence: Double = Percentile.defaultConfidence,
        medianConfidence: Double = 0.95
    ) throws(StatsError) {
        let context = "Summary.init"
        try StatsError.checkSample(values, context: context)
        try StatsError.checkLevel(percentileConfidence, name: "percentileConfidence", context: context)
        try StatsError.checkLevel(medianConfidence, name: "medianConfidence", context: context)
        let sorted = values.sorted()
        let n = sorted.count
        count = n

        var sum = 0.0
        for value in sorted { sum += value }
        let mean = sum / Double(n)
        self.mean = mean
        if n > 1 {
            var squares = 0.0
            for value in sorted {
                let deviation = value - mean
                squares += deviation * deviation
            }
            let sd = (squares / Double(n - 1)).squareRoot()
            standardDeviation = sd
            coefficientOfVariation = mean != 0 ? sd / abs(mean) : nil
        } else {
            standardDeviation = nil
            coefficientOfVariation = nil
        }
        minimum = sorted[0]
        maximum = sorted[n - 1]
        let median = Quantile.type7(sorted: sorted, 0.5)
        self.median = median
        let deviations = sorted.map { abs($0 - median) }
        medianAbsoluteDeviation = Quantile.type7(unsorted: deviations, 0.5)

        var table: [Percentile: PercentileEstimate] = [:]
        for level in Percentile.standard + extraPercentiles {
            let need = level.minimumSampleCount(confidence: percentileConfidence)
            table[level] =
                n >= need
                ? .estimate(Quantile.type7(sorted: sorted, level.fraction))
                : .notEnoughSamples(have: n, need: need)
        }
        self.percentiles = table
        self.percentileConfidence = percentileConfidence
        medianInterval = OrderStatistics.interval(sorted: sorted, fraction: 0.5, level: medianConfidence)
        outliers = TukeyOutliers(sorted: sorted)
    }

    /// The estimate for `level`, or nil when that level was neither standard nor requested.
    public func percentile(_ level: Percentile) -> PercentileEstimate? {
        percentiles[level]
    }

    /// The 50th percentile (guarded; `median` is the unguarded value).
    public var p50: PercentileEstimate { percentiles[.p50]! }
    /// The 90th percentile.
    public var p90: PercentileEstimate { percentiles[.p90]! }
    /// The 95th percentile.
    public var p95: PercentileEstimate { percentiles[.p95]! }
    /// The 99th percentile.
    public var p99: PercentileEstimate { percentiles[.p99]! }
    /// The 99.9th percentile.
    public var p999: PercentileEstimate { percentiles[.p999]! }
}
