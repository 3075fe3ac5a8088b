import Foundation
import HILBenchController
import HILBenchCore
import HILBenchGPIO
import HILBenchMeters
import HILBenchSimulators
import HILBenchStore
import HILBenchTesting
import Testing

/// A target file naming a real meter protocol reaches its driver: PPK2 on a pseudo-terminal (window from its
/// logic input D0), an N6705-style SCPI instrument on TCP (window from the marker edges' timestamps) and an Otii
/// TCP server (window from its digital input).
@Suite(.serialized, .timeLimit(.minutes(1)))
struct MeterWiringTests {
    static func target(
        _ meter: String, in scratch: Scratch, marker: String = "marker: {backend: none}\n"
    ) throws -> TargetConfig {
        try ConfigLoader.loadTarget(
            at: try scratch.write(
                "board.yaml",
                """
                name: metered
                transport: {kind: local}
                chip: {soc: test}
                \(marker)meter:
                \(meter)

                """))
    }

    static func result(iterations: Int, edges: [CaseResult.MarkerEdge] = []) -> CaseResult {
        CaseResult(
            key: CaseKey(target: "metered", model: "m", runtime: .reference, precision: .fp32, threads: 1, batch: 1),
            status: .ok,
            latenciesNs: [Int64](repeating: 1_000_000, count: iterations), markerEdges: edges)
    }

    @Test func aPPK2TargetIsMeasuredThroughItsDriverWithTheWindowFromD0() async throws {
        // 5 mA idle, one 60 ms pulse of 40 mA with the marker on D0, at 3.3 V: net 35 mA × 3.3 V × 60 ms = 6.93 mJ.
        let load = SimulatedLoad(
            idleAmps: 0.005, pulses: [.init(startSeconds: 0.150, durationSeconds: 0.060, amps: 0.040)],
            noiseAmps: 0.000_2, seed: 5)
        let simulator = try PPK2Simulator(load: load)
        defer { simulator.stop() }
        let scratch = try Scratch("meter")
        let target = try Self.target("  kind: ppk2\n  device: \(simulator.devicePath)\n  source_mv: 3300", in: scratch)
        #expect(target.meter.kind == .ppk2)
        var suite = SuiteConfig(name: "s", models: [], runtimes: [.reference], precisions: [.fp32])
        suite.energy.idleMs = 100
        let energy = try #require(MeteredEnergy.forTarget(target, wirePath: scratch.path + "/wire", suite: suite))
        try await energy.start()
        let deadline = ContinuousClock.now + .seconds(10)
        while simulator.samplesSent < 35_000, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        let figures = try #require(try await energy.stop(for: Self.result(iterations: 10)))
        #expect(figures.windowSource == "meterLogic")
        #expect(abs(figures.netJoules - 0.035 * 3.3 * 0.060) / (0.035 * 3.3 * 0.060) < 0.01, "\(figures.netJoules) J")
        #expect(abs(figures.millijoulesPerInference - 0.693) < 0.01)
        #expect(figures.meter.contains("PPK2"))
    }

