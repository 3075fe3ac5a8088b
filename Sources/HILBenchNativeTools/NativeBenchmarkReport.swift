/// What one native benchmark tool reported for one run of one model, in one shape for every tool.
///
/// Every figure is what the tool printed, converted to nanoseconds or bytes: nothing is computed
/// from other figures, and a figure the tool did not print stays `nil` (never zero). A figure the
/// tool printed as zero stays zero. Tool-specific figures worth keeping go to ``extra`` as printed.
///
/// A parser only returns a report that holds at least one latency figure or a throughput.
public struct NativeBenchmarkReport: Sendable, Codable, Hashable {
    /// The tool that printed the output.
    public var tool: NativeTool
    /// The tool's (or its runtime's) version as printed, e.g. `8.6.0`, `v8601`, `2023.0.0-10926-…`.
    public var toolVersion: String?
    /// The model or graph as the tool names it: a path, a network name, or a built-in model name.
    public var model: String?
    /// Device, execution provider or delegate as the tool names it (`NVIDIA GeForce RTX 3090`,
    /// `CPU`, `TfLiteXNNPackDelegate`, `cpu`).
    public var device: String?
    /// Inference threads the tool reported using.
    public var threads: Int?
    /// Precision as the tool names it (`FP32+FP16`, `f32`, `int8`).
    public var precision: String?
    /// Batch size the tool reported.
    public var batch: Int?
    /// Measured iterations (queries, runs, loops) the tool reported.
    public var iterations: Int?
    /// Warm-up iterations the tool reported having run.
    public var warmupIterations: Int?
    /// Throughput in inferences (queries, frames) per second, as the tool printed it.
    public var throughputPerSecond: Double?
    /// The headline per-inference latency figures.
    public var latency: NativeLatencySummary
    /// One latency per measured iteration, in nanoseconds, when a tool's side file provides them
    /// (see ``TrtexecParser/parseExportedTimes(_:)`` and ``OnnxRuntimePerfTestParser/parseResultFile(_:)``).
    public var iterationLatenciesNanoseconds: [Int64]?
    /// Initialisation time: session creation, engine deserialisation or model compilation.
    public var initTimeNanoseconds: Int64?
    /// Latency of the first inference, when the tool reports it apart.
    public var firstInferenceNanoseconds: Int64?
    /// Peak memory in bytes, as the tool measured it.
    public var peakMemoryBytes: Int64?
    /// Tool-specific figures and settings, keyed in snake_case, valued as printed (with units).
    public var extra: [String: String]
    /// Warnings the tool printed about the measurement (unstable GPU clock, throughput bound by enqueue), as printed.
    public var warnings: [String]

    public init(
        tool: NativeTool,
        toolVersion: String? = nil,
        model: String? = nil,
        device: String? = nil,
        threads: Int? = nil,
        precision: String? = nil,
        batch: Int? = nil,
        iterations: Int? = nil,
        warmupIterations: Int? = nil,
        throughputPerSecond: Double? = nil,
        latency: NativeLatencySummary = NativeLatencySummary(),
        iterationLatenciesNanoseconds: [Int64]? = nil,
        initTimeNanoseconds: Int64? = nil,
        firstInferenceNanoseconds: Int64? = nil,
        peakMemoryBytes: Int64? = nil,
        extra: [String: String] = [:],
        warnings: [String] = []
    ) {
        self.warnings = warnings
        self.tool = tool
        self.toolVersion = toolVersion
        self.model = model
        self.device = device
        self.threads = threads
        self.precision = precision
        self.batch = batch
        self.iterations = iterations
        self.warmupIterations = warmupIterations
        self.throughputPerSecond = throughputPerSecond
        self.latency = latency
        self.iterationLatenciesNanoseconds = iterationLatenciesNanoseconds
        self.initTimeNanoseconds = initTimeNanoseconds
        self.firstInferenceNanoseconds = firstInferenceNanoseconds
        self.peakMemoryBytes = peakMemoryBytes
        self.extra = extra
    }
}

/// Per-inference latency figures as a tool printed them, in nanoseconds.
///
/// Percentiles are the tool's own (each tool has its own definition); none is recomputed here.
public struct NativeLatencySummary: Sendable, Codable, Hashable {
    public var minNanoseconds: Int64?
    public var maxNanoseconds: Int64?
    public var meanNanoseconds: Int64?
    public var medianNanoseconds: Int64?
    public var p90Nanoseconds: Int64?
    public var p95Nanoseconds: Int64?
    public var p99Nanoseconds: Int64?
    public var standardDeviationNanoseconds: Int64?
    /// Other percentiles the tool printed, keyed `p5`, `p50`, `p75`, `p99.9`.
    public var otherPercentilesNanoseconds: [String: Int64]

    public init(
        minNanoseconds: Int64? = nil,
        maxNanoseconds: Int64? = nil,
        meanNanoseconds: Int64? = nil,
        medianNanoseconds: Int64? = nil,
        p90Nanoseconds: Int64? = nil,
        p95Nanoseconds: Int64? = nil,
        p99Nanoseconds: Int64? = nil,
        standardDeviationNanoseconds: Int64? = nil,
        otherPercentilesNanoseconds: [String: Int64] = [:]
    ) {
        self.minNanoseconds = minNanoseconds
        self.maxNanoseconds = maxNanoseconds
        self.meanNanoseconds = meanNanoseconds
        self.medianNanoseconds = medianNanoseconds
        self.p90Nanoseconds = p90Nanoseconds
        self.p95Nanoseconds = p95Nanoseconds
        self.p99Nanoseconds = p99Nanoseconds
        self.standardDeviationNanoseconds = standardDeviationNanoseconds
        self.otherPercentilesNanoseconds = otherPercentilesNanoseconds
    }

    /// True when the tool printed no latency figure at all.
    public var isEmpty: Bool {
        minNanoseconds == nil && maxNanoseconds == nil && meanNanoseconds == nil && medianNanoseconds == nil
            && p90Nanoseconds == nil && p95Nanoseconds == nil && p99Nanoseconds == nil
            && standardDeviationNanoseconds == nil && otherPercentilesNanoseconds.isEmpty
    }

    /// Stores a percentile under its named field (90, 95, 99) or in ``otherPercentilesNanoseconds``.
    mutating func setPercentile(_ label: String, _ value: Int64) {
        switch label {
        case "90": p90Nanoseconds = value
        case "95": p95Nanoseconds = value
        case "99": p99Nanoseconds = value
        default: otherPercentilesNanoseconds["p\(label)"] = value
        }
    }
}
