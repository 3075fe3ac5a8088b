public import HILBenchCore
import HILBenchStats

/// The report model every renderer draws from: one row per case, with statistics already computed.
public struct RunReport: Sendable, Codable {
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
    }

    public var runID: String
    public var suite: String
    public var startedAt: Double
    public var endedAt: Double?
    public var controllerVersion: String
    public var gitCommit: String?
    public var targets: [Target]
    public var environment: [String: EnvironmentInfo]
    public var rows: [Row]

    public init(runID: String, suite: String, startedAt: Double, endedAt: Double?, controllerVersion: String, gitCommit: String?,
                targets: [TargetConfig], results: [CaseResult]) {
        self.runID = runID
        self.suite = suite
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.controllerVersion = controllerVersion
        self.gitCommit = gitCommit
        self.targets = targets.map { target in
            let transport: String = switch target.transport {
            case .local: "local"
            case .ssh: "ssh"
            case .http: "http"
            }
            return Target(name: target.name, soc: target.chip.soc, cores: target.chip.cores, accelerator: target.chip.accelerator,
                          priceUSD: target.chip.priceUSD, tdpWatts: target.chip.tdpWatts, transport: transport)
        }
        var environment: [String: EnvironmentInfo] = [:]
        for result in results { if let env = result.environment { environment[result.key.target] = env } }
        self.environment = environment
        let chips = Dictionary(targets.map { ($0.name, $0.chip.soc) }, uniquingKeysWith: { first, _ in first })
        rows = results.map { Self.row($0, chip: chips[$0.key.target] ?? "") }
    }

    static func row(_ result: CaseResult, chip: String) -> Row {
        let ms = { (ns: Double?) in ns.map { $0 / 1e6 } }
        let mib = { (kib: Int?) in kib.map { Double($0) / 1024 } }
        var row = Row(key: result.key, chip: chip, status: result.status,
                      failure: result.failure.map { "\($0.kind): \($0.message)" },
                      runtimeVersion: result.runtime?.version, provider: result.runtime?.provider, threadsUsed: result.runtime?.threads,
                      iterations: result.latenciesNs.count, loadMs: result.loadNs.map { Double($0) / 1e6 },
                      peakRSSMiB: mib(result.memory.peakRSSKiB), loadRSSMiB: mib(result.memory.loadRSSKiB), steadyRSSMiB: mib(result.memory.steadyRSSKiB),
                      millijoulesPerInference: result.energy?.millijoulesPerInference, averageWatts: result.energy?.averageWatts,
                      inferencesPerJoule: result.energy?.inferencesPerJoule, energyFlags: result.energy?.flags ?? [],
                      maxAbsError: result.accuracy?.maxAbsError, cosineSimilarity: result.accuracy?.cosineSimilarity,
                      top1Agreement: result.accuracy?.top1Agreement, transport: result.transport)
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
        }
        return row
    }
}
