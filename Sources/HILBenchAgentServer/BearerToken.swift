import Foundation
import HILBenchCore

/// The agent's shared secret. Only its SHA-256 is kept, and a presented token is hashed the same way and
/// compared in constant time, so neither its bytes nor its length leak through timing, logs or errors.
public struct BearerToken: Sendable, CustomStringConvertible {
    private let digest: [UInt8]

    /// - Parameter secret: the token; surrounding whitespace is ignored.
    public init(_ secret: String) throws {
        let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw HILBenchError(.config, "the bearer token is empty") }
        digest = Array(SHA256.hex(of: trimmed.utf8).utf8)
    }

    /// Reads the token from a file (its content, trimmed). Errors name the file, never its content.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HILBenchError(.config, "cannot read the token file \(path): no such file or not readable")
        }
        do {
            try self.init(String(decoding: data, as: UTF8.self))
        } catch {
            throw HILBenchError(
                .config, "the token file \(path) is empty; write a random secret into it (e.g. openssl rand -hex 32)")
        }
    }

    public var description: String { "BearerToken(redacted)" }

    /// Whether an `Authorization` header value is `Bearer <this token>` (scheme case-insensitive).
    public func accepts(authorization header: String) -> Bool {
        guard header.utf8.count <= 4096 else { return false }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let presented = Array(SHA256.hex(of: parts[1].trimmingCharacters(in: .whitespaces).utf8).utf8)
        var difference: UInt8 = 0
        for (a, b) in zip(presented, digest) { difference |= a ^ b }
        return difference == 0 && presented.count == digest.count
    }
}
