// The uniform-rate path: samples at start + k × period, so no per-sample timestamp is read.
//
// Between events every interval is one period, so Σ dt·(P[j] + P[j-1]) = period · (2·ΣP − P[last] + P[before]):
// the vector loop only sums widened floats and tracks the peak, reading 4 bytes per sample (plus one logic
// byte when windows come from the logic input) instead of 13. Events go through the same per-sample path
// as the general feed, with the instants computed, so both paths give the same windows, counts and flags.

extension EnergyIntegrator {
    /// Feeds a chunk of samples taken at a constant rate: sample `k` at `startNs + k × periodNs`.
    ///
    /// Chunks may alternate with `feed(timesNs:watts:logic:)` and must follow each other in time; a jump
    /// between chunks larger than 1.5 periods is a gap (lost samples), as in the general path.
    /// - Parameters:
    ///   - startNs: Instant of the first sample on the meter's clock.
    ///   - periodNs: Sample period (> 0).
    ///   - watts: Power per sample.
    ///   - logic: Logic bits per sample, or nil when the meter has none.
    public mutating func feed(
        startNs: Int64, periodNs: Int64, watts: UnsafeBufferPointer<Float>, logic: UnsafeBufferPointer<UInt8>?
    ) {
        precondition(periodNs > 0, "periodNs must be positive")
        precondition(logic.map { $0.count == watts.count } ?? true, "logic must be nil or as long as watts")
        let n = watts.count
        guard n > 0, let wBase = watts.baseAddress else { return }
        let lBase = logic?.baseAddress
        @inline(__always) func time(_ index: Int) -> Int64 { startNs &+ Int64(index) &* periodNs }

        var i = 0
        if !periodResolved {
            if warmTimes.isEmpty, last == nil {
                setPeriod(periodNs)  // what the median of the first intervals would give
            } else {
                while i < n, warmTimes.count <= Self.warmupIntervals {
                    warmTimes.append(time(i))
                    warmWatts.append(wBase[i])
                    warmLogic.append(lBase?[i] ?? 0)
                    i += 1
                }
                guard warmTimes.count > Self.warmupIntervals else { return }
                resolvePeriodAndReplay()
            }
        }
        // Regular intervals are event-free only if one period is not itself a gap for the period in use.
        let regular = periodNs <= min(gapThresholdNs, Int64(1) << 51)
        var prevIndex = Int.min
        @inline(__always)
        func slow(_ index: Int) {
            if process(Sample(t: time(index), w: wBase[index], bits: lBase?[index] ?? 0)) { prevIndex = index }
        }
        while i < n {
            guard regular, i > 0, prevIndex == i - 1 else {
                slow(i)
                i += 1
                continue
            }
            var end = min(n, i + Self.blockSize)
            let deadline = nextDeadline()
            if deadline != .max {
                end = Self.firstUniformIndex(
                    startNs: startNs, periodNs: periodNs, from: i, to: end, atOrAfter: deadline)
            }
            guard end - i >= Self.minimumFastSpan else {
                for index in i..<max(end, i + 1) { slow(index) }
                i = max(end, i + 1)
                continue
            }
            if tryUniformSpan(wBase, lBase, from: i, to: end, lastTime: time(end - 1), periodNs: periodNs) {
                prevIndex = end - 1
                i = end
                continue
            }
            while i < end {
                let spanEnd = min(end, i + Self.smallSpan)
                if prevIndex == i - 1, spanEnd - i >= Self.minimumFastSpan,
                    tryUniformSpan(wBase, lBase, from: i, to: spanEnd, lastTime: time(spanEnd - 1), periodNs: periodNs)
                {
                    prevIndex = spanEnd - 1
                } else {
                    for index in i..<spanEnd { slow(index) }
                }
                i = spanEnd
            }
        }
    }

    /// Feeds a streamed chunk (uniform or explicit timing).
    public mutating func feed(_ chunk: PowerChunk) {
        precondition(
            chunk.logic.isEmpty || chunk.logic.count == chunk.count,
            "PowerChunk logic must be empty or as long as watts")
        chunk.watts.withUnsafeBufferPointer { watts in
            func go(_ logic: UnsafeBufferPointer<UInt8>?) {
                switch chunk.timing {
                case .uniform(let start, let period):
                    feed(startNs: start, periodNs: period, watts: watts, logic: logic)
                case .explicit(let times):
                    precondition(times.count == chunk.count, "PowerChunk times and watts differ in length")
                    times.withUnsafeBufferPointer { feed(timesNs: $0, watts: watts, logic: logic) }
                }
            }
            if chunk.logic.isEmpty { go(nil) } else { chunk.logic.withUnsafeBufferPointer { go($0) } }
        }
    }

    /// First index in [from, to) whose instant is ≥ `time`.
    static func firstUniformIndex(startNs: Int64, periodNs: Int64, from: Int, to: Int, atOrAfter time: Int64) -> Int {
        let first = startNs &+ Int64(from) &* periodNs
        guard time > first else { return from }
        let steps = (time - first + periodNs - 1) / periodNs
        return steps >= Int64(to - from) ? to : from + Int(steps)
    }

