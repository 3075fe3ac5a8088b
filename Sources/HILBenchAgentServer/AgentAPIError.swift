import Foundation
import HILBenchCore
public import Hummingbird

/// A refusal from the agent's HTTP API: a status, a stable code and a message that says what to do.
/// Sent as `{"error":{"code":…,"message":…}}`; it never carries the bearer token.
public struct AgentAPIError: HTTPResponseError, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    /// Stable, machine-readable: `unauthorized`, `bad_request`, `malformed_json`, `unknown_runner`,
    /// `artifact_missing`, `busy`, `too_large`, `hash_mismatch`, `not_found`, `internal`.
    public var code: String
    public var message: String
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, _ message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try jsonResponse(ErrorReply(error: .init(code: code, message: message)), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func unauthorized(_ message: String) -> AgentAPIError {
        AgentAPIError(.unauthorized, code: "unauthorized", message, headers: [.wwwAuthenticate: "Bearer"])
    }

    static func badRequest(_ message: String) -> AgentAPIError {
        AgentAPIError(.badRequest, code: "bad_request", message)
    }

    static func notFound(_ message: String) -> AgentAPIError { AgentAPIError(.notFound, code: "not_found", message) }
}

/// A JSON response encoded with the project's coders (`HILBenchJSON`).
func jsonResponse(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let data = try HILBenchJSON.encoder().encode(value)
    return Response(
        status: status, headers: [.contentType: "application/json; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(bytes: data)))
}
