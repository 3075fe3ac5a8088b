/// Adaptive stopping over executions: another fresh runner process, or has the execution-level interval of the
/// median reached its target? Executions, not iterations, carry the run-to-run spread (Kalibera & Jones 2013), so
/// this is the stopping rule that ends with an interval a nightly verdict can rest on.
public enum ExecutionStopping: Sendable, Equatable {
    /// Fewer than the minimum, or the interval is still wider than the target: run another execution.
    case more
    /// The relative half-width reached the target.
    case reached(halfWidth: Double)
    /// The cap on executions was reached first; the half-width then (nil below two executions).
    case cap(halfWidth: Double?)

    /// Decides after each execution.
    /// - Parameters:
    ///   - executions: each execution's timed latencies, in order (all positive).
    ///   - targetHalfWidth: the relative half-width of the 95% execution-level interval to reach (0.01 = ±1%).
    ///   - minimum: executions before the interval is trusted at all (3: one odd execution cannot decide).
    ///   - maximum: the cap.
    public static func decide(
        after executions: [[Double]], targetHalfWidth: Double, minimum: Int = 3, maximum: Int
    ) -> ExecutionStopping {
        let halfWidth = executions.count >= 2 ? try? ExecutionLevelRatio.relativeHalfWidth(of: executions) : nil
        if executions.count >= max(2, minimum), let halfWidth, halfWidth <= targetHalfWidth {
            return .reached(halfWidth: halfWidth)
        }
        if executions.count >= maximum { return .cap(halfWidth: halfWidth) }
        return .more
    }
}
