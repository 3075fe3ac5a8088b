import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// A board without a relay that stops answering is given up after two silent cases: its remaining cases are recorded
/// as infrastructure errors at once (a resumed run retries them), instead of each waiting out its timeout.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct SilentBoardTests {
    /// A stdio "agent" that passes hello and info to the real agent and never answers a case: a board that hangs mid-case.
    static func silentAgent(in scratch: Scratch) throws -> String {
        try scratch.write(
            "silent-agent.py",
            """
            #!/usr/bin/env python3
            import subprocess, sys, time
            real = subprocess.Popen([\(String(reflecting: BuiltProducts.agent)), "stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for line in sys.stdin:
                if '"run_case"' in line:
                    time.sleep(3600)
                real.stdin.write(line)
                real.stdin.flush()
                sys.stdout.write(real.stdout.readline())
                sys.stdout.flush()

            """, executable: true)
    }

    @Test func aSilentBoardWithoutRelayIsGivenUpAfterTwoCases() throws {
        let workspace = try makeWorkspace(precisions: "[fp32, fp16, int8]", threads: "[1, 2]", iterations: 20)
        let agent = try Self.silentAgent(in: workspace)
        try workspace.write(
            "Targets/silent.yaml",
            """
            name: silent
            transport: {kind: local, agent_path: \(agent)}
            chip: {soc: host-cpu}

            """)
        try workspace.write(
            "Suites/short.yaml",
            """
            name: short
            models:
              - name: tinycnn
                builtin: tinycnn
            runtimes: [reference]
            precisions: [fp32, fp16, int8]
            measure: {warmup: 1, iterations: 5, timeout_s: 1}

            """)
        let run = try Execution.run(
            [
                BuiltProducts.controller, "run", "--plain", "--suite", "Suites/short.yaml", "--link-grace", "1",
                "--targets", "Targets/silent.yaml",
            ], in: workspace.path, timeout: 120)
        #expect(run.status == 3, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let record = try #require(try store.runs().last)
        let results = try store.results(runID: record.id)
        #expect(results.map(\.status) == [.infraError, .infraError, .infraError])
        #expect(results.map { $0.failure?.kind } == ["transport", "transport", "unreachable"])
        #expect(
            results[2].failure?.message == "board silent stopped answering for 2 cases in a row and has no power relay")
        #expect(try store.events(runID: record.id).map(\.kind) == [.stoppedAnswering, .stoppedAnswering, .gaveUp])
        #expect(
            run.stdout.contains("board silent: gave up: silent for 2 cases in a row and no power relay to reset it"),
            "\(run.stdout)")
    }

    @Test func aBoardThatFailsItsHealthCheckIsSkippedWithItsReasons() throws {
        let workspace = try makeWorkspace(iterations: 10)
        // The local board's agent reads its sensors from a fake tree where a zone is at 97 °C (the limit is 85 °C).
        let sysfs = try Scratch("hot-sysfs")
        try sysfs.write("sys/class/thermal/thermal_zone0/temp", "97000\n")
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain"], in: workspace.path,
            environment: ["HILBENCH_SYSFS_ROOT": sysfs.path])
        #expect(run.status == 3, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let record = try #require(try store.runs().last)
        let results = try store.results(runID: record.id)
        #expect(results.count == 3 && results.allSatisfy { $0.status == .infraError && $0.latenciesNs.isEmpty })
        #expect(
            results.allSatisfy { $0.failure?.message == "board local is bad: temperature 97.0 °C" },
            "\(results.map { $0.failure?.message ?? "" })")
        let events = try store.events(runID: record.id)
        #expect(events.map(\.kind) == [.health] && events.first?.detail == "bad: temperature 97.0 °C")
        #expect(run.stdout.contains("board local: health: bad: temperature 97.0 °C"))

        // Cooled down, the same board runs: `--resume` retries the skipped cases.
        try sysfs.write("sys/class/thermal/thermal_zone0/temp", "45000\n")
        let resumed = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--resume", record.id], in: workspace.path,
            environment: ["HILBENCH_SYSFS_ROOT": sysfs.path])
        #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
        #expect(try store.results(runID: record.id).map(\.status) == [.ok, .ok, .ok])
    }
}
