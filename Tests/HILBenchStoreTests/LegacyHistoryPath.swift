import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchStats
import HILBenchStore

/// The history judgements as they were before history rows (main at c290899, `HistoryAnalysis.series`,
/// `NightSpreadEstimate.from`, `ExecutionCalibration.executionSpread`, `NightlyJudge.withHistory` and `trends`), on
/// the whole results `history(of:)` returns (summaries and samples): the reference the rows are checked against.
enum LegacyHistoryPath {
    typealias Entry = StoredCase

    static func value(_ metric: HistoryMetric, _ result: CaseResult) -> Double? {
        guard result.status == .ok else { return nil }
        switch metric {
        case .latency:
            if let printed = result.printedSummaryLatencyNs { return printed / 1e6 }
            guard !result.latenciesNs.isEmpty else { return nil }
            return Quantile.type7(sorted: result.latenciesNs.map(Double.init).sorted(), 0.5) / 1e6
        case .energy: return result.energy?.millijoulesPerInference
        case .memory: return result.memory.peakRSSKiB.map { Double($0) / 1024 }
        }
    }

    static func medianInterval(_ result: CaseResult) -> (lower: Double, upper: Double)? {
        guard !result.latenciesNs.isEmpty else { return nil }
        let sorted = result.latenciesNs.map(Double.init).sorted()
        return OrderStatistics.interval(sorted: sorted, fraction: 0.5, level: 0.95).map { ($0.lower, $0.upper) }
    }

    /// A series point or a trend point, compared figure by figure.
    struct Point: Equatable {
        var runID: String
        var value: Double
        var time: Double? = nil
        var ciLow: Double? = nil
        var ciHigh: Double? = nil
        var verdict: RunComparison.Verdict? = nil
    }

    /// A trend, compared figure by figure.
    struct Trend: Equatable {
        var caseID: String
        var metric: HistoryMetric
        var points: [Point]
        var changePointIndices: [Int]

        init(caseID: String, metric: HistoryMetric, points: [Point], changePointIndices: [Int]) {
            self.caseID = caseID
            self.metric = metric
            self.points = points
            self.changePointIndices = changePointIndices
        }

        init(_ trend: NightlyJudge.Trend) {
            self.init(
                caseID: trend.caseID, metric: trend.metric,
                points: trend.points.map {
                    Point(
                        runID: $0.runID, value: $0.value, time: $0.time, ciLow: $0.ciLow, ciHigh: $0.ciHigh,
                        verdict: $0.verdict)
                }, changePointIndices: trend.changePointIndices)
        }
    }

    static func series(_ history: [Entry], metric: HistoryMetric) -> [Point] {
        history.enumerated().compactMap { index, entry in
            let trusted = entry.result.noisyReason == nil && entry.result.thermal?.throttled != true
            guard trusted || index == history.count - 1 else { return nil }
            return value(metric, entry.result).map { Point(runID: entry.runID, value: $0) }
        }
    }

    static func nightSpread(_ history: [Entry], before candidateRunID: String) -> NightSpreadEstimate {
        let earlier = history.firstIndex { $0.runID == candidateRunID }.map { Array(history[..<$0]) } ?? history
        var nights: [[Double]] = []
        for entry in earlier {
            let result = entry.result
            guard result.status == .ok, result.noisyReason == nil, result.thermal?.throttled != true else { continue }
            let groups = result.executionSamples.filter { !$0.isEmpty }
            guard groups.count >= 2, groups.allSatisfy({ $0.allSatisfy { $0 > 0 } }) else { continue }
            nights.append(
                SlowExecutions(logMedians: groups.map { log(Quantile.type7(unsorted: $0.map(Double.init), 0.5)) }).kept)
        }
        var note: String?
        let means = nights.map { $0.reduce(0, +) / Double($0.count) }
        if let last = (try? ChangePoints().detect(means))?.last {
            nights = Array(nights[last.index...])
            note = "the nights since a change point \(means.count - last.index) nights back"
        }
        nights = Array(nights.suffix(NightSpreadEstimate.recentNights))
        guard nights.count >= NightLevelSpread.minimumNights, let spread = try? NightLevelSpread(nights: nights) else {
            return NightSpreadEstimate(
                spread: nil,
                note: "\(nights.count) earlier quiet night\(nights.count == 1 ? "" : "s") with ≥ 2 executions"
                    + (note.map { " (\($0))" } ?? "") + ", need \(NightLevelSpread.minimumNights)")
        }
        return NightSpreadEstimate(spread: spread, note: note, nights: nights)
    }

    static func executionSpread(_ history: [Entry]) -> Double? {
        var variances: [Double] = []
        for entry in history.reversed() where entry.result.status == .ok {
            let groups = entry.result.executionSamples.filter { !$0.isEmpty }
            guard groups.count >= 2 else { continue }
            let logs = groups.map { log(Quantile.type7(unsorted: $0.map(Double.init), 0.5)) }
            guard logs.allSatisfy(\.isFinite) else { continue }
            let mean = logs.reduce(0, +) / Double(logs.count)
            variances.append(logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(logs.count - 1))
            if variances.count == ExecutionCalibration.recentRuns { break }
        }
        guard variances.count >= ExecutionCalibration.minimumRuns else { return nil }
        return (variances.reduce(0, +) / Double(variances.count)).squareRoot()
    }

    static func withHistory(
        _ comparison: RunComparison, histories: [CaseKey: [Entry]], thresholds: SuiteConfig.Thresholds
    ) -> RunComparison {
        var result = comparison
        for index in result.rows.indices {
            let row = result.rows[index]
            guard let metric = HistoryMetric(rawValue: row.metric),
                ![.failed, .missing, .unstable].contains(row.verdict)
            else { continue }
            let history = histories[row.key] ?? []
            let values = series(history, metric: metric).map(\.value)
            var judged = NightlyJudge.judge(
                row, history: HistoryAnalysis.judge(values), threshold: metric.threshold(thresholds))
            if metric == .latency, history.last?.result.printedSummaryLatencyNs != nil,
                !judged.reason.contains(HistoryMetric.toolSummaryNote)
            {
                judged.reason = "\(HistoryMetric.toolSummaryNote); " + judged.reason
            }
            result.rows[index] = judged
        }
        return result
    }

    static func trends(
        results: [CaseResult], histories: [CaseKey: [Entry]], comparison: RunComparison, limit: Int = 365
    ) -> [Trend] {
        var trends: [Trend] = []
        for result in results where result.status == .ok {
            let history = (histories[result.key] ?? []).suffix(limit)
            for metric in HistoryMetric.allCases {
                var points: [Point] = []
                for entry in history {
                    guard let value = value(metric, entry.result) else { continue }
                    var point = Point(runID: entry.runID, value: value, time: entry.result.startedAt)
                    if metric == .latency, let interval = medianInterval(entry.result) {
                        point.ciLow = interval.lower / 1e6
                        point.ciHigh = interval.upper / 1e6
                    }
                    points.append(point)
                }
                guard points.count >= 2 else { continue }
                points[points.count - 1].verdict =
                    comparison.rows.first { $0.key == result.key && $0.metric == metric.rawValue }?.verdict
                let changes = HistoryAnalysis.judge(points.map(\.value)).changePoints
                trends.append(
                    Trend(caseID: result.key.id, metric: metric, points: points, changePointIndices: changes))
            }
        }
        return trends
    }
}
