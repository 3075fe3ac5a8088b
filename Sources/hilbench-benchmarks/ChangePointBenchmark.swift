import Foundation
import HILBenchStats
import HILBenchSystem

/// `hilbench-benchmarks changepoints`: hilbench's change points against Apache Otava and MongoDB's
/// signal-processing-algorithms (SPA) on one generated set of nightly series, side by side in one table.
///
/// The peers run through `scripts/changepoints/peers.py`, each in the interpreter named by
/// `HILBENCH_OTAVA_PYTHON` / `HILBENCH_SPA_PYTHON` (default `python3`); they pin different numpy versions, so
/// docs/change-points.md installs them in two virtual environments. A peer that cannot run is reported and skipped.
/// The peers' thresholds come from the environment that peers.py reads (`HILBENCH_OTAVA_PVALUE`,
/// `HILBENCH_SPA_PVALUE`, `HILBENCH_SPA_PERMUTATIONS`; defaults are the peers' own); with `HILBENCH_PEERS_AA=1`
/// (or `otava`, `spa`) they also run on the 3000 more A/A series, to compare detectors at the same A/A rate.
enum ChangePointBenchmark {
    struct Row {
        let name: String
        let points: [[Int]]
        let wall: Double
        let cpu: Double
        /// Wall and CPU seconds on the 1000-point timing series (medians).
        let timingWall: Double
        let timingCPU: Double
        /// Series of the larger A/A set with a change point (peers only when `HILBENCH_PEERS_AA` names them).
        let moreNullAlarms: Int?
        /// The same on the heavy-tailed A/A set.
        let heavyNullAlarms: Int?
    }

