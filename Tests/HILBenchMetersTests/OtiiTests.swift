import Foundation
import HILBenchMeters
import Testing

@Suite("Otii: TCP JSON client against the simulator", .timeLimit(.minutes(1)))
struct OtiiTests {
    static func configuration(_ simulator: OtiiSimulator, timeoutMs: Int32 = 300) -> OtiiPowerMeter.Configuration {
        .init(host: "127.0.0.1", port: simulator.port, timeoutMs: timeoutMs, chunkValues: 1_000)
    }

    /// Known answer: 1 mA idle, 51 mA for 120 ms at 3.3 V with 0.3 mA noise, 10 kS/s, marker on i1
    /// → net energy 50 mA × 3.3 V × 0.12 s within 0.5 %, fetched in 1 000-value chunks.
    @Test func recordingRecoversInjectedEnergy() async throws {
        let load = SimulatedLoad(idleAmps: 0.001, pulses: [.init(startSeconds: 0.090_03, durationSeconds: 0.120, amps: 0.051)],
                                 noiseAmps: 0.000_3, seed: 4)
        let simulator = try OtiiSimulator(behaviour: .init(load: load, volts: 3.3))
        defer { simulator.stop() }
        let meter = OtiiPowerMeter(configuration: Self.configuration(simulator))
        let capture = try await EnergyCapture.start(meter: meter, integrator: EnergyIntegrator(
            windowSource: .logic(bit: 0), baselineNs: 50_000_000, subtractBaseline: true))
        try await Task.sleep(for: .milliseconds(300))
        let result = try await capture.finish()

        #expect(simulator.commands.prefix(7) == [
            "otii_get_devices", "arc_enable_channel", "arc_enable_channel", "arc_enable_channel", "otii_get_active_project",
            "project_start_recording", "project_stop_recording",
        ])
        #expect(simulator.commands.contains("recording_get_channel_data"))
        #expect(result.summary.samples >= 2_900)
        #expect(result.summary.meter.sampleRateHz == 10_000)
        let window = try #require(result.report.windows.first)
        #expect(result.report.windows.count == 1)
        #expect(window.flags.isEmpty)
        #expect(abs(window.durationSeconds - 0.120) < 150e-6)
        #expect(relativeError(window.netEnergyJ, 0.050 * 3.3 * 0.120) < 0.005)
    }

    @Test func noDeviceListsWhatTheServerHas() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0), devices: ["fire"]))
        defer { simulator.stop() }
        var configuration = Self.configuration(simulator)
        configuration.device = "ice"
        let error = await #expect(throws: MeterError.self) { try await OtiiPowerMeter(configuration: configuration).start() }
        #expect(error?.code == .configuration)
        #expect(error?.message == "no Otii device named 'ice' is connected to the server")
        #expect(error?.received == "fire (SIM5120, Simulator)")
    }

    @Test func serverErrorsCarryTheirCode() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0)))
        defer { simulator.stop() }
        var configuration = Self.configuration(simulator)
        configuration.digitalInput = "i9"  // no such channel
        let meter = OtiiPowerMeter(configuration: configuration)
        let error = await #expect(throws: MeterError.self) { try await meter.start() }
        #expect(error?.code == .instrumentError)
        #expect(error?.message == "the Otii server refused arc_enable_channel: Invalid key value")
        #expect(error?.received?.hasPrefix("'{\"cmd\":\"arc_enable_channel\",\"data\":{") == true)
    }

    @Test func serverThatStopsAnsweringTimesOut() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0), stopAnsweringAfterRequests: 2))
        defer { simulator.stop() }
        let error = await #expect(throws: MeterError.self) {
            try await OtiiPowerMeter(configuration: Self.configuration(simulator, timeoutMs: 200)).start()
        }
        #expect(error?.code == .timeout)
        #expect(error?.expected == "a JSON response to arc_enable_channel")
        #expect(error?.address == "127.0.0.1:\(simulator.port)")
    }

    @Test func garbageIsAProtocolViolation() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0), garbageReplies: true))
        defer { simulator.stop() }
        let error = await #expect(throws: MeterError.self) { try await OtiiPowerMeter(configuration: Self.configuration(simulator)).start() }
        #expect(error?.code == .protocolViolation)
        #expect(error?.message == "the Otii server sent something that is not a JSON message")
        #expect(error?.received == "'\\x00\\x13{\"typ'")
        #expect(error?.expected == "one JSON object per line answering otii_get_devices")
    }

    @Test func aServerThatIsNotOtiiIsRejected() async throws {
        let scpi = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0)))
        defer { scpi.stop() }
        let meter = OtiiPowerMeter(configuration: .init(port: scpi.port, timeoutMs: 200))
        let error = await #expect(throws: MeterError.self) { try await meter.start() }
        #expect(error?.code == .timeout)
        #expect(error?.expected == "the server's information message")
    }
}
