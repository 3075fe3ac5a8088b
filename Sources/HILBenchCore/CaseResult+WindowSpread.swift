extension CaseResult.Energy {
    /// How the net energy of single marker windows is spread (per-inference windows), millijoules.
    ///
    /// Percentiles are type 7 (linear between order statistics, as `HILBenchStats.Quantile`); `stdev` is the sample
    /// standard deviation (n − 1), 0 for one window.
    public struct WindowSpread: Sendable, Codable, Equatable {
        public var count: Int
        public var mean: Double
        public var stdev: Double
        public var min: Double
        public var p10: Double
        public var p50: Double
        public var p90: Double
        public var max: Double

        public init(
            count: Int, mean: Double, stdev: Double, min: Double, p10: Double, p50: Double, p90: Double, max: Double
        ) {
            self.count = count
            self.mean = mean
            self.stdev = stdev
            self.min = min
            self.p10 = p10
            self.p50 = p50
            self.p90 = p90
            self.max = max
        }
    }
}
