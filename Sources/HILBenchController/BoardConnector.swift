import Foundation
public import HILBenchCore
public import HILBenchTransport

/// How the controller reaches a board: a transport to its agent, and the switch on its supply.
///
/// The seam between the controller and the lab: `TransportConnector` is the real one (local child, SSH, HTTP and
/// the target's relay); tests hand in boards that answer from a script, so leases, recovery and resume can be
/// checked without a lab or root.
public protocol BoardConnector: Sendable {
    /// A new, not yet connected transport to `target`'s agent (called again after a power cycle).
    func transport(for target: TargetConfig) throws -> any BoardTransport
    /// The switch on `target`'s supply (nil: it has none, so it cannot be power-cycled).
    func powerSwitch(for target: TargetConfig) -> (any PowerSwitch)?
}

/// Turns a board's supply off and on.
public protocol PowerSwitch: Sendable {
    /// Turns the supply on (`true`) or off.
    func set(on: Bool) async throws
    /// Releases what the switch holds (a GPIO line); called once the run is done with the board.
    func close()
}

extension PowerRelay: PowerSwitch {}

/// The lab as it is: the target file's transport (`TransportFactory`) and its relay (`PowerRelay`).
public struct TransportConnector: BoardConnector {
    /// What starts a local board's agent (`[hilbench, agent]`, or a `hilbench-agent` path); `stdio` is appended.
    public var agentCommand: [String]

    public init(agentCommand: [String]) { self.agentCommand = agentCommand }

    public func transport(for target: TargetConfig) throws -> any BoardTransport {
        try TransportFactory.make(
            for: target, agentCommand: agentCommand, controlDirectory: try Self.controlDirectory())
    }

    public func powerSwitch(for target: TargetConfig) -> (any PowerSwitch)? {
        target.power.map { PowerRelay(board: target.name, relay: $0.relay) }
    }

    /// A short private folder for SSH control sockets (their paths must stay under ~100 bytes).
    static func controlDirectory() throws -> String {
        let path = "/tmp/hilbench-ssh-\(getuid())"
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return path
    }
}
