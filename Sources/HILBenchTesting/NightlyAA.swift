import Foundation
import HILBenchCore
public import HILBenchStats
import HILBenchStore
import HILBenchSystem

/// A real A/A experiment with the built `hilbench`: the reference runner on this machine, nightly run again and again
/// with the same build while a busy loop loads another core on some nights, then tries with an injected slowdown.
/// Each try starts from a copy of that A/A history, adds its own unloaded, unslowed night (uncounted: the try's
/// baseline, so that no try inherits the last A/A night's load and no two tries share one baseline's drift), then
/// the slowed night. Used by the CI test and by `hilbench-benchmarks aa`.
public struct NightlyAA: Sendable {
    public struct Settings: Sendable {
        public var nights = 10
        public var tries = 10
        /// Executions per night; nil lets nightly calibrate them from the history (as a lab would run it).
        public var executions: Int? = nil
        public var iterations = 60
        public var warmup = 3
        public var threshold = 0.05
        public var slowdown = 1.10
        /// Load another core on every n-th A/A night (0: never).
        public var loadEvery = 2

        public init() {}
    }

    /// One `hilbench nightly`.
    public struct Night: Sendable {
        public var loaded: Bool
        public var slowed: Bool
        public var exitCode: Int32
        /// A case of the night was measured on a busy machine, or of its baseline while the night was judged against
        /// that baseline alone (fewer than `NightLevelSpread.minimumNights` quiet earlier nights): against history's
        /// quiet nights a busy baseline is not evidence, as nightly judges it.
        public var noisy: Bool
        /// A case of the night itself was measured on a busy machine (its baseline aside): whether the night's own
        /// executions may enter the machine's spreads.
        public var busyItself: Bool
        /// Earlier nights in its history measured quietly with ≥ 2 executions: what its night-to-night spread is
        /// estimated from (fewer than `NightLevelSpread.minimumNights`, and no slowdown can be called regressed).
        public var quietEarlierNights: Int
        /// The median of each execution of the night's (first) case, ms.
        public var executionMediansMs: [Double]
        /// Executions the night measured.
        public var executions: Int { executionMediansMs.count }
        /// Board time: the cases' durations, seconds.
        public var boardSeconds: Double
        public var wallSeconds: Double
        public var output: String

        public var regressed: Bool { exitCode == 2 }
        /// Whether a verdict on it says something about the statistics rather than the machine: it and its baseline
        /// were quiet, and enough quiet nights came before it to know the night-to-night spread.
        public var measurable: Bool { !noisy && quietEarlierNights >= NightLevelSpread.minimumNights }
    }

    public var controller: String
    public var agent: String
    public var settings: Settings

    public init(controller: String, agent: String, settings: Settings = Settings()) {
        self.controller = controller
        self.agent = agent
        self.settings = settings
    }

    func suite(slowdown: Double?) -> String {
        """
        name: aa
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32]
        measure:
          warmup: \(settings.warmup)
          iterations: \(settings.iterations)
        \(settings.executions.map { "  executions: \($0)" } ?? "")
        energy:
          idle_ms: 10
        thresholds: {latency: \(settings.threshold), energy: 0.25, memory: 0.10}
        \(slowdown.map { "runtime_options:\n  reference: {inject_slowdown: \($0)}\n" } ?? "")
        """
    }

    func target() -> String {
        """
        name: local
        transport:
          kind: local
          agent_path: \(agent)
        chip:
          soc: host-cpu
          price_usd: 0
          tdp_w: 15
        marker:
          backend: simulated
        meter:
          kind: simulated
          sample_rate_hz: 2000
          idle_w: 2.0
          active_w: 1.5
          noise_w: 0.02
          seed: 1

        """
    }

