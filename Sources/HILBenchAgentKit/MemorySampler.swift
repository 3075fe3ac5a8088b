import Foundation
import HILBenchCore
import HILBenchSystem

/// Reads a process's memory from `/proc/<pid>/status` (VmRSS, VmHWM) and `smaps_rollup` (Pss).
struct MemorySampler {
    let pid: Int32
    let startNs: Int64
    let periodNs: Int64
    private(set) var timeline: [CaseResult.MemorySample] = []
    private(set) var maxHWMKiB: Int?
    private(set) var maxPSSKiB: Int?
    private var lastSampleNs: Int64 = 0
    /// `smaps_rollup` costs more to read than `status`; read it every this many samples.
    private var pssCountdown = 0

    init(pid: Int32, periodMs: Int) {
        self.pid = pid
        startNs = Monotonic.nowNs()
        periodNs = Int64(periodMs) * 1_000_000
    }

    /// Takes a sample if a period has passed (or when `force`); returns the current VmRSS in KiB.
    @discardableResult
    mutating func sample(phase: String, force: Bool = false) -> Int? {
        let now = Monotonic.nowNs()
        guard force || now - lastSampleNs >= periodNs else { return nil }
        lastSampleNs = now
        guard let status = Self.status(pid: pid) else { return nil }
        if let hwm = status.hwm { maxHWMKiB = max(maxHWMKiB ?? 0, hwm) }
        if pssCountdown <= 0 {
            pssCountdown = 10
            if let pss = Self.pss(pid: pid) { maxPSSKiB = max(maxPSSKiB ?? 0, pss) }
        }
        pssCountdown -= 1
        guard let rss = status.rss else { return nil }
        timeline.append(.init(ms: Int((now - startNs) / 1_000_000), rssKiB: rss, phase: phase))
        return rss
    }

    /// Median VmRSS of the samples taken in `phase`.
    func median(phase: String) -> Int? {
        let values = timeline.filter { $0.phase == phase }.map(\.rssKiB).sorted()
        return values.isEmpty ? nil : values[values.count / 2]
    }

    static func status(pid: Int32) -> (rss: Int?, hwm: Int?)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        var rss: Int?
        var hwm: Int?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("VmRSS:") { rss = kib(line) } else if line.hasPrefix("VmHWM:") { hwm = kib(line) }
        }
        return (rss, hwm)
    }

    static func pss(pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first { $0.hasPrefix("Pss:") }.flatMap(kib)
    }

    private static func kib(_ line: Substring) -> Int? {
        line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
    }
}
