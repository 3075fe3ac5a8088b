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
    public enum Kind: String, Sendable, Codable { case hello, info, runCase = "run_case", bye }
    public var type: Kind
    public var protocolVersion: Int?
    public var spec: CaseSpec?

    public init(type: Kind, protocolVersion: Int? = nil, spec: CaseSpec? = nil) {
        self.type = type
        self.protocolVersion = protocolVersion
        self.spec = spec
    }

    public static let hello = AgentRequest(type: .hello, protocolVersion: AgentProtocol.version)
    public static let info = AgentRequest(type: .info)
    public static let bye = AgentRequest(type: .bye)
    public static func run(_ spec: CaseSpec) -> AgentRequest { AgentRequest(type: .runCase, spec: spec) }
}

/// A reply from the agent.
public struct AgentReply: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case hello, info, result, error }
    public var type: Kind
    public var protocolVersion: Int?
    public var agentVersion: String?
    public var info: AgentInfo?
    public var result: CaseResult?
    public var message: String?

    public init(type: Kind, protocolVersion: Int? = nil, agentVersion: String? = nil, info: AgentInfo? = nil, result: CaseResult? = nil, message: String? = nil) {
        self.type = type
        self.protocolVersion = protocolVersion
        self.agentVersion = agentVersion
        self.info = info
        self.result = result
        self.message = message
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
