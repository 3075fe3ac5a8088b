import Foundation
import HILBenchMeters
import HILBenchSimulators
import HILBenchTesting
import Testing

@Suite("Otii: TCP JSON client against the simulator", .timeLimit(.minutes(1)))
struct OtiiTests {
    /// The simulator's account in the official client's `credentials.json` format.
    static func credentials(password: String = OtiiSimulator.testAccount.password) throws -> String {
        let text = "{\"username\": \"\(OtiiSimulator.testAccount.username)\", \"password\": \"\(password)\"}"
        return try Scratch("otii").write("credentials.json", text)
    }

    static func configuration(
        _ simulator: OtiiSimulator, timeoutMs: Int32 = 3_000
    ) throws -> OtiiPowerMeter.Configuration {
        .init(
            host: "127.0.0.1", port: simulator.port, timeoutMs: timeoutMs, chunkValues: 1_000,
            credentialsFile: try credentials(),
            supply: .otii(volts: 3.3, maxAmps: 0.5), deviceTimeoutSeconds: 1)
    }

    /// Known answer: 1 mA idle, 51 mA for 120 ms at 3.3 V with 0.3 mA noise, 10 kS/s, marker on i1
    /// → net energy 50 mA × 3.3 V × 0.12 s within 0.5 %, fetched in 1 000-value chunks.
    @Test func recordingRecoversInjectedEnergy() async throws {
        let load = SimulatedLoad(
            idleAmps: 0.001, pulses: [.init(startSeconds: 0.090_03, durationSeconds: 0.120, amps: 0.051)],
            noiseAmps: 0.000_3, seed: 4)
        let simulator = try OtiiSimulator(behaviour: .init(load: load, volts: 3.3))
        defer { simulator.stop() }
        let meter = OtiiPowerMeter(configuration: try Self.configuration(simulator))
        let capture = try await EnergyCapture.start(
            meter: meter,
            integrator: EnergyIntegrator(
                windowSource: .logic(bit: 0), baselineNs: 50_000_000, subtractBaseline: true))
        try await Task.sleep(for: .milliseconds(300))
        let result = try await capture.finish()

        #expect(
            simulator.commands.prefix(16) == [
                "otii_is_logged_in", "otii_login", "otii_get_licenses", "otii_reserve_license", "otii_get_devices",
                "arc_set_exp_voltage", "arc_enable_exp_port", "arc_set_main_voltage", "arc_set_max_current",
                "arc_set_main",
                "arc_enable_channel", "arc_enable_channel", "arc_enable_channel", "otii_get_active_project",
                "otii_create_project",
                "arc_get_gpi",
            ])
        #expect(simulator.commands.suffix(2) == ["otii_return_license", "otii_logout"])
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
        var configuration = try Self.configuration(simulator)
        configuration.device = "ice"
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(OtiiPowerMeter(configuration: configuration))
        }
        #expect(error?.code == .configuration)
        #expect(error?.message == "no Otii device named 'ice' is connected to the server")
        #expect(error?.received == "fire (SIM5120, Simulator)")
    }

    @Test func serverErrorsCarryTheirCode() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0)))
        defer { simulator.stop() }
        var configuration = try Self.configuration(simulator)
        configuration.digitalInput = "i9"  // no such channel
        let meter = OtiiPowerMeter(configuration: configuration)
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
        #expect(error?.code == .instrumentError)
        #expect(error?.message == "the Otii server refused arc_enable_channel: Invalid key value")
        #expect(error?.received?.hasPrefix("'{\"cmd\":\"arc_enable_channel\",\"data\":{") == true)
    }

    @Test func serverThatStopsAnsweringTimesOut() async throws {
        let simulator = try OtiiSimulator(
            behaviour: .init(load: SimulatedLoad(idleAmps: 0), stopAnsweringAfterRequests: 5))
        defer { simulator.stop() }
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(
                OtiiPowerMeter(configuration: try Self.configuration(simulator, timeoutMs: 2_000)))
        }
        #expect(error?.code == .timeout)
        #expect(error?.expected == "a JSON response to arc_set_exp_voltage")
        #expect(error?.address == "127.0.0.1:\(simulator.port)")
    }

    @Test func garbageIsAProtocolViolation() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0), garbageReplies: true))
        defer { simulator.stop() }
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(OtiiPowerMeter(configuration: try Self.configuration(simulator)))
        }
        #expect(error?.code == .protocolViolation)
        #expect(error?.message == "the Otii server sent something that is not a JSON message")
        #expect(error?.received == "'\\x00\\x13{\"typ'")
        #expect(error?.expected == "one JSON object per line answering otii_is_logged_in")
    }

    @Test func aServerThatIsNotOtiiIsRejected() async throws {
        let scpi = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0)))
        defer { scpi.stop() }
        let meter = OtiiPowerMeter(configuration: .init(port: scpi.port, timeoutMs: 200))
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
        #expect(error?.code == .timeout)
        #expect(error?.expected == "the server's information message")
    }

    /// Like the real server: without a login every command is refused; a wrong password is refused without the
    /// password appearing anywhere in the error.
    @Test func loginAndLicenceAreRequired() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.01)))
        defer { simulator.stop() }
        var anonymous = try Self.configuration(simulator)
        anonymous.credentialsFile = nil
        let refused = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(OtiiPowerMeter(configuration: anonymous))
        }
        #expect(refused?.message == "the Otii server refused otii_get_devices: Command failure (not logged in)")

        var wrong = try Self.configuration(simulator)
        let file = try Self.credentials(password: "hunter2-not-it")
        wrong.credentialsFile = file
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(OtiiPowerMeter(configuration: wrong))
        }
        #expect(error?.message == "the Otii server refused the login with the credentials in \(file)")
        #expect(error.map { !String(describing: $0).contains("hunter2") } == true)
    }

    /// The recording lists the digital input's transitions only: a marker already high when recording starts is
    /// read with `arc_get_gpi`, so the window that begins before the first transition is kept.
    @Test func markerLevelAtStartIsRead() async throws {
        let load = SimulatedLoad(idleAmps: 0.001, pulses: [.init(startSeconds: 0, durationSeconds: 0.080, amps: 0.021)])
        let simulator = try OtiiSimulator(behaviour: .init(load: load, volts: 3.3))
        defer { simulator.stop() }
        let meter = OtiiPowerMeter(configuration: try Self.configuration(simulator))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(200))
        let trace = try await meterRecording.stop()
        #expect(trace.logic.first == 1)
        var integrator = EnergyIntegrator(windowSource: .logic(bit: 0))
        integrator.feed(trace)
        let window = try #require(integrator.finish().windows.first)
        #expect(abs(window.durationSeconds - 0.080) < 200e-6)
    }

    /// With the board on an external supply the driver leaves the main output alone; the simulated Otii, like the
    /// real one powering the board, then measures ~0 A. And the server waits for devices as long as asked, so the
    /// driver waits longer than the server and reports "no device" rather than a timeout.
    @Test func missingStepsBehaveLikeTheRealServer() async throws {
        let simulator = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.050), volts: 3.3))
        defer { simulator.stop() }
        var external = try Self.configuration(simulator)
        external.supply = .external
        let meter = OtiiPowerMeter(configuration: external)
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(100))
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 500)
        #expect(trace.watts.allSatisfy { $0 == 0 })
        #expect(!simulator.commands.contains("arc_set_main"))

        let empty = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0), devices: []))
        defer { empty.stop() }
        let error = await #expect(throws: MeterError.self) {
            _ = try await TraceRecorder.start(OtiiPowerMeter(configuration: try Self.configuration(empty)))
        }
        #expect(error?.code == .configuration)
        #expect(error?.message == "no Otii device at all is connected to the server")

        let late = try OtiiSimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0), deviceDelaySeconds: 0.5))
        defer { late.stop() }
        var patient = try Self.configuration(late)
        patient.deviceTimeoutSeconds = 3
        let found = OtiiPowerMeter(configuration: patient)
        let foundRecording = try await TraceRecorder.start(found)
        _ = try await foundRecording.stop()
    }

    /// Qoitech's own Python client (PyPI `otii-tcp-client`), unmodified: `OtiiClient().connect()` logs in from a
    /// credentials file and reserves a licence; the digital input sees the marker only with the expansion port on.
    @Test func officialClientConnectsAndRecords() async throws {
        let load = SimulatedLoad(idleAmps: 0.002, pulses: [.init(startSeconds: 0.05, durationSeconds: 0.1, amps: 0.1)])
        let simulator = try OtiiSimulator(behaviour: .init(load: load))
        defer { simulator.stop() }
        let reply = try CommunityClient.run("otii_client_connect.py", [String(simulator.port), try Self.credentials()])
        #expect(reply["logged_in"] as? Bool == true)
        #expect(reply["has_license"] as? Bool == true)
        #expect(reply["devices"] as? [String] == ["Arc-Sim"])
        #expect(reply["active_project"] as? String == "Cannot get active project")
        #expect(reply["exp_voltage"] as? Double == 1.8)
        let off = try #require(reply["port_off"] as? [Any])
        let on = try #require(reply["port_on"] as? [Any])
        #expect((off[0] as? Int ?? 0) >= 2_000 && (on[0] as? Int ?? 0) >= 2_000)
        #expect(abs((on[1] as? Double ?? 0) - 0.1) < 1e-9)
        #expect(off[2] as? [Bool] == [])
        #expect(on[2] as? [Bool] == [true, false])
        #expect(reply["main"] as? Bool == false)
        #expect(reply["too_high"] as? String == "Invalid key value")
        #expect(simulator.commands.suffix(2) == ["otii_return_license", "otii_logout"])
    }
}
