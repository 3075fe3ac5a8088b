import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import HILBenchSystem
import HILBenchTransport
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// The agent's HTTP API driven through its router, without sockets.
@Suite(.timeLimit(.minutes(2)))
struct AgentRouterTests {
    static let authorized: HTTPFields = [.authorization: "Bearer \(AgentFixture.secret)"]

    func application(_ fixture: AgentFixture, policy: AgentRouterPolicy = .init()) throws -> some ApplicationProtocol {
        let router = makeAgentRouter(
            service: fixture.service, token: try BearerToken(contentsOfFile: fixture.tokenFile),
            store: fixture.store, cases: fixture.cases, policy: policy)
        var logger = Logger(label: "agent-router-test")
        logger.logLevel = .warning
        return Application(router: router, logger: logger)
    }

    func error(_ response: TestResponse) throws -> ErrorReply.Detail {
        try HILBenchJSON.decoder().decode(ErrorReply.self, from: Data(response.body.readableBytesView)).error
    }

    func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try HILBenchJSON.decoder().decode(type, from: Data(response.body.readableBytesView))
    }

    // MARK: - Auth

    @Test func healthNeedsNoToken() async throws {
        let fixture = try AgentFixture()
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(uri: "/v1/health", method: .get)
            #expect(response.status == .ok)
            let health = try decode(HealthReply.self, response)
            #expect(
                health
                    == HealthReply(
                        status: "ok", agentVersion: AgentProtocol.softwareVersion,
                        protocolVersion: AgentProtocol.version))
        }
    }

    static let refusedHeaders: [(String, HTTPFields)] = [
        ("no header", [:]),
        ("wrong token", [.authorization: "Bearer not-the-token"]),
        ("token with a suffix", [.authorization: "Bearer \(AgentFixture.secret)x"]),
        ("token prefix", [.authorization: "Bearer \(AgentFixture.secret.dropLast())"]),
        ("basic scheme", [.authorization: "Basic \(AgentFixture.secret)"]),
        ("bare token", [.authorization: AgentFixture.secret]),
    ]

    @Test(arguments: refusedHeaders)
    func everyOtherRouteRefusesAMissingOrWrongToken(label: String, headers: HTTPFields) async throws {
        let fixture = try AgentFixture()
        let sha = String(repeating: "a", count: 64)
        try await application(fixture).test(.router) { client in
            for (method, uri) in [
                (HTTPRequest.Method.get, "/v1/info"), (.post, "/v1/cases"), (.get, "/v1/cases/x"),
                (.delete, "/v1/cases/x"),
                (.head, "/v1/artifacts/\(sha)"), (.put, "/v1/artifacts/\(sha)"),
            ] {
                let response = try await client.execute(
                    uri: uri, method: method, headers: headers, body: ByteBuffer(string: "{}"))
                #expect(response.status == .unauthorized, "\(label): \(method) \(uri)")
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
                if method != .head {
                    let detail = try error(response)
                    #expect(detail.code == "unauthorized")
                    #expect(detail.message.contains(headers.isEmpty ? "missing" : "wrong bearer token"))
                    #expect(
                        !detail.message.contains(AgentFixture.secret.prefix(12)), "the token never appears in an error")
                    #expect(!detail.message.contains("not-the-token"))
                }
            }
            // Nothing was stored by the refused PUT.
            #expect(fixture.scratch.entries(fixture.storeDirectory).isEmpty)
        }
    }

    @Test func theRightTokenIsAcceptedWhateverTheSchemeCase() async throws {
        let fixture = try AgentFixture()
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases/unknown", method: .get, headers: [.authorization: "bearer \(AgentFixture.secret)"])
            #expect(response.status == .notFound)
            #expect(try error(response).code == "not_found")
        }
    }

    // MARK: - Case specs

    @Test func malformedJSONIsA400NamingTheDecodersReason() async throws {
        let fixture = try AgentFixture()
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized,
                body: ByteBuffer(string: #"{"key": {"runtime": "reference""#))
            #expect(response.status == .badRequest)
            let detail = try error(response)
            #expect(detail.code == "malformed_json")
            #expect(detail.message.contains("not valid JSON"), "\(detail.message)")
        }
    }

    @Test func aSpecWithAMissingFieldIsA400NamingTheField() async throws {
        let fixture = try AgentFixture()
        var object = try JSONSerialization.jsonObject(with: json(referenceSpec())) as! [String: Any]
        object["iterations"] = nil
        let body = try JSONSerialization.data(withJSONObject: object)
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: body))
            #expect(response.status == .badRequest)
            let detail = try error(response)
            #expect(detail.code == "bad_request")
            #expect(detail.message.contains("missing field 'iterations'"), "\(detail.message)")
        }
    }

    @Test(arguments: ["tensorrt", "sh -c 'rm -rf /'", ""])
    func anUnknownRuntimeIsA404UnknownRunner(runtime: String) async throws {
        let fixture = try AgentFixture()
        let valid = String(decoding: try json(referenceSpec()), as: UTF8.self)
        let body = valid.replacingOccurrences(
            of: #""runtime":"reference""#, with: "\"runtime\":\(String(decoding: try json(runtime), as: UTF8.self))")
        #expect(body != valid)
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(string: body))
            #expect(response.status == .notFound)
            let detail = try error(response)
            #expect(detail.code == "unknown_runner")
            #expect(detail.message.contains("unknown runner"))
            #expect(detail.message.contains("reference, onnxruntime, openvino, litert"))
        }
        #expect(fixture.cases.runningID == nil, "nothing was started")
    }

    @Test func aModelFileMustComeFromTheStore() async throws {
        let fixture = try AgentFixture()
        var unpinned = try onnxSpec(path: repository + "/Suites/models/tinycnn.onnx")
        unpinned.artifactSHA256 = nil
        unpinned.model = "/etc/passwd"
        let missing = try onnxSpec(path: repository + "/Suites/models/tinycnn.onnx")
        var builtin = referenceSpec()
        builtin.key.runtime = .onnxruntime
        let builtinOnOnnx = builtin
        let unpinnedSpec = unpinned
        try await application(fixture).test(.router) { client in
            var response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized,
                body: ByteBuffer(bytes: try json(unpinnedSpec)))
            #expect(response.status == .badRequest)
            #expect(try error(response).message.contains("must be pinned by artifactSHA256"))

            response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: try json(missing)))
            #expect(response.status == .conflict)
            let detail = try error(response)
            #expect(detail.code == "artifact_missing")
            #expect(detail.message.contains("PUT /v1/artifacts/\(missing.artifactSHA256!)"))

            response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized,
                body: ByteBuffer(bytes: try json(builtinOnOnnx)))
            #expect(response.status == .badRequest)
            #expect(try error(response).message.contains("not builtin"))
        }
    }

    @Test func aMarkerWireFileIsRefusedUnlessAllowed() async throws {
        let fixture = try AgentFixture(cases: { _ in
            CaseSupervisor { spec, _ in CaseResult(key: spec.key, status: .ok) }
        })
        var wired = referenceSpec()
        wired.marker = .simulated
        wired.marker.wire = "/root/.bashrc"
        let spec = wired
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: try json(spec)))
            #expect(response.status == .badRequest)
            #expect(try error(response).message.contains("--allow-marker-wire"))
        }
        try await application(fixture, policy: .init(allowMarkerWire: true)).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: try json(spec)))
            #expect(response.status == .accepted)
        }
    }

    // MARK: - Cases: one at a time, polling, cancel

    @Test func aSecondCaseWhileOneRunsIsBusyAndDeleteCancelsIt() async throws {
        let release = CaseCancellation()
        let fixture = try AgentFixture(cases: { _ in
            CaseSupervisor { spec, cancellation in
                while !release.isCancelled && !cancellation.isCancelled { usleep(1000) }
                return cancellation.isCancelled
                    ? .notRun(spec.key, status: .infraError, kind: "cancelled", message: "cancelled")
                    : CaseResult(key: spec.key, status: .ok)
            }
        })
        let body = ByteBuffer(bytes: try json(referenceSpec()))
        try await application(fixture).test(.router) { client in
            let first = try await client.execute(uri: "/v1/cases", method: .post, headers: Self.authorized, body: body)
            #expect(first.status == .accepted)
            let id = try decode(CaseAccepted.self, first).id
            #expect(first.headers[.location] == "/v1/cases/\(id)")

            let running = try decode(
                CaseStatusReply.self,
                try await client.execute(uri: "/v1/cases/\(id)", method: .get, headers: Self.authorized))
            #expect(running.state == .running)
            #expect(running.result == nil)
            #expect(running.key == referenceSpec().key)

            let second = try await client.execute(uri: "/v1/cases", method: .post, headers: Self.authorized, body: body)
            #expect(second.status == .conflict)
            let detail = try error(second)
            #expect(detail.code == "busy")
            #expect(detail.message.contains(id))

            let cancelled = try await client.execute(uri: "/v1/cases/\(id)", method: .delete, headers: Self.authorized)
            #expect(cancelled.status == .accepted)
            #expect(try decode(CaseStatusReply.self, cancelled).cancelRequested)

            let done = try decode(
                CaseStatusReply.self,
                try await client.execute(uri: "/v1/cases/\(id)?wait=10", method: .get, headers: Self.authorized))
            #expect(done.state == .done)
            #expect(done.result?.status == .infraError)
            #expect(done.result?.failure?.kind == "cancelled")

            // The board is free again; a finished case is forgotten on DELETE.
            let third = try await client.execute(uri: "/v1/cases", method: .post, headers: Self.authorized, body: body)
            #expect(third.status == .accepted)
            release.cancel()
            let thirdID = try decode(CaseAccepted.self, third).id
            let thirdDone = try decode(
                CaseStatusReply.self,
                try await client.execute(uri: "/v1/cases/\(thirdID)?wait=10", method: .get, headers: Self.authorized))
            #expect(thirdDone.result?.status == .ok)
            #expect(
                try await client.execute(uri: "/v1/cases/\(thirdID)", method: .delete, headers: Self.authorized).status
                    == .ok)
            #expect(
                try await client.execute(uri: "/v1/cases/\(thirdID)", method: .get, headers: Self.authorized).status
                    == .notFound)
        }
    }

    @Test func aLongPollReturnsAsSoonAsTheCaseEnds() async throws {
        let release = CaseCancellation()
        let fixture = try AgentFixture(cases: { _ in
            CaseSupervisor { spec, cancellation in
                if spec.iterations == 1 {
                    usleep(300_000)
                } else {
                    while !release.isCancelled && !cancellation.isCancelled { usleep(1000) }
                }
                return CaseResult(key: spec.key, status: .ok)
            }
        })
        try await application(fixture).test(.router) { client in
            let accepted = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized,
                body: ByteBuffer(bytes: try json(referenceSpec(iterations: 1))))
            let id = try decode(CaseAccepted.self, accepted).id
            let start = ContinuousClock.now
            let done = try decode(
                CaseStatusReply.self,
                try await client.execute(uri: "/v1/cases/\(id)?wait=30", method: .get, headers: Self.authorized))
            let waited = ContinuousClock.now - start
            #expect(done.state == .done)
            // The case takes 0.3 s; the poll would otherwise run its full 30 s: half of that tells them apart on any machine.
            #expect(waited < .seconds(15), "woken by the case's end, not by the 30 s limit")
            // A wait that expires answers `running` without error.
            let again = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized,
                body: ByteBuffer(bytes: try json(referenceSpec())))
            let secondID = try decode(CaseAccepted.self, again).id
            let short = try decode(
                CaseStatusReply.self,
                try await client.execute(uri: "/v1/cases/\(secondID)?wait=0.05", method: .get, headers: Self.authorized)
            )
            #expect(short.state == .running)
            for odd in ["nan", "inf", "-5", "x"] {
                let polled = try await client.execute(
                    uri: "/v1/cases/\(secondID)?wait=\(odd)", method: .get, headers: Self.authorized)
                #expect(polled.status == .ok, "wait=\(odd) answers at once")
            }
            release.cancel()
        }
    }

    /// The real measurement loop: DELETE kills the reference runner's process group mid-measurement.
    @Test func deleteKillsARealRunner() async throws {
        let fixture = try AgentFixture()
        let spec = referenceSpec(iterations: 10_000_000, warmup: 0, timeout: 600)
        try await application(fixture).test(.router) { client in
            let accepted = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: try json(spec)))
            #expect(accepted.status == .accepted)
            let id = try decode(CaseAccepted.self, accepted).id
            try await Task.sleep(for: .milliseconds(800))
            #expect(
                try await client.execute(uri: "/v1/cases/\(id)", method: .delete, headers: Self.authorized).status
                    == .accepted)
            let done = try decode(
                CaseStatusReply.self,
                try await client.execute(uri: "/v1/cases/\(id)?wait=20", method: .get, headers: Self.authorized))
            #expect(done.state == .done)
            let result = try #require(done.result)
            #expect(result.status == .infraError)
            #expect(result.failure?.kind == "cancelled", "\(String(describing: result.failure))")
            #expect(done.elapsedSeconds < 120, "killed, not run through its 10 million iterations")
            #expect(fixture.cases.runningID == nil)
        }
    }

    // MARK: - Artifacts

    @Test func anUploadWithTheRightHashIsStoredAndFound() async throws {
        let fixture = try AgentFixture()
        let bytes = Data((0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })  // odd size, several chunks
        let sha = SHA256.hex(of: bytes)
        try await application(fixture).test(.router) { client in
            #expect(
                try await client.execute(uri: "/v1/artifacts/\(sha)", method: .head, headers: Self.authorized).status
                    == .notFound)
            let stored = try await client.execute(
                uri: "/v1/artifacts/\(sha)", method: .put, headers: Self.authorized, body: ByteBuffer(bytes: bytes))
            #expect(stored.status == .created)
            #expect(try decode(ArtifactStored.self, stored) == ArtifactStored(sha256: sha, bytes: Int64(bytes.count)))
            #expect(FileManager.default.contents(atPath: "\(fixture.storeDirectory)/\(sha)") == bytes)
            #expect(fixture.scratch.entries(fixture.storeDirectory) == [sha], "no partial file left beside it")
            #expect(
                try await client.execute(uri: "/v1/artifacts/\(sha)", method: .head, headers: Self.authorized).status
                    == .ok)
            let again = try await client.execute(
                uri: "/v1/artifacts/\(sha)", method: .put, headers: Self.authorized, body: ByteBuffer(bytes: bytes))
            #expect(again.status == .ok)
            #expect(try decode(ArtifactStored.self, again).bytes == Int64(bytes.count))
        }
    }

    @Test func anUploadWithTheWrongHashIsA422AndLeavesNothing() async throws {
        let fixture = try AgentFixture()
        let bytes = Data(repeating: 0x5a, count: 100_000)
        let claimed = SHA256.hex(of: Data("something else".utf8))
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/artifacts/\(claimed)", method: .put, headers: Self.authorized, body: ByteBuffer(bytes: bytes))
            #expect(response.status == .unprocessableContent)
            let detail = try error(response)
            #expect(detail.code == "hash_mismatch")
            #expect(detail.message.contains(SHA256.hex(of: bytes)))
            #expect(
                try await client.execute(uri: "/v1/artifacts/\(claimed)", method: .head, headers: Self.authorized)
                    .status == .notFound)
        }
        #expect(
            fixture.scratch.entries(fixture.storeDirectory).isEmpty, "no file under the final name and no partial file")
    }

    static let badNames = [
        "../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e", "a/b",
        String(repeating: "A", count: 64), String(repeating: "a", count: 63), String(repeating: "a", count: 65),
        String(repeating: "g", count: 64), String(repeating: "a", count: 63) + "/",
    ]

    @Test(arguments: badNames)
    func anArtifactNameThatIsNotASha256IsA400(name: String) async throws {
        let fixture = try AgentFixture()
        try await application(fixture).test(.router) { client in
            for method in [HTTPRequest.Method.put, .head] {
                let response = try await client.execute(
                    uri: "/v1/artifacts/\(name)", method: method, headers: Self.authorized,
                    body: ByteBuffer(string: "root:x:0:0"))
                #expect(response.status == .badRequest, "\(method) /v1/artifacts/\(name)")
                if method == .put { #expect(try error(response).message.contains("64 lowercase hex")) }
            }
        }
        #expect(fixture.scratch.entries(fixture.storeDirectory).isEmpty)
        #expect(
            fixture.scratch.entries(fixture.scratch.path) == ["store", "token"],
            "nothing written beside the store either")
    }

    @Test func anUploadOverTheLimitIsA413AndLeavesNothing() async throws {
        let fixture = try AgentFixture(maxUploadBytes: 4096)
        let bytes = Data(repeating: 1, count: 4097)
        let sha = SHA256.hex(of: bytes)
        try await application(fixture).test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/artifacts/\(sha)", method: .put, headers: Self.authorized, body: ByteBuffer(bytes: bytes))
            #expect(response.status == .contentTooLarge)
            let detail = try error(response)
            #expect(detail.code == "too_large")
            #expect(detail.message.contains("4096"))
            let fits = Data(repeating: 1, count: 4096)
            #expect(
                try await client.execute(
                    uri: "/v1/artifacts/\(SHA256.hex(of: fits))", method: .put, headers: Self.authorized,
                    body: ByteBuffer(bytes: fits)
                ).status == .created)
        }
        #expect(fixture.scratch.entries(fixture.storeDirectory) == [SHA256.hex(of: Data(repeating: 1, count: 4096))])
    }

    /// A file replaced behind the agent's back (a new inode, as editors and copy tools do) is hashed again.
    @Test func aReplacedArtifactIsHashedAgainAndDroppedByHead() async throws {
        let fixture = try AgentFixture()
        let bytes = Data("model bytes".utf8)
        let sha = SHA256.hex(of: bytes)
        try await application(fixture).test(.router) { client in
            #expect(
                try await client.execute(
                    uri: "/v1/artifacts/\(sha)", method: .put, headers: Self.authorized, body: ByteBuffer(bytes: bytes)
                ).status == .created)
            #expect(
                try await client.execute(uri: "/v1/artifacts/\(sha)", method: .head, headers: Self.authorized).status
                    == .ok)
            try Data("model bytez".utf8).write(
                to: URL(fileURLWithPath: "\(fixture.storeDirectory)/\(sha)"), options: .atomic)
            #expect(
                try await client.execute(uri: "/v1/artifacts/\(sha)", method: .head, headers: Self.authorized).status
                    == .notFound)
        }
        #expect(fixture.scratch.entries(fixture.storeDirectory).isEmpty)
    }
}

