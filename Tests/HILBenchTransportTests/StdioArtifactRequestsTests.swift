import Foundation
import HILBenchAgentKit
import HILBenchAgentServer
import HILBenchCore
import HILBenchSystem
import Testing

/// The stdio agent's side of artifacts over SSH: where to upload, taking an upload in, refusing a bad one.
@Suite struct StdioArtifactRequestsTests {
    static let model = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    static let sha = SHA256.hex(of: model)

    @Test func anUploadIsVerifiedRenamedIntoPlaceAndThenReported() throws {
        let scratch = try Scratch("stdio-artifacts")
        let requests = StdioArtifactRequests(directory: scratch.path + "/store")
        let first = try #require(requests.answer(.artifact(Self.sha))?.artifact)
        #expect(!first.present)
        #expect(first.path == scratch.path + "/store/" + Self.sha)
        let upload = try #require(first.upload)
        #expect(upload.hasPrefix(scratch.path + "/store/.upload-") && upload.hasSuffix(".part"))

        try Self.model.write(to: URL(fileURLWithPath: upload))
        let stored = try #require(requests.answer(.putArtifact(Self.sha, upload: upload)))
        #expect(stored.type == .artifact)
        #expect(stored.artifact == AgentArtifactState(sha256: Self.sha, present: true, path: first.path))
        #expect(FileManager.default.contents(atPath: first.path) == Self.model)
        #expect(scratch.entries(scratch.path + "/store") == [Self.sha])
        // Asked again (another case, another run): present, nothing to upload.
        #expect(requests.answer(.artifact(Self.sha))?.artifact?.present == true)
        // A separate agent process on the same store sees it too.
        #expect(
            StdioArtifactRequests(directory: scratch.path + "/store").answer(.artifact(Self.sha))?.artifact?.present
                == true)
    }

    @Test func aTruncatedOrWrongUploadLeavesNothingBehind() throws {
        let scratch = try Scratch("stdio-artifacts")
        let requests = StdioArtifactRequests(directory: scratch.path + "/store")
        let upload = try #require(requests.answer(.artifact(Self.sha))?.artifact?.upload)
        try Self.model.prefix(3000).write(to: URL(fileURLWithPath: upload))  // an interrupted copy
        let refused = try #require(requests.answer(.putArtifact(Self.sha, upload: upload)))
        #expect(refused.type == .error)
        #expect(refused.message?.contains("the uploaded 3000 bytes have sha256") == true, "\(refused.message ?? "")")
        #expect(scratch.entries(scratch.path + "/store").isEmpty)
        // A copy that never arrived.
        let missing = try #require(requests.answer(.artifact(Self.sha))?.artifact?.upload)
        #expect(requests.answer(.putArtifact(Self.sha, upload: missing))?.message?.contains("did not arrive") == true)
        #expect(requests.answer(.artifact(Self.sha))?.artifact?.present == false)
    }

    @Test(arguments: [
        "/etc/passwd", "STORE/../x.part", "STORE/" + String(repeating: "a", count: 64), "STORE/.upload-.part",
        "STORE/sub/.upload-x.part",
    ])
    func onlyTheStoresOwnUploadNamesAreTakenIn(_ upload: String) throws {
        let scratch = try Scratch("stdio-artifacts")
        let store = scratch.path + "/store"
        let requests = StdioArtifactRequests(directory: store)
        _ = requests.answer(.artifact(Self.sha))
        let reply = try #require(
            requests.answer(.putArtifact(Self.sha, upload: upload.replacingOccurrences(of: "STORE", with: store))))
        #expect(reply.type == .error)
        #expect(reply.message?.contains("is not an upload file of the store") == true, "\(reply.message ?? "")")
    }

    @Test func otherRequestsAreLeftToTheService() {
        #expect(StdioArtifactRequests(directory: "/nonexistent/store").answer(.hello) == nil)
        #expect(StdioArtifactRequests(directory: "/nonexistent/store").answer(.artifact("ABC"))?.type == .error)
    }

    // MARK: - The store's quota over stdio (`hilbench-agent stdio --max-store-mb`), as over HTTP

    static let mib: Int64 = 1 << 20

    /// Distinct content of `bytes` bytes.
    static func blob(_ seed: UInt8, _ bytes: Int64) -> Data {
        Data((0..<Int(bytes)).map { UInt8(truncatingIfNeeded: $0 &* 7) ^ seed })
    }

    /// Asks where to upload `data`, copies it there (as scp does) and asks the agent to take it in.
    static func put(
        _ data: Data, _ requests: StdioArtifactRequests, cancellation: CaseCancellation = .init()
    ) throws
        -> (reply: AgentReply, upload: String)
    {
        let sha = SHA256.hex(of: data)
        let upload = try #require(requests.answer(.artifact(sha))?.artifact?.upload)
        try data.write(to: URL(fileURLWithPath: upload))
        return (try #require(requests.answer(.putArtifact(sha, upload: upload), cancellation: cancellation)), upload)
    }

    @Test func uploadsEvictTheLeastRecentlyUsedArtifacts() throws {
        let scratch = try Scratch("stdio-quota")
        let store = scratch.path + "/store"
        let requests = StdioArtifactRequests(directory: store, maxStoreBytes: 3 * Self.mib)
        let (a, b, c) = (Self.blob(1, Self.mib), Self.blob(2, Self.mib), Self.blob(3, 3 * Self.mib / 2))
        #expect(try Self.put(a, requests).reply.artifact?.present == true)
        #expect(try Self.put(b, requests).reply.artifact?.present == true)
        // A is asked for again (as the controller does before each case): B is now the least recently used.
        #expect(requests.answer(.artifact(SHA256.hex(of: a)))?.artifact?.present == true)
        #expect(try Self.put(c, requests).reply.artifact?.present == true)
        #expect(Set(scratch.entries(store)) == [SHA256.hex(of: a), SHA256.hex(of: c)], "B evicted, no file left over")
    }

    @Test func anArtifactLargerThanTheWholeQuotaIsRefusedAsStoreFull() throws {
        let scratch = try Scratch("stdio-quota")
        let store = scratch.path + "/store"
        let requests = StdioArtifactRequests(directory: store, maxStoreBytes: 2 * Self.mib)
        let kept = Self.blob(1, Self.mib)
        _ = try Self.put(kept, requests)
        let (refused, upload) = try Self.put(Self.blob(2, 3 * Self.mib), requests)
        #expect(refused.type == .error)
        #expect(refused.code == "store_full")
        #expect(
            refused.message?.contains(
                "the artifact store is full: its quota is 2.0 MiB (hilbench-agent stdio --max-store-mb)") == true,
            "\(refused.message ?? "")")
        #expect(!FileManager.default.fileExists(atPath: upload), "the refused copy is removed")
        #expect(scratch.entries(store) == [SHA256.hex(of: kept)])
    }

    /// Two stdio agents (two controller sessions) share one store: the artifact of a case running in one is
    /// pinned for the other too (a shared flock: the second agent has no in-process knowledge of the case).
    @Test func aCaseRunningInOneAgentPinsItsArtifactForAnotherAgentOnTheSameStore() throws {
        let scratch = try Scratch("stdio-quota")
        let store = scratch.path + "/store"
        let running = StdioArtifactRequests(directory: store, maxStoreBytes: 2 * Self.mib)
        let other = StdioArtifactRequests(directory: store, maxStoreBytes: 2 * Self.mib)
        let model = Self.blob(1, Self.mib + Self.mib / 2)
        let modelPath = try #require(try Self.put(model, running).reply.artifact?.path)
        var spec = try onnxSpec(path: modelPath)
        spec.artifactSHA256 = SHA256.hex(of: model)
        let next = Self.blob(2, Self.mib)

        let during = try running.pinning(.run(spec)) { try Self.put(next, other).reply }
        #expect(during.code == "store_full", "\(during.message ?? "")")
        #expect(during.message?.contains("in use by the running case") == true)
        #expect(FileManager.default.fileExists(atPath: modelPath))

        // The case ended: the same upload now evicts the model.
        #expect(try Self.put(next, other).reply.artifact?.present == true)
        #expect(!FileManager.default.fileExists(atPath: modelPath))
    }

    @Test func anUploadIsDroppedWhenTheControllerWentAway() throws {
        let scratch = try Scratch("stdio-quota")
        let requests = StdioArtifactRequests(directory: scratch.path + "/store")
        let gone = CaseCancellation()
        gone.cancel()
        let (reply, upload) = try Self.put(Self.blob(3, 2 * Self.mib), requests, cancellation: gone)
        #expect(reply.type == .error)
        #expect(reply.message?.contains("was dropped: the controller went away") == true, "\(reply.message ?? "")")
        #expect(!FileManager.default.fileExists(atPath: upload))
        #expect(scratch.entries(scratch.path + "/store").isEmpty)
    }

    /// From async code the upload is taken in on the thread pool (the HTTP upload's way); the store counts it.
    @Test func adoptFromAsyncCodeStoresTheUpload() async throws {
        let scratch = try Scratch("stdio-quota")
        let store = try ArtifactStore(directory: scratch.path + "/store", maxUploadBytes: 64 << 20)
        let data = Self.blob(4, 3 * Self.mib / 2)
        let upload = store.newUploadPath()
        try data.write(to: URL(fileURLWithPath: upload))
        #expect(try await store.adopt(upload: upload, as: SHA256.hex(of: data)) == Int64(data.count))
        #expect(store.verify(SHA256.hex(of: data)))
        #expect(!FileManager.default.fileExists(atPath: upload))
    }

    /// The real `hilbench-agent stdio --max-store-mb 1` over its stdin/stdout: the refusal reaches the controller
    /// as an `error` line with code `store_full`.
    @Test(.timeLimit(.minutes(2))) func theStdioAgentRefusesWhatDoesNotFitWithStoreFull() throws {
        let scratch = try Scratch("stdio-quota")
        let store = scratch.path + "/store"
        let agent = try SpawnedProcess(
            [BuiltProducts.agent, "stdio", "--store", store, "--max-store-mb", "1"], stdin: .pipe, stdout: .pipe)
        defer {
            agent.signal(SIGKILL)
            _ = agent.waitUntilExit()
        }
        let input = try #require(agent.stdin)
        let output = try #require(agent.stdout)
        var buffer = Data()
        func ask(_ request: AgentRequest) throws -> AgentReply {
            try input.write(contentsOf: try json(request) + Data("\n".utf8))
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = buffer[buffer.startIndex..<newline]
                    buffer.removeSubrange(buffer.startIndex...newline)
                    return try HILBenchJSON.decoder().decode(AgentReply.self, from: Data(line))
                }
                let chunk = output.availableData
                if chunk.isEmpty { throw HILBenchError(.agent, "the agent closed its output: \(agent.ended as Any)") }
                buffer.append(chunk)
            }
        }
        let data = Self.blob(5, 2 * Self.mib)
        let sha = SHA256.hex(of: data)
        let upload = try #require(try ask(.artifact(sha)).artifact?.upload)
        try data.write(to: URL(fileURLWithPath: upload))
        let reply = try ask(.putArtifact(sha, upload: upload))
        #expect(reply.type == .error)
        #expect(reply.code == "store_full")
        #expect(reply.message?.contains("its quota is 1.0 MiB (hilbench-agent stdio --max-store-mb)") == true)
        #expect(try ask(.artifact(sha)).artifact?.present == false)
        _ = try ask(.bye)
    }
}
