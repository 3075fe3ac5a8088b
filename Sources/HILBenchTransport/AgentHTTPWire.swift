import HILBenchCore

// The bodies of the agent's HTTP API as the controller reads them (docs/http-api.md). The server's types live
// in HILBenchAgentServer, which this module must not depend on; the transport tests check both sides agree.

struct HealthWire: Decodable {
    var status: String
    var agentVersion: String
    var protocolVersion: Int
}

struct CaseAcceptedWire: Decodable {
    var id: String
}

struct CaseStatusWire: Decodable {
    var id: String
    /// `running` or `done`.
    var state: String
    var elapsedSeconds: Double?
    var result: CaseResult?
}

struct ErrorWire: Decodable {
    struct Detail: Decodable {
        var code: String?
        var message: String
    }

    var error: Detail
}
