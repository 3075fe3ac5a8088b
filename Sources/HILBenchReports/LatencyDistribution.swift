import HILBenchStats

/// A case's latency distribution in at most `maximumPoints` points, for the empirical CDF in reports.
///
/// Up to `exactLimit` samples it is the exact empirical CDF (every sorted sample, cumulative (i + 1)/n); above
/// that, the type-7 quantiles at a fixed grid of probabilities (every 1% from 0 to 99%, then every 0.1% to
/// 99.9%, then the maximum), denser in the tail where latency matters. Values in ms, rounded to the ns.
public struct LatencyDistribution: Sendable, Codable, Equatable {
    /// The most points a distribution keeps.
    public static let maximumPoints = 200
    /// Up to this many samples the distribution is exact.
    public static let exactLimit = 120
    /// The probability grid used above `exactLimit` samples (110 points).
    public static let grid: [Double] =
        (0...99).map { Double($0) / 100 } + (1...9).map { Double(990 + $0) / 1000 } + [1.0]

    /// Number of samples it summarises.
    public var count: Int
    /// Latencies in ms, ascending.
    public var valuesMs: [Double]
    /// Fraction of iterations at or below each value, ascending, in [0, 1].
    public var cumulative: [Double]

    public init(count: Int, valuesMs: [Double], cumulative: [Double]) {
        precondition(valuesMs.count == cumulative.count, "one cumulative fraction per value")
        self.count = count
        self.valuesMs = valuesMs
        self.cumulative = cumulative
    }

    /// Summarises raw latencies (ns); nil when there are none.
    public init?(latenciesNs: [Int64]) {
        guard !latenciesNs.isEmpty else { return nil }
        let sorted = latenciesNs.map(Double.init).sorted()
        let n = sorted.count
        let toMs = { (ns: Double) in (ns).rounded() / 1e6 }
        if n <= Self.exactLimit {
            self.init(count: n, valuesMs: sorted.map(toMs), cumulative: (1...n).map { Double($0) / Double(n) })
        } else {
            self.init(
                count: n, valuesMs: Self.grid.map { toMs(Quantile.type7(sorted: sorted, $0)) }, cumulative: Self.grid)
        }
    }
}
