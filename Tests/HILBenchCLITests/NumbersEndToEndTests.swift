import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// Whether python3 imports onnx and onnxruntime (models prepare and the runner need them).
enum PythonONNX {
    static let available =
        (try? Execution.run(["/usr/bin/env", "python3", "-c", "import onnx, onnxruntime"], in: "/", timeout: 120))?
        .status == 0
}

/// Issue #13's walk-through on a model with weights inside `If` subgraphs and an int64 scalar input
/// (`Tests/Fixtures/models/gated_vad.onnx`): `models prepare` verifies or refuses each variant, the integer input is
/// asked for by name, and `hilbench run` reports effective precision, per-output accuracy with the worst output, a
/// case beyond its limit as `accuracy_failed`, and simulated energy labelled as such.
@Suite(
    .serialized, .timeLimit(.minutes(5)),
    .enabled(if: PythonONNX.available, "needs the onnx and onnxruntime Python packages"))
struct NumbersEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let fixture = repository + "/Tests/Fixtures/models/gated_vad.onnx"

    @Test func modelsPrepareConvertsInsideSubgraphsRefusesTheEmptyInt8AndAsksForTheIntegerInput() throws {
        let scratch = try Scratch("prepare")
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: scratch.path + "/vad.onnx")
        let asked = try Execution.run(
            [BuiltProducts.controller, "models", "prepare", "vad.onnx", "--out", "out", "--shape", "input=1,64"],
            in: scratch.path)
        #expect(asked.status == 2)
        #expect(
            asked.stderr.contains("input 'sr' (int64, shape []) is an integer input and has no value"),
            "\(asked.stderr)")
        #expect(asked.stderr.contains("--input-value sr=VALUE"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/out/vad.fp16.onnx"))

        let run = try Execution.run(
            [
                BuiltProducts.controller, "models", "prepare", "vad.onnx", "--out", "out", "--input-value", "sr=16000",
                "--shape", "input=1,64",
            ], in: scratch.path)
        #expect(run.status == 4, "\(run.stdout)\n\(run.stderr)")  // a variant was refused
        #expect(
            run.stdout.contains(
                "#     verified: 6 float16 weights and 27 float16 ops in 2 of 2 graphs with weights; 0 float32 weights left"
            ), "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "#   int8: REFUSED, not pinned: the int8 file holds no quantize/dequantize node, no integer op and no int8 weight: it is the fp32 model"
            ))
        #expect(
            run.stdout.contains(
                "onnxruntime.quantization quantizes the main graph only, and this model's weights sit inside If/Loop/Scan subgraphs"
            ))
        #expect(run.stdout.contains("  fp16: {path: out/vad.fp16.onnx, sha256: \""))
        #expect(!run.stdout.contains("  int8: {path:"))
        #expect(run.stdout.contains("inputs:\n  values: {sr: 16000}"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/out/vad.int8.onnx"))
        #expect(run.stderr.contains("main/If:p.then_branch: fp16_weights 3"))
    }

    @Test func aRunSaysWhatEveryNumberIs() throws {
        let workspace = try Scratch("numbers")
        try workspace.write("Targets/local.yaml", localTargetYAML())
        let prepared = try Execution.run(
            [
                BuiltProducts.controller, "models", "prepare", Self.fixture, "--out", workspace.path + "/Suites/models",
                "--input-value", "sr=16000", "--shape", "input=1,64", "--no-check",
            ], in: workspace.path)
        #expect(prepared.status == 4, "\(prepared.stderr)")
        let fp32 = try SHA256.hex(ofFileAt: workspace.path + "/Suites/models/gated_vad.onnx")
        let fp16 = try SHA256.hex(ofFileAt: workspace.path + "/Suites/models/gated_vad.fp16.onnx")
        try workspace.write(
            "Suites/quickstart.yaml",
            """
            name: vad
            models:
              - name: vad
                artifacts:
                  fp32: {path: models/gated_vad.onnx, sha256: "\(fp32)"}
                  fp16: {path: models/gated_vad.fp16.onnx, sha256: "\(fp16)"}
                inputs:
                  shapes: {input: [1, 64]}
                  values: {sr: 16000}
              - name: vad-no-rate
                artifacts:
                  fp32: {path: models/gated_vad.onnx, sha256: "\(fp32)"}
                  fp16: {path: models/gated_vad.onnx, sha256: "\(fp32)", holds: fp32}
                inputs:
                  shapes: {input: [1, 64]}
            runtimes: [onnxruntime]
            precisions: [fp32, fp16]
            measure: {warmup: 2, iterations: 30}
            energy: {idle_ms: 20}
            accuracy:
              min_cosine: 0.99
              per_output:
                stateN: {max_abs: 0.000001}

            """)
        let run = try Execution.run([BuiltProducts.controller, "run", "--plain"], in: workspace.path)
        #expect(run.status != 0)  // cases failed: exit status says so
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().first?.id)
        let results = Dictionary(uniqueKeysWithValues: try store.results(runID: runID).map { ($0.key.id, $0) })
        let vad32 = try #require(results["local/vad/onnxruntime/fp32/t1/b1"])
        let vad16 = try #require(results["local/vad/onnxruntime/fp16/t1/b1"])
        #expect(vad32.status == .ok)
        #expect(vad32.inputs?.first { $0.name == "sr" }?.values == [16000])
        #expect(vad32.energy?.provenance == .simulated)
        // fp16's state moves by ~5e-4 against fp32: beyond the 1e-6 limit, so accuracy_failed, measured all the same.
        #expect(vad16.status == .accuracyFailed)
        #expect(vad16.latenciesNs.count == 30)
        #expect(vad16.accuracy?.perOutput?.map(\.name) == ["output", "stateN"])
        #expect(vad16.accuracy?.limitsBroken?.first?.hasPrefix("output 'stateN': max abs error ") == true)
        #expect(vad16.effectivePrecision?.runtimeSource == "execution_provider CPUExecutionProvider")
        // Without a value for sr the case stops before running, naming the input; the fp16 case then says the
        // reference failed, and carries the declared artifact precision.
        let noRate32 = try #require(results["local/vad-no-rate/onnxruntime/fp32/t1/b1"])
        #expect(noRate32.status == .failed && noRate32.failure?.kind == "input_failed")
        #expect(noRate32.failure?.message.contains("input 'sr' (int64, shape [])") == true)
        let noRate16 = try #require(results["local/vad-no-rate/onnxruntime/fp16/t1/b1"])
        #expect(noRate16.effectivePrecision?.flags == [EffectivePrecision.artifactMismatchFlag])

        let folder = workspace.path + "/Results/runs/\(runID)"
        let summary = try String(contentsOfFile: folder + "/summary.md", encoding: .utf8)
        #expect(summary.contains("### Beyond accuracy limits (1)"))
        #expect(summary.contains("worst output `stateN`") || summary.contains("worst output `output`"))
        #expect(summary.contains("(simulated)"))
        #expect(summary.contains("is simulated** (a simulated meter, not a measurement of the board)"))
        #expect(
            summary.contains(
                "| `local/vad/onnxruntime/fp16/t1/b1` | fp16 | not reported (execution\\_provider CPUExecutionProvider) |"
            ))
        #expect(summary.contains("give it in the suite: inputs: {values: {sr: 16000}}"))
        let csv = try String(contentsOfFile: folder + "/summary.csv", encoding: .utf8)
        #expect(csv.contains(",simulated,derived,"))
        #expect(run.stdout.contains("accuracy_failed local/vad/onnxruntime/fp16/t1/b1"))
    }
}
