import Foundation
public import HILBenchCore
import NIOPosix
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Uploads that reach the store by another way than HTTP: over SSH the controller copies the bytes (scp,
/// through its ControlMaster) to a hidden file in the store folder, and the agent takes them in here.
extension ArtifactStore {
    /// A fresh hidden file name in the store folder for one upload (swept like HTTP's partial files if abandoned).
    public func newUploadPath() -> String {
        "\(directory)/\(Self.partialPrefix)\(UUID().uuidString)\(Self.partialSuffix)"
    }

    /// Whether `path` is one of this store's upload names (and nothing else: no other folder, no final name).
    public func isUploadPath(_ path: String) -> Bool {
        guard path.hasPrefix(directory + "/") else { return false }
        let name = path.dropFirst(directory.count + 1)
        return !name.contains("/") && name.hasPrefix(Self.partialPrefix) && name.hasSuffix(Self.partialSuffix)
            && name.count > Self.partialPrefix.count + Self.partialSuffix.count
    }

    /// Hashes the upload, and if it matches `sha256` and fits under the store's quota (evicting the least recently
    /// used unpinned artifacts, as an HTTP upload does), flushes it and renames it to its final name; the upload
    /// file is gone afterwards in every case, so an interrupted, wrong or refused copy never reaches a runner.
    ///
    /// The file is read, hashed, flushed and renamed on NIO's blocking-I/O thread pool, a megabyte at a time,
    /// never on the caller's thread; `stopIf` is asked between megabytes (the controller went away: the upload is
    /// dropped rather than hashed to the end).
    ///
    /// - Returns: the number of bytes stored.
    /// - Throws: `UploadError` (not an upload of this store, too large, hash mismatch, store full, stopped, disk
    ///   error).
    public func adopt(
        upload: String, as sha256: String, stopIf stop: @escaping @Sendable () -> Bool = { false }
    ) async throws -> Int64 {
        try await withCheckedThrowingContinuation { continuation in
            adoptOnPool(upload: upload, as: sha256, stopIf: stop) { continuation.resume(with: $0) }
        }
    }

    /// `adopt` for a thread that serves one request at a time and is not part of Swift's cooperative pool (the
    /// stdio agent's request loop): the work runs on the thread pool all the same, this thread only waits.
    func adoptWaiting(upload: String, as sha256: String, stopIf stop: @escaping @Sendable () -> Bool) throws -> Int64 {
        let outcome = Mutex<Result<Int64, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        adoptOnPool(upload: upload, as: sha256, stopIf: stop) { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0! }.get()
    }

    private func adoptOnPool(
        upload: String, as sha256: String, stopIf stop: @escaping @Sendable () -> Bool,
        completion: @escaping @Sendable (Result<Int64, any Error>) -> Void
    ) {
        NIOThreadPool.singleton.submit { [self] state in
            guard case .active = state else {
                // The upload file stays for the next agent's sweep: its path is not validated here.
                completion(.failure(UploadError(kind: .io, message: "the agent is shutting down; nothing was stored")))
                return
            }
            completion(Result { try adoptBlocking(upload: upload, as: sha256, stopIf: stop) })
        }
    }

    private func adoptBlocking(upload: String, as sha256: String, stopIf stop: () -> Bool) throws -> Int64 {
        guard Self.isValidName(sha256) else {
            throw UploadError(
                kind: .io,
                message: "artifact names are 64 lowercase hex digits, got \(sha256.prefix(80).debugDescription)")
        }
        guard isUploadPath(upload) else {
            throw UploadError(
                kind: .io,
                message: "\(upload.prefix(200).debugDescription) is not an upload file of the store \(directory)")
        }
        var renamed = false
        defer { if !renamed { unlink(upload) } }
        guard let identity = FileIdentity(regularFileAt: upload) else {
            throw UploadError(
                kind: .io, message: "the upload \(upload) is missing or not a regular file (the copy did not arrive)")
        }
        guard identity.size <= maxUploadBytes else {
            throw UploadError(
                kind: .tooLarge,
                message: "the artifact is \(identity.size) bytes, this agent accepts at most \(maxUploadBytes)")
        }
        let fd = open(upload, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw UploadError(
                kind: .io, message: "cannot read the upload \(upload): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let actual = try Self.hash(fd, upload: upload, stopIf: stop)
        guard actual == sha256 else {
            throw UploadError(
                kind: .hashMismatch,
                message: "the uploaded \(identity.size) bytes have sha256 \(actual), not \(sha256); nothing was stored")
        }
        guard fsync(fd) == 0 else {
            throw UploadError(
                kind: .io, message: "cannot flush the upload to disk: \(String(cString: strerror(errno)))")
        }
        let final = path(for: sha256)
        do {
            try quota.admit(identity.size, in: self, forgetting: { verified.forget($0) }) {
                guard rename(upload, final) == 0 else {
                    throw UploadError(
                        kind: .io, message: "cannot move the upload into place: \(String(cString: strerror(errno)))")
                }
            }
        } catch let full as StoreQuota.Full {
            throw UploadError(kind: .storeFull, message: full.message)
        }
        renamed = true
        if let stored = FileIdentity(regularFileAt: final) { verified.insert(sha256, stored) }
        quota.touch(sha256)
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
        return identity.size
    }

    /// The sha256 of everything `fd` reads, a megabyte at a time, asking `stop` between megabytes.
    private static func hash(_ fd: Int32, upload: String, stopIf stop: () -> Bool) throws -> String {
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: blockingWriteBytes)
        while true {
            if stop() {
                throw UploadError(kind: .io, message: "the upload \(upload) was dropped: the controller went away")
            }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw UploadError(
                    kind: .io, message: "cannot read the upload \(upload): \(String(cString: strerror(errno)))")
            }
            if count == 0 { return hasher.finalizeHex() }
            hasher.update(buffer[0..<count])
        }
    }
}

/// Pins: what a running case reads stays out of the quota's eviction (by this agent and by any other agent
/// sharing the store) until the case ends.
extension ArtifactStore {
    /// Names of this store's artifacts that a case reads: its model, weights and `.npy` inputs given as paths in
    /// this store (the HTTP agent rewrites names to paths before asking; the SSH controller names paths).
    public func artifacts(usedBy spec: CaseSpec) -> [String] {
        let paths =
            [spec.model, spec.weights].compactMap { $0 }
            + spec.inputs.npy.keys.sorted().compactMap {
                spec.inputs.npy[$0]
            }
        var names: [String] = []
        for path in paths {
            let name = (path as NSString).lastPathComponent
            guard (path as NSString).deletingLastPathComponent == directory, Self.isValidName(name),
                !names.contains(name)
            else { continue }
            names.append(name)
        }
        return names
    }

    /// Keeps `names` from eviction until `unpin` (counted: two pins need two unpins).
    public func pin(_ names: [String]) { quota.pin(names, in: self) }

    public func unpin(_ names: [String]) { quota.unpin(names) }
}
