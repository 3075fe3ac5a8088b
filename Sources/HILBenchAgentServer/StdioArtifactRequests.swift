import Foundation
public import HILBenchCore
import Synchronization

/// Answers the stdio link's `artifact` and `put_artifact` requests from the agent's store, opened on first use
/// (a local child agent that is never asked about artifacts creates no store).
public final class StdioArtifactRequests: Sendable {
    /// The store folder on this board.
    public let directory: String
    private let maxUploadBytes: Int64
    private let store = Mutex<ArtifactStore?>(nil)

    public init(directory: String, maxUploadBytes: Int64 = 1024 << 20) {
        self.directory = directory
        self.maxUploadBytes = maxUploadBytes
    }

    /// The reply to an artifact request; nil for any other request.
    public func answer(_ request: AgentRequest) -> AgentReply? {
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
                _ = try store.adopt(upload: upload, as: sha)
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

    private func opened() throws -> ArtifactStore {
        try store.withLock { store in
            if let store { return store }
            // Several stdio agents (one per controller session) may share a store: keep their fresh uploads.
            let opened = try ArtifactStore(
                directory: directory, maxUploadBytes: maxUploadBytes, sweepPartialsOlderThan: 3600)
            store = opened
            return opened
        }
    }
}
