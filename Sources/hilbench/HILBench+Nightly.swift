import ArgumentParser
import Foundation
import HILBenchAnalysis
import HILBenchController
import HILBenchCore
import HILBenchReports
import HILBenchStats
import HILBenchStore

extension HILBench {
    struct Nightly: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a suite, compare it with a baseline run and with history, and give CI a verdict.",
            discussion: """
                Writes junit.xml (a testcase per case × metric: failure when regressed, skipped when inconclusive or unstable, \
                error when a case could not run) and nightly.md next to the run's reports.
                Exit codes: 0 fine, 2 a regression, 3 a case could not run (runner or infrastructure failure), \
                4 only unstable or inconclusive verdicts, 1 the harness itself failed.
                """)

        @OptionGroup var options: RunOptions

        @Option(help: "The baseline: 'last' (the newest earlier finished run of the same suite) or a run id.")
        var baseline: String = "last"

        @Flag(help: "Compare even when the comparable environments differ (the differences are listed).")
        var allowEnvironmentMismatch = false

        func run() async throws {
            try await options.perform(resume: nil, kind: "nightly") { store, outcome, record in
                try await judge(store: store, outcome: outcome, record: record)
            }
        }

        /// Compares tonight's run with its baseline and history, writes junit.xml and nightly.md, and exits as CI needs.
        private func judge(store: any ResultsStore, outcome: RunController.Outcome, record: RunRecord) async throws {
            let baselineRecord: RunRecord?
            if baseline == "last" {
                baselineRecord = try await store.runs().filter {
                    $0.id != record.id && $0.suiteName == record.suiteName && $0.endedAt != nil
                        && $0.startedAt <= record.startedAt
                }.last
            } else {
                guard let found = try await store.run(id: baseline) else {
                    throw ValidationError("no baseline run '\(baseline)' in the store")
                }
                baselineRecord = found
            }
            // Cases beyond their accuracy limits fail the night like failed cases: their speed is no release's.
            let infra = Dictionary(
                outcome.results.filter { [.infraError, .failed, .accuracyFailed].contains($0.status) }
                    .map { ($0.key, "\($0.status.rawValue): \($0.failure?.message ?? "")") },
                uniquingKeysWith: { first, _ in first })
            guard let baselineRecord else {
                print(
                    "\nno earlier finished run of suite \(record.suiteName): this run is the baseline for the next one")
                throw ExitCode(
                    infra.isEmpty ? HILBenchExitCode.success.rawValue : HILBenchExitCode.casesFailed.rawValue)
            }
            let histories = try await store.historyRows(of: outcome.results.map(\.key)).mapValues { history in
                history.map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
            }
            var comparison = try await Compare.compare(
                store: store, runA: baselineRecord.id, runB: record.id, correction: .holm,
                allowMismatch: allowEnvironmentMismatch, histories: histories, againstHistory: baseline == "last")
            // Each series' change points are judged once, up front on every core; the verdicts and the trends read them.
            var judgements = SeriesJudgements()
            await judgements.judgeAll(
                NightlyJudge.series(comparison, results: outcome.results, histories: histories),
                concurrency: ProcessInfo.processInfo.activeProcessorCount)
            comparison = NightlyJudge.withHistory(
                comparison, histories: histories, thresholds: record.suite.thresholds, judgements: &judgements)

            // The run's report again, now with a trend line per case × metric (change points and tonight's verdict).
            let trends = NightlyJudge.trends(
                results: outcome.results, histories: histories, comparison: comparison, judgements: &judgements
            ).map(TrendSeries.init)
            var report = RunReport(
                runID: record.id, suite: record.suiteName, startedAt: record.startedAt, endedAt: record.endedAt,
                controllerVersion: record.controllerVersion, gitCommit: record.gitCommit, targets: record.targets,
                results: outcome.results, trends: trends, events: try await store.events(runID: record.id))
            report.decide(suite: record.suite, targets: record.targets, results: outcome.results)
            try ReportWriter.write(report, results: outcome.results, to: outcome.runDirectory)

            let junit = "\(outcome.runDirectory)/junit.xml"
            let markdown = "\(outcome.runDirectory)/nightly.md"
            try JUnitXML.render(
                comparison, suite: record.suiteName,
                infraErrors: infra.filter { key, _ in !comparison.rows.contains { $0.key == key } }
            )
            .write(toFile: junit, atomically: true, encoding: .utf8)
            try NightlySummary.markdown(comparison, suite: record.suiteName).write(
                toFile: markdown, atomically: true, encoding: .utf8)
            print("\n" + RunComparisonFormat.render(comparison, format: .text))
            print("written  \(junit)\nwritten  \(markdown)")

            switch NightlyJudge.outcome(comparison, infraFailures: infra.count) {
            case .success: return
            case .regression(let rows):
                printError("regressed: " + rows.map { "\($0.key.id) \($0.metric)" }.joined(separator: ", "))
                throw ExitCode(HILBenchExitCode.regression.rawValue)
            case .casesFailed: throw ExitCode(HILBenchExitCode.casesFailed.rawValue)
            case .inconclusive: throw ExitCode(HILBenchExitCode.inconclusive.rawValue)
            }
        }
    }
}

extension TrendSeries {
    /// A nightly trend as the reports draw it.
    init(_ trend: NightlyJudge.Trend) {
        self.init(
            caseID: trend.caseID, metric: trend.metric.rawValue, unit: trend.metric.unit,
            points: trend.points.map { point in
                Point(
                    runID: point.runID, time: point.time, value: point.value, ciLow: point.ciLow, ciHigh: point.ciHigh,
                    verdict: point.verdict?.statsVerdict)
            },
            changePointIndices: trend.changePointIndices)
    }
}
