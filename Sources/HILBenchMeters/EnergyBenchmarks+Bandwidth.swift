// How close the uniform-rate kernel comes to what one core can read from memory: the same bytes (Float32 watts and
// one logic byte per sample) streamed through the cheapest possible loop, a sum of 64-bit words.

extension EnergyBenchmarks {
    /// One core's streaming-read rate (bytes/s) over the uniform kernel's input for `samples` samples (5 B each:
    /// the pattern's watts and logic arrays), summed as 64-bit words in 32 lanes; best pass as in `timeBest`.
    public static func streamingReadBandwidth(samples: Int) -> Double {
        let count = max(64, samples)
        let (watts, logic) = pattern(count)
        let bytes = count * 5
        let rate = timeBest(count: bytes) {
            let sum =
                watts.withUnsafeBytes { sumWords($0) } &+ logic.withUnsafeBytes { sumWords($0) }
            return EnergyReport.empty(marker: Double(sum & 1))
        }
        return rate.samplesPerSecond  // bytes per second: `count` was bytes
    }

    /// The uniform kernel alone over the pattern (Σ and peak in 4 096-sample spans, with the logic check the
    /// integrator makes): samples/s, with Double or Float partial sums.
    public static func uniformKernelThroughput(samples: Int, floatPartialSums: Bool) -> Double {
        let count = max(2, samples)
        let (watts, logic) = pattern(count)
        return timeBest(count: count) {
            var total = 0.0
            var peak: Float = 0
            watts.withUnsafeBufferPointer { w in
                logic.withUnsafeBufferPointer { l in
                    guard let wBase = w.baseAddress, let lBase = l.baseAddress else { return }
                    var i = 1
                    while i < count {
                        let end = min(count, i + EnergyIntegrator.blockSize)
                        // The logic check runs as in the integrator (its answer is kept, so it is not optimised
                        // away); the span is summed either way.
                        let changes = EnergyIntegrator.logicChanges(lBase, mask: 1, from: i, to: end)
                        let (sum, top) =
                            floatPartialSums
                            ? EnergyIntegrator.sumAndPeakFloat(wBase, from: i, to: end)
                            : EnergyIntegrator.sumAndPeak(wBase, from: i, to: end)
                        total += sum + (changes ? 1 : 0)
                        peak = max(peak, top)
                        i = end
                    }
                }
            }
            return EnergyReport.empty(marker: total + Double(peak))
        }.samplesPerSecond
    }

    /// Σ of the buffer's 64-bit words (tail bytes ignored): a loop that does nothing but read.
    @inline(never)
    static func sumWords(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        guard let base = buffer.baseAddress else { return 0 }
        let blocks = buffer.count / 128
        var a = SIMD8<UInt64>()
        var b = SIMD8<UInt64>()
        for k in 0..<blocks {
            a &+= base.loadUnaligned(fromByteOffset: k &* 128, as: SIMD8<UInt64>.self)
            b &+= base.loadUnaligned(fromByteOffset: k &* 128 &+ 64, as: SIMD8<UInt64>.self)
        }
        return (a &+ b).wrappedSum()
    }
}

extension EnergyReport {
    /// A report with no window, carrying `marker` as its net energy (benchmarks: keeps a result alive).
    static func empty(marker: Double) -> EnergyReport {
        EnergyReport(
            windowSource: .softwareTimestamps, subtractBaseline: false, baselineNs: nil, minPulseNs: 0, windows: [],
            totals: EnergyTotals(
                windowCount: 0, durationNs: 0, grossEnergyJ: marker, netEnergyJ: marker, averageW: 0, peakW: 0,
                sampleCount: 0, lostSamples: 0),
            trace: TraceSummary(
                firstSampleNs: 0, lastSampleNs: 0, sampleCount: 0, samplePeriodNs: 0, gapCount: 0, lostSamples: 0,
                glitchesFiltered: 0, nonIncreasingTimestamps: 0, energyJ: marker),
            flags: [])
    }
}
