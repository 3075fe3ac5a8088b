import Foundation

/// The ratio B/A of two sides each measured as several executions (fresh processes), judged at the execution
/// level: the unit of evidence is the execution, not the iteration.
///
/// Model (Kalibera & Jones, "Rigorous Benchmarking in Reasonable Time", ISMM 2013): a balanced two-level random-
/// effects design, value = side effect + execution effect (σ²ₑ) + iteration noise (σ²ᵢ). Each execution is reduced
/// to the log of its median (type 7); the spread of those k values estimates σ²ₑ + σ²ᵢ/n, exactly the variance of
/// the side's mean under the model, so a Welch t interval on the difference of the two sides' mean log medians,
/// exponentiated, is the ratio's interval. It widens when executions disagree, whatever the number of iterations:
/// 300 × 300 iterations from two runs that differ only by machine state no longer make a narrow interval.
///
/// Two runs are also two nights (occasions): with a `NightLevelSpread` from the case's history the squared standard
/// error gains 2σ²_N (one night effect per side) and the degrees of freedom are Welch–Satterthwaite's over the three
/// terms, so a night that drifted as far as history's nights do is not decisive, however well its executions agree.
///
/// Executions that something outside the benchmark slowed are set aside first (`SlowExecutions`: one-sided, at most
/// (k − 1)/2 per side): the estimate is the level of each side's typical executions, and the counts and spreads below
/// are of the executions kept.
public struct ExecutionLevelRatio: Sendable, Hashable {
    /// exp(mean ln median(B executions) − mean ln median(A executions)).
    public let ratio: Double
    /// Welch t interval of the ratio.
    public let interval: ConfidenceInterval
    /// Two-sided Welch t p-value for "no change".
    public let pValue: Double
    /// Executions per side, kept (not set aside as slow).
    public let baselineExecutions: Int
    public let candidateExecutions: Int
    /// Standard deviation of the log execution medians per side (≈ the run-to-run coefficient of variation).
    public let baselineSpread: Double
    public let candidateSpread: Double
    /// Welch–Satterthwaite degrees of freedom.
    public let degreesOfFreedom: Double
    /// The night-level term included (nil: the interval covers the executions only).
    public let nightSpread: NightLevelSpread?
    /// Earlier nights the candidate was judged against (`init(referenceNights:candidate:)`); nil for two runs.
    public let referenceNights: Int?
    /// The baseline's slow executions set aside (nil against reference nights: their caller sets those aside).
    public let baselineSlow: SlowExecutions?
    /// The candidate's slow executions set aside.
    public let candidateSlow: SlowExecutions

    /// - Parameters:
    ///   - baseline: the baseline's executions, each its iterations' values (all > 0); at least 2 executions.
    ///   - candidate: the candidate's executions, likewise.
    ///   - nightSpread: the case's night-to-night variance from history, added once per side.
    public init(
        baseline: [[Double]], candidate: [[Double]], confidence: Double = 0.95, nightSpread: NightLevelSpread? = nil
    ) throws(StatsError) {
        let context = "ExecutionLevelRatio.init"
        try StatsError.checkLevel(confidence, name: "confidence", context: context)
        func logMedians(_ executions: [[Double]], _ side: String) throws(StatsError) -> SlowExecutions {
            guard executions.count >= 2 else {
                throw StatsError(
                    .invalidParameter, context: context,
                    message:
                        "the \(side) needs at least 2 executions for an execution-level interval, got \(executions.count)"
                )
            }
            var logs: [Double] = []
            for execution in executions {
                try StatsError.checkSample(execution, context: context)
                try StatsError.checkPositive(execution, context: context)
                logs.append(log(Quantile.type7(unsorted: execution, 0.5)))
            }
            return SlowExecutions(logMedians: logs)
        }
        let slowA = try logMedians(baseline, "baseline")
        let slowB = try logMedians(candidate, "candidate")
        let a = slowA.kept
        let b = slowB.kept
        let (meanA, varA) = NightLevelSpread.meanVariance(a)
        let (meanB, varB) = NightLevelSpread.meanVariance(b)
        let na = Double(a.count)
        let nb = Double(b.count)
        // (variance term, its degrees of freedom): executions of each side, and one night effect per side.
        var terms: [(variance: Double, df: Double)] = [(varA / na, na - 1), (varB / nb, nb - 1)]
        if let nightSpread, nightSpread.variance > 0 {
            terms.append((2 * nightSpread.variance, max(1, nightSpread.degreesOfFreedom)))
        }
        let welch = Self.welch(
            difference: meanB - meanA, terms: terms, fallbackDegreesOfFreedom: na + nb - 2, confidence: confidence)
        ratio = welch.ratio
        interval = welch.interval
        pValue = welch.pValue
        degreesOfFreedom = welch.df
        baselineExecutions = a.count
        candidateExecutions = b.count
        baselineSpread = varA.squareRoot()
        candidateSpread = varB.squareRoot()
        self.nightSpread = nightSpread
        referenceNights = nil
        baselineSlow = slowA
        candidateSlow = slowB
    }

