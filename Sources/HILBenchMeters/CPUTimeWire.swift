internal import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cumulative CPU time of the work being measured at one instant (both on their own clocks, in ns).
public struct CPUTimePoint: Sendable, Hashable, Codable {
    /// `CLOCK_MONOTONIC` instant.
    public var timeNs: Int64
    /// CPU time consumed so far (all cores together).
    public var cpuNs: Int64

    public init(timeNs: Int64, cpuNs: Int64) {
        self.timeNs = timeNs
        self.cpuNs = cpuNs
    }
}

/// Where the activity-driven simulated meter learns how much CPU work is being done.
///
/// The **CPU-time wire** is a text file like the marker wire: one line per reading, `"<t_ns> <cpu_ns>\n"`,
/// `t_ns` on `CLOCK_MONOTONIC`, `cpu_ns` the cumulative CPU time of the runner, appended with `O_APPEND`
/// (one `write(2)` per line). The board side (the runner, next to its marker) appends a reading at each
/// marker edge and as often as it likes in between (`CPUTimeWire.record(to:)`, or a `Recorder` thread).
/// Unterminated last lines and blank lines are ignored.
public enum CPUTimeWire {
    /// Which CPU time a reading takes.
    public enum Clock: String, Sendable, Hashable, Codable {
        /// `CLOCK_PROCESS_CPUTIME_ID`: every thread of the calling process (what a runner should use).
        case process
        /// `CLOCK_THREAD_CPUTIME_ID`: the calling thread only (tests that share a process with others).
        case thread
    }

    /// The CPU time of `clock` now (ns).
    public static func cpuTimeNs(_ clock: Clock = .process) -> Int64 {
        var ts = timespec()
        clock_gettime(clock == .process ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_THREAD_CPUTIME_ID, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// Appends one reading (now, CPU time of `clock`) to the wire at `path`.
    /// - Throws: `MeterError` `.wireRead` when the file cannot be opened or written.
    @discardableResult
    public static func record(to path: String, clock: Clock = .process) throws(MeterError) -> CPUTimePoint {
        let point = CPUTimePoint(timeNs: monotonicNowNs(), cpuNs: cpuTimeNs(clock))
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw MeterError(
                code: .wireRead, message: "cannot open the CPU-time wire for appending: \(errnoText(errno))",
                meter: "simulated", file: path)
        }
        defer { close(fd) }
        if let code = writeAll(fd, Array("\(point.timeNs) \(point.cpuNs)\n".utf8)) {
            throw MeterError(
                code: .wireRead, message: "cannot append to the CPU-time wire: \(errnoText(code))", meter: "simulated",
                file: path)
        }
        return point
    }

    /// Parses wire text (time order is restored if several writers appended).
    /// - Throws: `.wireFormat` naming the 1-based line that is not `<t_ns> <cpu_ns>`.
    public static func parse(
        _ bytes: some Collection<UInt8>, path: String = "<cpu wire>"
    ) throws(MeterError) -> [CPUTimePoint] {
        var points: [CPUTimePoint] = []
        var line: [UInt8] = []
        var number = 0
        for byte in bytes {
            guard byte == 0x0A else {
                line.append(byte)
                continue
            }
            number += 1
            defer { line.removeAll(keepingCapacity: true) }
            let text = String(decoding: line, as: UTF8.self).trimming(" \t\r")
            if text.isEmpty { continue }
            let fields = text.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, let t = Int64(fields[0]), let cpu = Int64(fields[1]), cpu >= 0 else {
                throw MeterError(
                    code: .wireFormat, message: "expected '<t_ns> <cpu_ns>', found \(quoted(text))", meter: "simulated",
                    file: path, line: number)
            }
            points.append(CPUTimePoint(timeNs: t, cpuNs: cpu))
        }
        return points.sorted { ($0.timeNs, $0.cpuNs) < ($1.timeNs, $1.cpuNs) }
    }

    /// Reads a wire file; a missing file means no readings yet.
    public static func read(path: String) throws(MeterError) -> [CPUTimePoint] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MeterError(code: .wireRead, message: "cannot read the CPU-time wire", meter: "simulated", file: path)
        }
        return try parse(data, path: path)
    }

    /// utime + stime of a process from `/proc/<pid>/stat` (fields 14 and 15, clock ticks), in ns.
    public static func processCPUTimeNs(pid: Int32, procRoot: String = "/proc") throws(MeterError) -> Int64 {
        let path = "\(procRoot)/\(pid)/stat"
        guard let text = readSysfsText(path) else {
            throw MeterError(
                code: .io, message: "cannot read \(path): is process \(pid) still running?", meter: "simulated",
                address: path)
        }
        // The command name (field 2) is in parentheses and may contain spaces: split after the last ')'.
        guard let close = text.lastIndex(of: ")") else {
            throw MeterError(
                code: .protocolViolation, message: "\(path) is not a /proc stat line", meter: "simulated",
                address: path,
                expected: "'pid (comm) state … utime stime …'", received: quoted(text))
        }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let utime = Int64(fields[11]), let stime = Int64(fields[12]) else {
            throw MeterError(
                code: .protocolViolation, message: "\(path) has no utime/stime fields", meter: "simulated",
                address: path,
                expected: "fields 14 and 15 as integers", received: quoted(text))
        }
        let ticks = Int64(sysconf(Int32(_SC_CLK_TCK)))
        return (utime + stime) * 1_000_000_000 / max(ticks, 1)
    }

    /// CPU time of a cgroup: `cpu.stat` `usage_usec` (v2) or `cpuacct.usage` (v1, also where cpu and cpuacct are
    /// co-mounted and `cpu.stat` holds only the v1 throttling counters), in ns.
    public static func cgroupCPUTimeNs(path: String) throws(MeterError) -> Int64 {
        if let stat = readSysfsText(path + "/cpu.stat") {
            for line in stat.split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count == 2, fields[0] == "usage_usec", let usec = Int64(fields[1]) { return usec * 1_000 }
            }
            if readSysfsText(path + "/cpuacct.usage") != nil {
                return try readSysfsInteger(path + "/cpuacct.usage", meter: "simulated")
            }
            throw MeterError(
                code: .protocolViolation, message: "\(path)/cpu.stat has no usage_usec line", meter: "simulated",
                address: path, expected: "'usage_usec <n>'", received: quoted(stat))
        }
        if readSysfsText(path + "/cpuacct.usage") != nil {
            return try readSysfsInteger(path + "/cpuacct.usage", meter: "simulated")
        }
        throw MeterError(
            code: .configuration, message: "\(path) has neither cpu.stat (cgroup v2) nor cpuacct.usage (v1)",
            meter: "simulated", address: path)
    }
}
