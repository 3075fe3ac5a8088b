import Foundation
import HILBenchCore
import HILBenchStats

/// How many executions a nightly case needs, from how much its executions disagreed in earlier runs.
///
/// The verdict's interval (`ExecutionLevelRatio`) is a Welch t interval over the executions' log medians, so its
/// width is set by the spread of those log medians within a run. That spread is measured on this machine by every
/// earlier run that had several executions: it is the calibration the count is chosen from.
public enum ExecutionCalibration {
    /// Earlier runs whose execution spread is pooled (the newest ones).
    public static let recentRuns = 10
    /// Runs with ≥ 2 ok executions needed before the history is trusted over the budget rule.
    public static let minimumRuns = 2

    /// The pooled standard deviation of the log execution medians within each of the newest runs (the relative spread
    /// of one execution's median), or nil when fewer than `minimumRuns` runs had two executions or more.
    public static func executionSpread(_ history: [CaseHistoryEntry]) -> Double? {
        var variances: [Double] = []
        for entry in history.reversed() where entry.row.status == .ok {
            let medians = entry.row.executionMediansNs
            guard medians.count >= 2 else { continue }
            let logs = medians.map { log($0) }
            guard logs.allSatisfy(\.isFinite) else { continue }
            let mean = logs.reduce(0, +) / Double(logs.count)
            variances.append(logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logs.count - 1))
            if variances.count == recentRuns { break }
        }
        guard variances.count >= minimumRuns else { return nil }
        return (variances.reduce(0, +) / Double(variances.count)).squareRoot()
    }

    /// Nightly's execution count for a case: enough for its execution-level interval to be at most half the latency
    /// threshold at the spread its history shows (`ExecutionLevelRatio.executionsNeeded`), never more than the
    /// budget rule allows after the first execution, at least 3; the budget rule alone without such a history.
    public static func executions(
        history: [CaseHistoryEntry], threshold: Double, firstExecutionSeconds: Double
    ) -> (count: Int, spread: Double?) {
        let budget = SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: firstExecutionSeconds)
        let spread = executionSpread(history)
        return (
            ExecutionLevelRatio.executionsNeeded(runToRunSpread: spread, threshold: threshold, maximum: budget), spread
        )
    }
}
