public import HILBenchAnalysis
public import HILBenchCore
import HILBenchStats

/// The report model every renderer draws from: one row per case, with statistics already computed.
///
/// `report.json` is this value encoded with `HILBenchJSON`; `docs/report-json-schema.md` lists every field.
public struct RunReport: Sendable, Codable {
    /// The version of the JSON layout (`docs/report-json-schema.md`); bumped when a field changes meaning or goes away.
    public static let currentSchemaVersion = 3

    /// One board and its chip facts.
    public struct Target: Sendable, Codable {
        public var name: String
        public var soc: String
        public var cores: Int?
        public var accelerator: String?
        public var priceUSD: Double?
        public var tdpWatts: Double?
        public var transport: String
    }

    /// One case's figures. Latencies in milliseconds; absent values stay nil.
    public struct Row: Sendable, Codable {
        public var key: CaseKey
        public var chip: String
        public var status: CaseResult.Status
        public var failure: String?
        public var runtimeVersion: String?
        public var provider: String?
        public var threadsUsed: Int?
        public var iterations: Int
        public var p50Ms: Double?
        public var p90Ms: Double?
        public var p95Ms: Double?
        public var p99Ms: Double?
        /// Why a tail percentile is absent ("not enough samples: have 200, need 662").
        public var p99Note: String?
        public var meanMs: Double?
        public var stdevMs: Double?
        public var madMs: Double?
        public var cv: Double?
        public var medianLowMs: Double?
        public var medianHighMs: Double?
        public var outliers: Int?
        public var loadMs: Double?
        public var peakRSSMiB: Double?
        public var loadRSSMiB: Double?
        public var steadyRSSMiB: Double?
        public var millijoulesPerInference: Double?
        public var averageWatts: Double?
        public var inferencesPerJoule: Double?
        public var energyFlags: [String]
        public var maxAbsError: Double?
        public var cosineSimilarity: Double?
        public var top1Agreement: Double?
        public var transport: String?
        /// Iterations per second of one stream: 1000 / mean latency (ms). An inference is one timed iteration.
        public var inferencesPerSecond: Double? = nil
        /// `inferencesPerSecond` / the chip's TDP; nil when the target has no TDP (or it is ≤ 0).
        public var inferencesPerSecondPerWatt: Double? = nil
        /// `inferencesPerSecond` / the board's price in USD; nil when the target has no price (or it is ≤ 0).
        public var inferencesPerSecondPerDollar: Double? = nil
        /// Mean absolute error against the accuracy reference precision.
        public var meanAbsError: Double? = nil
        /// The precision the accuracy figures compare with (`fp32` by default).
        public var accuracyReference: Precision? = nil
        /// Where the energy window came from: `meterLogic`, `gpioCapture` or `softwareTimestamps`.
        public var energyWindowSource: String? = nil
        /// `per_run` or `per_inference`: how the energy's marker windows were cut.
        public var energyWindows: String? = nil
        /// Marker windows the energy integration found (the iterations, with per-inference windows).
        public var energyWindowCount: Int? = nil
        /// 10th and 90th percentiles of the per-inference windows' energy (mJ); per-inference windows only.
        public var energyWindowP10MilliJ: Double? = nil
        public var energyWindowP90MilliJ: Double? = nil
        /// What qualifies the energy figure, in words (per-inference fallback, window-count mismatch).
        public var energyNote: String? = nil
        /// The latency distribution, downsampled to at most `LatencyDistribution.maximumPoints` points.
        public var latency: LatencyDistribution? = nil
        /// Why the timed iterations stopped: `fixed`, `converged`, `max_iterations` or `max_seconds`.
        public var stopReason: String? = nil
        /// How many times the case was dispatched (2: retried after its board was power-cycled).
        public var attempts: Int? = nil
        /// The hottest thermal zone during the case (°C).
        public var maxCelsius: Double? = nil
        /// Why the case counts as throttled (absent or empty: it did not).
        public var throttleReasons: [String]? = nil
        /// What the runtime said it computed in (`f32`, `bf16`), next to `key.precision`; nil when it does not tell.
        public var effectivePrecision: String? = nil
        /// Where `effectivePrecision` was read (`inference_precision`, `execution_provider …`, `delegate …`).
        public var effectivePrecisionSource: String? = nil
        /// What the artifact holds, when the suite declares it is not what the precision says.
        public var artifactHolds: Precision? = nil
        /// `runtime_precision_mismatch`, `artifact_precision_mismatch`: the case did not run what its precision says.
        public var precisionFlags: [String]? = nil
        /// The mismatch in words.
        public var precisionNote: String? = nil
        /// `simulated` (a simulated meter) or `measured` (a real instrument); nil without energy.
        public var energyProvenance: Provenance? = nil
        /// `derived` (hilbench's statistics over its own timed iterations) or `printed` (a native tool's figures).
        public var latencyProvenance: Provenance? = nil
        /// Accuracy output by output, the worst one's name, and the outputs that could not be compared.
        public var accuracyPerOutput: [OutputAccuracy]? = nil
        public var worstOutput: String? = nil
        public var uncomparedOutputs: [UncomparedOutput]? = nil
        public var top5Agreement: Double? = nil
        /// The suite's accuracy limits the case is beyond.
        public var accuracyLimitsBroken: [String]? = nil
        /// Why there are no accuracy figures (the reference precision failed).
        public var accuracyNote: String? = nil
        /// Every input as built: resolved shape, dtype, source and sha256.
        public var inputs: [ResolvedInput]? = nil
        /// The runner phase a failure happened in (`load`, `warmup`, …).
        public var failurePhase: String? = nil
        /// The native tool whose own figures these are (`trtexec`); nil for hilbench's runners.
        public var tool: String? = nil
        /// Throughput as the tool printed it (1/s), apart from the derived `inferencesPerSecond`.
        public var toolThroughputPerSecond: Double? = nil
        /// Every figure the tool printed, under its own name and unit.
        public var toolFigures: [ToolFigure]? = nil
        /// Whether the latency statistics come from one sample per iteration; false: from the tool's summary,
        /// so a comparison has one figure per run.
        public var perIterationSamples: Bool? = nil
    }

