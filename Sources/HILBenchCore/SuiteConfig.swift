/// What to run: models, runtimes, precisions, parameters and measurement policy. Loaded from `Suites/<name>.yaml`.
public struct SuiteConfig: Sendable, Codable, Equatable {
    public var name: String
    public var description: String?
    public var models: [Model]
    public var runtimes: [RuntimeKind]
    public var precisions: [Precision]
    public var threads: [Int]
    public var batch: [Int]
    public var measure: Measure
    public var energy: Energy
    public var accuracy: Accuracy
    public var thresholds: Thresholds
    /// Thermal discipline: cool-down before each case, and when a case counts as throttled (nil: temperatures and
    /// frequencies are still sampled, nothing waits and only the kernel's throttle counters mark a case).
    public var thermal: Thermal?
    /// Per-runtime option maps passed to the runner as given (strings, numbers, booleans, lists).
    public var runtimeOptions: [RuntimeKind: [String: OptionValue]]
    /// What the product needs from a board, for a purchase decision (nil: none written; stored suites before it).
    public var requirements: Requirements?
    /// The file it was loaded from.
    public var sourcePath: String
    /// The knobs of ``NativeToolKnobs/defaultable`` the file did not write (nil: all written, or stored before).
    public var defaultedKnobs: [String]?

    public init(
        name: String, description: String? = nil, models: [Model], runtimes: [RuntimeKind], precisions: [Precision],
        threads: [Int] = [1], batch: [Int] = [1], measure: Measure = Measure(), energy: Energy = Energy(),
        accuracy: Accuracy = Accuracy(), thresholds: Thresholds = Thresholds(), thermal: Thermal? = nil,
        runtimeOptions: [RuntimeKind: [String: OptionValue]] = [:], sourcePath: String = ""
    ) {
        self.thermal = thermal
        self.name = name
        self.description = description
        self.models = models
        self.runtimes = runtimes
        self.precisions = precisions
        self.threads = threads
        self.batch = batch
        self.measure = measure
        self.energy = energy
        self.accuracy = accuracy
        self.thresholds = thresholds
        self.runtimeOptions = runtimeOptions
        self.sourcePath = sourcePath
    }

    /// How a suite keeps heat out of its numbers.
    public struct Thermal: Sendable, Codable, Equatable {
        /// Before each case, wait until the board's hottest thermal zone is below this (°C); nil: no wait.
        public var cooldownBelowCelsius: Double?
        /// Give up waiting after this long and run the case anyway (the result records the temperature it started at).
        public var cooldownTimeoutSeconds: Double
        /// A case whose hottest zone reached this (°C) counts as throttled, as does one during which the kernel's
        /// throttle counters moved.
        public var throttleCelsius: Double?
        /// Temperature and frequency sampling period during the case.
        public var samplePeriodMs: Int

        public init(
            cooldownBelowCelsius: Double? = nil, cooldownTimeoutSeconds: Double = 120, throttleCelsius: Double? = nil,
            samplePeriodMs: Int = 250
        ) {
            self.cooldownBelowCelsius = cooldownBelowCelsius
            self.cooldownTimeoutSeconds = cooldownTimeoutSeconds
            self.throttleCelsius = throttleCelsius
            self.samplePeriodMs = samplePeriodMs
        }
    }

    /// One model with one artifact per precision.
    public struct Model: Sendable, Codable, Equatable {
        public var name: String
        /// A network built into the reference runner (`tinycnn`); no artifact files.
        public var builtin: String?
        public var format: ModelFormat
        public var artifacts: [Precision: Artifact]
        public var inputs: Inputs

        public init(
            name: String, builtin: String? = nil, format: ModelFormat, artifacts: [Precision: Artifact] = [:],
            inputs: Inputs = Inputs()
        ) {
            self.name = name
            self.builtin = builtin
            self.format = format
            self.artifacts = artifacts
            self.inputs = inputs
        }
    }

    /// A model file pinned by its sha256.
    public struct Artifact: Sendable, Codable, Equatable {
        /// Absolute path on the controller (resolved against the suite file's folder).
        public var path: String
        public var sha256: String
        public var format: ModelFormat
        /// What the file really holds when it is not what its precision key says (`holds: fp32` under `fp16:` for a
        /// conversion that changed nothing); such a case is flagged in every report. Nil: what the key says.
        public var holds: Precision?
        /// The weights file that goes with a graph file (OpenVINO IR, ncnn), pinned like the artifact itself.
        public var weights: Weights?

