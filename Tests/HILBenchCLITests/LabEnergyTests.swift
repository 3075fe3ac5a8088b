import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Synchronization
import Testing

/// Whether python3 on this machine (and so on the lab's boards, which share it) imports onnxruntime.
let hasOnnxRuntime: Bool =
    (try? SpawnedProcess.run(["/usr/bin/env", "python3", "-c", "import onnxruntime"]))?.succeeded ?? false

/// Energy per inference on virtual boards metered by the PPK2 and SCPI simulators (`lab.sh up --meters`): the
/// meters follow each board's marker wire and cgroup CPU time, so the energy of a case is the work it did.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct LabEnergyTests {
    /// Cumulative CPU time of a cgroup, read every millisecond on a thread of the test (independently of the meters).
    final class CgroupSampler: Sendable {
        private let points = Mutex<[(timeNs: Int64, cpuNs: Int64)]>([])
        private let stopping = Mutex(false)
        private let ended = DispatchSemaphore(value: 0)

        init(directory: String) {
            let path = directory + "/cpuacct.usage"
            let thread = Thread { [self] in
                while !stopping.withLock({ $0 }) {
                    if let text = try? String(contentsOfFile: path, encoding: .utf8),
                        let cpu = Int64(text.trimmingCharacters(in: .whitespacesAndNewlines))
                    {
                        let now = LabEnergyTests.monotonicNs()
                        points.withLock { $0.append((now, cpu)) }
                    }
                    usleep(1_000)
                }
                ended.signal()
            }
            thread.start()
        }

        func stop() {
            stopping.withLock { $0 = true }
            ended.wait()
        }

        /// CPU seconds used in [from, to] (linear between readings).
        func cpuSeconds(fromNs from: Int64, toNs to: Int64) -> Double {
            points.withLock { points in
                func cpu(_ t: Int64) -> Double {
                    guard let after = points.firstIndex(where: { $0.timeNs >= t }) else {
                        return Double(points.last?.cpuNs ?? 0)
                    }
                    guard after > 0 else { return Double(points[0].cpuNs) }
                    let a = points[after - 1]
                    let b = points[after]
                    return Double(a.cpuNs) + Double(b.cpuNs - a.cpuNs) * Double(t - a.timeNs)
                        / Double(b.timeNs - a.timeNs)
                }
                return (cpu(to) - cpu(from)) / 1e9
            }
        }
    }

    static func monotonicNs() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// The meter line `up` recorded for board K: kind, cgroup directory, idle W, W per busy core.
    static func meterRecord(
        _ board: Int, lab: Lab
    ) throws -> (kind: String, cgroup: String, idleWatts: Double, wattsPerCPU: Double) {
        let state = try String(contentsOfFile: lab.directory + "/state", encoding: .utf8)
        let fields = try #require(
            state.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
                .first { $0.count == 6 && $0[0] == "meter" && $0[1] == "\(board)" })
        return (fields[2], fields[3], try #require(Double(fields[4])), try #require(Double(fields[5])))
    }

    @Test(
        .enabled(if: canMakeLab, "needs root, iproute2 and /usr/sbin/sshd to make network namespaces"),
        .enabled(if: hasOnnxRuntime, "needs python3 with onnxruntime on the (shared) boards"))
    func energyPerInferenceFollowsTheWorkOnPPK2AndSCPIMeteredBoards() throws {
        let workspace = try makeWorkspace()
        let lab = Lab(directory: workspace.path + "/lab", targets: workspace.path + "/Targets")
        let up = try lab.run(["up", "2", "--meters", "ppk2,scpi"])
        defer { _ = try? lab.run(["down", "--force", "--purge"]) }
        try #require(up.status == 0, "lab up failed:\n\(up.stdout)\n\(up.stderr)")
        let board1 = try String(contentsOfFile: lab.targets + "/lab-board1.yaml", encoding: .utf8)
        #expect(board1.contains("kind: ppk2") && board1.contains("device: \(lab.directory)/board1/ppk2"))
        #expect(board1.contains("wire: \(lab.directory)/board1/marker.wire"))
        // Board 2 over HTTP: its own target file (chip, marker, meter) with another transport.
        let board2 = try String(contentsOfFile: lab.targets + "/lab-board2.yaml", encoding: .utf8)
        #expect(board2.contains("kind: scpi") && board2.contains("port: "))
        let transport = try #require(board2.range(of: "transport:"))
        let chip = try #require(board2.range(of: "chip:"))
        let http = lab.httpTransport(2)
        try workspace.write(
            "Targets/lab-http2.yaml",
            board2.replacingCharacters(in: transport.lowerBound..<chip.lowerBound, with: http)
                .replacingOccurrences(of: "name: lab-board2", with: "name: lab-http2"))
        // The runtimes suite's tinycnn on ONNX Runtime, fp32 and its int8 artifact.
        let models = Lab.repository + "/Suites/models"
        try workspace.write(
            "Suites/energy.yaml",
            """
            name: lab-energy
            models:
              - name: tinycnn-onnx
                artifacts:
                  fp32: {path: \(models)/tinycnn.onnx, sha256: "425c98f1339d9df2e28d892efa9b92d776f37471e90d9af05f329a10c4d4af96"}
                  int8: {path: \(models)/tinycnn.int8.onnx, sha256: "1095a2cf31ece82e5132b39ea7f962e75d27291e51d292a60665b095ef580269"}
                inputs:
                  seed: 1234
            runtimes: [onnxruntime]
            precisions: [fp32, int8]
            threads: [1]
            measure:
              warmup: 50
              iterations: 30000
              timeout_s: 120
            energy:
              idle_ms: 200

            """)
        let meters = [1: try Self.meterRecord(1, lab: lab), 2: try Self.meterRecord(2, lab: lab)]
        #expect(meters[1]?.kind == "ppk2" && meters[2]?.kind == "scpi")
        let samplers = [1: CgroupSampler(directory: meters[1]!.cgroup), 2: CgroupSampler(directory: meters[2]!.cgroup)]
        let run = try Execution.run(
            [
                BuiltProducts.controller, "run", "--plain", "--suite", "Suites/energy.yaml", "--targets",
                "Targets/lab-board1.yaml", "Targets/lab-http2.yaml", "--artifact-root", models,
            ], in: workspace.path)
        samplers.values.forEach { $0.stop() }
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")

        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let results = try store.results(runID: try #require(try store.runs().last).id)
        #expect(results.count == 4)
        var perInference: [String: Double] = [:]
        var report: [String] = []
        for result in results {
            let board = result.key.target == "lab-board1" ? 1 : 2
            let meter = try #require(meters[board])
            let energy = try #require(
                result.energy, "\(result.key.id): no energy (\(result.failure?.message ?? "no failure"))")
            #expect(result.status == .ok)
            #expect(energy.millijoulesPerInference > 0)
            #expect(energy.meter.contains(board == 1 ? "PPK2" : "N6705"), "\(energy.meter)")
            #expect(energy.windowSource == (board == 1 ? "meterLogic" : "softwareTimestamps"))
            #expect(energy.flags.isEmpty, "\(result.key.id): \(energy.flags)")
            // The window the board marked, and the CPU its cgroup used in it, read by this test on its own.
            let rise = try #require(result.markerEdges.first { $0.level }?.timeNs)
            let fall = try #require(result.markerEdges.last { !$0.level }?.timeNs)
            #expect(
                abs(energy.windowSeconds - Double(fall - rise) / 1e9) < 0.001, "meter window \(energy.windowSeconds) s")
            let cpu = try #require(samplers[board]).cpuSeconds(fromNs: rise, toNs: fall)
            // Gross energy above idle = W per core × CPU seconds in the window: the work, whatever the wall time.
            let gross = energy.netJoules + (energy.baselineWatts ?? 0) * energy.windowSeconds
            let work = gross - meter.idleWatts * energy.windowSeconds
            let expected = meter.wattsPerCPU * cpu
            report.append(
                "\(result.key.id): \(energy.millijoulesPerInference) mJ/inf, window \(energy.windowSeconds) s, CPU \(cpu) s, "
                    + "above idle \(work) J vs \(expected) J, baseline \(energy.baselineWatts ?? 0) W, median \(median(result.latenciesNs)) ns"
            )
            #expect(cpu > 0.05 * Double(fall - rise) / 1e9, "the runner must be busy in its window: \(cpu) CPU-s")
            // Both this test and the meter read the same cgroup counter, each every 1 ms at its own instants, and the
            // kernel adds a running task's time to it in bursts (at ticks and switches, up to a few ms of CPU at once):
            // one burst next to a window edge is split differently by the two readers. Seen with 10 000 iterations
            // (windows of 0.17–0.5 s): 0.004–3.6 %; 30 000 iterations make the windows 3× longer and the edges count less.
            #expect(abs(work - expected) <= 0.05 * expected, "\(report.last!)")
            // And on the runner's own clock: an inference keeps one core busy for its latency, so the energy per
            // inference is about W per core × the median latency, plus the runner loop's and the agent's share
            // (seen: 1.07–1.24×).
            let computeMilliJ = meter.wattsPerCPU * Double(median(result.latenciesNs)) / 1e6
            #expect(
                energy.millijoulesPerInference > 0.8 * computeMilliJ
                    && energy.millijoulesPerInference < 1.6 * computeMilliJ,
                "\(report.last!); W/core × median latency = \(computeMilliJ) mJ")
            perInference[result.key.id] = energy.millijoulesPerInference
        }
        // fp32 vs int8 on each board: the energy ratio is the ratio of the CPU work per inference. Which one costs
        // more is this CPU's business (here int8 is slower in ONNX Runtime), so the direction is the latency's.
        for target in ["lab-board1", "lab-http2"] {
            let fp32 = try #require(results.first { $0.key.target == target && $0.key.precision == .fp32 })
            let int8 = try #require(results.first { $0.key.target == target && $0.key.precision == .int8 })
            let energyRatio = try #require(perInference[int8.key.id]) / (try #require(perInference[fp32.key.id]))
            let latencyRatio = Double(median(int8.latenciesNs)) / Double(median(fp32.latenciesNs))
            report.append("\(target): int8/fp32 energy per inference \(energyRatio), median latency \(latencyRatio)")
            if abs(latencyRatio - 1) > 0.3 {
                #expect((energyRatio > 1) == (latencyRatio > 1), "\(report.joined(separator: "\n"))")
            }
        }
        print(report.joined(separator: "\n"))
    }

    func median(_ values: [Int64]) -> Int64 {
        values.isEmpty ? 0 : values.sorted()[values.count / 2]
    }
}
