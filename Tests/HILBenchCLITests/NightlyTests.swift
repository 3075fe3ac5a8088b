import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// `hilbench nightly` over a real history: A/A never regresses, an injected 10% slowdown fails and names the case —
/// or, on a machine that was busy while it measured, both say `unstable` with the reason (never `regressed`).
@Suite(.serialized, .timeLimit(.minutes(5)))
struct NightlyTests {
    static func suite(slowdown: Double?) -> String {
        """
        name: nightly
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32, int8]
        measure:
          warmup: 10
          iterations: 60
          executions: 4
        energy:
          idle_ms: 20
        thresholds: {latency: 0.05, energy: 0.25, memory: 0.10}
        \(slowdown.map { "runtime_options:\n  reference: {inject_slowdown: \($0)}\n" } ?? "")
        """
    }

    @Test func aaPassesAndATenPercentSlowdownIsARegressionThatNamesTheCase() throws {
        let workspace = try makeWorkspace()
        try workspace.write("Suites/nightly.yaml", Self.suite(slowdown: nil))
        let nightly = [BuiltProducts.controller, "nightly", "--suite", "Suites/nightly.yaml", "--plain"]

        // The first night has no baseline: it becomes one.
        let first = try Execution.run(nightly, in: workspace.path)
        #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
        #expect(first.stdout.contains("this run is the baseline for the next one"))

        // A/A: the same build again — never a regression: exit 0, or 4 when a case was measured on a busy machine
        // (unstable, with the reason) or its execution-level interval was not decisive.
        let second = try Execution.run(nightly, in: workspace.path)
        #expect(second.status == 0 || second.status == 4, "\(second.stdout)\n\(second.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runs = try store.runs()
        #expect(runs.count == 2)
        #expect(runs.allSatisfy { $0.kind == "nightly" })
        // Each case was measured as 4 executions, their samples kept per execution, the machine's load with each.
        let measured = try store.results(runID: runs[1].id)
        for result in measured {
            let executions = try #require(result.executions)
            #expect(executions.count == 4)
            #expect(result.executionSamples.map(\.count) == [60, 60, 60, 60])
            #expect(executions.allSatisfy { $0.machine?.otherCPUSeconds != nil && $0.machine!.wallSeconds > 0 })
        }
        let junit = try String(
            contentsOfFile: workspace.path + "/Results/runs/\(runs[1].id)/junit.xml", encoding: .utf8)
        #expect(junit.contains("<testsuite name=\"nightly\""))
        #expect(junit.contains("failures=\"0\""))
        #expect(junit.contains("classname=\"local/tinycnn/reference/fp32/t1/b1\" name=\"latency\""))
        if second.status == 4 {
            #expect(
                second.stdout.contains(": unstable — ") || second.stdout.contains(": inconclusive — "),
                "\(second.stdout)")
        }

        // A 10% slower build: exit 2, the case is named on stderr and as a JUnit failure — unless the machine was busy
        // in either night, when the harness must say so instead. (Threshold 5% and a 10% step rather than 3%/5%: two
        // runs of the same build in separate processes differed by up to 3.3% on this VM.)
        try workspace.write("Suites/nightly.yaml", Self.suite(slowdown: 1.10))
        let third = try Execution.run(nightly, in: workspace.path)
        let newest = try #require(try store.runs().last)
        let busy = try (store.results(runID: runs[1].id) + store.results(runID: newest.id)).contains {
            $0.noisyReason != nil
        }
        if busy {
            #expect(third.status == 2 || third.status == 4, "\(third.stdout)\n\(third.stderr)")
            #expect(third.stdout.contains("busy machine: other processes used"), "\(third.stdout)")
        } else if third.status == 4 {
            // Executions that disagree (fresh runners' medians differ by up to ~15% on this VM, docs/statistics.md)
            // make the pooled sample too noisy (unstable) or widen the execution-level interval across the threshold
            // (inconclusive), said with why; the compare CSV below checks it is never no change or improved.
            #expect(
                third.stdout.contains("latency: inconclusive — interval not decisive")
                    || third.stdout.contains("too noisy: CV"), "\(third.stdout)")
        } else {
            #expect(third.status == 2, "\(third.stdout)\n\(third.stderr)")
            // At least one case is named regressed (the other may be undecided when its executions disagreed).
            #expect(third.stderr.contains("regressed: local/tinycnn/reference/"), "\(third.stderr)")
            let failedJUnit = try String(
                contentsOfFile: workspace.path + "/Results/runs/\(newest.id)/junit.xml", encoding: .utf8)
            #expect(failedJUnit.contains("<failure message=\"regressed +"))
            let markdown = try String(
                contentsOfFile: workspace.path + "/Results/runs/\(newest.id)/nightly.md", encoding: .utf8)
            #expect(markdown.contains("| local/tinycnn/reference/fp32/t1 | latency |"))
            #expect(markdown.contains("regressed"))
        }
        // The nightly report.html carries a trend per case × metric over the three nights.
        let html = try String(
            contentsOfFile: workspace.path + "/Results/runs/\(newest.id)/report.html", encoding: .utf8)
        #expect(
            html.components(separatedBy: "class=\"trend\"").count - 1 >= 6,
            "expected trend charts for 2 cases × 3 metrics")

        // compare prints the projected table and the CSV parses into one row per case × metric.
        let compare = try Execution.run(
            [BuiltProducts.controller, "compare", runs[1].id, newest.id, "--project", "precision"], in: workspace.path)
        #expect(compare.status == 0, "\(compare.stderr)")
        let header = try #require(compare.stdout.split(separator: "\n").first { $0.hasPrefix("case ") })
        #expect(header.split(separator: " ", omittingEmptySubsequences: true) == ["case", "fp32", "int8"])
        #expect(compare.stdout.contains("local/tinycnn/reference/t1"))
        let csv = try Execution.run(
            [BuiltProducts.controller, "compare", runs[1].id, newest.id, "--format", "csv"], in: workspace.path)
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 2 * 3)  // 2 cases × latency, energy, memory
        let latency = lines.filter { $0.contains(",latency,ms,") }
        #expect(latency.count == 2)
        // A case measured on a busy machine is unstable; every other is regressed, or inconclusive when its
        // executions disagreed too much to decide — a 10% slower build is never no change or improved.
        #expect(
            latency.allSatisfy {
                $0.contains(",regressed,") || (busy && $0.contains(",unstable,"))
                    || $0.contains(",inconclusive,") || $0.contains(",unstable,")
            }, "\(latency)")
    }
}
