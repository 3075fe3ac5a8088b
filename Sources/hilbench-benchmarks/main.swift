// The project's performance figures, printed by one command:
//   swift run -c release hilbench-benchmarks [energy|energy-memory|timing|stats|overhead|report|config|sha256|all]
//   swift build && swift run hilbench-benchmarks aa [NIGHTS [TRIES]]   (real A/A nightlies; not part of `all`)
//   swift build && swift run hilbench-benchmarks decision [reference|onnxruntime] [high|normal]
//                                                             (time to a ±1% execution-level interval)
//   swift build && swift run hilbench-benchmarks spread [ROUNDS] [reference|onnxruntime]
//                                                  (fresh runners' medians, raised against normal priority)
//   sudo swift run -c release hilbench-benchmarks dispatch [BOARDS [CASES]]   (makes a virtual lab; not part of `all`)
//   swift run -c release hilbench-benchmarks changepoints [SEED]   (against Otava and SPA; not part of `all`)
//   swift run -c release hilbench-benchmarks changepoint-tuning [A/A PER LENGTH]   (settings on seeds 21…30)
//   swift run -c release hilbench-benchmarks changepoint-null [DRAWS] [FILE]   (regenerates RankShiftNull's table)
//   swift build -c release && .build/release/hilbench-benchmarks store [--store postgres://…] [--runs 365] …
//       (SQLite vs PostgreSQL: saves, leases, a year of history read by report/compare/history/nightly)
//   swift run -c release hilbench-benchmarks drain [CASES_PER_BOARD [ITERATIONS]]
//                        (1, 2, 4 controllers on one PostgreSQL, 16 local boards; not part of `all`)
//   swift run -c release hilbench-benchmarks drain-weak [BOARDS_PER_CONTROLLER [CASES_PER_BOARD [WAIT_MS]]]
//                        (1, 2, 4 controllers each with its own boards, whose inferences wait rather than compute)
// Each figure says what it measured and the goal it is held to.
import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchMeters
import HILBenchReports
import HILBenchStats
import HILBenchSystem

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

func line(_ name: String, _ value: String, _ goal: String) {
    print(
        name.padding(toLength: 46, withPad: " ", startingAt: 0)
            + value.padding(toLength: 26, withPad: " ", startingAt: 0) + goal)
}

#if DEBUG
print("warning: a debug build; figures are only meaningful with `swift run -c release hilbench-benchmarks`\n")
#endif

let which = CommandLine.arguments.dropFirst().first ?? "all"
let machine = ProcessInfo.processInfo
print("hilbench benchmarks on \(machine.activeProcessorCount) cores, \(machine.physicalMemory >> 30) GiB")
line("benchmark", "result", "goal")

if which == "all" || which == "energy" {
    // Trapezoidal energy integration on one core (general and uniform-rate paths), PPK2 decode + integrate, and
    // the memory of an hour-long capture. numpy's figure for the same data: python3 scripts/bench/numpy_trapezoid.py
    for figure in EnergyBenchmarks.figures() { line(figure.name, figure.value, figure.goal) }
}

if which == "all" || which == "energy-memory" {
    // The controller's energy path over long captures, streamed as MeteredEnergy streams them (logic windows into
    // the integrator; windows known only at the end into the ledger): peak RSS and its growth over the start.
    for figure in try await EnergyBenchmarks.memoryFigures() { line(figure.name, figure.value, figure.goal) }
}

if which == "all" || which == "report" {
    // A report over a year of nightly history: 365 runs × 200 cases.
    let year = ReportBenchmarks.yearOfHistory()
    line(
        "report: a year of nightly history",
        String(format: "%.2f s, %.1f MB HTML", year.seconds, Double(year.htmlBytes) / 1e6), "< 3 s, < 10 MB")
}

if which == "all" || which == "timing" {
    // The cost of timing one iteration: two monotonic clock reads around an empty body, as the runners do.
    var overheads: [Double] = []
    for _ in 0..<5 {
        var latencies = [Int64](repeating: 0, count: 1_000_000)
        for index in latencies.indices {
            let t0 = Monotonic.nowNs()
            latencies[index] = Monotonic.nowNs() - t0
        }
        overheads.append(median(latencies.map(Double.init)))
    }
    line(
        "per-iteration timing overhead (Swift)", String(format: "%.0f ns", median(overheads)),
        "≤ 100 ns (≤ 1% of a 10 µs inference)")
    // The Python runners time with time.monotonic_ns(); measure the same empty loop there.
    if let python = RuntimeRegistry.findPython() {
        let output = try SpawnedProcess.run([
            python, "-c",
            """
            import time, statistics
            m = time.monotonic_ns
            meds = []
            for _ in range(5):
                lat = []
                for _ in range(200000):
                    t0 = m(); lat.append(m() - t0)
                meds.append(statistics.median(lat))
            print(statistics.median(meds))
            """,
        ])
        let text = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        line("per-iteration timing overhead (Python)", "\(text) ns", "≤ 200 ns")
    }
}

