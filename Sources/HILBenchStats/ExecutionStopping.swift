import Foundation

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

extension ExecutionLevelRatio {
    /// Executions per side a comparison needs, from the case's run-to-run spread (its history): the smallest k whose
    /// execution-level interval of the ratio, t(0.975, 2k − 2) · s · √(2/k) on the log scale, is at most half the
    /// threshold — so an A/A night lands decisively inside ±threshold and a change of 1.5 × threshold decisively
    /// beyond it. Clamped to `minimum…maximum` (the budget rule gives the maximum); nil spread gives the maximum.
    /// - Parameters:
    ///   - runToRunSpread: the relative standard deviation of one run's median between runs (history), e.g. 0.01.
    ///   - threshold: the practical-significance threshold, e.g. 0.03 for ±3%.
    public static func executionsNeeded(
        runToRunSpread spread: Double?, threshold: Double, minimum: Int = 3, maximum: Int
    ) -> Int {
        let ceiling = max(minimum, maximum)
        guard let spread, spread.isFinite, spread >= 0, threshold > 0 else { return ceiling }
        let logThreshold = log1p(threshold)
        for k in max(2, minimum)...max(2, ceiling) {
            let t = Special.studentTQuantile(0.975, degreesOfFreedom: Double(2 * k - 2))
            if t * spread * (2 / Double(k)).squareRoot() <= logThreshold / 2 { return max(minimum, k) }
        }
        return ceiling
    }
}

extension ExecutionLevelRatio {
    /// The chance that a true change of `change` (1.10 for +10%, lower is better) comes out `regressed` — the
    /// interval's lower end beyond 1 + threshold — when k executions per side disagree by `executionSpread` and
    /// nights by σ_N (`nightSpread`). Normal approximation with the interval's own t quantile (Welch–Satterthwaite
    /// over its terms): Φ((ln c − ln(1 + T) − t·se) / se), with se² = 2σ²_E/k + 2σ²_N against one baseline night, or
    /// (σ²_N + σ²_E/k)/m + σ²_N + σ²_E/k against the mean of m reference nights (`referenceNights`).
    /// What a lab can expect of its design on its machine before it trusts a missed regression.
    public static func power(
        change: Double, threshold: Double, executionSpread: Double, executions k: Int,
        nightSpread: NightLevelSpread?, referenceNights m: Int? = nil, confidence: Double = 0.95
    ) -> Double {
        guard k >= 2, change > 0, executionSpread >= 0 else { return 0 }
        let kd = Double(k)
        let executionTerm = executionSpread * executionSpread / kd
        let night = nightSpread?.variance ?? 0
        let nightDF = max(1, nightSpread?.degreesOfFreedom ?? 1)
        var terms: [(Double, Double)]
        if let m, m >= 2 {
            let md = Double(m)
            terms = [((night + executionTerm) / md, md - 1), (executionTerm, kd - 1), (night, md - 1)]
        } else {
            terms = [(executionTerm, kd - 1), (executionTerm, kd - 1), (2 * night, nightDF)]
        }
        terms = terms.filter { $0.0 > 0 }
        let squaredError = terms.reduce(0) { $0 + $1.0 }
        guard squaredError > 0 else { return log(change) > log1p(threshold) ? 1 : 0 }
        let df = squaredError * squaredError / terms.reduce(0) { $0 + $1.0 * $1.0 / $1.1 }
        let se = squaredError.squareRoot()
        let q = Special.studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: df)
        return Special.normalCDF((log(change) - log1p(threshold) - q * se) / se)
    }
}
