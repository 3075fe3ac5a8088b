/// The controller ↔ agent vocabulary, carried as one JSON object per line over a child's stdio or SSH,
/// or as JSON bodies over HTTP. Versioned: both sides say `hello` with their version first.
public enum AgentProtocol {
    /// Bumped on any incompatible change of the messages below.
    public static let version = 1
    /// The version string of this build of hilbench (controller and agent).
    public static let softwareVersion = "0.1.0"
}

/// A request from the controller.
public struct AgentRequest: Sendable, Codable, Equatable {
    /// `artifact` asks whether the agent's store holds `sha256` (and where to upload it); `put_artifact` asks it
    /// to verify the file `upload` (copied into the store folder beside the agent, e.g. with scp) and take it in.
    public enum Kind: String, Sendable, Codable {
        case hello, info
        case runCase = "run_case"
        case artifact
        case putArtifact = "put_artifact"
        case bye
    }
    public var type: Kind
    public var protocolVersion: Int?
    public var spec: CaseSpec?
    /// The artifact of an `artifact` or `put_artifact` request.
    public var sha256: String?
    /// `put_artifact`: the upload's absolute path on the board, as the agent's `artifact` reply named it.
    public var upload: String?

    public init(
        type: Kind, protocolVersion: Int? = nil, spec: CaseSpec? = nil, sha256: String? = nil, upload: String? = nil
    ) {
        self.type = type
        self.protocolVersion = protocolVersion
        self.spec = spec
        self.sha256 = sha256
        self.upload = upload
    }

    public static let hello = AgentRequest(type: .hello, protocolVersion: AgentProtocol.version)
    public static let info = AgentRequest(type: .info)
    public static let bye = AgentRequest(type: .bye)
    public static func run(_ spec: CaseSpec) -> AgentRequest { AgentRequest(type: .runCase, spec: spec) }
    public static func artifact(_ sha256: String) -> AgentRequest { AgentRequest(type: .artifact, sha256: sha256) }
    public static func putArtifact(_ sha256: String, upload: String) -> AgentRequest {
        AgentRequest(type: .putArtifact, sha256: sha256, upload: upload)
    }
}

/// A reply from the agent.
public struct AgentReply: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case hello, info, result, artifact, error }
    public var type: Kind
    public var protocolVersion: Int?
    public var agentVersion: String?
    public var info: AgentInfo?
    public var result: CaseResult?
    /// The answer to `artifact` and `put_artifact`.
    public var artifact: AgentArtifactState?
    public var message: String?
    /// An `error`'s machine-readable reason where one is defined (`store_full`: the artifact does not fit under the
    /// store's quota), the same words as the HTTP agent's error codes.
    public var code: String?

    public init(
        type: Kind, protocolVersion: Int? = nil, agentVersion: String? = nil, info: AgentInfo? = nil,
        result: CaseResult? = nil,
        artifact: AgentArtifactState? = nil, message: String? = nil, code: String? = nil
    ) {
        self.type = type
        self.protocolVersion = protocolVersion
        self.agentVersion = agentVersion
        self.info = info
        self.result = result
        self.artifact = artifact
        self.message = message
        self.code = code
    }
}

/// The agent's answer to `info`: the board's environment and the runtimes it can drive.
public struct AgentInfo: Sendable, Codable, Equatable {
    public struct Runtime: Sendable, Codable, Equatable {
        public var runtime: RuntimeKind
        public var available: Bool
        public var version: String?
        /// Why it is not available (module missing, python missing).
        public var reason: String?

        public init(runtime: RuntimeKind, available: Bool, version: String?, reason: String?) {
            self.runtime = runtime
            self.available = available
            self.version = version
            self.reason = reason
        }
    }

    public var protocolVersion: Int
    public var agentVersion: String
    public var environment: EnvironmentInfo
    public var runtimes: [Runtime]

    public init(protocolVersion: Int, agentVersion: String, environment: EnvironmentInfo, runtimes: [Runtime]) {
        self.protocolVersion = protocolVersion
        self.agentVersion = agentVersion
        self.environment = environment
        self.runtimes = runtimes
    }
}
