import Foundation
import HILBenchMeters
import HILBenchSimulators
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("hwmon and RAPL against a fake sysfs tree", .timeLimit(.minutes(1)))
struct SysfsMeterTests {
    /// A Jetson Orin-like INA3221 at hwmon3 next to an unrelated chip at hwmon0.
    func orinTree() throws -> (FakeSysfs, String) {
        let sysfs = try FakeSysfs()
        try sysfs.addHwmon(index: 0, name: "cpu_thermal", rails: [])
        let directory = try sysfs.addHwmon(
            index: 3, name: "ina3221",
            rails: [
                .init(label: "VDD_IN", millivolts: 5_072, milliamps: 1_210),
                .init(label: "VDD_CPU_GPU_CV", millivolts: 5_064, milliamps: 402),
                .init(label: "VDD_SOC", millivolts: 5_064, milliamps: 305),
            ])
        return (sysfs, directory)
    }

    /// Waits until the poller delivered `samples` (a 2 ms poller starved on a busy machine can take far longer than
    /// 2 ms per sample), 20 s at most.
    static func waitFor(samples: Int, from recording: TraceRecorder) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while recording.sampleCount < samples, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test func ina3221RailByLabelIsVoltageTimesCurrent() async throws {
        let (sysfs, _) = try orinTree()
        let meter = HwmonPowerMeter(
            configuration: .init(sysfsRoot: sysfs.root, chip: "ina3221", rail: "VDD_CPU_GPU_CV", periodMs: 2))
        let channel = try meter.locate()
        #expect(channel.index == 2 && channel.powerFile == nil && channel.directory.hasSuffix("/class/hwmon/hwmon3"))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Self.waitFor(samples: 5, from: meterRecording)
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 5)
        #expect(trace.watts.allSatisfy { $0 == Float(5.064 * 0.402) })
        #expect(trace.logic.isEmpty)
    }

    @Test func ina226PrefersThePowerFile() async throws {
        let sysfs = try FakeSysfs()
        let directory = try sysfs.addHwmon(
            index: 1, name: "ina226", rails: [.init(label: nil, millivolts: 12_000, milliamps: 250)],
            withPowerFiles: true)
        try sysfs.write(directory + "/power1_input", "2999000")  // differs from V × I on purpose
        let meter = HwmonPowerMeter(configuration: .init(sysfsRoot: sysfs.root, chip: "ina226", periodMs: 2))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Self.waitFor(samples: 2, from: meterRecording)
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 2)
        #expect(trace.watts.allSatisfy { $0 == Float(2.999) })
    }

    /// Known answer with explicit windows (as GPIO capture gives them): the rail steps from 1.21 A to
    /// 2.21 A at 5.072 V for a span recorded on CLOCK_MONOTONIC. Polling at 1 ms resolves the step to about
    /// one period, so the recovered energy is checked to 3 % (0.5 % would need a 10× longer window) — unless
    /// the sampling thread was starved and the window is flagged `lostSamples`.
    @Test func explicitWindowOverAStepRecoversItsEnergy() async throws {
        let (sysfs, directory) = try orinTree()
        let meter = HwmonPowerMeter(
            configuration: .init(sysfsRoot: sysfs.root, chip: "ina3221", rail: "VDD_IN", periodMs: 1))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(60))
        // The step is the rename inside write(): the window edge is the middle of that call.
        var before = monotonic()
        try sysfs.write(directory + "/curr1_input", "2210")
        let begin = before + (monotonic() - before) / 2
        try await Task.sleep(for: .milliseconds(150))
        before = monotonic()
        try sysfs.write(directory + "/curr1_input", "1210")
        let end = before + (monotonic() - before) / 2
        try await Task.sleep(for: .milliseconds(30))
        let trace = try await meterRecording.stop()

        var integrator = EnergyIntegrator(
            windowSource: .explicit([.init(beginNs: begin, endNs: end)], source: .gpioCapture),
            baselineNs: 40_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let report = integrator.finish()
        let window = try #require(report.windows.first)
        let error = relativeError(window.netEnergyJ, 5.072 * 1.0 * Double(end - begin) * 1e-9)
        // A starved sampling thread (a loaded 2-core machine) leaves gaps: then the window must say so.
        if window.flags.contains(.lostSamples) {
            #expect(window.lostSamples > 0)
        } else {
            #expect(error < 0.03)
        }
        #expect(abs(try #require(window.baselineW) - 5.072 * 1.21) < 1e-4)
    }

    @Test func unknownRailListsWhatExists() throws {
        let (sysfs, _) = try orinTree()
        let meter = HwmonPowerMeter(configuration: .init(sysfsRoot: sysfs.root, chip: "ina3221", rail: "VDD_GPU"))
        let error = #expect(throws: MeterError.self) { _ = try meter.locate() }
        #expect(error?.code == .configuration)
        #expect(
            error?.message == "no hwmon chip 'ina3221' with a rail labelled 'VDD_GPU' under \(sysfs.root)/class/hwmon")
        #expect(error?.received == "hwmon0 cpu_thermal; hwmon3 ina3221 [VDD_IN, VDD_CPU_GPU_CV, VDD_SOC]")
    }

    @Test func garbageValueAndVanishingSensorAreReported() async throws {
        let (sysfs, directory) = try orinTree()
        try sysfs.write(directory + "/curr1_input", "12a4")
        let garbled = HwmonPowerMeter(configuration: .init(sysfsRoot: sysfs.root, chip: "ina3221", rail: "VDD_IN"))
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(garbled) }
        #expect(error?.code == .protocolViolation)
        #expect(error?.message == "\(directory)/curr1_input does not hold an integer")
        #expect(error?.received == "'12a4\\n'")
        #expect(error?.expected == "a decimal integer and a newline")

        let meter = HwmonPowerMeter(
            configuration: .init(sysfsRoot: sysfs.root, chip: "ina3221", rail: "VDD_SOC", periodMs: 2))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(10))
        try sysfs.remove(directory + "/in3_input")
        // Wait until the 2 ms poller has stopped delivering (its next read after the removal fails), however busy
        // the machine: the count unchanged for 0.5 s, or 20 s at most.
        var seen = meterRecording.sampleCount
        var unchangedSince = ContinuousClock.now
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline, ContinuousClock.now - unchangedSince < .milliseconds(500) {
            try await Task.sleep(for: .milliseconds(20))
            let count = meterRecording.sampleCount
            if count != seen { (seen, unchangedSince) = (count, .now) }
        }
        let gone = await #expect(throws: MeterError.self) { _ = try await meterRecording.stop() }
        #expect(gone?.code == .io)
        #expect(
            gone?.message == "cannot read \(directory)/in3_input: No such file or directory; was the sensor removed?")
    }

    @Test(arguments: [
        (Int64(100), Int64(250), Int64(1_000), Int64(150)),
        (Int64(900), Int64(50), Int64(1_000), Int64(150)),  // wrapped
        (Int64(262_143_328_850), Int64(0), Int64(262_143_328_850), Int64(0)),
        (Int64(9_000_000), Int64(8_000_000), Int64(262_143_328_850), nil),  // backwards: no wrap explains it
        (Int64(400), Int64(300), Int64(1_000), nil),  // a wrap would mean 900 of 1 000 in one poll
    ])
    func raplWrapAround(previous: Int64, current: Int64, range: Int64, used: Int64?) {
        #expect(RAPLPowerMeter.energyMicrojoules(from: previous, to: current, maxRangeMicrojoules: range) == used)
    }

    /// The counter advances 0.1 J then 0.2 J, wrapping at 0.4 J both times: every sample is ≥ 0 and the
    /// power integrated over the trace gives back the 0.3 J exactly (each read's mean power is held over its whole
    /// interval, so the integral between reads is the counter's advance, however unevenly the reads came).
    @Test func raplFollowsACounterThatWraps() async throws {
        let sysfs = try FakeSysfs()
        let zone = try sysfs.addRAPLZone(
            "intel-rapl:0", name: "package-0", energyMicrojoules: 350_000, maxRangeMicrojoules: 400_000)
        let meter = RAPLPowerMeter(
            configuration: .init(powercapRoot: sysfs.powercapRoot, zone: "intel-rapl:0", periodMs: 10))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(45))
        try sysfs.write(zone + "/energy_uj", "50000")
        try await Task.sleep(for: .milliseconds(45))
        try sysfs.write(zone + "/energy_uj", "250000")
        // Long enough for the sampler to read the last value even when this machine is busy.
        try await Task.sleep(for: .milliseconds(150))
        let trace = try await meterRecording.stop()
        #expect(trace.count >= 5)
        #expect(trace.watts.allSatisfy { $0 >= 0 && $0 < 100 })
        var integrator = EnergyIntegrator(windowSource: .explicit([]))
        integrator.feed(trace)
        #expect(abs(integrator.finish().trace.energyJ - 0.3) < 1e-6)
    }

    @Test func missingZoneListsTheZones() async throws {
        let sysfs = try FakeSysfs()
        try sysfs.addRAPLZone("intel-rapl:0", name: "package-0", energyMicrojoules: 1, maxRangeMicrojoules: 10)
        let meter = RAPLPowerMeter(configuration: .init(powercapRoot: sysfs.powercapRoot, zone: "intel-rapl:1"))
        let error = await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
        #expect(error?.code == .configuration)
        #expect(error?.received == "intel-rapl:0")
    }

    func monotonic() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}

/// A flag a test and its helper thread share.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
