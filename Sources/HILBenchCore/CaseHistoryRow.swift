import HILBenchStats

/// One stored case as its history reads it: the few figures trends, nightly judgements, night spreads and execution
/// calibration use, computed once when the case is stored (`ResultsStore.historyRows(of:)`), so reading a year of
/// history decodes ~100 bytes a case instead of its summary and 300 latencies.
///
/// Each figure is computed exactly as the history judgements computed it from the whole result (the same functions on
/// the same values), so a judgement from rows equals the one from whole cases bit for bit.
public struct CaseHistoryRow: Sendable, Equatable, Codable {
    public var status: CaseResult.Status
    /// When the case started (seconds since 1970): a trend point's time.
    public var startedAt: Double
    /// Why the machine was too busy to compare the case (`CaseResult.noisyReason`).
    public var noisyReason: String?
    /// Whether the case throttled (`CaseResult.thermal?.throttled`).
    public var throttled: Bool
    /// The median of all latencies (type 7), ns; nil without samples.
    public var medianLatencyNs: Double?
    /// The median's 95% order-statistic interval, ns; nil when the sample is too small.
    public var medianIntervalLowerNs: Double?
    public var medianIntervalUpperNs: Double?
    /// `CaseResult.printedSummaryLatencyNs`: a native tool's one printed figure, when it gave no samples.
    public var printedSummaryLatencyNs: Double?
    /// The median (type 7) of each execution's samples, in order, for executions with samples (`executionSamples`).
    public var executionMediansNs: [Double]
    /// Whether every sample of those executions is positive (their logs exist).
    public var executionSamplesPositive: Bool
    public var energyMillijoulesPerInference: Double?
    public var peakRSSKiB: Int?

    public init(
        status: CaseResult.Status, startedAt: Double, noisyReason: String?, throttled: Bool,
        medianLatencyNs: Double?, medianIntervalLowerNs: Double?, medianIntervalUpperNs: Double?,
        printedSummaryLatencyNs: Double?, executionMediansNs: [Double], executionSamplesPositive: Bool,
        energyMillijoulesPerInference: Double?, peakRSSKiB: Int?
    ) {
        self.status = status
        self.startedAt = startedAt
        self.noisyReason = noisyReason
        self.throttled = throttled
        self.medianLatencyNs = medianLatencyNs
        self.medianIntervalLowerNs = medianIntervalLowerNs
        self.medianIntervalUpperNs = medianIntervalUpperNs
        self.printedSummaryLatencyNs = printedSummaryLatencyNs
        self.executionMediansNs = executionMediansNs
        self.executionSamplesPositive = executionSamplesPositive
        self.energyMillijoulesPerInference = energyMillijoulesPerInference
        self.peakRSSKiB = peakRSSKiB
    }

    /// The row of a whole (or summarised) result: what the store writes with each case.
    public init(_ result: CaseResult) {
        var median: Double?
        var interval: ConfidenceInterval?
        if !result.latenciesNs.isEmpty {
            let sorted = result.latenciesNs.map(Double.init).sorted()
            median = Quantile.type7(sorted: sorted, 0.5)
            interval = OrderStatistics.interval(sorted: sorted, fraction: 0.5, level: 0.95)
        }
        let groups = result.executionSamples.filter { !$0.isEmpty }
        self.init(
            status: result.status, startedAt: result.startedAt, noisyReason: result.noisyReason,
            throttled: result.thermal?.throttled == true, medianLatencyNs: median,
            medianIntervalLowerNs: interval?.lower, medianIntervalUpperNs: interval?.upper,
            printedSummaryLatencyNs: result.printedSummaryLatencyNs,
            executionMediansNs: groups.map { Quantile.type7(unsorted: $0.map(Double.init), 0.5) },
            executionSamplesPositive: groups.allSatisfy { $0.allSatisfy { $0 > 0 } },
            energyMillijoulesPerInference: result.energy?.millijoulesPerInference,
            peakRSSKiB: result.memory.peakRSSKiB)
    }

    /// Whether its figures say something about the build, not the machine: not measured on a busy machine or while
    /// throttling.
    public var trusted: Bool { noisyReason == nil && !throttled }

    /// The median's interval, ns, when there is one.
    public var medianIntervalNs: (lower: Double, upper: Double)? {
        guard let lower = medianIntervalLowerNs, let upper = medianIntervalUpperNs else { return nil }
        return (lower, upper)
    }
}
