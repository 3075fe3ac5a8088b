import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// The Python runners on the small models shipped in Suites/models, through the real measurement loop.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PythonRunnerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let models = repository + "/Suites/models"

    /// The runtimes whose Python module imports here (CI installs all three; a developer machine may lack some).
    static let available: Set<RuntimeKind> = {
        let registry = RuntimeRegistry(agentExecutable: BuiltProducts.agent)
        return Set(registry.probe().runtimes.filter(\.available).map(\.runtime))
    }()

    static func file(_ runtime: RuntimeKind, _ precision: Precision) -> String {
        let suffix = precision == .fp32 ? "" : ".\(precision.rawValue)"
        return "\(models)/tinycnn\(suffix).\(runtime == .litert ? "tflite" : "onnx")"
    }

    static func run(
        _ runtime: RuntimeKind, _ precision: Precision, iterations: Int = 50, options: [String: OptionValue] = [:]
    ) throws -> CaseResult {
        let path = file(runtime, precision)
        var spec = CaseSpec(
            key: CaseKey(
                target: "local", model: "tinycnn", runtime: runtime, precision: precision, threads: 1, batch: 1),
            model: path, format: runtime == .litert ? .tflite : .onnx, artifactSHA256: try SHA256.hex(ofFileAt: path),
            inputs: .init(seed: 1234), warmup: 5, iterations: iterations, timeoutSeconds: 120, memorySamplePeriodMs: 5,
            idleMs: 0, options: options, collectOutputs: true, maxOutputValues: 1000, marker: .simulated)
        spec.marker.backend = .none
        let runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), markerFactory: { _ in RecordingMarker() })
        return runner.run(spec)
    }

    static let cases: [(RuntimeKind, Precision)] = [RuntimeKind.onnxruntime, .openvino, .litert].flatMap { runtime in
        Precision.allCases.map { (runtime, $0) }
    }

    @Test(arguments: cases)
    func everyRunnerMeasuresEveryPrecision(runtime: RuntimeKind, precision: Precision) throws {
        try #require(Self.available.contains(runtime), "\(runtime.rawValue) is not importable here")
        let result = try Self.run(runtime, precision)
        #expect(
            result.status == .ok, "\(result.failure.map { "\($0.kind): \($0.message)\n\($0.stderrTail ?? "")" } ?? "")")
        #expect(result.latenciesNs.count == 50)
        #expect(result.latenciesNs.allSatisfy { $0 > 0 && $0 < 1_000_000_000 })
        let info = try #require(result.runtime)
        #expect(info.name == runtime.rawValue)
        #expect(info.version.first?.isNumber == true)
        #expect(info.threads == 1)
        #expect(
            info.provider
                == ["onnxruntime": "CPUExecutionProvider", "openvino": "CPU", "litert": "CPU/XNNPACK"][runtime.rawValue]
        )
        #expect((result.memory.peakRSSKiB ?? 0) > 20_000)  // a Python process with a runtime loaded
        let output = try #require(result.outputs?.first)
        #expect(output.shape == [1, 10])
        #expect(output.values.count == 10)
        #expect(output.values.allSatisfy { $0.isFinite })

        // Accuracy against the same runtime's fp32 on the same seeded input.
        if precision != .fp32 {
            let reference = try Self.run(runtime, .fp32, iterations: 1)
            let accuracy = try #require(
                AccuracyComparison.compare(
                    result.outputs ?? [], with: reference.outputs ?? [], referencePrecision: .fp32))
            #expect(accuracy.maxAbsError > 0)
            #expect(accuracy.maxAbsError < (precision == .fp16 ? 0.01 : 0.05))
            #expect(accuracy.cosineSimilarity > 0.999)
            #expect(accuracy.top1Agreement == 1)
        }
    }

    @Test func onnxRuntimeAndOpenVINOAgreeOnTheSameModel() throws {
        try #require(Self.available.isSuperset(of: [.onnxruntime, .openvino]), "needs onnxruntime and openvino")
        let ort = try Self.run(.onnxruntime, .fp32, iterations: 1)
        let openvino = try Self.run(.openvino, .fp32, iterations: 1)
        let accuracy = try #require(
            AccuracyComparison.compare(openvino.outputs ?? [], with: ort.outputs ?? [], referencePrecision: .fp32))
        #expect(accuracy.maxAbsError < 1e-5)
    }

    @Test func anUnknownRuntimeOptionIsRefusedNotIgnored() throws {
        try #require(Self.available.contains(.onnxruntime), "needs onnxruntime")
        let result = try Self.run(
            .onnxruntime, .fp32, iterations: 1, options: ["graph_optimisation_level": .string("all")])
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "unsupported")
        #expect(result.failure?.message.contains("graph_optimisation_level") == true)
    }

    @Test func anUnreadableModelFailsAtLoadWithTheRuntimesOwnMessage() throws {
        try #require(Self.available.contains(.onnxruntime), "needs onnxruntime")
        let scratch = try Scratch()
        let model = try scratch.write("broken.onnx", "this is not a protobuf")
        let spec = CaseSpec(
            key: CaseKey(
                target: "local", model: "broken", runtime: .onnxruntime, precision: .fp32, threads: 1, batch: 1),
            model: model, format: .onnx, artifactSHA256: try SHA256.hex(ofFileAt: model), inputs: .init(), warmup: 1,
            iterations: 1, timeoutSeconds: 60, memorySamplePeriodMs: 10, idleMs: 0, options: [:], collectOutputs: false,
            maxOutputValues: 10, marker: .init(backend: .none, chip: nil, line: nil, activeLow: false, wire: nil))
        let result = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), markerFactory: { _ in RecordingMarker() }
        ).run(spec)
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "load_failed")
        #expect(result.failure?.message.contains(model) == true)
        #expect(
            result.failure?.message.contains("INVALID_PROTOBUF") == true
                || result.failure?.message.contains("Protobuf") == true)
    }
}