if which == "all" || which == "stats" {
    line(
        "bootstrap 10k × 10k (order-statistic draws)",
        String(format: "%.1f ms", median((0..<3).map { _ in StatsBenchmarks.bootstrapTiming() }) * 1000), "< 100 ms")
    line(
        "bootstrap 10k × 10k (literal resampling)",
        String(format: "%.1f ms", median((0..<3).map { _ in StatsBenchmarks.bootstrapResamplingTiming() }) * 1000),
        "< 100 ms")
    line(
        "E-Divisive over 1000 points",
        String(format: "%.1f ms", median((0..<3).map { _ in StatsBenchmarks.eDivisiveTiming() }) * 1000), "< 100 ms")
}

if which == "all" || which == "overhead" {
    // The harness's own overhead: hilbench's median latency for an ONNX Runtime model next to a bare Python
    // loop timing the same InferenceSession on the same input. Interleaved, 5 rounds each, medians compared.
    let model = FileManager.default.currentDirectoryPath + "/Suites/models/tinycnn.onnx"
    if let python = RuntimeRegistry.findPython(), FileManager.default.fileExists(atPath: model) {
        struct NoMarker: MarkerDriver { func set(_ active: Bool) throws -> Int64 { Monotonic.nowNs() } }
        let runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: CommandLine.arguments[0]), markerFactory: { _ in NoMarker() })
        let spec = CaseSpec(
            key: CaseKey(
                target: "local", model: "tinycnn", runtime: .onnxruntime, precision: .fp32, threads: 1, batch: 1),
            model: model, format: .onnx, artifactSHA256: nil, inputs: .init(seed: 1234), warmup: 200, iterations: 3000,
            timeoutSeconds: 300, memorySamplePeriodMs: 50, idleMs: 0, options: [:], collectOutputs: false,
            maxOutputValues: 0, marker: .init(backend: .none))
        let bare = """
            import time, statistics, numpy as np, onnxruntime as ort
            o = ort.SessionOptions(); o.intra_op_num_threads = 1
            s = ort.InferenceSession("\(model)", o, providers=["CPUExecutionProvider"])
            i = s.get_inputs()[0]
            x = np.random.default_rng(1234).random((1, 3, 32, 32), dtype=np.float64).astype(np.float32)
            f = {i.name: x}
            for _ in range(200): s.run(None, f)
            lat = []
            m = time.monotonic_ns
            for _ in range(3000):
                t0 = m(); s.run(None, f); lat.append(m() - t0)
            print(statistics.median(lat))
            """
        var hilbenchMedians: [Double] = []
        var bareMedians: [Double] = []
        for _ in 0..<5 {
            let result = runner.run(spec)
            if result.status != .ok {
                print("overhead: the ORT case failed: \(result.failure?.message ?? "")")
                break
            }
            hilbenchMedians.append(median(result.latenciesNs.map(Double.init)))
            let output = try SpawnedProcess.run([python, "-c", bare])
            bareMedians.append(
                Double(String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
                    ?? .nan)
        }
        let h = median(hilbenchMedians)
        let b = median(bareMedians)
        line(
            "ORT tinycnn median: hilbench / bare Python",
            String(format: "%.1f / %.1f µs = %.3f", h / 1000, b / 1000, h / b), "ratio ≤ 1.02")
    } else {
        line(
            "harness overhead vs bare ORT loop", "skipped",
            "needs python3 and Suites/models/tinycnn.onnx (run from the checkout)")
    }
}

if which == "all" || which == "config" {
    // Hostile configuration files must be refused quickly: the slowest of the structural extremes the config fuzz
    // tests feed the loader (their correctness is the tests'; their speed is held here, not in a timed test).
    let figure = try ConfigBenchmarks.slowestExtreme()
    line("config: slowest hostile file (\(figure.label))", String(format: "%.3f s", figure.seconds), "< 2 s")
}

if which == "all" || which == "sha256" {
    // Artifact pinning hashes whole model files (hundreds of MB) before every upload and on every load.
    let figure = try SHA256Benchmark.fileThroughput(megabytes: 256)
    line(
        "sha256 of a \(figure.megabytes) MiB file (swift-crypto)", String(format: "%.0f MB/s", figure.mbPerSecond),
        "≥ 300 MB/s (a 500 MB model < 2 s)")
}

