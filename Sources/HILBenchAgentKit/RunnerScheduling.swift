import Foundation
public import HILBenchCore

#if canImport(Glibc)
import Glibc
#endif

/// How the agent schedules a runner against the board's other work, and what the kernel says the runner got.
///
/// A runner starts in a session of its own (`SpawnedProcess`'s `newSession`): Linux gives every session its own
/// scheduling group (autogroup), and `nice` only ranks a thread within its group, so a runner at nice −20 in the
/// agent's session would still get just its session's share of a CPU. In its own session, with that session's
/// autogroup and the runner at nice −20, it takes its CPU ahead of the rest of the board. Measured on this project's
/// 2-core VM at load 18 (docs/statistics.md, "Why executions disagree"): a normal runner's median 75 ms (7% of a
/// CPU) with executions 72% apart; raised, 5.25 ms with executions 2.6% apart, as on the idle machine.
public struct RunnerScheduling: Sendable {
    /// `high`: raise runners that leave a CPU for the rest of the board; `normal`: never.
    public enum Mode: String, Sendable, CaseIterable { case high, normal }

    public var mode: Mode
    /// Root prefix of `/proc` (tests use a fake tree).
    public var root: String

    public init(mode: Mode = .high, root: String = "") {
        self.mode = mode
        self.root = root
    }

    /// The nice value a raised runner gets (and its session's autogroup).
    public static let raisedNice: Int32 = -20

    /// Why a runner with `threads` intra-op threads on a board with `cores` CPUs stays at normal priority, or nil when
    /// it may be raised: a raised runner must leave at least one CPU to the agent and the board's own work (threads 0
    /// is the runtime's default, which may be every core).
    public func reasonToStayNormal(threads: Int, cores: Int) -> String? {
        if mode == .normal { return "normal (HILBENCH_RUNNER_PRIORITY=normal)" }
        if threads <= 0 {
            return "normal (threads 0: the runtime may use every CPU, raising it would starve the board)"
        }
        if threads >= cores {
            return "normal (\(threads) threads on \(cores) CPUs: raising it would starve the board)"
        }
        return nil
    }

    /// Raises the just-started runner `pid` (leading its own session) when allowed; returns the priority in words.
    public func apply(to pid: Int32, threads: Int, cores: Int) -> String {
        if let reason = reasonToStayNormal(threads: threads, cores: cores) { return reason }
        // The runner's own nice value ranks it within its session; the autogroup's ranks the session on the board.
        // Threads the runner starts later inherit the first.
        guard setpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(pid), Self.raisedNice) == 0 else {
            return "normal (raising it was refused: \(String(cString: strerror(errno))))"
        }
        let autogroup = root + "/proc/\(pid)/autogroup"
        guard FileManager.default.fileExists(atPath: autogroup) else {
            return "nice \(Self.raisedNice) (no autogroups in this kernel)"
        }
        do {
            try "\(Self.raisedNice)\n".write(toFile: autogroup, atomically: false, encoding: .utf8)
        } catch {
            return "nice \(Self.raisedNice) in a session at normal priority (its autogroup refused: \(error))"
        }
        return "nice \(Self.raisedNice), own session"
    }

    /// CPU time and run-queue wait of all of `pid`'s threads so far, ns (`/proc/PID/task/*/schedstat`: run time,
    /// wait time, timeslices); nil where the kernel does not keep them.
    public func times(of pid: Int32) -> (runNs: Int64, waitNs: Int64)? {
        let tasks = root + "/proc/\(pid)/task"
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return nil }
        var run: Int64 = 0
        var wait: Int64 = 0
        var any = false
        for thread in threads {
            guard let text = try? String(contentsOfFile: "\(tasks)/\(thread)/schedstat", encoding: .utf8) else {
                continue  // a thread that ended meanwhile
            }
            let fields = text.split(whereSeparator: \.isWhitespace).compactMap { Int64($0) }
            guard fields.count >= 2 else { continue }
            run += fields[0]
            wait += fields[1]
            any = true
        }
        return any ? (run, wait) : nil
    }

    /// The CPUs `pid`'s threads last ran on (`/proc/PID/task/*/stat` field 39).
    public func cpus(of pid: Int32) -> Set<Int> {
        let tasks = root + "/proc/\(pid)/task"
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return [] }
        var seen = Set<Int>()
        for thread in threads {
            // After the command name's closing parenthesis the state is field 3, so field 39 is at offset 36.
            guard let text = try? String(contentsOfFile: "\(tasks)/\(thread)/stat", encoding: .utf8),
                let close = text.lastIndex(of: ")")
            else { continue }
            let fields = text[text.index(after: close)...].split(separator: " ")
            if fields.count > 36, let cpu = Int(fields[36]) { seen.insert(cpu) }
        }
        return seen
    }

    /// What the runner got between two readings of `times(of:)`, with the wall time between them.
    public static func schedule(
        priority: String, from start: (runNs: Int64, waitNs: Int64)?, to end: (runNs: Int64, waitNs: Int64)?,
        timedNs: Int64, cpus: Set<Int>
    ) -> CaseResult.RunnerSchedule {
        var schedule = CaseResult.RunnerSchedule(
            priority: priority, timedSeconds: Double(timedNs) / 1e9, cpus: cpus.isEmpty ? nil : cpus.sorted())
        if let start, let end {
            schedule.cpuSeconds = Double(max(0, end.runNs - start.runNs)) / 1e9
            schedule.waitSeconds = Double(max(0, end.waitNs - start.waitNs)) / 1e9
        }
        return schedule
    }
}