    @Test func anOtiiTargetIsMeasuredThroughItsDriverWithTheWindowFromItsDigitalInput() async throws {
        // 2 mA idle, 50 mA from 0.12 s for 80 ms with the marker on i1, at 3.3 V: net 48 mA × 3.3 V × 80 ms = 12.672 mJ.
        let load = SimulatedLoad(
            idleAmps: 0.002, pulses: [.init(startSeconds: 0.120_05, durationSeconds: 0.080, amps: 0.050)], noiseAmps: 0,
            seed: 3)
        let simulator = try OtiiSimulator(behaviour: .init(load: load, volts: 3.3, devices: ["Arc-Sim"]))
        defer { simulator.stop() }
        let scratch = try Scratch("meter")
        let account = OtiiSimulator.testAccount
        let credentials = try scratch.write(
            "otii.json", "{\"username\": \"\(account.username)\", \"password\": \"\(account.password)\"}")
        let target = try Self.target(
            """
              kind: otii
              host: 127.0.0.1
              port: \(simulator.port)
              device: Arc-Sim
              digital_input: i1
              credentials: \(credentials)
              supply: otii
              supply_v: 3.3
              max_current_a: 0.2
              logic_v: 1.8
            """, in: scratch)
        #expect(target.meter.kind == .otii && target.meter.digitalInput == .i1 && target.meter.device == "Arc-Sim")
        #expect(target.meter.supply == .otii && target.meter.supplyVolts == 3.3 && target.meter.logicVolts == 1.8)
        var suite = SuiteConfig(name: "s", models: [], runtimes: [.reference], precisions: [.fp32])
        suite.energy.idleMs = 100
        let energy = try #require(MeteredEnergy.forTarget(target, wirePath: scratch.path + "/wire", suite: suite))
        try await energy.start()
        try await Task.sleep(for: .milliseconds(350))
        let figures = try #require(try await energy.stop(for: Self.result(iterations: 8)))
        #expect(figures.windowSource == "meterLogic")
        #expect(abs(figures.windowSeconds - 0.080) < 0.000_2, "\(figures.windowSeconds) s")
        #expect(abs(figures.netJoules - 0.048 * 3.3 * 0.080) / (0.048 * 3.3 * 0.080) < 0.01, "\(figures.netJoules) J")
        #expect(abs(figures.millijoulesPerInference - 12.672 / 8) < 0.02)
        #expect(figures.meter.contains("Otii"), "\(figures.meter)")
    }

    /// 100 mA idle, 300 mA from 0.30 s to 0.40 s of the capture at 5 V: net (0.3 − 0.1) A × 5 V × 0.1 s = 100 mJ.
    static let pulse = SimulatedLoad(
        idleAmps: 0.100, pulses: [.init(startSeconds: 0.30, durationSeconds: 0.10, amps: 0.300)], noiseAmps: 0, seed: 1)

