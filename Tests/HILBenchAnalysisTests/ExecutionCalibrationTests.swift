import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchStats
import Testing

/// Nightly's execution count from the history's execution spread, with hand-computed answers.
@Suite struct ExecutionCalibrationTests {
    static let key = CaseKey(target: "b", model: "m", runtime: .reference, precision: .fp32, threads: 1, batch: 1)

    /// A stored run whose executions have exactly these medians (ms), 3 iterations each around them.
    static func run(_ id: String, medians: [Double]) -> CaseHistoryEntry {
        var samples: [Int64] = []
        var executions: [CaseResult.Execution] = []
        for (index, median) in medians.enumerated() {
            samples += [0.99, 1.0, 1.01].map { Int64(($0 * median * 1e6).rounded()) }
            executions.append(
                .init(iterations: 3, warmup: 1, startedAt: Double(index), durationSeconds: 1, machine: nil))
        }
        var result = CaseResult(key: key, status: .ok, latenciesNs: samples)
        result.executions = medians.count > 1 ? executions : nil
        return CaseHistoryEntry(runID: id, result: result)
    }

    @Test func theSpreadIsPooledOverRunsWithSeveralExecutions() throws {
        // Run a: log medians of 10, 10.2, 9.8 ms (sd 0.0200); run b: 10, 10.4, 9.6 (sd 0.0400); run c: one
        // execution, ignored. Pooled: √((0.0200² + 0.0400²)/2) = 0.03163.
        let history =
            [Self.run("a", medians: [10, 10.2, 9.8]), Self.run("b", medians: [10, 10.4, 9.6])]
            + [Self.run("c", medians: [10])]
        let spread = try #require(ExecutionCalibration.executionSpread(history))
        func sd(_ values: [Double]) -> Double {
            let logs = values.map(log)
            let mean = logs.reduce(0, +) / Double(logs.count)
            return (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logs.count - 1)).squareRoot()
        }
        let expected = ((pow(sd([10, 10.2, 9.8]), 2) + pow(sd([10, 10.4, 9.6]), 2)) / 2).squareRoot()
        #expect(abs(spread - expected) < 1e-4)
        #expect(abs(spread - 0.03163) < 2e-4)
    }

    @Test func oneRunWithExecutionsIsNotYetAHistory() {
        #expect(ExecutionCalibration.executionSpread([Self.run("a", medians: [10, 10.2, 9.8])]) == nil)
        // Without a history the budget rule decides: 20 s / 4 s = 5 executions.
        let plan = ExecutionCalibration.executions(
            history: [Self.run("a", medians: [10, 10.2])], threshold: 0.03, firstExecutionSeconds: 4)
        #expect(plan.count == 5)
        #expect(plan.spread == nil)
    }

    @Test func aQuietHistoryNeedsFewerExecutionsThanTheBudgetAllows() throws {
        // Executions 0.2% apart: spread ≈ 0.002, so 3 executions already give an interval under ±1.5% (threshold 3%).
        let quiet = [Self.run("a", medians: [10, 10.02, 9.98]), Self.run("b", medians: [10, 10.02, 9.98])]
        let plan = ExecutionCalibration.executions(history: quiet, threshold: 0.03, firstExecutionSeconds: 1)
        #expect(plan.count == 3)
        // A noisy one (spread ≈ 3.2%) wants more than the budget's 10 and gets the budget's 10.
        let noisy = [Self.run("a", medians: [10, 10.2, 9.8]), Self.run("b", medians: [10, 10.4, 9.6])]
        #expect(ExecutionCalibration.executions(history: noisy, threshold: 0.03, firstExecutionSeconds: 1).count == 10)
        // The same noise with a budget of 4 (20 s / 5 s) stays at 4.
        #expect(ExecutionCalibration.executions(history: noisy, threshold: 0.03, firstExecutionSeconds: 5).count == 4)
    }
}
