import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting

/// `store`: the results store's costs on both backends — one case saved (median, p95), cases stored per second by
/// concurrent writers, lease acquire / renew / release, and the reads `report`, `compare`, `history` and `nightly`
/// make over a year of history (365 runs × 200 cases) — in process and through the built `hilbench`.
///
/// PostgreSQL is a `PostgresTestServer` started for the benchmark with fsync on (as a lab runs it), unless `--store
/// postgres://…` names a server (its database must be empty). The year is written with the stores' own `save` into
/// both at once (into a PostgreSQL database whose commits are asynchronous: bulk loading; the save figures use a
/// durable one), and `StoreCopy` (what `hilbench store copy` runs) is timed on its first runs.
enum StoreBenchmark {
    struct Options {
        var store: String?
        var runs = 365
        var cases = 200
        var samples = 300
        /// Cases saved one by one for the latency figure.
        var saves = 200
        /// Repetitions of each lease operation.
        var rounds = 200
        var skipCLI = false

        init(_ arguments: [String]) throws {
            var rest = arguments[...]
            while let option = rest.popFirst() {
                func value() throws -> String {
                    guard let value = rest.popFirst() else { throw HILBenchError(.usage, "\(option) needs a value") }
                    return value
                }
                func number() throws -> Int {
                    let text = try value()
                    guard let number = Int(text), number > 0 else {
                        throw HILBenchError(.usage, "\(option) takes a positive number, not '\(text)'")
                    }
                    return number
                }
                switch option {
                case "--store": store = try value()
                case "--runs": runs = try number()
                case "--cases": cases = try number()
                case "--samples": samples = try number()
                case "--saves": saves = try number()
                case "--rounds": rounds = try number()
                case "--no-cli": skipCLI = true
                default:
                    throw HILBenchError(
                        .usage,
                        "store [--store postgres://…] [--runs 365] [--cases 200] [--samples 300] [--saves 200] "
                            + "[--rounds 200] [--no-cli]; unknown '\(option)'")
                }
            }
        }
    }

    static func run(_ options: Options) async throws {
        let scratch = NSTemporaryDirectory() + "hilbench-store-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        print("machine: \(machineState())")
        if let url = options.store {
            guard case .postgres = try StoreLocation(url) else {
                throw HILBenchError(.usage, "--store must be a postgres:// URL (SQLite is always measured)")
            }
            try await measure(options, durable: url, bulk: url, scratch: scratch)
            return
        }
        if let reason = PostgresTestServer.unavailableReason {
            row("store benchmark", "skipped", reason)
            return
        }
        try await PostgresTestServer.withServer(durable: true) { server in
            print("PostgreSQL: a server started for this benchmark on 127.0.0.1:\(server.port), fsync on")
            let durable = try server.createDatabase("latency")
            let bulk = try server.createDatabase("year")
            // Loading a year needs no flush per case; the figures that time a save use `latency`, flushed per commit.
            try server.psql(database: "year", "ALTER DATABASE year SET synchronous_commit = off")
            try await measure(options, durable: durable, bulk: bulk, scratch: scratch)
        }
    }

    /// Load average, CPU model and whether other processes keep the machine busy, for the figures' context.
    static func machineState() -> String {
        let load =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "?"
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "?"
        return "\(ProcessInfo.processInfo.activeProcessorCount) × \(model), load average \(load)"
    }

