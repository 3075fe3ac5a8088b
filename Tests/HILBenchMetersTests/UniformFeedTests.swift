import HILBenchMeters
import HILBenchTesting
import Testing

/// The uniform-rate path (start + period, no timestamps) must find exactly what the general path finds.
@Suite("Energy integrator: uniform-rate path = general path")
struct UniformFeedTests {
    /// Runs of evenly spaced samples at 100 µs, separated by gaps of 2–20 periods; marker with long runs and
    /// 1–3-sample glitches; bit 1 is noise.
    static func runs(seed: UInt64, count: Int) -> [PowerChunk] {
        var random = SplitMix(seed: seed)
        var chunks: [PowerChunk] = []
        var t: Int64 = 5_000_000 + Int64((random.next() as UInt64) % 1_000)
        var level: UInt8 = 0
        var runLeft = 0
        var produced = 0
        while produced < count {
            let length = min(count - produced, Int(1 + (random.next() as UInt64) % 3_000))
            var watts: [Float] = []
            var logic: [UInt8] = []
            for _ in 0..<length {
                if runLeft == 0 {
                    level ^= 1
                    runLeft =
                        (random.next() as UInt64) % 5 == 0
                        ? Int(1 + (random.next() as UInt64) % 3) : Int(200 + (random.next() as UInt64) % 5_000)
                }
                runLeft -= 1
                watts.append(2.0 + (level == 1 ? 1.5 : 0) + Float((random.next() as UInt64) % 1_000) * 1e-4)
                logic.append(level | UInt8((random.next() as UInt64) % 2) << 1)
            }
            chunks.append(PowerChunk(timing: .uniform(startNs: t, periodNs: 100_000), watts: watts, logic: logic))
            t += Int64(length) * 100_000
            if (random.next() as UInt64) % 3 == 0 { t += 100_000 * Int64(1 + (random.next() as UInt64) % 20) }  // a gap before the next run
            produced += length
        }
        return chunks
    }

    @Test(arguments: [UInt64(21), 22, 23, 24])
    func sameReportAsTimestampedSamples(seed: UInt64) throws {
        let chunks = Self.runs(seed: seed, count: 60_000)
        let integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: seed % 2 == 0 ? 250_000 : 0, baselineNs: 50_000_000,
            subtractBaseline: true,
            expectedPeriodNs: seed == 24 ? 100_000 : nil)
        var uniform = integrator
        var general = integrator
        var trace = PowerTrace()
        for chunk in chunks {
            uniform.feed(chunk)
            trace.append(chunk)
        }
        general.feed(trace)
        let a = uniform.finish()
        let b = general.finish()
        #expect(a.windows.count == b.windows.count && a.windows.count > 3)
        #expect(a.flags == b.flags)
        #expect(a.trace.sampleCount == b.trace.sampleCount && a.trace.lostSamples == b.trace.lostSamples)
        #expect(a.trace.lostSamples > 0)
        #expect(a.trace.glitchesFiltered == b.trace.glitchesFiltered)
        // The uniform path sums in Float within 4096-sample blocks (`EnergyIntegrator.floatSumRelativeBound`); the
        // general path in Double. Power is ≥ 0 here, so Σ|P| is the energy itself.
        let bound = EnergyIntegrator.floatSumRelativeBound
        #expect(relativeError(a.trace.energyJ, b.trace.energyJ) < bound)
        #expect(a.trace.energyJ != 0)
        for (x, y) in zip(a.windows, b.windows) {
            #expect(x.beginNs == y.beginNs && x.endNs == y.endNs)
            #expect(x.sampleCount == y.sampleCount && x.lostSamples == y.lostSamples && x.flags == y.flags)
            #expect(x.peakW == y.peakW && x.baselineSpanNs == y.baselineSpanNs)
            #expect(abs(x.grossEnergyJ - y.grossEnergyJ) <= bound * max(abs(y.grossEnergyJ), 1e-9))
            #expect(abs(x.netEnergyJ - y.netEnergyJ) <= bound * max(abs(y.grossEnergyJ), 1e-9))
        }
    }

    @Test func explicitWindowsAndChunksWithoutLogic() {
        let watts = [Float](repeating: 1.25, count: 10_000)
        let window = EnergyIntegrator.Window(beginNs: 1_000_500, endNs: 6_000_500)
        var integrator = EnergyIntegrator(windowSource: .explicit([window], source: .gpioCapture))
        integrator.feed(PowerChunk(timing: .uniform(startNs: 0, periodNs: 1_000), watts: Array(watts[..<4_000])))
        integrator.feed(
            PowerChunk(timing: .uniform(startNs: 4_000_000, periodNs: 1_000), watts: Array(watts[4_000...])))
        let report = integrator.finish()
        #expect(report.windows.count == 1)
        #expect(relativeError(report.windows[0].grossEnergyJ, 1.25 * 5e-3) < 1e-12)
        #expect(report.windows[0].flags.isEmpty)
        #expect(report.trace.samplePeriodNs == 1_000)
    }

    @Test func chunkExpandsIntoATrace() {
        var trace = PowerTrace(timesNs: [0], watts: [1], logic: [])
        trace.append(PowerChunk(timing: .uniform(startNs: 10, periodNs: 5), watts: [2, 3], logic: [1, 0]))
        trace.append(PowerChunk(timing: .explicit([30]), watts: [4]))
        #expect(trace.timesNs == [0, 10, 15, 30])
        #expect(trace.logic == [0, 1, 0, 0])
        #expect(trace.isConsistent)
    }
}
