// The hot path: integrate a run of samples that contains no event.
//
// An "event" is anything the per-sample path must look at: a logic change on the window bit, an interval
// that is a gap (or does not increase), or a time the integrator is waiting for (checkpoint, glitch-filter
// confirmation, explicit window boundary). Between events every sample is treated the same, so a span is
// integrated by one branch-free SIMD loop that also checks, on the side, that the span really holds no
// event. If the check fails the span's result is thrown away and the per-sample path takes over. Events
// are rare (a few per window), so nearly all samples go through the vector loop.

extension EnergyIntegrator {
    /// Samples per attempt of the vector loop.
    static let blockSize = 4096
    /// Samples per attempt once an event is known to be inside a block.
    static let smallSpan = 128
    /// Spans shorter than this go through the per-sample path.
    static let minimumFastSpan = 16

    struct SpanResult {
        /// Σ (t[j] - t[j-1]) · (P[j] + P[j-1]) in W·ns.
        var twiceEnergy: Double
        var peak: Float
    }

    /// The earliest time at which the per-sample path must run again.
    func nextDeadline() -> Int64 {
        var deadline = nextCheckpointNs
        if let edge = pending { deadline = min(deadline, edge.timeNs &+ minPulseNs) }
        if !plans.isEmpty, let boundary = nextBoundary() { deadline = min(deadline, boundary.time) }
        return deadline
    }

