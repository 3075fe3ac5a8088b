import Foundation
import HILBenchCore
import HILBenchStats
import HILBenchStore

/// A year of nightly history as a lab's store holds it: `runs` nightly runs of one suite, `cases` cases each (5 boards
/// × 5 models × 2 runtimes × 2 precisions × 2 thread counts = 200), every case shaped like one `hilbench run` stores
/// on a real agent — three executions of `samples / 3` iterations, warm-ups, a memory timeline of one sample per
/// ~12 ms of the case (≈ 250 points: the bulk of the row's JSON, ≈ 14 KB like a stored reference-runner case),
/// environment, machine load, energy, marker edges, accuracy for int8. Seeded: every call gives the same rows.
struct StoreYear: Sendable {
    var runs: Int
    var cases: Int
    var samples: Int
    var seed: UInt64 = 365
    /// Prefixed to board names and run ids, so a second set of rows in the same store has histories of its own.
    var prefix = ""

    static let boards: [(name: String, soc: String, speed: Double)] = [
        ("rk3588-a", "rk3588", 1.0), ("jetson-orin-nano", "orin-nano", 0.6), ("rpi5", "bcm2712", 1.7),
        ("imx8mp", "imx8mp", 2.4), ("n100-box", "intel-n100", 0.8),
    ]
    static let models: [(name: String, milliseconds: Double)] = [
        ("mobilenet-v2", 6), ("resnet18", 21), ("yolov8n", 34), ("ppocr-det", 48), ("tinycnn", 0.4),
    ]

    /// The case identities, in the order a run stores them (the first `cases` of the 200-cell matrix, repeated on
    /// boards `-2`, `-3`… beyond 200).
    var keys: [CaseKey] {
        var keys: [CaseKey] = []
        var round = 0
        while keys.count < cases {
            for board in Self.boards {
                for model in Self.models {
                    for runtime in [RuntimeKind.onnxruntime, .litert] {
                        for precision in [Precision.fp32, .int8] {
                            for threads in [1, 4] where keys.count < cases {
                                keys.append(
                                    CaseKey(
                                        target: prefix + (round == 0 ? board.name : "\(board.name)-\(round + 1)"),
                                        model: model.name, runtime: runtime, precision: precision, threads: threads,
                                        batch: 1))
                            }
                        }
                    }
                }
            }
            round += 1
        }
        return keys
    }

    var targets: [TargetConfig] {
        Array(Set(keys.map(\.target))).sorted().map { name in
            let soc = Self.boards.first { name.dropFirst(prefix.count).hasPrefix($0.name) }?.soc ?? "unknown"
            return TargetConfig(
                name: name, transport: .local(agentPath: nil), chip: .init(soc: soc, cores: 8, priceUSD: 100),
                marker: .simulated, meter: .simulated)
        }
    }

    var suite: SuiteConfig {
        SuiteConfig(
            name: "nightly", models: Self.models.map { .init(name: $0.name, format: .onnx) },
            runtimes: [.onnxruntime, .litert], precisions: [.fp32, .int8], threads: [1, 4])
    }

    /// Day 0 is a year before the newest run.
    static let firstDay = 1_767_225_600.0

    func runID(_ day: Int) -> String { prefix + String(format: "nightly-%03d", day + 1) }

    func run(_ day: Int) -> RunRecord {
        let started = Self.firstDay + Double(day) * 86_400
        return RunRecord(
            id: runID(day), suiteName: "nightly", startedAt: started, endedAt: started + 3_000,
            controllerVersion: "0.1.0", suite: suite, targets: targets, gitCommit: "9f1c2ab", kind: "nightly")
    }

    /// The cases of night `day` (a step of +12% in one case of four, from a night of its own).
    func results(_ day: Int) -> [CaseResult] {
        let keys = keys
        var random = Xoshiro256StarStar(seed: seed &+ UInt64(day) &* 7919)
        return keys.enumerated().map { index, key in result(key, index: index, day: day, random: &random) }
    }

