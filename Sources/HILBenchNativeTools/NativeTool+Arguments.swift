extension NativeTool {
    /// Whether the tool can write one latency per timed iteration (trtexec `--exportTimes`, the result file of
    /// onnxruntime_perf_test). The others print summary figures only.
    public var writesIterationTimes: Bool { self == .trtexec || self == .onnxruntimePerfTest }

    /// Maps the suite's knobs onto this tool's flags for `model` (the path as the board sees it).
    ///
    /// Per tool (from each tool's `--help` and source):
    /// - `trtexec`: warm-up is a time (`--warmUp=<ms>`); a count other than 0 cannot be expressed. Iterations
    ///   `--iterations=N --duration=0` (the count, not the default 3 s, decides). No thread count; `--streams`;
    ///   `.onnx` builds an engine (`--onnx=`, `--fp16`/`--int8` for the case's precision), anything else is a
    ///   serialised engine (`--loadEngine=`). Device `gpu`, `gpu<N>` (`--device=N`), `dla<N>` (`--useDLACore=N`).
    ///   Per-query times: `--exportTimes=<file>`.
    /// - `benchmark_model`: warm-up as runs (`--warmup_runs`, `--warmup_min_secs=0`) or time (`--warmup_min_secs`),
    ///   `--num_runs` with `--min_secs=0`, `--num_threads`; device `cpu`, `xnnpack`, `gpu`, `nnapi`, `hexagon`,
    ///   `coreml` (`--use_<name>=true`).
    /// - `benchmark_app`: one warm-up inference, always (its "First inference"); `-niter`, `-nthreads`, `-b`,
    ///   `-nstreams`, `-nireq`, `-d <device>`.
    /// - `onnxruntime_perf_test`: one warm-up run, always; `-m times -r N`, `-x` threads, `-c` concurrent runs,
    ///   `-e <provider>`, `-I` generated inputs, `-s` statistics; the result file (second positional) gives one
    ///   time per run.
    /// - `benchncnn`: positional `loops threads powersave gpu_device cooling_down param= shape=`; a fixed 8
    ///   warm-up loops; device `cpu` (-1) or `gpu`/`gpu<N>` (Vulkan device N).
    /// - Throws: ``NativeToolArgumentError`` naming the setting and what the tool offers instead, for a value
    ///   the suite wrote that the tool cannot honour. A hilbench default the tool cannot honour is replaced by
    ///   the tool's own and said so in ``NativeToolInvocation/applied``.
    public func invocation(
        model: String, settings: NativeToolSettings
    ) throws(NativeToolArgumentError)
        -> NativeToolInvocation
    {
        guard !model.isEmpty || settings.ownModels else { throw refuse("model", "the model path is empty") }
        if settings.ownModels, !hasOwnModels {
            throw refuse("model", "\(rawValue) has no models of its own; only benchncnn has (builtin: benchncnn)")
        }
        try checkRanges(settings)
        var builder = InvocationBuilder(tool: self, settings: settings)
        switch self {
        case .trtexec: try builder.trtexec(model: model)
        case .benchmarkModel: try builder.benchmarkModel(model: model)
        case .benchmarkApp: try builder.benchmarkApp(model: model)
        case .onnxruntimePerfTest: try builder.onnxruntimePerfTest(model: model)
        case .benchncnn: try builder.benchncnn(model: model)
        }
        builder.invocation.arguments += settings.extraArguments
        return builder.invocation
    }

    /// The arguments alone, for callers that need no side files (see ``invocation(model:settings:)``).
    public func arguments(
        model: String, settings: NativeToolSettings = NativeToolSettings()
    )
        throws(NativeToolArgumentError) -> [String]
    {
        try invocation(model: model, settings: settings).arguments
    }

    func refuse(_ setting: String, _ message: String) -> NativeToolArgumentError {
        NativeToolArgumentError(tool: self, setting: setting, message: message)
    }

    private func checkRanges(_ settings: NativeToolSettings) throws(NativeToolArgumentError) {
        if let threads = settings.threads?.value, threads < 0 {
            throw refuse("threads", "must not be negative, got \(threads)")
        }
        if let iterations = settings.iterations?.value, iterations < 1 {
            throw refuse("iterations", "must be at least 1, got \(iterations)")
        }
        switch settings.warmup?.value {
        case .runs(let runs)? where runs < 0: throw refuse("warmup", "must not be negative, got \(runs)")
        case .seconds(let seconds)? where !(seconds >= 0 && seconds.isFinite):
            throw refuse("warmup_s", "must be a time of at least 0 s, got \(seconds)")
        default: break
        }
        if let duration = settings.duration, !(duration > 0 && duration.isFinite) {
            throw refuse("duration_s", "must be a time above 0 s, got \(duration)")
        }
        if let batch = settings.batch?.value, batch < 1 { throw refuse("batch", "must be at least 1, got \(batch)") }
        if let streams = settings.streams, streams < 1 { throw refuse("streams", "must be at least 1, got \(streams)") }
        if let requests = settings.requests, requests < 1 {
            throw refuse("requests", "must be at least 1, got \(requests)")
        }
    }
}

