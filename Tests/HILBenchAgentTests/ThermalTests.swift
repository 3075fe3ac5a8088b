import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// Thermal discipline on a fake sysfs tree: the agent waits for the board to cool before a case, samples heat and
/// frequency during it, and marks it throttled when the kernel's counters move or it gets too hot.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ThermalTests {
    /// A board with two thermal zones, two CPUs with cpufreq and x86 throttle counters.
    struct FakeBoard {
        let root: Scratch
        init() throws {
            root = try Scratch("sysfs")
            try setZone(0, celsius: 45)
            try setZone(1, celsius: 50)
            for cpu in 0..<2 {
                try root.write(
                    "sys/devices/system/cpu/cpu\(cpu)/cpufreq/scaling_cur_freq", "\(1_800_000 + cpu * 100_000)\n")
                try root.write("sys/devices/system/cpu/cpu\(cpu)/thermal_throttle/core_throttle_count", "7\n")
            }
        }
        func setZone(_ zone: Int, celsius: Double) throws {
            try root.write("sys/class/thermal/thermal_zone\(zone)/temp", "\(Int(celsius * 1000))\n")
        }
        func setThrottleCount(cpu: Int, _ count: Int) throws {
            try root.write("sys/devices/system/cpu/cpu\(cpu)/thermal_throttle/core_throttle_count", "\(count)\n")
        }
    }

    func runner(root: String) -> CaseRunner {
        var runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), probe: EnvironmentProbe(root: root),
            markerFactory: { _ in RecordingMarker() })
        runner.startTimeoutSeconds = 20
        return runner
    }

    func thermalSpec(_ thermal: SuiteConfig.Thermal?) -> CaseSpec {
        var spec = spec(iterations: 20)
        spec.collectOutputs = false
        spec.thermal = thermal
        return spec
    }

    @Test func aCoolBoardRunsAtOnceAndItsHeatAndFrequenciesAreRecorded() throws {
        let board = try FakeBoard()
        let result = runner(root: board.root.path).run(
            thermalSpec(.init(cooldownBelowCelsius: 60, throttleCelsius: 85, samplePeriodMs: 10)))
        #expect(result.status == .ok, "\(String(describing: result.failure))")
        let thermal = try #require(result.thermal)
        #expect(thermal.cooldownSeconds.map { $0 < 0.2 } == true, "\(thermal)")
        #expect(thermal.cooldownTimedOut == false)
        #expect(thermal.startCelsius == 50 && thermal.maxCelsius == 50)
        #expect(thermal.minFrequencyMHz == 1800 && thermal.maxFrequencyMHz == 1900)
        #expect(thermal.throttleEvents == 0 && !thermal.throttled)
        #expect(thermal.samples >= 1)
    }

    @Test func aHotBoardIsWaitedForUntilItCools() throws {
        let board = try FakeBoard()
        try board.setZone(1, celsius: 72)
        // The board cools to 55 °C some 0.6 s later.
        let cooler = Thread {
            Thread.sleep(forTimeInterval: 0.6)
            try? board.setZone(1, celsius: 55)
        }
        cooler.start()
        let result = runner(root: board.root.path).run(
            thermalSpec(.init(cooldownBelowCelsius: 60, cooldownTimeoutSeconds: 30)))
        #expect(result.status == .ok)
        let thermal = try #require(result.thermal)
        let waited = try #require(thermal.cooldownSeconds)
        #expect(waited >= 0.5 && waited < 10, "waited \(waited) s")
        #expect(thermal.cooldownTimedOut == false)
        #expect(thermal.startCelsius == 55)
    }

    @Test func aBoardThatStaysHotRunsAfterTheTimeoutAndSaysSo() throws {
        let board = try FakeBoard()
        try board.setZone(0, celsius: 91)
        let result = runner(root: board.root.path).run(
            thermalSpec(.init(cooldownBelowCelsius: 60, cooldownTimeoutSeconds: 0.5, throttleCelsius: 90)))
        #expect(result.status == .ok)
        let thermal = try #require(result.thermal)
        #expect(thermal.cooldownTimedOut)
        #expect(thermal.startCelsius == 91)
        #expect(thermal.throttleReasons == ["reached 91.0 °C (throttle_c 90.0)"])
    }

    @Test func throttleCountersThatMoveMarkTheCase() throws {
        let board = try FakeBoard()
        // The kernel throttles during the case: the counters move while the runner works.
        let throttler = Thread {
            Thread.sleep(forTimeInterval: 0.3)
            try? board.setThrottleCount(cpu: 0, 9)
            try? board.setThrottleCount(cpu: 1, 8)
        }
        throttler.start()
        var spec = thermalSpec(nil)
        spec.iterations = 300
        let result = runner(root: board.root.path).run(spec)
        #expect(result.status == .ok)
        let thermal = try #require(result.thermal)
        #expect(thermal.throttleEvents == 3)
        #expect(thermal.throttleReasons == ["the kernel counted 3 thermal-throttle events"])
    }

    @Test func aBoardWithoutSensorsRecordsNoThermal() throws {
        let empty = try Scratch("sysfs")
        let result = runner(root: empty.path).run(thermalSpec(.init(cooldownBelowCelsius: 60)))
        #expect(result.status == .ok)
        #expect(result.thermal == nil)
    }
}
