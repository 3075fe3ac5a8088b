import Foundation
import HILBenchController
import HILBenchCore
import HILBenchMeters
import HILBenchTesting
import Testing

/// What `MeteredEnergy` says when per-inference windows were asked and did not come out one per inference: a runner
/// that could not toggle (fallback to one window per run), and windows merged by the glitch filter (count mismatch).
@Suite(.serialized, .timeLimit(.minutes(1)))
struct PerInferenceFlagsTests {
    static func nowNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// Runs a simulated 100 kS/s meter over marker pulses written to its wire: `(offset from start, length)` in µs.
    static func measure(
        pulsesUs: [(Int64, Int64)], result: CaseResult, minPulseNs: Int64,
        asked: SuiteConfig.Energy.Windows
    ) async throws -> CaseResult.Energy {
        let scratch = try Scratch("flags")
        let wire = scratch.path + "/marker.edges"
        let meter = SimulatedPowerMeter(
            configuration: .init(sampleRateHz: 100_000, idleWatts: 2, activeWatts: 1.5, noiseWatts: 0, wirePath: wire))
        let energy = MeteredEnergy(
            meter: meter, wirePath: wire, idleBaselineMs: 30, subtractBaseline: true, minPulseNs: minPulseNs,
            windowsAsked: asked)
        try await energy.start()
        let origin = nowNs() + 40_000_000
        let lines = pulsesUs.map { "\(origin + $0.0 * 1_000) 1\n\(origin + ($0.0 + $0.1) * 1_000) 0\n" }.joined()
        try lines.write(toFile: wire, atomically: false, encoding: .utf8)
        let end = origin + (pulsesUs.map { $0.0 + $0.1 }.max() ?? 0) * 1_000
        while nowNs() < end + 5_000_000 { try await Task.sleep(for: .milliseconds(5)) }
        return try #require(try await energy.stop(for: result))
    }

    static func result(iterations: Int, windows: String, note: String? = nil) -> CaseResult {
        var result = CaseResult(
            key: CaseKey(target: "b", model: "m", runtime: .onnxruntime, precision: .fp32, threads: 1, batch: 1),
            status: .ok,
            latenciesNs: [Int64](repeating: 1_000_000, count: iterations))
        result.markerWindows = windows
        result.markerNote = note
        return result
    }

    @Test func aRunnerThatCannotToggleFallsBackToOneWindowAndSaysSo() async throws {
        let note =
            "per-inference windows asked, but the fake runner cannot toggle the marker (no 'marker_wire' in its hello); one window around the whole run instead"
        let energy = try await Self.measure(
            pulsesUs: [(0, 20_000)], result: Self.result(iterations: 10, windows: "per_run", note: note),
            minPulseNs: 0, asked: .perInference)
        #expect(energy.windows == "per_run")
        #expect(energy.windowCount == 1)
        #expect(energy.flags.contains(MeteredEnergy.perInferenceFallbackFlag))
        #expect(!energy.flags.contains(MeteredEnergy.windowCountMismatchFlag))
        #expect(energy.note == note)
        #expect(energy.perWindow == nil)
    }

    /// Ten 1 ms inferences 50 µs apart.
    static let inferences: [(Int64, Int64)] = (0..<10).map { (Int64($0) * 1_050, 1_000) }

    @Test func aGlitchFilterLongerThanTheGapsMergesTheWindowsAndTheMismatchIsFlagged() async throws {
        let energy = try await Self.measure(
            pulsesUs: Self.inferences, result: Self.result(iterations: 10, windows: "per_inference"),
            minPulseNs: 100_000, asked: .perInference)
        #expect(energy.windows == "per_inference")
        #expect(energy.windowCount == 1)
        #expect(energy.glitchesFiltered == 9)
        #expect(energy.flags.contains(MeteredEnergy.windowCountMismatchFlag))
        #expect(energy.flags.contains(MeteredEnergy.glitchesFilteredFlag))
        #expect(
            energy.note
                == "1 marker windows for 10 expected (10 iterations, one window per inference); the glitch filter ignored 9 pulses shorter than 100 µs"
        )
    }

    @Test func aGlitchFilterShorterThanTheGapsKeepsOneWindowPerInference() async throws {
        let energy = try await Self.measure(
            pulsesUs: Self.inferences, result: Self.result(iterations: 10, windows: "per_inference"),
            minPulseNs: 20_000, asked: .perInference)
        #expect(energy.windowCount == 10)
        #expect(energy.glitchesFiltered == 0)
        #expect(energy.flags.isEmpty, "\(energy.flags) \(energy.note ?? "")")
        #expect(energy.note == nil)
        let spread = try #require(energy.perWindow)
        #expect(spread.count == 10)
        // 1.5 W × 1 ms, less 1.5 W × 10 µs / 4 at the two edges (halfway up the interpolated step); no noise.
        #expect(abs(spread.mean - 1.49625) < 1e-6, "\(spread.mean)")
        #expect(spread.stdev < 1e-6)
    }
}
