#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// A child process started with `posix_spawn` from an argument vector and reaped by a thread of its own that
/// waits for exactly this pid.
///
/// Why not Foundation.Process: on Linux it learns that a child ended when a socket the child inherited closes, and
/// then calls a blocking `waitpid` for it on its one monitor thread. `ssh` closes every inherited descriptor at start
/// (`closefrom`), so for a long-lived ssh link that thread blocks in `waitpid` until the link ends — and meanwhile no
/// other `Process` (scp, `ssh -O exit`) is ever seen to exit. That is what made `--resume` after a cut link hang.
final class SpawnedProcess: Sendable {
    /// How the child's standard streams are connected.
    enum Stream: Sendable { case pipe, null }

    struct SpawnError: Error, CustomStringConvertible {
        var executable: String
        var errno: Int32
        var description: String { "cannot start \(executable): \(String(cString: strerror(errno)))" }
    }

    let pid: pid_t
    /// Our ends of the pipes (nil where the stream is /dev/null); the caller closes them (FileHandle owns them).
    let stdin: FileHandle?
    let stdout: FileHandle?
    let stderr: FileHandle?
    /// The raw `waitpid` status once the child has been reaped.
    private let status = Mutex<Int32?>(nil)

    init(_ arguments: [String], stdin stdinMode: Stream = .null, stdout stdoutMode: Stream = .null, stderr stderrMode: Stream = .pipe) throws {
        precondition(!arguments.isEmpty)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Int32?] = [nil, nil, nil]
        var childEnds: [Int32] = []
        for (index, mode) in [stdinMode, stdoutMode, stderrMode].enumerated() {
            switch mode {
            case .null:
                posix_spawn_file_actions_addopen(&actions, Int32(index), "/dev/null", index == 0 ? O_RDONLY : O_WRONLY, 0)
            case .pipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else {
                    let error = errno
                    for fd in childEnds + parentEnds.compactMap({ $0 }) { close(fd) }
                    throw SpawnError(executable: arguments[0], errno: error)
                }
                // Close-on-exec on both ends: the child gets only what dup2 gives it, no sibling inherits them.
                for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
                let (childEnd, parentEnd) = index == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
                posix_spawn_file_actions_adddup2(&actions, childEnd, Int32(index))
                childEnds.append(childEnd)
                parentEnds[index] = parentEnd
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The controller ignores SIGPIPE; its children get the default dispositions and no blocked signals.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var blocked = Self.signalSet([])
        var defaults = Self.signalSet([SIGPIPE])
        posix_spawnattr_setsigmask(&attributes, &blocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        for fd in childEnds { close(fd) }
        guard result == 0 else {
            for fd in parentEnds.compactMap({ $0 }) { close(fd) }
            throw SpawnError(executable: arguments[0], errno: result)
        }
        self.pid = pid
        let child = pid
        stdin = parentEnds[0].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        stdout = parentEnds[1].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        stderr = parentEnds[2].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        // The reaper holds the object until the child is gone: its status is always recorded.
        Thread.detachNewThread { [self] in
            var raw: Int32 = 0
            while waitpid(child, &raw, 0) == -1 && errno == EINTR {}
            status.withLock { $0 = raw }
        }
    }

    private static func signalSet(_ members: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for member in members { sigaddset(&set, member) }
        return set
    }

    var isRunning: Bool { status.withLock { $0 == nil } }

    /// Exit status, or 128 + signal for a child killed by a signal; nil while it runs.
    var terminationStatus: Int32? {
        status.withLock { raw in
            raw.map { ($0 & 0x7f) == 0 ? ($0 >> 8) & 0xff : 128 + ($0 & 0x7f) }
        }
    }

    /// Sends `signal` unless the child has already been reaped (its pid may then belong to another process).
    func signal(_ signal: Int32) {
        status.withLock { raw in
            if raw == nil { _ = kill(pid, signal) }
        }
    }

    /// Waits until the child has ended or `timeout` passed; true when it ended.
    func waitForExit(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now >= deadline || Task.isCancelled { return false }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// The blocking form of `waitForExit`, for threads that are not in a task.
    func waitForExitBlocking(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now >= deadline { return false }
            usleep(2_000)
        }
        return true
    }
}
