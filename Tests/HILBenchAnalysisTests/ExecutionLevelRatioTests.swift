import Foundation
import HILBenchStats
import Testing

/// The execution-level interval against values computed by hand (Welch t on log execution medians).
@Suite struct ExecutionLevelRatioTests {
    @Test func matchesAHandComputedWelchInterval() throws {
        // Execution medians A: 10, 11, 12; B: 12, 13, 14 (each execution 3 values around its median).
        let a = [[9.0, 10, 11], [10, 11, 12], [11, 12, 13]]
        let b = [[11.0, 12, 13], [12, 13, 14], [13, 14, 15]]
        let level = try ExecutionLevelRatio(baseline: a, candidate: b)
        let la = [10.0, 11, 12].map(log)
        let lb = [12.0, 13, 14].map(log)
        let ma = la.reduce(0, +) / 3
        let mb = lb.reduce(0, +) / 3
        #expect(abs(level.ratio - exp(mb - ma)) < 1e-12)
        let va = la.map { ($0 - ma) * ($0 - ma) }.reduce(0, +) / 2
        let vb = lb.map { ($0 - mb) * ($0 - mb) }.reduce(0, +) / 2
        let se = (va / 3 + vb / 3).squareRoot()
        let df = pow(va / 3 + vb / 3, 2) / (pow(va / 3, 2) / 2 + pow(vb / 3, 2) / 2)
        #expect(abs(level.degreesOfFreedom - df) < 1e-9)
        // scipy: df 3.89226, stats.t.ppf(0.975, df) = 2.807020, two-sided p = 2·stats.t.sf(t, df) = 0.073392.
        #expect(abs(level.degreesOfFreedom - 3.89226) < 1e-4)
        let half = log(level.interval.upper) - (mb - ma)
        #expect(abs(half / se - 2.807020) < 1e-4)
        #expect(abs(level.pValue - 0.073392) < 1e-5)
        #expect(level.baselineExecutions == 3 && level.candidateExecutions == 3)
    }

    @Test func oneExecutionIsRefused() {
        #expect(throws: StatsError.self) {
            try ExecutionLevelRatio(baseline: [[1, 2, 3]], candidate: [[1, 2], [2, 3]])
        }
    }

    @Test func identicalExecutionsGiveAPointInterval() throws {
        let level = try ExecutionLevelRatio(baseline: [[2, 2], [2, 2]], candidate: [[2, 2], [2, 2]])
        #expect(level.ratio == 1 && level.interval.lower == 1 && level.interval.upper == 1 && level.pValue == 1)
    }
}

/// The night-level term: σ²_N from earlier nights by the method of moments, then 2σ²_N in the ratio's interval
/// (values from numpy and scipy.stats.t, script in the comments).
@Suite struct NightLevelSpreadTests {
    // Four earlier nights of two executions each (their medians), spread ≈ 4% from night to night.
    static let nights = [[10.0, 10.1], [10.8, 10.9], [9.9, 10.0], [10.5, 10.4]].map { $0.map(log) }

    @Test func methodOfMomentsMatchesNumpy() throws {
        // numpy: means = [mean(log n) for n in nights]; between = var(means, ddof=1) → sd 0.039585039116664646;
        // within = mean(var(log n, ddof=1)/2) ; σ²_N = between − within = 0.0015434416056847883.
        let spread = try NightLevelSpread(nights: Self.nights)
        #expect(abs(spread.variance - 0.0015434416056847883) < 1e-15)
        #expect(abs(spread.nightMeanSpread - 0.039585039116664646) < 1e-14)
        #expect(spread.degreesOfFreedom == 3 && spread.nights == 4)
    }

    @Test func nightsThatAgreeBeyondTheirExecutionsGiveZero() throws {
        // Night means identical: between = 0 < within, so σ²_N truncates to 0 (no night effect seen).
        let spread = try NightLevelSpread(nights: [[1.0, 1.1], [1.1, 1.0], [1.05, 1.05]])
        #expect(spread.variance == 0)
    }

    @Test func tooFewNightsOrExecutionsAreRefused() {
        #expect(throws: StatsError.self) { try NightLevelSpread(nights: [[1, 2], [1, 2]]) }
        #expect(throws: StatsError.self) { try NightLevelSpread(nights: [[1, 2], [1], [1, 2]]) }
    }

