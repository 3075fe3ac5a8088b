import Foundation
import HILBenchAgentKit
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
        let board = (aa + slowed).map(\.boardSeconds)
        line("board time per night (1 case)", String(format: "%.1f s median", median(board)), "report")
        line(
            "wall time, whole experiment", String(format: "%.0f s", Date().timeIntervalSince(started)), "report")
        for night in aa + slowed {
            // Each night's verdict line, so a reader sees what the statistics said and why.
            let verdict = night.output.split(separator: "\n").first { $0.contains("latency:") }.map(String.init)
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
    /// Adaptive stopping at both levels on the reference runner: each execution stops iterating when its median's
    /// interval is ±1% (the agent's adaptive stopping), and executions are added until the execution-level interval
    /// of the median (Student t over the executions' log medians) is ±1%, at least 3 and at most `maxExecutions`.
    static func timeToDecision(maxExecutions: Int = 20) throws {
        guard let agent = sibling("hilbench-agent") else {
            line("time to a ±1% decision", "skipped", "needs `swift build` (hilbench-agent beside this binary)")
            return
        }
        struct NoMarker: MarkerDriver { func set(_ active: Bool) throws -> Int64 { Monotonic.nowNs() } }
        let runner = CaseRunner(registry: RuntimeRegistry(agentExecutable: agent), markerFactory: { _ in NoMarker() })
        func spec(iterations: Int, adaptive: SuiteConfig.Adaptive?) -> CaseSpec {
            CaseSpec(
                key: CaseKey(
                    target: "local", model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1),
                model: "tinycnn", format: .builtin, artifactSHA256: nil, inputs: .init(seed: 1234), warmup: 5,
                iterations: iterations, timeoutSeconds: 120, memorySamplePeriodMs: 50, idleMs: 0, options: [:],
                collectOutputs: false, maxOutputValues: 0, marker: .init(backend: .none), adaptive: adaptive)
        }
        /// Runs executions until `stop` says so; the board seconds, the executions and the last decision.
        func measure(
            _ spec: CaseSpec, stop: (_ executions: [[Double]], _ seconds: Double) -> ExecutionStopping
        ) throws -> (
            seconds: Double, executions: [[Double]], decision: ExecutionStopping
        ) {
            var executions: [[Double]] = []
            var seconds = 0.0
            while true {
                let result = runner.run(spec)
                guard result.status == .ok, !result.latenciesNs.isEmpty else {
                    throw BenchmarkFailure(message: result.failure?.message ?? result.status.rawValue)
                }
                seconds += result.durationSeconds
                executions.append(result.latenciesNs.map(Double.init))
                let decision = stop(executions, seconds)
                if decision != .more { return (seconds, executions, decision) }
            }
        }
        func width(_ decision: ExecutionStopping) -> String {
            switch decision {
            case .reached(let halfWidth), .cap(let halfWidth?): String(format: "±%.2f%%", halfWidth * 100)
            case .cap(nil), .more: "none"
            }
        }
        let anchor = 600.0
        do {
            // Adaptive at both levels, as `measure.adaptive: {target_ci: 0.01, max_executions: …}` runs a case.
            let adaptive = try measure(
                spec(
                    iterations: 30,
                    adaptive: .init(targetHalfWidth: 0.01, batch: 30, maxIterations: 600, maxSeconds: 10))
            ) { executions, _ in
                ExecutionStopping.decide(after: executions, targetHalfWidth: 0.01, maximum: maxExecutions)
            }
            let iterations = adaptive.executions.map(\.count)
            line(
                "adaptive: executions (iterations each)",
                "\(adaptive.executions.count) (\(iterations.min() ?? 0)–\(iterations.max() ?? 0))", "≥ 3")
            line("adaptive: execution-level half-width", width(adaptive.decision), "≤ ±1%")
            if case .reached = adaptive.decision {
                line(
                    "adaptive: board time to ±1%",
                    String(format: "%.1f s (%.0f× under 600 s)", adaptive.seconds, anchor / adaptive.seconds),
                    "≥ 5× under MLPerf's 600 s minimum")
            } else {
                line(
                    "adaptive: board time to ±1%",
                    String(format: "not reached in %.1f s (%d executions, the cap)", adaptive.seconds, maxExecutions),
                    "≥ 5× under MLPerf's 600 s minimum")
            }
            // The fixed design next to it: nightly's default count (the 20 s budget rule after the first execution)
            // at a fixed 300 iterations each, whatever width that reaches.
            var fixedCount: Int?
            let fixed = try measure(spec(iterations: 300, adaptive: nil)) { executions, seconds in
                // After the first execution `seconds` is its duration: the count nightly would choose.
                let count = fixedCount ?? SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: seconds)
                fixedCount = count
                return ExecutionStopping.decide(after: executions, targetHalfWidth: 0, maximum: count)
            }
            line(
                "fixed: \(fixed.executions.count) executions × 300 iterations",
                String(format: "%@ in %.1f s", width(fixed.decision), fixed.seconds), "report")
        } catch let failure as BenchmarkFailure {
            line("time to a ±1% decision", "failed", failure.message)
        }
    }

    struct BenchmarkFailure: Error { var message: String }
}