/// Builds one tool's invocation knob by knob; each method knows one tool's flags.
private struct InvocationBuilder {
    let tool: NativeTool
    let settings: NativeToolSettings
    var invocation = NativeToolInvocation(arguments: [])

    init(tool: NativeTool, settings: NativeToolSettings) {
        self.tool = tool
        self.settings = settings
    }

    private var threads: Int? { settings.threads.flatMap { $0.value > 0 ? $0.value : nil } }
    private var batch: Int? { settings.batch.flatMap { $0.value > 1 ? $0.value : nil } }

    private func sideFile(_ name: String) -> String? {
        settings.sideFileDirectory.map { $0.hasSuffix("/") ? $0 + name : $0 + "/" + name }
    }

    private mutating func add(_ arguments: String...) { invocation.arguments += arguments }

    /// A knob this tool cannot honour: refused when the suite wrote it, replaced by the tool's own otherwise.
    private mutating func cannot<Value>(
        _ knob: NativeToolSettings.Knob<Value>?, _ setting: String,
        toolDefault: String, offers: String
    ) throws(NativeToolArgumentError) {
        guard let knob else { return }
        if knob.given { throw tool.refuse(setting, "\(tool.rawValue) \(offers)") }
        invocation.applied[setting] = "tool's own: \(toolDefault)"
    }

    private func refuseUnused(_ name: String, _ present: Bool, offers: String) throws(NativeToolArgumentError) {
        if present { throw tool.refuse(name, "\(tool.rawValue) \(offers)") }
    }

    // MARK: trtexec

