import Glibc
import HILBenchMeters
import HILBenchTesting
import Testing

/// Windows known only at the end of a capture, integrated from streamed checkpoints, must give what the buffered
/// trace gives through the integrator.
@Suite("Energy ledger: streamed checkpoints = buffered trace")
struct EnergyLedgerTests {
    /// 2 W idle, +1.5 W from 0.25 s to 0.75 s and from 1.1 s to 1.3 s, Gaussian-like noise (σ ≈ 20 mW), 10 kS/s.
    static func steppedTrace(seed: UInt64, count: Int = 15_000) -> PowerTrace {
        var random = SplitMix(seed: seed)
        return makeTrace(count: count, periodNs: 100_000, startNs: 1_000_000_000) { k in
            let t = Double(k) * 1e-4
            let busy = (t >= 0.25 && t < 0.75) || (t >= 1.1 && t < 1.3)
            let noise = (0..<4).reduce(Float(0)) { sum, _ in sum + Float((random.next() as UInt64) % 1_000) } / 4
            return 2.0 + (busy ? 1.5 : 0) + (noise - 500) * 4e-5
        }
    }

    /// Window edges between samples (off the 100 µs grid), as GPIO capture or software timestamps give them.
    static let windows: [EnergyIntegrator.Window] = [
        .init(beginNs: 1_250_013_700, endNs: 1_750_042_100),
        .init(beginNs: 2_100_000_000, endNs: 2_300_077_700),
    ]

    static func buffered(_ trace: PowerTrace, subtract: Bool) -> EnergyReport {
        integrate(
            trace,
            with: EnergyIntegrator(
                windowSource: .explicit(windows, source: .softwareTimestamps), baselineNs: 80_000_000,
                subtractBaseline: subtract),
            chunk: 4_096)
    }