    /// Whether energy from a simulated meter takes part in energy rankings and Pareto fronts (off by default: it
    /// describes no board).
    public var rankSimulatedEnergy: Bool = false

    public var schemaVersion: Int = RunReport.currentSchemaVersion
    public var runID: String
    public var suite: String
    public var startedAt: Double
    public var endedAt: Double?
    public var controllerVersion: String
    public var gitCommit: String?
    public var targets: [Target]
    public var environment: [String: EnvironmentInfo]
    public var rows: [Row]
    /// History per case and metric, for nightly reports; empty for a plain run. Filled by the caller.
    public var trends: [TrendSeries] = []
    /// Free-text remarks shown in the HTML and Markdown reports (the caller's; derived notes are added at render time).
    public var notes: [String] = []
    /// What happened to the boards during the run (stopped answering, power cycles, recoveries), in order.
    public var events: [BoardEvent] = []
    /// The purchase decision against the suite's `requirements:` (nil: the suite has none). See `decide(…)`.
    public var decision: Decision? = nil

    public init(
        runID: String, suite: String, startedAt: Double, endedAt: Double?, controllerVersion: String,
        gitCommit: String?,
        targets: [TargetConfig], results: [CaseResult], trends: [TrendSeries] = [], notes: [String] = [],
        events: [BoardEvent] = []
    ) {
        self.runID = runID
        self.suite = suite
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.controllerVersion = controllerVersion
        self.gitCommit = gitCommit
        self.targets = targets.map { target in
            let transport: String =
                switch target.transport {
                case .local: "local"
                case .ssh: "ssh"
                case .http: "http"
                }
            return Target(
                name: target.name, soc: target.chip.soc, cores: target.chip.cores, accelerator: target.chip.accelerator,
                priceUSD: target.chip.priceUSD, tdpWatts: target.chip.tdpWatts, transport: transport)
        }
        var environment: [String: EnvironmentInfo] = [:]
        for result in results { if let env = result.environment { environment[result.key.target] = env } }
        self.environment = environment
        let chips = Dictionary(targets.map { ($0.name, $0.chip) }, uniquingKeysWith: { first, _ in first })
        rows = results.map { Self.row($0, chip: chips[$0.key.target]) }
        self.trends = trends
        self.notes = notes
        self.events = events
    }

