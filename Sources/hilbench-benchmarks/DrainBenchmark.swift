import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting

/// Cases per second stored and dispatched by 1, 2 and 4 `hilbench` controllers draining one run on one PostgreSQL
/// server (its own, started here like the tests' server: fsync off) against 16 boards, split by `--boards`: the
/// first controller makes the run (`hilbench run --boards …`), the others join it (`--join RUN_ID --boards …`), each
/// serving 16/N boards, as one controller per bench would.
///
/// The boards are `transport: local` targets (no root, no lab lock): each an agent process of its own started by
/// its controller, with its own board lock (`HILBENCH_AGENT_LOCK` through a wrapper script), so the 16 boards run
/// cases at once as 16 real boards would — but on this machine's cores, which the runners then share with the
/// controllers and the server. Cases are trivial (builtin tinycnn on the reference runtime, a few iterations, one
/// execution, no meter, no marker) and every one is a real case stored with its latencies.
///
/// The rate is the store's: cases over the span from the first claim to the last case stored. What limits it is
/// printed beside it: CPU (the controllers', agents', runners' and server's CPU time over the round's wall time ×
/// cores, and the whole machine's busy share then, others' load included) and boards (the mean number of boards with
/// a case in flight, from the store's claim and done times).
///
/// `drain-weak` (weak scaling): controller i brings boards of its own (`boardsPerController` each), and every timed
/// inference also waits `inject_wait_ms` with its CPU idle, as an accelerator's board would: the boards, not this
/// machine's CPU, are then the limit, and N controllers should drain N times the cases per second of one.
enum DrainBenchmark {
    /// Boards split between the controllers (strong scaling).
    static let boards = 16

    struct Round {
        var controllers: Int
        var boards: Int
        var cases: Int
        var wallSeconds: Double
        var drainSeconds: Double
        var ourCPUSeconds: Double
        /// Of `ourCPUSeconds`: the controller processes' own, and the PostgreSQL server's (the rest: agents, runners).
        var controllerCPUSeconds: Double
        var serverCPUSeconds: Double
        var machineBusy: Double
        var boardsInFlight: Double
        var failed: Int
    }

    /// - Parameters:
    ///   - boardsPerController: nil splits `boards` between the controllers; a number gives each controller that
    ///     many boards of its own (weak scaling).
    ///   - waitMs: each timed inference's idle wait (`inject_wait_ms`), 0 for none.
    static func run(
        controllersList: [Int], casesPerBoard: Int, iterations: Int, boardsPerController: Int? = nil,
        waitMs: Double = 0
    ) async throws {
        guard PostgresTestServer.available else {
            print("drain: skipped: \(PostgresTestServer.unavailableReason ?? "no PostgreSQL server")")
            return
        }
        let most = boardsPerController.map { $0 * (controllersList.max() ?? 1) } ?? boards
        let workspace = try makeWorkspace(
            casesPerBoard: casesPerBoard, iterations: iterations, boards: most, waitMs: waitMs)
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let layout =
            boardsPerController.map {
                "\($0) local boards per controller (weak scaling), each inference waiting \(waitMs) ms idle"
            } ?? "\(boards) local boards split between the controllers with --boards"
        print(
            "drain: \(layout); \(casesPerBoard) cases per board (tinycnn, reference runtime, \(iterations) "
                + "iterations, 1 execution); PostgreSQL fsync off; load average at start \(loadAverage())")
        try await PostgresTestServer.withServer { server in
            var rounds: [Round] = []
            for count in controllersList {
                let round = try await drain(
                    controllers: count, boards: boardsPerController.map { $0 * count } ?? boards,
                    workspace: workspace, server: server, cores: cores)
                rounds.append(round)
                let base = rounds.first.map { Double($0.cases) / $0.drainSeconds.nonZero } ?? .nan
                let rate = Double(round.cases) / round.drainSeconds.nonZero
                let speedUp = rate / base
                line(
                    "drain: \(count) controller\(count == 1 ? "" : "s"), \(round.cases) cases",
                    String(format: "%.1f cases/s (%.1f s)", rate, round.drainSeconds),
                    String(
                        format: "×%.2f, efficiency %.2f (goal ≥ 0.8)", speedUp,
                        speedUp / (Double(count) / Double(controllersList[0]))
                    )
                        + (round.failed > 0 ? ", \(round.failed) cases NOT OK" : ""))
                line(
                    "  wall incl. start, reports / over it:", String(format: "%.1f s", round.wallSeconds),
                    String(
                        format: "CPU ours %.0f%% of %d cores, machine busy %.0f%%; boards in flight %.1f of %d",
                        100 * round.ourCPUSeconds / (round.wallSeconds.nonZero * Double(cores)), cores,
                        100 * round.machineBusy, round.boardsInFlight, round.boards))
                line(
                    "  CPU per case: controllers/server/rest",
                    String(
                        format: "%.0f / %.0f / %.0f ms", 1000 * round.controllerCPUSeconds / Double(round.cases),
                        1000 * round.serverCPUSeconds / Double(round.cases),
                        1000 * (round.ourCPUSeconds - round.controllerCPUSeconds - round.serverCPUSeconds)
                            / Double(round.cases)),
                    "rest: the boards' agents and runners (on this machine's cores)")
            }
        }
        print("drain: load average at end \(loadAverage())")
    }