    /// The pulse measured through the SCPI driver with the window from marker timestamps 0.20–0.60 s after the meter
    /// started (as a case runs after `start()` returns: the data logger is armed and triggered by then, however long
    /// that took on a loaded machine) — wide enough that the pulse stays inside when the instrument's trigger lags the
    /// host's by up to 0.1 s — taken on a board clock `ahead` of the controller's and mapped back with `clock`.
    static func scpiPulseFromTimestamps(
        meterLines: String = "", ahead: Int64 = 0, clock: ClockMapping? = nil
    ) async throws -> CaseResult.Energy {
        let simulator = try SCPISimulator(behaviour: .init(load: pulse))
        defer { simulator.stop() }
        let scratch = try Scratch("meter")
        let target = try Self.target(
            "  kind: scpi\n  host: 127.0.0.1\n  port: \(simulator.port)" + meterLines, in: scratch)
        var suite = SuiteConfig(name: "s", models: [], runtimes: [.reference], precisions: [.fp32])
        suite.energy.idleMs = 150
        let energy = try #require(MeteredEnergy.forTarget(target, wirePath: scratch.path + "/wire", suite: suite))
        try await energy.start()
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let zero = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec) + ahead
        try await Task.sleep(for: .milliseconds(800))
        let edges = [
            CaseResult.MarkerEdge(timeNs: zero + 200_000_000, level: true),
            .init(timeNs: zero + 600_000_000, level: false),
        ]
        return try #require(try await energy.stop(for: Self.result(iterations: 50, edges: edges), clock: clock))
    }

    @Test func anSCPITargetIsMeasuredWithTheWindowFromTheMarkerTimestamps() async throws {
        let figures = try await Self.scpiPulseFromTimestamps(
            meterLines: "\n  expected_manufacturer: Keysight Technologies\n  expected_model: N6705")
        #expect(figures.windowSource == "softwareTimestamps")
        #expect(abs(figures.netJoules - 0.100) / 0.100 < 0.02, "\(figures.netJoules) J")
        #expect(abs(figures.millijoulesPerInference - 2.0) < 0.04)
    }

    @Test func aRemoteBoardsMarkerTimestampsAreMappedOntoTheMetersClock() async throws {
        // The same 100 mJ pulse, but the board's clock runs 5 s ahead of the controller's: its edges are mapped back
        // with the round-trip estimate, which is recorded with the result (and flagged when coarse).
        for (uncertaintyNs, flagged) in [(Int64(150_000), false), (Int64(12_000_000), true)] {
            let ahead: Int64 = 5_000_000_000
            let mapping = ClockMapping(method: "round_trip", offsetNs: ahead, uncertaintyNs: uncertaintyNs)
            let figures = try await Self.scpiPulseFromTimestamps(ahead: ahead, clock: mapping)
            #expect(abs(figures.netJoules - 0.100) / 0.100 < 0.02, "\(figures.netJoules) J")
            #expect(figures.clockMapping == mapping)
            #expect(figures.flags.contains(MeteredEnergy.clockUncertainFlag) == flagged, "\(figures.flags)")
        }
    }

    @Test func aControllerInputWiredToTheMarkerCutsTheWindowForAMeterWithoutLogicInput() async throws {
        // An SCPI instrument has no logic input; the controller's (simulated) GPIO input sees the board's marker and
        // its edges cut the window: 100 mA idle, 300 mA for 0.1 s at 5 V inside the marker window → 100 mJ.
        let simulator = try SCPISimulator(behaviour: .init(load: Self.pulse))
        defer { simulator.stop() }
        let scratch = try Scratch("meter")
        let wire = scratch.path + "/marker.wire"
        let target = try Self.target(
            "  kind: scpi\n  host: 127.0.0.1\n  port: \(simulator.port)", in: scratch,
            marker: "marker:\n  backend: simulated\n  wire: \(wire)\n  capture: {backend: simulated}\n")
        #expect(target.marker.capture == TargetConfig.Marker.Capture(backend: .simulated))
        var suite = SuiteConfig(name: "s", models: [], runtimes: [.reference], precisions: [.fp32])
        suite.energy.idleMs = 150
        let energy = try #require(MeteredEnergy.forTarget(target, wirePath: scratch.path + "/unused", suite: suite))
        let marker = SimulatedMarkerLine(wirePath: wire)
        try await energy.start()
        try await Task.sleep(for: .milliseconds(200))
        let rise = try marker.set(true)
        try await Task.sleep(for: .milliseconds(400))
        let fall = try marker.set(false)
        try await Task.sleep(for: .milliseconds(100))
        // The board's own timestamps are deliberately wrong: the captured edges must be the ones used.
        let bogus = [CaseResult.MarkerEdge(timeNs: 1, level: true), .init(timeNs: 2, level: false)]
        let figures = try #require(try await energy.stop(for: Self.result(iterations: 50, edges: bogus)))
        #expect(figures.windowSource == "gpioCapture")
        #expect(
            abs(figures.windowSeconds - Double(fall - rise) / 1e9) < 0.002,
            "\(figures.windowSeconds) s vs \(Double(fall - rise) / 1e9) s")
        #expect(abs(figures.netJoules - 0.100) / 0.100 < 0.02, "\(figures.netJoules) J")
        #expect(figures.clockMapping?.method == "gpio_capture")
    }

    /// `hilbench run` on a local board whose meter is an on-board INA3221 rail (a FakeSysfs rail following the
    /// simulated marker): the board's agent (`hilbench agent stdio`, a child) samples it, the controller gets mJ per
    /// inference from the checkpoints, and the store keeps the figure, not the readings.
    @Test func anHwmonRailIsSampledByTheBoardsAgentAndStoredAsEnergy() throws {
        let sysfs = try FakeSysfs()
        let chip = try sysfs.addHwmon(
            index: 3, name: "ina3221",
            rails: [
                .init(label: "VDD_IN", millivolts: 5_000, milliamps: 400),
                .init(label: "VDD_CPU_GPU_CV", millivolts: 5_000, milliamps: 150),
            ], updateIntervalMs: 2)
        let workspace = try makeWorkspace(precisions: "[fp32]", iterations: 150)
        let wire = workspace.path + "/marker.wire"
        try workspace.write(
            "Targets/local.yaml",
            """
            name: local
            transport: {kind: local}
            chip: {soc: test}
            marker: {backend: simulated, wire: \(wire)}
            meter: {kind: hwmon, chip: ina3221, rail: VDD_IN, period_ms: 5, sysfs_root: \(sysfs.root)}

            """)
        try workspace.write(
            "Suites/quickstart.yaml",
            """
            name: sensor
            models: [{name: tinycnn, builtin: tinycnn}]
            runtimes: [reference]
            precisions: [fp32]
            measure: {warmup: 2, iterations: 150}
            energy: {idle_ms: 250}

            """)
        let follower = try SensorFollower(
            sysfs: sysfs, wirePath: wire,
            target: .hwmonRail(
                directory: chip, channel: 1, label: "VDD_IN", millivolts: 5_000, idleMilliamps: 400,
                activeMilliamps: 1_000))
        let run = try Execution.run([BuiltProducts.controller, "run", "--plain"], in: workspace.path)
        let steps = try follower.stop()
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().last).id
        guard let result = try store.results(runID: runID).first else {
            Issue.record("no result stored")
            return
        }
        let energy = try #require(result.energy, "\(String(describing: result.failure))")
        #expect(result.sensorCheckpoints == nil, "the readings are not stored")
        let rise = try #require(result.markerEdges.first { $0.level }?.timeNs)
        let fall = try #require(result.markerEdges.last { !$0.level }?.timeNs)
        let expected = 3.0 * SensorFollower.activeSeconds(steps, fromNs: rise, toNs: fall)  // (5 − 2) W
        #expect(energy.meter == "ina3221 rail VDD_IN")
        #expect(energy.windowSource == "softwareTimestamps" && energy.clockMapping == nil)
        // Each edge is resolved to about one 5 ms period (more on a loaded machine): the bound is 4 periods of 3 W.
        #expect(abs(energy.netJoules - expected) <= 3.0 * 0.020, "\(energy.netJoules) J vs \(expected) J")
        #expect(abs((energy.baselineWatts ?? 0) - 2.0) < 0.02)
        #expect(abs(energy.millijoulesPerInference - energy.netJoules * 1e3 / 150) < 1e-9)
        #expect(energy.note?.contains("the sensor updates every 2 ms") == true, "\(energy.note ?? "")")
    }

    /// A sensor target over SSH or HTTP is accepted (its agent samples it); the sysfs root is a path on the board.
    @Test func remoteTargetsMayNameOnBoardSensorsAndThePlanCarriesThem() throws {
        let scratch = try Scratch("meter")
        let remote = try scratch.write(
            "remote.yaml",
            """
            name: remote
            transport: {kind: ssh, host: 10.0.0.2, known_hosts: kh}
            chip: {soc: test}
            meter: {kind: rapl, domain: core, period_ms: 20}

            """)
        let target = try ConfigLoader.loadTarget(at: remote)
        let measurement = try #require(
            RunController.energyMeasurement(for: target, wirePath: "", suite: nil) as? BoardSensorEnergy)
        #expect(measurement.sensor == BoardSensor(kind: .rapl, domain: "core", periodMs: 20, sysfsRoot: "/sys"))
        let suite = SuiteConfig(
            name: "s", models: [.init(name: "tinycnn", builtin: "tinycnn", format: .builtin)], runtimes: [.reference],
            precisions: [.fp32])
        let spec = try #require(Planner.plan(suite: suite, targets: [target], capabilities: [:]).first?.spec)
        #expect(spec.sensor == measurement.sensor)
        let relative = try scratch.write(
            "relative.yaml",
            """
            name: relative
            transport: {kind: http, url: "http://10.0.0.3:8765", token_file: t}
            chip: {soc: test}
            meter: {kind: hwmon, chip: ina3221, sysfs_root: ../sys}

            """)
        #expect {
            _ = try ConfigLoader.loadTarget(at: relative)
        } throws: { error in
            "\(error)".contains("relative.yaml:4:") && "\(error)".contains("absolute path on the board")
        }
    }
}