    /// A +9.9% night whose executions agree (±1%): decisive over its executions alone, not with history's
    /// night-to-night spread of ≈ 4%.
    @Test func theNightTermWidensTheIntervalAsScipySays() throws {
        let a = [10.0, 10.1, 10.2].map { [$0] }
        let b = [11.0, 11.1, 11.2].map { [$0] }
        // scipy: Welch–Satterthwaite over (var a/3, 2), (var b/3, 2) [, (2σ²_N, 3)]; stats.t.ppf(0.975, df);
        // p = 2·stats.t.sf(|d|/se, df).
        let executionsOnly = try ExecutionLevelRatio(baseline: a, candidate: b)
        #expect(abs(executionsOnly.degreesOfFreedom - 3.9648646702522776) < 1e-9)
        #expect(abs(executionsOnly.interval.lower - 1.0756030253705822) < 1e-6)
        #expect(abs(executionsOnly.interval.upper - 1.1229387767917691) < 1e-6)
        #expect(abs(executionsOnly.pValue - 0.00027122638722899925) < 1e-7)
        #expect(executionsOnly.nightSpread == nil)

        let spread = try NightLevelSpread(nights: Self.nights)
        let level = try ExecutionLevelRatio(baseline: a, candidate: b, nightSpread: spread)
        #expect(abs(level.ratio - 1.0990160806936211) < 1e-12)
        #expect(abs(level.degreesOfFreedom - 3.116347172944238) < 1e-9)
        #expect(abs(level.interval.lower - 0.9227552403833627) < 1e-6)
        #expect(abs(level.interval.upper - 1.308945528308641) < 1e-6)
        #expect(abs(level.pValue - 0.1875236425950055) < 1e-6)
        #expect(level.nightSpread == spread)
        #expect(level.referenceNights == nil)
    }

    /// The same night against the mean of the four earlier nights: S²/m + σ̂²_N + s²/k (numpy, scipy.stats.t).
    @Test func againstTheReferenceNightsAsScipySays() throws {
        let level = try ExecutionLevelRatio(
            referenceNights: Self.nights, candidate: [11.0, 11.1, 11.2].map { [$0] })
        #expect(abs(level.ratio - 1.0756786437772246) < 1e-12)
        #expect(abs(level.degreesOfFreedom - 4.55348983843686) < 1e-9)
        #expect(abs(level.interval.lower - 0.9566098631170639) < 1e-6)
        #expect(abs(level.interval.upper - 1.2095678596790844) < 1e-6)
        #expect(abs(level.pValue - 0.1662047085824705) < 1e-6)
        #expect(level.referenceNights == 4 && level.baselineExecutions == 8 && level.candidateExecutions == 3)
        #expect(level.nightSpread == (try NightLevelSpread(nights: Self.nights)))
        // Narrower than against one baseline night with the same night term (2σ²_N there, (1 + 1/m)σ²_N here).
        let pairwise = try ExecutionLevelRatio(
            baseline: [10.0, 10.1, 10.2].map { [$0] }, candidate: [11.0, 11.1, 11.2].map { [$0] },
            nightSpread: try NightLevelSpread(nights: Self.nights))
        #expect(
            level.interval.upper / level.interval.lower < pairwise.interval.upper / pairwise.interval.lower)
    }
}

/// Power of the design: Φ((ln c − ln(1 + T) − t·se)/se) with Welch–Satterthwaite degrees of freedom, as scipy
/// computes it (stats.t.ppf(0.975, df), stats.norm.cdf).
@Suite struct ExecutionLevelPowerTests {
    @Test(arguments: [
        (0.02, 5, 0.0, 0.0, 0.9149256273980664), (0.02, 5, 0.01, 9.0, 0.633660299932824),
        (0.05, 10, 0.03, 9.0, 0.12046487314116772),
    ])
    func knownAnswers(_ executionSpread: Double, _ k: Int, _ nightSpread: Double, _ df: Double, _ expected: Double) {
        let night = NightLevelSpread(
            variance: nightSpread * nightSpread, degreesOfFreedom: df, nights: Int(df) + 1, nightMeanSpread: 0)
        let power = ExecutionLevelRatio.power(
            change: 1.10, threshold: 0.05, executionSpread: executionSpread, executions: k, nightSpread: night)
        #expect(abs(power - expected) < 1e-6, "\(power)")
    }