    /// One round on a fresh database: N controllers, the first making the run.
    static func drain(
        controllers count: Int, boards: Int, workspace: String, server: PostgresTestServer, cores: Int
    ) async throws -> Round {
        let url = try server.createDatabase("drain\(count)")
        let names = (1...boards).map(boardName)
        let shares = (0..<count).map { index in
            names.enumerated().filter { $0.offset % count == index }.map(\.element).joined(separator: ",")
        }
        let common = ["--plain", "--store", url, "--lease-seconds", "60"]
        let serverCPU0 = serverCPUSeconds(server)
        let children0 = childrenCPUSeconds()
        let machine0 = machineTicks()
        let start = Date()
        return try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { store in
            var processes: [SpawnedProcess] = []
            defer { for process in processes { process.signalGroup(SIGKILL) } }
            processes.append(
                try BuiltProducts.startController(
                    ["run", "--suite", "Suites/drain.yaml", "--targets"] + names.map { "Targets/\($0).yaml" }
                        + ["--boards", shares[0]] + common, in: workspace, log: "\(workspace)/c\(count)-0.log"))
            var runID: String?
            while runID == nil {
                runID = try await store.runs().first?.id
                if runID == nil {
                    guard processes[0].isRunning else { throw failure("the first controller", workspace, count, 0) }
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            for index in 1..<max(1, count) {
                processes.append(
                    try BuiltProducts.startController(
                        ["run", "--join", runID!, "--boards", shares[index]] + common, in: workspace,
                        log: "\(workspace)/c\(count)-\(index).log"))
            }
            // The controllers' own CPU time (not their agents'), read while they live: the last reading counts.
            let pids = processes.map(\.pid)
            let poller = Task {
                var own: [pid_t: Double] = [:]
                while !Task.isCancelled {
                    for pid in pids { if let seconds = ownCPUSeconds(pid) { own[pid] = seconds } }
                    try? await Task.sleep(for: .milliseconds(100))
                }
                return own.values.reduce(0, +)
            }
            for (index, process) in processes.enumerated() {
                guard await process.waitForExit(timeout: .seconds(3600)), process.terminationStatus == 0 else {
                    throw failure("controller \(index)", workspace, count, index)
                }
            }
            poller.cancel()
            let controllerCPU = await poller.value
            let wall = Date().timeIntervalSince(start)
            let serverCPU = serverCPUSeconds(server) - serverCPU0
            let machine1 = machineTicks()
            let queue = try await store.queue(runID: runID!)
            let results = try await store.results(runID: runID!)
            let claimed = queue.compactMap(\.claimedAt)
            let done = queue.compactMap(\.doneAt)
            let drainSeconds = (done.max() ?? 0) - (claimed.min() ?? 0)
            // A board has a case in flight from its first claim to its last case stored (it claims all at once).
            var busy = 0.0
            for (_, rows) in Dictionary(grouping: queue, by: \.board) {
                busy += (rows.compactMap(\.doneAt).max() ?? 0) - (rows.compactMap(\.claimedAt).min() ?? 0)
            }
            return Round(
                controllers: count, boards: boards, cases: results.count, wallSeconds: wall, drainSeconds: drainSeconds,
                ourCPUSeconds: childrenCPUSeconds() - children0 + serverCPU, controllerCPUSeconds: controllerCPU,
                serverCPUSeconds: serverCPU,
                machineBusy: machine1.busyShare(since: machine0), boardsInFlight: busy / drainSeconds.nonZero,
                failed: results.filter { $0.status != .ok }.count)
        }
    }

    static func boardName(_ index: Int) -> String { String(format: "b%02d", index) }

    /// Target files for the boards (each with an agent wrapper giving it its own board lock) and the suite.
    static func makeWorkspace(casesPerBoard: Int, iterations: Int, boards: Int, waitMs: Double) throws -> String {
        let directory = NSTemporaryDirectory() + "hilbench-drain-\(getpid())"
        let files = FileManager.default
        try files.createDirectory(atPath: directory + "/Targets", withIntermediateDirectories: true)
        try files.createDirectory(atPath: directory + "/Suites", withIntermediateDirectories: true)
        for index in 1...boards {
            let name = boardName(index)
            let wrapper = "\(directory)/Targets/agent-\(name).sh"
            try "#!/bin/sh\nHILBENCH_AGENT_LOCK='\(directory)/\(name).lock' exec '\(BuiltProducts.agent)' \"$@\"\n"
                .write(toFile: wrapper, atomically: true, encoding: .utf8)
            try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)
            try """
            name: \(name)
            transport:
              kind: local
              agent_path: \(wrapper)
            chip:
              soc: host-cpu
            marker:
              backend: none
            meter:
              kind: none

            """.write(toFile: "\(directory)/Targets/\(name).yaml", atomically: true, encoding: .utf8)
        }
        // Cases of one board differ only by the model's name: each as cheap as the next.
        let models = (1...casesPerBoard).map { "  - name: tiny\($0)\n    builtin: tinycnn\n" }.joined()
        try """
        name: drain
        models:
        \(models)runtimes: [reference]
        precisions: [fp32]
        threads: [1]
        measure:
          warmup: 1
          iterations: \(iterations)
          executions: 1
        \(waitMs > 0 ? "runtime_options:\n  reference: {inject_wait_ms: \(waitMs)}\n" : "")
        """.write(toFile: directory + "/Suites/drain.yaml", atomically: true, encoding: .utf8)
        return directory
    }

    static func failure(_ who: String, _ workspace: String, _ count: Int, _ index: Int) -> HILBenchError {
        let log = (try? String(contentsOfFile: "\(workspace)/c\(count)-\(index).log", encoding: .utf8)) ?? ""
        return HILBenchError(.io, "drain with \(count) controllers: \(who) failed:\n\(log.suffix(3000))")
    }

    /// CPU seconds of this process's waited-for children and their waited-for descendants (controllers, their
    /// agents, the agents' runners).
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// CPU seconds of the PostgreSQL server: the postmaster and its ended backends (one per connection).
    static func serverCPUSeconds(_ server: PostgresTestServer) -> Double {
        guard let pidFile = try? String(contentsOfFile: server.scratch + "/data/postmaster.pid", encoding: .utf8),
            let pid = pidFile.split(separator: "\n").first.flatMap({ pid_t($0) })
        else { return 0 }
        return cpuSeconds(pid, withEndedChildren: true) ?? 0
    }

    /// A live process's own CPU seconds (nil once it is gone).
    static func ownCPUSeconds(_ pid: pid_t) -> Double? { cpuSeconds(pid, withEndedChildren: false) }

    /// utime + stime (fields 14–15 of /proc/PID/stat), plus cutime + cstime (16–17: its waited-for children's).
    static func cpuSeconds(_ pid: pid_t, withEndedChildren: Bool) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // The fields after "(comm)" start at field 3.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 14 else { return nil }
        let ticks = fields[11...(withEndedChildren ? 14 : 12)].compactMap { Double($0) }.reduce(0, +)
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    struct MachineTicks {
        var busy: Double
        var total: Double
        func busyShare(since start: MachineTicks) -> Double { (busy - start.busy) / (total - start.total) }
    }

    /// The whole machine's CPU ticks from /proc/stat (every process, other users' too).
    static func machineTicks() -> MachineTicks {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let first = text.split(separator: "\n").first
        else { return MachineTicks(busy: 0, total: 0) }
        let values = first.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard values.count >= 5 else { return MachineTicks(busy: 0, total: 0) }
        let total = values.prefix(8).reduce(0, +)
        return MachineTicks(busy: total - values[3] - values[4], total: total)
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3)
            .joined(separator: " ")
    }
}

extension Double {
    fileprivate var nonZero: Double { self > 0 ? self : .nan }
}