    /// Runs the A/A nights (the first is the baseline and not counted), then the slowed tries.
    public func run(in folder: String, progress: (String) -> Void = { _ in }) throws -> (aa: [Night], slowed: [Night]) {
        let workspace = folder + "/aa"
        try FileManager.default.createDirectory(atPath: workspace + "/Targets", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: workspace + "/Suites", withIntermediateDirectories: true)
        try target().write(toFile: workspace + "/Targets/local.yaml", atomically: true, encoding: .utf8)
        try suite(slowdown: nil).write(toFile: workspace + "/Suites/aa.yaml", atomically: true, encoding: .utf8)
        _ = try night(in: workspace, loaded: false, slowed: false)
        var aa: [Night] = []
        for index in 1...settings.nights {
            let loaded = settings.loadEvery > 0 && index % settings.loadEvery == 0
            aa.append(try night(in: workspace, loaded: loaded, slowed: false))
            progress("A/A night \(index)\(loaded ? " (another core loaded)" : ""): exit \(aa.last!.exitCode)")
        }
        var slowed: [Night] = []
        for index in 1...settings.tries {
            let copy = folder + "/try-\(index)"
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: workspace, toPath: copy)
            let baseline = try night(in: copy, loaded: false, slowed: false)
            try suite(slowdown: settings.slowdown).write(
                toFile: copy + "/Suites/aa.yaml", atomically: true, encoding: .utf8)
            slowed.append(try night(in: copy, loaded: false, slowed: true))
            try? FileManager.default.removeItem(atPath: copy)
            progress(
                "slowed try \(index): baseline exit \(baseline.exitCode)\(baseline.noisy ? " (noisy)" : ""), "
                    + "slowed exit \(slowed.last!.exitCode)\(slowed.last!.noisy ? " (noisy)" : "")")
        }
        return (aa, slowed)
    }

    func night(in workspace: String, loaded: Bool, slowed: Bool) throws -> Night {
        // Both children through SpawnedProcess (posix_spawn, one reaper per pid): with Foundation.Process a live
        // busy loop kept the nightly's exit from ever being seen (docs/ssh-transport.md, the reaping hazard).
        let loader = loaded ? try Self.busyLoop() : nil
        defer {
            loader?.signalGroup(SIGKILL)
            _ = loader?.waitForExitBlocking(timeout: .seconds(10))
        }
        let started = Date()
        let outputPath = workspace + "/nightly-output.txt"
        // The output goes to a file, not a pipe: a pipe's end is only seen when every process holding it is gone.
        let process = try SpawnedProcess(
            [
                "/bin/sh", "-c", "cd \"$1\" && exec \"$2\" nightly --suite Suites/aa.yaml --plain >\"$3\" 2>&1", "sh",
                workspace, controller, outputPath,
            ], processGroup: true)
        if !process.waitForExitBlocking(timeout: .seconds(900)) {
            process.signalGroup(SIGKILL)
            _ = process.waitForExitBlocking(timeout: .seconds(10))
        }
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let wall = Date().timeIntervalSince(started)
        let store = try SQLiteResultsStore(path: workspace + "/Results/hilbench.sqlite")
        let runs = try store.runs()
        let tonight = try runs.last.map { try store.results(runID: $0.id) } ?? []
        let before = runs.count >= 2 ? try store.results(runID: runs[runs.count - 2].id) : []
        let quietEarlier = try runs.dropLast().filter { run in
            try store.results(runID: run.id).first.map {
                $0.status == .ok && $0.noisyReason == nil && $0.thermal?.throttled != true
                    && $0.executionSamples.count >= 2
            } ?? false
        }.count
        return Night(
            loaded: loaded, slowed: slowed, exitCode: process.terminationStatus ?? -1,
            noisy: tonight.contains { $0.noisyReason != nil }
                || (quietEarlier < NightLevelSpread.minimumNights && before.contains { $0.noisyReason != nil }),
            busyItself: tonight.contains { $0.noisyReason != nil }, quietEarlierNights: quietEarlier,
            executionMediansMs: (tonight.first?.executionSamples ?? []).filter { !$0.isEmpty }.map {
                let sorted = $0.sorted()
                let n = sorted.count
                return Double(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2) / 1e6
            },
            boardSeconds: tonight.reduce(0) { $0 + $1.durationSeconds }, wallSeconds: wall, output: text)
    }

    /// A shell busy loop in its own process group: one core of other work until killed.
    static func busyLoop() throws -> SpawnedProcess {
        try SpawnedProcess(["/bin/sh", "-c", "while :; do :; done"], processGroup: true)
    }

    /// The machine's spreads as the quiet A/A nights show them (log scale ≈ relative): executions within a night
    /// (pooled) and nights (`NightLevelSpread`), with the median executions per night.
    public struct Spreads: Sendable {
        public var executions: Double
        public var nights: NightLevelSpread
        public var executionsPerNight: Int

        /// The recall a slowdown of `slowdown` can be expected to have at `threshold` with these spreads, judged as
        /// nightly judges it: against the mean of the quiet earlier nights (at most the 10 newest).
        public func predictedRecall(slowdown: Double, threshold: Double) -> Double {
            ExecutionLevelRatio.power(
                change: slowdown, threshold: threshold, executionSpread: executions, executions: executionsPerNight,
                nightSpread: nights, referenceNights: min(nights.nights, 10))
        }
    }

    /// - Parameter includingNoisy: count the nights measured on a busy machine too (what the statistics would face
    ///   if the noise rule let them through).
    public static func spreads(of nights: [Night], includingNoisy: Bool = false) -> Spreads? {
        // A quiet night after a loaded one is still a quiet night: its own executions count.
        let quiet = nights.filter { (includingNoisy || !$0.busyItself) && $0.executions >= 2 }.map {
            $0.executionMediansMs.map(log)
        }
        guard let spread = try? NightLevelSpread(nights: quiet) else { return nil }
        let variances = quiet.map { night in
            let mean = night.reduce(0, +) / Double(night.count)
            return night.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(night.count - 1)
        }
        let counts = quiet.map(\.count).sorted()
        return Spreads(
            executions: (variances.reduce(0, +) / Double(variances.count)).squareRoot(), nights: spread,
            executionsPerNight: counts[counts.count / 2])
    }
}
