import Foundation
import HILBenchAgentKit
import HILBenchController
import HILBenchCore
import HILBenchMeters
import HILBenchSimulators
import HILBenchSystem
import HILBenchTransport
import Testing

/// A board's own power sensor (a FakeSysfs INA3221 rail or RAPL zone) sampled by the agent on the board, its
/// checkpoints sent back with the result over HTTP (the agent server on loopback) and over the stdio agent (a real
/// `hilbench-agent stdio` process, what SSH boards run), and turned into mJ per inference by the controller's code.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct BoardSensorTests {
    /// 5 V at 400 mA idle, 1 A while the marker is high: 3 W above idle. RAPL: the same 2 W idle, 5 W active.
    static let idleWatts = 2.0
    static let activeWatts = 5.0
    static let periodMs = 5.0
    /// Idle before the marker: the baseline is the last 800 ms of it.
    static let idleMs = 1_000

    /// A marker that appends its edges to the case's wire file, as the agent's simulated marker does.
    struct WireMarker: MarkerDriver {
        let path: String
        func set(_ active: Bool) throws -> Int64 {
            let now = Monotonic.nowNs()
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\(now) \(active ? 1 : 0)\n".utf8))
            return now
        }
    }

    /// A marker that calls `action` at each change (to spoil the sensor in the middle of a case).
    struct ActingMarker: MarkerDriver {
        let action: @Sendable (Bool) throws -> Void
        func set(_ active: Bool) throws -> Int64 {
            try action(active)
            return Monotonic.nowNs()
        }
    }

    /// A fake sensor of `kind` whose power follows the wire, and the sensor a case names.
    static func fakeSensor(
        _ kind: BoardSensor.Kind, sysfs: FakeSysfs, wire: String
    ) throws -> (follower: SensorFollower, sensor: BoardSensor) {
        switch kind {
        case .hwmon:
            let chip = try sysfs.addHwmon(
                index: 4, name: "ina3221",
                rails: [
                    .init(label: "VDD_IN", millivolts: 5_000, milliamps: 400),
                    .init(label: "VDD_SOC", millivolts: 5_000, milliamps: 100),
                ], updateIntervalMs: 3)
            let follower = try SensorFollower(
                sysfs: sysfs, wirePath: wire,
                target: .hwmonRail(
                    directory: chip, channel: 1, label: "VDD_IN", millivolts: 5_000, idleMilliamps: 400,
                    activeMilliamps: 1_000))
            return (
                follower,
                BoardSensor(kind: .hwmon, chip: "ina3221", rail: "VDD_IN", periodMs: periodMs, sysfsRoot: sysfs.root)
            )
        case .rapl:
            let zone = try sysfs.addRAPLZone(
                "intel-rapl:0", name: "package-0", energyMicrojoules: 0, maxRangeMicrojoules: 262_143_328_850)
            let follower = try SensorFollower(
                sysfs: sysfs, wirePath: wire,
                target: .raplZone(
                    directory: zone, idleWatts: idleWatts, activeWatts: activeWatts,
                    maxRangeMicrojoules: 262_143_328_850))
            return (
                follower, BoardSensor(kind: .rapl, domain: "package-0", periodMs: periodMs, sysfsRoot: sysfs.root)
            )
        }
    }

    static func spec(sensor: BoardSensor, wire: String?) -> CaseSpec {
        // ~150 reference inferences: a window of a few hundred ms, many sensor periods long.
        var spec = referenceSpec(iterations: 150, warmup: 2, idleMs: idleMs)
        spec.marker = .simulated
        spec.marker.wire = wire
        spec.sensor = sensor
        return spec
    }

    /// Checks the energy the controller makes of `result` against what the fake sensor really showed.
    ///
    /// The tolerance comes from the sensor and the fake, not from this machine's speed. hwmon: the rail's file changed
    /// at the recorded steps; each step lands between two readings and is spread over the readings around it, so
    /// each window edge can be off by at most ΔP × the two sampling intervals around the step (taken from the
    /// checkpoints the board sent: wider when the board was busy); the idle baseline is exact. RAPL: the fake's
    /// counter is rewritten once per turn of its thread, so it lags the true energy whenever that thread waits; the
    /// expectation is what the counter showed (its recorded writes) at the window's edges and the baseline's, and
    /// each of those instants can be off by the counter's advance over the two sampling intervals around it — for the
    /// baseline's two ends, scaled by window / baseline span.
    static func check(
        _ result: CaseResult, follower: SensorFollower, steps: [SensorFollower.Step], sensor: BoardSensor
    ) async throws -> CaseResult.Energy {
        #expect(result.status == .ok, "\(String(describing: result.failure))")
        #expect(result.latenciesNs.count == 150)
        let readings = try #require(result.sensorCheckpoints)
        #expect(readings.failure == nil, "\(String(describing: readings.failure))")
        #expect(readings.timesNs.count > 100, "a case of over a second sampled every 5 ms")
        if sensor.kind == .hwmon {
            #expect(readings.sensor == "ina3221 rail VDD_IN")
            #expect(readings.updateIntervalMs == 3)
            #expect(readings.updateIntervalSource?.hasSuffix("/class/hwmon/hwmon4/update_interval") == true)
        } else {
            #expect(readings.sensor == "RAPL package-0")
            #expect(readings.updateIntervalMs == 1)
        }
        let rise = try #require(result.markerEdges.first { $0.level }?.timeNs)
        let fall = try #require(result.markerEdges.last { !$0.level }?.timeNs)
        let measurement = BoardSensorEnergy(sensor: sensor, idleBaselineMs: idleMs, subtractBaseline: true)
        let energy = try #require(try await measurement.stop(for: result))
        /// Sampling intervals around `t` (ns), from the board's checkpoints: two on each side (RAPL: two checkpoints
        /// per read). A poll stamped just before a step can read the fake's files just after it when the poller is
        /// preempted between stamp and read, so one interval each side was too tight on a loaded CI machine
        /// (0.064 J off against a 0.060 J bound).
        func span(around t: Int64) -> Int64 {
            let times = readings.timesNs
            let reach = sensor.kind == .rapl ? 4 : 2
            let k = times.lastIndex { $0 <= t } ?? 0
            return times[min(k + reach, times.count - 1)] - times[max(k - reach, 0)]
        }
        let duration = Double(fall - rise) / 1e9
        let baselineSpanNs = Int64(idleMs) * 800_000  // 80 % of the idle time, right before the rise
        let expected: Double
        let tolerance: Double
        let expectedBaseline: Double
        let baselineTolerance: Double
        switch sensor.kind {
        case .hwmon:
            let deltaWatts = activeWatts - idleWatts
            expected = deltaWatts * SensorFollower.activeSeconds(steps, fromNs: rise, toNs: fall)
            let edges = steps.filter { $0.timeNs > rise - 50_000_000 && $0.timeNs < fall + 50_000_000 }
            #expect(edges.count == 2, "the fake followed the marker up and down: \(edges)")
            tolerance = deltaWatts * Double(edges.map { span(around: $0.timeNs) }.reduce(0, +)) / 1e9
            // The baseline window ends at the rise: a poll stamped just before it can read the active power (the same
            // preemption between stamp and read as above), so up to the sampling intervals around the rise of the
            // window may hold active watts (0.00084 W off against a 1e-6 W bound on a loaded CI machine).
            (expectedBaseline, baselineTolerance) = (
                idleWatts, deltaWatts * Double(span(around: rise)) / Double(baselineSpanNs) + 1e-6
            )
        case .rapl:
            let writes = follower.counterWrites
            /// The counter as a reader saw it at `t` (J).
            func shown(_ t: Int64) -> Double {
                Double(writes.last { $0.timeNs <= t }?.microjoules ?? 0) / 1e6
            }
            func slack(_ t: Int64) -> Double { shown(t + span(around: t)) - shown(t - span(around: t)) }
            let baselineStart = rise - baselineSpanNs
            expectedBaseline = (shown(rise) - shown(baselineStart)) / (Double(baselineSpanNs) / 1e9)
            expected = shown(fall) - shown(rise) - expectedBaseline * duration
            baselineTolerance = (slack(rise) + slack(baselineStart)) / (Double(baselineSpanNs) / 1e9)
            tolerance = slack(rise) + slack(fall) + baselineTolerance * duration
            // The fake's own power, for the record: the counter's advance over the window is within what it lagged.
            #expect(abs(expectedBaseline - idleWatts) < 0.5, "the fake's idle counter: \(expectedBaseline) W")
        }
        #expect(
            abs(energy.netJoules - expected) <= tolerance, "net \(energy.netJoules) J vs \(expected) J ± \(tolerance) J"
        )
        #expect(
            abs((energy.baselineWatts ?? 0) - expectedBaseline) <= baselineTolerance,
            "baseline \(energy.baselineWatts ?? 0) W vs \(expectedBaseline) ± \(baselineTolerance) W")
        #expect(abs(energy.millijoulesPerInference - energy.netJoules * 1e3 / 150) < 1e-9)
        #expect(abs(energy.windowSeconds - duration) < 1e-6, "windows on the board's own clock")
        #expect(energy.clockMapping == nil)
        #expect(energy.windowSource == "softwareTimestamps")
        #expect(energy.provenance == .measured)
        let note = try #require(energy.note)
        #expect(note.contains("no clock mapping") && note.contains("windows of at least 100 ms"), "\(note)")
        #expect(!energy.flags.contains(BoardSensorEnergy.windowShorterThanSensorFlag))
        return energy
    }

    @Test(arguments: [BoardSensor.Kind.hwmon, .rapl])
    func overHTTPTheAgentSamplesTheSensorAndTheControllerGetsMillijoulesPerInference(
        kind: BoardSensor.Kind
    ) async throws {
        let sysfs = try FakeSysfs()
        let scratch = try Scratch("sensor-http")
        let wire = scratch.path + "/marker.wire"
        try Data().write(to: URL(fileURLWithPath: wire))
        let (follower, sensor) = try Self.fakeSensor(kind, sysfs: sysfs, wire: wire)
        // The agent's marker appends to the wire (the spec names none: an HTTP agent refuses a wire from the network).
        let fixture = try AgentFixture(marker: { _ in WireMarker(path: wire) })
        let result = try await withLiveAgent(fixture) { url in
            try await transport(url, fixture).run(Self.spec(sensor: sensor, wire: nil), timeout: .seconds(120))
        }
        let steps = try follower.stop()
        #expect(result.transport == "http")
        _ = try await Self.check(result, follower: follower, steps: steps, sensor: sensor)
    }

    @Test(arguments: [BoardSensor.Kind.hwmon, .rapl])
    func overTheStdioAgentTheSameCheckpointsComeBack(kind: BoardSensor.Kind) async throws {
        let sysfs = try FakeSysfs()
        let scratch = try Scratch("sensor-stdio")
        let wire = scratch.path + "/marker.wire"
        let (follower, sensor) = try Self.fakeSensor(kind, sysfs: sysfs, wire: wire)
        // A real agent process on stdin/stdout, as an SSH board runs it (`ssh board hilbench-agent stdio`).
        let agent = StdioAgentTransport(
            board: "stdio-test", kind: "local", command: [BuiltProducts.agent, "stdio", "--store", scratch.path + "/s"])
        _ = try await agent.hello()
        let result = try await agent.run(Self.spec(sensor: sensor, wire: wire), timeout: .seconds(120))
        await agent.close()
        let steps = try follower.stop()
        _ = try await Self.check(result, follower: follower, steps: steps, sensor: sensor)
    }

    /// A sensor file that stops holding a number in the middle of the case: the latencies stand, the error names the
    /// file, and the controller's energy step says so instead of a figure.
    @Test func aSensorGoneBadMidCaseKeepsTheLatenciesAndNamesTheFile() async throws {
        let sysfs = try FakeSysfs()
        let chip = try sysfs.addHwmon(
            index: 2, name: "ina226", rails: [.init(label: nil, millivolts: 12_000, milliamps: 250)],
            withPowerFiles: true)
        let fixture = try AgentFixture(marker: { _ in
            ActingMarker { active in if active { try sysfs.write(chip + "/power1_input", "-ENODATA") } }
        })
        var spec = referenceSpec(iterations: 40, idleMs: 50)
        spec.sensor = BoardSensor(kind: .hwmon, chip: "ina226", periodMs: 2, sysfsRoot: sysfs.root)
        let result = try await withLiveAgent(fixture) { [spec] url in
            try await transport(url, fixture).run(spec, timeout: .seconds(120))
        }
        #expect(result.status == .ok)
        #expect(result.latenciesNs.count == 40)
        let failure = try #require(result.sensorCheckpoints?.failure)
        #expect(failure.file == chip + "/power1_input")
        #expect(failure.message.contains("\(chip)/power1_input does not hold an integer"), "\(failure.message)")
        #expect(failure.message.contains("-ENODATA"))
        #expect((result.sensorCheckpoints?.timesNs.count ?? 0) > 0, "the readings before it stay")
        let measurement = BoardSensorEnergy(
            sensor: try #require(spec.sensor), idleBaselineMs: 50, subtractBaseline: true)
        await #expect {
            _ = try await measurement.stop(for: result)
        } throws: { error in
            "\(error)".contains("ina226 failed") && "\(error)".contains("\(chip)/power1_input")
        }
    }

    /// A RAPL counter that goes back without a wrap, and a chip that is not there: errors naming the file or folder.
    @Test func aRAPLCounterGoingBackwardsAndAMissingChipAreErrorsWithTheirFiles() async throws {
        let sysfs = try FakeSysfs()
        let zone = try sysfs.addRAPLZone(
            "intel-rapl:0", name: "package-0", energyMicrojoules: 9_000_000, maxRangeMicrojoules: 262_143_328_850)
        let fixture = try AgentFixture(marker: { _ in
            ActingMarker { active in if active { try sysfs.write(zone + "/energy_uj", "8000000") } }
        })
        var spec = referenceSpec(iterations: 40, idleMs: 50)
        spec.sensor = BoardSensor(kind: .rapl, domain: "package-0", periodMs: 2, sysfsRoot: sysfs.root)
        var missing = referenceSpec(iterations: 5)
        missing.sensor = BoardSensor(kind: .hwmon, chip: "ina3221", rail: "VDD_IN", sysfsRoot: sysfs.root)
        let (backwards, absent) = try await withLiveAgent(fixture) { [spec, missing] url in
            let client = transport(url, fixture)
            return (
                try await client.run(spec, timeout: .seconds(120)),
                try await client.run(missing, timeout: .seconds(120))
            )
        }
        #expect(backwards.status == .ok && backwards.latenciesNs.count == 40)
        let failure = try #require(backwards.sensorCheckpoints?.failure)
        #expect(failure.file == zone + "/energy_uj")
        #expect(failure.message.contains("went backwards from 9000000 to 8000000 µJ"), "\(failure.message)")
        #expect(absent.status == .ok && absent.latenciesNs.count == 5)
        let notFound = try #require(absent.sensorCheckpoints?.failure)
        #expect(notFound.file == sysfs.root + "/class/hwmon")
        #expect(
            notFound.message.contains("no hwmon chip 'ina3221' with a rail labelled 'VDD_IN'"), "\(notFound.message)")
    }

    /// Checkpoints from a board are input: malformed ones are refused with the reason, never integrated.
    @Test func malformedCheckpointsAreRefused() async throws {
        let sensor = BoardSensor(kind: .hwmon, chip: "ina3221")
        // 1 W for 2 s: the cumulative energy is 0, 1, 2 J at 0, 1, 2 s; the window [0.5 s, 1.5 s] holds 1 J.
        var result = CaseResult(
            key: referenceSpec().key, status: .ok, latenciesNs: [1_000_000],
            markerEdges: [.init(timeNs: 500_000_000, level: true), .init(timeNs: 1_500_000_000, level: false)])
        result.sensorCheckpoints = SensorCheckpoints(
            sensor: "ina3221", kind: .hwmon, periodMs: 1_000, timesNs: [0, 2_000_000_000, 1_000_000_000],
            energyJ: [0, 1, 2], samples: [1, 2, 3], watts: [1, 1, 1], highW: [1, 1, 1], lowW: [1, 1, 1])
        let measurement = BoardSensorEnergy(sensor: sensor, idleBaselineMs: 0, subtractBaseline: false)
        await #expect {
            _ = try await measurement.stop(for: result)
        } throws: { error in
            "\(error)".contains("checkpoint 2 does not follow checkpoint 1")
        }
        result.sensorCheckpoints?.energyJ = [0, 1, .nan]
        result.sensorCheckpoints?.timesNs = [0, 1_000_000_000, 2_000_000_000]
        await #expect {
            _ = try await measurement.stop(for: result)
        } throws: { error in
            "\(error)".contains("checkpoint 2 is not finite")
        }
        result.sensorCheckpoints?.energyJ = [0, 1, 2]
        let energy = try #require(try await measurement.stop(for: result))
        #expect(abs(energy.netJoules - 1) < 1e-12)
        #expect(energy.flags.contains(BoardSensorEnergy.windowShorterThanSensorFlag), "1 s < 20 periods of 1 s")
        #expect(energy.note?.contains("windows of at least 20000 ms") == true, "\(energy.note ?? "")")
    }
}
