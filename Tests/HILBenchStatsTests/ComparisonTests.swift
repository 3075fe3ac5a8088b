import Testing

@testable import HILBenchStats

@Suite("Verdicts")
struct ComparisonTests {
    /// Paired baseline/candidate samples with lognormal noise; `step` multiplies the candidate.
    static func pair(seed: UInt64, count: Int = 30, noise: Double = 0.02, step: Double = 1) -> ([Double], [Double]) {
        let a = lognormalSample(count: count, sigma: noise, seed: seed &* 2)
        let b = lognormalSample(count: count, sigma: noise, seed: seed &* 2 &+ 1).map { $0 * step }
        return (a, b)
    }

    @Test("A/A comparisons rarely flag anything (false-positive rate ≤ α)")
    func aaFalsePositives() {
        var flagged = 0
        var significant = 0
        for seed in 0..<200 {
            let (a, b) = Self.pair(seed: UInt64(seed) + 1000)
            let comparison = Comparison(baseline: a, candidate: b, policy: .latency)
            if comparison.verdict == .regressed || comparison.verdict == .improved { flagged += 1 }
            if (comparison.pValue ?? 1) < 0.05 { significant += 1 }
        }
        #expect(Double(flagged) / 200 <= 0.05)
        // The raw U test alone rejects near α; allow binomial noise (200 trials, sd ≈ 1.5%).
        #expect(Double(significant) / 200 <= 0.09)
    }

    @Test("a 5% slowdown at 2% noise is caught at least 90% of the time")
    func recall() {
        var caught = 0
        for seed in 0..<100 {
            let (a, b) = Self.pair(seed: UInt64(seed) + 5000, step: 1.05)
            if Comparison(baseline: a, candidate: b, policy: .latency).verdict == .regressed { caught += 1 }
        }
        #expect(caught >= 90)
    }

    @Test(
        "direction decides which side is worse",
        arguments: [
            (MetricDirection.lowerIsBetter, 1.08, Verdict.regressed),
            (.lowerIsBetter, 0.92, .improved),
            (.higherIsBetter, 1.08, .improved),
            (.higherIsBetter, 0.92, .regressed),
        ])
    func direction(direction: MetricDirection, step: Double, expected: Verdict) throws {
        let (a, b) = Self.pair(seed: 77, count: 40, noise: 0.01, step: step)
        let comparison = Comparison(
            baseline: a, candidate: b, policy: ComparisonPolicy(direction: direction, threshold: 0.03))
        #expect(comparison.verdict == expected, "\(comparison.reason)")
        let ratio = try #require(comparison.ratio)
        #expect(abs(ratio - step) < 0.01)
        #expect(try #require(comparison.pValue) < 1e-6)
    }

    @Test("a real but small change inside the band is no change")
    func smallChangeIsNoChange() throws {
        let (a, b) = Self.pair(seed: 9, count: 400, noise: 0.01, step: 1.01)
        let comparison = Comparison(baseline: a, candidate: b, policy: .latency)
        #expect(comparison.verdict == .noChange, "\(comparison.reason)")
        #expect(try #require(comparison.pValue) < 0.05)
        let interval = try #require(comparison.ratioInterval)
        #expect(interval.lower > 0.97 && interval.upper < 1.03)
    }

    @Test("a change straddling the threshold is inconclusive")
    func straddle() {
        let (a, b) = Self.pair(seed: 21, count: 12, noise: 0.03, step: 1.03)
        let comparison = Comparison(baseline: a, candidate: b, policy: .latency)
        #expect(comparison.verdict == .inconclusive, "\(comparison.reason)")
    }

    @Test("too few samples or too much noise is unstable", arguments: [(4, 0.02), (30, 0.2)])
    func unstable(count: Int, noise: Double) {
        let (a, b) = Self.pair(seed: 4, count: count, noise: noise, step: 1.2)
        let comparison = Comparison(baseline: a, candidate: b, policy: .latency)
        #expect(comparison.verdict == .unstable)
        #expect(comparison.ratio == nil)
        #expect(comparison.reason.contains(count < 5 ? "too few samples" : "too noisy"))
    }

