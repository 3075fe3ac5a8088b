import Foundation
import HILBenchCore
import HILBenchSystem
import HILBenchTransport

/// What one case costs the controller on each way of reaching a board, and how 16 boards scale, on a virtual lab
/// made for the purpose (root; `scripts/lab.sh`, honouring `HILBENCH_LAB_ID` and `HILBENCH_LAB_SUBNET`).
enum DispatchBenchmark {
    /// Per-case figures of one way of dispatching.
    struct Figures {
        var wallMs: [Double]
        /// Wall time minus the agent's own time for the case (its `durationSeconds`): the transport's share.
        var overheadMs: [Double]
        /// The controller's CPU (itself and its reaped children) per case.
        var cpuMs: Double
    }

    static func run(boards: Int, cases: Int) async throws {
        guard getuid() == 0 else {
            print("dispatch: needs root (it makes a virtual lab with scripts/lab.sh); skipped")
            return
        }
        let repository = FileManager.default.currentDirectoryPath
        guard FileManager.default.fileExists(atPath: repository + "/scripts/lab.sh") else {
            print("dispatch: run it from the repository (scripts/lab.sh not found in \(repository)); skipped")
            return
        }
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let agent = (executable as NSString).deletingLastPathComponent + "/hilbench-agent"
        guard FileManager.default.isExecutableFile(atPath: agent) else {
            print("dispatch: no hilbench-agent next to \(executable); build the package first; skipped")
            return
        }
        print("dispatch: making a \(boards)-board lab (scripts/lab.sh up \(boards), no CPU quotas)…")
        let lab = try BenchLab.up(boards: boards, repository: repository, agent: agent)
        defer { lab.down() }
        let controlDirectory = "/tmp/hilbench-bench-ssh-\(getpid())"
        try FileManager.default.createDirectory(
            atPath: controlDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: controlDirectory) }

        let first = try lab.target(1)
        guard case .ssh(let ssh) = first.transport, let url = ssh.httpURL else {
            throw HILBenchError(.usage, "lab-board1.yaml is not an ssh target with an http_url")
        }
        let command = SSHCommand(ssh, controlDirectory: controlDirectory)
        var fresh = command.arguments(remote: ["true"])
        fresh.insert(contentsOf: ["-o", "ControlMaster=no", "-o", "ControlPath=none"], at: 1)
        let multiplexed = command.arguments(remote: ["true"])

        print(
            "per-case dispatch of a trivial case (built-in tinycnn, reference runner, 0 warmup + 1 iteration), \(cases) cases each, board 1"
        )
        print(
            "(a) and (b) run `ssh board true` per case: the least any one-command-per-case design pays on top of the case itself"
        )
        var rows: [(String, Figures)] = []
        rows.append(("(a) fresh ssh per command", try measure(cases: cases) { try sshTrue(fresh) }))
        _ = try sshTrue(multiplexed)  // opens the master
        rows.append(("(b) multiplexed ssh per command", try measure(cases: cases) { try sshTrue(multiplexed) }))
        _ = try? await BoundedCommand(command.exitMaster, timeout: .seconds(5)).run(board: first.name)

        let overSSH = try TransportFactory.make(for: first, agentCommand: [agent], controlDirectory: controlDirectory)
        rows.append(("(c) long-lived agent over one SSH link", try await measure(cases: cases, transport: overSSH)))
        await overSSH.close()
        let overHTTP = HTTPAgentTransport(board: first.name, configuration: .init(url: url, tokenFile: ssh.tokenFile))
        rows.append(("(d) HTTP (libcurl, agent serve)", try await measure(cases: cases, transport: overHTTP)))
        await overHTTP.close()
        let local = StdioAgentTransport(board: first.name, kind: "local", command: [agent, "stdio"])
        rows.append(("(e) local stdio child agent", try await measure(cases: cases, transport: local)))
        await local.close()

        print(
            pad("way", 42) + pad("wall p50 / p90 ms", 20) + pad("overhead p50 / p90 ms", 24) + "controller CPU ms/case")
        for (name, figures) in rows {
            print(
                pad(name, 42)
                    + pad(
                        String(format: "%.1f / %.1f", quantile(figures.wallMs, 0.5), quantile(figures.wallMs, 0.9)), 20)
                    + pad(
                        String(
                            format: "%.1f / %.1f", quantile(figures.overheadMs, 0.5), quantile(figures.overheadMs, 0.9)),
                        24)
                    + String(format: "%.1f", figures.cpuMs))
        }
        print("goal: overhead ≤ 20 ms per case for (c) and (d)")
        print(
            "note: root's ~/.bashrc here runs `pyenv init` (~100 ms per ssh command, multiplexed or not); (a) and (b) pay it on every"
        )
        print(
            "      command, (c) once per run. (c)'s controller CPU leaves out the ssh client and master, which are not reaped until the end."
        )