    /// Reads every schema version: fields added in version 2 are optional on input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        runID = try container.decode(String.self, forKey: .runID)
        suite = try container.decode(String.self, forKey: .suite)
        startedAt = try container.decode(Double.self, forKey: .startedAt)
        endedAt = try container.decodeIfPresent(Double.self, forKey: .endedAt)
        controllerVersion = try container.decode(String.self, forKey: .controllerVersion)
        gitCommit = try container.decodeIfPresent(String.self, forKey: .gitCommit)
        targets = try container.decode([Target].self, forKey: .targets)
        environment = try container.decodeIfPresent([String: EnvironmentInfo].self, forKey: .environment) ?? [:]
        rows = try container.decode([Row].self, forKey: .rows)
        trends = try container.decodeIfPresent([TrendSeries].self, forKey: .trends) ?? []
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        events = try container.decodeIfPresent([BoardEvent].self, forKey: .events) ?? []
        rankSimulatedEnergy = try container.decodeIfPresent(Bool.self, forKey: .rankSimulatedEnergy) ?? false
        decision = try container.decodeIfPresent(Decision.self, forKey: .decision)
    }

    /// Adds the purchase decision when the suite has requirements (`hilbench run`, `report`, `nightly`).
    public mutating func decide(suite: SuiteConfig, targets: [TargetConfig], results: [CaseResult]) {
        guard let requirements = suite.requirements, !requirements.isEmpty else { return }
        decision = PurchaseDecision.decide(
            requirements: requirements, results: results,
            boards: targets.map { .init(name: $0.name, priceUSD: $0.chip.priceUSD, tdpWatts: $0.chip.tdpWatts) },
            reference: suite.accuracy.reference)
    }

    /// The target facts by name.
    public func target(named name: String) -> Target? { targets.first { $0.name == name } }

    /// Model names in the order they first appear.
    public var models: [String] {
        var seen = Set<String>()
        return rows.compactMap { seen.insert($0.key.model).inserted ? $0.key.model : nil }
    }

    static func row(_ result: CaseResult, chip: TargetConfig.Chip?) -> Row {
        let ms = { (ns: Double?) in ns.map { $0 / 1e6 } }
        let mib = { (kib: Int?) in kib.map { Double($0) / 1024 } }
        var row = Row(
            key: result.key, chip: chip?.soc ?? "", status: result.status,
            failure: result.failure.map { "\($0.kind): \($0.message)" },
            runtimeVersion: result.runtime?.version, provider: result.runtime?.provider,
            threadsUsed: result.runtime?.threads,
            iterations: result.latenciesNs.count, loadMs: result.loadNs.map { Double($0) / 1e6 },
            peakRSSMiB: mib(result.memory.peakRSSKiB), loadRSSMiB: mib(result.memory.loadRSSKiB),
            steadyRSSMiB: mib(result.memory.steadyRSSKiB),
            millijoulesPerInference: result.energy?.millijoulesPerInference, averageWatts: result.energy?.averageWatts,
            inferencesPerJoule: result.energy?.inferencesPerJoule, energyFlags: result.energy?.flags ?? [],
            maxAbsError: result.accuracy?.maxAbsError, cosineSimilarity: result.accuracy?.cosineSimilarity,
            top1Agreement: result.accuracy?.top1Agreement, transport: result.transport)
        row.meanAbsError = result.accuracy?.meanAbsError
        row.accuracyReference = result.accuracy?.reference
        row.energyWindowSource = result.energy?.windowSource
        row.energyWindows = result.energy?.windows
        row.energyWindowCount = result.energy?.windowCount
        row.energyWindowP10MilliJ = result.energy?.perWindow?.p10
        row.energyWindowP90MilliJ = result.energy?.perWindow?.p90
        row.energyNote = result.energy?.note
        row.stopReason = result.stopReason
        row.attempts = result.attempts
        row.maxCelsius = result.thermal?.maxCelsius
        row.throttleReasons = result.thermal.flatMap { $0.throttled ? $0.throttleReasons : nil }
        row.fillNumbers(result)
        if let summary = try? Summary(result.latenciesNs.map(Double.init)) {
            row.p50Ms = ms(summary.p50.value)
            row.p90Ms = ms(summary.p90.value)
            row.p95Ms = ms(summary.p95.value)
            row.p99Ms = ms(summary.p99.value)
            row.p99Note = summary.p99.reason
            row.meanMs = ms(summary.mean)
            row.stdevMs = ms(summary.standardDeviation)
            row.madMs = ms(summary.medianAbsoluteDeviation)
            row.cv = summary.coefficientOfVariation
            row.medianLowMs = ms(summary.medianInterval?.lower)
            row.medianHighMs = ms(summary.medianInterval?.upper)
            row.outliers = summary.outliers.total
            row.latency = LatencyDistribution(latenciesNs: result.latenciesNs)
            row.latencyProvenance = .derived
        } else if let reported = result.reported {
            // A native tool that prints only summary figures: show what it printed, derive nothing.
            let value = { (ns: Int64?) in ns.map { Double($0) / 1e6 } }
            row.p50Ms = value(reported.medianNs)
            row.p90Ms = value(reported.p90Ns)
            row.p95Ms = value(reported.p95Ns)
            row.p99Ms = value(reported.p99Ns)
            row.p99Note = reported.p99Ns == nil ? "not reported by \(reported.tool)" : nil
            row.meanMs = value(reported.meanNs)
            row.iterations = reported.iterations ?? 0
            row.latencyProvenance = .printed
        }
        if let reported = result.reported {
            row.tool = reported.tool
            row.toolThroughputPerSecond = reported.throughputPerSecond
            row.toolFigures = reported.figures
            row.perIterationSamples = !result.latenciesNs.isEmpty
        }
        let throughput = Efficiency.inferencesPerSecond(meanMs: row.meanMs)
        row.inferencesPerSecond = throughput
        row.inferencesPerSecondPerWatt = Efficiency.perWatt(throughput, tdpWatts: chip?.tdpWatts)
        row.inferencesPerSecondPerDollar = Efficiency.perDollar(throughput, priceUSD: chip?.priceUSD)
        return row
    }
}

extension RunReport.Row {
    /// The runtime as tables and charts name it: a native tool by its name, marked † (its own figures).
    public var runtimeLabel: String { tool.map { "\($0)†" } ?? key.runtime.rawValue }

    /// `target · runtime · precision`, plus threads and batch when asked: the label charts and tables use.
    func label(threads: Bool = false, batch: Bool = false, chip showChip: Bool = false) -> String {
        var text = key.target
        if showChip, !chip.isEmpty, chip != key.target { text += " (\(chip))" }
        text += " · \(runtimeLabel) · \(key.precision.rawValue)"
        if threads { text += " · t\(key.threads)" }
        if batch { text += " · b\(key.batch)" }
        return text
    }
}
