/// The outcome of comparing a candidate run with a baseline run, case by case and metric by metric.
/// Computed by the controller (HILBenchStats), rendered by reports (text, Markdown, CSV, JSON, JUnit).
public struct RunComparison: Sendable, Codable, Equatable {
    /// A case × metric's verdict: Stats' `Verdict` for a judged pair, or why no pair could be judged.
    /// Raw values are the stored and printed words.
    public enum Verdict: String, Sendable, Codable, Hashable, CaseIterable {
        case regressed, improved, noChange, inconclusive, unstable
        /// The case is not in the baseline run.
        case missing
        /// A side did not produce measurements.
        case failed

        /// Whether the change is beyond the threshold with confidence (benchstat prints `~` otherwise).
        public var isSignificant: Bool { self == .regressed || self == .improved }
    }

    /// What the verdict of a row rests on.
    public enum Evidence: String, Sendable, Codable, Hashable {
        /// Several executions per side: the execution-level interval.
        case executions
        /// One execution on a side: the iterations of one run (descriptive only).
        case iterations
        /// One figure per run (energy, memory).
        case singleFigure = "single_figure"
        /// The case's history: the change against the last stable segment and its run-to-run spread.
        case history
    }

    /// One case × metric.
    public struct Row: Sendable, Codable, Equatable {
        public var key: CaseKey
        /// `latency`, `energy` or `memory`.
        public var metric: String
        /// `ms`, `mJ`, `MiB`.
        public var unit: String
        /// Baseline and candidate values (medians for latency; the single figure otherwise).
        public var baseline: Double?
        public var candidate: Double?
        /// Candidate / baseline, with its interval where the data give one.
        public var ratio: Double?
        public var ratioLow: Double?
        public var ratioHigh: Double?
        /// Raw and multiplicity-adjusted p-values (latency only).
        public var pValue: Double?
        public var adjustedPValue: Double?
        public var verdict: Verdict
        public var reason: String
        /// What the verdict rests on (nil in comparisons stored before executions were a level of the design).
        public var evidence: Evidence?

        public init(
            key: CaseKey, metric: String, unit: String, baseline: Double?, candidate: Double?, ratio: Double?,
            ratioLow: Double?,
            ratioHigh: Double?, pValue: Double?, adjustedPValue: Double?, verdict: Verdict, reason: String,
            evidence: Evidence? = nil
        ) {
            self.evidence = evidence
            self.key = key
            self.metric = metric
            self.unit = unit
            self.baseline = baseline
            self.candidate = candidate
            self.ratio = ratio
            self.ratioLow = ratioLow
            self.ratioHigh = ratioHigh
            self.pValue = pValue
            self.adjustedPValue = adjustedPValue
            self.verdict = verdict
            self.reason = reason
        }

        /// Whether the difference is statistically significant after correction (benchstat prints `~` otherwise).
        public var isSignificant: Bool { verdict.isSignificant }
    }

    public var baselineRun: String
    public var candidateRun: String
    public var rows: [Row]
    /// Geometric mean of the latency ratios across cases, with its interval.
    public var geometricMeanRatio: Double?
    public var geometricMeanLow: Double?
    public var geometricMeanHigh: Double?
    /// `holm` or `benjamini-hochberg`.
    public var correction: String
    /// Cases whose comparable environments differ, with the differences (compared only when allowed).
    public var environmentDifferences: [String: [String]]

    public init(
        baselineRun: String, candidateRun: String, rows: [Row], geometricMeanRatio: Double?, geometricMeanLow: Double?,
        geometricMeanHigh: Double?, correction: String, environmentDifferences: [String: [String]]
    ) {
        self.baselineRun = baselineRun
        self.candidateRun = candidateRun
        self.rows = rows
        self.geometricMeanRatio = geometricMeanRatio
        self.geometricMeanLow = geometricMeanLow
        self.geometricMeanHigh = geometricMeanHigh
        self.correction = correction
        self.environmentDifferences = environmentDifferences
    }
}

/// What must match for two results to be compared: the same chip, runtime build, precision, model bytes,
/// threads, batch and agent. Differences are listed, never silently ignored.
public struct ComparableEnvironment: Sendable, Codable, Equatable {
    public var chip: String
    public var cpuModel: String
    public var runtime: String
    public var runtimeVersion: String
    public var provider: String
    public var precision: Precision
    public var modelSHA256: String
    public var threads: Int
    public var batch: Int
    public var agentVersion: String

    public init(result: CaseResult, chip: String) {
        self.chip = chip
        cpuModel = result.environment?.cpuModel ?? "unknown"
        runtime = result.runtime?.name ?? result.key.runtime.rawValue
        runtimeVersion = result.runtime?.version ?? "unknown"
        provider = result.runtime?.provider ?? "unknown"
        precision = result.key.precision
        modelSHA256 = result.artifactSHA256 ?? "builtin:\(result.key.model)"
        threads = result.runtime?.threads ?? result.key.threads
        batch = result.key.batch
        agentVersion = result.environment?.agentVersion ?? "unknown"
    }

    /// Human-readable differences, e.g. `runtime version: 1.20.1 → 1.21.0`.
    public func differences(to other: ComparableEnvironment) -> [String] {
        var result: [String] = []
        func check(_ name: String, _ a: String, _ b: String) { if a != b { result.append("\(name): \(a) → \(b)") } }
        check("chip", chip, other.chip)
        check("cpu", cpuModel, other.cpuModel)
        check("runtime", runtime, other.runtime)
        check("runtime version", runtimeVersion, other.runtimeVersion)
        check("provider", provider, other.provider)
        check("precision", precision.rawValue, other.precision.rawValue)
        check("model sha256", modelSHA256, other.modelSHA256)
        check("threads", String(threads), String(other.threads))
        check("batch", String(batch), String(other.batch))
        check("agent version", agentVersion, other.agentVersion)
        return result
    }
}
