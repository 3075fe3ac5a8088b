/// Outcome of one case. A failed or skipped case is a result too: measured outcomes are data.
public struct CaseResult: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case ok
        /// The case could not run here (runtime missing, no artifact for the precision); `failure` says why.
        case skipped
        /// The runner failed (crash, bad model, garbage output): a property of the case, not of the lab.
        case failed
        /// The lab failed (board unreachable, agent missing, timeout): never a performance result.
        case infraError = "infra_error"
        /// The case ran and was measured, but its outputs are beyond the suite's accuracy limits against the reference
        /// precision: stored and counted, never ranked or on a Pareto front, a nightly failure.
        case accuracyFailed = "accuracy_failed"
    }

    /// Why a case did not produce measurements.
    public struct Failure: Sendable, Codable, Equatable {
        /// What went wrong, as a word (`crash`, `timeout`, `transport`, …; see `Failure.Kind`).
        public var kind: Kind
        public var message: String
        /// Last lines of the runner's stderr.
        public var stderrTail: String?
        /// What the runner was doing: `start`, `load`, `warmup`, `measure`, `outputs` (nil: not known, or not the runner).
        public var phase: String?

        public init(kind: Kind, message: String, stderrTail: String? = nil, phase: String? = nil) {
            self.kind = kind
            self.message = message
            self.stderrTail = stderrTail
            self.phase = phase
        }
    }

    /// The runtime as the runner reported it.
    public struct RuntimeInfo: Sendable, Codable, Equatable {
        public var name: String
        public var version: String
        public var provider: String
        public var threads: Int

        public init(name: String, version: String, provider: String, threads: Int) {
            self.name = name
            self.version = version
            self.provider = provider
            self.threads = threads
        }
    }

    /// Memory of the runner process.
    public struct Memory: Sendable, Codable, Equatable {
        /// Peak resident set size from `wait4` rusage (`ru_maxrss`), KiB.
        public var peakRSSKiB: Int?
        /// Highest `VmHWM` seen by the `/proc` sampler, KiB.
        public var vmHWMKiB: Int?
        /// `VmRSS` right after the model was loaded, KiB.
        public var loadRSSKiB: Int?
        /// `VmRSS` before the model was loaded (the runner alone), KiB.
        public var baseRSSKiB: Int?
        /// Median `VmRSS` during the timed iterations, KiB.
        public var steadyRSSKiB: Int?
        /// Highest `Pss` seen, KiB, where `/proc/PID/smaps_rollup` is readable.
        public var peakPSSKiB: Int?
        /// Sampler timeline: milliseconds since spawn and `VmRSS` KiB.
        public var timeline: [MemorySample]

        public init(
            peakRSSKiB: Int? = nil, vmHWMKiB: Int? = nil, loadRSSKiB: Int? = nil, baseRSSKiB: Int? = nil,
            steadyRSSKiB: Int? = nil, peakPSSKiB: Int? = nil, timeline: [MemorySample] = []
        ) {
            self.peakRSSKiB = peakRSSKiB
            self.vmHWMKiB = vmHWMKiB
            self.loadRSSKiB = loadRSSKiB
            self.baseRSSKiB = baseRSSKiB
            self.steadyRSSKiB = steadyRSSKiB
            self.peakPSSKiB = peakPSSKiB
            self.timeline = timeline
        }
    }

    public struct MemorySample: Sendable, Codable, Equatable {
        public var ms: Int
        public var rssKiB: Int
        public var phase: String

        public init(ms: Int, rssKiB: Int, phase: String) {
            self.ms = ms
            self.rssKiB = rssKiB
            self.phase = phase
        }
    }

    /// A marker transition, monotonic clock of the board.
    public struct MarkerEdge: Sendable, Codable, Equatable {
        public var timeNs: Int64
        public var level: Bool

        public init(timeNs: Int64, level: Bool) {
            self.timeNs = timeNs
            self.level = level
        }
    }

    /// One output tensor as returned for accuracy checks.
    public struct Output: Sendable, Codable, Equatable {
        public var name: String
        public var dtype: String
        public var shape: [Int]
        public var sha256: String
        public var values: [Double]
        public var truncated: Bool

        public init(name: String, dtype: String, shape: [Int], sha256: String, values: [Double], truncated: Bool) {
            self.name = name
            self.dtype = dtype
            self.shape = shape
            self.sha256 = sha256
            self.values = values
            self.truncated = truncated
        }
    }

    /// Outputs compared with the reference precision on the same inputs. The case-level figures are the worst over
    /// the outputs (largest errors, lowest cosine and agreement); `perOutput` has each output's own.
    public struct Accuracy: Sendable, Codable, Equatable {
        public var reference: Precision
        public var maxAbsError: Double
        public var meanAbsError: Double
        public var cosineSimilarity: Double
        /// Fraction of rows whose arg-max agrees, where an output looks like class scores (the lowest over outputs).
        public var top1Agreement: Double?
        /// Fraction of rows whose reference arg-max is in this case's top five (outputs with ≥ 5 classes).
        public var top5Agreement: Double?
        /// Each compared output (nil in results from before per-output accuracy).
        public var perOutput: [OutputAccuracy]?
        /// The output with the largest error relative to its reference's scale (max abs error / max |reference|).
        public var worstOutput: String?
        /// Outputs that could not be compared, with the reason.
        public var uncompared: [UncomparedOutput]?
        /// The suite's accuracy limits this case is beyond, in words (nil or empty: within them, or none set).
        public var limitsBroken: [String]?

        public init(
            reference: Precision, maxAbsError: Double, meanAbsError: Double, cosineSimilarity: Double,
            top1Agreement: Double?,
            perOutput: [OutputAccuracy]? = nil, worstOutput: String? = nil, uncompared: [UncomparedOutput]? = nil
        ) {
            self.reference = reference
            self.maxAbsError = maxAbsError
            self.meanAbsError = meanAbsError
            self.cosineSimilarity = cosineSimilarity
            self.top1Agreement = top1Agreement
            self.perOutput = perOutput
            self.worstOutput = worstOutput
            self.uncompared = uncompared
        }
    }

    /// Energy figures computed by the controller from the meter's samples.
    public struct Energy: Sendable, Codable, Equatable {
        /// `meterLogic`, `gpioCapture` or `softwareTimestamps`.
        public var windowSource: String
        public var meter: String
        public var windowSeconds: Double
        public var netJoules: Double
        public var baselineWatts: Double?
        public var averageWatts: Double
        public var peakWatts: Double
        public var millijoulesPerInference: Double
        public var inferencesPerJoule: Double
        public var samples: Int
        public var flags: [String]
        /// `simulated` when a simulated meter produced the samples; nil (or `measured`) from a real instrument.
        public var provenance: Provenance?
        /// `per_run` or `per_inference`: how the marker windows were cut (nil in results from before per-inference windows).
        public var windows: String?
        /// Marker windows the integrator found (with per-inference windows, equal to the iterations unless flagged).
        public var windowCount: Int?
        /// Net energy of single windows (per-inference windows only), mJ.
        public var perWindow: WindowSpread?
        /// Marker pulses shorter than the suite's `min_pulse_us` that the glitch filter ignored.
        public var glitchesFiltered: Int?
        /// What qualifies the figure in words (a per-inference request that fell back, a window-count mismatch).
        public var note: String?
        /// How the board's marker timestamps were mapped onto the meter's clock (software-timestamp windows only).
        public var clockMapping: ClockMapping?

        public init(
            windowSource: String, meter: String, windowSeconds: Double, netJoules: Double, baselineWatts: Double?,
            averageWatts: Double, peakWatts: Double, millijoulesPerInference: Double, inferencesPerJoule: Double,
            samples: Int, flags: [String], windows: String? = nil, windowCount: Int? = nil,
            perWindow: WindowSpread? = nil,
            glitchesFiltered: Int? = nil, note: String? = nil, clockMapping: ClockMapping? = nil
        ) {
            self.clockMapping = clockMapping
            self.windows = windows
            self.windowCount = windowCount
            self.perWindow = perWindow
            self.glitchesFiltered = glitchesFiltered
            self.note = note
            self.windowSource = windowSource
            self.meter = meter
            self.windowSeconds = windowSeconds
            self.netJoules = netJoules
            self.baselineWatts = baselineWatts
            self.averageWatts = averageWatts
            self.peakWatts = peakWatts
            self.millijoulesPerInference = millijoulesPerInference
            self.inferencesPerJoule = inferencesPerJoule
            self.samples = samples
            self.flags = flags
        }
    }

    /// Heat around one case: the cool-down before it, temperatures and CPU frequencies during it, throttling.
    public struct Thermal: Sendable, Codable, Equatable {
        /// Seconds spent waiting for the board to cool before the case (nil: no cool-down asked).
        public var cooldownSeconds: Double?
        /// Whether the cool-down gave up at its timeout (the case ran warm).
        public var cooldownTimedOut: Bool
        /// Hottest zone when the case started, and the hottest seen during it (°C).
        public var startCelsius: Double?
        public var maxCelsius: Double?
        /// Lowest and highest current CPU frequency seen during the timed iterations (MHz).
        public var minFrequencyMHz: Double?
        public var maxFrequencyMHz: Double?
        /// Kernel thermal-throttle events counted during the case (`thermal_throttle/*_throttle_count`).
        public var throttleEvents: Int
        /// Why the case counts as throttled; empty when it did not.
        public var throttleReasons: [String]
        public var samples: Int

        public var throttled: Bool { !throttleReasons.isEmpty }

        public init(
            cooldownSeconds: Double? = nil, cooldownTimedOut: Bool = false, startCelsius: Double? = nil,
            maxCelsius: Double? = nil,
            minFrequencyMHz: Double? = nil, maxFrequencyMHz: Double? = nil, throttleEvents: Int = 0,
            throttleReasons: [String] = [], samples: Int = 0
        ) {
            self.cooldownSeconds = cooldownSeconds
            self.cooldownTimedOut = cooldownTimedOut
            self.startCelsius = startCelsius
            self.maxCelsius = maxCelsius
            self.minFrequencyMHz = minFrequencyMHz
            self.maxFrequencyMHz = maxFrequencyMHz
            self.throttleEvents = throttleEvents
            self.throttleReasons = throttleReasons
            self.samples = samples
        }
    }

    public var key: CaseKey
    public var status: Status
    public var failure: Failure?
    public var runtime: RuntimeInfo?
    public var loadNs: Int64?
    public var warmupLatenciesNs: [Int64]
    /// Every timed iteration, nanoseconds, in order.
    public var latenciesNs: [Int64]
    /// Monotonic begin/end of the timed window as the runner saw it.
    public var windowBeginNs: Int64?
    public var windowEndNs: Int64?
    public var markerEdges: [MarkerEdge]
    public var memory: Memory
    public var environment: EnvironmentInfo?
    public var artifactSHA256: String?
    public var outputs: [Output]?
    public var accuracy: Accuracy?
    public var energy: Energy?
    /// Wall-clock start, seconds since 1970.
    public var startedAt: Double
    public var durationSeconds: Double
    /// How the agent reached this result (`local`, `ssh`, `http`).
    public var transport: String?
    /// Figures a native tool reported when it prints no per-iteration latencies (nanoseconds; absent stays nil).
    public var reported: ReportedLatency?
    /// Why the timed iterations stopped: `fixed` (the suite's count), `converged` (adaptive: the median's interval
    /// reached its target), `max_iterations` or `max_seconds` (adaptive caps).
    public var stopReason: String?
    /// Temperatures and frequencies around the case, and whether it throttled (nil: the board exposes neither).
    public var thermal: Thermal?
    /// How many times the case was dispatched (nil: once). 2 after the board was power-cycled and the case retried.
    public var attempts: Int?
    /// How the marker was toggled: `per_run` (the agent, around the timed iterations) or `per_inference` (the runner,
    /// around each timed inference; `markerEdges` then holds two edges per iteration). Nil: per run, older results.
    public var markerWindows: String?
    /// Why per-inference windows were asked but the marker was toggled once per run (the runner cannot toggle it).
    public var markerNote: String?
    /// The case's executions (fresh runner processes), when it was measured more than once; nil: one execution.
    public var executions: [Execution]?
    /// How busy the machine was while the case ran (the whole case; per execution in `executions`).
    public var machine: MachineLoad?
    /// The precision the runtime really ran and what the artifact holds, next to the asked one (nil: older results).
    public var effectivePrecision: EffectivePrecision?
    /// Every input as the runner built it: resolved shape, dtype, where its values came from, sha256 of its bytes.
    public var inputs: [ResolvedInput]?
    /// Why accuracy has no figures (the reference precision failed, or returned no outputs).
    public var accuracyNote: String?
    /// What the agent measured with the board's own power sensor (`CaseSpec.sensor`); the controller turns it into
    /// `energy` and drops it before storing.
    public var sensorCheckpoints: SensorCheckpoints?

    public init(
        key: CaseKey, status: Status, failure: Failure? = nil, runtime: RuntimeInfo? = nil, loadNs: Int64? = nil,
        warmupLatenciesNs: [Int64] = [], latenciesNs: [Int64] = [], windowBeginNs: Int64? = nil,
        windowEndNs: Int64? = nil,
        markerEdges: [MarkerEdge] = [], memory: Memory = Memory(), environment: EnvironmentInfo? = nil,
        artifactSHA256: String? = nil, outputs: [Output]? = nil, accuracy: Accuracy? = nil, energy: Energy? = nil,
        startedAt: Double = 0, durationSeconds: Double = 0, transport: String? = nil
    ) {
        self.key = key
        self.status = status
        self.failure = failure
        self.runtime = runtime
        self.loadNs = loadNs
        self.warmupLatenciesNs = warmupLatenciesNs
        self.latenciesNs = latenciesNs
        self.windowBeginNs = windowBeginNs
        self.windowEndNs = windowEndNs
        self.markerEdges = markerEdges
        self.memory = memory
        self.environment = environment
        self.artifactSHA256 = artifactSHA256
        self.outputs = outputs
        self.accuracy = accuracy
        self.energy = energy
        self.startedAt = startedAt
        self.durationSeconds = durationSeconds
        self.transport = transport
    }

    /// A result for a case that did not run, with the reason.
    public static func notRun(
        _ key: CaseKey, status: Status, kind: Failure.Kind, message: String, stderrTail: String? = nil
    ) -> CaseResult {
        CaseResult(key: key, status: status, failure: Failure(kind: kind, message: message, stderrTail: stderrTail))
    }
}

