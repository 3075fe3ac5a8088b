import Foundation
import HILBenchCore

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

    /// Hashes the upload, and if it matches `sha256`, flushes it and renames it to its final name; the upload
    /// file is gone afterwards in every case, so an interrupted or wrong copy never reaches a runner.
    ///
    /// - Returns: the number of bytes stored.
    /// - Throws: `UploadError` (not an upload of this store, too large, hash mismatch, disk error).
    public func adopt(upload: String, as sha256: String) throws -> Int64 {
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
        let actual: String
        do {
            actual = try SHA256.hex(ofFileAt: upload)
        } catch {
            throw UploadError(kind: .io, message: "cannot read the upload \(upload): \(error)")
        }
        guard actual == sha256 else {
            throw UploadError(
                kind: .hashMismatch,
                message: "the uploaded \(identity.size) bytes have sha256 \(actual), not \(sha256); nothing was stored")
        }
        let fd = open(upload, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0, fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            throw UploadError(kind: .io, message: "cannot flush the upload to disk: \(reason)")
        }
        close(fd)
        let final = path(for: sha256)
        guard rename(upload, final) == 0 else {
            throw UploadError(
                kind: .io, message: "cannot move the upload into place: \(String(cString: strerror(errno)))")
        }
        renamed = true
        if let stored = FileIdentity(regularFileAt: final) { verified.insert(sha256, stored) }
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            fsync(dirFD)
            close(dirFD)
        }
        return identity.size
    }
}
