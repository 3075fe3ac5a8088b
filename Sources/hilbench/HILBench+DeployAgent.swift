import ArgumentParser
import Foundation
import HILBenchCore
import HILBenchSystem
import HILBenchTransport

extension HILBench {
    struct DeployAgent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deploy-agent",
            abstract:
                "Copy this build's hilbench-agent (and its runner scripts) to an SSH board, at the target's agent_path.",
            discussion:
                "The binary is copied next to its final name and renamed into place, so a board never sees half an agent; then `hilbench-agent info` is run there to check the protocol version. The agent links the Swift runtime dynamically: for a board without Swift, build it with `swift build -c release --static-swift-stdlib`."
        )

        @Argument(help: "The target file of the board.")
        var target: String

        @Option(help: "The local hilbench-agent to copy (default: the one built next to hilbench).")
        var agent: String?

        func run() throws {
            let config: TargetConfig
            do { config = try ConfigLoader.loadTarget(at: target) } catch {
                for diagnostic in error.diagnostics { printError(diagnostic.description) }
                throw ExitCode(HILBenchExitCode.failure.rawValue)
            }
            guard case .ssh(let ssh) = config.transport else {
                throw ValidationError("\(config.name) is not reached over ssh; deploy-agent copies over SSH (scp)")
            }
            guard ssh.agentPath.hasPrefix("/") else {
                throw ValidationError(
                    "transport.agent_path of \(config.name) must be an absolute path to deploy to, got '\(ssh.agentPath)'"
                )
            }
            let local = agent ?? siblingAgentPath()
            guard FileManager.default.isExecutableFile(atPath: local) else {
                // The board gets the small agent product, not the controller (which links SQLite, curl, GRDB).
                throw ValidationError(
                    "no agent at \(local); build it with `swift build --product hilbench-agent` first")
            }
            let controlDirectory = "/tmp/hilbench-ssh-\(getuid())"
            try FileManager.default.createDirectory(
                atPath: controlDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let command = SSHCommand(ssh, controlDirectory: controlDirectory)
            let remoteDirectory = (ssh.agentPath as NSString).deletingLastPathComponent
            let partial = ssh.agentPath + ".partial"
            try Self.execute(command.arguments(remote: ["mkdir", "-p", remoteDirectory]), "create \(remoteDirectory)")
            try Self.execute(command.copy(local, to: partial), "copy the agent")
            let bundle = ((local as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                "hilbench_HILBenchAgentKit.resources")
            if FileManager.default.fileExists(atPath: bundle) {
                try Self.execute(
                    command.arguments(remote: ["rm", "-rf", remoteDirectory + "/hilbench_HILBenchAgentKit.resources"]),
                    "clear the old runner scripts")
                try Self.execute(
                    command.copy(bundle, to: remoteDirectory + "/", recursive: true), "copy the runner scripts")
            }
            try Self.execute(command.arguments(remote: ["chmod", "755", partial]), "make the agent executable")
            try Self.execute(
                command.arguments(remote: ["mv", "-f", partial, ssh.agentPath]), "move the agent into place")
            let info = try Self.execute(
                command.arguments(remote: [ssh.agentPath, "info", "--json"]), "run the deployed agent")
            guard let data = info.data(using: .utf8),
                let decoded = try? HILBenchJSON.decoder().decode(AgentInfo.self, from: data)
            else {
                throw ValidationError(
                    "the deployed agent on \(config.name) did not answer `info --json`: \(info.prefix(300))")
            }
            guard decoded.protocolVersion == AgentProtocol.version else {
                throw ValidationError(
                    "the deployed agent speaks protocol \(decoded.protocolVersion), this controller \(AgentProtocol.version)"
                )
            }
            print(
                "deployed hilbench-agent \(decoded.agentVersion) (protocol \(decoded.protocolVersion)) to \(config.name):\(ssh.agentPath)"
            )
            print(
                "runtimes: "
                    + decoded.runtimes.map { "\($0.runtime.rawValue) \($0.available ? "yes" : "no")" }.joined(
                        separator: ", "))
        }

        /// Runs a command (an argument vector), returning its standard output; a failure names the step.
        @discardableResult
        static func execute(_ arguments: [String], _ step: String) throws -> String {
            let output = try SpawnedProcess.run(arguments)
            guard output.succeeded else {
                throw ValidationError(
                    "could not \(step): \(output.stderrText) (exit \(output.exit.shellStatus))")
            }
            return String(decoding: output.stdout, as: UTF8.self)
        }
    }
}
