import HILBenchMeters
import Testing

/// Per-inference windows through the glitch filter, on a known trace: 1 MS/s, 100 inferences of 40 µs at 3.5 W with
/// 10 µs of 2 W idle between them, after 20 ms of idle holding 7 logic spikes of 3 µs; 5 windows hold a 2 µs logic
/// dropout (the power stays up: only the marker line glitches).
@Suite struct PerInferenceGlitchFilterTests {
    static let inferences = 100, spikes = 7, dropouts = 5
    static let firstWindowSample = 20_000, highSamples = 40, lowSamples = 10

    static func trace() -> PowerTrace {
        let count = firstWindowSample + inferences * (highSamples + lowSamples) + 5_000
        var watts = [Float](repeating: 2.0, count: count)
        var logic = [UInt8](repeating: 0, count: count)
        for spike in 0..<spikes {
            for k in 0..<3 { logic[2_000 + spike * 2_000 + k] = 1 }
        }
        for inference in 0..<inferences {
            let start = firstWindowSample + inference * (highSamples + lowSamples)
            for k in start..<(start + highSamples) {
                watts[k] = 3.5
                logic[k] = 1
            }
            if inference % 20 == 7 {
                logic[start + 17] = 0
                logic[start + 18] = 0
            }
        }
        return PowerTrace(timesNs: (0..<count).map { Int64($0) * 1_000 }, watts: watts, logic: logic)
    }

    static func integrate(minPulseNs: Int64) -> EnergyReport {
        var integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: minPulseNs, baselineNs: 10_000_000,
            subtractBaseline: true, baselinePlacement: .beforeFirstWindow, expectedPeriodNs: 1_000)
        integrator.feed(trace())
        return integrator.finish()
    }

    @Test func aFilterBetweenTheGlitchesAndTheGapsKeepsOneWindowPerInference() {
        // 5 µs: longer than the 3 µs spikes and 2 µs dropouts, shorter than the 10 µs gaps between inferences.
        let report = Self.integrate(minPulseNs: 5_000)
        #expect(report.windows.count == Self.inferences)
        #expect(report.trace.glitchesFiltered == Self.spikes + Self.dropouts)
        #expect(report.windows.allSatisfy { $0.durationNs == 40_000 })
        // Each window: edges halfway between samples, so 39 µs at 3.5 W plus two half-µs ramps from 2.75 W; minus 2 W idle.
        let expected = (3.5 * 39 + 2 * 0.5 * (2.75 + 3.5) / 2 - 2.0 * 40) * 1e-6
        for window in report.windows {
            #expect(abs(window.netEnergyJ - expected) < 1e-12, "window \(window.index): \(window.netEnergyJ) J")
        }
        #expect(report.windows.allSatisfy { $0.baselineW == 2.0 })
        #expect(report.windows.first?.beginNs == Int64(Self.firstWindowSample) * 1_000 - 500)
    }

    @Test func withoutAFilterEveryGlitchIsAWindow() {
        let report = Self.integrate(minPulseNs: 0)
        // Each spike is a window; each dropout splits its inference's window in two.
        #expect(report.windows.count == Self.inferences + Self.spikes + Self.dropouts)
        #expect(report.trace.glitchesFiltered == 0)
    }

    @Test func aFilterLongerThanTheGapsMergesTheInferencesIntoOneWindow() {
        // 15 µs: the 99 gaps of 10 µs are filtered too, so the marker never seems to fall between inferences.
        let report = Self.integrate(minPulseNs: 15_000)
        #expect(report.windows.count == 1)
        #expect(report.trace.glitchesFiltered == Self.spikes + Self.dropouts + Self.inferences - 1)
        #expect(report.windows.first?.durationNs == Int64(Self.inferences * 50 - 10) * 1_000)
    }
}
