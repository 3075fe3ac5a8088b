import Foundation

/// A percentile level such as p90, with the minimum sample count needed to report it.
///
/// ## How many samples a percentile needs
///
/// hilbench reports a percentile only when the sample is large enough for the estimate to mean something,
/// using the rule MLPerf LoadGen applies to its early-stopping estimate (`loadgen/results.cc`,
/// `early_stopping.cc`, confidence c = 0.99, tolerance 0). LoadGen finds the least h with
/// `BetaRegularized(p, h, 1 + t) ≤ 1 − c` for t = 1 and requires h + 1 queries. By the identity
/// I_p(h, t + 1) = P(Binomial(h + t, 1 − p) ≤ t) this is the least n such that
///
///     P(Binomial(n, 1 − p) ≤ 1) = pⁿ + n·(1 − p)·pⁿ⁻¹ ≤ 1 − c
///
/// In words: with n samples, the chance that at most one of them lies above the true p-quantile is at most
/// 1 − c, so with confidence c at least two do, and the second-largest sample bounds the true quantile
/// from above. With c = 0.99 this gives **11 for p50, 64 for p90, 130 for p95, 662 for p99 and 6636 for
/// p99.9**; 64 and 662 are exactly MLPerf's published minimums (SingleStream p90, MultiStream p99). The
/// simpler "at least one sample above" rule (t = 0, pⁿ ≤ 1 − c) gives 44 and 459 and does not reproduce
/// MLPerf's numbers, which is why t = 1 is used. A level below the median uses its mirror (p1 as p99).
public struct Percentile: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The level as a fraction in [0, 1], e.g. 0.99 for p99.
    public let fraction: Double

    /// Creates a percentile level from a fraction in [0, 1].
    public init(_ fraction: Double) {
        precondition(fraction >= 0 && fraction <= 1, "a percentile fraction must be in [0, 1], got \(fraction)")
        self.fraction = fraction
    }

    /// A level given in percent (99.9 for p99.9), as configuration files write it.
    public init(percent: Double) throws(StatsError) {
        guard percent >= 0 && percent <= 100 else {
            throw StatsError(
                .invalidParameter, context: "Percentile(percent:)",
                message: "a percentile must be in [0, 100], got \(percent)")
        }
        // Round to 12 decimals of the fraction so 99.9 gives exactly the literal 0.999, not 0.9990000000000001.
        self.init((percent * 1e10).rounded() / 1e12)
    }

    /// The median.
    public static let p50 = Percentile(0.5)
    /// The 90th percentile (MLPerf SingleStream's metric).
    public static let p90 = Percentile(0.9)
    /// The 95th percentile.
    public static let p95 = Percentile(0.95)
    /// The 99th percentile (MLPerf MultiStream and Server).
    public static let p99 = Percentile(0.99)
    /// The 99.9th percentile.
    public static let p999 = Percentile(0.999)
    /// The levels every `Summary` reports by default: p50, p90, p95, p99, p99.9.
    public static let standard: [Percentile] = [.p50, .p90, .p95, .p99, .p999]

    /// The default confidence for the sample-count rule, MLPerf's 0.99.
    public static let defaultConfidence = 0.99

    /// `p90`, `p99.9`: the percent value with trailing zeros removed.
    public var description: String {
        let percent = (fraction * 100 * 1000).rounded() / 1000
        if percent == percent.rounded() { return "p\(Int(percent))" }
        var text = String(percent)
        while text.hasSuffix("0") { text.removeLast() }
        return "p" + text
    }

    /// Orders levels by fraction (p50 < p90 < p99).
    public static func < (lhs: Percentile, rhs: Percentile) -> Bool { lhs.fraction < rhs.fraction }

    /// The least sample count for which this percentile is reported (see the type's documentation).
    ///
    /// The 0th and 100th percentiles (minimum and maximum) need one sample.
    public func minimumSampleCount(confidence: Double = Percentile.defaultConfidence) -> Int {
        precondition(confidence > 0 && confidence < 1, "confidence must be in (0, 1)")
        if fraction <= 0 || fraction >= 1 { return 1 }
        // Both tails: p1 is bounded by the second-smallest sample exactly as p99 is by the second-largest, so a low
        // percentile needs as many samples as its mirror (662 for p1, not 3).
        let p = max(fraction, 1 - fraction)
        let q = 1 - p
        let limit = log(1 - confidence)
        // f(n) = (n − 1)·ln p + ln(p + n·q) is log P(Binomial(n, q) ≤ 1); f(1) = 0 > limit.
        var n = 1
        while Double(n - 1) * log(p) + log(p + Double(n) * q) > limit {
            n += 1
        }
        return n
    }
}
