import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process with piped stdin/stdout/stderr in its own process group, reaped with `wait4` so its
/// resource usage (peak RSS) is known. Owned by one thread at a time (the case runner); not shared.
///
/// Why not swift-subprocess or Foundation.Process: the measurement loop needs `wait4` rusage of this very
/// child (peak RSS), a process group to kill a hung runner with everything it started, and a single
/// `poll` loop that interleaves protocol lines, stderr draining and `/proc` memory sampling.
final class ChildProcess {
    struct SpawnError: Error, CustomStringConvertible {
        var executable: String
        var errno: Int32
        var description: String { "cannot start \(executable): \(String(cString: strerror(errno)))" }
    }

    /// How the child ended.
    enum Termination: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signaled(Int32)
        var description: String {
            switch self {
            case .exited(let code): "exited with status \(code)"
            case .signaled(let signal): "killed by signal \(signal)\(signal == SIGKILL ? " (SIGKILL)" : signal == SIGSEGV ? " (SIGSEGV)" : "")"
            }
        }
    }

    let pid: pid_t
    let executable: String
    private(set) var stdinFD: Int32
    let stdoutFD: Int32
    let stderrFD: Int32
    private(set) var termination: Termination?
    private(set) var maxRSSKiB: Int?
    /// Last bytes of stderr (bounded).
    private(set) var stderrTail = RingText(limit: 64 * 1024)
    private var stdoutBuffer: [UInt8] = []
    private var stdoutClosed = false
    private var stderrClosed = false

    /// Starts `arguments[0]` (a path) with the rest as its arguments. No shell is involved.
    init(arguments: [String], environment: [String: String]? = nil) throws {
        precondition(!arguments.isEmpty)
        executable = arguments[0]
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            throw SpawnError(executable: executable, errno: errno)
        }
        // Close-on-exec for every end, so the child gets only what dup2 gives it and no sibling inherits them.
        for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group: a timeout kills the runner and everything it started.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var rc = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        // ETXTBSY: the executable was just written and another thread's fork still holds a write descriptor to
        // it for a moment (the classic exec race); it clears by itself.
        var retries = 0
        while rc == ETXTBSY && retries < 20 {
            usleep(10_000)
            retries += 1
            rc = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        }
        close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
        guard rc == 0 else {
            close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
            throw SpawnError(executable: executable, errno: rc)
        }
        self.pid = pid
        stdinFD = inPipe[1]
        stdoutFD = outPipe[0]
        stderrFD = errPipe[0]
        _ = fcntl(stdoutFD, F_SETFL, fcntl(stdoutFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(stderrFD, F_SETFL, fcntl(stderrFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if termination == nil {
            killGroup()
            _ = reap(blocking: true)
        }
        if stdinFD >= 0 { close(stdinFD) }
        close(stdoutFD)
        close(stderrFD)
    }

    /// Writes one line to the child's stdin. Returns false when the child has closed it.
    @discardableResult
    func writeLine(_ line: String) -> Bool {
        guard stdinFD >= 0 else { return false }
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        // A runner that already exited must not take the agent (or a test process) down with SIGPIPE: the signal is
        // blocked on this thread for the write, and one it raised is consumed before unblocking (the technique
        // libcurl and OpenSSL use), so this holds even where the process did not ignore SIGPIPE.
        var pipeSignal = sigset_t(), previous = sigset_t(), pending = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        sigpending(&pending)
        let alreadyPending = sigismember(&pending, SIGPIPE) == 1
        var brokenPipe = false
        defer {
            if brokenPipe && !alreadyPending {
                var now = timespec()
                while sigtimedwait(&pipeSignal, nil, &now) < 0 && errno == EINTR {}
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(stdinFD, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                brokenPipe = errno == EPIPE
                return false
            }
            offset += written
        }
        return true
    }

    func closeStdin() {
        if stdinFD >= 0 {
            close(stdinFD)
            stdinFD = -1
        }
    }

    enum LineResult {
        case line(String)
        case eof
        case timeout
    }

    /// Waits for the next stdout line until `deadline` (monotonic ns), draining stderr meanwhile and calling
    /// `tick` at least every `tickNs` (the memory sampler).
    func readLine(deadlineNs: Int64, tickNs: Int64? = nil, tick: (() -> Void)? = nil, maxLineBytes: Int = 64 << 20) -> LineResult {
        while true {
            if let newline = stdoutBuffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: stdoutBuffer[..<newline], as: UTF8.self)
                stdoutBuffer.removeSubrange(...newline)
                return .line(line)
            }
            if stdoutClosed {
                if !stdoutBuffer.isEmpty {
                    let line = String(decoding: stdoutBuffer, as: UTF8.self)
                    stdoutBuffer.removeAll()
                    return .line(line)
                }
                return .eof
            }
            if stdoutBuffer.count > maxLineBytes {
                let line = String(decoding: stdoutBuffer.prefix(200), as: UTF8.self)
                stdoutBuffer.removeAll()
                return .line(line)  // the caller will reject it as not a protocol line
            }
            let now = Monotonic.nowNs()
            if now >= deadlineNs { return .timeout }
            var waitNs = deadlineNs - now
            if let tickNs { waitNs = min(waitNs, tickNs) }
            var fds = [pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)]
            if !stderrClosed { fds.append(pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)) }
            let timeoutMs = Int32(max(1, min(Int64(Int32.max), (waitNs + 999_999) / 1_000_000)))
            let ready = poll(&fds, nfds_t(fds.count), timeoutMs)
            if ready < 0 && errno != EINTR { return .eof }
            tick?()
            if fds.count > 1, fds[1].revents != 0 { drainStderr() }
            if fds[0].revents != 0 { readStdout() }
        }
    }

    private func readStdout() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(stdoutFD, $0.baseAddress, $0.count) }
            if n > 0 { stdoutBuffer.append(contentsOf: chunk[0..<n]); continue }
            if n == 0 { stdoutClosed = true }
            else if errno == EINTR { continue }
            else if errno != EAGAIN { stdoutClosed = true }
            return
        }
    }

    /// Reads whatever stderr has now.
    func drainStderr() {
        guard !stderrClosed else { return }
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(stderrFD, $0.baseAddress, $0.count) }
            if n > 0 { stderrTail.append(chunk[0..<n]); continue }
            if n == 0 { stderrClosed = true }
            else if errno == EINTR { continue }
            else if errno != EAGAIN { stderrClosed = true }
            return
        }
    }

    /// Kills the child's whole process group.
    func killGroup(signal: Int32 = SIGKILL) {
        guard termination == nil else { return }
        kill(-pid, signal)
        kill(pid, signal)
    }

    /// Reaps the child with `wait4`, recording its termination and peak RSS. Returns nil if still running.
    @discardableResult
    func reap(blocking: Bool) -> Termination? {
        if let termination { return termination }
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let rc = wait4(pid, &status, blocking ? 0 : WNOHANG, &usage)
            if rc == -1 && errno == EINTR { continue }
            if rc == pid {
                maxRSSKiB = Int(usage.ru_maxrss)  // Linux reports kilobytes
                let signal = status & 0x7f
                termination = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
                drainStderr()
                return termination
            }
            return nil
        }
    }

    /// Waits up to `timeoutNs` for a clean exit, then kills the group and reaps.
    func finish(graceNs: Int64) -> Termination {
        let deadline = Monotonic.nowNs() + graceNs
        while Monotonic.nowNs() < deadline {
            if let termination = reap(blocking: false) { return termination }
            drainStderr()
            usleep(2000)
        }
        killGroup()
        return reap(blocking: true) ?? .signaled(SIGKILL)
    }
}

/// Keeps the last `limit` bytes of a text stream.
struct RingText {
    let limit: Int
    private(set) var bytes: [UInt8] = []

    init(limit: Int) { self.limit = limit }

    mutating func append(_ chunk: ArraySlice<UInt8>) {
        bytes.append(contentsOf: chunk)
        if bytes.count > limit { bytes.removeFirst(bytes.count - limit) }
    }

    /// The last `lines` lines as text.
    func tail(lines: Int) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }
}

/// The monotonic clock every timestamp of a case uses (`CLOCK_MONOTONIC`, shared with runners and markers).
public enum Monotonic {
    public static func nowNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
