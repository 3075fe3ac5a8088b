import Foundation
import HILBenchMeters
import HILBenchSimulators
import Testing

/// The spike filter after PPK2 range switches, checked against the community client that applies it, and the
/// simulator's range-switch transients it is there for.
@Suite("PPK2 spike filter and range-switch transients")
struct PPK2SpikeFilterTests {
    /// Frames for a current profile through the simulator's encoding: the most sensitive range that holds each
    /// current, with the transient the simulator adds after every range switch.
    static func frames(_ amps: [Double], calibration: PPK2Calibration, transient: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        var previous: (range: Int, amps: Double)?
        var left = 0
        var step = 0.0
        for (k, value) in amps.enumerated() {
            var code = calibration.code(forAmps: value, vddMillivolts: 3_300)!
            if let last = previous, last.range != code.range, transient {
                left = 2
                step = value - last.amps
            }
            previous = (code.range, value)
            if left > 0 {
                let reading = value + step / Double(1 << (2 - left))
                code.adc = calibration.code(forAmps: reading, vddMillivolts: 3_300, range: code.range)
                left -= 1
            }
            let frame = PPK2FrameDecoder.frame(adc: code.adc, range: code.range, counter: k & 63, logic: 0)
            withUnsafeBytes(of: frame.littleEndian) { bytes += $0 }
        }
        return bytes
    }

    /// 1 mA (range 1), 50 mA (range 2), 0.9 A (range 4), back to 1 mA: three range switches to smooth.
    static let profile: [Double] =
        Array(repeating: 0.001, count: 40) + Array(repeating: 0.050, count: 40) + Array(repeating: 0.900, count: 40)
        + (0..<80).map { 0.001 + 0.0001 * Double($0 % 7) }

    static func decode(_ bytes: [UInt8], _ filter: PPK2SpikeFilter?) -> [Float] {
        var decoder = PPK2FrameDecoder(calibration: .typical, vddMillivolts: 3_300, spikeFilter: filter)
        var watts: [Float] = []
        bytes.withUnsafeBytes { raw in decoder.decode(raw) { watts += Array($0.watts) } }
        return watts
    }