    mutating func trtexec(model: String) throws(NativeToolArgumentError) {
        let isONNX = model.lowercased().hasSuffix(".onnx")
        add(isONNX ? "--onnx=\(model)" : "--loadEngine=\(model)")
        switch settings.warmup?.value {
        case .seconds(let seconds)?: add("--warmUp=\(Int((seconds * 1000).rounded()))")
        case .runs(0)?: add("--warmUp=0")
        case .runs?:
            try cannot(
                settings.warmup, "warmup", toolDefault: "200 ms",
                offers: "warms up for a time (--warmUp=<ms>), not a number of runs: write measure.warmup_s "
                    + "(e.g. 0.2) or warmup: 0")
        case nil: break
        }
        if let duration = settings.duration {
            // `--duration=N`: "at least N seconds wallclock time"; an int before TensorRT 10 (a float since).
            add("--duration=\(try wholeSeconds(duration))")
            if let iterations = settings.iterations, iterations.given {
                add("--iterations=\(iterations.value)")  // "Run at least N inference iterations": both are minimums
                invocation.applied["duration"] =
                    "at least \(Self.decimal(duration)) s and \(iterations.value) iterations"
            } else {
                invocation.applied["duration"] =
                    "at least \(Self.decimal(duration)) s (iterations: trtexec's own minimum)"
            }
        } else if let iterations = settings.iterations?.value {
            add("--iterations=\(iterations)", "--duration=0")
        }
        if threads != nil {
            try cannot(
                settings.threads, "threads", toolDefault: "the GPU's scheduling",
                offers: "has no inference thread count; it offers parallel streams (runtime_options.command.streams)")
        }
        if batch != nil {
            try cannot(
                settings.batch, "batch", toolDefault: "the model's shapes",
                offers: "takes the batch from the engine's or ONNX model's shapes; give them with "
                    + "runtime_options.command.arguments: [\"--shapes=input:8x3x224x224\"]")
        }
        if isONNX {
            switch settings.precision {
            case "fp16"?: add("--fp16")
            case "int8"?: add("--int8")
            default: break
            }
        }
        if let streams = settings.streams { add("--streams=\(streams)") }
        try refuseUnused("requests", settings.requests != nil, offers: "has no request queue; it offers streams")
        if let device = settings.device?.lowercased() {
            if device == "gpu" {
            } else if let index = Self.indexed(device, prefix: "gpu") {
                add("--device=\(index)")
            } else if let core = Self.indexed(device, prefix: "dla") {
                add("--useDLACore=\(core)", "--allowGPUFallback")
            } else {
                throw tool.refuse(
                    "device", "trtexec runs on gpu, gpu<N> (--device=N) or dla<N> (--useDLACore=N); got '\(device)'")
            }
        }
        try refuseUnused(
            "input_shapes", !settings.inputShapes.isEmpty,
            offers: "takes named shapes: runtime_options.command.arguments: [\"--shapes=input:1x3x224x224\"]")
        if let path = sideFile("trtexec-times.json") {
            add("--exportTimes=\(path)")
            invocation.exportTimesPath = path
        }
    }

    // MARK: benchmark_model

    mutating func benchmarkModel(model: String) throws(NativeToolArgumentError) {
        add("--graph=\(model)")
        if let threads { add("--num_threads=\(threads)") }
        if let duration = settings.duration {
            // Runs while `run < num_runs || now < min_secs`, never starting a run after `max_secs`
            // (BenchmarkModel::Run): min_secs is the time, and max_secs (150 s by default) must not cut it short.
            let seconds = Self.decimal(duration)
            let limit = Self.decimal(max(duration, 150))
            if let iterations = settings.iterations, iterations.given {
                add("--num_runs=\(iterations.value)", "--min_secs=\(seconds)", "--max_secs=\(limit)")
                invocation.applied["duration"] =
                    "at least \(seconds) s and \(iterations.value) runs (stopped at \(limit) s)"
            } else {
                add("--num_runs=1", "--min_secs=\(seconds)", "--max_secs=\(limit)")
                invocation.applied["duration"] = "at least \(seconds) s"
            }
        } else if let iterations = settings.iterations?.value {
            add("--num_runs=\(iterations)", "--min_secs=0")
        }
        switch settings.warmup?.value {
        case .runs(let runs)?: add("--warmup_runs=\(runs)", "--warmup_min_secs=0")
        case .seconds(let seconds)?: add("--warmup_runs=1", "--warmup_min_secs=\(Self.decimal(seconds))")
        case nil: break
        }
        if batch != nil {
            try cannot(
                settings.batch, "batch", toolDefault: "the model's input shapes",
                offers: "runs the model's own input shapes; give others with runtime_options.command.arguments: "
                    + "[\"--input_layer=input\", \"--input_layer_shape=8,224,224,3\"]")
        }
        if let device = settings.device?.lowercased(), device != "cpu" {
            let delegates = ["xnnpack", "gpu", "nnapi", "hexagon", "coreml"]
            guard delegates.contains(device) else {
                throw tool.refuse(
                    "device",
                    "benchmark_model offers cpu or a delegate: \(delegates.joined(separator: ", ")); got '\(device)'")
            }
            add("--use_\(device)=true")
        }
        try refuseUnused("streams", settings.streams != nil, offers: "runs one inference at a time (no streams)")
        try refuseUnused("requests", settings.requests != nil, offers: "runs one inference at a time (no requests)")
        try refuseUnused(
            "input_shapes", !settings.inputShapes.isEmpty,
            offers: "takes shapes with runtime_options.command.arguments: [\"--input_layer_shape=…\"]")
    }