/// The store's streaming path on its own: chunk sizes that do not line up with SHA-256 blocks, no declared length.
@Suite(.timeLimit(.minutes(1)))
struct ArtifactStoreTests {
    static func chunks(_ data: Data, size: Int) -> AsyncStream<ByteBuffer> {
        AsyncStream { continuation in
            var offset = 0
            while offset < data.count {
                continuation.yield(ByteBuffer(bytes: data[offset..<min(offset + size, data.count)]))
                offset += size
            }
            continuation.finish()
        }
    }

    @Test(arguments: [1, 63, 65, 1000, 65_536])
    func streamingHashMatchesTheWholeFileHash(chunkSize: Int) async throws {
        let scratch = try Scratch("store")
        let store = try ArtifactStore(directory: scratch.path + "/s", maxUploadBytes: 1 << 20)
        let bytes = Data((0..<70_001).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 256) })
        let sha = SHA256.hex(of: bytes)
        let stored = try await store.receive(sha, body: Self.chunks(bytes, size: chunkSize), declaredLength: nil)
        #expect(stored == 70_001)
        #expect(store.verify(sha))
        #expect(store.list() == [sha])
    }

    @Test func anUndeclaredBodyIsCutAtTheLimit() async throws {
        let scratch = try Scratch("store")
        let store = try ArtifactStore(directory: scratch.path + "/s", maxUploadBytes: 10_000)
        let bytes = Data(repeating: 9, count: 10_001)
        await #expect(throws: ArtifactStore.UploadError.self) {
            try await store.receive(SHA256.hex(of: bytes), body: Self.chunks(bytes, size: 3000), declaredLength: nil)
        }
        #expect(scratch.entries(store.directory).isEmpty)
    }

    @Test func aBrokenConnectionLeavesNoFile() async throws {
        struct Broken: Error {}
        let scratch = try Scratch("store")
        let store = try ArtifactStore(directory: scratch.path + "/s", maxUploadBytes: 1 << 20)
        let body = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
            continuation.yield(ByteBuffer(bytes: Data(repeating: 3, count: 5000)))
            continuation.finish(throwing: Broken())
        }
        await #expect(throws: Broken.self) {
            try await store.receive(String(repeating: "0", count: 64), body: body, declaredLength: 10_000)
        }
        #expect(scratch.entries(store.directory).isEmpty)
    }

    @Test func partialUploadsLeftByACrashAreSweptOnOpen() throws {
        let scratch = try Scratch("store")
        let directory = scratch.path + "/s"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try scratch.write("s/.upload-1234.part", Data("half".utf8))
        let keep = SHA256.hex(of: Data("kept".utf8))
        try scratch.write("s/\(keep)", Data("kept".utf8))
        let store = try ArtifactStore(directory: directory, maxUploadBytes: 1 << 20)
        #expect(scratch.entries(store.directory) == [keep])
    }
}

