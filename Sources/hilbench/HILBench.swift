import ArgumentParser
import Foundation
import HILBenchAgentCLI
import HILBenchController
import HILBenchStore
import Logging

/// The controller: plans suites over boards, dispatches, measures, stores and reports.
@main
struct HILBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hilbench",
        abstract:
            "Hardware-in-the-loop benchmarks for edge AI: latency, memory and energy per inference across boards, runtimes and precisions.",
        version: "0.1.0",
        subcommands: [
            Run.self, Nightly.self, Compare.self, History.self, Boards.self, DeployAgent.self, Validate.self,
            Report.self, Runs.self, Store.self, Models.self, Doctor.self, Choose.self,
            AgentCommand.self,
        ])
}

/// Log output of the controller: structured lines on standard error, so standard output stays for results.
struct LoggingOptions: ParsableArguments {
    @Option(help: "Log level on standard error: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "warning"

    @Option(
        help: ArgumentHelp(
            "Structured log: one JSON object per line (time, level, message, run, board, case), appended.",
            discussion: "Default: <results-dir>/hilbench.log.jsonl for run and nightly; 'none' for no file."))
    var logFile: String?

    @Option(help: "Level of the structured log file.")
    var logFileLevel: String = "info"

    /// Sets up logging once: human lines on standard error, and JSON lines in `logFile` (or `defaultFile`).
    func bootstrap(defaultFile: String? = nil) {
        let level = Logger.Level(rawValue: logLevel) ?? .warning
        let fileLevel = Logger.Level(rawValue: logFileLevel) ?? .info
        let path = logFile ?? defaultFile
        var file: JSONLinesLogHandler.File?
        if let path, path != "none" {
            do {
                file = try JSONLinesLogHandler.File(path: path)
            } catch {
                printError("warning: \(error.localizedDescription); logging to standard error only")
            }
        }
        LoggingSystem.bootstrap { [file] label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            guard let file else { return handler }
            return MultiplexLogHandler([handler, JSONLinesLogHandler(label: label, file: file, level: fileLevel)])
        }
    }
}

/// Paths shared by the commands that touch the store and results.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The results store: a SQLite file path, or a postgres://user@host:port/database URL.",
            discussion: """
                Default: $HILBENCH_STORE, else Results/hilbench.sqlite. A PostgreSQL password comes from \
                ?password_file=PATH, PGPASSWORD or ~/.pgpass, never from the URL (docs/store.md).
                """))
    var store: String?

    @Option(help: "Where run folders (reports, wires) are written.")
    var resultsDir: String = "Results"

    /// The store named by `--store`, `HILBENCH_STORE` or the default.
    func location() throws -> StoreLocation { try StoreLocation(store) }

    /// Opens the store for the length of `body`.
    func withStore<T>(_ body: (any ResultsStore) async throws -> T) async throws -> T {
        try await ResultsStores.withStore(try location(), body)
    }
}

/// Exit codes CI can act on.
enum HILBenchExitCode: Int32 {
    /// Everything ran; for `nightly`: no regression, nothing unstable or inconclusive.
    case success = 0
    /// A usage or configuration error, or the harness could not work.
    case failure = 1
    /// `nightly`: at least one case × metric regressed.
    case regression = 2
    /// Some cases did not produce measurements (runner failures or infrastructure errors).
    case casesFailed = 3
    /// `nightly`: no regression and no failure, but some verdicts are unstable or inconclusive.
    case inconclusive = 4
}

/// The `hilbench-agent` built next to this executable.
func siblingAgentPath() -> String {
    ((ownExecutable() as NSString).deletingLastPathComponent as NSString).appendingPathComponent("hilbench-agent")
}

/// This executable's path.
func ownExecutable() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}

/// What starts a local board's agent: `--agent PATH` (a `hilbench-agent`) when given, else this very binary as
/// `hilbench agent`, so the controller needs no second product built for local boards.
func localAgentCommand(_ agent: String?) -> [String] {
    agent.map { [$0] } ?? [ownExecutable(), "agent"]
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
