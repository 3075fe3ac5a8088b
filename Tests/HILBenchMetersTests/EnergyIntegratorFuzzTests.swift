import HILBenchMeters
import HILBenchTesting
import Testing

/// Randomised traces through the vector path (big chunks) and the per-sample path (1-sample chunks):
/// both must find the same windows, counts and flags, and energies equal up to summation order.
@Suite("Energy integrator: vector path = per-sample path")
struct EnergyIntegratorFuzzTests {
    static func randomTrace(seed: UInt64, count: Int) -> PowerTrace {
        var random = SplitMix(seed: seed)
        var trace = PowerTrace()
        var t: Int64 = Int64((random.next() as UInt64) % 1_000_000)
        var level: UInt8 = 0
        var runLeft = 0
        for _ in 0..<count {
            if runLeft == 0 {
                level ^= 1
                // Mostly long runs, sometimes 1–3-sample glitches.
                runLeft =
                    (random.next() as UInt64) % 5 == 0
                    ? Int(1 + (random.next() as UInt64) % 3) : Int(200 + (random.next() as UInt64) % 5_000)
            }
            runLeft -= 1
            let watts = 2.0 + (level == 1 ? 1.5 : 0) + Float((random.next() as UInt64) % 1_000) * 1e-4
            trace.append(timeNs: t, watts: watts, logic: level | UInt8((random.next() as UInt64) % 2) << 1)  // bit 1 is noise
            switch (random.next() as UInt64) % 2_000 {
            case 0: t += 100_000 * Int64(2 + (random.next() as UInt64) % 20)  // gap
            case 1: break  // duplicate timestamp
            default: t += 99_990 + Int64((random.next() as UInt64) % 21)
            }
        }
        return trace
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func logicWindows(seed: UInt64) throws {
        let trace = Self.randomTrace(seed: seed, count: 40_000)
        let integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: seed % 2 == 0 ? 250_000 : 0,
            baselineNs: 50_000_000, subtractBaseline: true, expectedPeriodNs: seed % 3 == 0 ? 100_000 : nil)
        let perSample = integrate(trace, with: integrator, chunk: 1)
        let whole = integrate(trace, with: integrator, chunk: trace.count)
        try expectSame(perSample, whole)
        try expectSame(perSample, integrate(trace, with: integrator, chunk: 997))
        // The fixture exercises what it should.
        #expect(whole.windows.count > 5)
        #expect(whole.trace.lostSamples > 0 && whole.trace.nonIncreasingTimestamps > 0)
        #expect(integrator.minPulseNs == 0 || whole.trace.glitchesFiltered > 0)
    }

    @Test(arguments: [UInt64(11), 12, 13])
    func explicitWindows(seed: UInt64) throws {
        let trace = Self.randomTrace(seed: seed, count: 40_000)
        var random = SplitMix(seed: seed)
        let first = trace.timesNs[0]
        let last = trace.timesNs[trace.count - 1]
        let windows = (0..<12).map { _ -> EnergyIntegrator.Window in
            let begin = first - 1_000_000 + Int64((random.next() as UInt64) % UInt64(last - first + 2_000_000))
            return .init(beginNs: begin, endNs: begin + Int64((random.next() as UInt64) % 500_000_000))
        }
        let integrator = EnergyIntegrator(
            windowSource: .explicit(windows), baselineNs: 20_000_000, subtractBaseline: true)
        let whole = integrate(trace, with: integrator, chunk: trace.count)
        try expectSame(integrate(trace, with: integrator, chunk: 1), whole)
        #expect(whole.windows.count == 12)
        #expect(whole.windows.contains { $0.baselineW != nil })
    }

    func expectSame(_ a: EnergyReport, _ b: EnergyReport) throws {
        #expect(a.windows.count == b.windows.count)
        #expect(a.flags == b.flags)
        #expect(a.trace.sampleCount == b.trace.sampleCount && a.trace.lostSamples == b.trace.lostSamples)
        #expect(a.trace.glitchesFiltered == b.trace.glitchesFiltered)
        #expect(a.trace.nonIncreasingTimestamps == b.trace.nonIncreasingTimestamps)
        #expect(relativeError(a.trace.energyJ, b.trace.energyJ) < 1e-12)
        for (x, y) in zip(a.windows, b.windows) {
            #expect(x.beginNs == y.beginNs && x.endNs == y.endNs)
            #expect(x.sampleCount == y.sampleCount && x.gapCount == y.gapCount && x.lostSamples == y.lostSamples)
            #expect(x.flags == y.flags)
            #expect(x.peakW == y.peakW)
            #expect(x.baselineSpanNs == y.baselineSpanNs)
            #expect(abs(x.grossEnergyJ - y.grossEnergyJ) <= 1e-12 * max(abs(y.grossEnergyJ), 1e-9))
            #expect(abs(x.netEnergyJ - y.netEnergyJ) <= 1e-12 * max(abs(y.grossEnergyJ), 1e-9))
            if let bx = x.baselineW, let by = y.baselineW { #expect(relativeError(bx, by) < 1e-12) }
            #expect((x.baselineW == nil) == (y.baselineW == nil))
        }
    }
}