/// Remote commands pass through the remote user's shell: every argument must come back as one literal word.
@Suite struct ShellQuotingTests {
    @Test(arguments: [
        "a b;$(touch pwned)", "it's", "`id`", "x\"y", "$HOME", "*", "", "new\nline", "--flag", "tab\there", "ü ñ",
    ])
    func aPOSIXShellReadsEachArgumentBackLiterally(argument: String) throws {
        let folder = NSTemporaryDirectory() + "hilbench-quote-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let run = try SpawnedProcess.run(
            ["/bin/sh", "-c", ShellQuoting.join(["printf", "%s|", argument, "second"])], workingDirectory: folder)
        #expect(String(decoding: run.stdout, as: UTF8.self) == "\(argument)|second|")
        #expect(!FileManager.default.fileExists(atPath: folder + "/pwned"))
    }

    @Test func theSSHCommandCarriesTheRemoteArgumentsAsOneQuotedWord() {
        let ssh = TargetConfig.SSH(
            host: "10.77.0.11", port: 2222, user: "root", identityFile: "/lab/id", knownHosts: "/lab/known_hosts",
            proxyJump: nil, agentPath: "/opt/hilbench agent", httpURL: nil, tokenFile: nil)
        let arguments = SSHCommand(ssh, controlDirectory: "/tmp/c").arguments(remote: [ssh.agentPath, "stdio"])
        #expect(arguments.last == "'/opt/hilbench agent' stdio")
        #expect(arguments.contains("StrictHostKeyChecking=yes"))
        #expect(arguments.contains("UserKnownHostsFile=/lab/known_hosts"))
        #expect(arguments.contains("BatchMode=yes"))
        #expect(arguments.contains("ControlMaster=auto"))
        #expect(Array(arguments.suffix(4)) == ["-T", "root@10.77.0.11", "--", "'/opt/hilbench agent' stdio"])
        #expect(arguments.firstIndex(of: "-p").map { arguments[$0 + 1] } == "2222")
    }
}
