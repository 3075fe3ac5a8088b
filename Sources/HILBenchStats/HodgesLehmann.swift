import Foundation

/// The Hodges–Lehmann estimate of the shift (or ratio) from a baseline sample A to a candidate sample B,
/// with its distribution-free confidence interval.
///
/// - **Shift**: the median of the m·n pairwise differences bⱼ − aᵢ.
/// - **Ratio**: the same on logarithms, exponentiated: exp(median of ln bⱼ − ln aᵢ) = median of bⱼ/aᵢ.
///   "×1.034 [1.021, 1.047]" reads as "B is 3.4% higher".
/// - **Interval** (Moses 1965, the interval R's `wilcox.test(conf.int = TRUE)` inverts): with sorted
///   differences D₍₁₎ ≤ … ≤ D₍ₘₙ₎, the interval is [D₍ₖ₎, D₍ₘₙ₊₁₋ₖ₎] where k is the largest integer with
///   P(U ≤ k − 1) ≤ α/2 under the null distribution of the Mann–Whitney U. The **exact** distribution is
///   used when there are no ties and both samples have fewer than 50 values (R's default rule); otherwise
///   the normal approximation with tie-corrected σ and continuity correction, k = ⌊mn/2 + 0.5 − z₁₋α/₂·σ⌋.
///   When k < 1 the samples are too small for an interval at this level and `interval` is nil
///   (e.g. 3 vs 3 at 95%). R's large-sample interval interpolates by root finding; this one stays on
///   order statistics, so bounds are always observed differences.
/// - **Speed**: differences are never materialised; order statistics are selected in
///   O((m + n)·log(m·n)) (see `PairwiseDifferences`), so 10 000 × 10 000 samples are fine.
public struct HodgesLehmann: Sendable, Hashable {
    /// Whether the estimate is a difference (B − A) or a ratio (B / A).
    public enum Scale: String, Sendable, Hashable {
        /// Differences bⱼ − aᵢ, in the metric's unit.
        case shift
        /// Ratios bⱼ / aᵢ (computed on logarithms).
        case ratio
    }

    /// How the interval's order-statistic rank k was found.
    public enum IntervalMethod: String, Sendable, Hashable {
        /// The exact null distribution of U.
        case exact
        /// The normal approximation of U with tie and continuity corrections.
        case normal
    }

    /// Shift or ratio.
    public let scale: Scale
    /// The point estimate: median difference, or median ratio.
    public let estimate: Double
    /// The confidence interval, or nil when the samples are too small for one at the requested level.
    public let interval: ConfidenceInterval?
    /// How k was computed.
    public let intervalMethod: IntervalMethod
    /// The 1-based rank k of the lower bound among the m·n differences (0 when there is no interval).
    public let rank: Int

    /// The shift estimate median(bⱼ − aᵢ) with its interval.
    public static func shift(
        baseline: [Double], candidate: [Double], confidence: Double = 0.95
    ) throws(StatsError) -> HodgesLehmann {
        try StatsError.checkSample(baseline, context: "HodgesLehmann.shift(baseline)")
        try StatsError.checkSample(candidate, context: "HodgesLehmann.shift(candidate)")
        try StatsError.checkLevel(confidence, name: "confidence", context: "HodgesLehmann.shift")
        return HodgesLehmann(.shift, baseline.sorted(), candidate.sorted(), confidence) { $0 }
    }

    /// The ratio estimate exp(median(ln bⱼ − ln aᵢ)) with its interval; all values must be positive.
    public static func ratio(
        baseline: [Double], candidate: [Double], confidence: Double = 0.95
    ) throws(StatsError) -> HodgesLehmann {
        try StatsError.checkSample(baseline, context: "HodgesLehmann.ratio(baseline)")
        try StatsError.checkSample(candidate, context: "HodgesLehmann.ratio(candidate)")
        try StatsError.checkPositive(baseline, context: "HodgesLehmann.ratio(baseline)")
        try StatsError.checkPositive(candidate, context: "HodgesLehmann.ratio(candidate)")
        try StatsError.checkLevel(confidence, name: "confidence", context: "HodgesLehmann.ratio")
        return HodgesLehmann(.ratio, baseline.map { log($0) }.sorted(), candidate.map { log($0) }.sorted(), confidence)
        { exp($0) }
    }

    private init(_ scale: Scale, _ a: [Double], _ b: [Double], _ confidence: Double, transform: (Double) -> Double) {
        let differences = PairwiseDifferences(sortedBaseline: a, sortedCandidate: b)
        let m = a.count
        let n = b.count
        let (k, method) = HodgesLehmann.lowerRank(m: m, n: n, a: a, b: b, confidence: confidence)
        self.scale = scale
        self.estimate = transform(differences.median())
        self.intervalMethod = method
        self.rank = max(k, 0)
        if k >= 1 {
            let lower = differences.value(atRank: k - 1)
            let upper = differences.value(atRank: m * n - k)
            self.interval = ConfidenceInterval(lower: transform(lower), upper: transform(upper), level: confidence)
        } else {
            self.interval = nil
        }
    }

    /// The largest k with P(U ≤ k − 1) ≤ α/2 (0 when even k = 1 fails), and the method used.
    static func lowerRank(m: Int, n: Int, a: [Double], b: [Double], confidence: Double) -> (Int, IntervalMethod) {
        let halfAlpha = (1 - confidence) / 2
        let ranks = Ranks(a, b)
        if !ranks.hasTies && m < 50 && n < 50 {
            let distribution = MannWhitneyDistribution(m, n, upTo: m * n / 2)
            var cumulative = 0.0
            var k = 0
            // Advance while P(U ≤ k) ≤ α/2, then k + 1 − 1 = k is the answer's "k − 1".
            while k <= m * n / 2 {
                cumulative += distribution.probabilities[k]
                if cumulative > halfAlpha * (1 + 1e-12) { break }
                k += 1
            }
            return (k, .exact)
        }
        let sigma = MannWhitneyU.nullSigma(n1: m, n2: n, tieTerm: ranks.tieTerm)
        let z = Special.normalQuantile(1 - halfAlpha)
        let k = Int((Double(m * n) / 2 + 0.5 - z * sigma).rounded(.down))
        return (min(max(k, 0), (m * n + 1) / 2), .normal)
    }
}