    static func streamed(_ trace: PowerTrace, capacity: Int = 1 << 19, chunk: Int = 4_096) -> EnergyLedger {
        var ledger = EnergyLedger(capacity: capacity)
        var start = 0
        while start < trace.count {
            let end = min(trace.count, start + chunk)
            ledger.feed(
                PowerChunk(
                    timing: .explicit(Array(trace.timesNs[start..<end])), watts: Array(trace.watts[start..<end])))
            start = end
        }
        return ledger
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func exactWhileEverySampleIsAMark(seed: UInt64) throws {
        let trace = Self.steppedTrace(seed: seed)
        let expected = Self.buffered(trace, subtract: true)
        var ledger = Self.streamed(trace)
        let report = ledger.report(
            windows: Self.windows, source: .softwareTimestamps, baselineNs: 80_000_000, subtractBaseline: true)
        #expect(report.windows.count == 2)
        #expect(report.windowSource == .softwareTimestamps)
        #expect(relativeError(report.trace.energyJ, expected.trace.energyJ) < 1e-12)
        #expect(report.trace.sampleCount == expected.trace.sampleCount)
        for (got, want) in zip(report.windows, expected.windows) {
            #expect(got.beginNs == want.beginNs && got.endNs == want.endNs)
            #expect(relativeError(got.grossEnergyJ, want.grossEnergyJ) < 1e-12)
            #expect(got.sampleCount == want.sampleCount)
            #expect(got.peakW == want.peakW)
            #expect(got.flags == want.flags && got.flags.isEmpty)
            #expect(got.edgeUncertaintyJ == nil)
            // The baseline spans differ by up to one checkpoint of the integrator (it averages whole intervals
            // from a checkpoint on); both are the idle power within the noise.
            let baseline = try #require(got.baselineW)
            #expect(abs(baseline - (try #require(want.baselineW))) < 0.002)
            #expect(abs(baseline - 2.0) < 0.002)
        }
        // The net energy is the 1.5 W step over each window.
        #expect(abs(report.windows[0].netEnergyJ - 1.5 * 0.5) < 0.002)
        #expect(abs(report.windows[1].netEnergyJ - 1.5 * 0.2) < 0.002)
    }

    @Test func uniformChunksGiveTheSameLedgerAsTimestamps() throws {
        let trace = Self.steppedTrace(seed: 7)
        for capacity in [1 << 19, 256] {
            var explicit = Self.streamed(trace, capacity: capacity)
            var uniform = EnergyLedger(capacity: capacity)
            var start = 0
            while start < trace.count {
                let end = min(trace.count, start + 1_000)
                Array(trace.watts[start..<end]).withUnsafeBufferPointer {
                    uniform.feed(startNs: trace.timesNs[start], periodNs: 100_000, watts: $0)
                }
                start = end
            }
            let a = explicit.report(windows: Self.windows, source: .gpioCapture, baselineNs: 80_000_000)
            let b = uniform.report(windows: Self.windows, source: .gpioCapture, baselineNs: 80_000_000)
            #expect(relativeError(a.trace.energyJ, b.trace.energyJ) < 1e-12)
            #expect(a.trace.sampleCount == b.trace.sampleCount && a.trace.sampleCount == trace.count)
            for (x, y) in zip(a.windows, b.windows) {
                #expect(relativeError(x.grossEnergyJ, y.grossEnergyJ) < 1e-9)
                #expect(x.sampleCount == y.sampleCount && x.flags == y.flags)
            }
        }
    }

    @Test func lostSamplesFlagTheWindowsTheyTouch() throws {
        // 40 samples lost inside the first window, none in the second.
        let trace = dropping(3_000..<3_040, from: Self.steppedTrace(seed: 4))
        let expected = Self.buffered(trace, subtract: false)
        var ledger = Self.streamed(trace)
        let report = ledger.report(windows: Self.windows, source: .gpioCapture)
        #expect(report.trace.lostSamples == 40 && report.trace.gapCount == 1)
        #expect(report.windows[0].lostSamples == 40 && report.windows[0].flags.contains(.lostSamples))
        #expect(report.windows[1].lostSamples == 0 && !report.windows[1].flags.contains(.lostSamples))
        #expect(report.windows[0].lostSamples == expected.windows[0].lostSamples)
        #expect(relativeError(report.windows[0].grossEnergyJ, expected.windows[0].grossEnergyJ) < 1e-12)
    }

    @Test func thinnedLedgerStaysWithinItsStatedBound() throws {
        // 15 000 samples into 256 marks: the spacing grows to hundreds of samples and the window edges fall inside
        // multi-sample intervals.
        let trace = Self.steppedTrace(seed: 5)
        let expected = Self.buffered(trace, subtract: false)
        var ledger = Self.streamed(trace, capacity: 256)
        #expect(ledger.markCount < 256)
        let report = ledger.report(windows: Self.windows, source: .softwareTimestamps)
        #expect(relativeError(report.trace.energyJ, expected.trace.energyJ) < 1e-12)
        for (got, want) in zip(report.windows, expected.windows) {
            let bound = try #require(got.edgeUncertaintyJ)
            #expect(got.flags.contains(.edgesInterpolated))
            #expect(abs(got.grossEnergyJ - want.grossEnergyJ) <= bound)
            #expect(bound < 0.03 * want.grossEnergyJ)
            #expect(got.peakW >= want.peakW)  // conservative inside thinned intervals
            #expect(abs(got.sampleCount - want.sampleCount) <= 1)
        }
    }

    /// A ledger sent elsewhere as checkpoints (a board's agent → the controller) and rebuilt gives the same report,
    /// thinned or not; the rebuilt one refuses checkpoints out of order.
    @Test(arguments: [256, 1 << 19])
    func checkpointsRebuildTheSameLedger(capacity: Int) throws {
        let trace = Self.steppedTrace(seed: 7)
        var original = Self.streamed(trace, capacity: capacity)
        let checkpoints = original.checkpoints()
        #expect(checkpoints.timesNs.count == original.markCount)
        var rebuilt = try EnergyLedger(checkpoints: checkpoints)
        let want = original.report(
            windows: Self.windows, source: .softwareTimestamps, baselineNs: 5_000_000, subtractBaseline: true)
        let got = rebuilt.report(
            windows: Self.windows, source: .softwareTimestamps, baselineNs: 5_000_000, subtractBaseline: true)
        #expect(got.windows.count == want.windows.count && !got.windows.isEmpty)
        for (a, b) in zip(got.windows, want.windows) {
            #expect(relativeError(a.netEnergyJ, b.netEnergyJ) < 1e-12)
            #expect(a.flags == b.flags && a.sampleCount == b.sampleCount && a.peakW == b.peakW)
            #expect(a.edgeUncertaintyJ.map { relativeError($0, b.edgeUncertaintyJ ?? 0) < 1e-9 } ?? true)
        }
        #expect(
            got.trace.sampleCount == want.trace.sampleCount && got.trace.samplePeriodNs == want.trace.samplePeriodNs)
        var swapped = checkpoints
        swapped.timesNs.swapAt(1, 2)
        #expect(throws: EnergyLedger.InvalidCheckpoints.self) { _ = try EnergyLedger(checkpoints: swapped) }
    }

