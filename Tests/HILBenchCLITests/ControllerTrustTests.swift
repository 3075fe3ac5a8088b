import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Testing

/// Attacks 4, 5 and the "absurd latencies" item of issue 18, against the built controller: what a board sends back
/// is checked, one case never aborts a run, and two controllers never run one run at once.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct ControllerTrustTests {
    /// A stdio "agent" that forwards to the real one and lies about some results: fp32's comes back under fp16's
    /// key, fp16's with a negative latency; int8's is honest.
    static func lyingAgent(in scratch: Scratch) throws -> String {
        try scratch.write(
            "lying-agent.py",
            """
            #!/usr/bin/env python3
            import json, subprocess, sys
            real = subprocess.Popen([\(String(reflecting: BuiltProducts.agent)), "stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for line in sys.stdin:
                real.stdin.write(line)
                real.stdin.flush()
                answer = real.stdout.readline()
                reply = json.loads(answer)
                result = reply.get("result")
                if result is not None:
                    if result["key"]["precision"] == "fp32":
                        result["key"]["precision"] = "fp16"
                    elif result["key"]["precision"] == "fp16":
                        result["latenciesNs"][0] = -5
                    answer = json.dumps(reply) + "\\n"
                sys.stdout.write(answer)
                sys.stdout.flush()

            """, executable: true)
    }

    @Test func aResultForAnotherCaseOrWithImpossibleLatenciesIsAProtocolErrorOfThatCaseOnly() throws {
        let workspace = try makeWorkspace(iterations: 10)
        let agent = try Self.lyingAgent(in: workspace)
        try workspace.write(
            "Targets/lying.yaml",
            """
            name: lying
            transport: {kind: local, agent_path: \(agent)}
            chip: {soc: host-cpu}

            """)
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--targets", "Targets/lying.yaml"], in: workspace.path,
            timeout: 240)
        #expect(run.status == 3, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let record = try #require(try store.runs().last)
        #expect(record.endedAt != nil, "the run finished: no case aborted it")
        let results = try store.results(runID: record.id).sorted { $0.key < $1.key }
        #expect(results.map(\.key.precision) == [.fp32, .fp16, .int8], "each case stored once, under its own key")
        let byPrecision = Dictionary(uniqueKeysWithValues: results.map { ($0.key.precision, $0) })
        #expect(byPrecision[.fp32]?.status == .failed)
        #expect(byPrecision[.fp32]?.failure?.kind == "protocol")
        #expect(
            byPrecision[.fp32]?.failure?.message
                == "the board answered with a result for \"lying/tinycnn/reference/fp16/t1/b1\" instead of lying/tinycnn/reference/fp32/t1/b1"
        )
        #expect(byPrecision[.fp16]?.failure?.kind == "protocol")
        #expect(
            byPrecision[.fp16]?.failure?.message.hasPrefix("the board reported a latency of -5 ns, outside 0…") == true)
        #expect(byPrecision[.int8]?.status == .ok)
        #expect(byPrecision[.int8]?.latenciesNs.count == 10)
    }

    /// Attack 5: a second `--resume` of a run that a live controller is running refuses at once, and the first
    /// stores every case.
    @Test func aSecondControllerOnTheSameRunRefusesAtOnce() throws {
        let workspace = try makeWorkspace(precisions: "[fp32]", threads: "[1, 2]", iterations: 1500)
        let first = try SpawnedProcess(
            [BuiltProducts.controller, "run", "--plain"], stdout: .null, stderr: .null,
            workingDirectory: workspace.path)
        defer {
            first.signal(SIGKILL)
            first.waitUntilExit()
        }
        let storePath = workspace.path + "/Results/hilbench.sqlite"
        var runID: String?
        for _ in 0..<3000 where runID == nil {
            if FileManager.default.fileExists(atPath: storePath), let store = try? SQLiteResultsStore(path: storePath),
                let lease = try? store.leases().first(where: { $0.runID != nil })
            {
                runID = lease.runID
            } else {
                usleep(20_000)
            }
        }
        let id = try #require(runID, "the first controller leased its board")
        let second = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--resume", id], in: workspace.path, timeout: 60)
        #expect(second.status != 0)
        #expect(
            (second.stdout + second.stderr).contains("run \(id) is being run by another controller"),
            "\(second.stdout)\n\(second.stderr)")
        #expect(first.waitUntilExit().shellStatus == 0)
        let store = try SQLiteResultsStore(path: storePath)
        let results = try store.results(runID: id)
        #expect(results.count == 2)
        #expect(
            results.allSatisfy { $0.status == .ok && $0.latenciesNs.count == 1500 },
            "\(results.map { $0.failure?.message ?? "ok" })")
    }
}
