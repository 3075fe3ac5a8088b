import Foundation
public import HILBenchAgentKit
import HILBenchCore
public import Hummingbird
import Logging

/// What the HTTP API lets a controller ask of this board beyond running cases.
public struct AgentRouterPolicy: Sendable {
    /// Accept a spec whose simulated marker names a wire file (`marker.wire`): the agent then appends marker
    /// edges to that path. Only for a virtual lab whose controller shares this file system; off by default
    /// because it lets the holder of the token append to any file the agent can write.
    public var allowMarkerWire: Bool
    /// Largest case spec accepted, bytes.
    public var maxSpecBytes: Int
    /// Longest long poll (`GET /v1/cases/{id}?wait=…`).
    public var maxPollWait: Duration

    public init(allowMarkerWire: Bool = false, maxSpecBytes: Int = 4 << 20, maxPollWait: Duration = .seconds(30)) {
        self.allowMarkerWire = allowMarkerWire
        self.maxSpecBytes = maxSpecBytes
        self.maxPollWait = maxPollWait
    }
}

/// The agent's HTTP API (docs/http-api.md), separate from the server so tests can drive it without sockets.
///
/// Every route but `GET /v1/health` needs `Authorization: Bearer <token>`. Blocking work (a case, the
/// runtime probe, re-hashing an artifact) runs on threads of its own, never on the event loops.
public func makeAgentRouter(
    service: AgentService, token: BearerToken, store: ArtifactStore, cases: CaseSupervisor,
    policy: AgentRouterPolicy = AgentRouterPolicy()
) -> Router<AgentRequestContext> {
    let router = Router(context: AgentRequestContext.self)
    router.add(middleware: AccessLogMiddleware())
    router.get("/v1/health") { _, _ in try jsonResponse(HealthReply()) }

    let api = router.group("/v1").add(middleware: BearerAuthMiddleware(token: token))

    api.get("info") { _, _ in try jsonResponse(await offload { service.info() }) }

    api.head("artifacts/**") { _, context in
        let sha = try artifactName(context)
        return Response(status: await offload { store.verify(sha) } ? .ok : .notFound)
    }

    api.put("artifacts/**") { request, context in
        let sha = try artifactName(context)
        if store.contains(sha), await offload({ store.verify(sha) }) {
            // Already here and intact: the body is not read (Hummingbird discards it).
            return try jsonResponse(ArtifactStored(sha256: sha, bytes: store.size(of: sha) ?? 0), status: .ok)
        }
        let declared = request.headers[.contentLength].flatMap { Int64($0) }
        do {
            let bytes = try await store.receive(sha, body: request.body, declaredLength: declared)
            context.logger.info("artifact stored", metadata: ["sha256": "\(sha)", "bytes": "\(bytes)"])
            return try jsonResponse(ArtifactStored(sha256: sha, bytes: bytes), status: .created)
        } catch let error as ArtifactStore.UploadError {
            switch error.kind {
            case .tooLarge: throw AgentAPIError(.contentTooLarge, code: "too_large", error.message)
            case .hashMismatch: throw AgentAPIError(.unprocessableContent, code: "hash_mismatch", error.message)
            case .storeFull:
                throw AgentAPIError(
                    .init(code: 507, reasonPhrase: "Insufficient Storage"), code: "store_full", error.message)
            case .io: throw AgentAPIError(.internalServerError, code: "store_io", error.message)
            }
        }
    }

    api.post("cases") { request, _ in
        let body = try await collect(request.body, limit: policy.maxSpecBytes)
        var spec = try decodeSpec(body)
        do throws(CaseSpec.InvalidField) {
            try spec.validate()
        } catch {
            throw AgentAPIError(.badRequest, code: "invalid_field", "the case spec's \(error)")
        }
        if spec.key.runtime == .command {
            guard case .string(let tool)? = spec.options["tool"] else {
                throw AgentAPIError.badRequest(
                    "a command case names its native tool in options.tool; this board allows: \(service.runner.registry.tools.allowedNames.joined(separator: ", "))"
                )
            }
            if spec.options["executable"] != nil {
                throw AgentAPIError(
                    .forbidden, code: "tool_not_allowed",
                    "options.executable is not accepted: the board names its tools' paths (hilbench-agent serve --allow-tool \(tool.prefix(64))=PATH); allowed here: \(service.runner.registry.tools.allowedNames.joined(separator: ", "))"
                )
            }
            do throws(ToolAllowlist.NotAllowed) {
                _ = try service.runner.registry.tools.resolve(tool: tool)
            } catch {
                throw AgentAPIError(.forbidden, code: "tool_not_allowed", error.description)
            }
        }
        // Inputs, like models, come from the store by sha256: no board path from the network reaches a runner.
        for (name, value) in spec.inputs.npy {
            guard ArtifactStore.isValidName(value), store.contains(value) else {
                throw AgentAPIError.badRequest(
                    "inputs.npy.\(name.prefix(64)) must be the sha256 of an artifact uploaded with PUT /v1/artifacts/{sha256}; board paths are not accepted over HTTP"
                )
            }
            spec.inputs.npy[name] = store.path(for: value)
        }
        if !spec.key.runtime.formats.contains(spec.format) {
            throw AgentAPIError.badRequest(
                "runtime \(spec.key.runtime.rawValue) loads \(spec.key.runtime.formats.map(\.rawValue).sorted().joined(separator: ", ")) models, not \(spec.format.rawValue)"
            )
        }
        if spec.format.isFile {
            // Over HTTP a model is always one of the store's artifacts: no path from the network reaches a runner.
            guard let sha = spec.artifactSHA256 else {
                throw AgentAPIError.badRequest(
                    "a \(spec.format.rawValue) model must be pinned by artifactSHA256 and uploaded with PUT /v1/artifacts/{sha256}; board paths are not accepted over HTTP"
                )
            }
            guard ArtifactStore.isValidName(sha) else {
                throw AgentAPIError.badRequest(
                    "artifactSHA256 must be 64 lowercase hex digits, got \(sha.prefix(80).debugDescription)")
            }
            guard store.contains(sha) else {
                throw AgentAPIError(
                    .conflict, code: "artifact_missing",
                    "artifact \(sha) is not in this agent's store; upload it with PUT /v1/artifacts/\(sha), then post the case again"
                )
            }
            spec.model = store.path(for: sha)
        }
        // A graph's weights file (OpenVINO IR, ncnn) comes from the store by its own sha256, like the graph.
        if let weightsSHA = spec.weightsSHA256, spec.weights != nil {
            guard ArtifactStore.isValidName(weightsSHA), store.contains(weightsSHA) else {
                throw AgentAPIError(
                    .conflict, code: "artifact_missing",
                    "the weights \(weightsSHA) are not in this agent's store; upload them with "
                        + "PUT /v1/artifacts/\(weightsSHA), then post the case again"
                )
            }
            spec.weights = store.path(for: weightsSHA)
        }
        if spec.marker.wire != nil, !policy.allowMarkerWire {
            throw AgentAPIError.badRequest(
                "the spec asks the agent to append marker edges to \(spec.marker.wire!.debugDescription); this agent only does that when started with --allow-marker-wire (a virtual lab sharing the controller's file system)"
            )
        }
        // The case's artifacts stay out of the quota's eviction until it ends; pinned first, then checked again, so
        // an upload between the checks above and here cannot have evicted one.
        let artifacts = store.artifacts(usedBy: spec)
        store.pin(artifacts)
        if let gone = artifacts.first(where: { !store.contains($0) }) {
            store.unpin(artifacts)
            throw AgentAPIError(
                .conflict, code: "artifact_missing",
                "artifact \(gone) is not in this agent's store (evicted to stay under --max-store-mb); upload it with PUT /v1/artifacts/\(gone), then post the case again"
            )
        }
        let id: String
        do throws(CaseSupervisor.Busy) {
            id = try cases.start(spec) { store.unpin(artifacts) }
        } catch {
            store.unpin(artifacts)
            throw AgentAPIError(
                .conflict, code: "busy",
                "busy: case \(error.runningID) (\(error.runningKey)) is running; this board runs one case at a time")
        }
        var response = try jsonResponse(CaseAccepted(id: id), status: .accepted)
        response.headers[.location] = "/v1/cases/\(id)"
        return response
    }

    api.get("cases/:id") { request, context in
        let id = try context.parameters.require("id")
        let asked = request.uri.queryParameters.get("wait", as: Double.self) ?? 0
        let wait = asked.isFinite ? min(max(asked, 0), Double(policy.maxPollWait.components.seconds)) : 0  // "nan", "inf": no wait
        guard let status = await cases.status(id, waitingUpTo: .milliseconds(Int64(wait * 1000))) else {
            throw AgentAPIError.notFound(
                "no case \(id.prefix(64).debugDescription) on this agent (finished cases are kept for a while, then forgotten)"
            )
        }
        return try jsonResponse(status)
    }

    api.delete("cases/:id") { _, context in
        let id = try context.parameters.require("id")
        guard let before = cases.cancel(id) else {
            throw AgentAPIError.notFound("no case \(id.prefix(64).debugDescription) on this agent")
        }
        if before.state == .running {
            context.logger.notice(
                "case cancelled",
                metadata: [
                    "case": .string("\(before.key)".escapingControlCharacters),
                    "id": .string("\(id)".escapingControlCharacters),
                ])
            var status = before
            status.cancelRequested = true
            return try jsonResponse(status, status: .accepted)
        }
        return try jsonResponse(before)
    }
    return router
}

