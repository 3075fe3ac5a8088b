import Foundation
import HILBenchCore
import HILBenchStats

/// Timed workloads for the `hilbench-benchmarks` executable. Inputs come from fixed seeds and are built before
/// the clock starts, so only the report is timed.
public enum ReportBenchmarks {
    /// A nightly report over a year of history: the newest run's 200 cases (5 boards × 5 models × 2 runtimes ×
    /// 2 precisions × 2 thread counts, 300 iterations each) plus 400 trend series (median latency and energy per
    /// inference of every case) of 365 runs each, with change points and a verdict per run.
    ///
    /// Timed: building the `RunReport` from the raw results (summaries, distributions, efficiency) with the
    /// trends attached, and rendering `report.html`. Goal: under 3 s and under 10 MB of HTML.
    public static func yearOfHistory() -> (seconds: Double, htmlBytes: Int) {
        let fixture = YearFixture.make(seed: 365)
        let clock = ContinuousClock()
        let start = clock.now
        let report = RunReport(
            runID: fixture.runID, suite: "nightly", startedAt: fixture.startedAt, endedAt: fixture.startedAt + 3600,
            controllerVersion: "bench", gitCommit: nil, targets: fixture.targets, results: fixture.results,
            trends: fixture.trends)
        let html = HTMLReport.render(report)
        let elapsed = clock.now - start
        let parts = elapsed.components
        return (Double(parts.seconds) + Double(parts.attoseconds) * 1e-18, html.utf8.count)
    }

    /// The same year rendered to every format, for size figures: bytes of report.html, report.json, tidy.csv, summary.md.
    public static func yearOfHistoryFileSizes() -> [String: Int] {
        let fixture = YearFixture.make(seed: 365)
        let report = RunReport(
            runID: fixture.runID, suite: "nightly", startedAt: fixture.startedAt, endedAt: fixture.startedAt + 3600,
            controllerVersion: "bench", gitCommit: nil, targets: fixture.targets, results: fixture.results,
            trends: fixture.trends)
        return [
            "report.html": HTMLReport.render(report).utf8.count,
            "report.json": ((try? ReportWriter.jsonEncoder(for: report).encode(report)) ?? Data()).count,
            "report.json (pretty)": ((try? HILBenchJSON.encoder(pretty: true).encode(report)) ?? Data()).count,
            "tidy.csv": TidyCSV.render(report).utf8.count,
            "summary.csv": SummaryCSV.render(report).utf8.count,
            "summary.md": MarkdownSummary.render(report).utf8.count,
        ]
    }
}

/// Seeded synthetic history for the benchmark.
struct YearFixture {
    var runID: String
    var startedAt: Double
    var targets: [TargetConfig]
    var results: [CaseResult]
    var trends: [TrendSeries]

