import Foundation
public import HILBenchCore
import HILBenchGPIO

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
                throw HILBenchError(.power, "cannot switch the relay on GPIO \(chip) line \(offset) \(on ? "on" : "off"): \(error)",
                                    board: board, cause: error)
            }
        case .command(let off, let onCommand):
            try await run(on ? onCommand : off, what: on ? "power-on" : "power-off")
        }
    }

    /// Releases a GPIO line held by the relay.
    public func close() { line.close() }

    private func run(_ arguments: [String], what: String) async throws {
        // stderr to a file, not a pipe: a chatty command cannot block on a full pipe while we wait for it.
        let errorPath = NSTemporaryDirectory() + "hilbench-relay-\(UUID().uuidString).err"
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let pid: pid_t
        do {
            pid = try Self.spawn(arguments, stderrPath: errorPath)
        } catch {
            throw HILBenchError(.power, "cannot start the \(what) command \(arguments[0]): \(error)", board: board, cause: error)
        }
        // Reaped here with waitpid (polled): the command runs in its own process group, killed whole on timeout
        // or cancellation.
        let deadline = ContinuousClock.now + .seconds(commandTimeoutSeconds)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard ContinuousClock.now < deadline, !Task.isCancelled else {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                try Task.checkCancellation()
                throw HILBenchError(.power, "the \(what) command \(arguments.joined(separator: " ")) did not finish within \(String(format: "%g", commandTimeoutSeconds)) s and was killed",
                                    board: board)
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        let stderr = String(decoding: (FileManager.default.contents(atPath: errorPath) ?? Data()).suffix(600), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let exited = status & 0x7f == 0
        guard exited, (status >> 8) & 0xff == 0 else {
            let how = exited ? "exited with \((status >> 8) & 0xff)" : "was killed by signal \(status & 0x7f)"
            throw HILBenchError(.power, "the \(what) command \(arguments.joined(separator: " ")) \(how)\(stderr.isEmpty ? "" : ": \(stderr)")", board: board)
        }
    }

    /// posix_spawn of an argument array (no shell) in a new process group; stdin and stdout /dev/null, stderr to a file.
    private static func spawn(_ arguments: [String], stderrPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard code == 0 else { throw HILBenchError(.power, "posix_spawn \(arguments[0]): \(String(cString: strerror(code)))") }
        return pid
    }
}

/// The relay's GPIO line, requested on first use and held until `close()`.
private final class LockedLine: @unchecked Sendable {
    // @unchecked: `output` is only touched under `lock`.
    private let lock = NSLock()
    private var output: LibgpiodOutputLine?

    func set(_ active: Bool, chip: String, offset: UInt32, activeLow: Bool) throws {
        try lock.withLock {
            if output == nil {
                output = try LibgpiodOutputLine(chip: GPIOChipSelector(chip), offset: offset, activeLow: activeLow,
                                                consumer: "hilbench-relay", initiallyActive: active)
            }
            _ = try output?.set(active)
        }
    }

    func close() {
        lock.withLock {
            output?.close()
            output = nil
        }
    }
}