/// The artifact name after `/v1/artifacts/`, if it is one valid name. The route takes everything below the
/// prefix (`**`), so `../etc/passwd` or `a/b` reach this check and get a 400 rather than a 404.
private func artifactName(_ context: AgentRequestContext) throws -> String {
    let name = context.parameters.getCatchAll().joined(separator: "/")
    guard ArtifactStore.isValidName(name) else {
        throw AgentAPIError.badRequest(
            "artifact names are 64 lowercase hex digits (a sha256) in one path component; got \(name.prefix(100).debugDescription)"
        )
    }
    return name
}

/// Reads a whole (small) body, refusing more than `limit` bytes.
private func collect(_ body: RequestBody, limit: Int) async throws -> Data {
    var data = Data()
    for try await chunk in body {
        guard data.count + chunk.readableBytes <= limit else {
            throw AgentAPIError(.contentTooLarge, code: "too_large", "the body is larger than \(limit) bytes")
        }
        data.append(contentsOf: chunk.readableBytesView)
    }
    return data
}

/// Decodes a case spec, telling malformed JSON (400), an unknown runtime (404) and a wrong shape (400) apart.
func decodeSpec(_ body: Data) throws -> CaseSpec {
    let decoder = HILBenchJSON.decoder()
    let probe: RuntimeProbe
    do {
        probe = try decoder.decode(RuntimeProbe.self, from: body)
    } catch {
        throw AgentAPIError(.badRequest, code: "malformed_json", "the body is not a JSON object: \(describe(error))")
    }
    if let name = probe.runtime, RuntimeKind(rawValue: name) == nil {
        throw AgentAPIError(
            .notFound, code: "unknown_runner",
            "unknown runner \(name.prefix(64).debugDescription): this agent runs \(RuntimeKind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
    }
    do {
        return try decoder.decode(CaseSpec.self, from: body)
    } catch {
        throw AgentAPIError(.badRequest, code: "bad_request", "the body is not a case spec: \(describe(error))")
    }
}

/// `key.runtime` if the body has one; anything else is left to the full decode.
private struct RuntimeProbe: Decodable {
    var runtime: String?

    private enum Keys: String, CodingKey { case key, runtime }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let key = try? container.nestedContainer(keyedBy: Keys.self, forKey: .key)
        runtime = try? key?.decodeIfPresent(String.self, forKey: .runtime)
    }
}

