public import HILBenchStats

/// One case's metric across runs (nightly history), as drawn on the trend charts.
///
/// The caller fills it from the store: one point per run in time order, the change points found in the
/// series (`ChangePoints.detect`), and each run's verdict against its baseline. Reports downsample the points
/// for drawing but always keep change points and points with a verdict other than `noChange`.
public struct TrendSeries: Sendable, Codable, Equatable {
    /// One run's figure.
    public struct Point: Sendable, Codable, Equatable {
        public var runID: String
        /// Run start, seconds since 1970.
        public var time: Double
        public var value: Double
        /// Interval of `value` (e.g. the median's 95% CI), when known.
        public var ciLow: Double?
        public var ciHigh: Double?
        /// This run's verdict against its baseline; nil when it was not judged (the first run).
        public var verdict: Verdict?

        public init(
            runID: String, time: Double, value: Double, ciLow: Double? = nil, ciHigh: Double? = nil,
            verdict: Verdict? = nil
        ) {
            self.runID = runID
            self.time = time
            self.value = value
            self.ciLow = ciLow
            self.ciHigh = ciHigh
            self.verdict = verdict
        }
    }

    /// The case id (`CaseKey.id`).
    public var caseID: String
    /// `latency_p50`, `mj_per_inference`, `peak_rss`, … (the tidy CSV's metric names).
    public var metric: String
    /// `ms`, `mJ`, `MiB`, …
    public var unit: String
    /// Which way is better, for the legend; lower by default.
    public var direction: MetricDirection
    /// Points in time order.
    public var points: [Point]
    /// Indices into `points` where a new segment starts (change points).
    public var changePointIndices: [Int]

    public init(
        caseID: String, metric: String, unit: String, direction: MetricDirection = .lowerIsBetter, points: [Point],
        changePointIndices: [Int] = []
    ) {
        self.caseID = caseID
        self.metric = metric
        self.unit = unit
        self.direction = direction
        self.points = points
        self.changePointIndices = changePointIndices
    }

    /// The newest point's verdict.
    public var latestVerdict: Verdict? { points.last?.verdict }

    /// The model part of the case id (`target/model/…`), for grouping.
    var model: String {
        let parts = caseID.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count > 1 ? String(parts[1]) : caseID
    }
}
