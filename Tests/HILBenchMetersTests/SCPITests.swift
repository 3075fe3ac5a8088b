import Foundation
import HILBenchMeters
import HILBenchSimulators
import Testing

@Suite("SCPI: data logging and polling against the TCP simulator", .timeLimit(.minutes(1)))
struct SCPITests {
    static func configuration(
        _ simulator: SCPISimulator, mode: SCPIPowerMeter.Mode = .dataLog(periodSeconds: 0.001),
        binary: Bool = true, timeoutMs: Int32 = 3_000
    ) -> SCPIPowerMeter.Configuration {
        .init(
            host: "127.0.0.1", port: simulator.port, expectedManufacturer: "Keysight Technologies",
            expectedModel: "N6705",
            mode: mode, binaryTransfer: binary, timeoutMs: timeoutMs, fetchIntervalMs: 10)
    }

    /// Known answer: 20 mA idle, 220 mA for 150 ms at 5 V with 2 mA noise; windows from the host clock
    /// (as GPIO capture gives them) → net energy 0.2 A × 5 V × 0.15 s within 0.5 %.
    @Test(arguments: [true, false])
    func dataLogRecoversInjectedEnergy(binary: Bool) async throws {
        let load = SimulatedLoad(
            idleAmps: 0.020, pulses: [.init(startSeconds: 0.080_4, durationSeconds: 0.150, amps: 0.220)],
            noiseAmps: 0.002, seed: 9)
        let simulator = try SCPISimulator(behaviour: .init(load: load, volts: 5.0, voltsNoise: 0.001))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, binary: binary))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(300))
        let trace = try await meterRecording.stop()

        // 1 ms is not on the 20.48 µs grid: the driver asks for the nearest grid point and reads it back.
        #expect(simulator.commands.contains("SENS:ELOG:PER 0.00100352,(@1)"))
        #expect(simulator.commands.contains("SENS:ELOG:PER? (@1)"))
        #expect(simulator.commands.contains("FETC:ELOG? 10000,(@1)"))
        #expect(simulator.commands.contains(binary ? "FORM REAL" : "FORM ASC"))
        #expect(simulator.commands.suffix(2) == ["ABOR:ELOG (@1)", "SYST:ERR?"])
        #expect(trace.count >= 250)
        // The trigger is time 0 of the load; GPIO capture would report the marker edges on the same clock.
        let trigger = trace.timesNs[0] - 501_760
        let window = EnergyIntegrator.Window(beginNs: trigger + 80_400_000, endNs: trigger + 230_400_000)
        var integrator = EnergyIntegrator(
            windowSource: .explicit([window], source: .gpioCapture), baselineNs: 60_000_000,
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
        let meterRecording = try await TraceRecorder.start(meter)
        // 600 ms, not 100 or 300: run alone (the first test of a fresh process) it got only 3–4 replies in 100 ms,
        // and 4 in 300 ms on a machine with a load average of 15.
        try await Task.sleep(for: .milliseconds(600))
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 5)
        #expect(trace.watts.allSatisfy { abs($0 - 6.0) < 1e-5 })
        #expect(zip(trace.timesNs, trace.timesNs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(simulator.commands.contains("MEAS:CURR? (@1)") && simulator.commands.contains("MEAS:VOLT? (@1)"))
    }

    @Test func wrongInstrumentNamesBothIdentities() async throws {
        let simulator = try SCPISimulator(
            behaviour: .init(
                identity: "RIGOL TECHNOLOGIES,DP832A,DP8A123456789,00.01.16",
                load: SimulatedLoad(idleAmps: 0.1)))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator))
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
        #expect(error?.code == .wrongInstrument)
        #expect(error?.address == "127.0.0.1:\(simulator.port)")
        #expect(error?.expected == "manufacturer 'Keysight Technologies' model 'N6705…'")
        #expect(error?.received == "'RIGOL TECHNOLOGIES,DP832A,DP8A123456789,00.01.16'")
        #expect(
            error?.message
                == "the instrument is not the one configured: expected manufacturer 'Keysight Technologies' model 'N6705…', *IDN? answered 'RIGOL TECHNOLOGIES,DP832A,DP8A123456789,00.01.16'; check the address or the meter's expectedManufacturer/expectedModel"
        )
    }

    @Test func instrumentThatStopsAnsweringTimesOut() async throws {
        let simulator = try SCPISimulator(
            behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), stopAnsweringAfterReplies: 3))
        defer { simulator.stop() }
        // 2 s: long enough that no step before the one under test times out on a busy machine.
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, timeoutMs: 2_000))
        try await meter.startStreaming { _ in }
        try await Task.sleep(for: .milliseconds(2_500))
        let error = await #expect(throws: MeterError.self) { _ = try await meter.stopStreaming() }
        #expect(error?.code == .timeout)
        #expect(error?.message == "the instrument stopped answering: nothing came within the timeout")
        #expect(error?.expected == "a data-log reply")
        #expect(error?.received == nil)
        #expect(
            error?.description
                == "timeout: the instrument stopped answering: nothing came within the timeout [meter SCPI Keysight Technologies N6705 at 127.0.0.1:\(simulator.port)] (expected a data-log reply; received nothing)"
        )
    }

    @Test func truncatedBlockTimesOutShowingWhatCame() async throws {
        let simulator = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), truncateBlocks: true))
        defer { simulator.stop() }
        // 2 s: long enough that no step before the one under test times out on a busy machine.
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, timeoutMs: 2_000))
        try await meter.startStreaming { _ in }
        try await Task.sleep(for: .milliseconds(2_500))
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
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
        #expect(error?.code == .connection)
        #expect(
            error?.message
                == "cannot connect: Connection refused; check the instrument's address, port and that its server is enabled"
        )
        #expect(error?.address == "127.0.0.1:\(port)")
    }

    /// Keysight rounds the ELOG period to 20.48 µs steps; a 20 ms pulse 2 s into the log is recovered within 1 % from
    /// records stamped at the period read back, and is not when they are stamped at the period asked for (the pulse
    /// then appears 7 ms early, partly outside its window).
    @Test func roundedPeriodDoesNotBiasALateWindow() async throws {
        let load = SimulatedLoad(
            idleAmps: 0.010, pulses: [.init(startSeconds: 2.0, durationSeconds: 0.020, amps: 0.300)])
        let simulator = try SCPISimulator(behaviour: .init(load: load, volts: 5.0))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(configuration: Self.configuration(simulator, timeoutMs: 1_000))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(2_200))
        let trace = try await meterRecording.stop()
        #expect(meter.info.sampleRateHz == 1 / 0.001_003_52)
        #expect(meter.info.model.contains("N6781A, ELOG period 1.00352 ms (asked 1.00000 ms)"))
        let trigger = trace.timesNs[0] - 501_760
        func netEnergy(_ trace: PowerTrace) throws -> Double {
            // 5 ms either side of the pulse: the host's trigger instant precedes the instrument's by the command's
            // latency (0.3 ms on a busy 2-core machine), which would otherwise cut the pulse's edges.
            let window = EnergyIntegrator.Window(beginNs: trigger + 1_995_000_000, endNs: trigger + 2_025_000_000)
            var integrator = EnergyIntegrator(
                windowSource: .explicit([window], source: .gpioCapture), baselineNs: 100_000_000,
                subtractBaseline: true)
            integrator.feed(trace)
            return try #require(integrator.finish().windows.first).netEnergyJ
        }
        let expected = 0.290 * 5.0 * 0.020
        let fixed = try netEnergy(trace)
        // The same records stamped at the period asked for (what the driver did before it read the period back).
        var nominal = trace
        nominal.timesNs = trace.timesNs.indices.map { trigger + 500_000 + Int64($0) * 1_000_000 }
        let biased = try netEnergy(nominal)
        print(
            String(
                format: "N6705 20 ms pulse at 2 s: error %+.2f%% at the period in force, %+.2f%% at the period asked",
                (fixed / expected - 1) * 100, (biased / expected - 1) * 100))
        #expect(relativeError(fixed, expected) < 0.01)
        #expect(relativeError(biased, expected) > 0.05)
    }

    /// A module with one measurement converter cannot log voltage and current together: the driver logs current and
    /// takes the voltage once before the log, and says so in the meter's model.
    @Test func oneConverterModuleLogsCurrentOnly() async throws {
        let simulator = try SCPISimulator(
            behaviour: .init(module: "N6731B", load: SimulatedLoad(idleAmps: 0.25), volts: 12.0))
        defer { simulator.stop() }
        var configuration = Self.configuration(simulator)
        configuration.currentRange = .fixed(amps: 1.0)
        let meter = SCPIPowerMeter(configuration: configuration)
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(200))
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 100)
        #expect(trace.watts.allSatisfy { abs($0 - 3.0) < 1e-4 })
        #expect(simulator.commands.contains("SENS:ELOG:FUNC:VOLT OFF,(@1)"))
        #expect(simulator.commands.contains("SENS:ELOG:CURR:RANG 1.0,(@1)"))
        #expect(simulator.commands.contains("MEAS:VOLT? (@1)"))
        #expect(
            meter.info.model.hasSuffix("current only (one converter); voltage 12.0000 V from MEAS:VOLT? before the log")
        )
    }

    /// The simulator, like the instrument, ignores a trigger that comes before the logger is armed; the driver waits
    /// for the armed state, and says so when it never comes.
    @Test func triggerWaitsForTheArmedLogger() async throws {
        let slow = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), armDelaySeconds: 0.1))
        defer { slow.stop() }
        var configuration = Self.configuration(slow, timeoutMs: 1_000)
        configuration.currentRange = .auto
        let meter = SCPIPowerMeter(configuration: configuration)
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(100))
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 50)
        let commands = slow.commands
        let initAt = try #require(commands.firstIndex(of: "INIT:ELOG (@1)"))
        let triggerAt = try #require(commands.firstIndex(of: "TRIG:ELOG (@1)"))
        #expect(commands[initAt..<triggerAt].filter { $0 == "STAT:OPER:COND? (@1)" }.count >= 2)
        #expect(commands.contains("SENS:ELOG:CURR:RANG:AUTO ON,(@1)"))

        let never = try SCPISimulator(behaviour: .init(load: SimulatedLoad(idleAmps: 0.1), armDelaySeconds: 60))
        defer { never.stop() }
        let stuck = SCPIPowerMeter(configuration: Self.configuration(never, timeoutMs: 2_000))
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(stuck) }
        #expect(error?.code == .timeout)
        #expect(error?.message == "the data logger did not arm after INIT:ELOG")
    }

    /// PyVISA with the pure-Python pyvisa-py backend (PyPI), unmodified, drives the simulator in SCPI long forms:
    /// the period comes back on the grid, an early trigger is refused, binary blocks decode.
    @Test func pyvisaDrivesTheSimulatorInLongForm() async throws {
        let simulator = try SCPISimulator(
            behaviour: .init(load: SimulatedLoad(idleAmps: 0.125), volts: 3.3, armDelaySeconds: 0.05))
        defer { simulator.stop() }
        let reply = try CommunityClient.run("pyvisa_n6705.py", [String(simulator.port)])
        #expect(reply["idn"] as? String == "Keysight Technologies,N6705C,MY56001234,D.02.05.1262")
        #expect(reply["module"] as? String == "N6781A")
        #expect(abs((reply["period"] as? Double ?? 0) - 0.001_003_52) < 1e-12)
        #expect(reply["early_trigger"] as? String == "-211,\"Trigger ignored\"")
        #expect((reply["values"] as? Int ?? 0) >= 200)
        #expect((reply["amps"] as? [Double] ?? []).allSatisfy { abs($0 - 0.125) < 1e-6 })
        #expect((reply["volts"] as? [Double] ?? []) == [3.3, 3.3, 3.3, 3.3, 3.3].map { Double(Float($0)) })
        #expect(reply["error"] as? String == "+0,\"No error\"")
        #expect(reply["ascii_volts"] as? Double == 3.3)
    }
}
