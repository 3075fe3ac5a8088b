public import ArgumentParser
import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore

/// The board agent's commands, shared by the `hilbench-agent` executable (the agent a board runs) and by
/// `hilbench agent` (the controller starting itself as the agent of a local board, so one `swift run hilbench`
/// builds everything the quickstart needs).
public struct AgentCommand: ParsableCommand {
    public static let abstract =
        "The hilbench board agent: runs benchmark cases on this board for a hilbench controller."
    /// The agent's subcommands, for a root command of its own (`hilbench-agent`).
    public static let subcommands: [any ParsableCommand.Type] = [
        Stdio.self, Serve.self, Info.self, RunCase.self, Runtimes.self, ReferenceRunner.self,
    ]
    public static let configuration = CommandConfiguration(
        commandName: "agent", abstract: abstract, version: AgentProtocol.softwareVersion, subcommands: subcommands)

    public init() {}
}

/// The command that starts this very agent again (for its built-in reference runner): the executable, and
/// `agent` when it runs as `hilbench agent`.
func agentSelfCommand() -> [String] {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return CommandLine.arguments.dropFirst().first == "agent" ? [exe, "agent"] : [exe]
}

/// The agent's object graph: registry, probe and marker backends.
///
/// `HILBENCH_SYSFS_ROOT` moves where `/proc` and `/sys` are read (temperatures, frequencies, throttle counters):
/// a fake tree for tests and demos of thermal discipline on machines without sensors.
/// `HILBENCH_RUNNER_PRIORITY=normal` keeps runners at the board's normal priority (default `high`: raised above the
/// board's other work where allowed, `RunnerScheduling`).
func makeService(tools: ToolAllowlist = ToolAllowlist()) -> AgentService {
    let environment = ProcessInfo.processInfo.environment
    let registry = RuntimeRegistry(agentCommand: agentSelfCommand(), tools: tools)
    let probe = EnvironmentProbe(root: environment["HILBENCH_SYSFS_ROOT"] ?? "")
    var runner = CaseRunner(registry: registry, probe: probe, markerFactory: Markers.make)
    runner.scheduling.mode = environment["HILBENCH_RUNNER_PRIORITY"].flatMap(RunnerScheduling.Mode.init) ?? .high
    return AgentService(runner: runner)
}

extension AgentCommand {
    struct Stdio: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the controller over stdin/stdout (newline-delimited JSON); used locally and over SSH.")

        @Option(
            help: "Artifact store directory for models the controller uploads (default: ~/.cache/hilbench/artifacts).")
        var store: String?

        @Option(
            help:
                "Total size of the artifact store in MiB (1 … 1048576); storing more evicts the least recently used artifacts no running case uses."
        )
        var maxStoreMb: Int = 10240

        @OptionGroup var tools: ToolOptions

        func validate() throws {
            // Bounded so that MiB → bytes never overflows into a negative limit.
            guard (1...1_048_576).contains(maxStoreMb) else {
                throw ValidationError("--max-store-mb must be between 1 and 1048576 (1 TiB), got \(maxStoreMb)")
            }
        }

        func run() throws {
            signal(SIGPIPE, SIG_IGN)
            let service = makeService(tools: try tools.allowlist())
            let artifacts = StdioArtifactRequests(
                directory: store ?? AgentServer.Configuration.defaultStoreDirectory,
                maxStoreBytes: Int64(maxStoreMb) << 20)
            // Returns when the controller says bye or goes away (end of input), having cancelled a case in flight.
            service.serveLines(input: .standardInput, output: .standardOutput) { request, cancellation in
                artifacts.answer(request, cancellation: cancellation)
                    ?? artifacts.pinning(request) { service.handle(request, cancellation: cancellation) }
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the board's environment and runtimes.")

        @Flag(help: "JSON output.")
        var json = false

        @OptionGroup var tools: ToolOptions

        func run() throws {
            let info = makeService(tools: try tools.allowlist()).info()
            if json {
                print(String(decoding: try HILBenchJSON.encoder(pretty: true).encode(info), as: UTF8.self))
            } else {
                let env = info.environment
                print("hilbench-agent \(info.agentVersion), protocol \(info.protocolVersion)")
                print(
                    "\(env.hostname): \(env.cpuModel), \(env.cores) cores, \(env.memoryBytes / (1 << 20)) MiB, \(env.os), kernel \(env.kernel)"
                )
                for runtime in info.runtimes {
                    print(
                        "  \(runtime.runtime.rawValue): \(runtime.available ? "available \(runtime.version ?? "")" : "unavailable (\(runtime.reason ?? ""))")"
                    )
                }
            }
        }
    }

    struct Runtimes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the runtimes this board can run, with versions.")

        func run() throws {
            for runtime in makeService().info().runtimes {
                print(
                    "\(runtime.runtime.rawValue)\t\(runtime.available ? "yes" : "no")\t\(runtime.version ?? "-")\t\(runtime.reason ?? "")"
                )
            }
        }
    }

    struct RunCase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Run one case: a CaseSpec JSON in, a CaseResult JSON out.")

        @Option(name: .customLong("case"), help: "The case file, or - for standard input.")
        var caseFile: String

        @OptionGroup var tools: ToolOptions

        func run() throws {
            let data: Data
            if caseFile == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: caseFile) else {
                    throw ValidationError("cannot read \(caseFile)")
                }
                data = contents
            }
            let spec: CaseSpec
            do {
                spec = try HILBenchJSON.decoder().decode(CaseSpec.self, from: data)
            } catch {
                throw ValidationError("\(caseFile == "-" ? "standard input" : caseFile) is not a case spec: \(error)")
            }
            let reply = makeService(tools: try tools.allowlist()).handle(.run(spec))
            print(String(decoding: try HILBenchJSON.encoder().encode(reply.result), as: UTF8.self))
        }
    }
}
