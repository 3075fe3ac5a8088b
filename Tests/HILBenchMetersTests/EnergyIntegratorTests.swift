import Foundation
import HILBenchMeters
import HILBenchTesting
import Testing

@Suite("Energy integrator")
struct EnergyIntegratorTests {
    /// Idle 2 W; marker high (and +1.5 W) on samples 3 000 ..< 8 000 of 10 000 at 10 kS/s.
    func markerTrace(
        count: Int = 10_000, high: Range<Int> = 3_000..<8_000, extra: Set<Int> = [], dropouts: Set<Int> = []
    ) -> PowerTrace {
        makeTrace(
            count: count,
            watts: { k in (high.contains(k) && !dropouts.contains(k)) || extra.contains(k) ? 3.5 : 2.0 },
            logic: { k in (high.contains(k) && !dropouts.contains(k)) || extra.contains(k) ? 1 : 0 })
    }

    @Test func logicWindowEdgesLieHalfwayBetweenSamples() throws {
        let trace = markerTrace()
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0))
        integrator.feed(trace)
        let report = integrator.finish()

        let window = try #require(report.windows.first)
        #expect(report.windows.count == 1)
        #expect(window.beginNs == trace.timesNs[2_999] + 50_000)
        #expect(window.endNs == trace.timesNs[7_999] + 50_000)
        #expect(window.sampleCount == 5_000)
        #expect(window.peakW == 3.5)
        #expect(report.windowSource == .meterLogic)
        #expect(report.trace.samplePeriodNs == 100_000)
    }

    /// With the baseline subtracted, a noise-free step gives 1.5 W × duration minus the two half-interval
    /// ramps of the interpolant at the edges (each 0.375 W short over half a period): exact.
    @Test func baselineSubtraction() throws {
        let trace = markerTrace()
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), baselineNs: 100_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let report = integrator.finish()

        let window = try #require(report.windows.first)
        #expect(window.baselineW == 2.0)
        #expect(window.baselineSpanNs >= 100_000_000 * 7 / 8 && window.baselineSpanNs <= 100_000_000)
        let duration = Double(window.durationNs) * 1e-9
        let expectedNet = 1.5 * duration - 0.375 * 100e-6
        #expect(relativeError(window.netEnergyJ, expectedNet) < 1e-9)
        #expect(relativeError(window.grossEnergyJ - window.netEnergyJ, 2.0 * duration) < 1e-9)
        #expect(report.perInference(iterations: 10).isNet)
        #expect(report.flags.isEmpty)
    }

    @Test func baselineBeforeFirstWindowIsReused() throws {
        // Two windows; the idle power is 2 W before the first and 2.5 W before the second.
        let trace = makeTrace(
            count: 20_000,
            watts: { k in (3_000..<5_000).contains(k) || (12_000..<15_000).contains(k) ? 3.5 : (k < 8_000 ? 2.0 : 2.5)
            },
            logic: { k in (3_000..<5_000).contains(k) || (12_000..<15_000).contains(k) ? 1 : 0 })
        for placement in [EnergyIntegrator.BaselinePlacement.beforeEachWindow, .beforeFirstWindow] {
            var integrator = EnergyIntegrator(
                windowSource: .logic(bit: 0), baselineNs: 200_000_000, subtractBaseline: true,
                baselinePlacement: placement)
            integrator.feed(trace)
            let report = integrator.finish()
            #expect(report.windows.count == 2)
            #expect(report.windows[0].baselineW == 2.0)
            #expect(report.windows[1].baselineW == (placement == .beforeEachWindow ? 2.5 : 2.0))
        }
    }

    @Test func baselineTooShortIsReusedOrMissing() throws {
        // Window 1 opens at the very start (no idle before it); window 2 follows 5 ms after window 1.
        let trace = makeTrace(
            count: 10_000, watts: { _ in 2.0 },
            logic: { k in k < 1_000 || (1_050..<2_000).contains(k) || (5_000..<6_000).contains(k) ? 1 : 0 })
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), baselineNs: 100_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let report = integrator.finish()

        #expect(report.windows.count == 3)
        #expect(report.windows[0].flags == [.noBaseline, .windowOpenAtStart])
        #expect(report.windows[0].netEnergyJ == report.windows[0].grossEnergyJ)
        #expect(report.windows[1].flags == [.noBaseline])
        #expect(report.windows[2].flags.isEmpty)
        #expect(report.windows[2].baselineW == 2.0)
        #expect(report.flags == [.noBaseline, .windowOpenAtStart])
    }

    @Test(arguments: [Int64(0), 250_000])
    func glitchFilterDropsOneSamplePulses(minPulseNs: Int64) {
        // A 1-sample high pulse in idle, and a 1-sample low dropout inside the window.
        let trace = markerTrace(extra: [1_000], dropouts: [5_000])
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), minPulseNs: minPulseNs)
        integrator.feed(trace)
        let report = integrator.finish()

        if minPulseNs == 0 {
            #expect(report.windows.count == 3)
            #expect(report.trace.glitchesFiltered == 0)
        } else {
            #expect(report.windows.count == 1)
            #expect(report.trace.glitchesFiltered == 2)
            #expect(report.windows.first?.beginNs == trace.timesNs[2_999] + 50_000)
            #expect(report.windows.first?.endNs == trace.timesNs[7_999] + 50_000)
            #expect(report.windows.first?.sampleCount == 5_000)
        }
    }

    @Test func lostSamplesAreCountedAndFlagged() throws {
        let trace = dropping(5_000..<5_010, from: markerTrace())
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0))
        integrator.feed(trace)
        let report = integrator.finish()

        let window = try #require(report.windows.first)
        #expect(window.lostSamples == 10)
        #expect(window.gapCount == 1)
        #expect(window.flags == [.lostSamples])
        #expect(report.flags == [.lostSamples])
        #expect(report.trace.lostSamples == 10)
        // The power is flat across the gap, so the interpolated energy is unchanged.
        #expect(relativeError(window.grossEnergyJ, 3.5 * Double(window.durationNs) * 1e-9 - 0.375 * 100e-6) < 1e-9)
    }

    @Test func gapsOutsideWindowsDoNotFlagThem() throws {
        let trace = dropping(1_000..<1_003, from: markerTrace())
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), expectedPeriodNs: 100_000)
        integrator.feed(trace)
        let report = integrator.finish()
        #expect(report.windows.first?.flags == [])
        #expect(report.trace.lostSamples == 3)
        #expect(report.trace.gapCount == 1)
    }

    /// Chunking changes only the floating-point summation order.
    @Test(arguments: [1, 3, 17, 64, 255, 4_096, 100_003])
    func chunkedFeedMatchesOneChunk(chunk: Int) throws {
        var generator = SplitMix(seed: 7)
        var trace = PowerTrace()
        var t: Int64 = 0
        for k in 0..<60_000 {
            let high = (10_000..<20_000).contains(k) || (30_000..<30_002).contains(k) || (40_000..<55_000).contains(k)
            let noise = Float((generator.next() as UInt64) % 1_000) * 1e-4
            trace.append(timeNs: t, watts: (high ? 3.5 : 2.0) + noise, logic: high ? 1 : 0)
            t += k == 45_000 ? 1_000_000 : 100_000 + Int64((generator.next() as UInt64) % 11) - 5  // one gap, small jitter
        }
        let integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: 500_000, baselineNs: 300_000_000, subtractBaseline: true)

        let whole = integrate(trace, with: integrator, chunk: trace.count)
        let chunked = integrate(trace, with: integrator, chunk: chunk)

        #expect(whole.windows.count == 2)
        #expect(chunked.windows.count == whole.windows.count)
        #expect(chunked.flags == whole.flags)
        #expect(chunked.trace.glitchesFiltered == 1)
        for (a, b) in zip(chunked.windows, whole.windows) {
            #expect(a.beginNs == b.beginNs && a.endNs == b.endNs)
            #expect(a.sampleCount == b.sampleCount && a.lostSamples == b.lostSamples && a.flags == b.flags)
            #expect(a.peakW == b.peakW)
            #expect(a.baselineSpanNs == b.baselineSpanNs)
            #expect(relativeError(a.grossEnergyJ, b.grossEnergyJ) < 1e-12)
            #expect(relativeError(a.netEnergyJ, b.netEnergyJ) < 1e-12)
            #expect(relativeError(try #require(a.baselineW), try #require(b.baselineW)) < 1e-12)
        }
    }

    @Test func explicitWindows() throws {
        let trace = makeTrace(count: 1_000, periodNs: 1_000, startNs: 10_000, watts: { _ in 1.0 })
        let windows: [EnergyIntegrator.Window] = [
            .init(beginNs: 5_000, endNs: 20_000),  // starts before the capture
            .init(beginNs: 100_000, endNs: 200_500),
            .init(beginNs: 150_000, endNs: 160_000),  // overlaps the previous one
            .init(beginNs: 900_000, endNs: 2_000_000),  // the capture ends inside it
            .init(beginNs: 3_000_000, endNs: 4_000_000),  // never reached
        ]
        var integrator = EnergyIntegrator(windowSource: .explicit(windows, source: .softwareTimestamps))
        integrator.feed(trace)
        let report = integrator.finish()

        #expect(report.windowSource == .softwareTimestamps)
        #expect(report.windows.count == 5)
        #expect(report.windows.map(\.beginNs) == [10_000, 100_000, 150_000, 900_000, 3_000_000])
        #expect(report.windows.map(\.endNs) == [20_000, 200_500, 160_000, 1_009_000, 3_000_000])
        #expect(
            report.windows.map(\.flags) == [
                [.windowOpenAtStart], [], [], [.windowNotClosed], [.windowNotClosed, .noSamplesInWindow],
            ])
        #expect(report.windows[1].grossEnergyJ == 100_500e-9)
        #expect(report.windows[1].sampleCount == 101)
        #expect(report.totals.windowCount == 5)
        #expect(report.totals.durationNs == 10_000 + 100_500 + 10_000 + 109_000)
    }

    @Test func nonIncreasingTimestampsAreDroppedAndFlagged() {
        let trace = PowerTrace(
            timesNs: [0, 100, 200, 200, 150, 300, 400], watts: [1, 1, 1, 9, 9, 1, 1], logic: [1, 1, 1, 1, 1, 1, 0])
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), expectedPeriodNs: 100)
        integrator.feed(trace)
        let report = integrator.finish()
        #expect(report.trace.nonIncreasingTimestamps == 2)
        #expect(report.flags.contains(.nonIncreasingTimestamps))
        #expect(report.windows[0].peakW == 1)
        #expect(report.windows[0].grossEnergyJ == 350e-9)
    }

    @Test func noMarkerMeansNoWindows() {
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), baselineNs: 1_000_000, subtractBaseline: true)
        integrator.feed(makeTrace(count: 100, watts: { _ in 2 }))
        let report = integrator.finish()
        #expect(report.windows.isEmpty)
        #expect(report.flags == [.noWindows])
        #expect(report.totals.grossEnergyJ == 0)
        #expect(relativeError(report.trace.energyJ, 2.0 * 99 * 100e-6) < 1e-12)
        #expect(report.perInference(iterations: 5).inferencesPerJoule == nil)
    }

    @Test func windowStillOpenAtTheEndIsFlagged() throws {
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0))
        let trace = markerTrace(count: 5_000)
        integrator.feed(trace)
        let window = try #require(integrator.finish().windows.first)
        #expect(window.flags == [.windowNotClosed])
        #expect(window.endNs == trace.timesNs[4_999])
    }

    @Test func finishDoesNotConsumeTheIntegrator() {
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0))
        let trace = markerTrace()
        integrator.feed(
            PowerTrace(
                timesNs: Array(trace.timesNs[..<5_000]), watts: Array(trace.watts[..<5_000]),
                logic: Array(trace.logic[..<5_000])))
        #expect(integrator.finish().windows.first?.flags == [.windowNotClosed])
        integrator.feed(
            PowerTrace(
                timesNs: Array(trace.timesNs[5_000...]), watts: Array(trace.watts[5_000...]),
                logic: Array(trace.logic[5_000...])))
        #expect(integrator.finish().windows.first?.flags == [])
    }

    @Test func fewSamplesStillGiveAReport() {
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0))
        integrator.feed(PowerTrace(timesNs: [0, 10, 20], watts: [1, 2, 1], logic: [0, 1, 0]))
        let report = integrator.finish()
        #expect(report.windows.count == 1)
        #expect(report.windows[0].beginNs == 5 && report.windows[0].endNs == 15)
        let expectedWattNs: Double = 5 * (1.5 + 2) / 2 + 5 * (2 + 1.5) / 2
        #expect(report.windows[0].grossEnergyJ == expectedWattNs / 1e9)
    }

    @Test func reportRoundTripsThroughJSON() throws {
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0), baselineNs: 100_000_000, subtractBaseline: true)
        integrator.feed(dropping(5_000..<5_004, from: markerTrace()))
        let report = integrator.finish()
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(EnergyReport.self, from: data) == report)
        let perInference = report.perInference(iterations: 50)
        #expect(
            try JSONDecoder().decode(PerInferenceEnergy.self, from: JSONEncoder().encode(perInference)) == perInference)
        #expect(perInference.flags == [.lostSamples])
        #expect(relativeError(try #require(perInference.inferencesPerJoule), 50 / report.totals.netEnergyJ) < 1e-12)
    }

    @Test func benchmarkRuns() {
        let result = EnergyBenchmarks.integrationThroughput(samples: 50_000)
        #expect(result.samplesPerSecond > 0 && result.seconds > 0)
    }
}
