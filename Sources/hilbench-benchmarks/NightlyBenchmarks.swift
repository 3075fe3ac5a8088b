import Foundation
import HILBenchAgentKit
import HILBenchController
import HILBenchCore
import HILBenchStats
import HILBenchSystem
import HILBenchTesting

/// `aa`: a real A/A experiment with the built `hilbench` (false-positive rate, recall of a 10% slowdown, board time);
/// `decision`: board time to a ±1% execution-level interval, adaptive against the fixed MLPerf-style minimum.
enum NightlyBenchmarks {
    /// The built products next to this benchmark binary (`swift build` builds them all).
    static func sibling(_ name: String) -> String? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().path
        let path = directory + "/" + name
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func aa(nights: Int, tries: Int) throws {
        guard let controller = sibling("hilbench"), let agent = sibling("hilbench-agent") else {
            line("nightly A/A", "skipped", "needs `swift build` (hilbench and hilbench-agent beside this binary)")
            return
        }
        var settings = NightlyAA.Settings()
        settings.nights = nights
        settings.tries = tries
        let folder = NSTemporaryDirectory() + "hilbench-aa-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let started = Date()
        let loadAtStart = loadAverage()
        let (aa, slowed) = try NightlyAA(controller: controller, agent: agent, settings: settings).run(in: folder) {
            print("  " + $0)
        }
        let falsePositives = aa.filter(\.regressed).count
        let quiet = slowed.filter(\.measurable)
        let found = quiet.filter(\.regressed).count
        let unstable = aa.filter { $0.exitCode == 4 }.count
        line("load average (1 min) at start / end", "\(loadAtStart) / \(loadAverage())", "report")
        line(
            "nightly A/A: regressed nights", "\(falsePositives) of \(aa.count) (\(aa.filter(\.loaded).count) loaded)",
            "0")
        line(
            "nightly A/A: unstable or inconclusive nights",
            "\(unstable) of \(aa.count) (noisy \(aa.filter(\.noisy).count))", "report")
        line(
            "10% slowdown found (measurable tries)",
            "\(found) of \(quiet.count) (\(slowed.count - quiet.count) noisy or short history, "
                + "\(slowed.filter(\.regressed).count) regressed in all)", "≥ 90%")
        line("slowed tries' verdicts (exit codes)", exitCodes(slowed), "report")
        let executions = (aa + slowed).map { Double($0.executions) }
        line(
            "executions per night (calibrated unless fixed), \(settings.iterations) iterations each",
            "\(Int(executions.min() ?? 0))–\(Int(executions.max() ?? 0))", "report")
        // Variance components of the quiet A/A nights (log scale ≈ relative): executions within a night, and nights;
        // and the recall they allow the design.
        if let spreads = NightlyAA.spreads(of: aa) {
            line(
                "quiet A/A nights: executions disagree by (sd)",
                String(format: "%.2f%% pooled over %d nights", spreads.executions * 100, spreads.nights.nights),
                "report")
            line(
                "quiet A/A nights: night-to-night σ_N",
                String(
                    format: "%.2f%% (night means' sd %.2f%%)", spreads.nights.spread * 100,
                    spreads.nights.nightMeanSpread * 100), "report")
            line(
                "predicted recall of the slowdown",
                String(
                    format: "%.0f%% (%d executions per night)",
                    spreads.predictedRecall(slowdown: settings.slowdown, threshold: settings.threshold) * 100,
                    spreads.executionsPerNight), "≥ 90%")
        } else {
            line("quiet A/A nights: variance components", "fewer than 3 quiet nights", "report")
        }
        // The same over every A/A night, busy ones included: how far the numbers themselves moved under the load.
        if let all = NightlyAA.spreads(of: aa, includingNoisy: true), aa.contains(where: \.noisy) {
            line(
                "all A/A nights: executions sd / σ_N",
                String(
                    format: "%.2f%% / %.2f%% over %d nights", all.executions * 100, all.nights.spread * 100,
                    all.nights.nights), "report")
            line(
                "all A/A nights: predicted recall",
                String(
                    format: "%.0f%% (if the noise rule let them through)",
                    all.predictedRecall(slowdown: settings.slowdown, threshold: settings.threshold) * 100), "report")
        }
        let board = (aa + slowed).map(\.boardSeconds)
        line("board time per night (1 case)", String(format: "%.1f s median", median(board)), "report")
        line(
            "wall time, whole experiment", String(format: "%.0f s", Date().timeIntervalSince(started)), "report")
        for night in aa + slowed {
            // Each night's verdict line, so a reader sees what the statistics said and why.
            // The "why" line when there is one, else the table's row (a no-change verdict needs no why).
            let lines = night.output.split(separator: "\n")
            let verdict = (lines.first { $0.contains("latency:") } ?? lines.first { $0.contains(" latency ") })
                .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            let kind = (night.slowed ? "slowed" : "A/A") + (night.loaded ? " (loaded)" : "")
            print(
                "  \(kind)\(night.noisy ? " [noisy]" : ""): "
                    + "exit \(night.exitCode) \(verdict?.trimmingCharacters(in: .whitespaces) ?? "")")
        }
    }

    /// "2: 9, 4: 1" — how many nights exited with each code.
    static func exitCodes(_ nights: [NightlyAA.Night]) -> String {
        Dictionary(grouping: nights, by: \.exitCode).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.count)" }
            .joined(separator: ", ")
    }

    /// The 1-minute load average, as /proc/loadavg says.
    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first).map(String.init)
            ?? "?"
    }
}

