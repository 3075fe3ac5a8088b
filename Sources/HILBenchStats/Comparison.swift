import Foundation

/// A baseline (A) versus candidate (B) comparison of one metric, with its verdict and evidence.
///
/// ## Evidence
/// - p: two-sided Mann–Whitney U (`MannWhitneyU`, scipy's `auto` method).
/// - ratio B/A: Hodges–Lehmann ratio estimate with its distribution-free interval (`HodgesLehmann.ratio`).
///   If some value is ≤ 0 (logarithms impossible) the shift form is used instead and expressed as
///   1 + shift/|median(A)|.
///
/// ## Decision table (t = `policy.threshold`, [lo, hi] = ratio interval)
/// | order | condition | verdict |
/// |---|---|---|
/// | 0 | an empty or non-finite sample, or a policy that fails `validate()` | unstable |
/// | 1 | either sample has fewer than `minimumSamples` values | unstable |
/// | 2 | either sample's robust coefficient of variation (scaled MAD / median) > `maximumCoefficientOfVariation` | unstable |
/// | 3 | no interval at this level (samples too small) | inconclusive |
/// | 4 | p < α and the interval lies wholly beyond the threshold on the worse side (lo > 1 + t for lower-is-better, hi < 1 − t for higher-is-better) | regressed |
/// | 5 | p < α and the interval lies wholly beyond the threshold on the better side | improved |
/// | 6 | 1 − t ≤ lo and hi ≤ 1 + t (significant or not) | noChange |
/// | 7 | anything else (interval straddles ±t, or beyond it without p < α) | inconclusive |
///
/// A change that is statistically significant but smaller than the threshold is `noChange` once the
/// interval is inside the band: the threshold is the practical-significance line.
public struct Comparison: Sendable, Hashable {
    /// The verdict.
    public let verdict: Verdict
    /// One sentence saying why, for reports.
    public let reason: String
    /// The policy used.
    public let policy: ComparisonPolicy
    /// Summary of the baseline sample (nil only when it was empty).
    public let baseline: Summary?
    /// Summary of the candidate sample (nil only when it was empty).
    public let candidate: Summary?
    /// Estimated ratio B/A (Hodges–Lehmann); nil when unstable before it was computed.
    public let ratio: Double?
    /// Interval of the ratio; nil when unstable or too few samples.
    public let ratioInterval: ConfidenceInterval?
    /// Two-sided Mann–Whitney p-value; nil when unstable before it was computed.
    public let pValue: Double?

    /// ratio − 1, e.g. 0.034 for "+3.4%".
    public var relativeChange: Double? { ratio.map { $0 - 1 } }

    /// Compares `candidate` with `baseline` under `policy`. Never throws: unusable input is `unstable`.
    public init(baseline a: [Double], candidate b: [Double], policy: ComparisonPolicy) {
        self.policy = policy
        let summaryA = try? Summary(a)
        let summaryB = try? Summary(b)
        self.baseline = summaryA
        self.candidate = summaryB
        func unstable(_ reason: String) -> (Verdict, String, Double?, ConfidenceInterval?, Double?) {
            (.unstable, reason, nil, nil, nil)
        }
        let outcome: (Verdict, String, Double?, ConfidenceInterval?, Double?)
        if let error = Result(catching: { () throws(StatsError) in try policy.validate() }).failure {
            outcome = unstable("invalid policy: \(error.message)")
        } else if let summaryA, let summaryB {
            outcome = Comparison.decide(a, b, summaryA, summaryB, policy)
        } else if a.isEmpty || b.isEmpty {
            outcome = unstable("a sample is empty (baseline \(a.count), candidate \(b.count) values)")
        } else {
            outcome = unstable("a sample contains NaN or infinite values")
        }
        (verdict, reason, ratio, ratioInterval, pValue) = outcome
    }

    /// Scaled MAD / |median| (equals stdev/mean for a normal sample); nil when the median is 0.
    public static func robustCoefficientOfVariation(_ summary: Summary) -> Double? {
        summary.median == 0 ? nil : summary.scaledMAD / abs(summary.median)
    }

    private static func decide(
        _ a: [Double], _ b: [Double], _ summaryA: Summary, _ summaryB: Summary, _ policy: ComparisonPolicy
    ) -> (Verdict, String, Double?, ConfidenceInterval?, Double?) {
        let minimum = policy.minimumSamples
        if a.count < minimum || b.count < minimum {
            return (
                .unstable, "too few samples: baseline \(a.count), candidate \(b.count), need \(minimum) each", nil, nil,
                nil
            )
        }
        let limit = policy.maximumCoefficientOfVariation
        for (name, summary) in [("baseline", summaryA), ("candidate", summaryB)] {
            // Robust spread: latency samples have heavy right tails (a page fault, a preemption), and a handful of
            // such outliers would make stdev/mean call a perfectly repeatable case "unstable".
            if let cv = Comparison.robustCoefficientOfVariation(summary), cv > limit {
                return (.unstable, "\(name) too noisy: CV \(percent(cv)) > \(percent(limit))", nil, nil, nil)
            }
        }
        let p = (try? MannWhitneyU(a, b))?.pValue ?? 1
        let ratio: Double
        let interval: ConfidenceInterval?
        if a.allSatisfy({ $0 > 0 }) && b.allSatisfy({ $0 > 0 }) {
            let estimate = try? HodgesLehmann.ratio(baseline: a, candidate: b, confidence: policy.confidence)
            ratio = estimate?.estimate ?? 1
            interval = estimate?.interval
        } else {
            let scale = abs(summaryA.median)
            guard scale > 0,
                let shift = try? HodgesLehmann.shift(baseline: a, candidate: b, confidence: policy.confidence)
            else {
                return (.inconclusive, "baseline median is 0, so a relative change is undefined", nil, nil, p)
            }
            ratio = 1 + shift.estimate / scale
            interval = shift.interval.map {
                ConfidenceInterval(lower: 1 + $0.lower / scale, upper: 1 + $0.upper / scale, level: $0.level)
            }
        }
        guard let interval else {
            return (
                .inconclusive, "samples too small for a \(percent(policy.confidence)) interval of the ratio", ratio,
                nil, p
            )
        }
        let t = policy.threshold
        let worse = policy.direction == .lowerIsBetter ? interval.lower > 1 + t : interval.upper < 1 - t
        let better = policy.direction == .lowerIsBetter ? interval.upper < 1 - t : interval.lower > 1 + t
        let significant = p < policy.alpha
        let evidence = "ratio \(format(ratio)) [\(format(interval.lower)), \(format(interval.upper))], p=\(formatP(p))"
        if significant && worse {
            return (.regressed, "worse beyond ±\(percent(t)): \(evidence)", ratio, interval, p)
        }
        if significant && better {
            return (.improved, "better beyond ±\(percent(t)): \(evidence)", ratio, interval, p)
        }
        if interval.lower >= 1 - t && interval.upper <= 1 + t {
            return (.noChange, "interval within ±\(percent(t)): \(evidence)", ratio, interval, p)
        }
        return (.inconclusive, "interval not decisive against ±\(percent(t)): \(evidence)", ratio, interval, p)
    }

    private static func percent(_ x: Double) -> String { format(x * 100) + "%" }

    /// A p-value: 4 decimals, or 2 significant digits below 0.001, so 1.8e-50 never prints as "p=0.0".
    static func formatP(_ p: Double) -> String {
        p > 0 && p < 1e-3 ? String(format: "%.1e", p) : format(p)
    }

    private static func format(_ x: Double) -> String {
        let scaled = (x * 10_000).rounded() / 10_000
        return "\(scaled)"
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
