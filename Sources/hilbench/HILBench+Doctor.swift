import ArgumentParser
import Foundation
import HILBenchCore
import HILBenchGPIO
import HILBenchTransport

extension HILBench {
    struct Doctor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what this machine can do: C libraries, GPIO chips, runtimes, the local board.")

        @Option(help: "The hilbench-agent to ask (default: this binary as `hilbench agent`).")
        var agent: String?

        func run() async throws {
            print("hilbench \(AgentProtocol.softwareVersion) (agent protocol \(AgentProtocol.version))")
            print("libgpiod  \(GPIOLibrary.version) (API v\(GPIOLibrary.apiMajor))")
            print("libcurl   \(CurlLibrary.version)")
            let chips = GPIOLibrary.chips()
            if chips.isEmpty {
                print("GPIO      no GPIO chips under /dev (markers and relays can only be simulated here)")
            } else {
                for chip in chips {
                    print("GPIO      \(chip.path): \(chip.name) [\(chip.label)] \(chip.lineCount) lines")
                }
            }
            let ssh = RuntimeRegistryLookup.which("ssh")
            print("ssh       \(ssh ?? "not found (needed for ssh targets)")")
            let agentCommand = localAgentCommand(agent)
            guard FileManager.default.isExecutableFile(atPath: agentCommand[0]) else {
                print("agent     not found at \(agentCommand[0]); build it with `swift build`")
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
            let agentPath = agentCommand.joined(separator: " ")
            let transport = StdioAgentTransport(board: "local", kind: "local", command: agentCommand + ["stdio"])
            defer { Task { await transport.close() } }
            let version = try await transport.hello()
            let info = try await transport.info()
            await transport.close()
            let env = info.environment
            print("agent     \(agentPath) \(version)")
            print(
                "board     \(env.hostname): \(env.cpuModel), \(env.cores) cores, \(env.memoryBytes / (1 << 20)) MiB, \(env.os), kernel \(env.kernel), \(env.architecture)"
            )
            print(
                "          governor \(env.governor ?? "n/a"), temperatures \(env.temperaturesC.isEmpty ? "n/a" : env.temperaturesC.map { "\($0.key)=\($0.value)°C" }.sorted().joined(separator: " "))\(env.cpuQuotaCores.map { ", CPU quota \($0) cores" } ?? "")"
            )
            print("python    \(env.pythonVersion ?? "not found")")
            for runtime in info.runtimes {
                let state =
                    runtime.available ? "available \(runtime.version ?? "")" : "unavailable: \(runtime.reason ?? "")"
                print(
                    "runtime   \(runtime.runtime.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(state)")
            }
        }
    }
}

enum RuntimeRegistryLookup {
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}
