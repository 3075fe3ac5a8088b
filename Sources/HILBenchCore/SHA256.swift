import Crypto
public import Foundation

/// SHA-256, streaming, from swift-crypto (BoringSSL's assembly on Linux): pins and verifies model artifacts, which
/// may be hundreds of MB. A thin facade so the rest of the project speaks hex digests and never imports Crypto.
/// `hilbench-benchmarks sha256` prints its speed.
public struct SHA256: Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// Feeds more bytes.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) != nil {
            return
        }
        hasher.update(data: Array(bytes))
    }

    /// Feeds a `Data` value.
    public mutating func update(data: Data) {
        hasher.update(data: data)
    }

    /// The 32-byte digest.
    public func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// Lowercase hex digest.
    public func finalizeHex() -> String {
        Self.hex(digest: finalize())
    }

    /// Hex digest of a byte sequence.
    public static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// Hex digest of a file, read in 1 MiB chunks.
    public static func hex(ofFileAt path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HILBenchError(.io, "cannot open \(path) to hash it: no such file or not readable")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalizeHex()
    }

    private static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
