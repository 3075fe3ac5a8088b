import Foundation
import HILBenchCore
public import Hummingbird
import NIOPosix
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The agent's content-addressed model store: one file per artifact, named by its sha256 (64 lowercase hex
/// digits, nothing else), so a name from the network can never point outside the directory.
///
/// An upload streams into a hidden `.upload-*.part` file in the same directory while it is hashed, and is
/// renamed to its final name only once the hash matches: a reader never sees a partial or wrong artifact.
public struct ArtifactStore: Sendable {
    /// Why an upload was refused.
    public struct UploadError: Error, Sendable, CustomStringConvertible {
        public enum Kind: Sendable { case tooLarge, hashMismatch, storeFull, io }
        public var kind: Kind
        public var message: String
        public var description: String { message }
    }

    public let directory: String
    /// Largest artifact accepted, bytes.
    public let maxUploadBytes: Int64
    /// Files this agent has hashed, by identity: an unchanged file is not hashed again on every HEAD.
    let verified = VerifiedFiles()
    /// The total size limit and what a running case keeps from eviction.
    let quota: StoreQuota
    /// Total size limit of the store, bytes (nil: none).
    public var maxStoreBytes: Int64? { quota.maxBytes }

    static let partialPrefix = ".upload-"
    static let partialSuffix = ".part"

