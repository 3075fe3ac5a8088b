import Foundation
public import HILBenchCore

/// Folds history into a nightly comparison and decides what the night means for CI. Pure: the caller fetches each
/// case's history from the store.
///
/// A row's verdict after history (t = the metric's threshold, s = the run-to-run spread of the reference segment,
/// c = tonight against that segment's median, k = `spreadMultiple`):
/// | row before | history | after |
/// |---|---|---|
/// | failed, missing, unstable | any | unchanged |
/// | regressed/improved (execution level) | fewer than `minimumNights` | unchanged; the reason says history is short |
/// | regressed/improved | enough, \|c\| > t and \|c\| > k·s, same direction | unchanged |
/// | regressed/improved | enough, otherwise | inconclusive (within the spread history has seen) |
/// | inconclusive/noChange from one execution or one figure | fewer than `minimumNights` | inconclusive — need N nights |
/// | inconclusive/noChange from one execution or one figure | enough, \|c\| > t and \|c\| > k·s | regressed/improved by c's sign |
/// | inconclusive/noChange from one execution or one figure | enough, \|c\| ≤ t | noChange |
/// | anything else | any | unchanged, history added to the reason |
public enum NightlyJudge {
    /// How many run-to-run spreads a change must exceed.
    public static let spreadMultiple = 3.0

    /// - Parameter histories: each case's stored results in run order, tonight's included (the newest).
    public static func withHistory(
        _ comparison: RunComparison, histories: [CaseKey: [CaseHistoryEntry]],
        thresholds: SuiteConfig.Thresholds
    ) -> RunComparison {
        var judgements = SeriesJudgements()
        return withHistory(comparison, histories: histories, thresholds: thresholds, judgements: &judgements)
    }

    /// `withHistory`, keeping each series' change-point judgement in `judgements` for the trends drawn after it.
    public static func withHistory(
        _ comparison: RunComparison, histories: [CaseKey: [CaseHistoryEntry]],
        thresholds: SuiteConfig.Thresholds, judgements: inout SeriesJudgements
    ) -> RunComparison {
        var result = comparison
        for index in result.rows.indices {
            let row = result.rows[index]
            guard let (metric, values) = verdictSeries(row, histories: histories) else { continue }
            let history = histories[row.key] ?? []
            let series = judgements.judge(values, key: row.key, metric: metric)
            var judged = judge(row, history: series, threshold: metric.threshold(thresholds))
            // A native tool that printed only a summary: the verdict says it rests on one printed figure per run.
            if metric == .latency, history.last?.row.printedSummaryLatencyNs != nil,
                !judged.reason.contains(HistoryMetric.toolSummaryNote)
            {
                judged.reason = "\(HistoryMetric.toolSummaryNote); " + judged.reason
            }
            result.rows[index] = judged
        }
        return result
    }

    /// The series a row is judged on against history (the metric's trusted nights), or nil for a row history leaves
    /// alone.
    static func verdictSeries(
        _ row: RunComparison.Row, histories: [CaseKey: [CaseHistoryEntry]]
    ) -> (HistoryMetric, [Double])? {
        guard let metric = HistoryMetric(rawValue: row.metric), ![.failed, .missing, .unstable].contains(row.verdict)
        else { return nil }
        return (metric, HistoryAnalysis.series(histories[row.key] ?? [], metric: metric).map(\.value))
    }

    /// Every series `withHistory` and then `trends` judge for this night, each once: judged up front by
    /// `SeriesJudgements.judgeAll` on every core, the two find them all already judged.
    public static func series(
        _ comparison: RunComparison, results: [CaseResult], histories: [CaseKey: [CaseHistoryEntry]],
        limit: Int = 365
    ) -> [SeriesJudgements.Series] {
        var series: [SeriesJudgements.Series] = []
        for row in comparison.rows {
            guard let (metric, values) = verdictSeries(row, histories: histories) else { continue }
            series.append(.init(key: row.key, metric: metric, values: values))
        }
        for result in results where result.status == .ok {
            for metric in HistoryMetric.allCases {
                let points = trendPoints(histories[result.key] ?? [], metric: metric, limit: limit)
                guard points.count >= 2 else { continue }
                series.append(.init(key: result.key, metric: metric, values: points.map(\.value)))
            }
        }
        return series
    }