    /// Tonight against the earlier nights of the reference build rather than one of them: the ratio of tonight's
    /// mean log execution median to the mean of those nights' means. The reference mean's variance is estimated
    /// directly by the nights' spread over m nights (S²/m: it holds σ²_N and σ²_E/k), tonight adds its own night
    /// effect σ̂²_N (`NightLevelSpread`, from the same nights) and its executions' s²/k; Welch–Satterthwaite over the
    /// three. Against m nights the night term weighs (1 + 1/m)σ²_N instead of the 2σ²_N of one baseline night.
    /// - Parameters:
    ///   - referenceNights: per earlier night, the log medians of its executions (≥ 2 each; slow ones already set
    ///     aside, `SlowExecutions.kept`, as `NightSpreadEstimate` does); at least `NightLevelSpread.minimumNights`.
    ///   - candidate: tonight's executions, each its iterations' values (all > 0); at least 2.
    public init(referenceNights: [[Double]], candidate: [[Double]], confidence: Double = 0.95) throws(StatsError) {
        let context = "ExecutionLevelRatio.init(referenceNights:)"
        try StatsError.checkLevel(confidence, name: "confidence", context: context)
        let spread = try NightLevelSpread(nights: referenceNights)
        guard candidate.count >= 2 else {
            throw StatsError(
                .invalidParameter, context: context,
                message:
                    "the candidate needs at least 2 executions for an execution-level interval, got \(candidate.count)")
        }
        var logs: [Double] = []
        for execution in candidate {
            try StatsError.checkSample(execution, context: context)
            try StatsError.checkPositive(execution, context: context)
            logs.append(log(Quantile.type7(unsorted: execution, 0.5)))
        }
        let slowB = SlowExecutions(logMedians: logs)
        let b = slowB.kept
        let means = referenceNights.map { NightLevelSpread.meanVariance($0).mean }
        let (meanReference, between) = NightLevelSpread.meanVariance(means)
        let (meanB, varB) = NightLevelSpread.meanVariance(b)
        let m = Double(means.count)
        let nb = Double(b.count)
        var terms: [(variance: Double, df: Double)] = [(between / m, m - 1), (varB / nb, nb - 1)]
        if spread.variance > 0 { terms.append((spread.variance, m - 1)) }
        let welch = Self.welch(
            difference: meanB - meanReference, terms: terms, fallbackDegreesOfFreedom: m + nb - 2,
            confidence: confidence)
        ratio = welch.ratio
        interval = welch.interval
        pValue = welch.pValue
        degreesOfFreedom = welch.df
        baselineExecutions = referenceNights.reduce(0) { $0 + $1.count }
        candidateExecutions = b.count
        let within = referenceNights.map { NightLevelSpread.meanVariance($0).variance }
        baselineSpread = (within.reduce(0, +) / Double(within.count)).squareRoot()
        candidateSpread = varB.squareRoot()
        nightSpread = spread
        self.referenceNights = referenceNights.count
        baselineSlow = nil
        candidateSlow = slowB
    }

    /// The Welch t interval and two-sided p-value of a difference of mean logs whose squared standard error is the
    /// sum of `terms` (each a variance and its degrees of freedom; Welch–Satterthwaite over them), as a ratio.
    /// `fallbackDegreesOfFreedom` applies when the terms give none (all zero).
    private static func welch(
        difference: Double, terms: [(variance: Double, df: Double)], fallbackDegreesOfFreedom: Double,
        confidence: Double
    ) -> (ratio: Double, interval: ConfidenceInterval, pValue: Double, df: Double) {
        let squaredError = terms.reduce(0) { $0 + $1.variance }
        let denominator = terms.reduce(0) { $0 + $1.variance * $1.variance / $1.df }
        let df =
            squaredError > 0 && denominator > 0 ? squaredError * squaredError / denominator : fallbackDegreesOfFreedom
        let half = Special.studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: df) * squaredError.squareRoot()
        let interval = ConfidenceInterval(
            lower: exp(difference - half), upper: exp(difference + half), level: confidence)
        let pValue: Double
        if squaredError > 0 {
            let t = abs(difference) / squaredError.squareRoot()
            // Two-sided tail straight from the incomplete beta (no 1 − CDF cancellation for tiny p).
            pValue = min(1, Special.regularizedIncompleteBeta(df / 2, 0.5, df / (df + t * t)))
        } else {
            pValue = difference == 0 ? 1 : 0
        }
        return (exp(difference), interval, pValue, df)
    }

    /// Relative half-width of one side's execution-level interval of the median: exp(t·s/√k) − 1 over the k
    /// executions' log medians, slow ones set aside (what adaptive stopping over executions waits on).
    public static func relativeHalfWidth(
        of executions: [[Double]], confidence: Double = 0.95
    ) throws(StatsError) -> Double {
        let context = "ExecutionLevelRatio.relativeHalfWidth"
        try StatsError.checkLevel(confidence, name: "confidence", context: context)
        guard executions.count >= 2 else {
            throw StatsError(
                .invalidParameter, context: context, message: "needs at least 2 executions, got \(executions.count)")
        }
        var logs: [Double] = []
        for execution in executions {
            try StatsError.checkSample(execution, context: context)
            try StatsError.checkPositive(execution, context: context)
            logs.append(log(Quantile.type7(unsorted: execution, 0.5)))
        }
        // The executions the estimate will rest on: slow ones set aside as the verdict sets them aside.
        logs = SlowExecutions(logMedians: logs).kept
        let k = Double(logs.count)
        let mean = logs.reduce(0, +) / k
        let sd = (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (k - 1)).squareRoot()
        return exp(Special.studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom: k - 1) * sd / k.squareRoot())
            - 1
    }
}
