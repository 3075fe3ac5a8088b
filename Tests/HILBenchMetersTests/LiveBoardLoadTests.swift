import Foundation
import HILBenchMeters
import HILBenchSimulators
import Synchronization
import Testing

/// The live board load (marker wire + cgroup or CPU-time wire) and the PPK2 and SCPI simulators measuring it.
@Suite("Live board load: simulators following a board's marker wire and CPU use", .serialized, .timeLimit(.minutes(1)))
struct LiveBoardLoadTests {
    /// A fake board: a cgroup directory whose `cpu.stat` the test rewrites, and a marker wire file.
    struct FakeBoard {
        let folder: String
        var cgroup: String { folder + "/cgroup" }
        var wire: String { folder + "/marker.wire" }

        init() throws {
            folder = NSTemporaryDirectory() + "hilbench-live-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder + "/cgroup", withIntermediateDirectories: true)
            try setCPU(microseconds: 0)
        }

        /// Rewrites `cpu.stat` (cgroup v2 layout) with the cumulative CPU time.
        func setCPU(microseconds: Int64) throws {
            try "usage_usec \(microseconds)\nuser_usec \(microseconds)\nsystem_usec 0\n".write(
                toFile: cgroup + "/cpu.stat", atomically: true, encoding: .utf8)
        }

        /// Appends raw text to the marker wire.
        func appendWire(_ text: String) throws {
            if !FileManager.default.fileExists(atPath: wire) {
                try Data().write(to: URL(fileURLWithPath: wire))
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: wire))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    static func monotonicNs() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    @Test func powerIsIdlePlusWattsPerCPUTimesTheSlopeOfTheCgroupReadings() throws {
        let board = try FakeBoard()
        defer { board.remove() }
        let t: Int64 = 5_000_000_000
        let load = try LiveBoardLoad(
            configuration: .init(
                markerWire: board.wire, cpu: .cgroup(path: board.cgroup), idleWatts: 1.0,
                wattsPerCPU: 2.0), sampling: false)
        #expect(load.knownUntilNs == 0)
        try board.setCPU(microseconds: 1_000)
        load.takeReading(atNs: t)
        // 1.5 ms of CPU in the next 3 ms (half a core), then 4 ms in 2 ms (two cores).
        try board.appendWire("\(t + 2_000_000) 1\n")
        try board.setCPU(microseconds: 2_500)
        load.takeReading(atNs: t + 3_000_000)
        try board.appendWire("\(t + 4_000_000) 0\n\(t + 6_000_000) 1")  // the last line is still being written
        try board.setCPU(microseconds: 6_500)
        load.takeReading(atNs: t + 5_000_000)

        #expect(load.knownUntilNs == t)  // last reading − 5 ms settle
        #expect(load.state(atNs: t - 1) == (1.0, false))  // before the readings: idle
        #expect(load.state(atNs: t + 1_000_000) == (2.0, false))  // 1 + 2 × 0.5
        #expect(load.state(atNs: t + 2_000_000) == (2.0, true))  // an edge at an instant is seen at it
        #expect(load.state(atNs: t + 3_000_000) == (2.0, true))  // (a, b]: the reading instant ends its interval
        #expect(load.state(atNs: t + 3_000_001) == (5.0, true))  // 1 + 2 × 2
        #expect(load.state(atNs: t + 4_500_000) == (5.0, false))
        #expect(load.state(atNs: t + 7_000_000) == (1.0, false))  // the unterminated line is not an edge yet
        // Current at 5 V, as the SCPI simulator reports it: 0.4 A, then 1.0 A.
        #expect(load.state(atNs: t + 1_000_000).watts / 5 == 0.4)
        #expect(load.state(atNs: t + 4_000_000).watts / 5 == 1.0)
        #expect(abs(load.averageWatts(fromNs: t, toNs: t + 5_000_000) - (1.0 + 2.0 * 5.5 / 5)) < 1e-12)
        #expect(
            abs(load.averageWatts(fromNs: t + 1_500_000, toNs: t + 4_000_000) - (1.0 + 2.0 * (0.75 + 2.0) / 2.5))
                < 1e-12)