/// A decoding error as one line: the field's path and what was wrong (Foundation's own wording).
func describe(_ error: any Error) -> String {
    func path(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty
            ? ""
            : "field '\(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "."))': "
    }
    func underlying(_ context: DecodingError.Context) -> String {
        guard let inner = context.underlyingError else { return "" }
        let text = (inner as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(inner)"
        return " (\(text))"
    }
    switch error {
    case DecodingError.dataCorrupted(let context):
        return "\(path(context))\(context.debugDescription)\(underlying(context))"
    case DecodingError.keyNotFound(let key, let context):
        return "\(path(context))missing field '\(key.stringValue)'"
    case DecodingError.typeMismatch(let type, let context):
        return "\(path(context))expected \(type): \(context.debugDescription)"
    case DecodingError.valueNotFound(let type, let context):
        return "\(path(context))expected \(type), found null"
    default:
        return "\(error)"
    }
}

/// Runs blocking work on a thread of its own and awaits it, keeping it off the event loops and the cooperative pool.
func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: work()) }
        thread.name = "hilbench-agent-blocking"
        thread.start()
    }
}

/// Refuses a request without the agent's bearer token. The presented value is never logged nor echoed.
struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: BearerToken

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw AgentAPIError.unauthorized(
                "missing 'Authorization: Bearer <token>'; use the token file given to hilbench-agent serve")
        }
        guard token.accepts(authorization: header) else {
            throw AgentAPIError.unauthorized(
                "wrong bearer token; the controller's token_file must hold the same secret as the agent's --token-file")
        }
        return try await next(request, context)
    }
}

/// One line per request: method, path, status, milliseconds (and the error's code). Polls and health at debug.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let quiet =
            request.method == .get && (request.uri.path.hasPrefix("/v1/cases/") || request.uri.path == "/v1/health")
        func log(_ status: HTTPResponse.Status, _ extra: Logger.Metadata = [:]) {
            let elapsed = ContinuousClock.now - start
            // Path and messages come from the network: escaped, so none can forge a line of this log.
            var metadata: Logger.Metadata = [
                "method": .string("\(request.method)".escapingControlCharacters),
                "path": .string(String(request.uri.path.prefix(500)).escapingControlCharacters),
                "status": "\(status.code)",
                "ms": "\(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)",
            ]
            metadata.merge(extra) { $1 }
            context.logger.log(
                level: status.code >= 400 ? .notice : quiet ? .debug : .info, "request", metadata: metadata)
        }
        do {
            let response = try await next(request, context)
            log(response.status)
            return response
        } catch let error as AgentAPIError {
            log(
                error.status,
                ["code": "\(error.code)", "message": .string("\(error.message)".escapingControlCharacters)])
            throw error
        } catch let error as any HTTPResponseError {
            log(error.status)
            // The router's own refusals (no such route, method not allowed) get the same JSON error body as ours.
            if !(error is AgentAPIError), (400..<500).contains(error.status.code) {
                throw AgentAPIError(
                    error.status, code: error.status == .notFound ? "not_found" : "bad_request",
                    "\(request.method) \(request.uri.path.prefix(200)): \(error.status.reasonPhrase.lowercased())")
            }
            throw error
        } catch {
            log(.internalServerError, ["error": .string("\(error)".escapingControlCharacters)])
            throw error
        }
    }
}
