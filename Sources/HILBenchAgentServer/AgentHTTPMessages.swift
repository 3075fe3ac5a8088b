public import HILBenchCore

// The JSON bodies of the agent's HTTP API (docs/http-api.md). The controller's client decodes the same
// shapes (HILBenchTransport cannot depend on this module; the transport tests check both sides agree).

/// `GET /v1/health`: answered without authentication, so a lab can probe liveness.
public struct HealthReply: Sendable, Codable, Equatable {
    public var status: String
    public var agentVersion: String
    public var protocolVersion: Int

    public init(
        status: String = "ok", agentVersion: String = AgentProtocol.softwareVersion,
        protocolVersion: Int = AgentProtocol.version
    ) {
        self.status = status
        self.agentVersion = agentVersion
        self.protocolVersion = protocolVersion
    }
}

/// `POST /v1/cases` → 202: the id to poll.
public struct CaseAccepted: Sendable, Codable, Equatable {
    public var id: String

    public init(id: String) { self.id = id }
}

/// `GET /v1/cases/{id}` and `DELETE /v1/cases/{id}`: where a case is.
public struct CaseStatusReply: Sendable, Codable, Equatable {
    public enum State: String, Sendable, Codable { case running, done }
    public var id: String
    public var state: State
    /// The case's key, so a log line or a human polling with curl knows what runs.
    public var key: CaseKey
    public var elapsedSeconds: Double
    /// A `DELETE` arrived; the runner is being killed.
    public var cancelRequested: Bool
    /// Set once `state` is `done`.
    public var result: CaseResult?

    public init(
        id: String, state: State, key: CaseKey, elapsedSeconds: Double, cancelRequested: Bool, result: CaseResult?
    ) {
        self.id = id
        self.state = state
        self.key = key
        self.elapsedSeconds = elapsedSeconds
        self.cancelRequested = cancelRequested
        self.result = result
    }
}

/// `PUT /v1/artifacts/{sha256}` → 201 (stored) or 200 (already there).
public struct ArtifactStored: Sendable, Codable, Equatable {
    public var sha256: String
    public var bytes: Int64

    public init(sha256: String, bytes: Int64) {
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// Every error body: `{"error":{"code":"busy","message":"…"}}`.
public struct ErrorReply: Sendable, Codable, Equatable {
    public struct Detail: Sendable, Codable, Equatable {
        public var code: String
        public var message: String

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    public var error: Detail

    public init(error: Detail) { self.error = error }
}