if which == "changepoints" {
    // `changepoints SEED` scores another generated set (a tuning set apart from the default seed 19).
    let seed = CommandLine.arguments.dropFirst(2).first.flatMap { UInt64($0) } ?? 19
    try ChangePointBenchmark.run(repository: FileManager.default.currentDirectoryPath, seed: seed)
}

if which == "changepoint-tuning" {
    // Settings of the change-point detector on the tuning sets 21…30 and more A/A series (never the set 19).
    let perLength = CommandLine.arguments.dropFirst(2).first.flatMap { Int($0) } ?? 10_000
    try ChangePointBenchmark.tuning(nullPerLength: perLength)
}

if which == "changepoint-null" {
    // Regenerates Sources/HILBenchStats/RankShiftNull+Table.swift: the whole-series change-point test's critical
    // values per length (`changepoint-null [DRAWS] [FILE]`, default RankShiftNull.tableDraws, standard output).
    let arguments = CommandLine.arguments.dropFirst(2)
    let draws = arguments.first.flatMap { Int($0) } ?? RankShiftNull.tableDraws
    let source = await ChangePointBenchmark.nullTableSource(draws: draws)
    if let file = arguments.dropFirst().first {
        try source.write(toFile: file, atomically: true, encoding: .utf8)
    } else {
        print(source, terminator: "")
    }
}

if which == "dispatch" {
    // Per-case cost of each way of reaching a board, and N boards in parallel, on a virtual lab made for it.
    let arguments = CommandLine.arguments.dropFirst(2)
    let boards = arguments.first.flatMap { Int($0) } ?? 16
    let cases = arguments.dropFirst().first.flatMap { Int($0) } ?? 40
    try await DispatchBenchmark.run(boards: max(1, boards), cases: max(1, cases))
}

if which == "store" {
    // The results store on SQLite and PostgreSQL: case save latency, writers, leases, a year of history read back.
    try await StoreBenchmark.run(try StoreBenchmark.Options(Array(CommandLine.arguments.dropFirst(2))))
}

if which == "drain" {
    // Cases per second drained by 1, 2 and 4 controllers sharing one run on one PostgreSQL, 16 boards split between
    // them with --boards, and what limits it (CPU or boards).
    let arguments = CommandLine.arguments.dropFirst(2)
    try await DrainBenchmark.run(
        controllersList: [1, 2, 4], casesPerBoard: max(1, arguments.first.flatMap { Int($0) } ?? 12),
        iterations: max(1, arguments.dropFirst().first.flatMap { Int($0) } ?? 10))
}

if which == "drain-weak" {
    // Weak scaling: each of 1, 2, 4 controllers brings its own boards, and each board's inferences wait (an
    // accelerator computing while the host idles) instead of spending this machine's CPU, so the boards are the limit
    // and N controllers should drain N times as many cases per second.
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    let perController = max(1, arguments.first.flatMap { Int($0) } ?? 8)
    try await DrainBenchmark.run(
        controllersList: [1, 2, 4], casesPerBoard: max(1, arguments.dropFirst().first.flatMap { Int($0) } ?? 6),
        iterations: 10, boardsPerController: perController,
        waitMs: max(0, arguments.dropFirst(2).first.flatMap { Double($0) } ?? 150))
}

if which == "aa" {
    // A real A/A with the reference runner on this machine: NIGHTS nightlies of one build, a busy loop on another core
    // every second night, then TRIES nightlies with a 10% injected slowdown against copies of that history.
    let arguments = CommandLine.arguments.dropFirst(2)
    try NightlyBenchmarks.aa(
        nights: arguments.first.flatMap { Int($0) } ?? 10, tries: arguments.dropFirst().first.flatMap { Int($0) } ?? 10)
}

if which == "spread" {
    // How far fresh runners' medians disagree with the runner raised (the agent's default) and at normal priority,
    // interleaved: `spread [ROUNDS] [reference|onnxruntime]`.
    let arguments = CommandLine.arguments.dropFirst(2)
    try NightlyBenchmarks.spread(
        rounds: max(2, arguments.first.flatMap { Int($0) } ?? 20),
        runtime: arguments.dropFirst().first.flatMap { RuntimeKind(rawValue: $0) } ?? .reference)
}

if which == "decision" {
    // Board time to a ±1% interval at the execution level with adaptive stopping over iterations and executions;
    // `decision [reference|onnxruntime] [high|normal]` (the runtime, and how the agent schedules its runners).
    let arguments = CommandLine.arguments.dropFirst(2)
    try NightlyBenchmarks.timeToDecision(
        runtime: arguments.first.flatMap { RuntimeKind(rawValue: $0) } ?? .reference,
        priority: arguments.dropFirst().first.flatMap { RunnerScheduling.Mode(rawValue: $0) } ?? .high)
}
