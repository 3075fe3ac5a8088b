/// Identity of one cell of the matrix: target × model × runtime × precision × parameters.
public struct CaseKey: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public var target: String
    public var model: String
    public var runtime: RuntimeKind
    public var precision: Precision
    public var threads: Int
    public var batch: Int

    public init(target: String, model: String, runtime: RuntimeKind, precision: Precision, threads: Int, batch: Int) {
        self.target = target
        self.model = model
        self.runtime = runtime
        self.precision = precision
        self.threads = threads
        self.batch = batch
    }

    /// Stable text id, unique within a run: `target/model/runtime/precision/t<threads>/b<batch>`.
    public var id: String { "\(target)/\(model)/\(runtime.rawValue)/\(precision.rawValue)/t\(threads)/b\(batch)" }
    public var description: String { id }

    /// The same case on another precision (for accuracy references).
    public func with(precision: Precision) -> CaseKey {
        var copy = self
        copy.precision = precision
        return copy
    }

    public static func < (lhs: CaseKey, rhs: CaseKey) -> Bool {
        (lhs.target, lhs.model, lhs.runtime, lhs.precision, lhs.threads, lhs.batch)
            < (rhs.target, rhs.model, rhs.runtime, rhs.precision, rhs.threads, rhs.batch)
    }
}

/// Everything the agent needs to run one case; the unit sent from controller to agent.
public struct CaseSpec: Sendable, Codable, Equatable {
    public var key: CaseKey
    /// Path of the artifact on the board, or the built-in network name for the reference runtime.
    public var model: String
    public var format: ModelFormat
    /// sha256 of the artifact; the agent verifies the file before use (nil for built-ins).
    public var artifactSHA256: String?
    public var inputs: SuiteConfig.Inputs
    public var warmup: Int
    public var iterations: Int
    public var timeoutSeconds: Double
    public var memorySamplePeriodMs: Int
    /// Idle time before the marker rises (baseline for energy), milliseconds.
    public var idleMs: Int
    public var options: [String: OptionValue]
    /// Ask the runner for output values (accuracy across precisions).
    public var collectOutputs: Bool
    public var maxOutputValues: Int
    public var marker: TargetConfig.Marker
    /// Adaptive stopping (nil: exactly `iterations`).
    public var adaptive: SuiteConfig.Adaptive?
    /// Cool-down and throttle policy (nil: sample only).
    public var thermal: SuiteConfig.Thermal?
    /// Marker windows asked by the suite (nil: one per run). Per inference needs a runner that can toggle the marker.
    public var energyWindows: SuiteConfig.Energy.Windows?
    /// The weights file that goes with `model` (OpenVINO IR `.bin`, ncnn `.bin`), and its sha256; nil: none.
    public var weights: String?
    public var weightsSHA256: String?
    /// Warm-up as a time, for native tools that warm up for a time (nil: `warmup` runs).
    public var warmupSeconds: Double?
    /// The timed phase as a time, for native tools (nil: `iterations`).
    public var durationSeconds: Double?
    /// The knobs the suite left at hilbench's defaults (`warmup`, `iterations`, `threads`, `batch`): a native
    /// tool that cannot honour one of those uses its own instead. Nil (older controllers): all were written.
    public var suiteDefaults: [String]?
    /// An on-board power sensor the agent samples around the case (a target's hwmon or RAPL meter); nil: none.
    public var sensor: BoardSensor?

    public init(
        key: CaseKey, model: String, format: ModelFormat, artifactSHA256: String?, inputs: SuiteConfig.Inputs,
        warmup: Int, iterations: Int, timeoutSeconds: Double, memorySamplePeriodMs: Int, idleMs: Int,
        options: [String: OptionValue], collectOutputs: Bool, maxOutputValues: Int, marker: TargetConfig.Marker,
        adaptive: SuiteConfig.Adaptive? = nil, thermal: SuiteConfig.Thermal? = nil,
        energyWindows: SuiteConfig.Energy.Windows? = nil
    ) {
        self.energyWindows = energyWindows
        self.adaptive = adaptive
        self.thermal = thermal
        self.key = key
        self.model = model
        self.format = format
        self.artifactSHA256 = artifactSHA256
        self.inputs = inputs
        self.warmup = warmup
        self.iterations = iterations
        self.timeoutSeconds = timeoutSeconds
        self.memorySamplePeriodMs = memorySamplePeriodMs
        self.idleMs = idleMs
        self.options = options
        self.collectOutputs = collectOutputs
        self.maxOutputValues = maxOutputValues
        self.marker = marker
    }
}

extension CaseKey {
    /// Parses `target/model/runtime/precision/t<threads>/b<batch>` (the form of `id`).
    public init?(id: String) {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, let runtime = RuntimeKind(rawValue: parts[2]),
            let precision = Precision(rawValue: parts[3]),
            parts[4].hasPrefix("t"), let threads = Int(parts[4].dropFirst()), parts[5].hasPrefix("b"),
            let batch = Int(parts[5].dropFirst())
        else { return nil }
        self.init(
            target: parts[0], model: parts[1], runtime: runtime, precision: precision, threads: threads, batch: batch)
    }
}