    /// Against the mean of m reference nights: terms ((σ²_N + σ²_E/k)/m, m − 1), (σ²_E/k, k − 1), (σ²_N, m − 1).
    @Test(arguments: [(0.01, 10, 0.8780029436913032), (0.005, 6, 0.9723260259165746)])
    func knownAnswersAgainstReferenceNights(_ nightSpread: Double, _ m: Int, _ expected: Double) {
        let night = NightLevelSpread(
            variance: nightSpread * nightSpread, degreesOfFreedom: Double(m - 1), nights: m, nightMeanSpread: 0)
        let power = ExecutionLevelRatio.power(
            change: 1.10, threshold: 0.05, executionSpread: 0.02, executions: 5, nightSpread: night,
            referenceNights: m)
        #expect(abs(power - expected) < 1e-6, "\(power)")
    }
}

/// Adaptive stopping over executions: known answers from the t interval over per-execution log medians.
@Suite struct ExecutionStoppingTests {
    /// k executions whose medians are base × factors[i].
    static func executions(_ factors: [Double], base: Double = 1_000_000) -> [[Double]] {
        factors.map { factor in [0.99, 1.0, 1.01].map { $0 * base * factor } }
    }

    @Test func belowTheMinimumItAlwaysWantsMore() {
        // Two identical executions have a zero-width interval, but two cannot decide.
        #expect(ExecutionStopping.decide(after: Self.executions([1, 1]), targetHalfWidth: 0.01, maximum: 10) == .more)
    }

    @Test func agreeingExecutionsReachTheTarget() throws {
        let executions = Self.executions([1.0, 1.002, 0.998])
        // log medians ±0.002: sd 0.002, t(0.975, 2) = 4.303, half-width exp(4.303 × 0.002 / √3) − 1 = 0.004980
        guard
            case .reached(let halfWidth) = ExecutionStopping.decide(
                after: executions, targetHalfWidth: 0.01, maximum: 10)
        else {
            Issue.record("expected the target to be reached")
            return
        }
        #expect(abs(halfWidth - 0.004980) < 0.00001)
        #expect(halfWidth == (try ExecutionLevelRatio.relativeHalfWidth(of: executions)))
    }

    @Test func disagreeingExecutionsRunOnUntilTheCap() {
        // 5% apart: far wider than ±1% at 3 executions, so more; at the cap it stops and says the width it had.
        let three = Self.executions([1.0, 1.05, 0.95])
        #expect(ExecutionStopping.decide(after: three, targetHalfWidth: 0.01, maximum: 4) == .more)
        let four = Self.executions([1.0, 1.05, 0.95, 1.0])
        guard case .cap(let halfWidth?) = ExecutionStopping.decide(after: four, targetHalfWidth: 0.01, maximum: 4)
        else {
            Issue.record("expected the cap")
            return
        }
        #expect(halfWidth > 0.05)
    }

    @Test func aCapOfOneStopsAfterTheFirstWithNoWidth() {
        #expect(
            ExecutionStopping.decide(after: Self.executions([1]), targetHalfWidth: 0.01, maximum: 1)
                == .cap(halfWidth: nil))
    }
}

/// Executions from the run-to-run spread: the smallest k with t(0.975, 2k−2)·s·√(2/k) ≤ ln(1 + T)/2 (values from
/// scipy.stats.t), clamped to the floor and the budget's cap.
@Suite struct ExecutionsNeededTests {
    @Test(arguments: [
        (0.01, 0.03, 10, 5), (0.002, 0.03, 10, 3), (0.02, 0.03, 10, 10), (0.01, 0.05, 10, 3), (0.015, 0.03, 10, 10),
        (0.02, 0.03, 30, 16),
    ])
    func knownAnswers(_ spread: Double, _ threshold: Double, _ cap: Int, _ expected: Int) {
        #expect(
            ExecutionLevelRatio.executionsNeeded(runToRunSpread: spread, threshold: threshold, maximum: cap) == expected
        )
    }

    @Test func withoutAHistoryTheBudgetDecides() {
        #expect(ExecutionLevelRatio.executionsNeeded(runToRunSpread: nil, threshold: 0.03, maximum: 7) == 7)
        // A cap under the floor still gives the floor: one execution per side can never be `regressed`.
        #expect(ExecutionLevelRatio.executionsNeeded(runToRunSpread: nil, threshold: 0.03, maximum: 1) == 3)
    }
}

