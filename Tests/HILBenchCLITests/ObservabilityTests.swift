import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// What a lab left alone at night leaves behind: a structured log whose lines carry run, board and case ids, and a
/// Prometheus metrics file that Prometheus's own parser reads.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct ObservabilityTests {
    static let hasPrometheusClient: Bool = {
        let probe = try? Execution.run(
            ["/usr/bin/env", "python3", "-c", "import prometheus_client"], in: "/tmp", timeout: 60)
        return probe?.status == 0
    }()

    @Test(.enabled(if: hasPrometheusClient, "needs the prometheus-client Python package (requirements.txt)"))
    func aRunLeavesAStructuredLogAndMetricsPrometheusCanParse() throws {
        let workspace = try makeWorkspace(iterations: 20)
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--metrics-file", "Results/hilbench.prom"], in: workspace.path)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let record = try #require(try store.runs().last)
        let caseIDs = try store.results(runID: record.id).map(\.key.id)

        // The log: JSON lines; every line of the run names it, every case line names its board and case.
        let log = try String(contentsOfFile: workspace.path + "/Results/hilbench.log.jsonl", encoding: .utf8)
        let lines = try log.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let finished = lines.filter { $0["message"] as? String == "case finished" }
        #expect(finished.map { $0["case"] as? String } == caseIDs)
        #expect(
            finished.allSatisfy {
                $0["run"] as? String == record.id && $0["board"] as? String == "local"
                    && $0["status"] as? String == "ok"
            })
        #expect(lines.contains { $0["message"] as? String == "board ready" && $0["board"] as? String == "local" })
        #expect(lines.allSatisfy { ($0["time"] as? String)?.hasSuffix("Z") == true && $0["level"] != nil })

        // The metrics: parsed by prometheus_client's text parser, the same counts as the store.
        let parse = try workspace.write(
            "parse.py",
            """
            import sys
            from prometheus_client.parser import text_string_to_metric_families
            for family in text_string_to_metric_families(open(sys.argv[1]).read()):
                for sample in family.samples:
                    labels = ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()) if k != "run")
                    print(f"{family.type} {sample.name} {labels} {sample.value:g}")

            """)
        /// Every sample of a metrics file as `type name labels value`, through prometheus_client's parser.
        func parsedSamples(of file: String) throws -> Set<String> {
            let parsed = try Execution.run(["/usr/bin/env", "python3", parse, file], in: workspace.path)
            #expect(parsed.status == 0, "\(parsed.stderr)")
            return Set(parsed.stdout.split(separator: "\n").map(String.init))
        }
        let samples = try parsedSamples(of: workspace.path + "/Results/hilbench.prom")
        #expect(samples.contains("counter hilbench_cases_total board=local,status=ok 3"), "\(samples.sorted())")
        #expect(samples.contains("gauge hilbench_run_cases_planned  3"))
        #expect(samples.contains("summary hilbench_case_duration_seconds_count board=local 3"))
        #expect(samples.contains("gauge hilbench_board_state board=local,state=good 1"))
        #expect(samples.contains("gauge hilbench_board_state board=local,state=offline 0"))
        #expect(samples.contains("gauge hilbench_run_info suite=quickstart 1"))

        // `hilbench boards --format prometheus`: the boards' health for a scrape.
        let boards = try Execution.run(
            [BuiltProducts.controller, "boards", "--targets", "Targets/local.yaml", "--format", "prometheus"],
            in: workspace.path)
        #expect(boards.status == 0, "\(boards.stdout)\n\(boards.stderr)")
        try workspace.write("boards.prom", boards.stdout)
        let boardSamples = try parsedSamples(of: workspace.path + "/boards.prom")
        #expect(
            boardSamples.contains("gauge hilbench_board_state board=local,state=good 1"), "\(boardSamples.sorted())")
        #expect(boardSamples.contains("gauge hilbench_board_state board=local,state=offline 0"))
        #expect(boardSamples.contains("gauge hilbench_board_leased board=local,holder= 0"))
        #expect(
            boardSamples.contains { $0.hasPrefix("gauge hilbench_board_runtimes board=local ") && !$0.hasSuffix(" 0") })
    }
}