        public init(path: String, sha256: String, format: ModelFormat, weights: Weights? = nil, holds: Precision? = nil)
        {
            self.path = path
            self.sha256 = sha256
            self.format = format
            self.weights = weights
            self.holds = holds
        }

        /// A weights file: absolute path on the controller and sha256.
        public struct Weights: Sendable, Codable, Equatable {
            public var path: String
            public var sha256: String

            public init(path: String, sha256: String) {
                self.path = path
                self.sha256 = sha256
            }
        }
    }

    /// How inputs are built. Float inputs come from the seeded generator unless given; integer and boolean inputs
    /// must be given (`values` or `npy`): the runner never invents them, since a model takes only certain values there.
    public struct Inputs: Sendable, Codable, Equatable {
        public var seed: UInt64
        public var shapes: [String: [Int]]
        /// `.npy` files by input name (absolute paths).
        public var npy: [String: String]
        /// Literal values by input name: a number or boolean (filled into the input's shape) or a flat list.
        public var values: [String: OptionValue]
        /// Range of the seeded float inputs, `[low, high)` (nil: [0, 1)).
        public var floatRange: [Double]?

        public init(
            seed: UInt64 = 1234, shapes: [String: [Int]] = [:], npy: [String: String] = [:],
            values: [String: OptionValue] = [:], floatRange: [Double]? = nil
        ) {
            self.seed = seed
            self.shapes = shapes
            self.npy = npy
            self.values = values
            self.floatRange = floatRange
        }

        private enum CodingKeys: String, CodingKey { case seed, shapes, npy, values, floatRange }

