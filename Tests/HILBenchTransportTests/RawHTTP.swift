import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A deliberately dumb HTTP/1.1 client over a loopback socket, for requests a well-behaved client never sends
/// (hostile specs, half-sent headers, idle connections). Loopback only.
struct RawHTTP {
    struct Reply {
        var status: Int
        var body: String
        /// `error.code` of a JSON error body.
        var code: String? {
            let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
            return (object?["error"] as? [String: Any])?["code"] as? String
        }
        var message: String? {
            let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
            return (object?["error"] as? [String: Any])?["message"] as? String
        }
    }

    let port: Int
    let token: String?

    init(url: String, token: String?) {
        port = Int(url.split(separator: ":").last.map(String.init) ?? "") ?? 0
        self.token = token
    }

    /// A connected socket to 127.0.0.1:port (receive timeout `seconds`), or -1.
    static func connect(port: Int, timeoutSeconds: Int = 30) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return -1 }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if rc != 0 {
            close(fd)
            return -1
        }
        return fd
    }

    static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    /// Reads until the peer closes (or the receive timeout): the whole answer of a `Connection: close` request.
    static func readAll(_ fd: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            received += buffer[0..<n]
        }
        return received
    }

    /// One request on its own connection; nil when no answer came.
    func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) -> Reply? {
        let fd = Self.connect(port: port)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n" }
        head += "\r\n"
        guard Self.send(fd, Array(head.utf8) + Array(body ?? Data())) else { return nil }
        return Self.parse(Self.readAll(fd))
    }

    func post(_ path: String, json: Data) -> Reply? { request("POST", path, body: json) }

    static func parse(_ bytes: [UInt8]) -> Reply? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n").first, statusLine.hasPrefix("HTTP/1.1 "),
            let status = Int(statusLine.dropFirst(9).prefix(3))
        else { return nil }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        // Chunked bodies: good enough for the small JSON answers here — keep the JSON object.
        if let open = body.firstIndex(of: "{"), let close = body.lastIndex(of: "}") {
            return Reply(status: status, body: String(body[open...close]))
        }
        return Reply(status: status, body: body)
    }
}
