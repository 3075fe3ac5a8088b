import ArgumentParser
import Foundation
import HILBenchController
import HILBenchCore
import HILBenchReports
import HILBenchStore
import Logging

/// Options shared by `run` and `nightly`.
struct RunOptions: ParsableArguments {
    @Option(help: "The suite file.")
    var suite: String = "Suites/quickstart.yaml"

    @Option(parsing: .upToNextOption, help: "Target files (boards).")
    var targets: [String] = ["Targets/local.yaml"]

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        help:
            "A folder besides the suite's own where its models, weights and .npy inputs may be (repeatable); paths out of every such folder are refused."
    )
    var artifactRoot: [String] = []

    @Option(help: "The hilbench-agent to start for local boards (default: this binary as `hilbench agent`).")
    var agent: String?

    @Option(help: "Cases running at once across all boards (each board runs one case at a time).")
    var maxParallel: Int = 16

    @Option(help: "Seconds the controller waits beyond a case's own timeout before calling a board's link dead.")
    var linkGrace: Double = 30

    @Option(
        help:
            "Seconds a board lease lasts without renewal: a dead controller's boards (and their claimed cases) return to the queue after this."
    )
    var leaseSeconds: Double = 60

    @Flag(help: "Plain progress lines even on a terminal.")
    var plain = false

    @Option(
        help:
            "Keep a Prometheus text file of the run's metrics up to date (cases by status, durations, board events and states); e.g. for node_exporter's textfile collector."
    )
    var metricsFile: String?

    @OptionGroup var logging: LoggingOptions

    @Flag(
        help:
            "Rank energy from a simulated meter too (Pareto fronts, least energy); by default it is shown, labelled simulated, and never ranked."
    )
    var rankSimulatedEnergy = false

    func loadConfigs() throws -> (SuiteConfig, [TargetConfig]) {
        do {
            return (
                try ConfigLoader.loadSuite(at: suite, artifactRoots: artifactRoot),
                try ConfigLoader.loadTargets(at: targets)
            )
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            throw ExitCode(HILBenchExitCode.failure.rawValue)
        }
    }

    /// Runs (or resumes) and writes the reports, then hands the open store, the outcome and the run's record to
    /// `then`. Ctrl-C (SIGINT) or SIGTERM cancels the run: finished cases are already stored, the case in flight is
    /// dropped, and `--resume` continues.
    /// - Parameter join: drain this stored run's queue alongside the controllers already on it.
    /// - Parameter boards: serve only these of the run's boards (nil: all).
    func perform<T>(
        resume: String?, join: String? = nil, boards: Set<String>? = nil, kind: String,
        then: (any ResultsStore, RunController.Outcome, RunRecord) async throws -> T
    ) async throws -> T {
        logging.bootstrap(defaultFile: storeOptions.resultsDir + "/hilbench.log.jsonl")
        let location = try storeOptions.location()
        return try await ResultsStores.withStore(location) { store in
            let (outcome, record) = try await perform(
                store: store, resume: resume, join: join, boards: boards, kind: kind, location: location)
            return try await then(store, outcome, record)
        }
    }

    private func perform(
        store: any ResultsStore, resume: String?, join: String?, boards: Set<String>?, kind: String,
        location: StoreLocation
    ) async throws -> (RunController.Outcome, RunRecord) {
        guard leaseSeconds >= 1 else {
            printError("error: --lease-seconds must be at least 1 (got \(leaseSeconds))")
            throw ExitCode(HILBenchExitCode.failure.rawValue)
        }
        let observer = ProgressPrinter(live: !plain && isatty(STDOUT_FILENO) == 1)
        var controller = RunController(
            store: store, agentCommand: localAgentCommand(agent), resultsDirectory: storeOptions.resultsDir,
            logger: Logger(label: "hilbench"))
        controller.maxParallelCases = maxParallel
        controller.linkGraceSeconds = linkGrace
        controller.leaseSeconds = leaseSeconds
        controller.servedBoards = boards
        let stored = resume ?? join
        let runID = stored ?? RunController.newRunID()
        let configs = stored == nil ? try loadConfigs() : nil
        var suiteName = configs?.0.name ?? "?"
        if configs == nil, let stored, let record = try? await store.run(id: stored) { suiteName = record.suiteName }
        let metrics = MetricsObserver(wrapping: observer, path: metricsFile, suite: suiteName)
        let work = Task {
            if let configs {
                return try await controller.run(
                    suite: configs.0, targets: configs.1, runID: runID, kind: kind, observer: metrics)
            }
            if join != nil { return try await controller.join(runID: runID, observer: metrics) }
            return try await controller.resume(runID: runID, observer: metrics)
        }
        let interrupts = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { work.cancel() }
            source.resume()
            return source
        }
        defer { interrupts.forEach { $0.cancel() } }
        let outcome: RunController.Outcome
        do {
            outcome = try await work.value
        } catch is CancellationError {
            observer.done()
            printError(
                "interrupted: finished cases are stored; continue with `hilbench run --resume \(runID)`"
                    + " (or `--join \(runID)` while other controllers are on it)")
            throw ExitCode(130)
        } catch let error as HILBenchError {
            printError("error: \(error)")
            throw ExitCode(HILBenchExitCode.failure.rawValue)
        } catch let error as StoreError {
            printError("error: \(error)")
            throw ExitCode(HILBenchExitCode.failure.rawValue)
        }
        observer.done()
        guard let record = try await store.run(id: outcome.runID) else {
            throw ExitCode(HILBenchExitCode.failure.rawValue)
        }
        var report = RunReport(
            runID: record.id, suite: record.suiteName, startedAt: record.startedAt, endedAt: record.endedAt,
            controllerVersion: record.controllerVersion, gitCommit: record.gitCommit, targets: record.targets,
            results: outcome.results,
            events: try await store.events(runID: record.id))
        report.rankSimulatedEnergy = rankSimulatedEnergy
        report.decide(suite: record.suite, targets: record.targets, results: outcome.results)
        let paths = try ReportWriter.write(report, results: outcome.results, to: outcome.runDirectory)
        print(SummaryTable.render(report))
        if let decision = report.decision {
            print("\n" + DecisionFormat.render(decision, format: .text), terminator: "")
        }
        print("\nrun \(outcome.runID): \(outcome.results.count) cases")
        print("store    \(location)")
        for path in paths { print("written  \(path)") }
        return (outcome, record)
    }
}

