import Foundation
import HILBenchCore

/// Artifacts over SSH: asked for by sha256, copied once into the board agent's store, verified there.
extension StdioAgentTransport {
    /// Makes sure the board's store holds `sha` (uploading `localPath` with scp through the board's ControlMaster
    /// when it does not) and returns the artifact's path on the board.
    func ensureArtifact(
        _ sha: String, localPath: String, uploader: SSHCommand, timeout: Duration
    ) async throws -> String {
        let state = try await artifactState(.artifact(sha))
        if state.present { return state.path }
        guard let upload = state.upload else {
            throw HILBenchError(.agent, "the agent on \(board) named no upload file for artifact \(sha)", board: board)
        }
        guard FileManager.default.isReadableFile(atPath: localPath) else {
            throw HILBenchError(.io, "cannot read the artifact \(localPath) to upload it to \(board)", board: board)
        }
        let copy = BoundedCommand(uploader.copy(localPath, to: upload), timeout: timeout)
        let outcome = try await copy.run(board: board)
        guard outcome.succeeded else {
            try Task.checkCancellation()  // an interrupted run stores nothing for this case
            // The agent takes in only a complete copy with the right hash; a partial one is its hidden upload file,
            // removed by put_artifact below or swept later.
            _ = try? await artifactState(.putArtifact(sha, upload: upload))
            let how = outcome.status.map { "exit \($0)" } ?? "killed after \(timeout)"
            throw HILBenchError(
                .transport,
                "scp of \(localPath) to \(uploader.destination):\(upload) failed (\(how))\(outcome.stderr.isEmpty ? "" : ": \(outcome.stderr)")",
                board: board)
        }
        let stored = try await artifactState(.putArtifact(sha, upload: upload))
        guard stored.present else {
            throw HILBenchError(
                .agent, "the agent on \(board) did not keep artifact \(sha) after its upload", board: board)
        }
        return stored.path
    }

    private func artifactState(_ request: AgentRequest) async throws -> AgentArtifactState {
        let reply = try await self.request(request, timeout: .seconds(120))
        guard reply.type == .artifact, let state = reply.artifact, state.sha256 == request.sha256 else {
            throw HILBenchError(
                .agent,
                "\(request.type.rawValue) \(request.sha256 ?? "") on \(board): \(reply.message ?? "the agent sent no artifact state")",
                board: board)
        }
        return state
    }
}
