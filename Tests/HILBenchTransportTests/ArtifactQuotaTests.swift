import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing

/// Attack 9, the store's quota (`serve --max-store-mb`): a token holder cannot fill the board's disk. Uploads evict
/// the least recently used artifacts, never one a running case uses; what cannot fit is a 507 naming the quota.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ArtifactQuotaTests {
    static let mib: Int64 = 1 << 20
    static let authorized: HTTPFields = [.authorization: "Bearer \(AgentFixture.secret)"]

    func application(_ fixture: AgentFixture) throws -> some ApplicationProtocol {
        let router = makeAgentRouter(
            service: fixture.service, token: try BearerToken(contentsOfFile: fixture.tokenFile),
            store: fixture.store, cases: fixture.cases)
        var logger = Logger(label: "quota-test")
        logger.logLevel = .warning
        return Application(router: router, logger: logger)
    }

    /// Distinct content of `bytes` bytes.
    static func blob(_ seed: UInt8, _ bytes: Int64) -> Data {
        Data((0..<Int(bytes)).map { UInt8(truncatingIfNeeded: $0 &* 7) ^ seed })
    }

    static func put(_ client: some TestClientProtocol, _ data: Data) async throws -> TestResponse {
        var headers = authorized
        headers[.contentLength] = String(data.count)
        return try await client.execute(
            uri: "/v1/artifacts/\(SHA256.hex(of: data))", method: .put, headers: headers,
            body: ByteBuffer(bytes: data))
    }

    static func message(_ response: TestResponse) -> String {
        String(decoding: response.body.readableBytesView, as: UTF8.self)
    }

    @Test func uploadsEvictTheLeastRecentlyUsedArtifacts() async throws {
        let fixture = try AgentFixture(maxStoreBytes: 3 * Self.mib)
        let (a, b, c) = (Self.blob(1, Self.mib), Self.blob(2, Self.mib), Self.blob(3, 3 * Self.mib / 2))
        try await application(fixture).test(.router) { client in
            #expect(try await Self.put(client, a).status == .created)
            #expect(try await Self.put(client, b).status == .created)
            // A is used again (a HEAD, as a controller does before each case): B is now the least recently used.
            let head = try await client.execute(
                uri: "/v1/artifacts/\(SHA256.hex(of: a))", method: .head, headers: Self.authorized)
            #expect(head.status == .ok)
            #expect(try await Self.put(client, c).status == .created)
        }
        let stored = Set(fixture.scratch.entries(fixture.storeDirectory))
        #expect(stored == [SHA256.hex(of: a), SHA256.hex(of: c)], "B was evicted, A and C kept")
    }

    @Test func anArtifactLargerThanTheWholeQuotaIsA507NamingIt() async throws {
        let fixture = try AgentFixture(maxStoreBytes: 2 * Self.mib)
        let kept = Self.blob(1, Self.mib)
        try await application(fixture).test(.router) { client in
            #expect(try await Self.put(client, kept).status == .created)
            let response = try await Self.put(client, Self.blob(2, 3 * Self.mib))
            #expect(response.status.code == 507, "\(Self.message(response))")
            #expect(Self.message(response).contains("\"code\":\"store_full\""))
            #expect(
                Self.message(response).contains(
                    "the artifact store is full: its quota is 2.0 MiB (serve --max-store-mb)"),
                "\(Self.message(response))")
        }
        #expect(fixture.scratch.entries(fixture.storeDirectory) == [SHA256.hex(of: kept)], "nothing else, no partial")
    }

    /// The artifact of a running case is pinned: an upload that would need its room is refused; once the case
    /// ended the same upload evicts it.
    @Test func theRunningCasesArtifactIsNeverEvicted() async throws {
        let release = Mutex(false)
        let fixture = try AgentFixture(maxStoreBytes: 2 * Self.mib) { _ in
            CaseSupervisor(abandonAfter: nil) { spec, _ in
                while !release.withLock({ $0 }) { usleep(5_000) }
                return .notRun(spec.key, status: .infraError, kind: "test", message: "released by the test")
            }
        }
        let model = Self.blob(1, Self.mib + Self.mib / 2)
        let next = Self.blob(2, Self.mib)
        try await application(fixture).test(.router) { client in
            #expect(try await Self.put(client, model).status == .created)
            let spec = try json(caseSpec(on: model, in: fixture))
            let accepted = try await client.execute(
                uri: "/v1/cases", method: .post, headers: Self.authorized, body: ByteBuffer(bytes: spec))
            #expect(accepted.status == .accepted, "\(Self.message(accepted))")

            let refused = try await Self.put(client, next)
            #expect(refused.status.code == 507, "\(Self.message(refused))")
            #expect(Self.message(refused).contains("in use by the running case"))
            #expect(fixture.store.contains(SHA256.hex(of: model)))

            release.withLock { $0 = true }
            while fixture.cases.runningID != nil { try await Task.sleep(for: .milliseconds(10)) }
            #expect(try await Self.put(client, next).status == .created)
        }
        #expect(fixture.scratch.entries(fixture.storeDirectory) == [SHA256.hex(of: next)])
    }

    /// A case on an ONNX artifact already in the fixture's store (written by the test, named by its hash).
    func caseSpec(on bytes: Data, in fixture: AgentFixture) throws -> CaseSpec {
        try onnxSpec(path: try fixture.scratch.write("model.onnx", bytes))
    }
}
