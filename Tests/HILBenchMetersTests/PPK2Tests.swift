import Foundation
import HILBenchMeters
import HILBenchSimulators
import Testing

@Suite("PPK2: protocol, decoder, driver against the pseudo-terminal simulator", .timeLimit(.minutes(1)))
struct PPK2Tests {
    // MARK: Protocol (pure)

    @Test func calibrationFormulaMatchesNordicWorkedExample() throws {
        // Reference: typical metadata, range 0, ADC field 500, VDD 3741 mV → 20.738 µA.
        let calibration = try PPK2Calibration.parse(metadata: PPK2Calibration.typical.metadataText).get()
        #expect(calibration == PPK2Calibration.typical)
        let microamps = calibration.amps(adc: 500, range: 0, vddMillivolts: 3_741) * 1e6
        #expect(abs(microamps - 20.738) < 0.001)
    }

    @Test func metadataParsingIsLenientAndFallsBackToDefaults() throws {
        let text = "calibrated: 1\nR0: 0\nR1: 99.5\ngs2: -nan\nO3: 12.5\nVDD: 3300\nUnknown: x\nEND\n"
        let calibration = try PPK2Calibration.parse(metadata: text).get()
        #expect(calibration.r == [1031.64, 99.5, 10.15, 0.94, 0.043])  // R0 = 0 ignored
        #expect(calibration.gs == [1, 1, 1, 1, 1])
        #expect(calibration.o == [0, 0, 0, 12.5, 0])
        #expect(calibration.vddMillivolts == 3_300 && calibration.calibrated == 1)
        guard case .failure(let failure) = PPK2Calibration.parse(metadata: "R0: abc\nEND") else {
            Issue.record("a non-numeric value must fail")
            return
        }
        #expect(failure.line == "R0: abc")
    }

    @Test func frameLayoutAndCommandBytes() {
        let frame = PPK2FrameDecoder.frame(adc: 1_000, range: 2, counter: 5, logic: 0b0000_0001)
        #expect(frame == 0x0114_83E8)
        #expect(withUnsafeBytes(of: frame.littleEndian) { Array($0) } == [0xE8, 0x83, 0x14, 0x01])
        #expect(PPK2Command.setSourceVoltage(millivolts: 3_300) == [0x0D, 0x0C, 0xE4])
        #expect(PPK2Command.setPowerMode(sourceMeter: true) == [0x11, 2])
        #expect(PPK2Command.deviceRunning(true) == [0x0C, 1])
    }

    @Test(arguments: [0.0, 3.2e-6, 45e-6, 1.7e-3, 0.085, 0.9])
    func encodingInvertsTheFormula(amps: Double) throws {
        let calibration = PPK2Calibration.typical
        let code = try #require(calibration.code(forAmps: amps, vddMillivolts: 3_300))
        let back = calibration.amps(adc: code.adc, range: code.range, vddMillivolts: 3_300)
        // Within one ADC step of the range chosen.
        let step = abs(calibration.amps(adc: code.adc + 1, range: code.range, vddMillivolts: 3_300) - back)
        #expect(abs(back - amps) <= step * 0.51 + 1e-12)
    }

