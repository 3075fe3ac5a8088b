import HILBenchCore
import Testing

@testable import HILBenchAnalysis

/// A native tool that prints only a summary (benchmark_model, benchmark_app, benchncnn): each run is one printed
/// figure, judged against history's run-to-run spread, and the verdict says so; no samples are made up.
@Suite struct ToolSummaryHistoryTests {
    static let key = CaseKey(target: "pi", model: "m", runtime: .command, precision: .fp32, threads: 1, batch: 1)

    /// One run of a summary-only tool: its printed median (ms) per execution.
    static func run(_ mediansMs: [Double]) -> CaseResult {
        let executions = mediansMs.map { median -> CaseResult in
            var result = CaseResult(key: key, status: .ok)
            result.reported = ReportedLatency(
                tool: "benchmark_model", iterations: 50, meanNs: Int64(median * 1.1e6), medianNs: Int64(median * 1e6))
            return result
        }
        return CaseResult.merging(executions: executions)!
    }

    @Test func theRunsFigureIsTheMedianOfItsExecutionsPrintedMediansAndNoSamplesAreMade() throws {
        let merged = Self.run([10, 12, 11])
        #expect(merged.latenciesNs.isEmpty)
        #expect(merged.executions?.map(\.printedLatencyNs) == [10_000_000, 12_000_000, 11_000_000])
        #expect(merged.printedSummaryLatencyNs == 11_000_000)
        #expect(HistoryMetric.latency.value(merged) == 11)
        // One execution: the printed median, else the printed mean.
        #expect(HistoryMetric.latency.value(Self.run([7.5])) == 7.5)
        var meanOnly = CaseResult(key: Self.key, status: .ok)
        meanOnly.reported = ReportedLatency(tool: "benchncnn", meanNs: 36_000_000)
        #expect(HistoryMetric.latency.value(meanOnly) == 36)
        // A case with samples keeps its samples' median; a tool that printed no latency has no figure.
        var sampled = CaseResult(key: Self.key, status: .ok, latenciesNs: [1_000_000, 3_000_000, 2_000_000])
        sampled.reported = ReportedLatency(tool: "trtexec", medianNs: 9_000_000)
        #expect(HistoryMetric.latency.value(sampled) == 2)
        var nothing = CaseResult(key: Self.key, status: .ok)
        nothing.reported = ReportedLatency(tool: "benchmark_app")
        #expect(HistoryMetric.latency.value(nothing) == nil)
    }

    /// Six nights of printed medians; the comparison of the last two is one figure per run.
    func judged(_ nights: [Double], threshold: Double = 0.05) throws -> RunComparison.Row {
        let results = nights.enumerated().map { night, median in
            var result = Self.run([median])
            result.startedAt = Double(night)
            return result
        }
        let entries = results.enumerated().map { CaseHistoryEntry(runID: "run-\($0)", result: $1) }
        let comparison = try Comparer.compare(
            baselineRun: "run-4", baseline: [results[results.count - 2]], candidateRun: "run-5",
            candidate: [results[results.count - 1]], chips: [:], thresholds: .init(latency: threshold))
        let judged = NightlyJudge.withHistory(
            comparison, histories: [Self.key: entries], thresholds: .init(latency: threshold))
        return try #require(judged.rows.first { $0.metric == "latency" })
    }

    @Test func historyCallsASlowerPrintedMedianARegressionAndSaysWhatItJudged() throws {
        let row = try judged([10.0, 10.1, 9.9, 10.05, 9.95, 12])
        #expect(row.verdict == .regressed, "\(row.reason)")
        #expect(row.evidence == .history)
        #expect(row.reason.hasPrefix(HistoryMetric.toolSummaryNote + "; history: +20.00% against history"))
        #expect(row.pValue == nil, "no test on samples that do not exist")
    }

    @Test func withinTheThresholdHistorySaysNoChange() throws {
        let row = try judged([10.0, 10.1, 9.9, 10.05, 9.95, 10.1])
        #expect(row.verdict == .noChange, "\(row.reason)")
        #expect(row.reason.hasPrefix(HistoryMetric.toolSummaryNote + "; history: "))
    }

    @Test func aShortHistoryIsInconclusiveAndSaysItNeedsNights() throws {
        let row = try judged([10.0, 10.1, 12])
        #expect(row.verdict == .inconclusive)
        #expect(row.reason.contains("need 5 nights of history, have 3"))
        #expect(row.reason.contains(HistoryMetric.toolSummaryNote))
    }
}
