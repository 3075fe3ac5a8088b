import ArgumentParser
import Foundation
import HILBenchAnalysis
import HILBenchController
import HILBenchCore
import HILBenchReports
import HILBenchStats
import HILBenchStore

/// Parses an enum option from its raw value, listing the choices on error.
func parseChoice<E: RawRepresentable & CaseIterable>(_ text: String?, _ type: E.Type, option: String) throws -> E?
where E.RawValue == String {
    guard let text else { return nil }
    guard let value = E(rawValue: text) else {
        throw ValidationError(
            "--\(option) must be one of: \(E.allCases.map(\.rawValue).joined(separator: ", ")); got '\(text)'")
    }
    return value
}

extension HILBench {
    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two runs case by case: ratio B/A with its interval, p-value and verdict.",
            discussion:
                "Latency: with several executions per run, a t interval over the executions' medians widened by the case's night-to-night spread from the store's history (no regressed/improved without 3 earlier quiet runs of it); with one, Mann–Whitney U and the Hodges–Lehmann ratio interval, descriptive only. p-values adjusted across cases. Energy and memory: one figure per run, judged against the suite's thresholds. Runs whose environments differ (chip, runtime version, model bytes, threads…) are refused unless --allow-environment-mismatch."
        )

        @Argument(help: "The baseline run (A).")
        var runA: String
        @Argument(help: "The candidate run (B).")
        var runB: String

        @Option(help: "text, markdown, json, csv, or html (a speedup matrix page).")
        var format: String = "text"

        @Option(help: "Project one dimension into columns, like benchstat: target, runtime or precision.")
        var project: String?

        @Option(help: "Multiple-comparison correction: holm or benjamini-hochberg.")
        var correction: String = "holm"

        @Flag(help: "Compare even when the comparable environments differ (the differences are printed).")
        var allowEnvironmentMismatch = false

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            if format == "html" {
                let correction =
                    try parseChoice(correction, Comparer.Correction.self, option: "correction") ?? .holm
                let comparison = try await storeOptions.withStore { store in
                    try await Self.compare(
                        store: store, runA: runA, runB: runB, correction: correction,
                        allowMismatch: allowEnvironmentMismatch)
                }
                let projection = try parseChoice(project, RunComparisonFormat.Dimension.self, option: "project").map {
                    dimension in
                    ComparisonReport.Projection(
                        rows: ["target", "model", "runtime", "precision"].filter { $0 != dimension.rawValue },
                        columns: [dimension.rawValue])
                }
                print(
                    ComparisonReport(comparison, metric: "latency", projection: projection).render(.html),
                    terminator: "")
                return
            }
            let format = try parseChoice(format, RunComparisonFormat.Format.self, option: "format") ?? .text
            let project = try parseChoice(project, RunComparisonFormat.Dimension.self, option: "project")
            let correction = try parseChoice(correction, Comparer.Correction.self, option: "correction") ?? .holm
            let comparison = try await storeOptions.withStore { store in
                try await Self.compare(
                    store: store, runA: runA, runB: runB, correction: correction,
                    allowMismatch: allowEnvironmentMismatch)
            }
            print(RunComparisonFormat.render(comparison, format: format, project: project), terminator: "")
        }

        /// - Parameters:
        ///   - histories: each case's stored history when the caller has it (nightly); else read here. It gives each
        ///     case's night-to-night spread (the runs before B), without which no case is called regressed.
        ///   - againstHistory: judge B against the mean of those earlier nights, not against A alone (nightly).
        static func compare(
            store: any ResultsStore, runA: String, runB: String, correction: Comparer.Correction,
            allowMismatch: Bool, histories: [CaseKey: [CaseHistoryEntry]]? = nil, againstHistory: Bool = false
        ) async throws -> RunComparison {
            guard let a = try await store.run(id: runA) else {
                throw ValidationError("no run '\(runA)' in the store; `hilbench runs` lists them")
            }
            guard let b = try await store.run(id: runB) else {
                throw ValidationError("no run '\(runB)' in the store; `hilbench runs` lists them")
            }
            var chips: [String: String] = [:]
            for target in a.targets + b.targets { chips[target.name] = target.chip.soc }
            let baseline = try await store.results(runID: a.id)
            let candidate = try await store.results(runID: b.id)
            let ok = candidate.filter { $0.status == .ok }.map(\.key)
            var known = histories ?? [:]
            for (key, rows) in try await store.historyRows(of: ok.filter { known[$0] == nil }) {
                known[key] = rows.map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
            }
            // Each case's estimate runs E-Divisive over its year: on every core.
            let nightSpreads = await NightSpreadEstimate.from(
                known, keys: ok, before: b.id, concurrency: ProcessInfo.processInfo.activeProcessorCount)
            do {
                return try Comparer.compare(
                    baselineRun: a.id, baseline: baseline, candidateRun: b.id,
                    candidate: candidate, chips: chips, thresholds: b.suite.thresholds,
                    correction: correction, allowEnvironmentMismatch: allowMismatch, nightSpreads: nightSpreads,
                    againstHistory: againstHistory)
            } catch {
                printError("error: \(error)")
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "One case's metric across runs, with change points (E-Divisive) and the newest run judged against the last stable segment."
        )

        @Argument(help: "The case id, e.g. local/tinycnn/reference/fp32/t1/b1.")
        var caseID: String

        @Option(help: "latency (median ms), energy (mJ per inference) or memory (peak RSS MiB).")
        var metric: String = "latency"

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            guard let key = CaseKey(id: caseID) else {
                throw ValidationError(
                    "'\(caseID)' is not a case id: expected target/model/runtime/precision/t<threads>/b<batch>")
            }
            let metric = try parseChoice(metric, HistoryMetric.self, option: "metric") ?? .latency
            let history = try await storeOptions.withStore { store in
                try await store.historyRows(of: key).map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
            }
            let points = HistoryAnalysis.series(history, metric: metric)
            guard !points.isEmpty else { throw ValidationError("no stored results for \(caseID)") }
            let analysis = HistoryAnalysis.judge(points.map(\.value))
            let changes = Set(analysis.changePoints)
            print("run                       value (\(metric.unit))  ")
            for (index, point) in points.enumerated() {
                print(
                    "\(point.runID.padding(toLength: 26, withPad: " ", startingAt: 0))\(String(format: "%12.4f", point.value))\(changes.contains(index) ? "  ← change point" : "")"
                )
            }
            print(analysis.summary)
        }
    }
}
