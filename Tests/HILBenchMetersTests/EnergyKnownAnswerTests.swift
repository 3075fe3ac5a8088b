import HILBenchMeters
import HILBenchTesting
import Testing

@Suite("Energy: known answers")
struct EnergyKnownAnswerTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        var activeSeconds: Double
        var iterations: Int
        var seed: UInt64
        var testDescription: String { "T=\(activeSeconds) s, N=\(iterations), seed \(seed)" }
    }

    /// Idle 2 W, +1.5 W for exactly T seconds inside the marker window, σ = 20 mW, 10 kS/s: the energy per
    /// inference comes back within 0.5 % of 1.5 W × T / N.
    @Test(arguments: [
        Scenario(activeSeconds: 1.0, iterations: 100, seed: 1),
        Scenario(activeSeconds: 0.25, iterations: 40, seed: 2),
        Scenario(activeSeconds: 2.5, iterations: 1_000, seed: 3),
    ])
    func simulatedTraceRecoversInjectedEnergy(_ scenario: Scenario) throws {
        // Given: edges that fall between sample instants (37 µs and 81 µs past a sample).
        let start: Int64 = 5_000_000_000
        let rise = start + 300_000_000 + 37_000
        let fall = rise + Int64(scenario.activeSeconds * 1e9)
        let configuration = SimulatedPowerMeter.Configuration(
            sampleRateHz: 10_000, idleWatts: 2.0, activeWatts: 1.5, noiseWatts: 0.02, seed: scenario.seed)
        let meter = SimulatedPowerMeter(
            configuration: configuration,
            edges: [LogicEdge(timeNs: rise, level: true), LogicEdge(timeNs: fall, level: false)])
        let trace = try meter.trace(fromNs: start, toNs: fall + 200_000_000)

        // When
        var integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 200_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let report = integrator.finish()
        let perInference = report.perInference(iterations: scenario.iterations)

        // Then
        let window = try #require(report.windows.first)
        #expect(report.windows.count == 1)
        #expect(report.flags.isEmpty)
        #expect(abs(window.durationNs - (fall - rise)) <= 100_000)
        #expect(abs(try #require(window.baselineW) - 2.0) < 0.005)
        let injectedMilliJ = 1.5 * scenario.activeSeconds / Double(scenario.iterations) * 1e3
        #expect(relativeError(perInference.energyPerInferenceMilliJ, injectedMilliJ) < 0.005)
        #expect(abs(perInference.averageW - 3.5) < 0.01)
        #expect(perInference.peakW > 3.5 && perInference.peakW < 3.7)
        #expect(perInference.isNet)
        #expect(perInference.windowSource == .meterLogic)
    }

    /// The benchmark's known-answer figure holds: noisy, jittered traces recovered within 0.5%, every trace that lost
    /// samples inside its window flagged.
    @Test func theBenchmarksKnownAnswersHold() {
        let known = EnergyBenchmarks.knownAnswers()
        #expect(known.recovered == 20 && known.damaged == 10)
        #expect(known.worstRelativeError < 0.005, "worst \(known.worstRelativeError)")
        #expect(
            known.worstRelativeError > 0, "a noisy trace recovered exactly means the noise did not reach the integrator"
        )
        #expect(known.damagedFlagged == known.damaged)
    }

    /// A constant power integrates exactly, whatever the (jittered) sample instants and window edges.
    @Test(arguments: [Float(1.7), Float(0.003), Float(12.25)])
    func constantPowerIsExact(_ watts: Float) {
        var generator = SplitMix(seed: 42)
        var trace = PowerTrace()
        var t: Int64 = 7_000_000_000
        for _ in 0..<200_000 {
            trace.append(timeNs: t, watts: watts, logic: 0)
            t += 90_000 + Int64((generator.next() as UInt64) % 20_001)  // 90…110 µs
        }
        let begin = trace.timesNs[1_000] + 12_345
        let end = trace.timesNs[190_000] - 54_321
        let integrator = EnergyIntegrator(
            windowSource: .explicit([.init(beginNs: begin, endNs: end)]), expectedPeriodNs: 100_000)

        let report = integrate(trace, with: integrator, chunk: 1 << 20)

        let expected = Double(watts) * Double(end - begin) * 1e-9
        #expect(relativeError(report.windows[0].grossEnergyJ, expected) < 1e-9)
        #expect(
            report.windows[0].averageW == Double(watts)
                || relativeError(report.windows[0].averageW, Double(watts)) < 1e-12)
        #expect(report.flags.isEmpty)
    }

    /// The trapezoid rule is exact on a ramp, including the interpolated partial intervals at both edges.
    @Test func rampIsExact() {
        // P(t) = 1 W + 0.25 W per µs, sampled every µs (values exact in Float32).
        let trace = makeTrace(count: 1_001, periodNs: 1_000, startNs: 0, watts: { 1 + Float($0) * 0.25 })
        let begin: Int64 = 1_500
        let end: Int64 = 7_250
        let integrator = EnergyIntegrator(windowSource: .explicit([.init(beginNs: begin, endNs: end)]))

        let report = integrate(trace, with: integrator, chunk: 4_096)

        func antiderivative(_ t: Int64) -> Double { Double(t) + 0.125 * Double(t) * Double(t) / 1_000 }  // W·ns
        let expected = (antiderivative(end) - antiderivative(begin)) * 1e-9
        let window = report.windows[0]
        #expect(relativeError(window.grossEnergyJ, expected) < 1e-12)
        #expect(window.sampleCount == 6)  // 2, 3, 4, 5, 6, 7 µs
        #expect(window.peakW == 1 + 7.25 * 0.25)  // the interpolated value at the window's end
    }

    /// A window edge between two samples takes the interpolated power at the edge.
    @Test func partialSampleEdgesAreInterpolated() {
        // 2 W at t = 0, 4 W at t = 100 ns, 4 W at t = 200 ns; window [25, 150).
        let trace = PowerTrace(timesNs: [0, 100, 200], watts: [2, 4, 4], logic: [0, 0, 0])
        var integrator = EnergyIntegrator(
            windowSource: .explicit([.init(beginNs: 25, endNs: 150)]), expectedPeriodNs: 100)
        integrator.feed(trace)
        let window = integrator.finish().windows[0]

        // [25, 100]: 75 ns × (2.5 W + 4 W) / 2; [100, 150]: 50 ns × 4 W.
        let expectedWattNs: Double = 75 * 3.25 + 50 * 4
        #expect(window.grossEnergyJ == expectedWattNs / 1e9)
        #expect(window.sampleCount == 1)
        #expect(window.beginNs == 25 && window.endNs == 150)
    }
}

/// Seeded fixtures.
typealias SplitMix = SeededGenerator
