import Foundation
public import HILBenchCore
import HILBenchGPIO
import HILBenchTransport
import Synchronization

/// Switches a board's supply through the relay its target names: a controller GPIO output (held for the whole
/// run once requested, so the kernel does not hand the line to anyone else) or a PDU command run from an
/// argument array.
public final class PowerRelay: Sendable {
    public let board: String
    public let relay: TargetConfig.Power.Relay
    /// How long a relay command may run.
    public let commandTimeoutSeconds: Double
    private let line = LockedLine()

    public init(board: String, relay: TargetConfig.Power.Relay, commandTimeoutSeconds: Double = 60) {
        self.board = board
        self.relay = relay
        self.commandTimeoutSeconds = commandTimeoutSeconds
    }

    /// Turns the supply on (`true`) or off.
    /// - Throws: `HILBenchError` `.power` naming the board, the relay and what failed (GPIO errno, command exit and stderr).
    public func set(on: Bool) async throws {
        switch relay {
        case .gpio(let chip, let offset, let activeLow):
            do {
                try line.set(on, chip: chip, offset: UInt32(offset), activeLow: activeLow)
            } catch {
                throw HILBenchError(
                    .power, "cannot switch the relay on GPIO \(chip) line \(offset) \(on ? "on" : "off"): \(error)",
                    board: board, cause: error)
            }
        case .command(let off, let onCommand):
            try await run(on ? onCommand : off, what: on ? "power-on" : "power-off")
        }
    }

    /// Releases a GPIO line held by the relay.
    public func close() { line.close() }

    private func run(_ arguments: [String], what: String) async throws {
        // BoundedCommand spawns and reaps the command itself (Foundation.Process cannot see children exit while an SSH
        // link is open) and kills it when its time is up.
        let outcome: BoundedCommand.Outcome
        do {
            outcome = try await BoundedCommand(arguments, timeout: .seconds(commandTimeoutSeconds)).run(board: board)
        } catch {
            throw HILBenchError(
                .power, "cannot start the \(what) command \(arguments[0]): \(error)", board: board, cause: error)
        }
        try Task.checkCancellation()
        guard let status = outcome.status else {
            throw HILBenchError(
                .power,
                "the \(what) command \(arguments.joined(separator: " ")) did not finish within \(String(format: "%g", commandTimeoutSeconds)) s and was killed",
                board: board)
        }
        guard status == 0 else {
            let stderr = String(outcome.stderr.suffix(600))
            throw HILBenchError(
                .power,
                "the \(what) command \(arguments.joined(separator: " ")) exited with \(status)\(stderr.isEmpty ? "" : ": \(stderr)")",
                board: board)
        }
    }
}

/// The relay's GPIO line, requested on first use and held until `close()`.
private final class LockedLine: Sendable {
    private let output = Mutex<LibgpiodOutputLine?>(nil)

    func set(_ active: Bool, chip: String, offset: UInt32, activeLow: Bool) throws {
        try output.withLock { output in
            if output == nil {
                output = try LibgpiodOutputLine(
                    chip: GPIOChipSelector(chip), offset: offset, activeLow: activeLow,
                    consumer: "hilbench-relay", initiallyActive: active)
            }
            _ = try output?.set(active)
        }
    }

    func close() {
        output.withLock { output in
            output?.close()
            output = nil
        }
    }
}
