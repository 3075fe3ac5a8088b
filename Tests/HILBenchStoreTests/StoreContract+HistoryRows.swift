import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchStore
import Testing

/// `historyRows(of:)`: history judgements read one compact row per stored case. Every figure judged from rows must
/// equal the one the previous path judged from the summaries and samples (`LegacyHistoryPath`), bit for bit.
extension StoreContract {
    static let variedNights = 14

    /// Four cases a night, shaped to reach every branch history reads: three executions with energy (busy on night 2,
    /// throttled on night 7, failed on night 9, a 12% step from night 10); two executions with a zero sample on night 3
    /// (no logs that night); a native tool's printed medians without samples (busy on night 2); one execution, three
    /// samples on night 1 (no interval).
    static func variedResults(night: Int) -> [CaseResult] {
        var busy = CaseResult.MachineLoad(
            loadAverageStart: 0.1, loadAverageEnd: 0.1, otherCPUSeconds: night == 2 ? 2 : 0.01, wallSeconds: 2,
            governor: nil)
        busy.judge()
        var quiet = CaseResult.MachineLoad(
            loadAverageStart: 0.1, loadAverageEnd: 0.1, otherCPUSeconds: 0.01, wallSeconds: 2, governor: nil)
        quiet.judge()
        let startedAt = 1_700_000_000 + Double(night) * 86_400
        let step: Int64 = night >= 10 ? 120_000 : 0
        func latencies(_ count: Int, per execution: Int) -> [Int64] {
            (0..<count).map {
                1_000_000 + step + Int64(night % 3) * 9_000 + Int64(($0 * 7919) % 50_000)
                    + Int64((($0 / execution) * 37 + night * 11) % 23) * 1_000
            }
        }
        func executions(_ counts: [Int], on machine: CaseResult.MachineLoad) -> [CaseResult.Execution] {
            counts.enumerated().map {
                .init(
                    iterations: $1, warmup: 2, startedAt: startedAt + Double($0), durationSeconds: 0.9,
                    machine: machine)
            }
        }
        var fp32 = ResultsStoreTests.result(.fp32, latencies: latencies(90, per: 30))
        fp32.startedAt = startedAt
        fp32.executions = executions([30, 30, 30], on: busy)
        fp32.energy = .init(
            windowSource: "meterLogic", meter: "simulated", windowSeconds: 0.09, netJoules: 0.27,
            baselineWatts: 2, averageWatts: 5, peakWatts: 6,
            millijoulesPerInference: 3 + Double(night % 4) / 100 + (night >= 10 ? 0.5 : 0), inferencesPerJoule: 333,
            samples: 900, flags: [])
        fp32.memory.peakRSSKiB = 20_480 + night % 2
        if night == 7 { fp32.thermal = .init(maxCelsius: 86, throttleReasons: ["hottest zone 86 °C ≥ 80 °C"]) }
        if night == 9 { fp32 = .notRun(fp32.key, status: .failed, kind: "crash", message: "runner crashed") }

        var int8 = ResultsStoreTests.result(.int8, latencies: latencies(90, per: 45))
        int8.startedAt = startedAt
        int8.executions = executions([45, 45], on: quiet)
        if night == 3 { int8.latenciesNs[50] = 0 }

        var tool = CaseResult(key: fp32.key, status: .ok, startedAt: startedAt)
        tool.key.threads = 2
        tool.executions = executions([50, 50, 50], on: busy).enumerated().map { index, execution in
            var execution = execution
            execution.printedLatencyNs = 5_000_000 + Int64(night * 1_000 + index * 20_000) + step
            return execution
        }
        tool.memory.peakRSSKiB = 30_000

        var single = ResultsStoreTests.result(
            .fp32, latencies: night == 1 ? [1_100_000, 1_050_000, 1_070_000] : latencies(40, per: 40))
        single.key.threads = 4
        single.startedAt = startedAt
        single.machine = quiet
        return [fp32, int8, tool, single]
    }

    static func storeVariedNights(_ store: any ResultsStore) async throws {
        for night in 0..<variedNights {
            try await store.createRun(
                RunRecord(
                    id: "varied\(night)", suiteName: "s", startedAt: Double(night), endedAt: Double(night) + 1,
                    controllerVersion: "0.1.0", suite: ResultsStoreTests.suite, targets: [ResultsStoreTests.target],
                    kind: "nightly"))
            for result in variedResults(night: night) { try await store.save(result, runID: "varied\(night)") }
        }
    }

