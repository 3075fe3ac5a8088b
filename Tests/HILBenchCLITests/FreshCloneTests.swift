import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// The first thing a new user does: clone, run the README's main command, expect every case ok — with no build
/// made before (every other test runs after a full `swift build`, which is how a missing product went unnoticed).
///
/// One test, because it costs one full debug build of the `hilbench` product in a scratch folder (several minutes
/// on two cores). Packages come from SwiftPM's shared cache, so only compilation is paid.
@Suite(.serialized, .timeLimit(.minutes(45)))
struct FreshCloneTests {
    /// The repository this test file belongs to.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let hasGitAndSwift =
        ["/usr/bin/git"].allSatisfy(FileManager.default.isExecutableFile(atPath:))
        && FileManager.default.fileExists(atPath: repository + "/.git")

    /// The README's main command: the first line of its first `sh` block ("The two commands"), comment removed.
    static func mainCommand() throws -> String {
        let readme = try String(contentsOfFile: repository + "/README.md", encoding: .utf8)
        let block = try #require(
            readme.components(separatedBy: "```sh\n").dropFirst().first, "README.md has no sh block")
        let first = try #require(block.split(separator: "\n").first.map(String.init))
        return first.components(separatedBy: "#")[0].trimmingCharacters(in: .whitespaces)
    }

    @Test(.enabled(if: hasGitAndSwift, "needs git and a git checkout of the repository"))
    func theREADMEsMainCommandRunsEveryCaseOkOnAFreshClone() throws {
        let command = try Self.mainCommand()
        #expect(command == "swift run hilbench run", "the README's main command changed: \(command)")
        let scratch = try Scratch("fresh-clone")
        defer { try? FileManager.default.removeItem(atPath: scratch.path) }
        let clone = scratch.path + "/hilbench"
        // The committed HEAD, without .build or anything untracked.
        let cloned = try Execution.run(
            ["/usr/bin/git", "clone", "--quiet", "--no-hardlinks", Self.repository, clone],
            in: scratch.path, timeout: 300)
        try #require(cloned.status == 0, "git clone failed: \(cloned.stderr)")
        #expect(!FileManager.default.fileExists(atPath: clone + "/.build"))

        let run = try Execution.run(["/bin/sh", "-c", command], in: clone, timeout: 40 * 60)
        #expect(
            run.status == 0,
            "`\(command)` in a fresh clone exited \(run.status)\n\(run.stdout.suffix(3000))\n\(run.stderr.suffix(3000))"
        )
        let store = try SQLiteResultsStore(path: clone + "/Results/hilbench.sqlite")
        let runID = try #require(
            try store.runs().first?.id, "no run stored:\n\(run.stdout.suffix(2000))\n\(run.stderr.suffix(2000))")
        let results = try store.results(runID: runID)
        #expect(results.count == 3, "the quickstart plans 3 cases")
        #expect(
            results.allSatisfy { $0.status == .ok },
            "\(results.map { "\($0.key.id) \($0.status) \($0.failure?.message ?? "")" })")
        #expect(run.stdout.contains("[3/3] ok"), "\(run.stdout.suffix(2000))")
    }
}
