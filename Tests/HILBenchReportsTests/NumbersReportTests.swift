import Foundation
import HILBenchCore
import HILBenchReports
import Testing

/// Every number says what it is: simulated energy, effective precision, per-output accuracy, accuracy_failed and
/// whole failure texts, in each format.
@Suite struct NumbersReportTests {
    static let target = TargetConfig(
        name: "local", transport: .local(agentPath: nil),
        chip: .init(soc: "epyc", cores: 2, priceUSD: 100, tdpWatts: 10),
        marker: .simulated, meter: .simulated)
    static let longFailure =
        "openvino 2026.4.1 inference failed at warm-up iteration 1 of 10: RuntimeError: Exception from src/inference/src/cpp/infer_request.cpp:223:\n"
        + String(
            repeating:
                "in LSTM node 'lstm/If_0' of subgraph 'If_0_else_branch' while checking the hidden state shape; ",
            count: 3)
        + "\nValueError: input 'sr' = 8 is not a supported sample rate"

    static func output(_ name: String, _ values: [Double], shape: [Int]) -> CaseResult.Output {
        CaseResult.Output(name: name, dtype: "float32", shape: shape, sha256: "", values: values, truncated: false)
    }

    /// A probability that doubled next to a 256-value state that barely moved.
    static let state = (0..<256).map { sin(Double($0)) }
    static let reference = [output("output", [0.2], shape: [1, 1]), output("stateN", state, shape: [2, 1, 128])]
    static let candidate = [
        output("output", [0.4], shape: [1, 1]), output("stateN", state.map { $0 * 1.001 }, shape: [2, 1, 128]),
    ]

    static func key(_ precision: Precision, _ runtime: RuntimeKind = .openvino) -> CaseKey {
        CaseKey(target: "local", model: "vad", runtime: runtime, precision: precision, threads: 1, batch: 1)
    }

    static func measured(_ precision: Precision, ms: Double, simulated: Bool = true) -> CaseResult {
        var result = CaseResult(
            key: key(precision), status: .ok,
            runtime: .init(name: "openvino", version: "2026.4.1", provider: "CPU", threads: 1),
            latenciesNs: (0..<100).map { Int64(ms * 1e6) + Int64($0) * 1_000 })
        var energy = CaseResult.Energy(
            windowSource: "meterLogic", meter: "simulated", windowSeconds: 0.1, netJoules: 0.2, baselineWatts: 2,
            averageWatts: 3, peakWatts: 3.2, millijoulesPerInference: ms * 3, inferencesPerJoule: 1000 / (ms * 3),
            samples: 1000, flags: [])
        energy.provenance = simulated ? .simulated : .measured
        result.energy = energy
        result.effectivePrecision = EffectivePrecision(
            requested: precision, runtime: precision == .fp32 ? "f32" : "bf16", runtimeSource: "inference_precision")
        result.inputs = [
            ResolvedInput(
                name: "sr", dtype: "int64", shape: [], source: "value", sha256: String(repeating: "b", count: 64),
                values: [16000])
        ]
        return result
    }

    static func results(simulated: Bool = true) -> [CaseResult] {
        let fp32 = measured(.fp32, ms: 2, simulated: simulated)
        var fp16 = measured(.fp16, ms: 1.5, simulated: simulated)
        fp16.accuracy = AccuracyComparison.compare(Self.candidate, with: Self.reference, referencePrecision: .fp32)
        var int8 = measured(.int8, ms: 1, simulated: simulated)
        int8.outputs = Self.candidate
        int8 = int8.judgedAccuracy(
            suite: SuiteConfig(
                name: "s", models: [], runtimes: [.openvino], precisions: [.fp32, .int8],
                accuracy: .init(perOutput: ["output": .init(maxAbs: 0.05)])),
            referenceOutputs: Self.reference, referenceFailure: nil)
        var failed = CaseResult.notRun(
            key(.fp16, .onnxruntime), status: .failed, kind: "inference_failed", message: longFailure)
        failed.failure?.phase = "warmup"
        return [fp32, fp16, int8, failed]
    }

    static func report(simulated: Bool = true, rankSimulated: Bool = false) -> RunReport {
        var report = RunReport(
            runID: "r-numbers", suite: "vad", startedAt: 1_700_000_000, endedAt: 1_700_000_060,
            controllerVersion: "0.1.0",
            gitCommit: nil, targets: [target], results: results(simulated: simulated))
        report.rankSimulatedEnergy = rankSimulated
        return report
    }

