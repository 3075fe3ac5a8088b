import ArgumentParser
import Foundation
import HILBenchController
import HILBenchCore
import HILBenchReports
import HILBenchStore

extension HILBench {
    struct Boards: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each board's state (good, bad, offline; leased by whom) and why.",
            discussion:
                "Checks reachability, agent and protocol version, runtimes, free disk, temperature and clock offset.")

        @Option(parsing: .upToNextOption, help: "Target files (default: every file in Targets/).")
        var targets: [String] = []

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: "Seconds to wait for each board.")
        var timeout: Int = 20

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, prometheus }

        @Option(
            help: "table (for people) or prometheus (text exposition format, for a textfile collector or a scrape).")
        var format: Format = .table

        /// Loads the targets, printing every problem (kept out of the async `run`: Swift 6.3 crashes compiling a
        /// typed `catch` there).
        private func loadTargets() throws -> [TargetConfig] {
            let files = targets.isEmpty ? try Validate.collect(["Targets"]) : targets
            do { return try ConfigLoader.loadTargets(at: files) } catch {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
        }

        func run() async throws {
            let configs = try loadTargets()
            let agent = localAgentCommand(nil)
            let timeout = self.timeout
            func checkAll(_ store: (any ResultsStore)?) async -> [BoardHealth] {
                var checks: [BoardHealth] = []
                for target in configs {
                    checks.append(
                        await BoardHealth.check(target, store: store, agentCommand: agent, timeout: .seconds(timeout)))
                }
                return checks
            }
            // The boards are checked even when the store cannot be opened; only their leases are then unknown.
            var checked: [BoardHealth]?
            do {
                checked = try await storeOptions.withStore { store in await checkAll(store) }
            } catch {
                printError("warning: \(error); leases are not shown")
            }
            let checks = if let checked { checked } else { await checkAll(nil) }
            let anyDown = checks.contains { $0.state != .good }
            switch format {
            case .table: print(Self.table(checks))
            case .prometheus: print(Self.prometheus(checks), terminator: "")
            }
            if anyDown { throw ExitCode(HILBenchExitCode.casesFailed.rawValue) }
        }

        static func table(_ checks: [BoardHealth]) -> String {
            var rows = [["board", "state", "lease", "agent", "runtimes", "free disk", "max temp", "clock", "why"]]
            for health in checks {
                rows.append([
                    health.board, health.state.rawValue,
                    health.lease.map(Self.holder) ?? "idle",
                    health.agentVersion ?? "–", health.runtimes.isEmpty ? "–" : health.runtimes.joined(separator: ", "),
                    health.freeDiskBytes.map { "\($0 >> 30) GiB" } ?? "–",
                    health.maxTemperatureC.map { String(format: "%.0f °C", $0) } ?? "–",
                    health.clockOffsetSeconds.map { String(format: "%+.2f s", $0) } ?? "–",
                    health.reasons.joined(separator: "; "),
                ])
            }
            var widths = [Int](repeating: 0, count: rows[0].count)
            for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
            return rows.map { row in
                row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
                    separator: "  "
                ).trimmingCharacters(in: .whitespaces)
            }.joined(separator: "\n")
        }

        /// Who holds a lease: host, process and run (`host pid 123, run 20261206-…`).
        static func holder(_ lease: BoardLease) -> String {
            var text = lease.pid.map { "\(lease.host) pid \($0)" } ?? lease.holder
            if let run = lease.runID { text += ", run \(run)" }
            return text
        }

        static func prometheus(_ checks: [BoardHealth]) -> String {
            let states: [BoardHealth.State] = [.good, .unknown, .bad, .offline]
            func gauge(_ name: String, _ help: String, _ value: (BoardHealth) -> Double?) -> PrometheusText.Family {
                .init(
                    name, .gauge, help: help,
                    samples: checks.compactMap { health in
                        value(health).map { .init($0, labels: [("board", health.board)]) }
                    })
            }
            return PrometheusText([
                .init(
                    "hilbench_board_state", .gauge, help: "Each board's health state (1 for the current one).",
                    samples: checks.flatMap { health in
                        states.map {
                            .init(
                                health.state == $0 ? 1 : 0, labels: [("board", health.board), ("state", $0.rawValue)])
                        }
                    }),
                .init(
                    "hilbench_board_leased", .gauge, help: "1 while a controller holds the board's lease.",
                    samples: checks.map { health in
                        .init(
                            health.lease == nil ? 0 : 1,
                            labels: [
                                ("board", health.board), ("holder", health.lease?.holder ?? ""),
                                ("run", health.lease?.runID ?? ""),
                            ])
                    }),
                gauge("hilbench_board_free_disk_bytes", "Free disk where the agent keeps its artifacts.") {
                    $0.freeDiskBytes.map(Double.init)
                },
                gauge("hilbench_board_temperature_celsius", "Hottest thermal zone of the board.") {
                    $0.maxTemperatureC
                },
                gauge("hilbench_board_clock_offset_seconds", "Board clock minus controller clock.") {
                    $0.clockOffsetSeconds
                },
                gauge("hilbench_board_runtimes", "Runtimes available on the board.") {
                    $0.agentVersion == nil ? nil : Double($0.runtimes.count)
                },
            ]).render()
        }
    }
}