    // MARK: benchmark_app

    mutating func benchmarkApp(model: String) throws(NativeToolArgumentError) {
        add("-m", model)
        try oneWarmupRun(what: "one warm-up inference (its 'First inference')")
        if let duration = settings.duration {
            // `-t` (uint32 seconds) and `-niter`: the loop runs while either is unmet, so both are minimums.
            add("-t", String(try wholeSeconds(duration)))
            if let iterations = settings.iterations, iterations.given {
                add("-niter", String(iterations.value))
                invocation.applied["duration"] =
                    "at least \(Self.decimal(duration)) s and \(iterations.value) iterations"
            } else {
                invocation.applied["duration"] = "at least \(Self.decimal(duration)) s"
            }
        } else if let iterations = settings.iterations?.value {
            add("-niter", String(iterations))
        }
        if let threads { add("-nthreads", String(threads)) }
        if let batch { add("-b", String(batch)) }
        if let streams = settings.streams { add("-nstreams", String(streams)) }
        if let requests = settings.requests { add("-nireq", String(requests)) }
        if let device = settings.device { add("-d", device.uppercased()) }
        try refuseUnused(
            "input_shapes", !settings.inputShapes.isEmpty,
            offers: "takes shapes with runtime_options.command.arguments: [\"-shape\", \"input[1,3,224,224]\"]")
    }

    // MARK: onnxruntime_perf_test

    mutating func onnxruntimePerfTest(model: String) throws(NativeToolArgumentError) {
        add("-I", "-s")
        try oneWarmupRun(what: "one warm-up run")
        if let duration = settings.duration {
            // One test mode per run: 'times' (-r) or 'duration' (-t, whole seconds).
            if settings.iterations?.given == true {
                throw tool.refuse(
                    "duration_s",
                    "onnxruntime_perf_test runs either a count (-m times -r) or a time (-m duration -t), not both: "
                        + "remove measure.iterations or measure.duration_s")
            }
            add("-m", "duration", "-t", String(try wholeSeconds(duration)))
            invocation.applied["duration"] = "\(Self.decimal(duration)) s"
        } else if let iterations = settings.iterations?.value {
            add("-m", "times", "-r", String(iterations))
        }
        if let threads { add("-x", String(threads)) }
        if batch != nil {
            try cannot(
                settings.batch, "batch", toolDefault: "the model's shapes",
                offers: "runs the model's own shapes; override a free dimension with "
                    + "runtime_options.command.arguments: [\"-f\", \"batch:8\"]")
        }
        if let requests = settings.requests { add("-c", String(requests)) }
        try refuseUnused(
            "streams", settings.streams != nil, offers: "has no streams; it offers concurrent runs (requests)")
        if let device = settings.device { add("-e", device.lowercased()) }
        try refuseUnused(
            "input_shapes", !settings.inputShapes.isEmpty,
            offers: "generates inputs from the model's shapes (-I); free dimensions with [\"-f\", \"name:value\"]")
        add(model)
        if let path = sideFile("onnxruntime_perf_test-result.csv") {
            add(path)
            invocation.resultFilePath = path
        }
    }

    // MARK: benchncnn

