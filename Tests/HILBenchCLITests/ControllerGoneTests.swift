import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Testing

/// A controller killed mid-case takes its local agent's work with it: the agent sees its stdin close, kills the
/// runner's process group and releases the board lock, so a `--resume` started at once gets the board at once
/// instead of queueing behind an orphan that finishes a case nobody will read.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct ControllerGoneTests {
    @Test func sigkillMidCaseThenResumeStartsTheCaseAtOnce() throws {
        // One long case (3000 iterations: ~9 s on an idle machine, ~50 s on a busy one) on the local board.
        let workspace = try makeWorkspace(precisions: "[fp32]", iterations: 3000)
        let storePath = workspace.path + "/Results/hilbench.sqlite"
        let process = try SpawnedProcess(
            [BuiltProducts.controller, "run", "--plain"], stdout: .null, stderr: .null,
            workingDirectory: workspace.path)
        let controller = process.pid
        defer {
            process.signal(SIGKILL)
            process.waitUntilExit()
        }

        // Wait for the case to be running: controller → `hilbench agent stdio` → the runner (its own group).
        var agent: pid_t?
        var runner: pid_t?
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, runner == nil, process.isRunning {
            agent = children(of: controller).first { command(of: $0).contains("agent\0stdio") }
            if let agent { runner = children(of: agent).first { command(of: $0).contains("reference-runner") } }
            if runner == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let agentPID = try #require(agent, "the local agent never started")
        let runnerPID = try #require(runner, "the case's runner never started")
        Thread.sleep(forTimeInterval: 1)  // well into its iterations

        // When the controller is SIGKILLed mid-case and the run resumed at once
        process.signal(SIGKILL)
        process.waitUntilExit()
        let killedAt = Date().timeIntervalSince1970
        let runID = try #require(try SQLiteResultsStore(path: storePath).runs().first?.id)
        let resume = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--resume", runID], in: workspace.path)
        #expect(resume.status == 0, "\(resume.stdout)\n\(resume.stderr)")

        // Then the orphaned agent and its runner are gone (they did not finish the case)
        #expect(!isRunning(agentPID), "the agent outlived its controller")
        #expect(!isRunning(runnerPID), "the runner outlived its agent's controller")
        // and the resumed case started long before the killed one could have ended: it waited for no orphan.
        let result = try #require(try SQLiteResultsStore(path: storePath).results(runID: runID).first)
        #expect(result.status == .ok && result.latenciesNs.count == 3000)
        let delay = result.startedAt - killedAt
        print(
            "controller SIGKILL → resumed case started: \(String(format: "%.2f", delay)) s (the case itself took \(String(format: "%.1f", result.durationSeconds)) s)"
        )
        // The bound comes from this machine's own speed: an orphan would have held the board for most of a case.
        #expect(
            delay < result.durationSeconds / 2,
            "the resumed case waited \(delay) s; the case takes \(result.durationSeconds) s")
    }

    /// Direct children of `pid`, started by any of its threads (from /proc).
    func children(of pid: pid_t) -> [pid_t] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task -> [pid_t] in
            let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// Whether `pid` exists and has not ended (an ended orphan stays a zombie until whoever adopted it reaps it).
    func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let state = stat.split(separator: ")").last?.split(separator: " ").first
        else { return false }
        return state != "Z" && state != "X"
    }

    /// A process's arguments, NUL-separated.
    func command(of pid: pid_t) -> String {
        (try? String(decoding: Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")), as: UTF8.self)) ?? ""
    }
}
