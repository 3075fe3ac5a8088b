// Cumulative-energy checkpoints for windows that are known only when the capture stops.
//
// A meter without a logic input gets its windows from the controller's GPIO capture or the board's software
// timestamps, and both arrive after the samples have gone by. Instead of keeping the samples, the ledger keeps a
// mark every `spacingNs`: a real sample's instant, the exact ∫ P dt from the first sample to it, the running
// sample count and the power range since the previous mark. A window's energy is then a difference of two
// cumulative energies, exact when its edges fall in an interval between two consecutive samples (while the
// marks are one per sample) and interpolated at the interval's mean power otherwise, with an error bound from
// the interval's power range. Memory is bounded: when `capacity` marks are kept, every second one is merged
// into its neighbour and the spacing doubles.

/// Streams power samples into cumulative-energy checkpoints so that windows given after the capture
/// (`report(windows:…)`) are integrated in bounded memory.
public struct EnergyLedger: Sendable {
    /// A checkpoint at one real sample.
    struct Mark: Sendable {
        /// The sample's instant (ns).
        var t: Int64
        /// 2 × ∫ P dt from the first sample to `t` (W·ns).
        var twice: Double
        /// Samples up to and including this one.
        var samples: Int
        /// Power at `t`.
        var w: Float
        /// Highest and lowest power of the samples in (previous mark, this one].
        var hi: Float
        var lo: Float
    }

    /// Intervals longer than 1.5 periods (merged pairwise when `gapCapacity` is reached).
    struct Gap: Sendable {
        var fromNs: Int64
        var toNs: Int64
        var lost: Int
        var count: Int
    }

    /// Most marks kept before they are thinned (each ~40 bytes).
    public let capacity: Int
    /// Time between marks (0 while every sample is a mark and the period is unknown).
    public internal(set) var spacingNs: Int64 = 0
    /// The sample period used for gap detection (given, or the median of the first intervals).
    public internal(set) var periodNs: Int64 = 0

    var marks: [Mark] = []
    var gaps: [Gap] = []
    let gapCapacity: Int
    let detectGaps: Bool
    var gapThresholdNs: Int64 = .max
    /// Intervals seen before the period was known: checked for gaps once it is.
    var warmIntervals: [(from: Int64, to: Int64)] = []
    var lastT: Int64 = 0
    var lastW: Float = 0
    var started = false
    var twice = 0.0
    var samples = 0
    var hi: Float = -.infinity
    var lo: Float = .infinity
    var nonIncreasing = 0
    var totalGaps = 0
    var totalLost = 0

    static let warmupIntervals = 64

    /// Creates an empty ledger.
    /// - Parameters:
    ///   - expectedPeriodNs: The meter's sample period; nil takes it from the first uniform chunk or the median
    ///     of the first 64 intervals.
    ///   - capacity: Marks kept before the spacing doubles (default 2¹⁹ ≈ 20 MB: a 1 kS/s capture keeps every
    ///     sample for 8.7 minutes).
    ///   - detectGaps: Whether an interval longer than 1.5 periods means lost samples (false for a cumulative
    ///     counter such as RAPL's, which loses nothing when a read comes late).
    public init(
        expectedPeriodNs: Int64? = nil, capacity: Int = 1 << 19, gapCapacity: Int = 1 << 14, detectGaps: Bool = true
    ) {
        precondition(capacity >= 8 && gapCapacity >= 2, "capacity ≥ 8, gapCapacity ≥ 2")
        self.capacity = capacity
        self.gapCapacity = gapCapacity
        self.detectGaps = detectGaps
        if let period = expectedPeriodNs, period > 0 { setPeriod(period) }
        marks.reserveCapacity(min(capacity, 1 << 12))
    }

    /// Samples accepted so far.
    public var sampleCount: Int { samples }
    /// Marks held now.
    public var markCount: Int { marks.count }

    // MARK: Feeding

    /// Feeds a streamed chunk (uniform or explicit timing); chunks must follow each other in time.
    public mutating func feed(_ chunk: PowerChunk) {
        chunk.watts.withUnsafeBufferPointer { watts in
            switch chunk.timing {
            case .uniform(let start, let period):
                feed(startNs: start, periodNs: period, watts: watts)
            case .explicit(let times):
                precondition(times.count == chunk.count, "PowerChunk times and watts differ in length")
                for k in 0..<watts.count { add(times[k], watts[k]) }
            }
        }
    }

    /// Feeds a whole trace (or a piece of one).
    public mutating func feed(_ trace: PowerTrace) {
        precondition(trace.isConsistent, "PowerTrace arrays differ in length")
        for k in 0..<trace.count { add(trace.timesNs[k], trace.watts[k]) }
    }

