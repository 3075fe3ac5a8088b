public import HILBenchCore

/// How the controller talks to one board's agent. Local child, SSH and HTTP all carry the same messages.
public protocol BoardTransport: Sendable {
    /// The board's name.
    var board: String { get }
    /// `local`, `ssh` or `http`.
    var kind: String { get }
    /// Checks that an agent answers and speaks our protocol version.
    func hello() async throws -> String
    func info() async throws -> AgentInfo
    /// Runs one case; throws only when the transport failed (the case result carries runner failures).
    func run(_ spec: CaseSpec, timeout: Duration) async throws -> CaseResult
    func close() async
}
