internal import Foundation
// A TCP listener on 127.0.0.1 (ephemeral port) whose connections are served on their own threads; the
// shared transport of the SCPI and Otii simulators.
import HILBenchMeters
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One accepted connection as a simulator sees it: line reads with a stop check, writes.
final class LoopbackClient: @unchecked Sendable {
    let fd: Int32
    private let stopped: @Sendable () -> Bool
    private var buffer: [UInt8] = []

    init(fd: Int32, stopped: @escaping @Sendable () -> Bool) {
        self.fd = fd
        self.stopped = stopped
    }

    /// The next `\n`-terminated line (without `\r\n`), or nil when the peer closed or the server stops.
    func readLine() -> [UInt8]? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            guard let chunk = readSome() else { return nil }
            buffer += chunk
        }
    }

    /// Whatever arrives next (nil when closed or stopping).
    func readSome() -> [UInt8]? {
        while !stopped() {
            guard waitReadable(fd, timeoutMs: 20) else { continue }
            var scratch = [UInt8](repeating: 0, count: 4096)
            let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else { return nil }
            return Array(scratch[..<count])
        }
        return nil
    }

    func write(_ bytes: [UInt8]) {
        _ = sendAll(fd, bytes)
    }

    func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Keeps reading and ignoring input until the peer closes or the server stops (a hung instrument).
    func ignoreEverything() {
        while readSome() != nil {}
    }
}

/// The listener. `stop()` ends the accept loop and every connection thread.
///
/// Descriptor ownership: each connection thread closes its own socket when it returns (under the lock, so
/// `stop()` never shuts down a number that was closed and reused elsewhere); the accept thread closes
/// the listening socket. `stop()` only shuts sockets down and waits.
final class LoopbackServer: Sendable {
    /// The port chosen by the kernel.
    let port: UInt16
    private final class State: Sendable {
        struct Value {
            var stopped = false
            var clients: Set<Int32> = []
            var threads = 0
        }
        let value = Mutex(Value())
        let allEnded = NSCondition()
        func withLock<R>(_ body: (inout Value) -> R) -> R { value.withLock { body(&$0) } }
    }
    private let state = State()
    private let acceptLoopEnded = Completion()

    /// Binds `host:port` (an IPv4 address; port 0 = chosen by the kernel) and starts accepting; each connection
    /// runs `serve` on a new thread.
    init(
        name: String, meter: String, host: String = "127.0.0.1", port requested: UInt16 = 0,
        serve: @escaping @Sendable (LoopbackClient) -> Void
    ) throws(MeterError) {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = requested.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw MeterError(
                code: .configuration, message: "'\(host)' is not an IPv4 address to listen on", meter: meter,
                address: host)
        }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else {
            throw MeterError(
                code: .connection, message: "cannot create the simulator's socket: \(errnoText(errno))", meter: meter)
        }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            let code = errno
            close(fd)
            throw MeterError(
                code: .connection, message: "cannot listen on \(host):\(requested): \(errnoText(code))", meter: meter,
                address: "\(host):\(requested)",
                cause: SystemCallError(call: bound == 0 ? "listen" : "bind", errno: code))
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        let state = self.state
        let ended = acceptLoopEnded
        let stopped: @Sendable () -> Bool = { state.withLock { $0.stopped } }
        startThread(name: "\(name) accept") {
            defer {
                close(fd)
                ended.signal()
            }
            while !stopped() {
                guard waitReadable(fd, timeoutMs: 20) else { continue }
                let client = accept(fd, nil, nil)
                guard client >= 0 else { continue }
                var one: Int32 = 1
                setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                let accepted = state.withLock { value -> Bool in
                    if value.stopped { return false }
                    value.clients.insert(client)
                    value.threads += 1
                    return true
                }
                guard accepted else {
                    close(client)
                    break
                }
                startThread(name: "\(name) client") {
                    serve(LoopbackClient(fd: client, stopped: stopped))
                    state.withLock { value in
                        value.clients.remove(client)
                        close(client)
                        value.threads -= 1
                    }
                    state.allEnded.lock()
                    state.allEnded.broadcast()
                    state.allEnded.unlock()
                }
            }
        }
    }

    /// Stops accepting and ends every connection (waits up to 2 s for their threads).
    func stop() {
        state.withLock { value in
            value.stopped = true
            for client in value.clients { shutdown(client, Int32(SHUT_RDWR)) }
        }
        acceptLoopEnded.wait(seconds: 2)
        let deadline = Date(timeIntervalSinceNow: 2)
        state.allEnded.lock()
        while state.withLock({ $0.threads }) > 0, Date() < deadline {
            _ = state.allEnded.wait(until: min(deadline, Date(timeIntervalSinceNow: 0.02)))
        }
        state.allEnded.unlock()
    }
}
