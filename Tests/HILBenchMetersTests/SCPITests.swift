import Foundation
import HILBenchMeters
import Testing

@Suite("SCPI: data logging and polling against the TCP simulator", .timeLimit(.minutes(1)))
struct SCPITests {
    static func configuration(_ simulator: SCPISimulator, mode: SCPIPowerMeter.Mode = .dataLog(periodSeconds: 0.001),
                              binary: Bool = true, timeoutMs: Int32 = 300) -> SCPIPowerMeter.Configuration {
        .init(host: "127.0.0.1", port: simulator.port, expectedManufacturer: "Keysight Technologies", expectedModel: "N6705",
              mode: mode, binaryTransfer: binary, timeoutMs: timeoutMs, fetchIntervalMs: 10)
    }

    /// Known answer: 20 mA idle, 220 mA for 150 ms at 5 V with 2 mA noise; windows from the host clock
    /// (as GPIO capture gives them) → net energy 0.2 A × 5 V × 0.15 s within 0.5 %.
    @Test(arguments: [true, false])
    func dataLogRecoversInjectedEnergy(binary: Bool) async throws {
        let load = SimulatedLoad(idleAmps: 0.020, pulses: [.init(startSeconds: 0.080_4, durationSeconds: 0.150, amps: 0.220)],
                                 noiseAmps: 0.002, seed: 9)
        let simulator = try SCPISimulator(behaviour: .init(load: load, volts: 5.0, voltsNoise: 0.001))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, binary: binary))
        try await meter.start()
        try await Task.sleep(for: .milliseconds(300))
        let trace = try await meter.stop()

        #expect(simulator.commands.contains("SENS:ELOG:PER 0.001,(@1)"))
        #expect(simulator.commands.contains("FETC:ELOG? 10000,(@1)"))
        #expect(simulator.commands.contains(binary ? "FORM REAL" : "FORM ASC"))
        #expect(simulator.commands.suffix(2) == ["ABOR:ELOG (@1)", "SYST:ERR?"])
        #expect(trace.count >= 250)
        // The trigger is time 0 of the load; GPIO capture would report the marker edges on the same clock.
        let trigger = trace.timesNs[0] - 500_000
        let window = EnergyIntegrator.Window(beginNs: trigger + 80_400_000, endNs: trigger + 230_400_000)
        var integrator = EnergyIntegrator(windowSource: .explicit([window], source: .gpioCapture), baselineNs: 60_000_000,
                                          subtractBaseline: true)
        integrator.feed(trace)
        let report = integrator.finish()
        let result = try #require(report.windows.first)
        #expect(report.windowSource == .gpioCapture)
        #expect(result.flags.isEmpty)
        #expect(relativeError(result.netEnergyJ, 0.2 * 5.0 * 0.150) < 0.005)
        #expect(abs(try #require(result.baselineW) - 0.1) < 0.002)
    }

    @Test func pollingMeasuresCurrentTimesVoltage() async throws {
        let simulator = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.5), volts: 12.0))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, mode: .polling(periodSeconds: 0.005)))
        try await meter.start()
        // 300 ms, not 100: run alone (the first test of a fresh process) it got only 3–4 replies in 100 ms.
        try await Task.sleep(for: .milliseconds(300))
        let trace = try await meter.stop()
        #expect(trace.count >= 5)
        #expect(trace.watts.allSatisfy { abs($0 - 6.0) < 1e-5 })
        #expect(zip(trace.timesNs, trace.timesNs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(simulator.commands.contains("MEAS:CURR? (@1)") && simulator.commands.contains("MEAS:VOLT? (@1)"))
    }

    @Test func wrongInstrumentNamesBothIdentities() async throws {
        let simulator = try SCPISimulator(behaviour: .init(identity: "RIGOL TECHNOLOGIES,DP832A,DP8A123456789,00.01.16",
                                                           load: SimulatedLoad(idleAmps: 0.1)))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator))
        let error = await #expect(throws: MeterError.self) { try await meter.start() }
        #expect(error?.code == .wrongInstrument)
        #expect(error?.address == "127.0.0.1:\(simulator.port)")
        #expect(error?.expected == "manufacturer 'Keysight Technologies' model 'N6705…'")
        #expect(error?.received == "'RIGOL TECHNOLOGIES,DP832A,DP8A123456789,00.01.16'")
        #expect(error?.message == "the instrument is not the one configured: expected manufacturer 'Keysight Technologies' model 'N6705…', *IDN? answered 'RIGOL TECHNOLOGIES,DP832A,DP8A123456789,00.01.16'; check the address or the meter's expectedManufacturer/expectedModel")
    }

    @Test func instrumentThatStopsAnsweringTimesOut() async throws {
        let simulator = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), stopAnsweringAfterReplies: 3))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, timeoutMs: 200))
        try await meter.startStreaming { _ in }
        try await Task.sleep(for: .milliseconds(350))
        let error = await #expect(throws: MeterError.self) { _ = try await meter.stopStreaming() }
        #expect(error?.code == .timeout)
        #expect(error?.message == "the instrument stopped answering: nothing came within the timeout")
        #expect(error?.expected == "a data-log reply")
        #expect(error?.received == nil)
        #expect(error?.description == "timeout: the instrument stopped answering: nothing came within the timeout [meter SCPI Keysight Technologies N6705 at 127.0.0.1:\(simulator.port)] (expected a data-log reply; received nothing)")
    }

    @Test func truncatedBlockTimesOutShowingWhatCame() async throws {
        let simulator = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), truncateBlocks: true))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, timeoutMs: 200))
        try await meter.startStreaming { _ in }
        try await Task.sleep(for: .milliseconds(350))
        let error = await #expect(throws: MeterError.self) { _ = try await meter.stopStreaming() }
        #expect(error?.code == .timeout)
        #expect(error?.message == "the instrument stopped answering in the middle of a reply (truncated)")
        #expect(error?.expected?.hasPrefix("a block of ") == true)
        #expect(error?.received?.hasPrefix("'") == true)
    }

    @Test(arguments: [SCPIPowerMeter.Mode.dataLog(periodSeconds: 0.001), .polling(periodSeconds: 0.01)])
    func garbageRepliesAreProtocolViolations(mode: SCPIPowerMeter.Mode) async throws {
        let simulator = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), garbageReplies: true))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, mode: mode, binary: false))
        try await meter.startStreaming { _ in }
        try await Task.sleep(for: .milliseconds(50))
        let error = await #expect(throws: MeterError.self) { _ = try await meter.stopStreaming() }
        #expect(error?.code == .protocolViolation)
        #expect(error?.message == "the reply is not a list of numbers")
        if case .polling = mode {
            #expect(error?.received == "'\\x01OVLD\\x7F'")
            #expect(error?.expected == "one number (A)")
        } else {
            #expect(error?.received == "'\\x01\\x7FA?,,'")
            #expect(error?.expected == "comma-separated numbers or a '#' block")
        }
    }

    @Test func nothingListeningIsAConnectionError() async throws {
        // A port that was just free: bind a simulator, note its port, stop it.
        let simulator = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0)))
        let port = simulator.port
        simulator.stop()
        let meter = SCPIPowerMeter(configuration: .init(host: "127.0.0.1", port: port, timeoutMs: 200))
        let error = await #expect(throws: MeterError.self) { try await meter.start() }
        #expect(error?.code == .connection)
        #expect(error?.message == "cannot connect: Connection refused; check the instrument's address, port and that its server is enabled")
        #expect(error?.address == "127.0.0.1:\(port)")
    }
}