    mutating func tryUniformSpan(
        _ watts: UnsafePointer<Float>, _ logic: UnsafePointer<UInt8>?, from: Int, to: Int, lastTime: Int64,
        periodNs: Int64
    ) -> Bool {
        guard lastTime < nextDeadline() else { return false }
        if logicMask != 0, let logic, Self.logicChanges(logic, mask: logicMask, from: from, to: to) { return false }
        // Float partial sums: within `floatSumRelativeBound` (8.9e-7 of Σ|P|) of Double summation, 17× below one code
        // of a 16-bit converter (1.5e-5 of full scale), and the loop streams near memory bandwidth instead of
        // waiting on Float → Double widening (`hilbench-benchmarks energy` prints both kernels).
        let (pairSum, peak) = Self.sumAndPeakFloat(watts, from: from, to: to)
        let result = SpanResult(twiceEnergy: Double(periodNs) * pairSum, peak: peak)
        commitFastSpan(result, count: to - from, last: Sample(t: lastTime, w: watts[to - 1], bits: logic?[to - 1] ?? 0))
        return true
    }

    /// Σ_{j=from}^{to-1} (P[j] + P[j-1]) in Double, and max P[from..<to]. Requires `from ≥ 1`. The exact kernel
    /// the integrator used before `sumAndPeakFloat`; kept as the benchmark's reference for speed and error.
    @inline(__always)
    static func sumAndPeak(_ watts: UnsafePointer<Float>, from: Int, to: Int) -> (pairSum: Double, peak: Float) {
        let raw = UnsafeRawPointer(watts)
        var sum0 = SIMD8<Double>()
        var sum1 = SIMD8<Double>()
        var peakKey0 = SIMD8<Int32>(repeating: .min)
        var peakKey1 = SIMD8<Int32>(repeating: .min)
        var j = from

        @inline(__always)
        func step(_ j: Int, _ sum: inout SIMD8<Double>, _ peakKey: inout SIMD8<Int32>) {
            let value = raw.loadUnaligned(fromByteOffset: j &* 4, as: SIMD8<Float>.self)
            sum += SIMD8<Double>(value)
            // Order-preserving integer keys: a vector integer max, no floating-point select.
            let bits = unsafeBitCast(value, to: SIMD8<Int32>.self)
            let key = bits ^ ((bits &>> 31) & 0x7FFF_FFFF)
            peakKey.replace(with: key, where: key .> peakKey)
        }

        while j + 16 <= to {
            step(j, &sum0, &peakKey0)
            step(j + 8, &sum1, &peakKey1)
            j += 16
        }
        if j + 8 <= to {
            step(j, &sum0, &peakKey0)
            j += 8
        }
        var sum = (sum0 + sum1).sum()
        var keyMax = max(peakKey0.max(), peakKey1.max())
        while j < to {
            sum += Double(watts[j])
            let bits = Int32(bitPattern: watts[j].bitPattern)
            keyMax = max(keyMax, bits ^ ((bits &>> 31) & 0x7FFF_FFFF))
            j += 1
        }
        let peakBits = keyMax ^ ((keyMax &>> 31) & 0x7FFF_FFFF)
        let pairSum = 2 * sum - Double(watts[to - 1]) + Double(watts[from - 1])
        return (pairSum, Float(bitPattern: UInt32(bitPattern: peakBits)))
    }
}

extension EnergyIntegrator {
    /// Samples summed in Float per lane before the lane is widened to Double: 16 lanes × 16 samples.
    static let floatSubBlock = 256

    /// `sumAndPeak` with Float partial sums: each of 16 lanes adds at most 16 samples in Float before the lane sums
    /// are widened and added in Double, and the peak is a Float max. Recursive summation of m terms errs by at most
    /// (m − 1)·u·Σ|x| (Higham, Accuracy and Stability of Numerical Algorithms, §4.2; u = 2⁻²⁴ for Float), so the
    /// pair sum is within 15 × 2⁻²⁴ ≈ 8.9e-7 of Σ|P| (relative, for power ≥ 0) plus Double rounding (~1e-16 per
    /// add): `floatSumRelativeBound`. Requires `from ≥ 1`.
    @inline(__always)
    static func sumAndPeakFloat(
        _ watts: UnsafePointer<Float>, from: Int, to: Int
    ) -> (pairSum: Double, peak: Float) {
        let raw = UnsafeRawPointer(watts)
        var total0 = SIMD8<Double>()
        var total1 = SIMD8<Double>()
        var peak0 = SIMD8<Float>(repeating: -.infinity)
        var peak1 = SIMD8<Float>(repeating: -.infinity)
        var j = from
        while j + floatSubBlock <= to {
            var part0 = SIMD8<Float>()
            var part1 = SIMD8<Float>()
            var k = j
            let end = j + floatSubBlock
            while k < end {
                let a = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD8<Float>.self)
                let b = raw.loadUnaligned(fromByteOffset: (k &+ 8) &* 4, as: SIMD8<Float>.self)
                part0 += a
                part1 += b
                peak0.replace(with: a, where: peak0 .< a)
                peak1.replace(with: b, where: peak1 .< b)
                k &+= 16
            }
            total0 += SIMD8<Double>(part0)
            total1 += SIMD8<Double>(part1)
            j = end
        }
        var sum = (total0 + total1).sum()
        var peak = max(peak0.max(), peak1.max())
        while j < to {
            sum += Double(watts[j])
            if watts[j] > peak { peak = watts[j] }
            j += 1
        }
        let pairSum = 2 * sum - Double(watts[to - 1]) + Double(watts[from - 1])
        return (pairSum, peak)
    }

    /// The relative error bound of `sumAndPeakFloat`'s sums against Double summation, for non-negative power.
    public static let floatSumRelativeBound = 15.0 * 0x1p-24 + 1e-12
}