    @Test func markdownLabelsSimulatedEnergyAndKeepsItOffThePareto() {
        let md = MarkdownSummary.render(Self.report())
        #expect(md.contains("| 1 | local (epyc) | openvino | fp16 → bf16 ⚠ | "))
        #expect(md.contains(" (simulated) |"))
        #expect(!md.contains("Pareto front (latency × energy)"))
        #expect(
            md.contains(
                "**Energy of 3 cases is simulated** (a simulated meter, not a measurement of the board): labelled (simulated) and left out of energy rankings and Pareto fronts."
            ))
        let ranked = MarkdownSummary.render(Self.report(rankSimulated: true))
        #expect(ranked.contains("Pareto front (latency × energy): "))
        let real = MarkdownSummary.render(Self.report(simulated: false))
        #expect(real.contains("Pareto front (latency × energy): ") && !real.contains("(simulated)"))
    }

    @Test func markdownShowsAccuracyPerOutputTheWorstOneAndTheFailedLimit() {
        let md = MarkdownSummary.render(Self.report())
        #expect(md.contains("### Beyond accuracy limits (1)"))
        #expect(
            md.contains(
                "- `local/vad/openvino/int8/t1/b1` — **accuracy\\_failed**: output 'output': max abs error 0.2 &gt; max\\_abs 0.05"
            ))
        #expect(
            md.contains(
                "- `local/vad/openvino/fp16/t1/b1` vs fp32, worst output `output`: `output` cosine 1.000000, max abs 0.2"
            ))
        #expect(
            md.contains(
                "- ⚠ `local/vad/openvino/fp16/t1/b1`: asked fp16, the runtime ran bf16 (inference\\_precision: bf16)"))
        #expect(md.contains("| `local/vad/openvino/fp32/t1/b1` | fp32 | f32 (inference\\_precision) |"))
        // accuracy_failed is not a "not run" case, and never ranked
        #expect(md.contains("### Not run (1)"))
        #expect(!md.contains("| openvino | int8"))
    }

    @Test func markdownHasTheWholeFailureTextWithItsCause() {
        let md = MarkdownSummary.render(Self.report())
        #expect(md.contains("ValueError: input 'sr' = 8 is not a supported sample rate"))
        #expect(md.contains("warm-up iteration 1 of 10"))
    }

    @Test func htmlPutsTheWholeFailureBehindDetailsWithTheCauseAsSummary() {
        let html = HTMLReport.render(Self.report())
        #expect(
            html.contains(
                "<details class=\"failure\"><summary>ValueError: input &#39;sr&#39; = 8 is not a supported sample rate</summary>"
            )
                || html.contains(
                    "<details class=\"failure\"><summary>ValueError: input 'sr' = 8 is not a supported sample rate</summary>"
                ))
        #expect(html.contains("(phase: warmup)</pre></details>"))
        #expect(html.contains("data-chart=\"pareto-simulated\""))
        #expect(!html.contains("<path class=\"pareto\""))
        #expect(html.contains("<span class=\"sim\""))
        #expect(html.contains("id=\"accuracy-outputs-table\"") && html.contains("output <strong>(worst)</strong>"))
        #expect(
            html.contains(
                "<td class=\"l mismatch\" title=\"asked fp16, the runtime ran bf16 (inference_precision: bf16)\">fp16 → bf16 ⚠"
            ))
        #expect(html.contains("sr int64 [] value = 16000 sha256 bbbbbbbbbbbb…"))
        let ranked = HTMLReport.render(Self.report(rankSimulated: true))
        #expect(ranked.contains("<path class=\"pareto\""))
    }

    @Test func csvFilesSayWhereEachFigureComesFrom() throws {
        let report = Self.report()
        let csv = SummaryCSV.render(report).components(separatedBy: "\r\n")
        let header = csv[0].split(separator: ",").map(String.init)
        let fp16 = try #require(csv.first { $0.contains(",fp16,") && $0.contains(",openvino,") })
        let fields = fp16.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        func field(_ name: String) -> String { fields[header.firstIndex(of: name)!] }
        #expect(field("energy_provenance") == "simulated")
        #expect(field("latency_provenance") == "derived")
        #expect(field("effective_precision") == "bf16")
        #expect(field("precision_flags") == EffectivePrecision.runtimeMismatchFlag)
        #expect(field("worst_output") == "output")
        let tidy = TidyCSV.render(report).components(separatedBy: "\r\n")
        #expect(tidy[0].hasSuffix(",unit,provenance,text"))
        #expect(
            tidy.contains {
                $0.contains(",fp16,") && $0.contains(",mj_per_inference,") && $0.hasSuffix(",mJ,simulated,")
            })
        #expect(tidy.contains { $0.contains(",fp16,") && $0.contains(",latency_p50,") && $0.hasSuffix(",ms,derived,") })
        #expect(tidy.contains { $0.contains(",fp16,") && $0.contains(",peak_rss,") && $0.hasSuffix(",MiB,,") })  // no figure: no provenance
    }

    @Test func reportJSONCarriesInputsEffectivePrecisionAndPerOutputAccuracy() throws {
        let data = try ReportWriter.jsonEncoder(for: Self.report()).encode(Self.report())
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let fp16 = try #require(
            rows.first {
                ($0["key"] as? [String: Any])?["precision"] as? String == "fp16"
                    && ($0["key"] as? [String: Any])?["runtime"] as? String == "openvino"
            })
        #expect(fp16["effectivePrecision"] as? String == "bf16")
        #expect(fp16["energyProvenance"] as? String == "simulated")
        #expect(fp16["worstOutput"] as? String == "output")
        #expect((fp16["accuracyPerOutput"] as? [[String: Any]])?.count == 2)
        let input = try #require((fp16["inputs"] as? [[String: Any]])?.first)
        #expect(
            input["name"] as? String == "sr" && input["dtype"] as? String == "int64"
                && input["source"] as? String == "value")
        let failed = try #require(rows.first { $0["status"] as? String == "failed" })
        #expect(
            (failed["failure"] as? String)?.hasSuffix("ValueError: input 'sr' = 8 is not a supported sample rate")
                == true)
        #expect(failed["failurePhase"] as? String == "warmup")
        let decoded = try JSONDecoder().decode(RunReport.self, from: data)
        #expect(decoded.rows.count == 4 && decoded.rows[2].status == .accuracyFailed)
    }
}
