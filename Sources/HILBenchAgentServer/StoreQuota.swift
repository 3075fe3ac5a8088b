import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The artifact store's total size limit (`serve --max-store-mb`, `stdio --max-store-mb`): storing an artifact
/// that would go over it first evicts the least recently used artifacts, never one a running case uses (pinned);
/// when even that cannot make room the artifact is refused and nothing is stored. Use is counted in this process
/// (HEAD, PUT, `artifact`, a case); artifacts not used since the agent started are the oldest, in order of their
/// file's modification time.
///
/// Several agents may share one store (an HTTP agent and one stdio agent per controller session, all defaulting to
/// `~/.cache/hilbench/artifacts`), so a pin is also a shared `flock` on the artifact's file, which another agent's
/// eviction (an exclusive, non-blocking `flock`) respects, and room is counted and taken under an exclusive `flock`
/// on the store's folder. An HTTP upload still in flight is counted only by its own agent.
final class StoreQuota: Sendable {
    /// Why an upload could not get room.
    struct Full: Error, Sendable, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    let maxBytes: Int64?
    /// The option that sets the limit, for messages ("serve --max-store-mb").
    let setting: String

    private struct State {
        var lastUse: [String: UInt64] = [:]
        var clock: UInt64 = 0
        var pins: [String: Int] = [:]
        /// A shared flock per pinned artifact, seen by other agents' evictions.
        var pinFiles: [String: Int32] = [:]
        /// Bytes promised to uploads in flight (their partial files are not counted from the folder).
        var reserved: Int64 = 0
    }

    private let state = Mutex(State())

    init(maxBytes: Int64?, setting: String = "serve --max-store-mb") {
        self.maxBytes = maxBytes
        self.setting = setting
    }

    /// Marks an artifact as just used.
    func touch(_ sha256: String) {
        state.withLock { state in
            state.clock += 1
            state.lastUse[sha256] = state.clock
        }
    }

    /// Keeps these artifacts of `store` from eviction until `unpin`; counted, so two pins need two unpins.
    func pin(_ names: [String], in store: ArtifactStore) {
        state.withLock { state in
            for name in names {
                state.pins[name, default: 0] += 1
                state.clock += 1
                state.lastUse[name] = state.clock
                if state.pinFiles[name] == nil, let fd = Self.sharedLock(store.path(for: name)) {
                    state.pinFiles[name] = fd
                }
            }
        }
    }

    func unpin(_ names: [String]) {
        state.withLock { state in
            for name in names {
                let left = (state.pins[name] ?? 1) - 1
                state.pins[name] = left > 0 ? left : nil
                if left <= 0, let fd = state.pinFiles.removeValue(forKey: name) { close(fd) }
            }
        }
    }

    func isPinned(_ sha256: String) -> Bool { state.withLock { $0.pins[sha256] != nil } }

    /// Makes room for `bytes` more in `store` (evicting least recently used, unpinned artifacts) and promises them
    /// to the caller; `release` gives the promise back. Blocking (lists and removes files): on the thread pool.
    /// - Returns: the names evicted.
    @discardableResult
    func reserve(_ bytes: Int64, in store: ArtifactStore, forgetting forget: (String) -> Void) throws(Full) -> [String]
    {
        guard maxBytes != nil else { return [] }
        return try withStoreLock(store) { () throws(Full) -> [String] in
            try makeRoom(for: bytes, in: store, promise: true, forgetting: forget)
        }
    }

    /// Makes room for a file of `bytes` and runs `commit` (which moves it into `store`) before any other agent
    /// sharing the store can count its room: nothing is promised, the file is counted from the folder afterwards.
    func admit<T>(
        _ bytes: Int64, in store: ArtifactStore, forgetting forget: (String) -> Void, then commit: () throws -> T
    ) throws -> T {
        guard maxBytes != nil else { return try commit() }
        return try withStoreLock(store) {
            _ = try makeRoom(for: bytes, in: store, promise: false, forgetting: forget)
            return try commit()
        }
    }

    /// Gives back bytes promised by `reserve` (the upload ended: stored, so now counted from the folder, or failed).
    func release(_ bytes: Int64) {
        state.withLock { $0.reserved -= bytes }
    }

    private func makeRoom(
        for bytes: Int64, in store: ArtifactStore, promise: Bool, forgetting forget: (String) -> Void
    ) throws(Full) -> [String] {
        guard let maxBytes else { return [] }
        return try state.withLock { state throws(Full) -> [String] in
            var files = store.list().compactMap { name -> (name: String, size: Int64, modifiedNs: Int64)? in
                FileStatus(regularFileAt: store.path(for: name)).map { (name, $0.size, $0.modifiedNs) }
            }
            var used = files.reduce(0) { $0 + $1.size } + state.reserved
            guard used + bytes > maxBytes else {
                if promise { state.reserved += bytes }
                return []
            }
            // Oldest first: never used in this process (by file age), then by last use.
            let lastUse = state.lastUse
            files.sort { a, b in
                switch (lastUse[a.name], lastUse[b.name]) {
                case (nil, nil): a.modifiedNs < b.modifiedNs
                case (nil, _): true
                case (_, nil): false
                case (let x?, let y?): x < y
                }
            }
            // Held exclusively until removed or given up: an artifact another agent's case has pinned stays.
            var evictable: [(name: String, size: Int64, fd: Int32)] = []
            defer { for file in evictable { close(file.fd) } }
            for file in files where state.pins[file.name] == nil {
                if let fd = Self.exclusiveLock(store.path(for: file.name)) {
                    evictable.append((file.name, file.size, fd))
                }
            }
            let freeable = evictable.reduce(0) { $0 + $1.size }
            guard used - freeable + bytes <= maxBytes else {
                let mib = { (value: Int64) in String(format: "%.1f MiB", Double(value) / 1_048_576) }
                throw Full(
                    message:
                        "the artifact store is full: its quota is \(mib(maxBytes)) (\(setting)); \(mib(used - freeable)) are in use by the running case or by uploads in progress, and \(mib(bytes)) more do not fit"
                )
            }
            var evicted: [String] = []
            for file in evictable where used + bytes > maxBytes {
                unlink(store.path(for: file.name))
                forget(file.name)
                state.lastUse[file.name] = nil
                used -= file.size
                evicted.append(file.name)
            }
            if promise { state.reserved += bytes }
            return evicted
        }
    }

    /// Runs `body` holding an exclusive flock on the store's folder itself (no lock file among the artifacts):
    /// agents sharing the store count and take room one at a time.
    private func withStoreLock<T, E: Error>(_ store: ArtifactStore, _ body: () throws(E) -> T) throws(E) -> T {
        let fd = open(store.directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        // Without it (the folder went away) room is still counted in this process.
        guard fd >= 0 else { return try body() }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        return try body()
    }

    /// An open descriptor holding a shared flock on `path`, nil when it is missing or being evicted right now.
    private static func sharedLock(_ path: String) -> Int32? { tryLock(path, LOCK_SH) }

    /// An open descriptor holding an exclusive flock on `path`, nil when any agent has it pinned.
    private static func exclusiveLock(_ path: String) -> Int32? { tryLock(path, LOCK_EX) }

    /// An open descriptor holding a flock of `operation` on `path` without waiting, nil when it is missing or locked.
    private static func tryLock(_ path: String, _ operation: Int32) -> Int32? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard flock(fd, operation | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }
}
