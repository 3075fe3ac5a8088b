import Foundation
public import HILBenchCore

/// Builds the transport a target file asks for.
public enum TransportFactory {
    /// - Parameters:
    ///   - agentCommand: what starts a local agent (`[hilbench-agent]` or `[hilbench, agent]`), for local boards
    ///     whose target names no `agent_path`; `stdio` is appended.
    ///   - controlDirectory: where SSH keeps its ControlMaster sockets.
    public static func make(
        for target: TargetConfig, agentCommand: [String], controlDirectory: String
    ) throws -> any BoardTransport {
        switch target.transport {
        case .local(let agentPath):
            return StdioAgentTransport(
                board: target.name, kind: "local", command: (agentPath.map { [$0] } ?? agentCommand) + ["stdio"])
        case .ssh(let ssh):
            let command = SSHCommand(ssh, controlDirectory: controlDirectory)
            let remote =
                [ssh.agentPath, "stdio"] + (ssh.artifactStore.map { ["--store", $0] } ?? [])
                + (ssh.artifactStoreMaxMB.map { ["--max-store-mb", String($0)] } ?? [])
            return StdioAgentTransport(
                board: target.name, kind: "ssh", command: command.arguments(remote: remote),
                closeCommand: command.exitMaster, uploader: command)
        case .http(let http):
            return HTTPAgentTransport(board: target.name, configuration: .init(http))
        }
    }
}

/// The OpenSSH client command for one board: one ControlMaster connection reused by every command,
/// strict host-key checking against the target's known_hosts, never a password prompt.
public struct SSHCommand: Sendable {
    public var ssh: TargetConfig.SSH
    public var controlDirectory: String
    public var sshExecutable: String

    public init(_ ssh: TargetConfig.SSH, controlDirectory: String, sshExecutable: String = "/usr/bin/ssh") {
        self.ssh = ssh
        self.controlDirectory = controlDirectory
        self.sshExecutable = sshExecutable
    }

    /// Options shared by ssh and scp.
    public var options: [String] {
        var options = [
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=yes",
            "-o", "UserKnownHostsFile=\(ssh.knownHosts)",
            "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "ConnectTimeout=10",
            "-o", "ServerAliveInterval=5",
            "-o", "ServerAliveCountMax=3",
            "-o", "ControlMaster=auto",
            "-o", "ControlPath=\(controlDirectory)/%C",
            "-o", "ControlPersist=60",
            "-o", "LogLevel=ERROR",
        ]
        if let identity = ssh.identityFile { options += ["-o", "IdentitiesOnly=yes", "-i", identity] }
        if let jump = ssh.proxyJump { options += ["-J", jump] }
        return options
    }

    public var destination: String { ssh.user.map { "\($0)@\(ssh.host)" } ?? ssh.host }

    /// `scp` of a local file (or folder, `recursive`) to a path on the board, over the same connection options.
    public func copy(_ local: String, to remote: String, recursive: Bool = false) -> [String] {
        ["/usr/bin/scp"] + options + ["-P", String(ssh.port), "-q"] + (recursive ? ["-r"] : []) + [
            "--", local, "\(destination):\(remote)",
        ]
    }

    /// Ends this board's ControlMaster connection (`ssh -O exit`).
    public var exitMaster: [String] { [sshExecutable] + options + ["-p", String(ssh.port), "-O", "exit", destination] }

    /// `ssh … host -- 'quoted' 'remote' 'args'`: the remote shell sees each argument as one literal word.
    public func arguments(remote: [String]) -> [String] {
        [sshExecutable] + options + ["-p", String(ssh.port), "-T", destination, "--", ShellQuoting.join(remote)]
    }
}