    /// First index in [from, to) whose time is ≥ `time`, assuming increasing times (checked later).
    static func firstIndex(in times: UnsafePointer<Int64>, from: Int, to: Int, atOrAfter time: Int64) -> Int {
        var low = from
        var high = to
        while low < high {
            let mid = (low + high) / 2
            if times[mid] < time { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Integrates samples [from, to) (each with its predecessor, which is `last`) if the span is event-free.
    mutating func tryFastSpan(
        _ times: UnsafePointer<Int64>, _ watts: UnsafePointer<Float>, _ logic: UnsafePointer<UInt8>?, from: Int, to: Int
    ) -> Bool {
        guard times[to - 1] < nextDeadline() else { return false }
        let maxInterval = min(gapThresholdNs, Int64(1) << 51)
        guard
            let result = Self.integrateSpan(
                times: times, watts: watts, logic: logicMask == 0 ? nil : logic, mask: logicMask,
                from: from, to: to, maxIntervalNs: maxInterval)
        else { return false }
        commitFastSpan(
            result, count: to - from, last: Sample(t: times[to - 1], w: watts[to - 1], bits: logic?[to - 1] ?? 0))
        return true
    }

    /// Adds an event-free span's sums to every running accumulator; `last` is its final sample.
    @inline(__always)
    mutating func commitFastSpan(_ result: SpanResult, count: Int, last sample: Sample) {
        cum.twiceEnergy += result.twiceEnergy
        cum.samples += count
        if result.peak > cum.peak { cum.peak = result.peak }
        for k in open.indices {
            open[k].accumulator.twiceEnergy += result.twiceEnergy
            open[k].accumulator.samples += count
            if result.peak > open[k].accumulator.peak { open[k].accumulator.peak = result.peak }
        }
        if pending != nil {
            pending?.fromEdge.twiceEnergy += result.twiceEnergy
            pending?.fromEdge.samples += count
            if let peak = pending?.fromEdge.peak, result.peak > peak { pending?.fromEdge.peak = result.peak }
        }
        serial += count
        last = sample
    }

    /// True when the masked logic bit changes anywhere in [from - 1, to). Requires `from ≥ 1`.
    @inline(__always)
    static func logicChanges(_ logic: UnsafePointer<UInt8>, mask: UInt8, from: Int, to: Int) -> Bool {
        var diff = SIMD16<UInt8>()
        var j = from
        let raw = UnsafeRawPointer(logic)
        while j + 16 <= to {
            let current = raw.loadUnaligned(fromByteOffset: j, as: SIMD16<UInt8>.self)
            let previous = raw.loadUnaligned(fromByteOffset: j - 1, as: SIMD16<UInt8>.self)
            diff |= current ^ previous
            j += 16
        }
        var tail: UInt8 = 0
        while j < to {
            tail |= logic[j] ^ logic[j - 1]
            j += 1
        }
        return tail & mask != 0 || any((diff & SIMD16(repeating: mask)) .!= 0)
    }

    /// The vector loop. Returns nil when an interval is ≤ 0 or > `maxIntervalNs`, or the masked logic bit
    /// changes, anywhere in the span. Requires `from ≥ 1` (sample `from - 1` is the predecessor).
    @inline(__always)
    static func integrateSpan(
        times: UnsafePointer<Int64>, watts: UnsafePointer<Float>, logic: UnsafePointer<UInt8>?, mask: UInt8,
        from: Int, to: Int, maxIntervalNs: Int64
    ) -> SpanResult? {
        precondition(from >= 1)
        // Logic first: one byte per sample, cheap, and the most common reason to leave the fast path.
        if let logic, logicChanges(logic, mask: mask, from: from, to: to) { return nil }

        // Range check without compares: (dt - 1) | (max - dt) has its sign bit set iff dt ≤ 0 or dt > max;
        // OR-accumulated over the span and tested once at the end.
        // Int64 → Double without a scalar conversion (SSE2 has no packed one): OR dt into the mantissa of
        // 2^52 and subtract 2^52. Exact for 0 ≤ dt < 2^52, which the range check (max ≤ 2^51) guarantees
        // for every result that is kept.
        let magicBits = SIMD8<UInt64>(repeating: 0x4330_0000_0000_0000)
        let magic = SIMD8<Double>(repeating: 4_503_599_627_370_496.0)
        let high = SIMD8<Int64>(repeating: maxIntervalNs)
        var outOfRange = SIMD8<Int64>()
        var sum0 = SIMD8<Double>()
        var sum1 = SIMD8<Double>()
        var peakKey = SIMD8<Int32>(repeating: .min)
        let tRaw = UnsafeRawPointer(times)
        let wRaw = UnsafeRawPointer(watts)
        var j = from

        @inline(__always)
        func step(_ j: Int, _ sum: inout SIMD8<Double>) {
            let current = tRaw.loadUnaligned(fromByteOffset: j &* 8, as: SIMD8<Int64>.self)
            let previous = tRaw.loadUnaligned(fromByteOffset: (j &- 1) &* 8, as: SIMD8<Int64>.self)
            let dtInt = current &- previous
            outOfRange |= (dtInt &- 1) | (high &- dtInt)
            let dtBits = SIMD8<UInt64>(truncatingIfNeeded: dtInt) | magicBits
            let dt = unsafeBitCast(dtBits, to: SIMD8<Double>.self) - magic
            let wNow = wRaw.loadUnaligned(fromByteOffset: j &* 4, as: SIMD8<Float>.self)
            let wBefore = wRaw.loadUnaligned(fromByteOffset: (j &- 1) &* 4, as: SIMD8<Float>.self)
            sum += dt * (widen(wNow) + widen(wBefore))
            // Peak over order-preserving integer keys (vector integer max, no floating-point select).
            let bits = unsafeBitCast(wNow, to: SIMD8<Int32>.self)
            let key = bits ^ ((bits &>> 31) & 0x7FFF_FFFF)
            peakKey.replace(with: key, where: key .> peakKey)
        }

        while j + 16 <= to {
            step(j, &sum0)
            step(j + 8, &sum1)
            j += 16
        }
        if j + 8 <= to {
            step(j, &sum0)
            j += 8
        }
        guard !any(outOfRange .< 0) else { return nil }
        var twice = (sum0 + sum1).sum()
        var keyMax = peakKey.max()
        while j < to {
            let dt = times[j] &- times[j - 1]
            guard dt >= 1, dt <= maxIntervalNs else { return nil }
            twice += Double(dt) * (Double(watts[j]) + Double(watts[j - 1]))
            let bits = Int32(bitPattern: watts[j].bitPattern)
            keyMax = max(keyMax, bits ^ ((bits &>> 31) & 0x7FFF_FFFF))
            j += 1
        }
        let peakBits = keyMax ^ ((keyMax &>> 31) & 0x7FFF_FFFF)
        return SpanResult(twiceEnergy: twice, peak: Float(bitPattern: UInt32(bitPattern: peakBits)))
    }

    @inline(__always)
    static func widen(_ value: SIMD8<Float>) -> SIMD8<Double> {
        SIMD8<Double>(value)
    }
}