        /// Older stored suites and specs have neither `values` nor `floatRange`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            seed = try container.decode(UInt64.self, forKey: .seed)
            shapes = try container.decode([String: [Int]].self, forKey: .shapes)
            npy = try container.decode([String: String].self, forKey: .npy)
            values = try container.decodeIfPresent([String: OptionValue].self, forKey: .values) ?? [:]
            floatRange = try container.decodeIfPresent([Double].self, forKey: .floatRange)
        }
    }

    /// Measurement policy.
    public struct Measure: Sendable, Codable, Equatable {
        public var warmup: Int
        public var iterations: Int
        /// Per-case timeout on the board, seconds.
        public var timeoutSeconds: Double
        /// Period of the `/proc` memory sampler, milliseconds.
        public var memorySamplePeriodMs: Int
        /// Keep iterating until the median is known well enough (nil: exactly `iterations`).
        public var adaptive: Adaptive?
        /// Warm-up as a time (`warmup_s`), for native tools that warm up for a time or can (trtexec,
        /// benchmark_model); the Python and reference runners warm up `warmup` runs.
        public var warmupSeconds: Double?
        /// The timed phase as a time (`duration_s`), for native tools that can measure for a time (trtexec
        /// `--duration`, benchmark_model `--min_secs`, benchmark_app `-t`, onnxruntime_perf_test `-m duration -t`);
        /// with `iterations` also written, both are minimums where the tool allows it.
        public var durationSeconds: Double?
        /// Executions per case: fresh runner processes, each with its own warm-up and `iterations`, interleaved across
        /// the board's cases. Nil: 1 for `run`, and for `nightly` chosen from the first execution's duration
        /// (`automaticExecutions`).
        public var executions: Int?

        /// Board time per case that nightly's automatic execution count aims at, seconds.
        public static let executionBudgetSeconds = 20.0

        /// Nightly's default: as many executions as fit `executionBudgetSeconds` after the first one took
        /// `firstExecutionSeconds`, at least 3 (an execution-level interval needs ≥ 2 per side; 3 keeps one odd
        /// execution from deciding) and at most 10.
        public static func automaticExecutions(firstExecutionSeconds: Double) -> Int {
            guard firstExecutionSeconds > 0 else { return 10 }
            return min(10, max(3, Int((executionBudgetSeconds / firstExecutionSeconds).rounded(.down))))
        }

        public init(
            warmup: Int = 10, iterations: Int = 200, timeoutSeconds: Double = 300, memorySamplePeriodMs: Int = 10,
            adaptive: Adaptive? = nil
        ) {
            self.warmup = warmup
            self.iterations = iterations
            self.timeoutSeconds = timeoutSeconds
            self.memorySamplePeriodMs = memorySamplePeriodMs
            self.adaptive = adaptive
        }
    }

    /// Adaptive stopping: after the first `iterations`, measure in batches until the 95% confidence interval of
    /// the median is within ±`targetHalfWidth` of it, or a cap is reached. Why it stopped is recorded.
    public struct Adaptive: Sendable, Codable, Equatable {
        /// Relative half-width of the median's 95% interval to reach (0.01 = ±1%).
        public var targetHalfWidth: Double
        public var batch: Int
        public var maxIterations: Int
        public var maxSeconds: Double
        /// Adaptive executions (`max_executions`): fresh runner processes are added until the execution-level
        /// interval of the median is within ±`targetHalfWidth` (at least 3 executions), or this cap. Nil: the
        /// execution count is fixed (`measure.executions`, or nightly's budget rule).
        public var maxExecutions: Int?

        public init(
            targetHalfWidth: Double = 0.01, batch: Int = 100, maxIterations: Int = 10_000, maxSeconds: Double = 60,
            maxExecutions: Int? = nil
        ) {
            self.targetHalfWidth = targetHalfWidth
            self.batch = batch
            self.maxIterations = maxIterations
            self.maxSeconds = maxSeconds
            self.maxExecutions = maxExecutions
        }
    }

    /// Energy policy.
    public struct Energy: Sendable, Codable, Equatable {
        /// How many marker windows a case has: one around all timed iterations, or one around each.
        public enum Windows: String, Sendable, Codable, CaseIterable {
            /// The agent raises the marker before the timed iterations and lowers it after (the default).
            case perRun = "per_run"
            /// The runner raises and lowers the marker around each timed inference, where it can.
            case perInference = "per_inference"
        }

        /// Idle time before the marker rises, used as the baseline, milliseconds.
        public var idleMs: Int
        public var subtractIdle: Bool
        /// One window per run (default) or per inference.
        public var windows: Windows
        /// Glitch filter on the meter's logic input: marker pulses shorter than this are ignored, microseconds (0: none).
        public var minPulseUs: Int

        public init(idleMs: Int = 100, subtractIdle: Bool = true, windows: Windows = .perRun, minPulseUs: Int = 0) {
            self.idleMs = idleMs
            self.subtractIdle = subtractIdle
            self.windows = windows
            self.minPulseUs = minPulseUs
        }

        private enum CodingKeys: String, CodingKey { case idleMs, subtractIdle, windows, minPulseUs }

        /// Older stored suites have neither `windows` nor `minPulseUs`: they were per-run with no filter.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            idleMs = try container.decode(Int.self, forKey: .idleMs)
            subtractIdle = try container.decode(Bool.self, forKey: .subtractIdle)
            windows = try container.decodeIfPresent(Windows.self, forKey: .windows) ?? .perRun
            minPulseUs = try container.decodeIfPresent(Int.self, forKey: .minPulseUs) ?? 0
        }
    }

    /// Accuracy policy: outputs compared with the reference precision on the same inputs.
    public struct Accuracy: Sendable, Codable, Equatable {
        public var reference: Precision
        public var maxValues: Int
        /// Limits every compared output must meet (nil: no limit); a case beyond one is `accuracy_failed`.
        public var minCosine: Double?
        public var maxAbs: Double?
        public var minTop1: Double?
        /// Limits for single outputs by name, replacing the suite-wide ones for that output.
        public var perOutput: [String: OutputLimits]?

        public init(
            reference: Precision = .fp32, maxValues: Int = 100_000, minCosine: Double? = nil, maxAbs: Double? = nil,
            minTop1: Double? = nil, perOutput: [String: OutputLimits]? = nil
        ) {
            self.reference = reference
            self.maxValues = maxValues
            self.minCosine = minCosine
            self.maxAbs = maxAbs
            self.minTop1 = minTop1
            self.perOutput = perOutput
        }

        /// The limits of one output.
        public struct OutputLimits: Sendable, Codable, Equatable {
            public var minCosine: Double?
            public var maxAbs: Double?
            public var minTop1: Double?

            public init(minCosine: Double? = nil, maxAbs: Double? = nil, minTop1: Double? = nil) {
                self.minCosine = minCosine
                self.maxAbs = maxAbs
                self.minTop1 = minTop1
            }
        }
    }

    /// Practical-significance thresholds for verdicts (fractions: 0.03 = 3%).
    public struct Thresholds: Sendable, Codable, Equatable {
        public var latency: Double
        public var energy: Double
        public var memory: Double

        public init(latency: Double = 0.03, energy: Double = 0.05, memory: Double = 0.05) {
            self.latency = latency
            self.energy = energy
            self.memory = memory
        }
    }
}

/// A value in a runtime option map.
public enum OptionValue: Sendable, Codable, Equatable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([OptionValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .list(try container.decode([OptionValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        }
    }

    public var description: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .list(let value): "[" + value.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
