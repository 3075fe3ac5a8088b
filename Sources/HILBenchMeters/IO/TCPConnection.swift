// A blocking TCP client with timeouts, for line-oriented instrument protocols (SCPI, Otii JSON).
internal import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One TCP connection with a read buffer. Used from one thread at a time (the driver's session lock).
final class TCPConnection: @unchecked Sendable {
    let address: String
    let meter: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var head = 0

    /// Connects to `host:port` (numeric address or name), waiting at most `timeoutMs`.
    init(host: String, port: UInt16, timeoutMs: Int32, meter: String) throws(MeterError) {
        address = "\(host):\(port)"
        self.meter = meter
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw MeterError(
                code: .connection, message: "cannot resolve '\(host)': \(String(cString: gai_strerror(status)))",
                meter: meter, address: "\(host):\(port)")
        }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = ECONNREFUSED
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let socketFd = socket(
                info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue),
                info.pointee.ai_protocol)
            guard socketFd >= 0 else {
                lastError = errno
                continue
            }
            let flags = fcntl(socketFd, F_GETFL)
            _ = fcntl(socketFd, F_SETFL, flags | O_NONBLOCK)
            var result = connect(socketFd, info.pointee.ai_addr, info.pointee.ai_addrlen)
            if result < 0 && errno == EINPROGRESS {
                if waitWritable(socketFd, timeoutMs: timeoutMs) {
                    var soError: Int32 = 0
                    var length = socklen_t(MemoryLayout<Int32>.size)
                    getsockopt(socketFd, SOL_SOCKET, SO_ERROR, &soError, &length)
                    if soError == 0 { result = 0 } else { errno = soError }
                } else {
                    errno = ETIMEDOUT
                }
            }
            if result == 0 {
                var one: Int32 = 1
                setsockopt(socketFd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                fd = socketFd
                return
            }
            lastError = errno
            close(socketFd)
        }
        throw MeterError(
            code: .connection,
            message:
                "cannot connect: \(errnoText(lastError)); check the instrument's address, port and that its server is enabled",
            meter: meter, address: address, cause: SystemCallError(call: "connect", errno: lastError))
    }

    deinit { close(fd) }

    /// Sends all bytes.
    func send(_ bytes: [UInt8]) throws(MeterError) {
        if let code = sendAll(fd, bytes) {
            throw MeterError(
                code: .io, message: "sending to the instrument failed: \(errnoText(code))",
                meter: meter, address: address, cause: SystemCallError(call: "send", errno: code))
        }
    }

    func send(_ text: String) throws(MeterError) {
        try send(Array(text.utf8))
    }

    /// Bytes received and not yet consumed (for error messages).
    var pending: ArraySlice<UInt8> { buffer[head...] }

    /// Reads one line ending in `\n` (the `\n` and a `\r` before it removed), waiting at most `timeoutMs` in all.
    /// - Throws: `.timeout` naming `what` and the partial line when the line does not complete in time, `.io`
    ///   when the peer closes the connection.
    func readLine(timeoutMs: Int32, maxBytes: Int = 64 << 20, what: String) throws(MeterError) -> [UInt8] {
        let deadline = monotonicNowNs() + Int64(timeoutMs) * 1_000_000
        var searched = head
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                var end = newline
                if end > head, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[head..<end])
                head = newline + 1
                compact()
                return line
            }
            searched = buffer.count
            guard buffer.count - head <= maxBytes else {
                throw MeterError(
                    code: .protocolViolation, message: "a reply line is longer than \(maxBytes) bytes",
                    meter: meter, address: address, expected: what, received: quoted(pending))
            }
            try fill(deadline: deadline, what: what)
        }
    }

    /// Reads exactly `count` bytes.
    func readExact(_ count: Int, timeoutMs: Int32, what: String) throws(MeterError) -> [UInt8] {
        let deadline = monotonicNowNs() + Int64(timeoutMs) * 1_000_000
        while buffer.count - head < count { try fill(deadline: deadline, what: what) }
        let bytes = Array(buffer[head..<head + count])
        head += count
        compact()
        return bytes
    }

    private func compact() {
        if head == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 1 << 16 {
            buffer.removeFirst(head)
            head = 0
        }
    }

    private func fill(deadline: Int64, what: String) throws(MeterError) {
        let left = deadline - monotonicNowNs()
        guard left > 0, waitReadable(fd, timeoutMs: Int32(clamping: (left + 999_999) / 1_000_000)) else {
            let got = pending
            throw MeterError(
                code: .timeout,
                message: got.isEmpty
                    ? "the instrument stopped answering: nothing came within the timeout"
                    : "the instrument stopped answering in the middle of a reply (truncated)",
                meter: meter, address: address, expected: what, received: got.isEmpty ? nil : quoted(got))
        }
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + 65_536)
        var received = 0
        var failure: Int32 = 0
        repeat {
            buffer.append(contentsOf: repeatElement(0, count: 65_536))
            received = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + oldCount, 65_536, 0) }
            failure = errno
            buffer.removeLast(65_536 - max(0, received))
        } while received < 0 && failure == EINTR
        if received < 0 && failure == EAGAIN { return }
        if received < 0 {
            throw MeterError(
                code: .io, message: "receiving from the instrument failed: \(errnoText(failure))",
                meter: meter, address: address, cause: SystemCallError(call: "recv", errno: failure))
        }
        if received == 0 {
            throw MeterError(
                code: .io, message: "the instrument closed the connection", meter: meter, address: address,
                expected: what, received: pending.isEmpty ? nil : quoted(pending))
        }
    }
}