    static func run(repository: String, seed: UInt64) throws {
        let trials = ChangePointEvaluation.nightlySeries(seed: seed)
        let moreNull = moreNullSeries()
        let heavyNull = moreNullSeries(heavyTails: true)
        let timingSeries = StatsBenchmarks.eDivisiveSeries()
        let stepCount = trials.filter { $0.stepIndex != nil }.count
        print(
            "\nchange points on \(trials.count) generated nightly series (seed \(seed)): lengths 30/60/200, "
                + "noise 1/2/3%, steps ±1/2/5/10% early/middle/late, \(trials.count - stepCount) without a step")
        print(
            "a step counts as found within max(2, length/20) runs; timing series: 1000 points, two steps; "
                + "A/A 3000: \(moreNull.count) more series without a step (1000 per length, seed 1919); "
                + "t₃ 3000: the same with Student-t noise of 3 degrees of freedom (heavy tails, seed 1920)")
        var rows: [Row] = []
        for (name, detector) in [
            ("hilbench (default)", ChangePoints()),
            // The detector before the whole-series test (2026-12-06 morning), to show what that test adds.
            ("hilbench, no whole-series test", ChangePoints(wholeSeriesLevel: nil)),
            // The detector of 2026-12-06 11:40–17:00: whole-series test at 0.0015 by 1999 permutations.
            (
                "hilbench before: whole 0.0015 by permutations",
                ChangePoints(wholeSeriesLevel: 0.0015, nullTable: .permutationsOnly)
            ),
            // Looser levels, to compare recall with the peers at a similar A/A false-alarm rate.
            ("hilbench p 0.005", ChangePoints(pValue: 0.005)),
            ("hilbench p 0.02", ChangePoints(pValue: 0.02)),
        ] {
            rows.append(try hilbenchRow(name, detector, trials, timingSeries, moreNull, heavyNull))
        }
        // What one exactly calibrated test per series gets (no Monte Carlo loss, one change point at most).
        for level in [0.001, 0.003] {
            let null = ChangePointEvaluation.singleShiftReference(moreNull, level: level)
            let heavy = ChangePointEvaluation.singleShiftReference(heavyNull, level: level)
            rows.append(
                Row(
                    name: "reference: one rank test, α \(level)",
                    points: ChangePointEvaluation.singleShiftReference(trials, level: level), wall: .nan, cpu: .nan,
                    timingWall: .nan, timingCPU: .nan, moreNullAlarms: null.filter { !$0.isEmpty }.count,
                    heavyNullAlarms: heavy.filter { !$0.isEmpty }.count))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hilbench-cp-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let request = directory.appendingPathComponent("series.json")
        // peers.py runs a peer on "null" and "heavyNull" only when HILBENCH_PEERS_AA names it (SPA: minutes).
        let body: [String: Any] = [
            "series": trials.map(\.values), "timing": timingSeries, "repeats": 3, "null": moreNull.map(\.values),
            "heavyNull": heavyNull.map(\.values),
        ]
        try JSONSerialization.data(withJSONObject: body).write(to: request)
        let environment = ProcessInfo.processInfo.environment
        for (peer, label, variable) in [
            ("otava", "Apache Otava", "HILBENCH_OTAVA_PYTHON"),
            ("spa", "SPA e_divisive", "HILBENCH_SPA_PYTHON"),
        ] {
            let python = environment[variable] ?? "python3"
            let script = repository + "/scripts/changepoints/peers.py"
            switch runPeer(peer, python: python, script: script, request: request) {
            case .success(let row):
                rows.append(
                    Row(
                        name: "\(label) \(row.version), \(row.settings)", points: row.points, wall: row.wall,
                        cpu: row.cpu, timingWall: row.timingWall, timingCPU: row.timingCPU,
                        moreNullAlarms: row.nullAlarms, heavyNullAlarms: row.heavyNullAlarms))
            case .failure(let message): print("\(label): skipped (\(variable)=\(python)): \(message)")
            }
        }
        printTable(rows, trials, moreNull.count)
        printCeiling(rows, trials, moreNull.count)
    }

    /// The recall no detector can exceed at a given A/A false-alarm rate on this set
    /// (`ChangePointEvaluation.neymanPearsonCeiling`), at fixed rates and at each row's measured rate (on the
    /// 3000 more A/A series where the row has them).
    static func printCeiling(_ rows: [Row], _ trials: [ChangePointEvaluation.Trial], _ moreNull: Int) {
        let fixed = [0.001, 0.003, 0.01].map { rate in
            "\(percent(rate)): " + percent(ChangePointEvaluation.neymanPearsonCeiling(trials, falseAlarmRate: rate))
        }
        print(
            "Neyman–Pearson ceiling of recall (a test told the step's position, size and the noise) at an A/A "
                + "false-alarm rate of " + fixed.joined(separator: ", "))
        for row in rows {
            let score = ChangePointEvaluation.score(trials, row.points)
            let (rate, source) =
                row.moreNullAlarms.map { (Double($0) / Double(max(moreNull, 1)), "the \(moreNull) more") }
                ?? (score.falseAlarmRate, "this set's")
            guard rate > 0 else { continue }
            let ceiling = ChangePointEvaluation.neymanPearsonCeiling(trials, falseAlarmRate: rate)
            let shown = String(format: "%.2f%%", 100 * rate)
            print(
                "  at \(row.name)'s rate on \(source) A/A series (\(shown)): \(percent(ceiling)); "
                    + "it found \(percent(score.recall))")
        }
    }

    // MARK: Tuning, apart from the evaluation set

    /// `changepoint-tuning`: recall pooled over the tuning sets (seeds 21…30, never the evaluation set 19) and the
    /// A/A rate over `nullPerLength` series per length (seed 2019, not the benchmark's 1919), for each setting.
    static func tuning(nullPerLength: Int) throws {
        let settings: [(String, ChangePoints)] = [
            ("default", ChangePoints()),
            ("whole 0.0015", ChangePoints(wholeSeriesLevel: 0.0015)),
            ("whole 0.0015 by permutations", ChangePoints(wholeSeriesLevel: 0.0015, nullTable: .permutationsOnly)),
            ("whole 0.002", ChangePoints(wholeSeriesLevel: 0.002)),
            ("whole 0.0025 by permutations", ChangePoints(wholeSeriesLevel: 0.0025, nullTable: .permutationsOnly)),
            ("whole 0.003", ChangePoints(wholeSeriesLevel: 0.003)),
            (
                "merge 0.0005 (1999 permutations), whole 0.003",
                ChangePoints(pValue: 0.0005, permutations: 1999, wholeSeriesLevel: 0.003)
            ),
        ]
        let sets = (21...30).map { ChangePointEvaluation.nightlySeries(seed: UInt64($0)) }
        var generator = Xoshiro256StarStar(seed: 2019)
        var null: [[Double]] = []
        for length in ChangePointEvaluation.lengths {
            for k in 0..<nullPerLength {
                let noise = ChangePointEvaluation.noises[k % 3]
                null.append((0..<length).map { _ in 100 + 100 * noise * generator.nextGaussian() })
            }
        }
        print("setting                                   recall 21–30  n=30    n=60    n=200   A/A \(null.count)")
        for (name, detector) in settings {
            var hits = [0, 0, 0]
            var series = [0, 0, 0]
            for trials in sets {
                let points = try trials.map { try detector.detect($0.values).map(\.index) }
                for (k, length) in ChangePointEvaluation.lengths.enumerated() {
                    let indices = trials.indices.filter { trials[$0].values.count == length }
                    let score = ChangePointEvaluation.score(indices.map { trials[$0] }, indices.map { points[$0] })
                    hits[k] += score.hits
                    series[k] += score.stepSeries
                }
            }
            var alarms = 0
            for values in null where try !detector.detect(values).isEmpty { alarms += 1 }
            let recalls = zip(hits, series).map { percent(Double($0) / Double($1)) }
            let total = percent(Double(hits.reduce(0, +)) / Double(series.reduce(0, +)))
            print(
                name.padding(toLength: 42, withPad: " ", startingAt: 0)
                    + total.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + recalls.map { $0.padding(toLength: 8, withPad: " ", startingAt: 0) }.joined()
                    + "\(alarms) (" + String(format: "%.3f%%", 100 * Double(alarms) / Double(null.count)) + ")")
        }
    }

    // MARK: The whole-series test's null

    /// The Swift source of `RankShiftNull.tabulated`: `draws` seeded permutation maxima per length 3…200, on two
    /// tasks (lengths are independent: length n always uses seed `tableSeed` + n).
    static func nullTableSource(draws: Int) async -> String {
        let lengths = Array(3...RankShiftNull.maximumLength)
        let rows = await withTaskGroup(of: [(length: Int, critical: [Double])].self) { group in
            for part in 0..<2 {
                group.addTask {
                    stride(from: part, to: lengths.count, by: 2).map { k in
                        let n = lengths[k]
                        let seed = RankShiftNull.tableSeed &+ UInt64(n)
                        return (n, RankShiftNull.criticalValues(length: n, draws: draws, seed: seed))
                    }
                }
            }
            var all: [(length: Int, critical: [Double])] = []
            for await part in group { all += part }
            return all.sorted { $0.length < $1.length }
        }
        let levels = RankShiftNull.levels.map { "\($0)" }.joined(separator: ", ")
        return """
            // Generated by `hilbench-benchmarks changepoint-null \(draws)` (docs/change-points.md); do not edit.
            // Per line: the length n, then the (1 − α) quantiles of \(draws) permutation maxima of Z for n distinct
            // values (seed RankShiftNull.tableSeed + n) at α = \(levels).
            extension RankShiftNull {
                static let tabulated = \"\"\"

            """
                + RankShiftNull.tableText(rows: rows).split(separator: "\n").map { "        " + $0 + "\n" }.joined()
                + "        \"\"\"\n}\n"
    }

    // MARK: hilbench

    static func hilbenchRow(
        _ name: String, _ detector: ChangePoints, _ trials: [ChangePointEvaluation.Trial], _ timingSeries: [Double],
        _ moreNull: [ChangePointEvaluation.Trial], _ heavyNull: [ChangePointEvaluation.Trial]
    ) throws -> Row {
        let wall = ContinuousClock()
        let started = wall.now
        let cpu = cpuSeconds()
        let points = try trials.map { try detector.detect($0.values).map(\.index) }
        let cpuTotal = cpuSeconds() - cpu
        let wallTotal = seconds(wall.now - started)
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<5 {
            let start = wall.now
            let cpuStart = cpuSeconds()
            _ = try detector.detect(timingSeries)
            cpus.append(cpuSeconds() - cpuStart)
            walls.append(seconds(wall.now - start))
        }
        let alarms = try moreNull.filter { try !detector.detect($0.values).isEmpty }.count
        let heavyAlarms = try heavyNull.filter { try !detector.detect($0.values).isEmpty }.count
        return Row(
            name: name, points: points, wall: wallTotal, cpu: cpuTotal, timingWall: median(walls),
            timingCPU: median(cpus), moreNullAlarms: alarms, heavyNullAlarms: heavyAlarms)
    }

    /// Many more series without a step than the table's 180 (the peers only when `HILBENCH_PEERS_AA` names them), to
    /// show the rate behind "0 of 180": 1000 per length, noise 1/2/3% in turn, seed 1919; with `heavyTails`,
    /// Student-t noise of 3 degrees of freedom scaled to the same standard deviation (seed 1920), to check that
    /// no threshold was fitted to Gaussian noise.
    static func moreNullSeries(heavyTails: Bool = false) -> [ChangePointEvaluation.Trial] {
        var generator = Xoshiro256StarStar(seed: heavyTails ? 1920 : 1919)
        func draw() -> Double {
            guard heavyTails else { return generator.nextGaussian() }
            let normal = generator.nextGaussian()
            var chiSquare = 0.0
            for _ in 0..<3 {
                let z = generator.nextGaussian()
                chiSquare += z * z
            }
            return normal / (chiSquare / 3).squareRoot() / 3.0.squareRoot()  // t₃ has variance 3
        }
        var trials: [ChangePointEvaluation.Trial] = []
        for length in ChangePointEvaluation.lengths {
            for k in 0..<1000 {
                let noise = ChangePointEvaluation.noises[k % 3]
                let values = (0..<length).map { _ in 100 + 100 * noise * draw() }
                trials.append(ChangePointEvaluation.Trial(values: values, noise: noise))
            }
        }
        return trials
    }

    // MARK: Peers

    struct PeerResult {
        let version: String
        /// The thresholds it ran with, as peers.py describes them.
        let settings: String
        let points: [[Int]]
        let wall: Double
        let cpu: Double
        let timingWall: Double
        let timingCPU: Double
        /// Series of the 3000 more A/A series (Gaussian, heavy-tailed) with a change point, when it ran on them.
        let nullAlarms: Int?
        let heavyNullAlarms: Int?
    }

    enum Outcome {
        case success(PeerResult)
        case failure(String)
    }

    static func runPeer(_ peer: String, python: String, script: String, request: URL) -> Outcome {
        let output = request.deletingLastPathComponent().appendingPathComponent("\(peer).json")
        let run: SpawnedProcess.Output
        do {
            run = try SpawnedProcess.run(["/usr/bin/env", python, script, peer, request.path, output.path])
        } catch {
            return .failure("\(error)")
        }
        guard run.succeeded else {
            let last = run.stderrText.split(separator: "\n").last.map(String.init) ?? ""
            return .failure("exit \(run.exit.shellStatus): " + last)
        }
        guard let data = try? Data(contentsOf: output),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let points = object["points"] as? [[Int]], let wall = object["seconds"] as? Double,
            let cpu = object["cpuSeconds"] as? Double, let walls = object["timingSeconds"] as? [Double],
            let cpus = object["timingCPUSeconds"] as? [Double]
        else { return .failure("unreadable output \(output.path)") }
        return .success(
            PeerResult(
                version: object["version"] as? String ?? "?", settings: object["settings"] as? String ?? "default",
                points: points, wall: wall, cpu: cpu, timingWall: median(walls), timingCPU: median(cpus),
                nullAlarms: object["nullAlarms"] as? Int, heavyNullAlarms: object["heavyNullAlarms"] as? Int))
    }

    // MARK: Table

    static func printTable(_ rows: [Row], _ trials: [ChangePointEvaluation.Trial], _ moreNull: Int) {
        let heavy = moreNull  // the heavy-tailed A/A set has as many series
        func cell(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        let header = [
            cell("detector", 50), cell("recall", 8), cell("late", 7), cell("n=30", 7), cell("n=60", 7),
            cell("n=200", 7), cell("A/A alarms", 12), cell("A/A 3000", 16), cell("t₃ 3000", 14), cell("pts/A/A", 8),
            cell("extra/step", 11),
            cell("set wall/CPU s", 16), "1000 pts wall/CPU ms",
        ]
        print(header.joined())
        for row in rows {
            let score = ChangePointEvaluation.score(trials, row.points)
            let byLength = ChangePointEvaluation.lengths.map { length in
                let indices = trials.indices.filter { trials[$0].values.count == length }
                return ChangePointEvaluation.score(indices.map { trials[$0] }, indices.map { row.points[$0] }).recall
            }
            let timing = String(format: "%.1f / %.1f", row.timingWall * 1000, row.timingCPU * 1000)
            let line = [
                cell(row.name, 50), cell(percent(score.recall), 8), cell(percent(score.lateRecall), 7),
                cell(percent(byLength[0]), 7), cell(percent(byLength[1]), 7), cell(percent(byLength[2]), 7),
                cell("\(score.falseAlarms)/\(score.nullSeries) \(percent(score.falseAlarmRate))", 12),
                cell(row.moreNullAlarms.map { "\($0) \(percent(Double($0) / Double(max(moreNull, 1))))" } ?? "—", 16),
                cell(row.heavyNullAlarms.map { "\($0) \(percent(Double($0) / Double(max(heavy, 1))))" } ?? "—", 14),
                cell(String(format: "%.3f", score.falsePointsPerNullSeries), 8),
                cell(String(format: "%.3f", Double(score.extraPoints) / Double(max(score.stepSeries, 1))), 11),
                cell(row.wall.isNaN ? "—" : String(format: "%.1f / %.1f", row.wall, row.cpu), 16),
                row.timingWall.isNaN ? "—" : timing,
            ]
            print(line.joined())
        }
        print("recall by step size (1/2/5/10%):")
        for row in rows {
            let score = ChangePointEvaluation.score(trials, row.points)
            let sizes = ChangePointEvaluation.steps.map { size in
                "\(score.hitsBySize[size] ?? 0)/\(score.seriesBySize[size] ?? 0)"
            }
            print("  " + cell(row.name, 50) + sizes.joined(separator: "  "))
        }
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", 100 * value) }

    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
