import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The artifact store's total size limit (`serve --max-store-mb`): an upload that would go over it first evicts
/// the least recently used artifacts, never one a running case uses (pinned); when even that cannot make room the
/// upload is refused and nothing is stored. Use is counted in this process (HEAD, PUT, a case); artifacts not used
/// since the agent started are the oldest, in order of their file's modification time.
final class StoreQuota: Sendable {
    /// Why an upload could not get room.
    struct Full: Error, Sendable, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    let maxBytes: Int64?

    private struct State {
        var lastUse: [String: UInt64] = [:]
        var clock: UInt64 = 0
        var pins: [String: Int] = [:]
        /// Bytes promised to uploads in flight (their partial files are not counted from the folder).
        var reserved: Int64 = 0
    }

    private let state = Mutex(State())

    init(maxBytes: Int64?) { self.maxBytes = maxBytes }

    /// Marks an artifact as just used.
    func touch(_ sha256: String) {
        state.withLock { state in
            state.clock += 1
            state.lastUse[sha256] = state.clock
        }
    }

    /// Keeps these artifacts from eviction until `unpin`; counted, so two pins need two unpins.
    func pin(_ names: [String]) {
        state.withLock { state in
            for name in names {
                state.pins[name, default: 0] += 1
                state.clock += 1
                state.lastUse[name] = state.clock
            }
        }
    }

    func unpin(_ names: [String]) {
        state.withLock { state in
            for name in names {
                let left = (state.pins[name] ?? 1) - 1
                state.pins[name] = left > 0 ? left : nil
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
        guard let maxBytes else { return [] }
        return try state.withLock { state throws(Full) -> [String] in
            var files = store.list().compactMap { name -> (name: String, size: Int64, modifiedNs: Int64)? in
                FileStatus(regularFileAt: store.path(for: name)).map { (name, $0.size, $0.modifiedNs) }
            }
            var used = files.reduce(0) { $0 + $1.size } + state.reserved
            guard used + bytes > maxBytes else {
                state.reserved += bytes
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
            let evictable = files.filter { state.pins[$0.name] == nil }
            let freeable = evictable.reduce(0) { $0 + $1.size }
            guard used - freeable + bytes <= maxBytes else {
                let mib = { (value: Int64) in String(format: "%.1f MiB", Double(value) / 1_048_576) }
                throw Full(
                    message:
                        "the artifact store is full: its quota is \(mib(maxBytes)) (serve --max-store-mb); \(mib(used - freeable)) are in use by the running case or by uploads in progress, and \(mib(bytes)) more do not fit"
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
            state.reserved += bytes
            return evicted
        }
    }

    /// Gives back bytes promised by `reserve` (the upload ended: stored, so now counted from the folder, or failed).
    func release(_ bytes: Int64) {
        state.withLock { $0.reserved -= bytes }
    }
}
