import Foundation
public import HILBenchCore
import HILBenchSystem

/// Captures what the board is: CPU, memory, kernel, OS, governor, frequencies, temperatures, cgroup quota.
/// Everything is read from `/proc` and `/sys` under a root that tests can point at a fake tree.
public struct EnvironmentProbe: Sendable {
    public var root: String

    public init(root: String = "") { self.root = root }

    public func capture(pythonVersion: String? = nil) -> EnvironmentInfo {
        let cpuinfo = read("/proc/cpuinfo") ?? ""
        let cpuModel =
            cpuinfo.split(separator: "\n").first {
                $0.hasPrefix("model name") || $0.hasPrefix("Model") || $0.hasPrefix("Hardware")
            }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "unknown"
        let meminfo = read("/proc/meminfo") ?? ""
        let memKiB =
            meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap {
                $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int64($0) }
            } ?? 0
        var uts = utsname()
        uname(&uts)
        let kernel = withUnsafeBytes(of: &uts.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let machine = withUnsafeBytes(of: &uts.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let hostname = withUnsafeBytes(of: &uts.nodename) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let osRelease = read("/etc/os-release") ?? ""
        let os =
            osRelease.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            .map { String($0.dropFirst("PRETTY_NAME=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            ?? "Linux"
        var info = EnvironmentInfo(
            hostname: hostname, cpuModel: cpuModel, cores: ProcessInfo.processInfo.activeProcessorCount,
            memoryBytes: memKiB * 1024, kernel: kernel, os: os, architecture: machine,
            governor: read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")?.trimmingCharacters(
                in: .whitespacesAndNewlines),
            frequenciesMHz: frequencies(), temperaturesC: temperatures(), agentVersion: AgentProtocol.softwareVersion,
            pythonVersion: pythonVersion, cpuQuotaCores: cpuQuota(), freeDiskBytes: freeDisk(NSTemporaryDirectory()),
            wallClock: Date().timeIntervalSince1970)
        info.monotonicNs = Monotonic.nowNs()
        info.bootID = read("/proc/sys/kernel/random/boot_id")?.trimmingCharacters(in: .whitespacesAndNewlines)
        return info
    }

    private func freeDisk(_ path: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }

    private func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + path, encoding: .utf8)
    }

    private func frequencies() -> [Double] {
        var result: [Double] = []
        for cpu in 0..<256 {
            guard let text = read("/sys/devices/system/cpu/cpu\(cpu)/cpufreq/scaling_cur_freq"),
                let khz = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
            else {
                if cpu > 0 || result.isEmpty { break } else { continue }
            }
            result.append(khz / 1000)
        }
        if result.isEmpty, let cpuinfo = read("/proc/cpuinfo") {
            result = cpuinfo.split(separator: "\n").filter { $0.hasPrefix("cpu MHz") }
                .compactMap {
                    $0.split(separator: ":").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                }
        }
        return result
    }

    private func temperatures() -> [String: Double] {
        var result: [String: Double] = [:]
        let base = root + "/sys/class/thermal"
        guard let zones = try? FileManager.default.contentsOfDirectory(atPath: base) else { return result }
        for zone in zones.sorted() where zone.hasPrefix("thermal_zone") {
            guard let raw = read("/sys/class/thermal/\(zone)/temp"),
                let milli = Double(raw.trimmingCharacters(in: .whitespacesAndNewlines))
            else { continue }
            let type = read("/sys/class/thermal/\(zone)/type")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? zone
            result["\(zone):\(type)"] = milli / 1000
        }
        return result
    }

    /// CPU quota of this process's cgroup, in cores (cgroup v1 cpu controller or v2 `cpu.max`).
    private func cpuQuota() -> Double? {
        guard let cgroup = read("/proc/self/cgroup") else { return nil }
        for line in cgroup.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2)
            guard parts.count == 3 else { continue }
            if parts[1].split(separator: ",").contains("cpu") {
                let dir = "/sys/fs/cgroup/cpu,cpuacct\(parts[2])"
                let alt = "/sys/fs/cgroup/cpu\(parts[2])"
                for base in [dir, alt] {
                    if let quota = read(base + "/cpu.cfs_quota_us").flatMap({
                        Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
                    }),
                        let period = read(base + "/cpu.cfs_period_us").flatMap({
                            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
                        }),
                        quota > 0, period > 0
                    {
                        return quota / period
                    }
                }
            } else if parts[1].isEmpty, let max = read("/sys/fs/cgroup\(parts[2])/cpu.max") {
                let fields = max.split(separator: " ")
                if fields.count == 2, let quota = Double(fields[0]),
                    let period = Double(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))
                {
                    return quota / period
                }
            }
        }
        return nil
    }
}