        // The line completes: the edge appears.
        try board.appendWire("\n")
        load.takeReading(atNs: t + 8_000_000)
        #expect(load.state(atNs: t + 7_000_000) == (1.0, true))
    }

    @Test func aReplacedWireStartsOverAndABadLineIsReportedAndSkipped() throws {
        let board = try FakeBoard()
        defer { board.remove() }
        let problems = Mutex<[String]>([])
        let load = try LiveBoardLoad(
            configuration: .init(markerWire: board.wire, cpu: .cgroup(path: board.cgroup)), sampling: false
        ) { problem in
            problems.withLock { $0.append(problem.description) }
        }
        try board.appendWire("100 1\nnot an edge\n300 0\n")
        load.takeReading(atNs: 1_000)
        #expect(load.state(atNs: 200).marker)
        #expect(!load.state(atNs: 300).marker)
        let reported = problems.withLock { $0 }
        #expect(reported.count == 1)
        #expect(reported.first?.contains("marker.wire:2)") == true, "\(reported)")
        // A new lab truncates the wire: the old edges are gone.
        try "50 1\n".write(toFile: board.wire, atomically: true, encoding: .utf8)
        load.takeReading(atNs: 2_000)
        #expect(load.state(atNs: 60).marker)
        #expect(load.state(atNs: 400).marker)
    }

    @Test func aCPUTimeWireDrivesThePowerToo() throws {
        let board = try FakeBoard()
        defer { board.remove() }
        let cpuWire = board.folder + "/cpu.wire"
        try "1000000 0\n3000000 1000000\n".write(toFile: cpuWire, atomically: true, encoding: .utf8)
        let load = try LiveBoardLoad(
            configuration: .init(
                markerWire: board.wire, cpu: .cpuTimeWire(path: cpuWire), idleWatts: 0.5,
                wattsPerCPU: 3.0, settleMs: 1), sampling: false)
        load.takeReading(atNs: 4_000_000)
        #expect(load.knownUntilNs == 3_000_000)
        #expect(load.state(atNs: 2_000_000).watts == 0.5 + 3.0 * 0.5)
        #expect(load.state(atNs: 3_500_000).watts == 0.5)
    }

