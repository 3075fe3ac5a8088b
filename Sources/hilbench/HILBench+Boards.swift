import ArgumentParser
import Foundation
import HILBenchController
import HILBenchCore
import HILBenchStore

extension HILBench {
    struct Boards: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each board's state (good, bad, offline; leased by whom) and why.",
            discussion: "Checks reachability, agent and protocol version, runtimes, free disk, temperature and clock offset.")

        @Option(parsing: .upToNextOption, help: "Target files (default: every file in Targets/).")
        var targets: [String] = []

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Seconds to wait for each board.")
        var timeout: Int = 20

        /// Loads the targets, printing every problem (kept out of the async `run`: Swift 6.3 crashes compiling a
        /// typed `catch` there).
        private func loadTargets() throws -> [TargetConfig] {
            let files = targets.isEmpty ? try Validate.collect(["Targets"]) : targets
            do { return try ConfigLoader.loadTargets(at: files) } catch let error as ConfigError {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
        }

        func run() async throws {
            let configs = try loadTargets()
            let store = try? ResultsStore(path: storeOptions.store)
            let agent = siblingAgentPath()
            var rows = [["board", "state", "lease", "agent", "runtimes", "free disk", "max temp", "clock", "why"]]
            var anyDown = false
            for target in configs {
                let health = await BoardHealth.check(target, store: store, agentExecutable: agent, timeout: .seconds(timeout))
                anyDown = anyDown || health.state != .good
                rows.append([
                    health.board, health.state.rawValue, health.lease.map { "\($0.holder)\($0.runID.map { " (\($0))" } ?? "")" } ?? "idle",
                    health.agentVersion ?? "–", health.runtimes.isEmpty ? "–" : health.runtimes.joined(separator: ", "),
                    health.freeDiskBytes.map { "\($0 >> 30) GiB" } ?? "–", health.maxTemperatureC.map { String(format: "%.0f °C", $0) } ?? "–",
                    health.clockOffsetSeconds.map { String(format: "%+.2f s", $0) } ?? "–", health.reasons.joined(separator: "; "),
                ])
            }
            var widths = [Int](repeating: 0, count: rows[0].count)
            for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
            for row in rows {
                print(row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
            if anyDown { throw ExitCode(HILBenchExitCode.casesFailed.rawValue) }
        }
    }
}
