/// A native benchmark tool whose text output this module parses.
///
/// The raw value is the executable's usual name, so it can be logged and stored as is.
public enum NativeTool: String, Sendable, CaseIterable, Codable {
    /// NVIDIA TensorRT `trtexec`.
    case trtexec
    /// TensorFlow Lite / LiteRT `benchmark_model`.
    case benchmarkModel = "benchmark_model"
    /// OpenVINO `benchmark_app` (C++ or Python).
    case benchmarkApp = "benchmark_app"
    /// ONNX Runtime `onnxruntime_perf_test`.
    case onnxruntimePerfTest = "onnxruntime_perf_test"
    /// Tencent ncnn `benchncnn`.
    case benchncnn

    /// Whether the tool carries a list of models of its own, run when it is given none: benchncnn without `param=`
    /// benchmarks squeezenet, mobilenet, … one row each (ncnn `benchmark/README.md`).
    public var hasOwnModels: Bool { self == .benchncnn }

    /// The executable's usual file name.
    public var executableName: String { rawValue }
}