    @Test("a few tail outliers (preemptions) do not make a repeatable sample unstable")
    func tailOutliersAreNotInstability() throws {
        var (a, b) = Self.pair(seed: 9, count: 300, noise: 0.01, step: 1.0)
        for index in stride(from: 0, to: 300, by: 50) {
            a[index] *= 12
            b[index + 7] *= 15
        }
        let summary = try Summary(a)
        #expect((summary.coefficientOfVariation ?? 0) > 0.3)  // stdev/mean is dominated by six outliers
        #expect((Comparison.robustCoefficientOfVariation(summary) ?? 1) < 0.02)
        let comparison = Comparison(baseline: a, candidate: b, policy: .latency)
        #expect(comparison.verdict == .noChange, "\(comparison.reason)")
    }

    @Test("empty and non-finite samples are unstable, not crashes")
    func unusable() {
        #expect(Comparison(baseline: [], candidate: [1, 2, 3, 4, 5], policy: .memory).verdict == .unstable)
        #expect(
            Comparison(baseline: [1, 2, 3, 4, .nan], candidate: [1, 2, 3, 4, 5], policy: .memory).verdict == .unstable)
    }

    @Test(
        "a policy written in percent is caught",
        arguments: [
            ComparisonPolicy(direction: .lowerIsBetter, threshold: 3),
            ComparisonPolicy(direction: .lowerIsBetter, threshold: 0.03, alpha: 5),
            ComparisonPolicy(direction: .lowerIsBetter, threshold: 0.03, minimumSamples: 1),
        ])
    func invalidPolicy(policy: ComparisonPolicy) {
        #expect(throws: StatsError.self) { try policy.validate() }
        let (a, b) = Self.pair(seed: 1, step: 1.2)
        let comparison = Comparison(baseline: a, candidate: b, policy: policy)
        #expect(comparison.verdict == .unstable)
        #expect(comparison.reason.hasPrefix("invalid policy"))
    }

    @Test("exact memory readings: constant 100 vs constant 110 is a regression")
    func constantSeries() throws {
        let comparison = Comparison(
            baseline: Array(repeating: 100, count: 10), candidate: Array(repeating: 110, count: 10), policy: .memory)
        #expect(comparison.verdict == .regressed)
        #expect(close(comparison.ratio, 1.1, relative: 1e-15))
        #expect(close(comparison.ratioInterval?.lower, 1.1, relative: 1e-15))
        #expect(close(comparison.ratioInterval?.upper, 1.1, relative: 1e-15))
    }

    @Test("identical constant samples are no change")
    func identicalConstants() {
        let comparison = Comparison(
            baseline: Array(repeating: 64, count: 8), candidate: Array(repeating: 64, count: 8), policy: .memory)
        #expect(comparison.verdict == .noChange)
        #expect(comparison.pValue == 1)
    }

    @Test("values at or below zero fall back to the shift relative to the baseline median")
    func shiftFallback() throws {
        let a = (0..<30).map { Double($0 % 5) }  // 0...4, median 2
        let policy = ComparisonPolicy(direction: .lowerIsBetter, threshold: 0.03, maximumCoefficientOfVariation: 10)
        // A shift of 1 (ratio 1.5) is significant, but the interval of the shift reaches 0: inconclusive.
        let small = Comparison(baseline: a, candidate: a.map { $0 + 1 }, policy: policy)
        #expect(small.ratio == 1.5)
        #expect(try #require(small.pValue) < 0.05)
        #expect(try #require(small.ratioInterval).lower <= 1)
        #expect(small.verdict == .inconclusive)
        // A shift of 4 (ratio 3) is decisive.
        let large = Comparison(baseline: a, candidate: a.map { $0 + 4 }, policy: policy)
        #expect(large.ratio == 3)
        #expect(large.verdict == .regressed, "\(large.reason)")
    }
}
