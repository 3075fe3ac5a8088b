import Foundation
import HILBenchAnalysis
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

/// Nightly without `executions`: from the third night on, the count comes from the execution spread of the earlier
/// nights (ExecutionCalibration), within the budget rule; the first two nights use the budget rule alone.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct CalibratedExecutionsTests {
    @Test func theThirdNightTakesItsExecutionCountFromTheHistory() throws {
        let workspace = try makeWorkspace()
        try workspace.write(
            "Suites/nightly.yaml",
            """
            name: calibrated
            models:
              - name: tinycnn
                builtin: tinycnn
            runtimes: [reference]
            precisions: [fp32]
            measure:
              warmup: 2
              iterations: 20
            energy:
              idle_ms: 0
            thresholds: {latency: 0.05}

            """)
        let nightly = [BuiltProducts.controller, "nightly", "--suite", "Suites/nightly.yaml", "--plain"]
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        var counts: [Int] = []
        for night in 1...3 {
            let run = try Execution.run(nightly, in: workspace.path)
            // 0 (no change), 4 (unstable or inconclusive on a busy machine); never a crash or a refusal.
            #expect([0, 4].contains(run.status), "night \(night): \(run.stdout)\n\(run.stderr)")
            let runs = try store.runs()
            let runID = try #require(runs.last?.id)
            let result = try #require(try store.results(runID: runID).first)
            #expect(result.status == .ok)
            let executions = result.executions ?? []
            counts.append(executions.count)
            let budget = SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: executions[0].durationSeconds)
            if night < 3 {
                #expect(executions.count == budget, "night \(night): the budget rule alone")
            } else {
                let history = try store.history(of: result.key).filter { $0.runID != runs.last?.id }.map {
                    CaseHistoryEntry(runID: $0.runID, result: $0.result)
                }
                let spread = try #require(ExecutionCalibration.executionSpread(history))
                let expected = ExecutionLevelRatio.executionsNeeded(
                    runToRunSpread: spread, threshold: 0.05, maximum: budget)
                #expect(executions.count == expected, "spread \(spread), budget \(budget)")
            }
        }
        #expect(counts.allSatisfy { (3...10).contains($0) }, "\(counts)")
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
