import Foundation
import HILBenchMeters
import HILBenchSimulators
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Simulated meter driven by CPU work", .timeLimit(.minutes(1)))
struct ActivityModelTests {
    @Test func utilisationSetsThePower() {
        var configuration = SimulatedPowerMeter.Configuration(sampleRateHz: 1_000, idleWatts: 1.0, noiseWatts: 0)
        configuration.activity = .cpuTimeWire(path: "/unused")
        configuration.wattsPerCPU = 4.0
        // Half a core busy from 10 ms to 30 ms, one and a half cores from 30 ms to 40 ms.
        let points = [
            CPUTimePoint(timeNs: 10_000_000, cpuNs: 0), .init(timeNs: 30_000_000, cpuNs: 10_000_000),
            .init(timeNs: 40_000_000, cpuNs: 25_000_000),
        ]
        let trace = SimulatedPowerMeter.synthesize(
            configuration: configuration, fromNs: 0, toNs: 50_000_000, initialLevel: false,
            edges: [], cpuTime: points)
        #expect(trace.watts[5] == 1.0)
        #expect(trace.watts[11] == 3.0 && trace.watts[30] == 3.0)
        #expect(trace.watts[31] == 7.0 && trace.watts[40] == 7.0)
        #expect(trace.watts[41] == 1.0)
    }

    /// The same "model" run as fp32 (4× the arithmetic per inference) and as int8: with the meter following
    /// the runner's CPU time, the energy per inference follows the work, and equals wattsPerCPU × CPU time.
    @Test func fp32CostsMoreEnergyThanInt8BecauseOfTheWork() throws {
        let wire = FileManager.default.temporaryDirectory.appendingPathComponent("cpu-\(UUID().uuidString).wire").path
        defer { try? FileManager.default.removeItem(atPath: wire) }
        var configuration = SimulatedPowerMeter.Configuration(
            sampleRateHz: 20_000, idleWatts: 2.0, noiseWatts: 0.01, seed: 3)
        configuration.activity = .cpuTimeWire(path: wire)
        configuration.wattsPerCPU = 3.0

        func run(workPerInference: Int, iterations: Int) throws -> (mJ: Double, cpuSeconds: Double) {
            try? FileManager.default.removeItem(atPath: wire)
            let start = monotonic()
            usleep(30_000)  // idle before the window (baseline)
            let first = try CPUTimeWire.record(to: wire, clock: .thread)
            var sink = 0.0
            for iteration in 0..<iterations {
                for k in 0..<workPerInference { sink += sin(Double(k &+ iteration)) }
                if iteration % 5 == 4 { try CPUTimeWire.record(to: wire, clock: .thread) }
            }
            let last = try CPUTimeWire.record(to: wire, clock: .thread)
            usleep(10_000)
            #expect(sink.isFinite)
            let meter = SimulatedPowerMeter(
                configuration: configuration,
                edges: [
                    LogicEdge(timeNs: first.timeNs, level: true), LogicEdge(timeNs: last.timeNs, level: false),
                ])
            let trace = try meter.trace(fromNs: start, toNs: monotonic())
            var integrator = EnergyIntegrator(
                windowSource: .logic(bit: 0), baselineNs: 20_000_000, subtractBaseline: true)
            integrator.feed(trace)
            let report = integrator.finish()
            let cpuSeconds = Double(last.cpuNs - first.cpuNs) * 1e-9
            let net = try #require(report.windows.first).netEnergyJ
            #expect(relativeError(net, 3.0 * cpuSeconds) < 0.02)
            return (report.perInference(iterations: iterations).energyPerInferenceMilliJ, cpuSeconds)
        }
        let fp32 = try run(workPerInference: 40_000, iterations: 100)
        let int8 = try run(workPerInference: 10_000, iterations: 100)
        #expect(fp32.mJ > 2.5 * int8.mJ)
        #expect(relativeError(fp32.mJ / int8.mJ, fp32.cpuSeconds / int8.cpuSeconds) < 0.05)
    }