/// Latency figures as a native benchmark tool printed them: nothing derived, absent stays absent.
public struct ReportedLatency: Sendable, Codable, Equatable {
    public var tool: String
    public var iterations: Int?
    public var minNs: Int64?
    public var maxNs: Int64?
    public var meanNs: Int64?
    public var medianNs: Int64?
    public var p90Ns: Int64?
    public var p95Ns: Int64?
    public var p99Ns: Int64?
    public var throughputPerSecond: Double?
    public var peakMemoryBytes: Int64?
    public var extra: [String: String]
    /// Every figure the tool printed, under its own name and unit, and how each suite knob was honoured
    /// (`setting.*`); nil in results stored before figures were kept.
    public var figures: [ToolFigure]?
    /// Whether the latency samples are the tool's own per-iteration times; false: only summary figures, so
    /// verdicts use one figure per run.
    public var perIterationSamples: Bool?
    /// The model this report is about, as the tool named it (one row of a tool's own model list).
    public var model: String?
    /// One report per model when the tool ran its own model list (benchncnn without `param=`); the controller
    /// stores each as a case of its own (see ``CaseResult/splittingModelRows()``). Nil otherwise.
    public var rows: [ReportedLatency]?

    public init(
        tool: String, iterations: Int? = nil, minNs: Int64? = nil, maxNs: Int64? = nil, meanNs: Int64? = nil,
        medianNs: Int64? = nil,
        p90Ns: Int64? = nil, p95Ns: Int64? = nil, p99Ns: Int64? = nil, throughputPerSecond: Double? = nil,
        peakMemoryBytes: Int64? = nil, extra: [String: String] = [:]
    ) {
        self.tool = tool
        self.iterations = iterations
        self.minNs = minNs
        self.maxNs = maxNs
        self.meanNs = meanNs
        self.medianNs = medianNs
        self.p90Ns = p90Ns
        self.p95Ns = p95Ns
        self.p99Ns = p99Ns
        self.throughputPerSecond = throughputPerSecond
        self.peakMemoryBytes = peakMemoryBytes
        self.extra = extra
    }
}