    private static func measure(_ options: Options, durable: String, bulk: String, scratch: String) async throws {
        let postgresDurable = try StoreLocation(durable)
        let postgresBulk = try StoreLocation(bulk)
        let sqliteLatency = StoreLocation.sqlite(path: scratch + "/latency.sqlite")
        let sqliteYear = StoreLocation.sqlite(path: scratch + "/year.sqlite")

        // One case saved at a time, as a controller stores each finished case.
        let sample = StoreYear(runs: 1, cases: options.saves, samples: options.samples, prefix: "latency-")
        let cases = sample.results(0)
        let json = cases.map { (try? HILBenchJSON.encoder().encode($0).count) ?? 0 }.reduce(0, +) / max(1, cases.count)
        print("a case: \(options.samples) samples, \(json / 1024) KiB of JSON (memory timeline, environment, energy…)")
        for (name, location) in [("SQLite", sqliteLatency), ("PostgreSQL", postgresDurable)] {
            let times = try await ResultsStores.withStore(location) { store in
                try await store.createRun(sample.run(0))
                var times: [Double] = []
                for result in cases {
                    let start = Monotonic.nowNs()
                    try await store.save(result, runID: sample.runID(0))
                    times.append(Double(Monotonic.nowNs() - start) / 1e6)
                }
                return times
            }
            row("store: save one case (\(name))", spread(times, unit: "ms"), "a case takes seconds on a board")
        }
        // Cases stored per second by concurrent writers (several controllers, or one with many boards).
        for (name, location) in [("SQLite", sqliteLatency), ("PostgreSQL", postgresDurable)] {
            for writers in [1, 4, 16] {
                let perSecond = try await ResultsStores.withStore(location) { store in
                    try await storedPerSecond(store, writers: writers, cases: cases, sample: sample)
                }
                row(
                    "store: \(writers) writer\(writers == 1 ? "" : "s") (\(name))",
                    String(format: "%.0f cases/s", perSecond), "")
            }
        }

        // Leases: each operation one statement on the store's clock.
        for (name, location) in [("SQLite", sqliteLatency), ("PostgreSQL", postgresDurable)] {
            let figures = try await ResultsStores.withStore(location) { store in
                try await leaseCosts(store, rounds: options.rounds)
            }
            for (operation, times) in figures {
                row("lease: \(operation) (\(name))", spread(times, unit: "ms"), "≪ the 10 s renewal margin")
            }
        }

        // A year of history, written through `save` into both stores at once (PostgreSQL eight cases at a time;
        // SQLite has one writer), then `store copy` timed on the first runs.
        let year = StoreYear(runs: options.runs, cases: options.cases, samples: options.samples)
        let loadStart = Monotonic.nowNs()
        let seconds = try await withThrowingTaskGroup(of: (String, Double).self) { group in
            for (name, location, writers) in [("PostgreSQL", postgresBulk, 8), ("SQLite", sqliteYear, 1)] {
                group.addTask {
                    try await ResultsStores.withStore(location) { store in
                        try await load(year, into: store, writers: writers)
                    }
                    return (name, Double(Monotonic.nowNs() - loadStart) / 1e9)
                }
            }
            var seconds: [String: Double] = [:]
            for try await (name, elapsed) in group { seconds[name] = elapsed }
            return seconds
        }
        for (name, elapsed) in seconds.sorted(by: { $0.key < $1.key }) {
            row(
                "load \(year.runs) runs × \(year.cases) cases (\(name))",
                String(format: "%.0f s (%.0f cases/s)", elapsed, Double(year.runs * year.cases) / elapsed),
                "both loading at once")
        }
        let copiedRuns = (0..<min(10, year.runs)).map(year.runID)
        let copyStart = Monotonic.nowNs()
        try await ResultsStores.withStore(postgresBulk) { source in
            try await ResultsStores.withStore(.sqlite(path: scratch + "/copy.sqlite")) { target in
                _ = try await StoreCopy.copy(from: source, to: target, runIDs: copiedRuns)
            }
        }
        let copied = Double(Monotonic.nowNs() - copyStart) / 1e9
        row(
            "store copy PostgreSQL → SQLite (\(copiedRuns.count) runs)",
            String(format: "%.1f s (%.0f cases/s)", copied, Double(copiedRuns.count * year.cases) / copied), "")

        // The reads each command makes, in process (the store's part and the analysis after it).
        for (name, location) in [("SQLite", sqliteYear), ("PostgreSQL", postgresBulk)] {
            try await ResultsStores.withStore(location) { store in
                let (figures, changePoints) = try await readCosts(store, year: year)
                for (path, times) in figures {
                    row("\(path) (\(name))", spread(times, unit: "s", digits: 2), "< 3 s")
                }
                row(
                    "  change points: nightly (\(name))",
                    "\(changePoints.computed) series judged, \(changePoints.reused) looked up", "one judgement a series"
                )
            }
        }
        // The same through the built `hilbench`, a process per command as a lab runs it.
        guard !options.skipCLI else { return }
        guard let hilbench = NightlyBenchmarks.sibling("hilbench") else {
            row("hilbench commands", "skipped", "needs `swift build` (hilbench beside this binary)")
            return
        }
        for (name, location) in [("SQLite", scratch + "/year.sqlite"), ("PostgreSQL", bulk)] {
            for (command, times) in try commandCosts(hilbench, store: location, year: year, scratch: scratch) {
                row("`hilbench \(command)` (\(name))", spread(times, unit: "s", digits: 2), "< 3 s")
            }
        }
    }

