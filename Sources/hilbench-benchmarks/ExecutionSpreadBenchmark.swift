import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchSystem

/// The tinycnn case the `decision` and `spread` benchmarks measure, run by a `CaseRunner` in this process with the
/// built `hilbench-agent` beside it: the debug reference runner (~5 ms per inference) or ONNX Runtime on
/// Suites/models/tinycnn.onnx (~25 µs, so 100× the iterations).
struct BenchCase {
    let runtime: RuntimeKind
    var runner: CaseRunner
    let onnx = FileManager.default.currentDirectoryPath + "/Suites/models/tinycnn.onnx"
    /// Iterations and warm-ups are multiplied by this, so a window lasts about as long whatever the runtime.
    var scale: Int { runtime == .onnxruntime ? 100 : 1 }

    /// Nil, with the benchmark's line saying why, when the agent or the runtime is missing.
    init?(runtime: RuntimeKind, what: String) {
        guard let agent = NightlyBenchmarks.sibling("hilbench-agent") else {
            line(what, "skipped", "needs `swift build` (hilbench-agent beside this binary)")
            return nil
        }
        struct NoMarker: MarkerDriver { func set(_ active: Bool) throws -> Int64 { Monotonic.nowNs() } }
        self.runtime = runtime
        runner = CaseRunner(registry: RuntimeRegistry(agentExecutable: agent), markerFactory: { _ in NoMarker() })
        if runtime == .onnxruntime {
            guard case .success = runner.registry.command(for: .onnxruntime),
                FileManager.default.fileExists(atPath: onnx)
            else {
                line("\(what) (onnxruntime)", "skipped", "needs python3 with onnxruntime, run at the top of the tree")
                return nil
            }
        }
    }

    func spec(_ measure: SuiteConfig.Measure) -> CaseSpec {
        CaseSpec(
            key: CaseKey(target: "local", model: "tinycnn", runtime: runtime, precision: .fp32, threads: 1, batch: 1),
            model: runtime == .onnxruntime ? onnx : "tinycnn", format: runtime == .onnxruntime ? .onnx : .builtin,
            artifactSHA256: nil, inputs: .init(seed: 1234), warmup: measure.warmup, iterations: measure.iterations,
            timeoutSeconds: 600, memorySamplePeriodMs: 50, idleMs: 0, options: [:], collectOutputs: false,
            maxOutputValues: 0, marker: .init(backend: .none), adaptive: measure.adaptive)
    }

    /// The 1-minute load average now.
    static var loadAverage: String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)).flatMap { $0.split(separator: " ").first }
            .map(String.init) ?? "?"
    }

    /// The spread of the executions' medians (standard deviation of their logs) and what the runners got from the
    /// scheduler, in words.
    static func spread(_ executions: [CaseResult]) -> String {
        let medians = executions.map { median($0.latenciesNs.map(Double.init)) }
        let logs = medians.map { Foundation.log($0) }
        let mean = logs.reduce(0, +) / Double(max(1, logs.count))
        let sd = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, logs.count - 1))).squareRoot()
        let waits = executions.compactMap { $0.machine?.runner?.waitingFraction }
        let unit = medians.allSatisfy { $0 < 1e6 } ? (1e3, "µs") : (1e6, "ms")
        return String(
            format: "medians %.3f–%.3f %@ (median %.3f, sd %.2f%%), runner waited %.1f%% (max %.1f%%)",
            (medians.min() ?? 0) / unit.0, (medians.max() ?? 0) / unit.0, unit.1, median(medians) / unit.0, sd * 100,
            median(waits) * 100, (waits.max() ?? .nan) * 100)
    }
}

extension NightlyBenchmarks {
    /// How far fresh runners' medians disagree, raised (`high`, the agent's default) against `normal`: `rounds`
    /// rounds of one execution each, the order alternating from round to round so the machine's load hits both alike;
    /// 5 warm-ups and 300 timed iterations per execution (× 100 on ONNX Runtime).
    static func spread(rounds: Int, runtime: RuntimeKind) throws {
        guard let bench = BenchCase(runtime: runtime, what: "spread of execution medians") else { return }
        print(
            "runtime \(runtime.rawValue), \(rounds) rounds, load average \(BenchCase.loadAverage) at the start, "
                + "\(ProcessInfo.processInfo.activeProcessorCount) CPUs")
        let measure = SuiteConfig.Measure(
            warmup: 5 * bench.scale, iterations: 300 * bench.scale, timeoutSeconds: 600, memorySamplePeriodMs: 50)
        var done: [RunnerScheduling.Mode: [CaseResult]] = [:]
        let started = Date()
        for round in 0..<rounds {
            let order: [RunnerScheduling.Mode] = round % 2 == 0 ? [.high, .normal] : [.normal, .high]
            for mode in order {
                var runner = bench.runner
                runner.scheduling = RunnerScheduling(mode: mode)
                let result = runner.run(bench.spec(measure))
                guard result.status == .ok, !result.latenciesNs.isEmpty else {
                    line("spread of execution medians", "failed", result.failure?.message ?? result.status.rawValue)
                    return
                }
                done[mode, default: []].append(result)
            }
        }
        for mode in RunnerScheduling.Mode.allCases {
            let executions = done[mode] ?? []
            let priority = executions.first?.machine?.runner?.priority ?? "?"
            print("\(mode.rawValue) (\(priority)), \(executions.count) executions:")
            print("  " + BenchCase.spread(executions))
        }
        print(
            String(
                format: "load average %@ at the end; %.0f s in all", BenchCase.loadAverage,
                Date().timeIntervalSince(started)))
    }
}
