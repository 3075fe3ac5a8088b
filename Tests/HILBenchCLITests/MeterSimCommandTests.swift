import Foundation
import HILBenchMeters
import HILBenchSimulators
import HILBenchSystem
import HILBenchTesting
import Testing

/// The built `hilbench-metersim`: argument errors, the ready line, a driver reading the simulated meter, and a
/// clean exit on SIGTERM.
@Suite(.serialized, .timeLimit(.minutes(1)))
struct MeterSimCommandTests {
    static var binary: String { BuiltProducts.directory + "/hilbench-metersim" }

    /// A fake board: a cgroup folder with a `cpu.stat` and an empty marker wire.
    static func board(in scratch: Scratch, cpuMicroseconds: Int64 = 0) throws -> (cgroup: String, wire: String) {
        try scratch.write("cgroup/cpu.stat", "usage_usec \(cpuMicroseconds)\n")
        return (scratch.path + "/cgroup", try scratch.write("marker.wire", ""))
    }

    /// A running simulator whose standard output is read line by line.
    final class Running: @unchecked Sendable {  // used from one test at a time
        let process: SpawnedProcess
        private var buffer = Data()

        init(_ arguments: [String]) throws {
            process = try SpawnedProcess([MeterSimCommandTests.binary] + arguments, stdout: .pipe, stderr: .null)
        }

        /// The first line of standard output (nil when the process ends or 10 s pass first).
        func firstLine() -> String? {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    return String(decoding: buffer[..<newline], as: UTF8.self)
                }
                guard let chunk = process.stdout?.availableData, !chunk.isEmpty else { return nil }
                buffer += chunk
            }
            return nil
        }

        /// SIGTERM, then the exit status (a clean exit is 0; killed by the signal, 128 + 15).
        func terminate() -> Int32 {
            process.signal(SIGTERM)
            return process.waitUntilExit().shellStatus
        }
    }

    @Test(arguments: [
        (
            ["ppk2", "--link", "/tmp/x", "--marker-wire", "/tmp/w"],
            "give the board's CPU source: --cgroup DIR or --cpu-wire FILE"
        ),
        (
            ["ppk2", "--link", "/tmp/x", "--marker-wire", "/tmp/w", "--cgroup", "/a", "--cpu-wire", "/b"],
            "give only one of --cgroup and --cpu-wire"
        ),
        (
            ["scpi", "--listen", "localhost", "--marker-wire", "/tmp/w", "--cgroup", "/a"],
            "--listen must be HOST:PORT with a port 0…65535, got 'localhost'"
        ),
        (
            ["scpi", "--listen", "127.0.0.1:5025", "--marker-wire", "/tmp/w", "--cgroup", "/a", "--watts-per-cpu=-2"],
            "--watts-per-cpu must be ≥ 0, got -2.0"
        ),
        (
            ["ppk2", "--link", "/nonexistent-folder/ppk2", "--marker-wire", "/tmp/w", "--cgroup", "/a"],
            "the folder of --link /nonexistent-folder/ppk2 does not exist"
        ),
    ])
    func badArgumentsAreRefusedClearly(arguments: [String], message: String) throws {
        let run = try Execution.run([Self.binary] + arguments, in: "/tmp")
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func anUnreadableCgroupIsAnErrorNamingIt() throws {
        let run = try Execution.run(
            [Self.binary, "scpi", "--listen", "127.0.0.1:0", "--marker-wire", "/tmp/w", "--cgroup", "/nonexistent/cg"],
            in: "/tmp")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("/nonexistent/cg has neither cpu.stat (cgroup v2) nor cpuacct.usage (v1)"),
            "\(run.stderr)")
    }

    @Test func ppk2ServesAPseudoTerminalBehindTheLinkUntilSIGTERM() async throws {
        let scratch = try Scratch("metersim")
        let board = try Self.board(in: scratch)
        let link = scratch.path + "/ppk2"
        // An existing file is not replaced.
        try scratch.write("ppk2", "mine")
        let refused = try Execution.run(
            [Self.binary, "ppk2", "--link", link, "--marker-wire", board.wire, "--cgroup", board.cgroup],
            in: scratch.path)
        #expect(refused.status == 64 && refused.stderr.contains("already exists"), "\(refused.stderr)")
        try FileManager.default.removeItem(atPath: link)

        let simulator = try Running([
            "ppk2", "--link", link, "--marker-wire", board.wire, "--cgroup", board.cgroup, "--idle-watts", "0.66",
        ])
        let ready = try #require(simulator.firstLine())
        #expect(ready.hasPrefix("hilbench-metersim ppk2 ready: \(link) -> /dev/pts/"), "\(ready)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link).hasPrefix("/dev/pts/"))
        // An idle board (its cgroup's CPU time does not move): 0.66 W at the 3.3 V the driver sets = 0.2 A.
        let meter = PPK2PowerMeter(configuration: .init(devicePath: link, millivolts: 3_300))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(200))
        let trace = try await meterRecording.stop()
        #expect(trace.count > 5_000, "\(trace.count) samples")
        #expect(
            trace.watts.allSatisfy { abs($0 - 0.66) < 0.005 }, "\(trace.watts.min() ?? 0)…\(trace.watts.max() ?? 0) W")
        #expect(simulator.terminate() == 0)
        #expect(
            !FileManager.default.fileExists(atPath: link)
                && (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil)
    }

    @Test func scpiListensOnTheGivenAddressAndAnswersAsAnN6705() async throws {
        let scratch = try Scratch("metersim")
        let board = try Self.board(in: scratch)
        let simulator = try Running([
            "scpi", "--listen", "127.0.0.1:0", "--marker-wire", board.wire, "--cgroup", board.cgroup, "--millivolts",
            "5000",
        ])
        let ready = try #require(simulator.firstLine())
        #expect(ready.hasPrefix("hilbench-metersim scpi ready: 127.0.0.1:"), "\(ready)")
        let port = try #require(
            UInt16(ready.dropFirst("hilbench-metersim scpi ready: 127.0.0.1:".count).prefix { $0.isNumber }))
        let meter = SCPIPowerMeter(configuration: .init(host: "127.0.0.1", port: port, fetchIntervalMs: 10))
        let meterRecording = try await TraceRecorder.start(meter)
        try await Task.sleep(for: .milliseconds(200))
        let trace = try await meterRecording.stop()
        #expect(trace.count > 100, "\(trace.count) records")
        #expect(
            trace.watts.allSatisfy { abs($0 - 1.0) < 1e-5 },
            "default idle 1 W: \(trace.watts.min() ?? 0)…\(trace.watts.max() ?? 0) W")
        #expect(meter.info.model.contains("N6705"), "\(meter.info.model)")
        #expect(simulator.terminate() == 0)
    }
}
