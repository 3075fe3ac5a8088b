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
