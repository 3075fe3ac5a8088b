import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchStore
import Testing

/// `history(of:)` reads each case's summary, not its whole JSON: what every judgement reads must come back the same.
extension StoreContract {
    static let historyNights = 6

    /// A case as a real nightly stores it: samples in three executions, warm-ups, marker edges, a memory timeline,
    /// inputs, outputs, energy, accuracy for int8; night 2's executions ran on a busy machine.
    static func nightlyResult(night: Int, precision: Precision) -> CaseResult {
        let level = 1_000_000 + Int64(night) * 20_000 + (night >= 4 ? 150_000 : 0)
        var result = ResultsStoreTests.result(
            precision, latencies: (0..<90).map { level + Int64(($0 * 7919) % 50_000) })
        result.startedAt = 1_700_000_000 + Double(night) * 86_400
        result.warmupLatenciesNs = [1_400_000, 1_200_000]
        result.markerEdges = [.init(timeNs: 10, level: true), .init(timeNs: 95_000_010, level: false)]
        result.memory.timeline = (0..<40).map {
            .init(ms: 19 + $0 * 12, rssKiB: 20_000 + $0 % 3, phase: $0 < 5 ? "load" : "measure")
        }
        result.inputs = [.init(name: "input", dtype: "float32", shape: [1, 3, 32, 32], source: "seeded", sha256: "cd")]
        result.energy = .init(
            windowSource: "meterLogic", meter: "simulated", windowSeconds: 0.09, netJoules: 0.27 + Double(night) / 100,
            baselineWatts: 2, averageWatts: 5, peakWatts: 6, millijoulesPerInference: 3 + Double(night) / 10,
            inferencesPerJoule: 333, samples: 900, flags: [])
        if precision == .int8 {
            result.accuracy = .init(
                reference: .fp32, maxAbsError: 0.02, meanAbsError: 0.003, cosineSimilarity: 0.999, top1Agreement: 1)
        }
        var machine = CaseResult.MachineLoad(
            loadAverageStart: 0.1, loadAverageEnd: 0.1, otherCPUSeconds: night == 2 ? 2 : 0.01, wallSeconds: 2,
            governor: nil)
        machine.judge()
        result.executions = (0..<3).map {
            .init(
                iterations: 30, warmup: 2, startedAt: result.startedAt + Double($0), durationSeconds: 0.9,
                machine: machine)
        }
        return result
    }

    /// Stores `historyNights` nightly runs of two cases.
    static func storeNights(_ store: any ResultsStore) async throws {
        for night in 0..<historyNights {
            try await store.createRun(
                RunRecord(
                    id: "night\(night)", suiteName: "s", startedAt: Double(night), endedAt: Double(night) + 1,
                    controllerVersion: "0.1.0", suite: ResultsStoreTests.suite, targets: [ResultsStoreTests.target],
                    kind: "nightly"))
            for precision in [Precision.fp32, .int8] {
                try await store.save(nightlyResult(night: night, precision: precision), runID: "night\(night)")
            }
        }
    }

    /// The history of each case is the summary of each stored case, oldest run first, and every judgement made from it
    /// — series of every metric, execution spread, a nightly verdict with history, trends — equals the one made from
    /// the whole stored cases (the read before summaries).
    static func historyIsTheSummaryAndJudgesTheSame(_ store: any ResultsStore) async throws {
        let runs = (0..<historyNights).map { "night\($0)" }
        for precision in [Precision.fp32, .int8] {
            let key = nightlyResult(night: 0, precision: precision).key
            var whole: [CaseHistoryEntry] = []
            var wholeResults: [CaseResult] = []
            for run in runs {
                let stored = try #require(try await store.results(runID: run).first { $0.key == key })
                wholeResults.append(stored)
                whole.append(CaseHistoryEntry(runID: run, result: stored))
            }
            let history = try await store.history(of: key)
            #expect(history.map(\.runID) == runs)
            // Read with the other case's history, concurrently, as a nightly reads them: the same
            let other = nightlyResult(night: 0, precision: precision == .fp32 ? .int8 : .fp32).key
            let both = try await store.histories(of: [key, other, key], concurrency: 2)
            #expect(Set(both.keys) == [key, other])
            #expect(both[key]?.map(\.runID) == runs)
            #expect(both[key]?.map(\.result) == history.map(\.result))
            #expect(both[other]?.map(\.result) == (try await store.history(of: other)).map(\.result))
            #expect(history.map(\.result) == wholeResults.map(\.historySummary))
            #expect(history.allSatisfy { $0.result.memory.timeline.isEmpty && $0.result.inputs == nil })
            #expect(history.allSatisfy { $0.result.latenciesNs.count == 90 && $0.result.executions?.count == 3 })
            let summaries = history.map { CaseHistoryEntry(runID: $0.runID, result: $0.result) }
            for metric in HistoryMetric.allCases {
                let series = HistoryAnalysis.series(summaries, metric: metric)
                #expect(series == HistoryAnalysis.series(whole, metric: metric))
                // the busy night is left out of the series, tonight kept
                #expect(series.map(\.runID) == runs.filter { $0 != "night2" })
            }
            #expect(ExecutionCalibration.executionSpread(summaries) != nil)
            #expect(ExecutionCalibration.executionSpread(summaries) == ExecutionCalibration.executionSpread(whole))

            let tonight = try await store.results(runID: "night5")
            let comparison = try Comparer.compare(
                baselineRun: "night4", baseline: try await store.results(runID: "night4"), candidateRun: "night5",
                candidate: tonight, chips: ["local": "host-cpu"], thresholds: .init())
            let judged = NightlyJudge.withHistory(comparison, histories: [key: summaries], thresholds: .init())
            #expect(judged == NightlyJudge.withHistory(comparison, histories: [key: whole], thresholds: .init()))
            let trends = NightlyJudge.trends(results: tonight, histories: [key: summaries], comparison: judged)
            #expect(!trends.isEmpty)
            #expect(trends == NightlyJudge.trends(results: tonight, histories: [key: whole], comparison: judged))
        }
    }
}
