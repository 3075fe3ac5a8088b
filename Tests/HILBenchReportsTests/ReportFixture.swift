import Foundation
import HILBenchCore
import HILBenchReports
import HILBenchStats
import HILBenchSystem
import HILBenchTesting

/// A realistic multi-board lab: 3 boards with prices and TDPs, 2 models, 3 runtimes, 3 precisions (54 cases),
/// of which 6 skipped (no OpenVINO on the Pi), 1 failed (a crash) and 1 infra error; energy on every measured
/// case, accuracy against fp32 for fp16 and int8, and two trend series for the nightly chart.
struct LabFixture {
    static let boards:
        [(
            name: String, soc: String, cores: Int, accelerator: String?, price: Double?, tdp: Double?, speed: Double,
            watts: Double
        )] = [
            ("rock5b", "rk3588", 8, "npu-6tops", 149, 10, 1.0, 3.0),
            ("orin-nano", "orin-nano", 6, "gpu-ampere-1024", 249, 15, 0.55, 7.5),
            ("rpi5", "bcm2712", 4, nil, 80, 12, 1.8, 1.4),
        ]
    static let models: [(String, Double)] = [("mobilenet-v2", 8), ("yolov8n", 40)]
    static let runtimes: [RuntimeKind] = [.onnxruntime, .openvino, .litert]

    var targets: [TargetConfig]
    var results: [CaseResult]
    var trends: [TrendSeries]

    /// Cases whose status is ok.
    var okCount: Int { results.filter { $0.status == .ok }.count }

    init(priceOfThirdBoard: Double? = 80, seed: UInt64 = 42) {
        var random = TestRandom(seed: seed)
        targets = Self.boards.enumerated().map { index, board in
            TargetConfig(
                name: board.name, transport: .local(agentPath: nil),
                chip: .init(
                    soc: board.soc, cores: board.cores, accelerator: board.accelerator,
                    priceUSD: index == 2 ? priceOfThirdBoard : board.price, tdpWatts: board.tdp),
                marker: .simulated, meter: .simulated)
        }
        var results: [CaseResult] = []
        for board in Self.boards {
            for (model, base) in Self.models {
                for runtime in Self.runtimes {
                    for precision in Precision.allCases {
                        let key = CaseKey(
                            target: board.name, model: model, runtime: runtime, precision: precision, threads: 4,
                            batch: 1)
                        if board.name == "rpi5", runtime == .openvino {
                            results.append(
                                .notRun(
                                    key, status: .skipped, kind: "skipped",
                                    message: "runtime openvino is not installed on the board"))
                            continue
                        }
                        if board.name == "orin-nano", model == "yolov8n", runtime == .litert, precision == .fp16 {
                            results.append(
                                .notRun(
                                    key, status: .failed, kind: "crash",
                                    message: "the runner was killed by signal 11 (SIGSEGV)",
                                    stderrTail: "Segmentation fault"))
                            continue
                        }
                        if board.name == "rock5b", model == "mobilenet-v2", runtime == .openvino, precision == .int8 {
                            results.append(
                                .notRun(
                                    key, status: .infraError, kind: "unreachable",
                                    message: "the board did not answer within 30 s"))
                            continue
                        }
                        let precisionFactor = precision == .fp32 ? 1.0 : (precision == .fp16 ? 0.8 : 0.5)
                        let runtimeFactor = runtime == .onnxruntime ? 1.0 : (runtime == .openvino ? 0.9 : 1.15)
                        let medianMs = base * board.speed * precisionFactor * runtimeFactor
                        let iterations =
                            model == "mobilenet-v2" && runtime == .onnxruntime && precision == .fp32 ? 700 : 200
                        let latencies = (0..<iterations).map { _ in
                            Int64(medianMs * 1e6 * exp(0.04 * random.gaussian()) * (random.unit() < 0.02 ? 1.5 : 1))
                        }
                        var result = CaseResult(
                            key: key, status: .ok,
                            runtime: .init(name: runtime.rawValue, version: "1.2.3", provider: "cpu", threads: 4),
                            loadNs: Int64(base * 9e6), latenciesNs: latencies, startedAt: 1_767_225_600,
                            transport: "ssh")
                        result.memory = .init(
                            peakRSSKiB: Int(base * 4096) + 60_000, loadRSSKiB: Int(base * 3500) + 50_000,
                            steadyRSSKiB: Int(base * 3900) + 55_000)
                        let watts = board.watts * (precision == .int8 ? 0.85 : 1)
                        let mj = watts * medianMs
                        result.energy = .init(
                            windowSource: "meterLogic", meter: "simulated",
                            windowSeconds: medianMs * Double(iterations) / 1000,
                            netJoules: mj * Double(iterations) / 1000, baselineWatts: 2.0, averageWatts: watts + 2,
                            peakWatts: watts + 3,
                            millijoulesPerInference: mj, inferencesPerJoule: 1000 / mj, samples: 20_000, flags: [])
                        if precision != .fp32 {
                            let error = precision == .fp16 ? 0.0004 : 0.03
                            result.accuracy = .init(
                                reference: .fp32, maxAbsError: error * (1 + random.unit()), meanAbsError: error / 10,
                                cosineSimilarity: precision == .fp16 ? 0.99999 : 0.9985,
                                top1Agreement: precision == .fp16 ? 1 : 0.97)
                        }
                        result.environment = EnvironmentInfo(
                            hostname: board.name, cpuModel: "\(board.soc) cpu", cores: board.cores,
                            memoryBytes: 8 << 30,
                            kernel: "6.1.0", os: "Debian GNU/Linux 12 (bookworm)", architecture: "aarch64",
                            governor: "performance", frequenciesMHz: [2400], temperaturesC: ["soc": 48],
                            agentVersion: "0.1.0", pythonVersion: "3.11.2", cpuQuotaCores: nil)
                        results.append(result)
                    }
                }
            }
        }
        self.results = results
        let day = 86_400.0
        func series(_ caseID: String, level: Double, step: Int?, verdictAtEnd: Verdict?) -> TrendSeries {
            var points: [TrendSeries.Point] = []
            for run in 0..<30 {
                let value = level * (step.map { run >= $0 ? 1.15 : 1 } ?? 1) * (1 + 0.01 * random.gaussian())
                var verdict: Verdict? = run == 0 ? nil : .noChange
                if run == step { verdict = .regressed }
                if run == 29, let verdictAtEnd { verdict = verdictAtEnd }
                points.append(
                    .init(
                        runID: "n\(run + 1)", time: 1_764_633_600 + Double(run) * day, value: value,
                        ciLow: value * 0.98, ciHigh: value * 1.02, verdict: verdict))
            }
            return TrendSeries(
                caseID: caseID, metric: "latency_p50", unit: "ms", points: points,
                changePointIndices: step.map { [$0] } ?? [])
        }
        trends = [
            series("rock5b/mobilenet-v2/onnxruntime/fp32/t4/b1", level: 8, step: 20, verdictAtEnd: nil),
            series("rpi5/yolov8n/litert/int8/t4/b1", level: 41, step: nil, verdictAtEnd: .improved),
        ]
    }

