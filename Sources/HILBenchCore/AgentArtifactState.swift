/// Where an artifact is in a board agent's store, and where to upload it when it is not there yet.
public struct AgentArtifactState: Sendable, Codable, Equatable {
    public var sha256: String
    /// The artifact is in the store and hashes to its name.
    public var present: Bool
    /// Its path on the board once stored: what a case spec's `model` should name.
    public var path: String
    /// A fresh hidden file in the store folder to copy the bytes to (absent when `present`); `put_artifact` then
    /// verifies it and renames it to `path`.
    public var upload: String?

    public init(sha256: String, present: Bool, path: String, upload: String? = nil) {
        self.sha256 = sha256
        self.present = present
        self.path = path
        self.upload = upload
    }
}
