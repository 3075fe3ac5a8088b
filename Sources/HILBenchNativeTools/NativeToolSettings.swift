/// The suite's knobs for one run of a native tool, before they are mapped to the tool's own flags.
///
/// A knob the suite wrote is `given`; one left at hilbench's default is not. A tool that cannot honour a given
/// value refuses it (``NativeToolArgumentError``, which `hilbench validate` reports at the suite's line); a tool
/// that cannot honour a default uses its own instead and says so in ``NativeToolInvocation/applied``.
public struct NativeToolSettings: Sendable, Equatable {
    /// A knob's value and whether the suite wrote it.
    public struct Knob<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        /// True when the suite wrote the value; false when it is hilbench's default.
        public var given: Bool

        public init(_ value: Value, given: Bool) {
            self.value = value
            self.given = given
        }
    }

    /// Warm-up before the timed iterations: a number of runs or a time.
    public enum Warmup: Sendable, Equatable {
        case runs(Int)
        case seconds(Double)
    }

    /// Warm-up (nil: the tool's own).
    public var warmup: Knob<Warmup>?
    /// Timed iterations (nil: the tool's own).
    public var iterations: Knob<Int>?
    /// Inference threads (nil or 0: the tool's own).
    public var threads: Knob<Int>?
    /// Batch size (1: the model's own).
    public var batch: Knob<Int>?
    /// The case's precision (`fp32`, `fp16`, `int8`): a flag only where the tool builds the engine itself.
    public var precision: String?
    /// Parallel streams (trtexec `--streams`, benchmark_app `-nstreams`).
    public var streams: Int?
    /// Inference requests in flight (benchmark_app `-nireq`, onnxruntime_perf_test `-c`).
    public var requests: Int?
    /// Device, delegate or execution provider (`gpu`, `dla0`, `xnnpack`, `CPU`, `cuda`).
    public var device: String?
    /// Input shapes, for benchncnn (`[[227, 227, 3]]`).
    public var inputShapes: [[Int]]
    /// Tool-specific arguments appended as given (`runtime_options.command.arguments`).
    public var extraArguments: [String]
    /// A folder the tool may write its side files to (per-iteration times, result files); nil: none asked.
    public var sideFileDirectory: String?
    /// The timed phase as a time, seconds (`measure.duration_s`); nil: `iterations` decides.
    public var duration: Double?
    /// Run the tool's own model list (benchncnn without `param=`) instead of a model file.
    public var ownModels: Bool

    public init(
        warmup: Knob<Warmup>? = nil, iterations: Knob<Int>? = nil, threads: Knob<Int>? = nil, batch: Knob<Int>? = nil,
        precision: String? = nil, streams: Int? = nil, requests: Int? = nil, device: String? = nil,
        inputShapes: [[Int]] = [], extraArguments: [String] = [], sideFileDirectory: String? = nil,
        duration: Double? = nil, ownModels: Bool = false
    ) {
        self.duration = duration
        self.ownModels = ownModels
        self.warmup = warmup
        self.iterations = iterations
        self.threads = threads
        self.batch = batch
        self.precision = precision
        self.streams = streams
        self.requests = requests
        self.device = device
        self.inputShapes = inputShapes
        self.extraArguments = extraArguments
        self.sideFileDirectory = sideFileDirectory
    }
}

/// One run of a native tool: its arguments and where it writes the side files hilbench reads back.
public struct NativeToolInvocation: Sendable, Equatable {
    /// The arguments, without the executable, as an array for a process API.
    public var arguments: [String]
    /// trtexec `--exportTimes` JSON: one entry per timed query.
    public var exportTimesPath: String?
    /// onnxruntime_perf_test result file: one row per timed run.
    public var resultFilePath: String?
    /// How each knob was honoured, in words (`warmup`: `tool's own: 200 ms`), for the stored result.
    public var applied: [String: String]

    public init(
        arguments: [String], exportTimesPath: String? = nil, resultFilePath: String? = nil,
        applied: [String: String] = [:]
    ) {
        self.arguments = arguments
        self.exportTimesPath = exportTimesPath
        self.resultFilePath = resultFilePath
        self.applied = applied
    }
}
