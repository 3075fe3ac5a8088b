import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// A model shaped like a recurrent VAD (`Tests/Fixtures/models/gated_vad.onnx`, written by
/// `scripts/models/make_if_model.py`): weights inside `If` subgraphs and an int64 scalar `sr` that accepts 8000 and
/// 16000 only. Integer inputs are never invented, the inputs are stored, errors name the phase and the inputs.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct IntegerInputTests {
    static let model = PythonRunnerTests.repository + "/Tests/Fixtures/models/gated_vad.onnx"

    static func run(
        _ runtime: RuntimeKind = .onnxruntime, precision: Precision = .fp32, values: [String: OptionValue] = [:],
        floatRange: [Double]? = nil
    ) throws -> CaseResult {
        var spec = CaseSpec(
            key: CaseKey(target: "local", model: "vad", runtime: runtime, precision: precision, threads: 1, batch: 1),
            model: model, format: .onnx, artifactSHA256: try SHA256.hex(ofFileAt: model),
            inputs: .init(seed: 1234, shapes: ["input": [1, 64]], values: values, floatRange: floatRange),
            warmup: 3, iterations: 20, timeoutSeconds: 120, memorySamplePeriodMs: 5, idleMs: 0, options: [:],
            collectOutputs: true, maxOutputValues: 1000, marker: .simulated)
        spec.marker.backend = .none
        let runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), markerFactory: { _ in RecordingMarker() })
        return runner.run(spec)
    }

    @Test func anIntegerInputWithoutAValueStopsTheCaseBeforeItRunsAndIsAskedForByName() throws {
        try #require(PythonRunnerTests.available.contains(.onnxruntime), "needs onnxruntime")
        let result = try Self.run()
        #expect(result.status == .failed)
        let failure = try #require(result.failure)
        #expect(failure.kind == "input_failed")
        #expect(failure.phase == "load")
        #expect(
            failure.message.contains("input 'sr' (int64, shape []) is an integer input and has no value"),
            "\(failure.message)")
        #expect(failure.message.contains("inputs: {values: {sr: 16000}}"), "\(failure.message)")
        #expect(result.latenciesNs.isEmpty && result.warmupLatenciesNs.isEmpty)
    }

    @Test func aGivenValueIsUsedAndEveryInputIsStoredWithItsHash() throws {
        try #require(PythonRunnerTests.available.contains(.onnxruntime), "needs onnxruntime")
        let result = try Self.run(values: ["sr": .int(16000)])
        #expect(result.status == .ok, "\(result.failure.map { "\($0.kind): \($0.message)" } ?? "")")
        #expect(result.latenciesNs.count == 20)
        let inputs = try #require(result.inputs)
        #expect(inputs.map(\.name) == ["input", "state", "sr"])
        let sr = try #require(inputs.last)
        #expect(sr.dtype == "int64" && sr.shape == [] && sr.source == "value" && sr.values == [16000])
        // sha256 of the 8 bytes of int64 16000, little endian, computed here independently.
        var bytes = [UInt8](repeating: 0, count: 8)
        withUnsafeBytes(of: Int64(16000).littleEndian) { bytes = Array($0) }
        #expect(sr.sha256 == SHA256.hex(of: bytes))
        #expect(
            inputs[0].source == "seeded" && inputs[0].shape == [1, 64] && inputs[0].values == nil
                && inputs[0].sha256.count == 64)
        #expect(result.effectivePrecision?.runtime == nil)
        #expect(result.effectivePrecision?.runtimeSource == "execution_provider CPUExecutionProvider")
        #expect(result.outputs?.map(\.name) == ["output", "stateN"])
    }

    @Test func aValueTheModelRejectsFailsInWarmUpNamingThePhaseAndTheInputs() throws {
        try #require(PythonRunnerTests.available.contains(.onnxruntime), "needs onnxruntime")
        let result = try Self.run(values: ["sr": .int(8)])
        #expect(result.status == .failed)
        let failure = try #require(result.failure)
        #expect(failure.kind == "inference_failed")
        #expect(failure.phase == "warmup")
        #expect(failure.message.contains("inference failed at warm-up iteration 1 of 3"), "\(failure.message)")
        #expect(
            failure.message.hasSuffix("(inputs: input float32 [1, 64]; state float32 [1, 16]; sr int64 [] = 8)"),
            "\(failure.message)")
        #expect(result.inputs?.last?.values == [8])  // the inputs are stored even though the case failed
    }

    @Test func theFloatRangeIsTheSuites() throws {
        try #require(PythonRunnerTests.available.contains(.onnxruntime), "needs onnxruntime")
        let result = try Self.run(values: ["sr": .int(8000)], floatRange: [-1, 1])
        #expect(result.status == .ok)
        let state = try #require(result.inputs?.first { $0.name == "state" }?.values)
        #expect(state.count == 16 && state.allSatisfy { $0 >= -1 && $0 < 1 } && state.contains { $0 < 0 })
        let plain = try Self.run(values: ["sr": .int(8000)])
        let unit = try #require(plain.inputs?.first { $0.name == "state" }?.values)
        #expect(unit.allSatisfy { $0 >= 0 && $0 < 1 })
        // Same generator, affine map: low + (high − low) · u.
        for (a, b) in zip(state, unit) { #expect(abs(a - (-1 + 2 * b)) < 1e-6) }
    }

    @Test func openVINOSaysWhatItRanAndAnFp16RequestThatRanOtherwiseIsFlagged() throws {
        try #require(PythonRunnerTests.available.contains(.openvino), "needs openvino")
        let result = try Self.run(.openvino, precision: .fp16, values: ["sr": .int(16000)])
        #expect(result.status == .ok, "\(result.failure.map { "\($0.kind): \($0.message)" } ?? "")")
        let effective = try #require(result.effectivePrecision)
        #expect(effective.runtimeSource == "inference_precision")
        let ran = try #require(effective.runtime.flatMap(EffectivePrecision.normalize))
        // bf16 on CPUs with bf16 support (this AMD EPYC), f32 or f16 elsewhere: the flag follows what ran.
        #expect(effective.flags.contains(EffectivePrecision.runtimeMismatchFlag) == (ran != "fp16"))
        let fp32 = try Self.run(.openvino, precision: .fp32, values: ["sr": .int(16000)])
        #expect(fp32.effectivePrecision?.runtime == "f32" && fp32.effectivePrecision?.flags == [])
    }
}