extension HILBench {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a suite on targets, store every case, and write the reports.",
            discussion:
                "With no options: Suites/quickstart.yaml on Targets/local.yaml (this machine, simulated meter and marker)."
        )

        @OptionGroup var options: RunOptions

        @Option(help: "Resume this run: run only its cases not yet stored, with the suite and targets stored with it.")
        var resume: String?

        @Option(
            help:
                "Join this run, which other controllers are running from a shared store: claim its queued cases for the boards this controller reaches, with the suite and targets stored with the run (--suite/--targets are not used)."
        )
        var join: String?

        @Option(
            help: ArgumentHelp(
                "Serve only these of the run's boards (target names, comma-separated or repeated); the run's other boards' cases stay queued for the controllers that serve them (`--join RUN_ID --boards …`). With a new run, --targets still names every board of the run.",
                valueName: "name[,name…]"))
        var boards: [String] = []

        /// The boards named by `--boards` (nil: every board of the run).
        var servedBoards: Set<String>? {
            let names = boards.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            return boards.isEmpty ? nil : Set(names.filter { !$0.isEmpty })
        }

        func validate() throws {
            if resume != nil && join != nil {
                throw ValidationError("--resume and --join are exclusive: resume a run nobody runs, join one being run")
            }
            if servedBoards?.isEmpty == true { throw ValidationError("--boards needs at least one board name") }
        }

        func run() async throws {
            let outcome = try await options.perform(
                resume: resume, join: join, boards: servedBoards, kind: "run"
            ) { _, outcome, _ in outcome }
            let bad = outcome.results.filter { $0.status == .failed || $0.status == .infraError }
            if !bad.isEmpty {
                printError(
                    "\(bad.count) case\(bad.count == 1 ? "" : "s") did not finish: "
                        + bad.prefix(5).map { "\($0.key.id) (\($0.failure?.kind.rawValue ?? $0.status.rawValue))" }
                        .joined(separator: ", "))
                throw ExitCode(HILBenchExitCode.casesFailed.rawValue)
            }
        }
    }
}