    private func result(_ key: CaseKey, index: Int, day: Int, random: inout Xoshiro256StarStar) -> CaseResult {
        let board = Self.boards.first { key.target.dropFirst(prefix.count).hasPrefix($0.name) } ?? Self.boards[0]
        let model = Self.models.first { $0.name == key.model } ?? Self.models[0]
        let stepDay = index % 4 == 0 ? 60 + (index * 37) % max(1, runs - 90) : Int.max
        let level =
            model.milliseconds * board.speed * (key.precision == .int8 ? 0.55 : 1) * (key.threads == 4 ? 0.38 : 1)
            * (key.runtime == .litert ? 1.1 : 1) * (day >= stepDay ? 1.12 : 1) * (1 + 0.01 * random.nextGaussian())
        let started = Self.firstDay + Double(day) * 86_400 + Double(index) * 14
        let latencies = (0..<samples).map { _ in
            Int64(level * 1e6 * exp(0.03 * random.nextGaussian()) * (random.nextUnit() < 0.02 ? 1.6 : 1))
        }
        let perExecution = max(1, samples / 3)
        let executions = stride(from: 0, to: samples, by: perExecution).map { offset in
            CaseResult.Execution(
                iterations: min(perExecution, samples - offset), warmup: 10,
                startedAt: started + Double(offset) * level / 1000,
                durationSeconds: Double(perExecution) * level / 1000,
                machine: .init(
                    loadAverageStart: 0.12, loadAverageEnd: 0.15, otherCPUSeconds: 0.02, wallSeconds: 3.4,
                    governor: "schedutil"))
        }
        let duration = Double(samples) * level / 1000 + 1.5
        var result = CaseResult(
            key: key, status: .ok,
            runtime: .init(name: key.runtime.rawValue, version: "1.32.0", provider: "cpu", threads: key.threads),
            loadNs: Int64(model.milliseconds * 12e6), warmupLatenciesNs: latencies.prefix(10).map { $0 + 40_000 },
            latenciesNs: latencies, windowBeginNs: 23_511_437_744_452, windowEndNs: 23_515_053_169_944,
            markerEdges: [
                .init(timeNs: 23_511_437_744_452, level: true), .init(timeNs: 23_515_053_169_944, level: false),
            ],
            environment: .init(
                hostname: key.target, cpuModel: "ARM Cortex-A76", cores: 8, memoryBytes: 8_589_934_592,
                kernel: "6.1.0-rockchip", os: "Debian GNU/Linux 12 (bookworm)", architecture: "aarch64",
                governor: "schedutil", frequenciesMHz: [1800, 1800, 1800, 1800, 2352, 2352, 2352, 2352],
                temperaturesC: ["soc-thermal": 41.5, "gpu-thermal": 39.8], agentVersion: "0.1.0",
                pythonVersion: "3.11.2", cpuQuotaCores: nil, freeDiskBytes: 66_920_181_760, wallClock: started),
            artifactSHA256: "3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            startedAt: started, durationSeconds: duration, transport: "ssh")
        let peak = Int(model.milliseconds * 3000) + 40_000
        let points = 250
        result.memory = .init(
            peakRSSKiB: peak, vmHWMKiB: peak, loadRSSKiB: peak - 4_000, baseRSSKiB: 33_164, steadyRSSKiB: peak - 800,
            peakPSSKiB: peak / 4,
            timeline: (0..<points).map { point in
                .init(
                    ms: 19 + point * 12, rssKiB: point < 5 ? 10_972 + point * 5_000 : peak - 800 + point % 3,
                    phase: point < 5 ? "start" : point < 8 ? "load" : point < 20 ? "warmup" : "measure")
            })
        let watts = 2 + Double(index % 5) * 0.7 + (key.threads == 4 ? 1.5 : 0)
        result.energy = .init(
            windowSource: "meterLogic", meter: "ppk2", windowSeconds: level * Double(samples) / 1000,
            netJoules: watts * level * Double(samples) / 1000, baselineWatts: 1.8, averageWatts: watts + 1.8,
            peakWatts: watts + 2.5, millijoulesPerInference: watts * level * (1 + 0.005 * random.nextGaussian()),
            inferencesPerJoule: 1000 / (watts * level), samples: 36_154, flags: [], windows: "per_run",
            windowCount: 1, glitchesFiltered: 0)
        result.executions = executions
        result.machine = .init(
            loadAverageStart: 0.12, loadAverageEnd: 0.15, otherCPUSeconds: 0.05, wallSeconds: duration,
            governor: "schedutil")
        result.markerWindows = "per_run"
        result.stopReason = "iterations"
        result.effectivePrecision = .init(requested: key.precision)
        result.inputs = [
            .init(name: "input", dtype: "float32", shape: [1, 3, 224, 224], source: "seeded", sha256: "")
        ]
        if key.precision == .int8 {
            result.accuracy = .init(
                reference: .fp32, maxAbsError: 0.02 + 0.01 * random.nextUnit(), meanAbsError: 0.003,
                cosineSimilarity: 0.999 - 0.001 * random.nextUnit(), top1Agreement: 0.98)
        }
        return result
    }
}
