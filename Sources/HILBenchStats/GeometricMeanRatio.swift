import Foundation

/// The geometric mean of per-case ratios (B/A across benchmarks) with a confidence interval.
///
/// The interval is a Student t interval on the log ratios, exponentiated:
/// exp(mean(ln r) ± t₁₋α/₂,ₙ₋₁·s/√n). It treats the cases as a sample of benchmarks, so it says how
/// much the geomean would move with a different selection of cases; it ignores the within-case
/// uncertainty of each ratio (those are in the per-case intervals). Chosen over a bootstrap because with
/// the handful of cases a report usually has (5–50), a bootstrap over cases is unstable while the t
/// interval is standard and exact for lognormal ratios.
public struct GeometricMeanRatio: Sendable, Hashable {
    /// exp(mean(ln rᵢ)).
    public let estimate: Double
    /// The t interval, or nil for a single ratio.
    public let interval: ConfidenceInterval?
    /// Number of ratios.
    public let count: Int

    /// Summarises `ratios` (all > 0).
    public init(ratios: [Double], confidence: Double = 0.95) throws(StatsError) {
        let context = "GeometricMeanRatio.init"
        try StatsError.checkSample(ratios, context: context)
        try StatsError.checkPositive(ratios, context: context)
        try StatsError.checkLevel(confidence, name: "confidence", context: context)
        let logs = ratios.map { log($0) }
        let n = Double(logs.count)
        let mean = logs.reduce(0, +) / n
        estimate = exp(mean)
        count = logs.count
        if logs.count > 1 {
            let variance = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            let t = Special.studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: n - 1)
            let half = t * (variance / n).squareRoot()
            interval = ConfidenceInterval(lower: exp(mean - half), upper: exp(mean + half), level: confidence)
        } else {
            interval = nil
        }
    }
}