    /// The cgroup's usage jumps by 75 ms of CPU in the middle of the capture: whatever the sampling times,
    /// the energy above idle over the trace is wattsPerCPU × 75 ms.
    @Test func cgroupUsageIsSampledDuringTheCapture() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let sysfs = try FakeSysfs()
        try sysfs.write(directory + "/cpu.stat", "usage_usec 1000000\nuser_usec 0\nsystem_usec 0")
        var configuration = SimulatedPowerMeter.Configuration(sampleRateHz: 1_000, idleWatts: 1.0, noiseWatts: 0)
        configuration.activity = .cgroup(path: directory)
        configuration.wattsPerCPU = 4.0
        let meter = SimulatedPowerMeter(configuration: configuration)
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(60))
        try sysfs.write(directory + "/cpu.stat", "usage_usec 1075000\nuser_usec 0\nsystem_usec 0")
        try await Task.sleep(for: .milliseconds(60))
        let trace = try await meterRecording.stop()
        let excess = zip(trace.watts.dropFirst(), trace.timesNs.dropFirst()).reduce(0.0) {
            $0 + (Double($1.0) - 1.0) * 1e-3
        }
        #expect(abs(excess - 4.0 * 0.075) < 0.003)
        #expect(trace.watts.max()! > 1.0)
        #expect(meter.info.model.contains("per busy core of cgroup"))
        // cgroup v1 and a missing cgroup.
        try sysfs.write(directory + "/cpuacct.usage", "123456789")
        try FileManager.default.removeItem(atPath: directory + "/cpu.stat")
        #expect(try CPUTimeWire.cgroupCPUTimeNs(path: directory) == 123_456_789)
        let error = #expect(throws: MeterError.self) { _ = try CPUTimeWire.cgroupCPUTimeNs(path: directory + "/nope") }
        #expect(error?.message == "\(directory)/nope has neither cpu.stat (cgroup v2) nor cpuacct.usage (v1)")
    }

    @Test func processCPUTimeIsReadFromProc() async throws {
        let own = try CPUTimeWire.processCPUTimeNs(pid: getpid())
        #expect(own > 0)
        let error = #expect(throws: MeterError.self) { _ = try CPUTimeWire.processCPUTimeNs(pid: 999_999_999) }
        #expect(error?.message == "cannot read /proc/999999999/stat: is process 999999999 still running?")
        let meter = SimulatedPowerMeter(configuration: .init(activity: .process(pid: 999_999_999)))
        await #expect(throws: MeterError.self) { _ = try await TraceRecorder.start(meter) }
    }

    @Test func configurationsWithoutActivityStillDecode() throws {
        let old = #"{"sampleRateHz":1000,"idleWatts":2,"activeWatts":1.5,"noiseWatts":0,"seed":7}"#
        let configuration = try JSONDecoder().decode(SimulatedPowerMeter.Configuration.self, from: Data(old.utf8))
        #expect(configuration.activity == .marker && configuration.wattsPerCPU == 2.0 && configuration.seed == 7)
        var changed = configuration
        changed.activity = .cgroup(path: "/sys/fs/cgroup/case1")
        let roundTrip = try JSONDecoder().decode(
            SimulatedPowerMeter.Configuration.self, from: JSONEncoder().encode(changed))
        #expect(roundTrip == changed)
    }

    @Test func wireFormatErrorsNameTheLine() {
        let error = #expect(throws: MeterError.self) {
            _ = try CPUTimeWire.parse(Array("10 5\n20 x\n".utf8), path: "cpu.wire")
        }
        #expect(error?.code == .wireFormat && error?.line == 2 && error?.file == "cpu.wire")
        #expect(error?.message == "expected '<t_ns> <cpu_ns>', found '20 x'")
    }

    func monotonic() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