    /// Opens (creating it with mode 0700 if needed) the store and removes partial uploads left by a crash.
    ///
    /// - Parameter sweepPartialsOlderThan: only partial files untouched for this many seconds are removed; a store
    ///   that several agents share (one stdio agent per controller session) must not lose another's upload.
    /// - Parameter maxStoreBytes: the total size of the artifacts kept; uploads evict the least recently used
    ///   (never one pinned by a running case) to stay under it. nil: no limit.
    /// - Parameter quotaSetting: the option that sets `maxStoreBytes`, named when an upload does not fit.
    public init(
        directory: String, maxUploadBytes: Int64, sweepPartialsOlderThan: Double = 0, maxStoreBytes: Int64? = nil,
        quotaSetting: String = "serve --max-store-mb"
    ) throws {
        self.directory = directory
        self.maxUploadBytes = maxUploadBytes
        quota = StoreQuota(maxBytes: maxStoreBytes, setting: quotaSetting)
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw HILBenchError(
                .io, "cannot create the artifact store \(directory): \(error.localizedDescription)", cause: error)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where name.hasPrefix(Self.partialPrefix) && name.hasSuffix(Self.partialSuffix) {
            let path = "\(directory)/\(name)"
            if sweepPartialsOlderThan > 0, let identity = FileIdentity(regularFileAt: path),
                Double(identity.modifiedNs) / 1e9 > Date().timeIntervalSince1970 - sweepPartialsOlderThan
            {
                continue
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// True for exactly 64 lowercase hexadecimal digits: the only names the store knows.
    public static func isValidName(_ name: some StringProtocol) -> Bool {
        name.utf8.count == 64 && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Where the artifact with this (valid) name lives.
    public func path(for sha256: String) -> String {
        precondition(Self.isValidName(sha256), "artifact names are validated before they reach the store")
        return "\(directory)/\(sha256)"
    }

    /// Whether a regular file with this name is in the store (not re-hashed).
    public func contains(_ sha256: String) -> Bool {
        FileStatus(regularFileAt: path(for: sha256)) != nil
    }

    /// Size in bytes of a stored artifact, nil when absent.
    public func size(of sha256: String) -> Int64? {
        FileIdentity(regularFileAt: path(for: sha256))?.size
    }

    /// Whether the artifact is present and intact. It is hashed when this agent has not hashed this very
    /// file before (same device, inode, size, mtime and ctime), so a replaced or rewritten file is always
    /// checked, while an unchanged one costs a `stat` (hashing a large model on a small board takes seconds,
    /// and the measurement loop hashes it again before every case anyway). A file whose content no longer
    /// matches its name is removed, so the controller uploads it again. Blocking: call it off the event loops.
    public func verify(_ sha256: String) -> Bool {
        let path = path(for: sha256)
        guard let identity = FileIdentity(regularFileAt: path) else { return false }
        quota.touch(sha256)
        if verified.contains(sha256, identity) { return true }
        // One hash per artifact however many requests ask at once: the others wait for it, then find it verified.
        return verified.hashingOne(sha256) {
            if verified.contains(sha256, identity) { return true }
            return hashAndRemember(sha256, path: path, identity: identity)
        }
    }

    /// Times this store hashed a stored file to verify it (uploads excluded).
    public var verificationHashes: Int { verified.hashes }

    private func hashAndRemember(_ sha256: String, path: String, identity: FileIdentity) -> Bool {
        verified.countHash()
        guard let actual = try? SHA256.hex(ofFileAt: path) else { return false }
        if actual == sha256, FileIdentity(regularFileAt: path) == identity {
            verified.insert(sha256, identity)
            return true
        }
        if actual != sha256 { try? FileManager.default.removeItem(atPath: path) }
        return false
    }

    /// Names of the complete artifacts in the store.
    public func list() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { Self.isValidName($0) }
            .sorted()
    }

    /// Streams `body` into the store under `sha256`, hashing as it goes. The request's task only gathers the
    /// body: opening, writing, hashing, flushing and renaming run on NIO's blocking-I/O thread pool, a megabyte at
    /// a time, so a large upload never holds an event loop or a thread of the cooperative pool (where
    /// `/v1/health` and every other request are answered).
    ///
    /// - Returns: the number of bytes stored.
    /// - Throws: `UploadError` (too large, hash mismatch, disk error), or the body's own error when the
    ///   connection breaks; in every case no file is left under the final name nor as a partial file.
    public func receive<Body: AsyncSequence>(_ sha256: String, body: Body, declaredLength: Int64?) async throws -> Int64
    where Body.Element == ByteBuffer {
        if let declaredLength, declaredLength > maxUploadBytes {
            throw UploadError(
                kind: .tooLarge,
                message:
                    "the artifact is \(declaredLength) bytes, this agent accepts at most \(maxUploadBytes) (serve --max-upload-mb)"
            )
        }
        let pool = NIOThreadPool.singleton
        let partialPath = "\(directory)/\(Self.partialPrefix)\(UUID().uuidString)\(Self.partialSuffix)"
        // Room under the store's quota, promised before any byte is written (all of it when the length is known).
        var reserved: Int64 = 0
        func reserve(_ bytes: Int64) async throws {
            do {
                _ = try await pool.runIfActive { [self] in
                    try quota.reserve(bytes, in: self) { verified.forget($0) }
                }
            } catch let full as StoreQuota.Full {
                throw UploadError(kind: .storeFull, message: full.message)
            }
            reserved += bytes
        }
        defer { quota.release(reserved) }
        if let declaredLength, quota.maxBytes != nil { try await reserve(declaredLength) }
        var partial = try await pool.runIfActive { try PartialUpload(path: partialPath, directory: directory) }
        do {
            var pending = Data()
            var received: Int64 = 0
            for try await chunk in body {
                received += Int64(chunk.readableBytes)
                if received > maxUploadBytes {
                    throw UploadError(
                        kind: .tooLarge,
                        message:
                            "the artifact is larger than the \(maxUploadBytes) bytes this agent accepts (serve --max-upload-mb)"
                    )
                }
                if received > reserved, quota.maxBytes != nil {
                    try await reserve(max(received - reserved, Int64(Self.blockingWriteBytes)))
                }
                pending.append(contentsOf: chunk.readableBytesView)
                if pending.count >= Self.blockingWriteBytes {
                    // Whole 64-byte blocks: swift-crypto's update is fast only on those; the rest waits for more.
                    let whole = pending.count - pending.count % 64
                    let bytes = pending.prefix(whole)
                    pending = Data(pending.dropFirst(whole))
                    partial = try await pool.runIfActive { [partial] in try partial.appending(bytes) }
                }
            }
            let rest = pending
            let final = path(for: sha256)
            let digest = try await pool.runIfActive { [partial] in try partial.appending(rest).finish(as: final) }
            guard digest == sha256 else {
                throw UploadError(
                    kind: .hashMismatch,
                    message: "the uploaded \(received) bytes have sha256 \(digest), not \(sha256); nothing was stored")
            }
            let identity = try await pool.runIfActive { [partial] in try partial.moveIntoPlace(as: final) }
            if let identity { verified.insert(sha256, identity) }
            quota.touch(sha256)
            return received
        } catch {
            try? await pool.runIfActive { [partial] in partial.discard() }
            throw error
        }
    }

    /// Bytes gathered before one write-and-hash step goes to the thread pool.
    static let blockingWriteBytes = 1 << 20

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw UploadError(
                        kind: .io,
                        message: "cannot write the upload to the artifact store: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }
}

/// An upload on its way into the store: the hidden partial file and the hash so far. Every method blocks (file
/// I/O): called on the thread pool only. A value passed from step to step, so no two threads ever share it.
struct PartialUpload: Sendable {
    let path: String
    let directory: String
    let fd: Int32
    var hasher = SHA256()

    init(path: String, directory: String) throws {
        self.path = path
        self.directory = directory
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw ArtifactStore.UploadError(
                kind: .io,
                message: "cannot create a file in the artifact store \(directory): \(String(cString: strerror(errno)))")
        }
    }

    func appending(_ bytes: Data) throws -> PartialUpload {
        try ArtifactStore.writeAll(fd, bytes, path: path)
        var next = self
        next.hasher.update(data: bytes)
        return next
    }

    /// Flushes the file and returns its sha256 (the caller compares it with the name asked for).
    func finish(as final: String) throws -> String {
        guard fsync(fd) == 0 else {
            throw ArtifactStore.UploadError(
                kind: .io, message: "cannot flush the upload to disk: \(String(cString: strerror(errno)))")
        }
        return hasher.finalizeHex()
    }

    /// Closes the file, renames it to its final name and makes the rename durable; returns the stored identity.
    func moveIntoPlace(as final: String) throws -> FileIdentity? {
        guard rename(path, final) == 0 else {
            throw ArtifactStore.UploadError(
                kind: .io, message: "cannot move the upload into place: \(String(cString: strerror(errno)))")
        }
        close(fd)
        let identity = FileIdentity(regularFileAt: final)
        // Best effort: a lost rename only means one more upload.
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
        return identity
    }

    /// Closes and removes the partial file (a failed or refused upload leaves nothing).
    func discard() {
        close(fd)
        unlink(path)
    }
}

/// What identifies one version of a file without reading it.
typealias FileIdentity = FileStatus

final class VerifiedFiles: Sendable {
    private let files = Mutex<[String: FileIdentity]>([:])
    private let locks = Mutex<[String: NSLock]>([:])
    private let hashCount = Atomic<Int>(0)

    /// Runs `body` holding this artifact's own lock (artifacts are hashed one request at a time each).
    func hashingOne<T>(_ sha256: String, _ body: () -> T) -> T {
        let lock = locks.withLock { locks in
            if let lock = locks[sha256] { return lock }
            let lock = NSLock()
            locks[sha256] = lock
            return lock
        }
        return lock.withLock(body)
    }

    func countHash() { hashCount.add(1, ordering: .relaxed) }
    var hashes: Int { hashCount.load(ordering: .relaxed) }

    func contains(_ sha256: String, _ identity: FileIdentity) -> Bool { files.withLock { $0[sha256] == identity } }
    func forget(_ sha256: String) { files.withLock { $0[sha256] = nil } }
    func insert(_ sha256: String, _ identity: FileIdentity) { files.withLock { $0[sha256] = identity } }
}