    /// Feeds samples taken at `startNs + k × periodNs`. Between marks the samples are summed without a
    /// per-sample timestamp: Σ dt·(P[j] + P[j−1]) = period · (2·ΣP − P[last] + P[before]).
    public mutating func feed(startNs: Int64, periodNs period: Int64, watts: UnsafeBufferPointer<Float>) {
        precondition(period > 0, "periodNs must be positive")
        guard let w = watts.baseAddress, watts.count > 0 else { return }
        if periodNs == 0, !started { setPeriod(period) }
        let n = watts.count
        @inline(__always) func time(_ k: Int) -> Int64 { startNs &+ Int64(k) &* period }
        add(time(0), w[0])
        var i = 1
        // Whole runs between marks in one sum, when one period is not itself a gap.
        let regular = period <= gapThresholdNs && spacingNs > period
        while i < n {
            guard regular, let mark = marks.last, lastT == time(i - 1) else {
                add(time(i), w[i])
                i += 1
                continue
            }
            let due = mark.t &+ spacingNs
            var end = n  // exclusive end of the run that needs no mark
            let first = time(i)
            if due <= first {
                end = i
            } else {
                let steps = (due - first + period - 1) / period
                if steps < Int64(n - i) { end = i + Int(steps) }
            }
            if end > i {
                var sum = 0.0
                var runHi = hi
                var runLo = lo
                for k in i..<end {
                    let value = w[k]
                    sum += Double(value)
                    if value > runHi { runHi = value }
                    if value < runLo { runLo = value }
                }
                twice += Double(period) * (2 * sum - Double(w[end - 1]) + Double(w[i - 1]))
                samples += end - i
                hi = runHi
                lo = runLo
                lastT = time(end - 1)
                lastW = w[end - 1]
                i = end
            }
            if i < n {
                add(time(i), w[i])  // the sample at which the next mark is due
                i += 1
            }
        }
    }

    /// Adds one sample.
    mutating func add(_ t: Int64, _ w: Float) {
        guard started else {
            started = true
            lastT = t
            lastW = w
            samples = 1
            marks.append(Mark(t: t, twice: 0, samples: 1, w: w, hi: w, lo: w))
            return
        }
        let dt = t &- lastT
        guard dt > 0 else {
            nonIncreasing += 1
            return
        }
        if periodNs == 0 {
            warmIntervals.append((lastT, t))
            if warmIntervals.count >= Self.warmupIntervals { resolvePeriod() }
        } else if dt > gapThresholdNs {
            addGap(from: lastT, to: t)
        }
        twice += Double(dt) * (Double(lastW) + Double(w))
        samples += 1
        if w > hi { hi = w }
        if w < lo { lo = w }
        lastT = t
        lastW = w
        if let mark = marks.last, t &- mark.t >= spacingNs { appendMark() }
    }

    mutating func appendMark() {
        marks.append(Mark(t: lastT, twice: twice, samples: samples, w: lastW, hi: hi, lo: lo))
        hi = -.infinity
        lo = .infinity
        if marks.count >= capacity { thin() }
    }

    /// Keeps the first and last marks and every second one between, merging the power range of each dropped
    /// mark into the next; the spacing doubles.
    mutating func thin() {
        let count = marks.count
        let span = marks[count - 1].t - marks[0].t
        var kept = 1
        var k = 1
        while k < count {
            var mark: Mark
            if k + 1 < count {
                mark = marks[k + 1]
                mark.hi = max(mark.hi, marks[k].hi)
                mark.lo = min(mark.lo, marks[k].lo)
                k += 2
            } else {
                mark = marks[k]
                k += 1
            }
            marks[kept] = mark
            kept += 1
        }
        marks.removeLast(count - kept)
        spacingNs = max(spacingNs * 2, 2 * max(1, span / Int64(max(1, count - 1))))
    }

    mutating func setPeriod(_ period: Int64) {
        periodNs = period
        gapThresholdNs = detectGaps ? EnergyIntegrator.gapThreshold(period: period) : .max
    }

    /// The period from the median of the first intervals, then those intervals checked for gaps.
    mutating func resolvePeriod() {
        let sorted = warmIntervals.map { $0.to - $0.from }.sorted()
        setPeriod(max(1, sorted[(sorted.count - 1) / 2]))
        let intervals = warmIntervals
        warmIntervals = []
        for interval in intervals where interval.to - interval.from > gapThresholdNs {
            addGap(from: interval.from, to: interval.to)
        }
    }

    mutating func addGap(from: Int64, to: Int64) {
        let lost = EnergyIntegrator.samplesLost(spanNs: to - from, periodNs: periodNs)
        totalGaps += 1
        totalLost += lost
        gaps.append(Gap(fromNs: from, toNs: to, lost: lost, count: 1))
        if gaps.count >= gapCapacity {
            // Bounded: neighbouring gaps merge (a window touching the merged span is flagged; conservative).
            var merged: [Gap] = []
            merged.reserveCapacity(gaps.count / 2 + 1)
            var k = 0
            while k < gaps.count {
                var gap = gaps[k]
                if k + 1 < gaps.count {
                    gap.toNs = gaps[k + 1].toNs
                    gap.lost += gaps[k + 1].lost
                    gap.count += gaps[k + 1].count
                }
                merged.append(gap)
                k += 2
            }
            gaps = merged
        }
    }

    /// Marks the last sample (if it is not one already), so that the ledger covers everything fed.
    mutating func seal() {
        if periodNs == 0, !warmIntervals.isEmpty { resolvePeriod() }
        if started, let mark = marks.last, mark.t < lastT {
            marks.append(Mark(t: lastT, twice: twice, samples: samples, w: lastW, hi: hi, lo: lo))
            hi = -.infinity
            lo = .infinity
        }
    }
}