    /// One row against its history's judgement (see the table above).
    public static func judge(
        _ row: RunComparison.Row, history: HistoryAnalysis.Judgement, threshold: Double
    ) -> RunComparison.Row {
        var row = row
        let needed = HistoryAnalysis.minimumNights
        let enough = history.referenceNights >= needed - 1
        let fromRunLevel = row.evidence == .executions
        if !enough {
            let short = "need \(needed) nights of history, have \(history.nights)"
            if fromRunLevel || row.verdict == .regressed || row.verdict == .improved {
                row.reason += "; history: \(short)"
            } else {
                // The verdict word is printed before the reason ("inconclusive — need …"): not repeated here.
                row.verdict = .inconclusive
                row.reason = "\(short); " + row.reason
            }
            return row
        }
        guard let change = history.relativeChange, let spread = history.relativeSpread else {
            row.reason += "; history: \(history.summary)"
            return row
        }
        let beyond = abs(change) > threshold && abs(change) > spreadMultiple * spread
        let gate = String(
            format: "%+.2f%% against history, threshold ±%.1f%%, %.0f× run-to-run spread %.2f%%",
            change * 100, threshold * 100, spreadMultiple, spreadMultiple * spread * 100)
        switch row.verdict {
        case .regressed, .improved:
            let sameWay = (row.verdict == .regressed) == (change > 0)
            if !(beyond && sameWay) {
                row.reason = "\(row.verdict.rawValue) in this A/B, but not beyond history (\(gate)); " + row.reason
                row.verdict = .inconclusive
            } else {
                row.reason += "; history agrees: \(gate)"
            }
        case .inconclusive, .noChange:
            if fromRunLevel {
                row.reason += "; history: \(history.summary)"
            } else if beyond {
                row.verdict = change > 0 ? .regressed : .improved
                row.evidence = .history
                row.reason = "history: \(gate); \(history.summary)"
            } else if abs(change) <= threshold {
                row.verdict = .noChange
                row.evidence = .history
                row.reason = "history: \(gate); \(history.summary)"
            } else {
                row.verdict = .inconclusive
                row.reason =
                    "history: beyond the threshold but within the spread history has seen (\(gate)); " + row.reason
            }
        default:
            row.reason += "; history: \(history.summary)"
        }
        return row
    }

    /// What the night means for CI, most severe first.
    public enum Outcome: Sendable, Equatable {
        /// No regression, nothing failed, nothing unstable or inconclusive.
        case success
        /// At least one case × metric regressed.
        case regression([RunComparison.Row])
        /// Some case could not run (runner or infrastructure failure).
        case casesFailed
        /// Only unstable, inconclusive or missing verdicts besides no change.
        case inconclusive
    }

    /// - Parameter infraFailures: cases of tonight's run that failed or hit an infrastructure error.
    public static func outcome(_ comparison: RunComparison, infraFailures: Int) -> Outcome {
        let regressed = comparison.rows.filter { $0.verdict == .regressed }
        if !regressed.isEmpty { return .regression(regressed) }
        if infraFailures > 0 || comparison.rows.contains(where: { $0.verdict == .failed }) { return .casesFailed }
        if comparison.rows.contains(where: { [.inconclusive, .unstable, .missing].contains($0.verdict) }) {
            return .inconclusive
        }
        return .success
    }

    /// One case × metric across runs, for the trend charts.
    public struct Trend: Sendable, Equatable {
        public struct Point: Sendable, Equatable {
            public var runID: String
            public var time: Double
            public var value: Double
            public var ciLow: Double?
            public var ciHigh: Double?
            public var verdict: RunComparison.Verdict?
        }

        public var caseID: String
        public var metric: HistoryMetric
        public var points: [Point]
        public var changePointIndices: [Int]
    }

    /// History of every ok case of tonight's run, per metric: value per run (latency with the median's interval),
    /// change points, and tonight's verdict on the newest point. Series of fewer than 2 points are left out.
    public static func trends(
        results: [CaseResult], histories: [CaseKey: [CaseHistoryEntry]], comparison: RunComparison,
        limit: Int = 365
    ) -> [Trend] {
        var judgements = SeriesJudgements()
        return trends(
            results: results, histories: histories, comparison: comparison, limit: limit, judgements: &judgements)
    }

