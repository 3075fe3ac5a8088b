import ArgumentParser
import Foundation
import HILBenchCore
import HILBenchReports
import HILBenchStore

extension HILBench {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rebuild a run's reports from the store.")

        @Argument(help: "The run id (`hilbench runs` lists them), or 'latest'.")
        var runID: String

        @OptionGroup var storeOptions: StoreOptions

        @Option(
            help:
                "Judge the run against this suite file's `requirements:` instead of the ones stored with it (the Decision section; `hilbench choose` for the table alone)."
        )
        var suite: String?

        @Flag(
            help:
                "Rank energy from a simulated meter too (Pareto fronts, least energy); by default it is shown, labelled simulated, and never ranked."
        )
        var rankSimulatedEnergy = false

        func run() async throws {
            let location = try storeOptions.location()
            let (record, results, events) = try await storeOptions.withStore { store in
                let id = runID == "latest" ? try await store.runs().last?.id : runID
                guard let id, let record = try await store.run(id: id) else {
                    throw ValidationError("no run '\(runID)' in \(location); `hilbench runs` lists them")
                }
                return (record, try await store.results(runID: id), try await store.events(runID: id))
            }
            let id = record.id
            var report = RunReport(
                runID: record.id, suite: record.suiteName, startedAt: record.startedAt, endedAt: record.endedAt,
                controllerVersion: record.controllerVersion, gitCommit: record.gitCommit, targets: record.targets,
                results: results,
                events: events)
            report.rankSimulatedEnergy = rankSimulatedEnergy
            var judgedBy = record.suite
            if let suite {
                do {
                    judgedBy = try ConfigLoader.loadSuite(at: suite, verifyArtifacts: false)
                } catch {
                    for diagnostic in error.diagnostics { printError(diagnostic.description) }
                    throw ExitCode(HILBenchExitCode.failure.rawValue)
                }
            }
            report.decide(suite: judgedBy, targets: record.targets, results: results)
            for path in try ReportWriter.write(report, results: results, to: "\(storeOptions.resultsDir)/runs/\(id)") {
                print("written  \(path)")
            }
        }
    }

    struct Runs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the runs in the store.")

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let formatter = ISO8601DateFormatter()
            try await storeOptions.withStore { store in
                for run in try await store.runs() {
                    let cases = try await store.storedCaseIDs(runID: run.id).count
                    let state = run.endedAt == nil ? "incomplete (resume with --resume \(run.id))" : "finished"
                    print(
                        "\(run.id)  \(formatter.string(from: Date(timeIntervalSince1970: run.startedAt)))  suite \(run.suiteName)  \(cases) cases  \(state)"
                    )
                }
            }
        }
    }
}
