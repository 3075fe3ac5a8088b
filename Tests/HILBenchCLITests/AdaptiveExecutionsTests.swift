import Foundation
import HILBenchCore
import HILBenchStats
import HILBenchStore
import HILBenchTesting
import Testing

/// `measure.adaptive.max_executions` through `hilbench run`: the controller adds executions until the stored
/// executions' interval of the median meets `target_ci`, at least 3, at most the cap — checked against the rule
/// itself on the stored samples, whatever this machine's noise.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct AdaptiveExecutionsTests {
    static func suite(targetCI: Double, cap: Int) -> String {
        """
        name: adaptive-executions
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32]
        measure:
          warmup: 3
          iterations: 20
          adaptive: {target_ci: \(targetCI), batch: 20, max_iterations: 20, max_executions: \(cap)}
        energy:
          idle_ms: 0
        """
    }

    func storedExecutions(targetCI: Double, cap: Int) throws -> [[Double]] {
        let workspace = try makeWorkspace()
        try workspace.write("Suites/adaptive.yaml", Self.suite(targetCI: targetCI, cap: cap))
        let run = try Execution.run(
            [
                BuiltProducts.controller, "run", "--suite", "Suites/adaptive.yaml", "--plain", "--targets",
                "Targets/local.yaml",
            ],
            in: workspace.path)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().last?.id)
        let result = try #require(try store.results(runID: runID).first)
        #expect(result.status == .ok)
        return result.executionSamples.map { $0.map(Double.init) }
    }

    @Test func aWideTargetStopsAsSoonAsTheIntervalMeetsIt() throws {
        let executions = try storedExecutions(targetCI: 0.5, cap: 6)
        #expect((3...6).contains(executions.count))
        // It stopped at the first count ≥ 3 whose interval met ±50%, or at the cap.
        for count in 3..<executions.count {
            let width = try ExecutionLevelRatio.relativeHalfWidth(of: Array(executions.prefix(count)))
            #expect(width > 0.5, "\(count) executions already met the target (±\(width)) but it went on")
        }
        if executions.count < 6 {
            #expect(try ExecutionLevelRatio.relativeHalfWidth(of: executions) <= 0.5)
        }
    }

    @Test func anUnreachableTargetRunsToTheCap() throws {
        // ±0.01% over 20-iteration executions is out of reach: it runs exactly max_executions.
        let executions = try storedExecutions(targetCI: 0.0001, cap: 4)
        #expect(executions.count == 4)
        #expect(executions.allSatisfy { $0.count == 20 })
    }
}

/// The run records the git commit of the checkout holding its suite (asked of the real `git`).
@Suite(.timeLimit(.minutes(5)))
struct SuiteCommitTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "needs /usr/bin/git"))
    func aRunInAGitCheckoutStoresItsCommit() throws {
        let workspace = try makeWorkspace(precisions: "[fp32]", iterations: 5)
        let git = ["/usr/bin/git", "-C", workspace.path]
        for step in [
            ["init", "-q"], ["add", "Suites", "Targets"],
            ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "suite"],
        ] {
            let done = try Execution.run(git + step, in: workspace.path)
            #expect(done.status == 0, "\(done.stderr)")
        }
        let head = try Execution.run(git + ["rev-parse", "HEAD"], in: workspace.path).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(head.count == 40)
        let run = try Execution.run([BuiltProducts.controller, "run", "--plain"], in: workspace.path)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        #expect(try store.runs().last?.gitCommit == head)
    }
}
