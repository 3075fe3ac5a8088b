/// What a product needs from a board: the suite's `requirements:` block. A purchase decision
/// (`hilbench choose`, the report's Decision section) judges every board × model × configuration against it.
///
/// Every limit is optional; a requirement left out is not judged. Latency budgets are judged on the one-sided 95%
/// upper confidence bound of the percentile, never on the point estimate (docs/decision.md).
public struct Requirements: Sendable, Codable, Equatable {
    /// Latency budgets by percentile, in the order written (`p99_ms: 30`).
    public var latency: [LatencyBudget]
    /// Average power while inferring, W (at most).
    public var averageWatts: Double?
    /// Peak power while inferring, W (at most).
    public var peakWatts: Double?
    /// Energy per inference, mJ (at most).
    public var millijoulesPerInference: Double?
    /// Peak resident memory of the runner, MiB (at most).
    public var peakMiB: Double?
    /// Lowest cosine similarity against the reference precision: one floor for every precision, or one per precision.
    public var minCosine: MinCosine?
    /// Inferences per second of one stream (at least).
    public var inferencesPerSecond: Double?
    /// The board's price ceiling and what running it costs.
    public var cost: Cost?

    public init(
        latency: [LatencyBudget] = [], averageWatts: Double? = nil, peakWatts: Double? = nil,
        millijoulesPerInference: Double? = nil, peakMiB: Double? = nil, minCosine: MinCosine? = nil,
        inferencesPerSecond: Double? = nil, cost: Cost? = nil
    ) {
        self.latency = latency
        self.averageWatts = averageWatts
        self.peakWatts = peakWatts
        self.millijoulesPerInference = millijoulesPerInference
        self.peakMiB = peakMiB
        self.minCosine = minCosine
        self.inferencesPerSecond = inferencesPerSecond
        self.cost = cost
    }

    /// The percentiles a latency budget may name.
    public static let latencyPercentiles = [50, 90, 95, 99]

    /// `p99_ms: 30`: the 99th percentile at most 30 ms.
    public struct LatencyBudget: Sendable, Codable, Equatable {
        /// 50, 90, 95 or 99.
        public var percentile: Int
        public var maxMs: Double

        public init(percentile: Int, maxMs: Double) {
            self.percentile = percentile
            self.maxMs = maxMs
        }
    }

    /// `min_cosine: 0.99` or `min_cosine: {fp16: 0.99, int8: 0.97}` (precisions not named are not judged).
    public struct MinCosine: Sendable, Codable, Equatable {
        /// The floor for precisions not in `byPrecision` (nil: those are not judged).
        public var all: Double?
        public var byPrecision: [Precision: Double]

        public init(all: Double? = nil, byPrecision: [Precision: Double] = [:]) {
            self.all = all
            self.byPrecision = byPrecision
        }

        /// The floor for one precision, or nil when it is not judged.
        public func floor(for precision: Precision) -> Double? { byPrecision[precision] ?? all }
    }

    /// `cost: {price_usd: 300, kwh_usd: 0.25, duty_cycle: 0.5, years: 3}`.
    public struct Cost: Sendable, Codable, Equatable {
        /// The most a board may cost (nil: no ceiling; cost of ownership is still computed and ranked).
        public var maxPriceUSD: Double?
        /// Electricity price per kWh.
        public var kwhUSD: Double
        /// Fraction of the time the board infers (the rest it idles).
        public var dutyCycle: Double
        /// Years of service.
        public var years: Double

        public init(maxPriceUSD: Double? = nil, kwhUSD: Double = 0.25, dutyCycle: Double = 1, years: Double = 3) {
            self.maxPriceUSD = maxPriceUSD
            self.kwhUSD = kwhUSD
            self.dutyCycle = dutyCycle
            self.years = years
        }
    }

    /// Whether nothing is required.
    public var isEmpty: Bool { self == Requirements() }
}

extension Requirements {
    /// The confidence of every bound a decision is judged on.
    public static let confidence = 0.95

    /// The least sample count whose largest value bounds the p-th percentile from above with 95% confidence:
    /// the least n with (p/100)ⁿ ≤ 0.05 (5 for p50, 29 for p90, 59 for p95, 299 for p99). With fewer samples even
    /// the maximum is not a 95% upper bound, so the verdict is `not enough data`. `OrderStatistics.upperBound` in
    /// HILBenchStats reads the bound; its tests check the two agree.
    public static func minimumSamples(percentile: Int, confidence: Double = Requirements.confidence) -> Int {
        let p = Double(percentile) / 100
        guard p > 0, p < 1 else { return 1 }
        var n = 1
        var all = p  // pⁿ: the chance that all n samples fall below the true percentile
        while all > 1 - confidence {
            n += 1
            all *= p
        }
        return n
    }
}