    /// A figure on one line, with room for the longer names and values of this benchmark.
    static func row(_ name: String, _ value: String, _ goal: String) {
        print(
            name.padding(toLength: 50, withPad: " ", startingAt: 0)
                + value.padding(toLength: 34, withPad: " ", startingAt: 0) + goal)
        fflush(nil)  // figures as they come (the benchmark takes minutes), also into a file
    }

    /// "median X, p95 Y" of `values`.
    static func spread(_ values: [Double], unit: String, digits: Int = 3) -> String {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return "no samples" }
        let p95 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)]
        let format = "%.\(digits)f"
        return "median \(String(format: format, sorted[sorted.count / 2])), p95 \(String(format: format, p95)) \(unit)"
    }

    private static func storedPerSecond(
        _ store: any ResultsStore, writers: Int, cases: [CaseResult], sample: StoreYear
    ) async throws -> Double {
        var run = sample.run(0)
        run.id = "writers-\(writers)-\(UUID().uuidString.prefix(6))"
        try await store.createRun(run)
        let runID = run.id
        let start = Monotonic.nowNs()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    for index in stride(from: writer, to: cases.count, by: writers) {
                        try await store.save(cases[index], runID: runID)
                    }
                }
            }
            try await group.waitForAll()
        }
        return Double(cases.count) / (Double(Monotonic.nowNs() - start) / 1e9)
    }

    private static func leaseCosts(_ store: any ResultsStore, rounds: Int) async throws -> [(String, [Double])] {
        let holder = "bench-host:\(getpid())"
        let boards = (0..<rounds).map { "bench-board-\($0)-\(UUID().uuidString.prefix(4))" }
        func timed(_ body: () async throws -> Void) async rethrows -> Double {
            let start = Monotonic.nowNs()
            try await body()
            return Double(Monotonic.nowNs() - start) / 1e6
        }
        var acquire: [Double] = []
        for board in boards {
            acquire.append(
                try await timed {
                    _ = try await store.acquireLease(board: board, holder: holder, runID: nil, ttlSeconds: 60)
                })
        }
        var renewOne: [Double] = []
        var renewSixteen: [Double] = []
        for _ in 0..<rounds {
            renewOne.append(
                try await timed { _ = try await store.heartbeat(boards: [boards[0]], holder: holder, ttlSeconds: 60) })
            renewSixteen.append(
                try await timed {
                    _ = try await store.heartbeat(boards: Array(boards.prefix(16)), holder: holder, ttlSeconds: 60)
                })
        }
        var release: [Double] = []
        for board in boards {
            release.append(try await timed { try await store.releaseLeases(boards: [board], holder: holder) })
        }
        return [
            ("acquire", acquire), ("renew 1 board", renewOne), ("renew 16 boards", renewSixteen), ("release", release),
        ]
    }

    /// Writes the year through `save`, `writers` cases at a time within a run, run after run.
    private static func load(_ year: StoreYear, into store: any ResultsStore, writers: Int) async throws {
        for day in 0..<year.runs {
            let run = year.run(day)
            try await store.createRun(run)
            let results = year.results(day)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        for index in stride(from: writer, to: results.count, by: writers) {
                            try await store.save(results[index], runID: run.id)
                        }
                    }
                }
                try await group.waitForAll()
            }
            if let endedAt = run.endedAt { try await store.finishRun(id: run.id, endedAt: endedAt) }
        }
    }

    /// Each command's reads and analysis, three times: `report latest`, `compare` of the two newest runs, `history` of
    /// one case, and `nightly`'s history read (baseline lookup, the history of each of tonight's cases, the comparison
    /// given those histories, judged against them and drawn as trends — as `hilbench nightly` does), each split into
    /// its phases so the slow one shows.
    private static func readCosts(
        _ store: any ResultsStore, year: StoreYear
    ) async throws -> (figures: [(String, [Double])], changePoints: (computed: Int, reused: Int)) {
        let newest = year.runID(year.runs - 1)
        let before = year.runID(max(0, year.runs - 2))
        let key = year.keys[year.keys.count / 2]
        var figures: [(String, [Double])] = [
            ("read: report latest", []),
            ("read: compare two runs", []), ("  store: two runs' cases, \(year.cases) histories", []),
            ("  statistics: night spreads, comparison", []),
            ("read: history of one case", []),
            ("read: nightly's history (\(year.cases) cases)", []),
            ("  store: \(year.cases) histories, 4 at a time", []), ("  compare (given the histories)", []),
            ("  judged against history (all cores)", []), ("  trends (change points per case × metric)", []),
            ("  of which histories, one case at a time", []),
        ]
        var changePoints = (computed: 0, reused: 0)
        // What the histories cost before v5 (whole cases): the same rows read whole, run by run — once.
        let wholeStart = Monotonic.nowNs()
        var whole = 0
        for day in 0..<year.runs { whole += try await store.results(runID: year.runID(day)).count }
        let wholeSeconds = Double(Monotonic.nowNs() - wholeStart) / 1e9
        // What they cost before v6 (summaries and samples, four at a time, as nightly read them) — once.
        let summariesStart = Monotonic.nowNs()
        _ = try await store.histories(of: year.keys)
        let summariesSeconds = Double(Monotonic.nowNs() - summariesStart) / 1e9
        // Three rounds, or one when a round takes over a minute (a debug build on a busy machine).
        for round in 0..<3 {
            if round > 0, figures.contains(where: { ($0.1.first ?? 0) > 60 }) { break }
            var start = Monotonic.nowNs()
            func lap(_ index: Int) {
                figures[index].1.append(Double(Monotonic.nowNs() - start) / 1e9)
                start = Monotonic.nowNs()
            }
            // report latest
            let latest = try await store.runs().last
            let record = try await store.run(id: latest?.id ?? newest)
            let tonight = try await store.results(runID: record?.id ?? newest)
            _ = try await store.events(runID: newest)
            lap(0)
            // compare: as `hilbench compare` does, reading every candidate case's history for its night spread
            let compareStart = Monotonic.nowNs()
            let inputs = try await compareInputs(store, before, newest, histories: nil)
            lap(2)
            _ = try await compare(inputs)
            lap(3)
            figures[1].1.append(Double(Monotonic.nowNs() - compareStart) / 1e9)
            // history
            let history = try await store.historyRows(of: key).map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
            _ = HistoryAnalysis.judge(HistoryAnalysis.series(history, metric: .latency).map(\.value))
            lap(4)
            // nightly: the baseline, every case's history, the comparison given them, judged and drawn
            let nightlyStart = Monotonic.nowNs()
            let runs = try await store.runs()
            let baseline = runs.filter { $0.id != newest && $0.endedAt != nil }.last?.id ?? before
            let histories = try await store.historyRows(of: tonight.map(\.key)).mapValues { history in
                history.map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
            }
            lap(6)
            let comparison = try await compare(
                try await compareInputs(store, baseline, newest, histories: histories), againstHistory: true)
            lap(7)
            var judgements = SeriesJudgements()
            await judgements.judgeAll(
                NightlyJudge.series(comparison, results: tonight, histories: histories),
                concurrency: ProcessInfo.processInfo.activeProcessorCount)
            let judged = NightlyJudge.withHistory(
                comparison, histories: histories, thresholds: .init(), judgements: &judgements)
            lap(8)
            _ = NightlyJudge.trends(
                results: tonight, histories: histories, comparison: judged, judgements: &judgements)
            lap(9)
            changePoints = (judgements.computed, judgements.reused)
            figures[5].1.append(Double(Monotonic.nowNs() - nightlyStart) / 1e9)
            // the histories read one after the other (four at a time is the nightly's own read above)
            for key in tonight.map(\.key) { _ = try await store.historyRows(of: key) }
            lap(10)
        }
        figures.append(("  histories as summaries + samples (before v6)", [summariesSeconds]))
        figures.append(("  histories as whole cases (\(whole), before v5)", [wholeSeconds]))
        return (figures, changePoints)
    }

    private struct CompareInputs {
        var a: String
        var b: String
        var baseline: [CaseResult]
        var candidate: [CaseResult]
        var chips: [String: String]
        var thresholds: SuiteConfig.Thresholds
        var histories: [CaseKey: [CaseHistoryEntry]]
    }

    /// What `hilbench compare` reads from the store: both runs, their cases, and each ok candidate case's history
    /// (unless the caller has them, as `nightly` does).
    private static func compareInputs(
        _ store: any ResultsStore, _ a: String, _ b: String, histories: [CaseKey: [CaseHistoryEntry]]?
    ) async throws -> CompareInputs {
        guard let first = try await store.run(id: a), let second = try await store.run(id: b) else {
            throw HILBenchError(.io, "runs \(a) and \(b) are not in the store")
        }
        var chips: [String: String] = [:]
        for target in first.targets + second.targets { chips[target.name] = target.chip.soc }
        let candidate = try await store.results(runID: b)
        let ok = candidate.filter { $0.status == .ok }.map(\.key)
        var known = histories ?? [:]
        for (key, history) in try await store.historyRows(of: ok.filter { known[$0] == nil }) {
            known[key] = history.map { CaseHistoryEntry(runID: $0.runID, row: $0.row) }
        }
        return CompareInputs(
            a: a, b: b, baseline: try await store.results(runID: a), candidate: candidate, chips: chips,
            thresholds: second.suite.thresholds, histories: known)
    }

    /// `hilbench compare`'s statistics: each ok candidate case's night spread from its history, then the comparison.
    private static func compare(
        _ inputs: CompareInputs, againstHistory: Bool = false
    ) async throws -> RunComparison {
        let spreads = await NightSpreadEstimate.from(
            inputs.histories, keys: inputs.candidate.filter { $0.status == .ok }.map(\.key), before: inputs.b,
            concurrency: ProcessInfo.processInfo.activeProcessorCount)
        return try Comparer.compare(
            baselineRun: inputs.a, baseline: inputs.baseline, candidateRun: inputs.b, candidate: inputs.candidate,
            chips: inputs.chips, thresholds: inputs.thresholds, nightSpreads: spreads, againstHistory: againstHistory)
    }

    /// Wall time of `hilbench history`, `compare --format json` and `report latest`, three times each.
    private static func commandCosts(
        _ hilbench: String, store: String, year: StoreYear, scratch: String
    ) throws -> [(String, [Double])] {
        let key = year.keys[year.keys.count / 2]
        let commands: [(String, [String])] = [
            ("history", ["history", key.id]),
            (
                "compare --format json",
                ["compare", year.runID(year.runs - 2), year.runID(year.runs - 1), "--format", "json"]
            ),
            ("report latest", ["report", "latest", "--results-dir", scratch + "/reports"]),
        ]
        var figures: [(String, [Double])] = []
        for (name, arguments) in commands {
            var times: [Double] = []
            for _ in 0..<3 {
                let start = Monotonic.nowNs()
                let output = try SpawnedProcess.run([hilbench] + arguments + ["--store", store])
                times.append(Double(Monotonic.nowNs() - start) / 1e9)
                guard output.exit.shellStatus == 0 else {
                    throw HILBenchError(
                        .io,
                        "hilbench \(arguments.joined(separator: " ")) failed (\(output.exit.shellStatus)): "
                            + String(decoding: output.stderr.suffix(1000), as: UTF8.self))
                }
            }
            figures.append((name, times))
        }
        return figures
    }
}