    /// `trends`, taking each series' change points from `judgements` when `withHistory` judged the same values (a
    /// history with no busy or throttled night, up to `limit` long) instead of running E-Divisive on them again.
    public static func trends(
        results: [CaseResult], histories: [CaseKey: [CaseHistoryEntry]], comparison: RunComparison,
        limit: Int = 365, judgements: inout SeriesJudgements
    ) -> [Trend] {
        var trends: [Trend] = []
        for result in results where result.status == .ok {
            for metric in HistoryMetric.allCases {
                var points = trendPoints(histories[result.key] ?? [], metric: metric, limit: limit)
                guard points.count >= 2 else { continue }
                points[points.count - 1].verdict =
                    comparison.rows.first { $0.key == result.key && $0.metric == metric.rawValue }?.verdict
                let changes = judgements.judge(points.map(\.value), key: result.key, metric: metric).changePoints
                trends.append(Trend(caseID: result.key.id, metric: metric, points: points, changePointIndices: changes))
            }
        }
        return trends
    }

    /// A trend's points: every night of the newest `limit` with the metric (latency with its median's interval).
    static func trendPoints(_ history: [CaseHistoryEntry], metric: HistoryMetric, limit: Int) -> [Trend.Point] {
        history.suffix(limit).compactMap { entry in
            guard let (value, interval) = metric.valueAndInterval(entry.row) else { return nil }
            var point = Trend.Point(runID: entry.runID, time: entry.row.startedAt, value: value)
            if let interval {
                point.ciLow = interval.lower / 1e6
                point.ciHigh = interval.upper / 1e6
            }
            return point
        }
    }
}

/// Change-point judgements of history series (E-Divisive, the costly part of a nightly's history: a few ms for a
/// year's series), kept by case and metric so a series judged for a verdict is not judged again for its trend. A
/// series is reused only when its values are the same: a trend draws every night, the verdict leaves busy and
/// throttled ones out.
public struct SeriesJudgements: Sendable {
    /// One case × metric series.
    public struct Series: Sendable {
        public var key: CaseKey
        public var metric: HistoryMetric
        public var values: [Double]
        public init(key: CaseKey, metric: HistoryMetric, values: [Double]) {
            self.key = key
            self.metric = metric
            self.values = values
        }
    }

    private struct Known: Sendable {
        var values: [Double]
        var judgement: HistoryAnalysis.Judgement
    }

    private var judged: [CaseKey: [HistoryMetric: [Known]]] = [:]
    /// Series judged, and series whose judgement was reused.
    public private(set) var computed = 0
    public private(set) var reused = 0

    public init() {}

    /// The judgement of `values`, the series of `metric` for `key`: the one kept when the values are the same.
    public mutating func judge(_ values: [Double], key: CaseKey, metric: HistoryMetric) -> HistoryAnalysis.Judgement {
        if let known = judged[key]?[metric]?.first(where: { $0.values == values }) {
            reused += 1
            return known.judgement
        }
        computed += 1
        let judgement = HistoryAnalysis.judge(values)
        judged[key, default: [:]][metric, default: []].append(Known(values: values, judgement: judgement))
        return judgement
    }

    /// Judges every series not judged yet, `concurrency` at a time (each judgement is pure and seeded, so the same
    /// as one at a time), for `judge` to find.
    public mutating func judgeAll(_ series: [Series], concurrency: Int) async {
        var pending: [Series] = []
        for item in series
        where !(judged[item.key]?[item.metric] ?? []).contains(where: { $0.values == item.values })
            && !pending.contains(where: { $0.key == item.key && $0.metric == item.metric && $0.values == item.values })
        {
            pending.append(item)
        }
        let results = await withTaskGroup(of: (Int, HistoryAnalysis.Judgement).self) { group in
            var next = 0
            var results: [(Int, HistoryAnalysis.Judgement)] = []
            func start() {
                let index = next
                let values = pending[index].values
                group.addTask { (index, HistoryAnalysis.judge(values)) }
                next += 1
            }
            while next < min(max(1, concurrency), pending.count) { start() }
            while let result = await group.next() {
                results.append(result)
                if next < pending.count { start() }
            }
            return results
        }
        for (index, judgement) in results {
            let item = pending[index]
            computed += 1
            judged[item.key, default: [:]][item.metric, default: []].append(
                Known(values: item.values, judgement: judgement))
        }
    }
}
