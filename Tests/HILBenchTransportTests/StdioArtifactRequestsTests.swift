import Foundation
import HILBenchAgentServer
import HILBenchCore
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
}
