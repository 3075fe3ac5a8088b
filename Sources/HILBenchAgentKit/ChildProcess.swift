import Foundation
import HILBenchSystem

#if canImport(Glibc)
import Glibc
#endif

/// A runner child: piped stdin/stdout/stderr, its own process group, reaped with `wait4` so its resource usage
/// (peak RSS) is known. Owned by one thread at a time (the case runner); not shared.
///
/// Spawning and reaping are `SpawnedProcess`'s (HILBenchSystem); this adds the single `poll` loop the measurement
/// needs, which interleaves protocol lines, stderr draining and `/proc` memory sampling. (Why not Foundation.Process
/// or swift-subprocess: docs/ssh-transport.md, "Spawning and reaping".)
final class ChildProcess {
    typealias SpawnError = SpawnedProcess.SpawnError

    /// How the child ended.
    enum Termination: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signaled(Int32)
        var description: String {
            switch self {
            case .exited(let code): "exited with status \(code)"
            case .signaled(let signal):
                "killed by signal \(signal)\(signal == SIGKILL ? " (SIGKILL)" : signal == SIGSEGV ? " (SIGSEGV)" : "")"
            }
        }
    }

    private let process: SpawnedProcess
    var pid: pid_t { process.pid }
    var executable: String { process.executable }
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

    /// Starts `arguments[0]` (a path) with the rest as its arguments, in a process group of its own (a timeout
    /// kills the runner and everything it started) that dies with the agent, even a SIGKILLed one. No shell.
    /// `workingDirectory`: the child's (nil: the agent's). `ownSession`: the group leads a session of its own, so the
    /// runner can be scheduled apart from the agent's session (`RunnerScheduling`).
    init(
        arguments: [String], environment: [String: String]? = nil, workingDirectory: String? = nil,
        ownSession: Bool = false
    ) throws {
        process = try SpawnedProcess(
            arguments, environment: environment, stdin: .pipe, stdout: .pipe, stderr: .pipe,
            processGroup: true, diesWithThisProcess: true, workingDirectory: workingDirectory, newSession: ownSession)
        // The FileHandles keep owning (and finally closing) the descriptors; this class only reads and writes them.
        stdinFD = process.stdin!.fileDescriptor
        stdoutFD = process.stdout!.fileDescriptor
        stderrFD = process.stderr!.fileDescriptor
        _ = fcntl(stdoutFD, F_SETFL, fcntl(stdoutFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(stderrFD, F_SETFL, fcntl(stderrFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if termination == nil {
            killGroup()
            _ = reap(blocking: true)
        }
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
        var pipeSignal = sigset_t()
        var previous = sigset_t()
        var pending = sigset_t()
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
            try? process.stdin?.close()
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
    func readLine(
        deadlineNs: Int64, tickNs: Int64? = nil, tick: (() -> Void)? = nil, maxLineBytes: Int = 64 << 20
    ) -> LineResult {
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
            if n > 0 {
                stdoutBuffer.append(contentsOf: chunk[0..<n])
                continue
            }
            if n == 0 {
                stdoutClosed = true
            } else if errno == EINTR {
                continue
            } else if errno != EAGAIN {
                stdoutClosed = true
            }
            return
        }
    }

    /// Reads whatever stderr has now.
    func drainStderr() {
        guard !stderrClosed else { return }
        var chunk = [UInt8](repeating: 0, count: 16384)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(stderrFD, $0.baseAddress, $0.count) }
            if n > 0 {
                stderrTail.append(chunk[0..<n])
                continue
            }
            if n == 0 {
                stderrClosed = true
            } else if errno == EINTR {
                continue
            } else if errno != EAGAIN {
                stderrClosed = true
            }
            return
        }
    }

    /// Kills the child's whole process group.
    func killGroup(signal: Int32 = SIGKILL) {
        guard termination == nil else { return }
        process.signalGroup(signal)
    }

    /// Records the child's end (status and peak RSS) once its reaper has seen it. Returns nil if still running.
    @discardableResult
    func reap(blocking: Bool) -> Termination? {
        if let termination { return termination }
        if blocking { while !process.waitForExitBlocking(timeout: .seconds(3600)) {} }
        guard let ended = process.ended else { return nil }
        maxRSSKiB = ended.maxRSSKiB
        termination = ended.signal.map { Termination.signaled($0) } ?? Termination.exited(ended.code ?? 0)
        drainStderr()
        return termination
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
