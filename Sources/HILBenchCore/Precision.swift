/// Numeric precision of a model variant.
public enum Precision: String, Sendable, Codable, CaseIterable, Comparable {
    case fp32, fp16, int8

    public static func < (lhs: Precision, rhs: Precision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An inference runtime a runner can drive on the board.
public enum RuntimeKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// The dependency-free Swift reference runner (built-in networks only).
    case reference
    case onnxruntime
    case openvino
    case litert
    /// A native benchmark tool on the board (trtexec, benchmark_model, benchmark_app, onnxruntime_perf_test,
    /// benchncnn), named with its executable in `runtime_options.command`; its output is parsed.
    case command

    /// Model formats this runtime loads.
    public var formats: Set<ModelFormat> {
        switch self {
        case .reference: [.builtin]
        case .onnxruntime: [.onnx]
        case .openvino: [.onnx, .openvinoIR]
        case .litert: [.tflite]
        case .command: [.onnx, .tflite, .openvinoIR, .tensorrtEngine, .ncnn, .toolModels]
        }
    }

    /// The Python module whose presence makes the runtime available (nil for built-in runners).
    public var pythonModules: [String] {
        switch self {
        case .reference, .command: []
        case .onnxruntime: ["onnxruntime"]
        case .openvino: ["openvino"]
        case .litert: ["ai_edge_litert", "tflite_runtime"]
        }
    }

    public static func < (lhs: RuntimeKind, rhs: RuntimeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The file format of a model artifact.
public enum ModelFormat: String, Sendable, Codable, CaseIterable {
    case builtin, onnx, tflite
    /// OpenVINO IR: the `.xml` topology, with its `.bin` weights as the artifact's `weights`.
    case openvinoIR = "openvino-ir"
    /// A serialised TensorRT engine (`.engine`, `.plan`), built for one GPU and TensorRT version.
    case tensorrtEngine = "tensorrt-engine"
    /// ncnn: the `.param` graph, with its `.bin` weights as the artifact's `weights`.
    case ncnn
    /// The models a native tool carries itself (`builtin: benchncnn`: benchncnn run without `param=` benchmarks its
    /// own list); one run gives one result per model.
    case toolModels = "tool-models"

    /// Guesses the format from a file name's extension.
    public static func from(path: String) -> ModelFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".onnx") { return .onnx }
        if lower.hasSuffix(".tflite") { return .tflite }
        if lower.hasSuffix(".xml") { return .openvinoIR }
        if lower.hasSuffix(".engine") || lower.hasSuffix(".plan") || lower.hasSuffix(".trt") { return .tensorrtEngine }
        if lower.hasSuffix(".param") { return .ncnn }
        return nil
    }

    /// Whether a model of this format is a file the controller ships (pinned by sha256); built-in networks and a
    /// tool's own models are not.
    public var isFile: Bool { self != .builtin && self != .toolModels }

    /// Whether the format is a graph file with a separate weights file (OpenVINO IR, ncnn).
    public var hasWeightsFile: Bool { self == .openvinoIR || self == .ncnn }
}