    /// A night on which one board hung during a case and came back after a power cycle.
    var events: [BoardEvent] {
        let caseID = results[0].key.id
        let board = results[0].key.target
        return [
            BoardEvent(
                board: board, at: 1_767_226_000, kind: .stoppedAnswering, detail: "no answer within 33 s",
                caseID: caseID),
            BoardEvent(
                board: board, at: 1_767_226_001, kind: .powerOff, detail: "relay off (GPIO gpiochip0:17)",
                caseID: caseID),
            BoardEvent(
                board: board, at: 1_767_226_003, kind: .powerOn, detail: "relay on after 2.0 s off", caseID: caseID),
            BoardEvent(
                board: board, at: 1_767_226_031, kind: .back, detail: "answered 28.0 s after power-on; health good",
                caseID: caseID),
            BoardEvent(
                board: board, at: 1_767_226_031, kind: .retried,
                detail: "running \(caseID) again after the power cycle", caseID: caseID),
        ]
    }

    func report(
        runID: String = "20260101-000000-lab1", suite: String = "board-selection", withTrends: Bool = true
    ) -> RunReport {
        var retried = results
        retried[0].attempts = 2
        retried[1].thermal = CaseResult.Thermal(
            startCelsius: 61, maxCelsius: 88.5, throttleReasons: ["reached 88.5 °C (throttle_c 85.0)"], samples: 12)
        return RunReport(
            runID: runID, suite: suite, startedAt: 1_767_225_600, endedAt: 1_767_229_200, controllerVersion: "0.1.0",
            gitCommit: "0123456789abcdef",
            targets: targets, results: retried, trends: withTrends ? trends : [], events: events)
    }
}

/// Seeded fixtures.
typealias TestRandom = SeededGenerator

/// Counts occurrences of `needle` in `text`.
func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
}

/// A fresh temporary folder.
func temporaryDirectory(_ label: String) throws -> String {
    let path = NSTemporaryDirectory() + "hilbench-\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The repository root, found from this file's path (tests read docs/ from it).
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// Runs a program found on PATH with an argument array, with a time limit; nil when it cannot be started.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func run(_ arguments: [String], timeout: Double = 60) -> ToolRun? {
        // `env` finds the program on PATH; SpawnedProcess reaps it and kills it at the time limit.
        guard
            let output = try? SpawnedProcess.run(["/usr/bin/env"] + arguments, timeout: .seconds(timeout))
        else { return nil }
        return ToolRun(
            status: output.exit.shellStatus, stdout: String(decoding: output.stdout, as: UTF8.self),
            stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// Whether a program is on PATH.
    static func available(_ name: String) -> Bool {
        run(["sh", "-c", "command -v \"$0\" >/dev/null", name], timeout: 10)?.status == 0
    }
}