/// `SlowExecutions`: executions slowed from outside are set aside, one-sided, never half of them.
@Suite struct SlowExecutionsTests {
    @Test func oneExecutionSixteenPercentSlowIsSetAsideAndNamed() throws {
        let slow = SlowExecutions(logMedians: [5.30, 5.31, 5.29, 6.20].map(log))
        #expect(slow.kept.map(exp).map { ($0 * 100).rounded() / 100 } == [5.30, 5.31, 5.29])
        #expect(slow.setAside.count == 1 && abs(exp(slow.setAside[0]) - 6.20) < 1e-12)
        // The median of the four logs is (ln 5.30 + ln 5.31)/2; 6.20 / √(5.30·5.31) − 1 = 16.87%.
        let excess = try #require(slow.slowestExcess)
        let expected: Double = 6.20 / (5.30 * 5.31).squareRoot() - 1
        #expect(abs(excess - expected) < 1e-12)
        #expect(slow.summary == "1 of 4 executions set aside as slow (+16.9% above their median)")
    }

    @Test func fastExecutionsAndSmallDeviationsAreKept() {
        // 15% fast: nothing makes code faster than it can run, so it is evidence, not interference.
        #expect(SlowExecutions(logMedians: [5.30, 5.31, 5.29, 4.50].map(log)).setAside.isEmpty)
        // Executions in close agreement (MAD 0.02%): the fence is still 1.5% above their median, so 1.2% is kept
        // and 1.6% is not.
        let close = [5.300, 5.301, 5.299, 5.300]
        #expect(SlowExecutions(logMedians: (close + [5.300 * 1.012]).map(log)).setAside.isEmpty)
        #expect(SlowExecutions(logMedians: (close + [5.300 * 1.016]).map(log)).setAside.count == 1)
    }

    @Test func whenHalfAreSlowThatIsTheLevelAndNothingIsSetAside() {
        #expect(SlowExecutions(logMedians: [5.3, 5.3, 6.3, 6.3].map(log)).setAside.isEmpty)
        // Two executions: nothing says which one is typical.
        #expect(SlowExecutions(logMedians: [5.3, 6.3].map(log)).setAside.isEmpty)
        // Seven: three (= (7 − 1)/2) slow ones are the most that are set aside, the slowest first.
        let seven = SlowExecutions(logMedians: [5.30, 5.31, 5.29, 5.30, 6.0, 6.5, 7.0].map(log))
        #expect(seven.setAside.map(exp).map { ($0 * 10).rounded() / 10 } == [6.0, 6.5, 7.0])
        #expect(seven.summary == "3 of 7 executions set aside as slow (up to +31.8% above their median)")  // 7.0 / 5.31
    }

    /// The estimate rests on the typical executions: a 10% step with one candidate execution 30% slow is measured
    /// as 10%, and the spread is of the three kept.
    @Test func theRatioIsOfTheExecutionsKept() throws {
        func execution(_ ms: Double) -> [Double] { [ms * 0.99, ms, ms * 1.02] }
        let baseline = [5.30, 5.31, 5.29, 5.30].map(execution)
        let candidate = [5.83, 5.84, 5.82, 7.58].map(execution)
        let level = try ExecutionLevelRatio(baseline: baseline, candidate: candidate)
        let kept: Double = [5.83, 5.84, 5.82].map(log).reduce(0, +) / 3
        let baselineMean: Double = [5.30, 5.31, 5.29, 5.30].map(log).reduce(0, +) / 4
        let expected = exp(kept - baselineMean)
        #expect(abs(level.ratio - expected) < 1e-12)
        #expect(level.baselineExecutions == 4 && level.candidateExecutions == 3)
        #expect(level.candidateSlow.setAside.count == 1 && level.baselineSlow?.setAside.isEmpty == true)
        #expect(level.candidateSpread < 0.005)
        #expect(level.interval.lower > 1.09 && level.interval.upper < 1.11)
        // Without the slow one set aside the mean of the four would be 1.17 and its spread ~13%.
        let four: Double = [5.83, 5.84, 5.82, 7.58].map(log).reduce(0, +) / 4
        let before: Double = [5.30, 5.31, 5.29, 5.30].map(log).reduce(0, +) / 4
        #expect(exp(four - before) > 1.16)
    }
}