    @Test func windowsOutsideTheCaptureAreFlagged() throws {
        let trace = Self.steppedTrace(seed: 6, count: 2_000)  // 1.0 s … 1.2 s
        var ledger = Self.streamed(trace)
        let report = ledger.report(
            windows: [
                .init(beginNs: 900_000_000, endNs: 1_100_000_000), .init(beginNs: 1_150_000_000, endNs: 1_400_000_000),
                .init(beginNs: 1_500_000_000, endNs: 1_600_000_000),
            ], source: .softwareTimestamps, baselineNs: 10_000_000, subtractBaseline: true)
        #expect(
            report.windows.map(\.flags) == [
                [.noBaseline, .windowOpenAtStart], [.windowNotClosed],
                [.noBaseline, .windowNotClosed, .noSamplesInWindow],
            ])
        #expect(report.windows[0].beginNs == 1_000_000_000 && report.windows[1].endNs == trace.timesNs.last)
        // The second window's baseline: the idle span after the first window ended.
        #expect(report.windows[1].baselineSpanNs == 10_000_000)
    }

    @Test func aSimulatedMeterStreamsIntoTheLedgerAsItsTraceIntegrates() async throws {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let now = Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
        let edges = [
            LogicEdge(timeNs: now + 40_000_000, level: true), LogicEdge(timeNs: now + 90_000_000, level: false),
        ]
        let configuration = SimulatedPowerMeter.Configuration(sampleRateHz: 20_000, noiseWatts: 0.01, seed: 3)
        let meter = SimulatedPowerMeter(configuration: configuration, edges: edges)
        let capture = try await EnergyCapture.start(meter: meter, ledger: EnergyLedger())
        try await Task.sleep(for: .milliseconds(150))
        let summary = try await capture.stop()
        let window = EnergyIntegrator.Window(beginNs: edges[0].timeNs, endNs: edges[1].timeNs)
        let report = capture.report(
            windows: [window], source: .gpioCapture, baselineNs: 30_000_000, subtractBaseline: true)
        #expect(summary.samples == report.trace.sampleCount && summary.samples > 2_000)
        // The same samples, buffered: the meter is deterministic for a given start, stop and edges.
        let trace = try meter.trace(fromNs: report.trace.firstSampleNs, toNs: report.trace.lastSampleNs)
        #expect(trace.count == summary.samples)
        var integrator = EnergyIntegrator(
            windowSource: .explicit([window], source: .gpioCapture), baselineNs: 30_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let expected = integrator.finish()
        #expect(relativeError(report.windows[0].grossEnergyJ, expected.windows[0].grossEnergyJ) < 1e-12)
        #expect(abs(report.windows[0].netEnergyJ - 1.5 * 0.05) < 0.0005)
    }
}