    @Test func aMissingCgroupIsAClearError() throws {
        #expect(throws: MeterError.self) {
            try LiveBoardLoad(
                configuration: .init(markerWire: "/nonexistent/wire", cpu: .cgroup(path: "/nonexistent/cgroup")))
        }
        let board = try FakeBoard()
        defer { board.remove() }
        do {
            _ = try LiveBoardLoad(
                configuration: .init(markerWire: board.wire, cpu: .cgroup(path: board.cgroup), wattsPerCPU: -1))
            Issue.record("a negative wattsPerCPU must be refused")
        } catch {
            #expect(error.code == .configuration)
            #expect(error.message.contains("wattsPerCPU"))
        }
    }

    /// Scripted readings for a capture that starts now: idle until +300 ms, half a core busy until +500 ms with the
    /// marker high, idle again until +900 ms. Net window energy = 2 W/core × 0.1 CPU-s = 0.2 J.
    static func scriptedBoard(_ board: FakeBoard, start: Int64) throws -> LiveBoardLoad {
        let load = try LiveBoardLoad(
            configuration: .init(
                markerWire: board.wire, cpu: .cgroup(path: board.cgroup), idleWatts: 1.0,
                wattsPerCPU: 2.0), sampling: false)
        try board.appendWire("\(start + 300_000_000) 1\n\(start + 500_000_000) 0\n")
        load.takeReading(atNs: start - 10_000_000)
        load.takeReading(atNs: start + 300_000_000)
        try board.setCPU(microseconds: 100_000)
        load.takeReading(atNs: start + 500_000_000)
        load.takeReading(atNs: start + 900_000_000)
        return load
    }

    @Test func thePPK2SimulatorStreamsTheLiveBoardWithTheMarkerOnD0() async throws {
        let board = try FakeBoard()
        defer { board.remove() }
        let start = Self.monotonicNs()
        let load = try Self.scriptedBoard(board, start: start)
        let simulator = try PPK2Simulator(measuring: .live(load))
        defer { simulator.stop() }
        let meter = PPK2PowerMeter(configuration: .init(devicePath: simulator.devicePath, millivolts: 3_300))
        let meterRecording = try await TraceRecorder.start(meter)
        // Frames follow the board only as far as it is known (+895 ms): wait past that, the stream stops there.
        while Self.monotonicNs() < start + 1_000_000_000 { try await Task.sleep(for: .milliseconds(20)) }
        let trace = try await meterRecording.stop()
        let spanNs = try #require(trace.timesNs.last)
        #expect(
            spanNs < 895_000_000 && spanNs > 700_000_000, "the stream must end where the board is known: \(spanNs) ns")
        // Currents: 1 W / 3.3 V idle, 2 W / 3.3 V in the window (PPK2 quantisation: well under 0.5 %).
        let inside = zip(trace.watts, trace.logic).filter { $0.1 & 1 == 1 }.map { Double($0.0) }
        let outside = zip(trace.watts, trace.logic).filter { $0.1 & 1 == 0 }.map { Double($0.0) }
        #expect(inside.count > 19_000 && inside.count <= 20_001, "\(inside.count) samples with D0 high")
        #expect(inside.allSatisfy { abs($0 - 2.0) < 0.01 }, "\(inside.min() ?? 0)…\(inside.max() ?? 0) W")
        #expect(outside.allSatisfy { abs($0 - 1.0) < 0.005 }, "\(outside.min() ?? 0)…\(outside.max() ?? 0) W")
        var integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: 0, baselineNs: 100_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let window = try #require(integrator.finish().windows.first)
        #expect(abs(window.netEnergyJ - 0.2) / 0.2 < 0.005, "\(window.netEnergyJ) J")
        #expect(window.flags.isEmpty)
    }

    @Test func theSCPISimulatorLogsTheLiveBoardsAveragePowerPerPeriod() async throws {
        let board = try FakeBoard()
        defer { board.remove() }
        let start = Self.monotonicNs()
        let load = try Self.scriptedBoard(board, start: start)
        let simulator = try SCPISimulator(behaviour: .init(measuring: .live(load), volts: 5.0))
        defer { simulator.stop() }
        let meter = SCPIPowerMeter(
            configuration: .init(
                host: "127.0.0.1", port: simulator.port, expectedManufacturer: "Keysight Technologies",
                expectedModel: "N6705", mode: .dataLog(periodSeconds: 0.001), fetchIntervalMs: 10))
        let meterRecording = try await TraceRecorder.start(meter)
        while Self.monotonicNs() < start + 1_000_000_000 { try await Task.sleep(for: .milliseconds(20)) }
        let trace = try await meterRecording.stop()
        let last = try #require(trace.timesNs.last)
        #expect(last < start + 895_000_000, "records stop where the board is known")
        // Records are exact period averages: 1 W or 2 W, and at most one record straddling each edge.
        let watts = trace.watts.map(Double.init)
        #expect(
            watts.filter { abs($0 - 1.0) > 1e-5 && abs($0 - 2.0) > 1e-5 }.count <= 2,
            "\(watts.filter { abs($0 - 1.0) > 1e-5 && abs($0 - 2.0) > 1e-5 })")
        let window = EnergyIntegrator.Window(beginNs: start + 300_000_000, endNs: start + 500_000_000)
        var integrator = EnergyIntegrator(
            windowSource: .explicit([window], source: .softwareTimestamps), minPulseNs: 0,
            baselineNs: 100_000_000, subtractBaseline: true)
        integrator.feed(trace)
        let result = try #require(integrator.finish().windows.first)
        // Record instants sit mid-period on the host clock from TRIG:ELOG: the edges blur by about one period (1 ms of 200).
        #expect(abs(result.netEnergyJ - 0.2) / 0.2 < 0.01, "\(result.netEnergyJ) J")
    }
}
