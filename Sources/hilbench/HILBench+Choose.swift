import ArgumentParser
import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchReports
import HILBenchStore

extension HILBench {
    struct Choose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Which boards meet the suite's requirements, and which of them is cheapest to own.",
            discussion:
                "Judges stored runs against the `requirements:` of --suite: a verdict per board × model with its best configuration (on 95% confidence bounds), the margin on every requirement, the first one missed, cost of ownership, a ranking and how it moves when a requirement or the prices move by ±20%. Several runs (other days, other machines) are pooled case by case when their environments are comparable. See docs/decision.md."
        )

        @Option(
            help: "The suite file whose `requirements:` decide (its models and boards need not all be in the runs).")
        var suite: String

        @Argument(help: "Runs to judge (`hilbench runs` lists them); default: the newest run of the suite.")
        var runIDs: [String] = []

        @Option(help: "text, markdown, json or csv.")
        var format: String = "text"

        @Option(
            parsing: .upToNextOption,
            help: "Target files whose chip facts (price, TDP) replace the ones stored with the runs.")
        var targets: [String] = []

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let format = try parseChoice(format, DecisionFormat.Format.self, option: "format") ?? .text
            let suiteConfig: SuiteConfig
            var boardFiles: [TargetConfig] = []
            do {
                suiteConfig = try ConfigLoader.loadSuite(at: suite, verifyArtifacts: false)
                boardFiles = try ConfigLoader.loadTargets(at: targets)
            } catch {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
            guard let requirements = suiteConfig.requirements, !requirements.isEmpty else {
                throw ValidationError(
                    "\(suite) has no `requirements:` block; add one (README: Requirements) to decide against")
            }
            let location = try storeOptions.location()
            let suiteName = suiteConfig.name
            let ids = runIDs
            let (records, runs) = try await storeOptions.withStore { store in
                var records: [RunRecord] = []
                if ids.isEmpty {
                    guard let newest = try await store.runs().last(where: { $0.suiteName == suiteName }) else {
                        throw ValidationError(
                            "no stored run of suite '\(suiteName)' in \(location); run it first or name runs")
                    }
                    records = [newest]
                } else {
                    for id in ids {
                        guard let record = try await store.run(id: id) else {
                            throw ValidationError("no run '\(id)' in \(location); `hilbench runs` lists them")
                        }
                        records.append(record)
                    }
                    records.sort { $0.startedAt < $1.startedAt }
                }
                var runs: [(runID: String, results: [CaseResult])] = []
                for record in records { runs.append((record.id, try await store.results(runID: record.id))) }
                return (records, runs)
            }
            // Board facts: the newest stored with the runs, replaced by --targets files.
            var boards: [String: TargetConfig] = [:]
            for record in records { for target in record.targets { boards[target.name] = target } }
            for target in boardFiles { boards[target.name] = target }
            let chips = boards.mapValues(\.chip.soc)
            let pooled = PurchaseDecision.pool(runs, chips: chips)
            let decision = PurchaseDecision.decide(
                requirements: requirements, results: pooled.results,
                boards: boards.values.sorted { $0.name < $1.name }.map {
                    .init(name: $0.name, priceUSD: $0.chip.priceUSD, tdpWatts: $0.chip.tdpWatts)
                },
                reference: suiteConfig.accuracy.reference,
                notes: ["runs: " + records.map(\.id).joined(separator: ", ")] + pooled.notes)
            print(DecisionFormat.render(decision, format: format), terminator: "")
        }
    }
}
