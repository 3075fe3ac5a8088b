// Small POSIX helpers shared by the drivers and simulators (no C types leave this module).
internal import Foundation
import HILBenchSystem
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's text for an errno value.
package func errnoText(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// `CLOCK_MONOTONIC` now, in nanoseconds.
func monotonicNowNs() -> Int64 { Monotonic.nowNs() }

/// Bytes as they appear in error messages: printable ASCII kept, anything else as `\xNN`, at most `limit`
/// bytes shown, in single quotes, with the total count when cut.
func quoted(_ bytes: some Collection<UInt8>, limit: Int = 48) -> String {
    var text = "'"
    for byte in bytes.prefix(limit) {
        switch byte {
        case 0x0A: text += "\\n"
        case 0x0D: text += "\\r"
        case 0x20...0x7E where byte != 0x27 && byte != 0x5C: text.unicodeScalars.append(Unicode.Scalar(byte))
        default: text += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }
    }
    text += "'"
    if bytes.count > limit { text += " … (\(bytes.count) bytes)" }
    return text
}

/// A string as it appears in error messages (see `quoted(_:limit:)`).
func quoted(_ text: String, limit: Int = 80) -> String {
    quoted(Array(text.utf8), limit: limit)
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// Waits until `fd` is readable (or hung up) for at most `timeoutMs`; false on timeout. EINTR is retried.
package func waitReadable(_ fd: Int32, timeoutMs: Int32) -> Bool {
    var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    while true {
        let result = poll(&descriptor, 1, timeoutMs)
        if result < 0 && errno == EINTR { continue }
        return result > 0
    }
}

/// Writes all of `bytes` to `fd` (retrying short writes and EINTR); returns errno on failure, nil on success.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
            if errno == EINTR { continue }
            if errno == EAGAIN {
                _ = waitWritable(fd, timeoutMs: 100)
                continue
            }
            return errno
        }
        offset += written
    }
    return nil
}

package func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { writeAll(fd, $0) }
}

func waitWritable(_ fd: Int32, timeoutMs: Int32) -> Bool {
    var descriptor = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
    return poll(&descriptor, 1, timeoutMs) > 0
}

/// Runs `body` on a new thread (blocking C calls never run on the Swift concurrency pool).
package func startThread(name: String, _ body: @escaping @Sendable () -> Void) {
    let thread = Thread { body() }
    thread.name = name
    thread.start()
}

/// A one-shot completion another thread can wait for (with a timeout), for "the reader thread has ended".
package final class Completion: @unchecked Sendable {  // state guarded by `condition`
    private let condition = NSCondition()
    private var done = false

    package init() {}

    package func signal() {
        condition.lock()
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits up to `seconds`; true when signalled.
    @discardableResult
    package func wait(seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !done {
            if !condition.wait(until: deadline) { return done }
        }
        return true
    }

    /// Waits without blocking a concurrency thread: polls every millisecond from a task.
    package func waitAsync(seconds: Double) async -> Bool {
        let deadline = monotonicNowNs() + Int64(seconds * 1e9)
        while monotonicNowNs() < deadline {
            if wait(seconds: 0) { return true }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return wait(seconds: 0)
    }
}

/// `read(2)` under a name that methods called `read` do not shadow.
package func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// Sends all of `bytes` on a socket without raising SIGPIPE when the peer is gone; errno or nil.
package func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { raw -> Int32? in
        var offset = 0
        while offset < raw.count {
            let sent = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            if sent < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    _ = waitWritable(fd, timeoutMs: 100)
                    continue
                }
                return errno
            }
            offset += sent
        }
        return nil
    }
}

/// A value behind a lock, as a reference that escaping closures can capture.
package final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    package init(_ value: Value) {
        mutex = Mutex(value)
    }

    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try mutex.withLock { try body(&$0) }
    }
}