    static func make(seed: UInt64, runs: Int = 365, iterations: Int = 300) -> YearFixture {
        var random = Xoshiro256StarStar(seed: seed)
        let boards: [(String, String, Double?, Double?, Double)] = [
            ("rk3588-a", "rk3588", 149, 10, 1.0), ("jetson-orin-nano", "orin-nano", 249, 15, 0.6),
            ("rpi5", "bcm2712", 80, 12, 1.7),
            ("imx8mp", "imx8mp", nil, 6, 2.4), ("n100-box", "intel-n100", 180, nil, 0.8),
        ]
        let targets = boards.map { name, soc, price, tdp, _ in
            TargetConfig(
                name: name, transport: .local(agentPath: nil),
                chip: .init(soc: soc, cores: 8, priceUSD: price, tdpWatts: tdp), marker: .simulated, meter: .simulated)
        }
        let models: [(String, Double)] = [
            ("mobilenet-v2", 6), ("resnet18", 21), ("yolov8n", 34), ("ppocr-det", 48), ("tinycnn", 0.4),
        ]
        let day = 86_400.0
        let startedAt = 1_767_225_600.0 + Double(runs - 1) * day  // the newest run; the first is a year earlier
        var results: [CaseResult] = []
        var trends: [TrendSeries] = []
        for (board, (name, _, _, _, speed)) in boards.enumerated() {
            for (model, base) in models {
                for runtime in [RuntimeKind.onnxruntime, .litert] {
                    for precision in [Precision.fp32, .int8] {
                        for threads in [1, 4] {
                            let key = CaseKey(
                                target: name, model: model, runtime: runtime, precision: precision, threads: threads,
                                batch: 1)
                            let scale =
                                (precision == .int8 ? 0.55 : 1) * (threads == 4 ? 0.38 : 1)
                                * (runtime == .litert ? 1.1 : 1)
                            let medianMs = base * speed * scale
                            let latencies = (0..<iterations).map { _ in
                                Int64(
                                    medianMs * 1e6 * exp(0.03 * random.nextGaussian())
                                        * (random.nextUnit() < 0.02 ? 1.6 : 1))
                            }
                            var result = CaseResult(
                                key: key, status: .ok,
                                runtime: .init(
                                    name: runtime.rawValue, version: "1.0", provider: "cpu", threads: threads),
                                loadNs: Int64(base * 12e6), latenciesNs: latencies, startedAt: startedAt)
                            result.memory = .init(
                                peakRSSKiB: Int(base * 3000) + 40_000, loadRSSKiB: Int(base * 2500) + 30_000,
                                steadyRSSKiB: Int(base * 2800) + 35_000)
                            let watts = 2 + Double(board) * 0.7 + (threads == 4 ? 1.5 : 0)
                            result.energy = .init(
                                windowSource: "meterLogic", meter: "simulated",
                                windowSeconds: medianMs * Double(iterations) / 1000,
                                netJoules: watts * medianMs * Double(iterations) / 1000, baselineWatts: 1.8,
                                averageWatts: watts + 1.8,
                                peakWatts: watts + 2.5, millijoulesPerInference: watts * medianMs,
                                inferencesPerJoule: 1000 / (watts * medianMs),
                                samples: 1000, flags: [])
                            if precision == .int8 {
                                result.accuracy = .init(
                                    reference: .fp32, maxAbsError: 0.02 + 0.01 * random.nextUnit(), meanAbsError: 0.003,
                                    cosineSimilarity: 0.999 - 0.001 * random.nextUnit(), top1Agreement: 0.98)
                            }
                            results.append(result)
                            trends.append(
                                series(
                                    key: key, metric: "latency_p50", unit: "ms", level: medianMs, runs: runs, day: day,
                                    startedAt: startedAt, random: &random))
                            trends.append(
                                series(
                                    key: key, metric: "mj_per_inference", unit: "mJ", level: watts * medianMs,
                                    runs: runs, day: day, startedAt: startedAt, random: &random))
                        }
                    }
                }
            }
        }
        return YearFixture(
            runID: "nightly-\(runs)", startedAt: startedAt, targets: targets, results: results, trends: trends)
    }

    /// A year of one metric: noise around a level, a step in one series out of four, a few inconclusive runs.
    private static func series(
        key: CaseKey, metric: String, unit: String, level: Double, runs: Int, day: Double, startedAt: Double,
        random: inout Xoshiro256StarStar
    ) -> TrendSeries {
        let step = random.nextUnit() < 0.25 ? 60 + random.nextIndex(below: runs - 90) : nil
        let factor = random.nextUnit() < 0.5 ? 1.12 : 0.9
        var points: [TrendSeries.Point] = []
        points.reserveCapacity(runs)
        for run in 0..<runs {
            let value = level * (step.map { run >= $0 ? factor : 1 } ?? 1) * (1 + 0.01 * random.nextGaussian())
            var verdict: Verdict? = run == 0 ? nil : .noChange
            if let step, run == step { verdict = factor > 1 ? .regressed : .improved }
            if run > 0, run != step, random.nextUnit() < 0.03 { verdict = .inconclusive }
            points.append(
                .init(
                    runID: "nightly-\(run + 1)", time: startedAt - Double(runs - 1 - run) * day, value: value,
                    ciLow: value * 0.99, ciHigh: value * 1.01, verdict: verdict))
        }
        return TrendSeries(
            caseID: key.id, metric: metric, unit: unit, points: points, changePointIndices: step.map { [$0] } ?? [])
    }
}
