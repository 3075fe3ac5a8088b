import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Testing

/// A controller killed with SIGKILL at random moments of a 50-case run, 20 times: after the final `--resume`
/// every case is present exactly once, no record is torn, and the store passes its integrity check.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct CrashConsistencyTests {
    @Test func twentySIGKILLsThenResumeLeaveEveryCaseExactlyOnce() throws {
        // 2 precisions × 25 thread settings = 50 short cases.
        let threads = "[" + (1...25).map(String.init).joined(separator: ", ") + "]"
        let workspace = try makeWorkspace(precisions: "[fp32, int8]", threads: threads, iterations: 50)
        let storePath = workspace.path + "/Results/hilbench.sqlite"
        var generator = SeededGenerator(seed: 20_261_130)
        var runID: String?
        var kills = 0
        var storedAtEachKill: [Int] = []
        while kills < 20 {
            let process = try SpawnedProcess(
                [BuiltProducts.controller, "run", "--plain"] + (runID.map { ["--resume", $0] } ?? []),
                stdout: .null, stderr: .null, workingDirectory: workspace.path)
            // A random moment: anywhere from start-up to well into the cases.
            let delay = UInt32.random(in: 200_000...1_600_000, using: &generator)
            usleep(delay)
            let finished = !process.isRunning
            if !finished { process.signal(SIGKILL) }
            process.waitUntilExit()
            if runID == nil, let store = try? SQLiteResultsStore(path: storePath) { runID = try store.runs().first?.id }
            if finished { break }  // the run completed before this kill
            kills += 1
            if let runID, let store = try? SQLiteResultsStore(path: storePath) {
                storedAtEachKill.append(try store.storedCaseIDs(runID: runID).count)
                #expect(try store.integrityCheck().isEmpty)
            }
        }
        let id = try #require(runID, "the first run never created its run record")
        let resume = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--resume", id], in: workspace.path)
        #expect(resume.status == 0, "\(resume.stdout)\n\(resume.stderr)")

        let store = try SQLiteResultsStore(path: storePath)
        let results = try store.results(runID: id)
        #expect(results.count == 50)
        #expect(Set(results.map(\.key.id)).count == 50)
        #expect(results.allSatisfy { $0.status == .ok && $0.latenciesNs.count == 50 })
        #expect(try store.integrityCheck().isEmpty)
        #expect(try store.runs().count == 1)
        // Progress was monotone: a kill never lost a stored case.
        #expect(storedAtEachKill == storedAtEachKill.sorted())
        #expect(kills == 20, "the run finished before it was killed 20 times (killed \(kills) times)")
    }
}