    /// Frames with a counter gap, 5 garbage bytes and a truncated frame, split at awkward read boundaries.
    @Test(arguments: [1, 3, 7, 4_096])
    func decoderCountsGapsAndResynchronises(readSize: Int) {
        var bytes: [UInt8] = []
        var counter = 0
        func add(_ n: Int, logic: UInt8 = 0) {
            for _ in 0..<n {
                let frame = PPK2FrameDecoder.frame(adc: 2_000, range: 1, counter: counter, logic: logic)
                withUnsafeBytes(of: frame.littleEndian) { bytes += $0 }
                counter = (counter + 1) & 63
            }
        }
        add(100)
        counter = (counter + 7) & 63  // 7 samples lost
        add(100, logic: 1)
        bytes += [0xFF, 0xFF, 0xFF, 0xFF, 0xFE]  // garbage, nothing lost
        add(100)
        let partial = PPK2FrameDecoder.frame(adc: 1, range: 0, counter: counter, logic: 0)
        withUnsafeBytes(of: partial.littleEndian) { bytes += $0.prefix(2) }  // truncated: one sample lost
        counter = (counter + 1) & 63
        add(100)

        var decoder = PPK2FrameDecoder(calibration: .typical, vddMillivolts: 3_300)
        var indices: [Int64] = []
        var logic: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + readSize)
            bytes[start..<end].withUnsafeBytes { raw in
                decoder.decode(raw) { run in
                    for k in 0..<run.watts.count { indices.append(run.firstIndex + Int64(k)) }
                    logic += run.logic
                }
            }
            start = end
        }
        #expect(decoder.samples == 400)
        #expect(decoder.lostSamples == 8)
        #expect(decoder.gaps == 2)
        #expect(decoder.discardedBytes == 7)
        #expect(decoder.resynchronizations == 2)
        #expect(indices.count == 400)
        #expect(indices[99] == 99 && indices[100] == 107 && indices[299] == 306 && indices[300] == 308)
        #expect(logic[100] == 1 && logic[199] == 1 && logic[200] == 0)
    }

    // MARK: Driver ↔ simulator

    static func config(
        _ simulator: PPK2Simulator, readTimeoutMs: Int32 = 1_000, metadataTimeoutMs: Int32 = 3_000
    ) -> PPK2PowerMeter.Configuration {
        PPK2PowerMeter.Configuration(
            devicePath: simulator.devicePath, millivolts: 3_300, readTimeoutMs: readTimeoutMs,
            metadataTimeoutMs: metadataTimeoutMs)
    }

    /// Known answer: 5 mA idle, two 40 mA pulses (60 ms and 35 ms, marker on D0) with 0.2 mA noise, 3.3 V.
    /// Net energy per window = (40 − 5) mA × 3.3 V × T within 0.5 %.
    @Test func streamingCaptureRecoversInjectedEnergy() async throws {
        let load = SimulatedLoad(
            idleAmps: 0.005,
            pulses: [
                .init(startSeconds: 0.100_003, durationSeconds: 0.060, amps: 0.040),
                .init(startSeconds: 0.220_007, durationSeconds: 0.035, amps: 0.040),
            ], noiseAmps: 0.000_2, seed: 3)
        let simulator = try PPK2Simulator(load: load)
        defer { simulator.stop() }
        let meter = PPK2PowerMeter(configuration: Self.config(simulator))
        let capture = try await EnergyCapture.start(
            meter: meter,
            integrator: EnergyIntegrator(
                windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 50_000_000, subtractBaseline: true,
                expectedPeriodNs: 10_000))
        try await waitFor(samples: 30_000, simulator)
        let result = try await capture.finish()

        #expect(
            simulator.commands.prefix(6).map { $0 } == [
                [0x07], [0x19], [0x0D, 0x0C, 0xE4], [0x11, 2], [0x0C, 1], [0x06],
            ])
        for _ in 0..<100 where simulator.commands.last != [0x07] { try await Task.sleep(for: .milliseconds(5)) }
        #expect(simulator.commands.last == [0x07])
        #expect(result.summary.lostSamples == 0 && result.summary.discardedBytes == 0)
        #expect(result.report.windows.count == 2)
        for (window, seconds) in zip(result.report.windows, [0.060, 0.035]) {
            #expect(window.flags.isEmpty)
            #expect(abs(window.durationSeconds - seconds) < 20e-6)
            #expect(relativeError(window.netEnergyJ, 0.035 * 3.3 * seconds) < 0.005)
            #expect(abs(try #require(window.baselineW) - 0.005 * 3.3) < 0.0005)
        }
        #expect(result.report.trace.samplePeriodNs == 10_000)
    }

    @Test func counterGapsInsideAWindowFlagItAndKeepTime() async throws {
        let load = SimulatedLoad(
            idleAmps: 0.002, pulses: [.init(startSeconds: 0.05, durationSeconds: 0.08, amps: 0.03)])
        let simulator = try PPK2Simulator(
            load: load,
            faults: .init(
                counterGaps: [9_000: 12], garbage: [3_000: [0xAA, 0xBB, 0xCC]], truncatedFrames: [11_000]))
        defer { simulator.stop() }
        let meter = PPK2PowerMeter(configuration: Self.config(simulator))
        let meterRecording = try await TraceRecorder.start(meter)
        try await waitFor(samples: 16_000, simulator)
        let trace = try await meterRecording.stop()

        var integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), baselineNs: 20_000_000, subtractBaseline: true,
            expectedPeriodNs: 10_000)
        integrator.feed(trace)
        let report = integrator.finish()
        let window = try #require(report.windows.first)
        // 12 samples dropped by the meter, and the truncated frame at 11 000 (skipped on resynchronisation).
        #expect(window.lostSamples == 13 && window.gapCount == 2)
        #expect(window.flags == [.lostSamples])
        // Time is kept across the gaps: the window still lasts 80 ms, and the straight line across flat
        // samples loses no energy.
        #expect(abs(window.durationSeconds - 0.08) < 20e-6)
        #expect(relativeError(window.netEnergyJ, 0.028 * 3.3 * 0.08) < 0.005)
        // Garbage before sample 3000 is skipped without losing a sample.
        #expect(trace.timesNs[3_000] - trace.timesNs[2_999] == 10_000)
        #expect(trace.timesNs.first == 0)
    }

    @Test func garbageBeyondToleranceFailsWithContext() async throws {
        let noise = (0..<3_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) | 0x80 }
        let simulator = try PPK2Simulator(load: SimulatedLoad(idleAmps: 0.01), faults: .init(garbage: [500: noise]))
        defer { simulator.stop() }
        let meter = PPK2PowerMeter(configuration: Self.config(simulator))
        try await meter.startStreaming { _ in }
        try await waitFor(samples: 3_000, simulator)
        let error = await #expect(throws: MeterError.self) { _ = try await meter.stopStreaming() }
        #expect(error?.code == .protocolViolation)
        #expect(error?.address == simulator.devicePath)
        #expect(error?.expected == "4-byte sample frames with range ≤ 4 and consecutive 6-bit counters")
        #expect(error?.received?.hasPrefix("'\\x87\\x8A\\x8D") == true)
        #expect(error?.description.hasPrefix("protocolViolation: the PPK2 stream does not decode: ") == true)
        #expect(error?.description.contains("[meter PPK2 at \(simulator.devicePath)]") == true)
    }

    @Test func meterThatStopsAnsweringTimesOut() async throws {
        let simulator = try PPK2Simulator(
            load: SimulatedLoad(idleAmps: 0.01), faults: .init(stopAnsweringAfterSamples: 2_000))
        defer { simulator.stop() }
        let meter = PPK2PowerMeter(configuration: Self.config(simulator, readTimeoutMs: 200))
        try await meter.startStreaming { _ in }
        try await Task.sleep(for: .milliseconds(400))
        let error = await #expect(throws: MeterError.self) { _ = try await meter.stopStreaming() }
        #expect(error?.code == .timeout)
        #expect(error?.message == "the PPK2 stopped sending samples after 2000 samples: nothing for 200 ms")
        #expect(error?.expected == "a 4-byte sample frame every 10 µs")
        #expect(error?.address == simulator.devicePath)
    }

    @Test func missingOrTruncatedMetadataIsATimeout() async throws {
        let silent = try PPK2Simulator(load: SimulatedLoad(idleAmps: 0), faults: .init(ignoreMetadataRequest: true))
        defer { silent.stop() }
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(
                PPK2PowerMeter(configuration: Self.config(silent, metadataTimeoutMs: 500)))
        }
        #expect(error?.code == .timeout)
        #expect(error?.message == "no answer to the metadata request (0x19) within 500 ms; is this a PPK2's data port?")
        #expect(error?.received == nil)

        let cut = try PPK2Simulator(load: SimulatedLoad(idleAmps: 0), faults: .init(truncateMetadata: true))
        defer { cut.stop() }
        let truncated = await #expect(throws: MeterError.self) {
            _ = try await PPK2PowerMeter(configuration: Self.config(cut, metadataTimeoutMs: 1_500)).readCalibration()
        }
        #expect(truncated?.message == "the metadata reply stopped before END (truncated)")
        #expect(truncated?.expected == "calibration text ending in END")
        #expect(truncated?.received?.hasPrefix("'Calibrated: 0\\nR0: 1003.3506\\nR1:") == true)
    }

    @Test func missingDeviceNamesThePath() async {
        let meter = PPK2PowerMeter(configuration: .init(devicePath: "/dev/nonexistent-ppk2"))
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
        #expect(error?.code == .connection)
        #expect(
            error?.description.hasPrefix("connection: cannot open the serial device: No such file or directory") == true
        )
        #expect(error?.address == "/dev/nonexistent-ppk2")
    }

    func waitFor(samples: Int, _ simulator: PPK2Simulator) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while simulator.samplesSent < samples, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        try await Task.sleep(for: .milliseconds(30))
    }

    /// The community client ppk2-api (PyPI), unmodified, reads the simulator's metadata, powers the DUT, measures
    /// and decodes currents and the marker bit as the load declares them.
    @Test func ppk2ApiMeasuresTheSimulator() async throws {
        let load = SimulatedLoad(idleAmps: 0.001, pulses: [.init(startSeconds: 0.2, durationSeconds: 0.2, amps: 0.050)])
        let simulator = try PPK2Simulator(load: load)
        defer { simulator.stop() }
        let reply = try CommunityClient.run("ppk2_api_measure.py", [simulator.devicePath, "50000"])
        #expect(reply["calibrated"] as? Bool == true)
        #expect(reply["samples"] as? Int == 50_000)
        #expect(abs((reply["high_samples"] as? Int ?? 0) - 20_000) <= 200)
        #expect(relativeError(reply["idle_ua"] as? Double ?? 0, 1_000) < 0.01)
        #expect(relativeError(reply["busy_ua"] as? Double ?? 0, 50_000) < 0.01)
    }

    /// A stream left running by an earlier host (AverageStart, never stopped) is stopped and drained before the
    /// metadata request, so neither the calibration nor the new capture sees its stale samples.
    @Test func aStreamLeftRunningIsStoppedBeforeTheMetadata() async throws {
        let simulator = try PPK2Simulator(load: SimulatedLoad(idleAmps: 0.002))
        defer { simulator.stop() }
        let earlier = try #require(FileHandle(forUpdatingAtPath: simulator.devicePath))
        try earlier.write(contentsOf: [0x06])
        try await waitFor(samples: 20_000, simulator)
        try earlier.close()
        let meter = PPK2PowerMeter(configuration: Self.config(simulator))
        let meterRecording = try await TraceRecorder.start(meter)
        // The simulator counts from each AverageStart: wait until it has seen this capture's.
        for _ in 0..<400 where simulator.commands.filter({ $0 == [0x06] }).count < 2 {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await waitFor(samples: 10_000, simulator)
        let trace = try await meterRecording.stop()
        let sentThisCapture = simulator.samplesSent
        #expect(simulator.commands.prefix(3).map { $0 } == [[0x06], [0x07], [0x19]])
        // Only what was sent after this capture's AverageStart, not the ≥ 20 000 stale samples before it.
        #expect(
            trace.count >= 5_000 && trace.count <= sentThisCapture, "\(trace.count) samples, \(sentThisCapture) sent")
        #expect(trace.watts.allSatisfy { abs($0 - 0.002 * 3.3) < 0.000_1 })
    }

    /// UG is a gain trim near 1 per range; a calibration with one far from it is refused rather than scaling currents.
    @Test func implausibleGainsAreRefused() async throws {
        var calibration = PPK2Calibration.typical
        calibration.ug[2] = 5
        let simulator = try PPK2Simulator(load: SimulatedLoad(idleAmps: 0.002), calibration: calibration)
        defer { simulator.stop() }
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(PPK2PowerMeter(configuration: Self.config(simulator)))
        }
        #expect(error?.code == .protocolViolation)
        #expect(error?.message == "the calibration's UG2 = 5.0 is outside 0.5–2")
    }
}
