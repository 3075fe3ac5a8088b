import Foundation
public import HILBenchAgentKit
public import HILBenchCore
import Synchronization

/// Answers the stdio link's `artifact` and `put_artifact` requests from the agent's store, opened on first use
/// (a local child agent that is never asked about artifacts creates no store), under the same quota as the HTTP
/// agent's store (`stdio --max-store-mb`): least recently used artifacts evicted, a running case's pinned, an
/// upload that cannot fit refused with code `store_full`.
public final class StdioArtifactRequests: Sendable {
    /// The store folder on this board.
    public let directory: String
    private let maxUploadBytes: Int64
    private let maxStoreBytes: Int64?
    private let store = Mutex<ArtifactStore?>(nil)

    public init(directory: String, maxUploadBytes: Int64 = 1024 << 20, maxStoreBytes: Int64? = nil) {
        self.directory = directory
        self.maxUploadBytes = maxUploadBytes
        self.maxStoreBytes = maxStoreBytes
    }

    /// The reply to an artifact request; nil for any other request. `cancellation` (the controller went away)
    /// drops an upload being taken in.
    public func answer(_ request: AgentRequest, cancellation: CaseCancellation = CaseCancellation()) -> AgentReply? {
        guard request.type == .artifact || request.type == .putArtifact else { return nil }
        guard let sha = request.sha256, ArtifactStore.isValidName(sha) else {
            return AgentReply(
                type: .error,
                message:
                    "\(request.type.rawValue) needs 'sha256': 64 lowercase hex digits, got \((request.sha256 ?? "nothing").prefix(80).debugDescription)"
            )
        }
        let store: ArtifactStore
        do {
            store = try opened()
        } catch {
            return AgentReply(type: .error, message: "\(error)")
        }
        if request.type == .putArtifact {
            guard let upload = request.upload else {
                return AgentReply(type: .error, message: "put_artifact needs 'upload'")
            }
            do {
                _ = try store.adoptWaiting(upload: upload, as: sha) { cancellation.isCancelled }
            } catch let error as ArtifactStore.UploadError {
                return AgentReply(
                    type: .error, message: "artifact \(sha) not stored in \(directory): \(error)",
                    code: error.kind == .storeFull ? "store_full" : nil)
            } catch {
                return AgentReply(type: .error, message: "artifact \(sha) not stored in \(directory): \(error)")
            }
        }
        let present = store.verify(sha)
        return AgentReply(
            type: .artifact,
            artifact: AgentArtifactState(
                sha256: sha, present: present, path: store.path(for: sha),
                upload: present ? nil : store.newUploadPath()))
    }

    /// Runs `body` (a `run_case`) with the store's artifacts the case reads pinned against eviction by any agent
    /// sharing the store. Nothing to pin before this agent opened its store (no artifact was asked for).
    public func pinning<T>(_ request: AgentRequest, _ body: () throws -> T) rethrows -> T {
        guard request.type == .runCase, let spec = request.spec, let store = store.withLock({ $0 }) else {
            return try body()
        }
        let names = store.artifacts(usedBy: spec)
        store.pin(names)
        defer { store.unpin(names) }
        return try body()
    }

    private func opened() throws -> ArtifactStore {
        try store.withLock { store in
            if let store { return store }
            // Several stdio agents (one per controller session) may share a store: keep their fresh uploads.
            let opened = try ArtifactStore(
                directory: directory, maxUploadBytes: maxUploadBytes, sweepPartialsOlderThan: 3600,
                maxStoreBytes: maxStoreBytes, quotaSetting: "hilbench-agent stdio --max-store-mb")
            store = opened
            return opened
        }
    }
}