/// What the agent learned about the board, captured with every case.
public struct EnvironmentInfo: Sendable, Codable, Equatable {
    public var hostname: String
    public var cpuModel: String
    public var cores: Int
    public var memoryBytes: Int64
    public var kernel: String
    public var os: String
    public var architecture: String
    public var governor: String?
    public var frequenciesMHz: [Double]
    public var temperaturesC: [String: Double]
    public var agentVersion: String
    public var pythonVersion: String?
    /// CPU quota of the agent's cgroup, in cores, when limited (virtual boards).
    public var cpuQuotaCores: Double?
    /// Free bytes where the agent keeps artifacts (health check).
    public var freeDiskBytes: Int64?
    /// The board's wall clock when probed, seconds since 1970 (clock offset in health checks).
    public var wallClock: Double?
    /// The board's `CLOCK_MONOTONIC` when probed (ns), and its kernel's boot id: how its marker timestamps map onto
    /// the controller's clock.
    public var monotonicNs: Int64?
    public var bootID: String?

    public init(
        hostname: String, cpuModel: String, cores: Int, memoryBytes: Int64, kernel: String, os: String,
        architecture: String,
        governor: String?, frequenciesMHz: [Double], temperaturesC: [String: Double], agentVersion: String,
        pythonVersion: String?, cpuQuotaCores: Double?, freeDiskBytes: Int64? = nil, wallClock: Double? = nil
    ) {
        self.freeDiskBytes = freeDiskBytes
        self.wallClock = wallClock
        self.hostname = hostname
        self.cpuModel = cpuModel
        self.cores = cores
        self.memoryBytes = memoryBytes
        self.kernel = kernel
        self.os = os
        self.architecture = architecture
        self.governor = governor
        self.frequenciesMHz = frequenciesMHz
        self.temperaturesC = temperaturesC
        self.agentVersion = agentVersion
        self.pythonVersion = pythonVersion
        self.cpuQuotaCores = cpuQuotaCores
    }
}