        try await parallel(lab: lab, boards: boards, cases: cases, agent: agent, controlDirectory: controlDirectory)
    }

    /// Board 1 alone, then every board at once, each running `cases` trivial cases over its long-lived SSH agent.
    private static func parallel(
        lab: BenchLab, boards: Int, cases: Int, agent: String, controlDirectory: String
    ) async throws {
        var transports: [any BoardTransport] = []
        for board in 1...boards {
            transports.append(
                try TransportFactory.make(
                    for: try lab.target(board), agentCommand: [agent], controlDirectory: controlDirectory))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for transport in transports { group.addTask { _ = try await transport.hello() } }
            try await group.waitForAll()
        }
        print(
            "\(boards) boards in parallel over long-lived SSH, \(cases) cases each (goal: total ≥ 0.8 × \(boards) × one board alone):"
        )
        for idleMs in [0, 100] {
            let (single, singleBusy) = try await casesPerSecond([transports[0]], cases: cases, idleMs: idleMs)
            let (all, allBusy) = try await casesPerSecond(transports, cases: cases, idleMs: idleMs)
            let ratio = all / (Double(boards) * single)
            let what =
                idleMs == 0
                ? "trivial case (all CPU: runner start + 1 iteration)"
                : "trivial case + \(idleMs) ms board-side idle (no CPU)"
            print(
                "  \(what): "
                    + String(
                        format: "one board %.1f cases/s (CPU %.0f%%), all %d boards %.1f cases/s (CPU %.0f%%) = %.2f ×",
                        single, singleBusy * 100, boards, all, allBusy * 100, ratio))
        }
        for transport in transports { await transport.close() }
        print(
            "  (CPU = busy share of all \(ProcessInfo.processInfo.activeProcessorCount) cores from /proc/stat, shared by the controller, every board's agent and runner, and"
        )
        print("   anything else on the machine: at ~100% the cases' own CPU, not dispatch, bounds the total)")
    }

    /// Cases per second over these transports (each running `cases` in a row), and the machine's busy CPU share meanwhile.
    private static func casesPerSecond(
        _ transports: [any BoardTransport], cases: Int, idleMs: Int
    ) async throws -> (Double, Double) {
        let cpu = machineCPU()
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for transport in transports {
                group.addTask {
                    var spec = trivialSpec(board: transport.board)
                    spec.idleMs = idleMs
                    for _ in 0..<cases {
                        let result = try await transport.run(spec, timeout: .seconds(60))
                        guard result.status == .ok else {
                            throw HILBenchError(
                                .agent,
                                "a trivial case failed on \(transport.board): \(result.failure?.message ?? result.status.rawValue)"
                            )
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let seconds = milliseconds(ContinuousClock.now - start) / 1000
        let after = machineCPU()
        let busy = (after.busy - cpu.busy) / max(1, after.total - cpu.total)
        return (Double(cases * transports.count) / seconds, busy)
    }

    /// Busy and total jiffies of all cores (`/proc/stat`, first line; idle and iowait count as not busy).
    private static func machineCPU() -> (busy: Double, total: Double) {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let first = text.split(separator: "\n").first
        else { return (0, 0) }
        let fields = first.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count >= 5 else { return (0, 0) }
        let total = fields.prefix(8).reduce(0, +)
        return (total - fields[3] - fields[4], total)
    }

    /// The smallest real case: the built-in network, one timed iteration, no idle time, no marker.
    static func trivialSpec(board: String) -> CaseSpec {
        CaseSpec(
            key: CaseKey(target: board, model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1),
            model: "tinycnn", format: .builtin, artifactSHA256: nil, inputs: .init(seed: 1234), warmup: 0,
            iterations: 1,
            timeoutSeconds: 30, memorySamplePeriodMs: 50, idleMs: 0, options: [:], collectOutputs: false,
            maxOutputValues: 0,
            marker: .init(backend: .none))
    }

    private static func measure(cases: Int, transport: any BoardTransport) async throws -> Figures {
        _ = try await transport.hello()
        for _ in 0..<3 { _ = try await transport.run(trivialSpec(board: transport.board), timeout: .seconds(60)) }  // warm up
        var wall: [Double] = []
        var overhead: [Double] = []
        let cpu = cpuSeconds()
        for _ in 0..<cases {
            let start = ContinuousClock.now
            let result = try await transport.run(trivialSpec(board: transport.board), timeout: .seconds(60))
            let elapsed = milliseconds(ContinuousClock.now - start)
            guard result.status == .ok else {
                throw HILBenchError(
                    .agent,
                    "a trivial case failed over \(transport.kind): \(result.failure?.message ?? result.status.rawValue)"
                )
            }
            wall.append(elapsed)
            overhead.append(elapsed - result.durationSeconds * 1000)
        }
        return Figures(wallMs: wall, overheadMs: overhead, cpuMs: (cpuSeconds() - cpu) * 1000 / Double(cases))
    }

    private static func measure(cases: Int, _ once: () throws -> Void) throws -> Figures {
        var wall: [Double] = []
        let cpu = cpuSeconds()
        for _ in 0..<cases {
            let start = ContinuousClock.now
            try once()
            wall.append(milliseconds(ContinuousClock.now - start))
        }
        return Figures(wallMs: wall, overheadMs: wall, cpuMs: (cpuSeconds() - cpu) * 1000 / Double(cases))
    }

    private static func sshTrue(_ arguments: [String]) throws {
        let exit = try SpawnedProcess(arguments, stderr: .null).waitUntilExit()
        guard exit.code == 0 else {
            throw HILBenchError(
                .transport, "`\(arguments.suffix(3).joined(separator: " "))` failed (exit \(exit.shellStatus))")
        }
    }

    /// User + system CPU of this process and of its children that have been waited for, seconds.
    private static func cpuSeconds() -> Double {
        var total = 0.0
        for who in [RUSAGE_SELF.rawValue, RUSAGE_CHILDREN.rawValue] {
            var usage = rusage()
            getrusage(who, &usage)
            total +=
                Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
        return total
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// Nearest-rank quantile (q in 0...1).
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
}