    @Test func decoderFilterEqualsPpk2Api() throws {
        let calibration = PPK2Calibration.typical
        let bytes = Self.frames(Self.profile, calibration: calibration, transient: true)
        let watts = Self.decode(bytes, .nordic)
        let unfiltered = Self.decode(bytes, nil)
        #expect(watts.count == Self.profile.count && unfiltered.count == watts.count)

        let simulator = try PPK2Simulator(load: SimulatedLoad(idleAmps: 0.001))
        defer { simulator.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ppk2-filter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let metadata = folder.appendingPathComponent("metadata.txt")
        let frames = folder.appendingPathComponent("frames.bin")
        try Data(calibration.metadataText.utf8).write(to: metadata)
        try Data(bytes).write(to: frames)
        let reply = try CommunityClient.run(
            "ppk2_api_filter.py", [simulator.devicePath, metadata.path, frames.path, "3300"])
        let microamps = try #require(reply["microamps"] as? [Double])
        try #require(microamps.count == watts.count)
        var smoothed = 0
        for k in microamps.indices {
            let ours = Double(watts[k]) / 3.3 * 1e6
            #expect(abs(ours - microamps[k]) <= 1e-5 * max(abs(microamps[k]), 1), "sample \(k)")
            if abs(unfiltered[k] - watts[k]) > 1e-3 * abs(unfiltered[k]) { smoothed += 1 }
        }
        // Three range switches, three smoothed samples each (fewer where the average happens to equal the reading).
        #expect((7...9).contains(smoothed))
    }

    /// Pulses whose edges switch ranges: the simulator's transients add charge the load never drew; the filter takes
    /// most of it out again (its moving average lags, so short windows keep a few per cent either way).
    @Test func filterReducesTheTransientCharge() throws {
        let calibration = PPK2Calibration.typical
        // 200 µs pulses of 80 mA on 0.5 mA, 50 of them: a window of 20 samples each, two range switches each.
        var profile: [Double] = []
        for _ in 0..<50 {
            profile += Array(repeating: 0.000_5, count: 30) + Array(repeating: 0.080, count: 20)
        }
        let expected = profile.reduce(0, +) * 3.3 * 10e-6  // J
        func energy(_ transient: Bool, _ filter: PPK2SpikeFilter?) -> Double {
            let bytes = Self.frames(profile, calibration: calibration, transient: transient)
            return Self.decode(bytes, filter).reduce(0) { $0 + Double($1) } * 10e-6
        }
        let ideal = energy(false, nil)
        let raw = energy(true, nil)
        let filtered = energy(true, .nordic)
        #expect(relativeError(ideal, expected) < 1e-3)  // one ADC code
        #expect(raw - expected > 0.05 * expected)  // the transients: +1 and +½ step per rising switch, −… per falling
        print(
            String(
                format: "PPK2 50 × 200 µs pulses: raw %+.2f%%, spike-filtered %+.2f%% of the load's energy",
                (raw / expected - 1) * 100, (filtered / expected - 1) * 100))
        #expect(abs(filtered - expected) < 0.75 * abs(raw - expected))
    }

    /// The simulator overshoots at the sample where a pulse switches the range (raw readings), not without
    /// transients, and the driver's default filter reports the moving average there instead.
    @Test(arguments: [false, true])
    func simulatorOvershootsAtARangeSwitch(withTransient: Bool) async throws {
        let load = SimulatedLoad(
            idleAmps: 0.000_5, pulses: [.init(startSeconds: 0.050_003, durationSeconds: 0.05, amps: 0.080)])
        let simulator = try PPK2Simulator(load: load, transient: withTransient ? .typical : .none)
        defer { simulator.stop() }
        func capture(_ filter: PPK2SpikeFilter?) async throws -> PowerTrace {
            let meter = PPK2PowerMeter(
                configuration: .init(
                    devicePath: simulator.devicePath, millivolts: 3_300, readTimeoutMs: 1_000, metadataTimeoutMs: 3_000,
                    spikeFilter: filter))
            let meterRecording = try await TraceRecorder.start(meter)
            // The count restarts at AverageStart; wait for that, then for the pulse and some samples after it.
            for _ in 0..<400 where simulator.samplesSent >= 12_000 { try await Task.sleep(for: .milliseconds(5)) }
            for _ in 0..<2_000 where simulator.samplesSent < 12_000 { try await Task.sleep(for: .milliseconds(5)) }
            return try await meterRecording.stop()
        }
        let raw = try await capture(nil)
        let rise = try #require(raw.logic.firstIndex { $0 & 1 == 1 })
        let pulseWatts = 0.080 * 3.3
        let first = Double(raw.watts[rise])
        let settled = Double(raw.watts[rise + 5])
        #expect(abs(settled - pulseWatts) < 0.001 * pulseWatts)
        if withTransient {
            // +1 step, then +½ step (step = 79.5 mA), in the pulse's range (the first one saturates its ADC).
            let calibration = PPK2Calibration.typical
            let range = try #require(calibration.code(forAmps: 0.080, vddMillivolts: 3_300)).range
            let overshoot = calibration.code(forAmps: 0.080 + 0.0795, vddMillivolts: 3_300, range: range)
            let expected = calibration.amps(adc: overshoot, range: range, vddMillivolts: 3_300) * 3.3
            #expect(abs(first - expected) < 0.01 * pulseWatts && first > 1.5 * pulseWatts)
            #expect(abs(Double(raw.watts[rise + 1]) - (0.080 + 0.0795 / 2) * 3.3) < 0.01 * pulseWatts)
            let filtered = try await capture(.nordic)
            let filteredRise = try #require(filtered.logic.firstIndex { $0 & 1 == 1 })
            // The app's moving average (α 0.18) from the idle level: well below the overshoot.
            #expect(Double(filtered.watts[filteredRise]) < 0.5 * pulseWatts)
        } else {
            #expect(abs(first - pulseWatts) < 0.001 * pulseWatts)
        }
    }
}