extension NightlyBenchmarks {
    /// Adaptive stopping at both levels: each execution stops iterating when its median's interval is ±1% (the
    /// agent's adaptive stopping), and executions are added until the execution-level interval of the median is ±1%,
    /// at least 3 and at most `maxExecutions` — the controller's own rules (`RunController.executionCount`,
    /// `wantsAnotherExecution`) deciding, as for a nightly with `measure.adaptive.max_executions` and no history.
    /// Next to it the fixed design: the count nightly chooses without history × 300 iterations.
    /// - Parameters:
    ///   - runtime: `reference` (the built-in runner, tinycnn fp32) or `onnxruntime` (Suites/models/tinycnn.onnx).
    ///   - priority: how the agent schedules the runners (`high`, the default, or `normal`: before the fix).
    static func timeToDecision(
        runtime: RuntimeKind = .reference, priority: RunnerScheduling.Mode = .high, maxExecutions: Int = 20
    ) throws {
        guard var bench = BenchCase(runtime: runtime, what: "time to a ±1% decision") else { return }
        bench.runner.scheduling = RunnerScheduling(mode: priority)
        let scale = bench.scale
        func suite(_ measure: SuiteConfig.Measure) -> SuiteConfig {
            SuiteConfig(name: "decision", models: [], runtimes: [runtime], precisions: [.fp32], measure: measure)
        }
        /// Runs executions as the controller does for one case: the count from its rule after the first, then
        /// another while `wantsAnotherExecution` says so.
        func measure(_ suite: SuiteConfig) throws -> (seconds: Double, executions: [CaseResult]) {
            var done: [CaseResult] = []
            var count: Int?
            while true {
                let result = bench.runner.run(bench.spec(suite.measure))
                guard result.status == .ok, !result.latenciesNs.isEmpty else {
                    throw BenchmarkFailure(message: result.failure?.message ?? result.status.rawValue)
                }
                done.append(result)
                let wanted =
                    count ?? RunController.executionCount(suite, kind: "nightly", history: [], first: result)
                count = wanted
                if !RunController.wantsAnotherExecution(suite.measure, done, fixed: wanted) {
                    return (done.reduce(0) { $0 + $1.durationSeconds }, done)
                }
            }
        }
        /// The execution-level half-width of the median (ExecutionStopping's interval), in words.
        func width(_ executions: [CaseResult]) -> (text: String, value: Double?) {
            let samples = executions.map { $0.latenciesNs.map(Double.init) }
            let half = samples.count >= 2 ? try? ExecutionLevelRatio.relativeHalfWidth(of: samples) : nil
            return (half.map { String(format: "±%.2f%%", $0 * 100) } ?? "none", half)
        }
        let anchor = 600.0
        print(
            "runtime \(runtime.rawValue), runner priority \(priority.rawValue), load average \(BenchCase.loadAverage) at "
                + "the start, \(ProcessInfo.processInfo.activeProcessorCount) CPUs")
        do {
            // Adaptive at both levels, as `measure.adaptive: {target_ci: 0.01, max_executions: …}` runs a case.
            let adaptiveSuite = suite(
                SuiteConfig.Measure(
                    warmup: 5 * scale, iterations: 30 * scale, timeoutSeconds: 120, memorySamplePeriodMs: 50,
                    adaptive: .init(
                        targetHalfWidth: 0.01, batch: 30 * scale, maxIterations: 600 * scale, maxSeconds: 10,
                        maxExecutions: maxExecutions)))
            let adaptive = try measure(adaptiveSuite)
            let iterations = adaptive.executions.map(\.latenciesNs.count)
            let adaptiveWidth = width(adaptive.executions)
            line(
                "adaptive: executions (iterations each)",
                "\(adaptive.executions.count) (\(iterations.min() ?? 0)–\(iterations.max() ?? 0))", "≥ 3")
            line("adaptive: execution-level half-width", adaptiveWidth.text, "≤ ±1%")
            if let half = adaptiveWidth.value, half <= 0.01 {
                line(
                    "adaptive: board time to ±1%",
                    String(format: "%.1f s (%.0f× under 600 s)", adaptive.seconds, anchor / adaptive.seconds),
                    "≥ 5× under MLPerf's 600 s minimum")
            } else {
                line(
                    "adaptive: board time to ±1%",
                    String(
                        format: "no: %.1f s, %d executions", adaptive.seconds,
                        adaptive.executions.count), "≥ 5× under MLPerf's 600 s minimum")
            }
            print("  " + BenchCase.spread(adaptive.executions))
            // The fixed design next to it: nightly's count without history (the 20 s budget rule after the first
            // execution) at a fixed 300 iterations each, whatever width that reaches.
            let fixed = try measure(
                suite(
                    SuiteConfig.Measure(
                        warmup: 5 * scale, iterations: 300 * scale, timeoutSeconds: 120, memorySamplePeriodMs: 50)))
            line(
                "fixed: \(fixed.executions.count) executions × \(300 * scale) iterations",
                String(format: "%@ in %.1f s", width(fixed.executions).text, fixed.seconds), "report")
            print("  " + BenchCase.spread(fixed.executions))
        } catch let failure as BenchmarkFailure {
            line("time to a ±1% decision", "failed", failure.message)
        }
        print("load average \(BenchCase.loadAverage) at the end")
    }

    struct BenchmarkFailure: Error { var message: String }
}