    /// Each case's rows are the rows of its whole stored cases, and every judgement made from them — each metric's
    /// series, night spread, execution spread, the comparison against history, nightly verdicts, trends — equals the
    /// one the previous path made from the summaries and samples.
    static func historyRowsJudgeAsBefore(_ store: any ResultsStore) async throws {
        let runs = (0..<variedNights).map { "varied\($0)" }
        let tonightRun = runs[runs.count - 1]
        let tonight = try await store.results(runID: tonightRun)
        let keys = tonight.map(\.key)
        #expect(keys.count == 4)
        let rows = try await store.historyRows(of: keys + keys, concurrency: 3)
        #expect(Set(rows.keys) == Set(keys))
        var entries: [CaseKey: [CaseHistoryEntry]] = [:]
        var legacy: [CaseKey: [StoredCase]] = [:]
        for key in keys {
            let stored = try #require(rows[key])
            entries[key] = stored.map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
            legacy[key] = try await store.history(of: key)
            #expect(stored.map(\.runID) == runs)
            #expect(stored == (try await store.historyRows(of: key)))
            var whole: [CaseHistoryRow] = []
            for run in runs {
                whole.append(CaseHistoryRow(try #require(try await store.results(runID: run).first { $0.key == key })))
            }
            #expect(stored.map(\.row) == whole)
            let history = try #require(entries[key])
            let before = try #require(legacy[key])
            for metric in HistoryMetric.allCases {
                let series = HistoryAnalysis.series(history, metric: metric).map {
                    LegacyHistoryPath.Point(runID: $0.runID, value: $0.value)
                }
                #expect(series == LegacyHistoryPath.series(before, metric: metric), "\(key.id) \(metric)")
            }
            #expect(
                NightSpreadEstimate.from(history, before: tonightRun)
                    == LegacyHistoryPath.nightSpread(before, before: tonightRun))
            #expect(ExecutionCalibration.executionSpread(history) == LegacyHistoryPath.executionSpread(before))
        }
        // The branches were reached: busy, throttled and failed nights left out, a night without logs, no samples.
        let fp32 = try #require(entries[keys[0]])
        #expect(HistoryAnalysis.series(fp32, metric: .latency).count == variedNights - 3)
        #expect(fp32[2].row.noisyReason != nil && fp32[7].row.throttled && fp32[9].row.status == .failed)
        #expect(entries[keys[1]]?[3].row.executionSamplesPositive == false)
        #expect(
            entries[keys[2]]?.allSatisfy { $0.row.medianLatencyNs == nil && $0.row.executionMediansNs.isEmpty } == true)
        #expect(HistoryAnalysis.series(try #require(entries[keys[2]]), metric: .latency).count == variedNights - 1)
        #expect(entries[keys[3]]?[1].row.medianIntervalNs == nil && entries[keys[3]]?[2].row.medianIntervalNs != nil)
        #expect(ExecutionCalibration.executionSpread(fp32) != nil)
        #expect(NightSpreadEstimate.from(fp32, before: tonightRun).spread != nil)

        // Tonight against its baseline with the night spreads, against history (nightly), judged, drawn.
        let baseline = try await store.results(runID: runs[runs.count - 2])
        func compared(_ spreads: [CaseKey: NightSpreadEstimate]) throws -> RunComparison {
            try Comparer.compare(
                baselineRun: runs[runs.count - 2], baseline: baseline, candidateRun: tonightRun, candidate: tonight,
                chips: ["local": "host-cpu"], thresholds: .init(), nightSpreads: spreads, againstHistory: true)
        }
        var spreads: [CaseKey: NightSpreadEstimate] = [:]
        var legacySpreads: [CaseKey: NightSpreadEstimate] = [:]
        for key in keys {
            spreads[key] = NightSpreadEstimate.from(entries[key] ?? [], before: tonightRun)
            legacySpreads[key] = LegacyHistoryPath.nightSpread(legacy[key] ?? [], before: tonightRun)
        }
        let comparison = try compared(spreads)
        #expect(comparison == (try compared(legacySpreads)))
        var judgements = SeriesJudgements()
        let judged = NightlyJudge.withHistory(
            comparison, histories: entries, thresholds: .init(), judgements: &judgements)
        #expect(judged == LegacyHistoryPath.withHistory(comparison, histories: legacy, thresholds: .init()))
        #expect(judged.rows.count >= 8)
        let trends = NightlyJudge.trends(
            results: tonight, histories: entries, comparison: judged, judgements: &judgements)
        #expect(trends.count == 9)
        #expect(
            trends.map(LegacyHistoryPath.Trend.init)
                == LegacyHistoryPath.trends(results: tonight, histories: legacy, comparison: judged))
        // Series with no night left out (the quiet cases') are judged once for verdict and trend; the others twice
        // (their trend draws the busy and throttled nights).
        #expect(judgements.reused >= 2)
    }
}
