import ArgumentParser
import Foundation
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
            let (store, outcome, record) = try await options.perform(resume: nil, kind: "nightly")
            let baselineRecord: RunRecord?
            if baseline == "last" {
                baselineRecord = try store.runs().filter { $0.id != record.id && $0.suiteName == record.suiteName && $0.endedAt != nil && $0.startedAt <= record.startedAt }.last
            } else {
                guard let found = try store.run(id: baseline) else { throw ValidationError("no baseline run '\(baseline)' in the store") }
                baselineRecord = found
            }
            // Cases beyond their accuracy limits fail the night like failed cases: their speed is no release's.
            let infra = Dictionary(outcome.results.filter { [.infraError, .failed, .accuracyFailed].contains($0.status) }
                .map { ($0.key, "\($0.status.rawValue): \($0.failure?.message ?? "")") }, uniquingKeysWith: { first, _ in first })
            guard let baselineRecord else {
                print("\nno earlier finished run of suite \(record.suiteName): this run is the baseline for the next one")
                throw ExitCode(infra.isEmpty ? HILBenchExitCode.success.rawValue : HILBenchExitCode.casesFailed.rawValue)
            }
            var comparison = try Compare.compare(store: store, runA: baselineRecord.id, runB: record.id, correction: .holm, allowMismatch: allowEnvironmentMismatch)
            comparison = try NightlyJudge.withHistory(comparison, store: store, thresholds: record.suite.thresholds)

            // The run's report again, now with a trend line per case × metric (change points and tonight's verdict).
            let trends = try NightlyJudge.trends(store: store, results: outcome.results, comparison: comparison)
            let report = RunReport(runID: record.id, suite: record.suiteName, startedAt: record.startedAt, endedAt: record.endedAt,
                                   controllerVersion: record.controllerVersion, gitCommit: record.gitCommit, targets: record.targets,
                                   results: outcome.results, trends: trends, events: try store.events(runID: record.id))
            try ReportWriter.write(report, results: outcome.results, to: outcome.runDirectory)

            let junit = "\(outcome.runDirectory)/junit.xml"
            let markdown = "\(outcome.runDirectory)/nightly.md"
            try JUnitXML.render(comparison, suite: record.suiteName, infraErrors: infra.filter { key, _ in !comparison.rows.contains { $0.key == key } })
                .write(toFile: junit, atomically: true, encoding: .utf8)
            let summary = NightlyJudge.markdown(comparison, suite: record.suiteName)
            try summary.write(toFile: markdown, atomically: true, encoding: .utf8)
            print("\n" + RunComparisonFormat.render(comparison, format: .text))
            print("written  \(junit)\nwritten  \(markdown)")

            let verdicts = comparison.rows.map(\.verdict)
            let code: HILBenchExitCode
            if verdicts.contains("regressed") {
                code = .regression
                printError("regressed: " + comparison.rows.filter { $0.verdict == "regressed" }.map { "\($0.key.id) \($0.metric)" }.joined(separator: ", "))
            } else if !infra.isEmpty || verdicts.contains("failed") {
                code = .casesFailed
            } else if verdicts.contains(where: { ["inconclusive", "unstable", "missing"].contains($0) }) {
                code = .inconclusive
            } else {
                code = .success
            }
            if code != .success { throw ExitCode(code.rawValue) }
        }
    }
}

/// Folds history into a nightly comparison: energy and memory have one figure per run, so their verdict comes
/// from the case's series (E-Divisive change points, the newest run against the last stable segment).
enum NightlyJudge {
    static func withHistory(_ comparison: RunComparison, store: ResultsStore, thresholds: SuiteConfig.Thresholds) throws -> RunComparison {
        var result = comparison
        for index in result.rows.indices {
            let row = result.rows[index]
            guard let metric = HistoryMetric(rawValue: row.metric) else { continue }
            let series = try HistoryAnalysis.series(store: store, key: row.key, metric: metric).map(\.value)
            guard series.count >= 5 else { continue }
            let judgement = HistoryAnalysis.judge(series)
            let threshold = ["latency": thresholds.latency, "energy": thresholds.energy, "memory": thresholds.memory][row.metric] ?? 0.05
            if metric == .latency {
                // A/B decides latency; history only adds its evidence to the reason.
                result.rows[index].reason += "; history: \(judgement.summary)"
                continue
            }
            guard row.verdict == "inconclusive" || row.verdict == "noChange", let change = judgement.relativeChange else { continue }
            if judgement.newestIsChange && abs(change) > threshold {
                result.rows[index].verdict = change > 0 ? "regressed" : "improved"
            } else if abs(change) <= threshold {
                result.rows[index].verdict = "noChange"
            }
            result.rows[index].reason = "history: \(judgement.summary)"
        }
        return result
    }

    /// History of every case of this run, per metric: value per run (latency with the median's interval),
    /// change points, and tonight's verdict on the newest point.
    static func trends(store: ResultsStore, results: [CaseResult], comparison: RunComparison) throws -> [TrendSeries] {
        var series: [TrendSeries] = []
        for result in results where result.status == .ok {
            let history = try store.history(of: result.key).suffix(365)
            for metric in HistoryMetric.allCases {
                var points: [TrendSeries.Point] = []
                for entry in history {
                    guard let value = metric.value(entry.result) else { continue }
                    var point = TrendSeries.Point(runID: entry.runID, time: entry.result.startedAt, value: value)
                    if metric == .latency, let summary = try? Summary(entry.result.latenciesNs.map(Double.init)), let interval = summary.medianInterval {
                        point.ciLow = interval.lower / 1e6
                        point.ciHigh = interval.upper / 1e6
                    }
                    points.append(point)
                }
                guard points.count >= 2 else { continue }
                if let verdict = comparison.rows.first(where: { $0.key == result.key && $0.metric == metric.rawValue })?.verdict {
                    points[points.count - 1].verdict = Verdict(rawValue: verdict)
                }
                let changes = HistoryAnalysis.judge(points.map(\.value)).changePoints
                series.append(TrendSeries(caseID: result.key.id, metric: metric.rawValue, unit: metric.unit, points: points, changePointIndices: changes))
            }
        }
        return series
    }

    static func markdown(_ comparison: RunComparison, suite: String) -> String {
        let counts = Dictionary(grouping: comparison.rows, by: \.verdict).mapValues(\.count)
        var text = "## hilbench nightly — \(suite)\n\n"
        text += "Run `\(comparison.candidateRun)` against baseline `\(comparison.baselineRun)`: "
        text += ["regressed", "improved", "noChange", "inconclusive", "unstable", "failed", "missing"].compactMap { verdict in
            counts[verdict].map { "\($0) \(verdict)" }
        }.joined(separator: ", ") + ".\n\n"
        let notable = comparison.rows.filter { $0.verdict != "noChange" }
        if notable.isEmpty {
            text += "Every case × metric is within its threshold.\n"
        } else {
            let subset = RunComparison(baselineRun: comparison.baselineRun, candidateRun: comparison.candidateRun, rows: notable,
                                       geometricMeanRatio: comparison.geometricMeanRatio, geometricMeanLow: comparison.geometricMeanLow,
                                       geometricMeanHigh: comparison.geometricMeanHigh, correction: comparison.correction,
                                       environmentDifferences: comparison.environmentDifferences)
            text += RunComparisonFormat.render(subset, format: .markdown).split(separator: "\n", maxSplits: 1).last.map(String.init) ?? ""
        }
        return text
    }
}
