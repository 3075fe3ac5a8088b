import Foundation
public import HILBenchCore
import HILBenchSystem

/// Reads how busy the board is around a case from `/proc`: CPU time of every process but this agent and its
/// children (the runner), the time a hypervisor took from the board's virtual CPUs (steal), the 1-minute load average,
/// and the CPU governor. A root prefix lets tests use a fake tree.
public struct MachineLoadProbe: Sendable {
    public var root: String

    public init(root: String = "") { self.root = root }

    /// CPU ticks busy machine-wide and used by this process with its waited-for children, at one instant.
    public struct Snapshot: Sendable {
        var busyTicks: Int64?
        var stealTicks: Int64?
        var ownTicks: Int64?
        var loadAverage: Double?
        var monotonicNs: Int64
    }

    public func snapshot() -> Snapshot {
        let cpu = cpuTicks()
        return Snapshot(
            busyTicks: cpu?.busy, stealTicks: cpu?.steal, ownTicks: ownTicks(), loadAverage: loadAverage(),
            monotonicNs: Monotonic.nowNs())
    }

    /// The load between `start` and now. Call after the runner was reaped, so its CPU time is the agent's children's.
    public func load(since start: Snapshot) -> CaseResult.MachineLoad {
        let end = snapshot()
        let hz = Double(max(1, sysconf(Int32(_SC_CLK_TCK))))
        var other: Double?
        if let b0 = start.busyTicks, let b1 = end.busyTicks, let o0 = start.ownTicks, let o1 = end.ownTicks {
            other = max(0, Double((b1 - b0) - (o1 - o0)) / hz)
        }
        var load = CaseResult.MachineLoad(
            loadAverageStart: start.loadAverage, loadAverageEnd: end.loadAverage, otherCPUSeconds: other,
            wallSeconds: Double(end.monotonicNs - start.monotonicNs) / 1e9, governor: governor())
        if let s0 = start.stealTicks, let s1 = end.stealTicks { load.stealSeconds = Double(max(0, s1 - s0)) / hz }
        return load
    }

    /// From the `cpu` line of /proc/stat: user + nice + system + irq + softirq (idle, iowait and steal are not work),
    /// and steal (the 8th figure, time the hypervisor ran something else on these virtual CPUs; nil before it).
    func cpuTicks() -> (busy: Int64, steal: Int64?)? {
        guard let text = read("/proc/stat"),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
        else { return nil }
        let fields = line.split(separator: " ").dropFirst().compactMap { Int64($0) }
        guard fields.count >= 7 else { return nil }
        return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6], fields.count >= 8 ? fields[7] : nil)
    }

    /// utime + stime + cutime + cstime of /proc/self/stat (fields 14–17; the command name may hold spaces).
    func ownTicks() -> Int64? {
        guard let text = read("/proc/self/stat"), let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // After ")": state is field 3, so utime (14) is at offset 11.
        guard fields.count >= 15 else { return nil }
        let values = fields[11...14].compactMap { Int64($0) }
        return values.count == 4 ? values.reduce(0, +) : nil
    }

    func loadAverage() -> Double? {
        read("/proc/loadavg").flatMap { $0.split(separator: " ").first.flatMap { Double($0) } }
    }

    func governor() -> String? {
        read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func read(_ path: String) -> String? { try? String(contentsOfFile: root + path, encoding: .utf8) }
}