    mutating func benchncnn(model: String) throws(NativeToolArgumentError) {
        switch settings.warmup?.value {
        case .runs(8)?: break
        case .runs?, .seconds?:
            try cannot(
                settings.warmup,
                settings.warmup.map { if case .seconds = $0.value { "warmup_s" } else { "warmup" } } ?? "warmup",
                toolDefault: "8 loops", offers: "runs a fixed 8 warm-up loops: write warmup: 8 or leave it out")
        case nil: break
        }
        // Positional: a thread count is needed to reach the later arguments, and 0 is not a count here.
        guard let threadCount = threads else {
            if settings.threads?.given == true {
                throw tool.refuse("threads", "benchncnn needs a thread count (its arguments are positional); got 0")
            }
            throw tool.refuse("threads", "benchncnn needs a thread count (its arguments are positional)")
        }
        if batch != nil {
            try cannot(
                settings.batch, "batch", toolDefault: "the shape's own", offers: "has no batch: the input shape decides"
            )
        }
        var gpu = -1
        if let device = settings.device?.lowercased(), device != "cpu" {
            if device == "gpu" {
                gpu = 0
            } else if let index = Self.indexed(device, prefix: "gpu") {
                gpu = index
            } else {
                throw tool.refuse("device", "benchncnn runs on cpu or gpu / gpu<N> (Vulkan device N); got '\(device)'")
            }
        }
        try refuseUnused("streams", settings.streams != nil, offers: "runs one inference at a time (no streams)")
        try refuseUnused("requests", settings.requests != nil, offers: "runs one inference at a time (no requests)")
        try refuseUnused(
            "duration_s", settings.duration != nil,
            offers: "runs a loop count (its first argument), not a time: write measure.iterations instead")
        let positional = [String(settings.iterations?.value ?? 4), String(threadCount), "0", String(gpu), "0"]
        if settings.ownModels {
            // No param=: benchncnn runs its own list, each model with its own input shape.
            try refuseUnused(
                "input_shapes", !settings.inputShapes.isEmpty,
                offers: "runs its own models with their own shapes; input_shapes is for a param= model")
            invocation.applied["warmup"] = "tool's own: 8 loops"
            invocation.arguments += positional
            return
        }
        guard !settings.inputShapes.isEmpty,
            settings.inputShapes.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 > 0 } })
        else {
            throw tool.refuse(
                "input_shapes",
                "benchncnn needs the model's input shapes for param=<model>: "
                    + "runtime_options.command.input_shapes: [[227, 227, 3]] (w, h, c)")
        }
        let shapes = settings.inputShapes.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }
        invocation.applied["warmup"] = "tool's own: 8 loops"
        invocation.arguments += positional + ["param=\(model)", "shape=\(shapes.joined(separator: ","))"]
    }

    // MARK: Shared

    /// Tools that always run exactly one warm-up: `warmup: 1` is that; any other given value is refused.
    private mutating func oneWarmupRun(what: String) throws(NativeToolArgumentError) {
        switch settings.warmup?.value {
        case .runs(1)?: break
        case .runs?:
            try cannot(
                settings.warmup, "warmup", toolDefault: what,
                offers: "runs \(what), not configurable: write warmup: 1 or leave it out")
        case .seconds?:
            try cannot(
                settings.warmup, "warmup_s", toolDefault: what,
                offers: "runs \(what), not a timed warm-up: leave warmup_s out")
        case nil: break
        }
        if invocation.applied["warmup"] == nil { invocation.applied["warmup"] = "tool's own: \(what)" }
    }

    /// A duration for a tool that takes whole seconds; a fraction would be cut or refused by the tool.
    private func wholeSeconds(_ duration: Double) throws(NativeToolArgumentError) -> Int {
        guard duration == duration.rounded(), duration >= 1 else {
            throw tool.refuse(
                "duration_s",
                "\(tool.rawValue) takes whole seconds; got \(Self.decimal(duration)) "
                    + "(write e.g. \(max(1, Int(duration.rounded(.up)))))"
            )
        }
        return Int(duration)
    }

    static func indexed(_ text: String, prefix: String) -> Int? {
        guard text.hasPrefix(prefix), let index = Int(text.dropFirst(prefix.count)), index >= 0 else { return nil }
        return index
    }

    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A native tool cannot be run with the requested settings.
public struct NativeToolArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The tool the arguments were for.
    public var tool: NativeTool
    /// The offending suite setting: `model`, `threads`, `iterations`, `warmup`, `warmup_s`, `batch`, `streams`,
    /// `requests`, `device`, `input_shapes`.
    public var setting: String
    /// What is wrong and what the tool offers instead.
    public var message: String

    public init(tool: NativeTool, setting: String, message: String) {
        self.tool = tool
        self.setting = setting
        self.message = message
    }

    public var description: String { "\(tool.rawValue): \(setting): \(message)" }
}
