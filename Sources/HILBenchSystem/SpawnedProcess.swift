internal import CProcessGuard
public import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` from an argument vector (never a shell string) and reaped by a
/// thread of its own that waits for exactly this pid with `wait4`, so its peak RSS is known too.
///
/// The one spawner of the project: the controller's links and helper commands (ssh, scp) and the agent's
/// runners (through `ChildProcess`) all start here.
///
/// Why not Foundation.Process: on Linux it learns that a child ended when a socket the child inherited closes, and
/// then calls a blocking `waitpid` for it on its one monitor thread. `ssh` closes every inherited descriptor at start
/// (`closefrom`), so for a long-lived ssh link that thread blocks in `waitpid` until the link ends — and meanwhile no
/// other `Process` (scp, `ssh -O exit`) is ever seen to exit. That is what made `--resume` after a cut link hang.
/// Why not swift-subprocess 1.0.2 either: see docs/ssh-transport.md ("Spawning and reaping").
public final class SpawnedProcess: Sendable {
    /// How the child's standard streams are connected: a pipe to us, /dev/null, or this process's own stream
    /// (a tool whose output the user should see as it comes).
    public enum Stream: Sendable { case pipe, null, inherit }

    /// The child could not be started (`posix_spawn` or `pipe` failed).
    public struct SpawnError: Error, CustomStringConvertible {
        public var executable: String
        public var errno: Int32
        /// The working directory asked for, when it was the reason.
        public var workingDirectory: String?
        public var description: String {
            if let workingDirectory {
                return
                    "cannot start \(executable) in \(workingDirectory): \(String(cString: strerror(errno))) (the working directory)"
            }
            return "cannot start \(executable): \(String(cString: strerror(errno)))"
        }

        public init(executable: String, errno: Int32, workingDirectory: String? = nil) {
            self.executable = executable
            self.errno = errno
            self.workingDirectory = workingDirectory
        }
    }

    /// How the child ended, with its resource usage.
    public struct Exit: Sendable, Equatable {
        /// The raw `wait4` status.
        public var rawStatus: Int32
        /// Peak resident set size in KiB (`ru_maxrss`; Linux reports kilobytes).
        public var maxRSSKiB: Int
        /// The signal that killed it, or nil when it exited.
        public var signal: Int32? { (rawStatus & 0x7f) == 0 ? nil : rawStatus & 0x7f }
        /// Its exit code, or nil when a signal killed it.
        public var code: Int32? { signal == nil ? (rawStatus >> 8) & 0xff : nil }
        /// The shell's convention: the exit code, or 128 + signal.
        public var shellStatus: Int32 { signal.map { 128 + $0 } ?? code ?? 0 }
    }

    public let pid: pid_t
    public let executable: String
    /// Whether the child runs in a process group of its own (`signalGroup` then reaches everything it started).
    public let ownsProcessGroup: Bool
    /// The id of that group: the child's pid, or its guard's when it has one (`diesWithThisProcess`).
    public let processGroupID: pid_t
    /// The guard process and our end of its pipe (see `init`'s `diesWithThisProcess`).
    private let guardProcess: (pid: pid_t, writeEnd: Int32)?
    /// Our ends of the pipes (nil where the stream is /dev/null); FileHandle owns and closes them.
    public let stdin: FileHandle?
    public let stdout: FileHandle?
    public let stderr: FileHandle?
    private let exit = Mutex<Exit?>(nil)

    /// Starts `arguments[0]` (a path) with the rest as its arguments.
    /// - Parameters:
    ///   - environment: the child's environment; nil inherits this process's.
    ///   - workingDirectory: the child's working directory; nil inherits this process's. Set in the child between
    ///     fork and exec (glibc's `posix_spawn_file_actions_addchdir_np`, found at run time: Swift's Glibc module
    ///     does not export it), so this process's own directory never changes; where the C library lacks it, the
    ///     child is started through `env -C DIR`.
    ///   - processGroup: start the child in a new process group of its own, so a hung child and everything it
    ///     started can be killed at once.
    ///   - diesWithThisProcess: (with `processGroup`) the group also gets a guard process that SIGKILLs it as soon as
    ///     this process ends, however it ends (SIGKILL, a crash), and when the child itself has ended (its
    ///     leftovers). The guard waits for end of file on a pipe only this process holds, so it fires on the death
    ///     of the process — not of the thread that spawned, as `PR_SET_PDEATHSIG` would (and that signal could
    ///     not be set through `posix_spawn`, nor reach what the child started). See docs/security.md.
    ///   - newSession: (with `processGroup`) start the child in a session of its own, leading its own process group.
    ///     Linux gives each session its own scheduling group (autogroup), so the child competes with the machine's
    ///     other sessions as one and its nice value counts against them (a benchmark runner: docs/statistics.md).
    ///     Its guard then watches the child's group from outside it, started right after the child.
    public init(
        _ arguments: [String], environment: [String: String]? = nil, stdin stdinMode: Stream = .null,
        stdout stdoutMode: Stream = .null, stderr stderrMode: Stream = .pipe, processGroup: Bool = false,
        diesWithThisProcess: Bool = false, workingDirectory: String? = nil, newSession: Bool = false
    ) throws {
        precondition(!arguments.isEmpty)
        // What is started: `arguments`, or `env -C DIR -- arguments` without addchdir_np.
        var spawned = arguments
        if let workingDirectory {
            // Checked here so that a missing folder is named as such (posix_spawn would only say ENOENT).
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: workingDirectory, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw SpawnError(executable: arguments[0], errno: ENOENT, workingDirectory: workingDirectory)
            }
            if Self.addChdir == nil { spawned = [Self.envPath, "-C", workingDirectory, "--"] + arguments }
        }
        precondition(!diesWithThisProcess || processGroup, "the guard kills a process group")
        precondition(!newSession || processGroup, "a new session leads a new process group")
        executable = arguments[0]
        ownsProcessGroup = processGroup
        var guardProcess: (pid: pid_t, writeEnd: Int32)?
        if diesWithThisProcess && !newSession {
            var writeEnd: Int32 = -1
            let guardPID = hilbench_start_process_guard(&writeEnd, 0)
            guard guardPID > 0 else { throw SpawnError(executable: arguments[0], errno: errno) }
            guardProcess = (guardPID, writeEnd)
        }
        // On every early exit below the guard goes too (it would wait for this process's end otherwise).
        func dropGuard() { Self.end(guard: guardProcess) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let workingDirectory, let addChdir = Self.addChdir {
            let result = addChdir(&actions, workingDirectory)
            guard result == 0 else {
                dropGuard()
                throw SpawnError(executable: arguments[0], errno: result, workingDirectory: workingDirectory)
            }
        }
        var parentEnds: [Int32?] = [nil, nil, nil]
        var childEnds: [Int32] = []
        for (index, mode) in [stdinMode, stdoutMode, stderrMode].enumerated() {
            switch mode {
            case .inherit:
                continue
            case .null:
                posix_spawn_file_actions_addopen(
                    &actions, Int32(index), "/dev/null", index == 0 ? O_RDONLY : O_WRONLY, 0)
            case .pipe:
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else {
                    let error = errno
                    for fd in childEnds + parentEnds.compactMap({ $0 }) { close(fd) }
                    dropGuard()
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
        // Our processes ignore SIGPIPE (and the agent may block signals on a thread); children get the default
        // dispositions and no blocked signals.
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newSession {
            flags |= Self.spawnSetSID
        } else if processGroup {
            flags |= POSIX_SPAWN_SETPGROUP
            posix_spawnattr_setpgroup(&attributes, guardProcess?.pid ?? 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var blocked = Self.signalSet([])
        var defaults = Self.signalSet([SIGPIPE, SIGINT, SIGTERM])
        posix_spawnattr_setsigmask(&attributes, &blocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let argv = spawned.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map {
            $0.map { strdup("\($0.key)=\($0.value)") } + [nil]
        }
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp ?? [] { free(pointer) }
        }
        var pid: pid_t = 0
        func spawn() -> Int32 {
            if let envp { return posix_spawn(&pid, spawned[0], &actions, &attributes, argv, envp) }
            return posix_spawn(&pid, spawned[0], &actions, &attributes, argv, environ)
        }
        var result = spawn()
        // ETXTBSY: the executable was just written and another thread's fork still holds a write descriptor to
        // it for a moment (the classic exec race); it clears by itself.
        var retries = 0
        while result == ETXTBSY && retries < 20 {
            usleep(10_000)
            retries += 1
            result = spawn()
        }
        for fd in childEnds { close(fd) }
        guard result == 0 else {
            for fd in parentEnds.compactMap({ $0 }) { close(fd) }
            dropGuard()
            throw SpawnError(executable: arguments[0], errno: result)
        }
        if diesWithThisProcess && newSession {
            // The child leads its group, so the guard can only come now; until it runs, the child outlives only a
            // crash of this process in these few microseconds.
            var writeEnd: Int32 = -1
            let guardPID = hilbench_start_process_guard(&writeEnd, pid)
            guard guardPID > 0 else {
                let error = errno
                kill(pid, SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                for fd in parentEnds.compactMap({ $0 }) { close(fd) }
                throw SpawnError(executable: arguments[0], errno: error)
            }
            guardProcess = (guardPID, writeEnd)
        }
        self.guardProcess = guardProcess
        self.pid = pid
        processGroupID = newSession ? pid : guardProcess?.pid ?? pid
        let child = pid
        stdin = parentEnds[0].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        stdout = parentEnds[1].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        stderr = parentEnds[2].map { FileHandle(fileDescriptor: $0, closeOnDealloc: true) }
        // The reaper holds the object until the child is gone: its status is always recorded, and only for this
        // pid (never `wait(-1)`, which would steal other owners' children).
        Thread.detachNewThread { [self] in
            // The guard kills whatever the child left in its group (then itself) while the unreaped child still
            // holds its pid, so a group the child leads cannot have been reused by then; gone before `ended` is set.
            var info = siginfo_t()
            while waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
            Self.end(guard: self.guardProcess)
            var raw: Int32 = 0
            var usage = rusage()
            while wait4(child, &raw, 0, &usage) == -1 && errno == EINTR {}
            let ended = Exit(rawStatus: raw, maxRSSKiB: Int(usage.ru_maxrss))
            exit.withLock { $0 = ended }
        }
    }

    private typealias AddChdir =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc ≥ 2.29's `posix_spawn_file_actions_addchdir_np`, looked up once; nil where the C library has none.
    private static let addChdir: AddChdir? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "posix_spawn_file_actions_addchdir_np")
        else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    /// `env`, for the fallback without `addchdir_np` (coreutils ≥ 8.28 has `-C`).
    private static let envPath =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/env") ? "/usr/bin/env" : "/bin/env"

    /// Whether a working directory is set in the child directly (false: through `env -C`).
    public static var setsWorkingDirectoryDirectly: Bool { addChdir != nil }

    /// Closes our end of the guard's pipe (it then kills its group and itself) and reaps it.
    private static func end(guard guardProcess: (pid: pid_t, writeEnd: Int32)?) {
        guard let guardProcess else { return }
        close(guardProcess.writeEnd)
        var status: Int32 = 0
        while waitpid(guardProcess.pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// glibc's `POSIX_SPAWN_SETSID` (since 2.26), declared only under `_GNU_SOURCE`.
    private static let spawnSetSID: Int32 = 0x80

    private static func signalSet(_ members: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for member in members { sigaddset(&set, member) }
        return set
    }

    public var isRunning: Bool { exit.withLock { $0 == nil } }

    /// How it ended; nil while it runs.
    public var ended: Exit? { exit.withLock { $0 } }

    /// Exit status, or 128 + signal for a child killed by a signal; nil while it runs.
    public var terminationStatus: Int32? { ended?.shellStatus }

    /// Sends `signal` unless the child has already been reaped (its pid may then belong to another process).
    public func signal(_ signal: Int32) {
        exit.withLock { ended in
            if ended == nil { _ = kill(pid, signal) }
        }
    }

    /// Sends `signal` to the child's whole process group (and the child itself), unless it has been reaped.
    /// Without a guard, descendants that outlive a reaped leader are beyond reach: kill the group before the
    /// leader ends (with one, the guard kills them when the leader ends).
    public func signalGroup(_ signal: Int32) {
        exit.withLock { ended in
            guard ended == nil else { return }
            if ownsProcessGroup { _ = kill(-processGroupID, signal) }
            _ = kill(pid, signal)
        }
    }

    /// Waits until the child has ended or `timeout` passed; true when it ended.
    public func waitForExit(timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now >= deadline || Task.isCancelled { return false }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// The blocking form of `waitForExit`, for threads that are not in a task.
    public func waitForExitBlocking(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now >= deadline { return false }
            usleep(1_000)
        }
        return true
    }
}
