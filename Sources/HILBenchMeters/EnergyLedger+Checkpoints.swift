// A ledger sent elsewhere: a board's agent samples its own sensor into a ledger and sends the sealed marks to the
// controller, which rebuilds the ledger and cuts the windows from it (`report(windows:…)`) as if it had sampled.

extension EnergyLedger {
    /// The sealed ledger, column by column (one entry per mark).
    public struct Checkpoints: Sendable, Equatable {
        public var timesNs: [Int64]
        /// ∫ P dt from the first sample to the mark (J).
        public var energyJ: [Double]
        public var samples: [Int]
        public var watts: [Float]
        public var highW: [Float]
        public var lowW: [Float]
        public var gaps: [(fromNs: Int64, toNs: Int64, lost: Int, count: Int)]
        public var samplePeriodNs: Int64
        public var spacingNs: Int64
        public var capacity: Int
        public var totalGaps: Int
        public var totalLost: Int
        public var nonIncreasing: Int

        public init(
            timesNs: [Int64], energyJ: [Double], samples: [Int], watts: [Float], highW: [Float], lowW: [Float],
            gaps: [(fromNs: Int64, toNs: Int64, lost: Int, count: Int)], samplePeriodNs: Int64, spacingNs: Int64,
            capacity: Int, totalGaps: Int, totalLost: Int, nonIncreasing: Int
        ) {
            self.timesNs = timesNs
            self.energyJ = energyJ
            self.samples = samples
            self.watts = watts
            self.highW = highW
            self.lowW = lowW
            self.gaps = gaps
            self.samplePeriodNs = samplePeriodNs
            self.spacingNs = spacingNs
            self.capacity = capacity
            self.totalGaps = totalGaps
            self.totalLost = totalLost
            self.nonIncreasing = nonIncreasing
        }

        public static func == (lhs: Checkpoints, rhs: Checkpoints) -> Bool {
            lhs.timesNs == rhs.timesNs && lhs.energyJ == rhs.energyJ && lhs.samples == rhs.samples
                && lhs.watts == rhs.watts && lhs.highW == rhs.highW && lhs.lowW == rhs.lowW
                && lhs.gaps.elementsEqual(rhs.gaps, by: { $0 == $1 }) && lhs.samplePeriodNs == rhs.samplePeriodNs
                && lhs.spacingNs == rhs.spacingNs && lhs.capacity == rhs.capacity && lhs.totalGaps == rhs.totalGaps
                && lhs.totalLost == rhs.totalLost && lhs.nonIncreasing == rhs.nonIncreasing
        }
    }

    /// Seals the ledger (the last sample becomes a mark) and returns its marks.
    public mutating func checkpoints() -> Checkpoints {
        seal()
        return Checkpoints(
            timesNs: marks.map(\.t), energyJ: marks.map { $0.twice / 2e9 }, samples: marks.map(\.samples),
            watts: marks.map(\.w), highW: marks.map(\.hi), lowW: marks.map(\.lo),
            gaps: gaps.map { ($0.fromNs, $0.toNs, $0.lost, $0.count) }, samplePeriodNs: periodNs, spacingNs: spacingNs,
            capacity: capacity, totalGaps: totalGaps, totalLost: totalLost, nonIncreasing: nonIncreasing)
    }

    /// Why checkpoints from elsewhere cannot be a ledger.
    public struct InvalidCheckpoints: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Rebuilds a sealed ledger from `checkpoints` (sent by another process: checked like any input).
    /// - Throws: `InvalidCheckpoints` when columns differ in length, instants or sample counts do not increase,
    ///   or a value is not finite.
    public init(checkpoints c: Checkpoints) throws(InvalidCheckpoints) {
        let n = c.timesNs.count
        func fail(_ message: String) -> InvalidCheckpoints { InvalidCheckpoints(message: message) }
        guard [c.energyJ.count, c.samples.count, c.watts.count, c.highW.count, c.lowW.count].allSatisfy({ $0 == n })
        else { throw fail("the checkpoint columns differ in length") }
        guard c.samplePeriodNs >= 0, c.spacingNs >= 0, c.totalGaps >= 0, c.totalLost >= 0, c.nonIncreasing >= 0 else {
            throw fail("a negative period, spacing or count")
        }
        for k in 0..<n {
            guard c.energyJ[k].isFinite, c.watts[k].isFinite else { throw fail("checkpoint \(k) is not finite") }
            guard k == 0 || (c.timesNs[k] > c.timesNs[k - 1] && c.samples[k] > c.samples[k - 1]) else {
                throw fail("checkpoint \(k) does not follow checkpoint \(k - 1) in time and sample count")
            }
        }
        guard n == 0 || c.samples[0] >= 1 else { throw fail("the first checkpoint counts no sample") }
        for gap in c.gaps where gap.toNs < gap.fromNs || gap.lost < 0 || gap.count < 1 {
            throw fail("a gap from \(gap.fromNs) to \(gap.toNs) ns is malformed")
        }
        self.init(capacity: max(8, c.capacity, n + 1), gapCapacity: max(2, c.gaps.count + 1))
        marks = (0..<n).map {
            Mark(
                t: c.timesNs[$0], twice: c.energyJ[$0] * 2e9, samples: c.samples[$0], w: c.watts[$0], hi: c.highW[$0],
                lo: c.lowW[$0])
        }
        gaps = c.gaps.map { Gap(fromNs: $0.fromNs, toNs: $0.toNs, lost: $0.lost, count: $0.count) }
        if c.samplePeriodNs > 0 { setPeriod(c.samplePeriodNs) }
        spacingNs = c.spacingNs
        totalGaps = c.totalGaps
        totalLost = c.totalLost
        nonIncreasing = c.nonIncreasing
        if let last = marks.last {
            started = true
            lastT = last.t
            lastW = last.w
            samples = last.samples
            twice = last.twice
        }
    }
}
