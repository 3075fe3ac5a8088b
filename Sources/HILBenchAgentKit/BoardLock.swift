import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The board-local lock: one case at a time on a board, whichever controller or transport asks.
/// An advisory `flock` on a file named after the board's hostname, released by the kernel if the agent dies.
public struct BoardLock: Sendable {
    public let path: String

    public init(path: String = BoardLock.defaultPath()) { self.path = path }

    /// `HILBENCH_AGENT_LOCK`, else `/tmp/hilbench-agent-<hostname>.lock` (virtual boards have their own hostname).
    public static func defaultPath() -> String {
        if let path = ProcessInfo.processInfo.environment["HILBENCH_AGENT_LOCK"] { return path }
        return "\(NSTemporaryDirectory())hilbench-agent-\(ProcessInfo.processInfo.hostName).lock"
    }

    /// Runs `body` holding the lock. When another agent process holds it, waits up to `waitSeconds` (the other
    /// case finishes first: cases queue, they never overlap) and returns nil if it is still held then, or as soon as
    /// `cancelled` says so (a cancelled case must not keep waiting for the board).
    public func withLock<T>(waitSeconds: Double = 0, cancelled: () -> Bool = { false }, _ body: () -> T) -> T? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return body() }  // an unwritable lock folder must not stop measurements
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(waitSeconds)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline, !cancelled() else { return nil }
            usleep(20_000)
        }
        defer { flock(fd, LOCK_UN) }
        return body()
    }
}
