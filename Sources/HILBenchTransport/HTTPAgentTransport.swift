import Foundation
public import HILBenchCore

/// The agent's HTTP(S) API (`hilbench-agent serve`, docs/http-api.md) through libcurl.
///
/// One easy handle per board, kept for the transport's life so the connection (and TLS session) is reused,
/// driven by a thread of its own: curl's blocking calls never occupy the cooperative pool. A case goes
/// HEAD artifact → PUT it if missing → POST the spec → long-poll GET until done; on timeout the case is
/// cancelled on the agent with DELETE. Errors name the board, the method and path (never the token), curl's
/// own text and the HTTP status with the agent's JSON message.
public actor HTTPAgentTransport: BoardTransport {
    public struct Configuration: Sendable {
        /// Base URL of the agent, e.g. `https://board1:8765`.
        public var url: String
        /// File holding the bearer token (content trimmed); nil sends none (the agent will refuse).
        public var tokenFile: String?
        /// PEM CA bundle (or the agent's self-signed certificate) to trust instead of the system's.
        public var caFile: String?
        /// `sha256//<base64 of the DER public key>`; without `caFile`, the pin alone is trusted.
        public var pinnedPublicKey: String?
        public var connectTimeout: Duration
        /// Bound on each ordinary request (`info` may probe Python runtimes for a few seconds on first call).
        public var requestTimeout: Duration
        /// Bound on an artifact upload (also bounded by the case's timeout).
        public var uploadTimeout: Duration
        /// How long one `GET /v1/cases/{id}` may wait on the agent for the case to finish (long poll).
        public var pollWait: Duration
        /// How long to keep retrying while the agent answers 409 busy (another case is still being torn down).
        public var busyRetry: Duration

        public init(
            url: String, tokenFile: String?, caFile: String? = nil, pinnedPublicKey: String? = nil,
            connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(120),
            uploadTimeout: Duration = .seconds(900), pollWait: Duration = .seconds(10),
            busyRetry: Duration = .seconds(10)
        ) {
            self.url = url
            self.tokenFile = tokenFile
            self.caFile = caFile
            self.pinnedPublicKey = pinnedPublicKey
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
            self.uploadTimeout = uploadTimeout
            self.pollWait = pollWait
            self.busyRetry = busyRetry
        }

        public init(_ http: TargetConfig.HTTP) {
            self.init(
                url: http.url, tokenFile: http.tokenFile, caFile: http.caFile, pinnedPublicKey: http.pinnedPublicKey)
        }
    }

    public nonisolated let board: String
    public nonisolated let kind = "http"
    public nonisolated let configuration: Configuration
    private let worker: CurlWorker
    private let baseURL: String
    private var authorization: String?
    private var tokenLoaded = false
    /// Connections opened so far: stays at 1 while keep-alive works.
    public private(set) var connectionsOpened = 0
    public private(set) var requestsSent = 0

    public init(board: String, configuration: Configuration) {
        self.board = board
        self.configuration = configuration
        var base = configuration.url
        while base.hasSuffix("/") { base.removeLast() }
        baseURL = base
        worker = CurlWorker(name: "hilbench-http-\(board)")
    }

    deinit { worker.stop() }

    public func hello() async throws -> String {
        let response = try await send(.get, "/v1/health", timeout: configuration.requestTimeout)
        try check(response, .get, "/v1/health", accept: [200])
        let health = try decode(HealthWire.self, response, .get, "/v1/health")
        guard health.protocolVersion == AgentProtocol.version else {
            throw HILBenchError(
                .protocolMismatch,
                "the agent at \(displayURL) speaks protocol \(health.protocolVersion) (hilbench-agent \(health.agentVersion)), this controller speaks \(AgentProtocol.version); deploy a matching agent",
                board: board)
        }
        return health.agentVersion
    }

    public func info() async throws -> AgentInfo {
        let response = try await send(.get, "/v1/info", timeout: configuration.requestTimeout)
        try check(response, .get, "/v1/info", accept: [200])
        return try decode(AgentInfo.self, response, .get, "/v1/info")
    }

    public func run(_ spec: CaseSpec, timeout: Duration) async throws -> CaseResult {
        let deadline = ContinuousClock.now + timeout
        try await ensureArtifacts(spec, deadline: deadline)
        let id = try await startCase(try await withInputsUploaded(spec, deadline: deadline), deadline: deadline)
        let path = "/v1/cases/\(id)"
        do {
            while true {
                let remaining = deadline - .now
                guard remaining > .zero else {
                    throw HILBenchError(
                        .transport,
                        "no result from the agent at \(displayURL) within \(timeout) for case \(spec.key); it was cancelled there (DELETE \(path))",
                        board: board)
                }
                let wait = min(configuration.pollWait, remaining)
                let query =
                    "\(path)?wait=\(String(format: "%.3f", Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18))"
                // Never past the case's deadline: a board that stopped answering mid-poll must not hold the run longer.
                let response = try await send(
                    .get, query, timeout: min(wait + configuration.requestTimeout, remaining + .seconds(1)))
                try check(response, .get, path, accept: [200])
                let status = try decode(CaseStatusWire.self, response, .get, path)
                if status.state == "done" {
                    guard var result = status.result else {
                        throw HILBenchError(.protocolMismatch, "GET \(path) said done without a result", board: board)
                    }
                    result.transport = kind
                    return result
                }
            }
        } catch {
            // Whatever went wrong here (timeout, cancellation, a broken link), do not leave the board busy.
            await Task { await self.cancelOnAgent(path) }.value
            throw error
        }
    }

    public func close() async {
        worker.reset()
    }

    // MARK: - Steps of a case

    /// The case's model and, for a graph with a separate weights file (OpenVINO IR, ncnn), its weights: each is
    /// uploaded unless the agent's store has it.
    private func ensureArtifacts(_ spec: CaseSpec, deadline: ContinuousClock.Instant) async throws {
        guard let sha = spec.artifactSHA256, spec.format.isFile else { return }
        try await ensureArtifact(sha, localPath: spec.model, deadline: deadline)
        if let weights = spec.weights, let weightsSHA = spec.weightsSHA256 {
            try await ensureArtifact(weightsSHA, localPath: weights, deadline: deadline)
        }
    }

    private func ensureArtifact(_ sha: String, localPath: String, deadline: ContinuousClock.Instant) async throws {
        let path = "/v1/artifacts/\(sha)"
        let response = try await send(.head, path, timeout: min(configuration.requestTimeout, deadline - .now))
        switch response.status {
        case 200: return
        case 404: try await upload(sha, from: localPath, deadline: deadline)
        default: try check(response, .head, path, accept: [200, 404])
        }
    }

    /// The agent takes `.npy` inputs only as artifacts of its store, like models: each file is uploaded (when the
    /// agent lacks it) and named by its sha256 in the spec sent; the controller's paths never go over the wire.
    private func withInputsUploaded(_ spec: CaseSpec, deadline: ContinuousClock.Instant) async throws -> CaseSpec {
        var sent = spec
        for (name, localPath) in spec.inputs.npy.sorted(by: { $0.key < $1.key }) {
            let sha: String
            do {
                sha = try SHA256.hex(ofFileAt: localPath)
            } catch {
                throw HILBenchError(
                    .io, "cannot read the input \(name)'s file \(localPath) to upload it to \(board): \(error)",
                    board: board, cause: error)
            }
            try await ensureArtifact(sha, localPath: localPath, deadline: deadline)
            sent.inputs.npy[name] = sha
        }
        return sent
    }

    private func upload(_ sha: String, from localPath: String, deadline: ContinuousClock.Instant) async throws {
        let path = "/v1/artifacts/\(sha)"
        let size: Int64
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: localPath)
            size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        } catch {
            throw HILBenchError(
                .io, "cannot read the artifact \(localPath) to upload it to \(board): \(error.localizedDescription)",
                board: board, cause: error)
        }
        // Small files go from memory; larger ones stream from disk as curl reads them.
        let body: CurlRequest.Body
        if size <= 1 << 20, let data = FileManager.default.contents(atPath: localPath) {
            body = .data(data)
        } else {
            body = .file(path: localPath, size: size)
        }
        let response = try await send(
            .put, path, body: body, contentType: "application/octet-stream",
            timeout: min(configuration.uploadTimeout, deadline - .now))
        try check(response, .put, path, accept: [200, 201])
    }

    private func startCase(_ spec: CaseSpec, deadline: ContinuousClock.Instant) async throws -> String {
        let body = try HILBenchJSON.encoder().encode(spec)
        let busyUntil = min(deadline, .now + configuration.busyRetry)
        var uploaded = false
        while true {
            let response = try await send(
                .post, "/v1/cases", body: .data(body), timeout: min(configuration.requestTimeout, deadline - .now))
            if response.status == 202 {
                return try decode(CaseAcceptedWire.self, response, .post, "/v1/cases").id
            }
            let code =
                response.status == 409
                ? (try? HILBenchJSON.decoder().decode(ErrorWire.self, from: response.body))?.error.code : nil
            if code == "artifact_missing", !uploaded, spec.artifactSHA256 != nil {
                // Gone since the HEAD (store cleaned, re-verification failed): the graph or its weights; ask again
                // which the store lacks, upload it and post again, once.
                try await ensureArtifacts(spec, deadline: deadline)
                uploaded = true
                continue
            }
            if code == "busy", ContinuousClock.now < busyUntil {
                try await Task.sleep(for: .milliseconds(100))
                continue
            }
            try check(response, .post, "/v1/cases", accept: [202])
        }
    }

    private func cancelOnAgent(_ path: String) async {
        _ = try? await send(.delete, path, timeout: .seconds(5))
    }

    // MARK: - HTTP

    private var displayURL: String {
        // Never show credentials a URL might carry.
        guard var components = URLComponents(string: baseURL) else { return baseURL }
        components.user = nil
        components.password = nil
        return components.string ?? baseURL
    }

    private func headers(contentType: String?) throws -> [String] {
        if !tokenLoaded {
            if let file = configuration.tokenFile {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw HILBenchError(
                        .config, "cannot read the token file \(file) for \(board): no such file or not readable",
                        board: board)
                }
                let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !token.isEmpty else {
                    throw HILBenchError(.config, "the token file \(file) for \(board) is empty", board: board)
                }
                authorization = "Authorization: Bearer \(token)"
            }
            tokenLoaded = true
        }
        var headers = ["Accept: application/json", "Expect:"]  // no 100-continue round trip before a body
        if let authorization { headers.append(authorization) }
        if let contentType { headers.append("Content-Type: \(contentType)") }
        return headers
    }

    private func send(
        _ method: CurlRequest.Method, _ pathAndQuery: String, body: CurlRequest.Body = .none,
        contentType: String? = nil, timeout: Duration
    ) async throws -> CurlResponse {
        let path = pathAndQuery.split(separator: "?", maxSplits: 1).first.map(String.init) ?? pathAndQuery
        guard timeout > .zero else {
            throw HILBenchError(
                .transport, "no time left for \(method.rawValue) \(path) on \(displayURL)", board: board)
        }
        let request = CurlRequest(
            method: method, url: baseURL + pathAndQuery,
            headers: try headers(contentType: contentType ?? (method == .post ? "application/json" : nil)),
            body: body, connectTimeoutMs: Self.milliseconds(configuration.connectTimeout),
            timeoutMs: Self.milliseconds(timeout),
            caFile: configuration.caFile, pinnedPublicKey: configuration.pinnedPublicKey)
        let abort = CurlAbort()
        let outcome = await withTaskCancellationHandler {
            await worker.perform(request, abort: abort)
        } onCancel: {
            abort.abort()
        }
        requestsSent += 1
        switch outcome {
        case .success(let response):
            connectionsOpened += response.newConnections
            return response
        case .failure(let error):
            if error.isAborted, Task.isCancelled { throw CancellationError() }
            var message = "\(method.rawValue) \(path) on \(displayURL) failed: \(error.summary)"
            if error.isCertificateProblem {
                message +=
                    "; the agent's certificate is not trusted: set ca_file to the CA (or the agent's self-signed certificate) or pinned_public_key in the target"
            } else if error.isPinMismatch {
                message +=
                    "; the agent's public key is not the pinned_public_key of the target (a different agent, or its key was replaced)"
            }
            throw HILBenchError(.transport, message, board: board, cause: error)
        }
    }

    /// Throws unless the status is one of `accept`, with the agent's JSON error message.
    private func check(_ response: CurlResponse, _ method: CurlRequest.Method, _ path: String, accept: Set<Int>) throws
    {
        guard !accept.contains(response.status) else { return }
        let reply = try? HILBenchJSON.decoder().decode(ErrorWire.self, from: response.body)
        var message = "HTTP \(response.status) from \(method.rawValue) \(path) on \(displayURL)"
        if let reply {
            message += ": \(reply.error.message)"
        } else if !response.body.isEmpty {
            message += ": \(String(decoding: response.body.prefix(300), as: UTF8.self))"
        }
        if response.status == 401, configuration.tokenFile == nil {
            message += " (the target has no token_file)"
        }
        throw HILBenchError(.transport, message, board: board)
    }

    private func decode<T: Decodable>(
        _ type: T.Type, _ response: CurlResponse, _ method: CurlRequest.Method, _ path: String
    ) throws -> T {
        do {
            return try HILBenchJSON.decoder().decode(type, from: response.body)
        } catch {
            throw HILBenchError(
                .protocolMismatch,
                "\(method.rawValue) \(path) on \(displayURL) answered \(response.status) with a body that is not \(type): \(String(decoding: response.body.prefix(200), as: UTF8.self).debugDescription)",
                board: board, cause: error)
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
