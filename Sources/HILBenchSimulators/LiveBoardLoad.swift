internal import Foundation
public import HILBenchMeters
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A live board as an instrument simulator measures it: the marker from a marker wire file, tailed as it
/// grows, and the power from the board's CPU use, `P(t) = idleWatts + wattsPerCPU × u(t)`.
///
/// A sampling thread reads the board's cumulative CPU time C (a cgroup, or the newest lines of a CPU-time
/// wire) every `samplePeriodMs` and picks up new marker-wire lines. C is linear between readings, so u(t) is
/// the slope of the reading interval (a, b] holding t, and the energy over any span is
/// `idleWatts × length + wattsPerCPU × CPU time used in it`. The load is known up to the last reading minus
/// `settleMs` (a marker line is appended just after its timestamp was taken); simulators emit nothing later.
/// Readings older than `retentionSeconds` are dropped, so memory stays bounded.
public final class LiveBoardLoad: Sendable {
    /// Where the load comes from and how it turns into watts.
    public struct Configuration: Sendable, Hashable {
        /// The board's cumulative CPU time.
        public enum CPUSource: Sendable, Hashable {
            /// A cgroup directory: `cpu.stat` `usage_usec` (v2) or `cpuacct.usage` (v1).
            case cgroup(path: String)
            /// A CPU-time wire file (`CPUTimeWire`: `"<t_ns> <cpu_ns>"` lines), tailed as it grows.
            case cpuTimeWire(path: String)
        }

        /// The marker wire (`"<t_ns> <0|1>"` lines); a file that does not exist yet means the marker is low.
        public var markerWire: String
        /// Where the board's cumulative CPU time is read.
        public var cpu: CPUSource
        /// Power of the idle board (W).
        public var idleWatts: Double
        /// Extra power per fully busy core (W).
        public var wattsPerCPU: Double
        /// Period of the sampling thread (ms).
        public var samplePeriodMs: Double
        /// How far behind the last reading the load counts as known (ms).
        public var settleMs: Double
        /// How much history is kept (s).
        public var retentionSeconds: Double

        public init(
            markerWire: String, cpu: CPUSource, idleWatts: Double = 1.0, wattsPerCPU: Double = 2.0,
            samplePeriodMs: Double = 1,
            settleMs: Double = 5, retentionSeconds: Double = 30
        ) {
            self.markerWire = markerWire
            self.cpu = cpu
            self.idleWatts = idleWatts
            self.wattsPerCPU = wattsPerCPU
            self.samplePeriodMs = samplePeriodMs
            self.settleMs = settleMs
            self.retentionSeconds = retentionSeconds
        }
    }

    /// The sources and the power model.
    public let configuration: Configuration
    private let store = Mutex(State())
    private let stopping = Locked(false)
    private let ended = Completion()
    private let sampling: Bool
    /// The v1 counter file of a `.cgroup` source, when it has one.
    private let cpuacctUsage: String?
    private let onProblem: @Sendable (MeterError) -> Void

    /// Checks the configuration and the CPU source, then (with `sampling`) starts the sampling thread.
    /// - Parameters:
    ///   - sampling: false for a load that only changes through `takeReading(atNs:)` (tests).
    ///   - onProblem: called on the sampling thread when a reading fails or a wire line is malformed (the line is
    ///     skipped; an unreadable cgroup counts as an idle board). Repeats of the same message are not reported.
    /// - Throws: `MeterError` `.configuration` for bad numbers, or the error of the first CPU reading.
    public init(
        configuration: Configuration, sampling: Bool = true,
        onProblem: @escaping @Sendable (MeterError) -> Void = { _ in }
    )
        throws(MeterError)
    {
        for (name, value) in [
            ("idleWatts", configuration.idleWatts), ("wattsPerCPU", configuration.wattsPerCPU),
            ("settleMs", configuration.settleMs),
        ] where !(value >= 0 && value.isFinite) {
            throw MeterError(
                code: .configuration, message: "\(name) must be a non-negative number, got \(value)",
                meter: "live board load")
        }
        for (name, value) in [
            ("samplePeriodMs", configuration.samplePeriodMs), ("retentionSeconds", configuration.retentionSeconds),
        ]
        where !(value > 0 && value.isFinite) {
            throw MeterError(
                code: .configuration, message: "\(name) must be a positive number, got \(value)",
                meter: "live board load")
        }
        var cpuacctUsage: String?
        if case .cgroup(let path) = configuration.cpu {
            _ = try CPUTimeWire.cgroupCPUTimeNs(path: path)
            // v1: read the one counter directly, 1000 times a second (the general reader tries cpu.stat first).
            if access(path + "/cpuacct.usage", R_OK) == 0 { cpuacctUsage = path + "/cpuacct.usage" }
        }
        self.cpuacctUsage = cpuacctUsage
        self.configuration = configuration
        self.sampling = sampling
        self.onProblem = onProblem
        guard sampling else {
            ended.signal()
            return
        }
        let periodUs = useconds_t(max(100, configuration.samplePeriodMs * 1_000))
        let stopping = self.stopping
        let ended = self.ended
        startThread(name: "live board load") { [weak self] in
            defer { ended.signal() }
            while !stopping.withLock({ $0 }) {
                guard let self else { return }
                self.takeReading(atNs: meterClockNowNs())
                usleep(periodUs)
            }
        }
    }

    deinit { stopping.withLock { $0 = true } }

    /// Stops the sampling thread (idempotent); the readings taken so far stay queryable.
    public func stop() {
        stopping.withLock { $0 = true }
        ended.wait(seconds: 2)
    }

    /// Takes one reading stamped `timeNs`: the CPU time now and any new marker-wire lines (the sampling thread
    /// calls this; tests call it with chosen instants).
    public func takeReading(atNs timeNs: Int64) {
        var problems: [MeterError] = []
        let wire = Self.newLines(path: configuration.markerWire, tail: store.withLock { $0.markerTail })
        var cpuReading: Int64?
        var cpuPoints: [CPUTimePoint] = []
        var cpuTail: FileTail?
        switch configuration.cpu {
        case .cgroup(let path):
            do throws(MeterError) {
                if let cpuacctUsage {
                    cpuReading = try readSysfsInteger(cpuacctUsage, meter: "live board")
                } else {
                    cpuReading = try CPUTimeWire.cgroupCPUTimeNs(path: path)
                }
            } catch {
                problems.append(error)
            }
        case .cpuTimeWire(let path):
            let lines = Self.newLines(path: path, tail: store.withLock { $0.cpuTail })
            cpuTail = lines.tail
            for (number, line) in lines.lines {
                do throws(MeterError) { cpuPoints += try CPUTimeWire.parse(line, path: path) } catch {
                    var located = error
                    located.line = number
                    problems.append(located)
                }
            }
        }
        var edges: [LogicEdge] = []
        for (number, line) in wire.lines {
            do throws(MeterError) { edges += try MarkerWire.parse(line, path: configuration.markerWire) } catch {
                var located = error
                located.line = number
                problems.append(located)
            }
        }
        let settleNs = Int64(configuration.settleMs * 1e6)
        let retentionNs = Int64(configuration.retentionSeconds * 1e9)
        store.withLock { state in
            if wire.tail.restarted { state.clearEdges() }
            state.markerTail = wire.tail
            for edge in edges { state.insert(edge) }
            if let cpuTail {
                if cpuTail.restarted { state.points.removeAll() }
                state.cpuTail = cpuTail
                for point in cpuPoints where point.timeNs > (state.points.last?.timeNs ?? .min) {
                    state.points.append(point)
                }
            } else {
                state.appendReading(timeNs: timeNs, rawCPUNs: cpuReading)
            }
            state.knownUntilNs = max(state.knownUntilNs, timeNs - settleNs)
            state.prune(before: timeNs - retentionNs)
        }
        for problem in problems {
            let text = problem.description
            let fresh = store.withLock { state -> Bool in
                defer { state.lastProblem = text }
                return state.lastProblem != text
            }
            if fresh { onProblem(problem) }
        }
    }

    /// The `CLOCK_MONOTONIC` instant up to which the load is known (0 before the first reading).
    public var knownUntilNs: Int64 { store.withLock { $0.knownUntilNs } }

    /// Power (W) and marker level at `t`.
    public func state(atNs t: Int64) -> (watts: Double, marker: Bool) {
        store.withLock { state in
            (configuration.idleWatts + configuration.wattsPerCPU * state.slope(atNs: t), state.level(atNs: t))
        }
    }

    /// Mean power (W) over [from, to] (the power at `from` when the span is empty).
    public func averageWatts(fromNs from: Int64, toNs to: Int64) -> Double {
        guard to > from else { return state(atNs: from).watts }
        let used = store.withLock { $0.cpu(atNs: to) - $0.cpu(atNs: from) }
        return configuration.idleWatts + configuration.wattsPerCPU * max(0, used) / Double(to - from)
    }

    // MARK: - State

    /// How far a growing text file has been read.
    struct FileTail: Sendable {
        var offset: Int = 0
        var partial: [UInt8] = []
        var lineCount = 0
        /// The file shrank (was replaced) since the last read: start over.
        var restarted = false
    }

    struct State: Sendable {
        var points: [CPUTimePoint] = []
        /// Added to raw readings so C never decreases (a cgroup made again starts from zero).
        var cpuOffsetNs: Int64 = 0
        var lastRawCPUNs: Int64?
        var edges: [LogicEdge] = []
        var levelBeforeEdges = false
        var knownUntilNs: Int64 = 0
        var markerTail = FileTail()
        var cpuTail = FileTail()
        var lastProblem: String?

        mutating func appendReading(timeNs: Int64, rawCPUNs: Int64?) {
            guard timeNs > (points.last?.timeNs ?? .min) else { return }
            guard let raw = rawCPUNs else {
                // Unreadable: the board counts as idle until it can be read again.
                if let last = points.last { points.append(CPUTimePoint(timeNs: timeNs, cpuNs: last.cpuNs)) }
                return
            }
            if let previous = lastRawCPUNs, raw < previous { cpuOffsetNs += previous - raw }
            lastRawCPUNs = raw
            points.append(CPUTimePoint(timeNs: timeNs, cpuNs: raw + cpuOffsetNs))
        }

        mutating func insert(_ edge: LogicEdge) {
            // Several writers may append out of order; keep time order (stable for equal times).
            let index = edges.lastIndex { $0.timeNs <= edge.timeNs }.map { $0 + 1 } ?? 0
            edges.insert(edge, at: index)
        }

        mutating func clearEdges() {
            edges.removeAll()
            levelBeforeEdges = false
        }

        mutating func prune(before limitNs: Int64) {
            // Keep one reading at or before the limit, so C stays defined there; amortised (in batches).
            if points.count > 64, points[32].timeNs < limitNs,
                let keep = points.lastIndex(where: { $0.timeNs <= limitNs }), keep > 0
            {
                points.removeFirst(keep)
            }
            if edges.count > 64, edges[32].timeNs < limitNs, let last = edges.lastIndex(where: { $0.timeNs <= limitNs })
            {
                levelBeforeEdges = edges[last].level
                edges.removeFirst(last + 1)
            }
        }

        /// Index of the first reading at or after `t` (`points.count` when none).
        func firstIndex(atOrAfter t: Int64) -> Int {
            var low = 0
            var high = points.count
            while low < high {
                let mid = (low + high) / 2
                if points[mid].timeNs < t { low = mid + 1 } else { high = mid }
            }
            return low
        }

        /// Cores busy at `t`: the slope of the reading interval (a, b] holding t; 0 outside the readings.
        func slope(atNs t: Int64) -> Double {
            let i = firstIndex(atOrAfter: t)
            guard i > 0, i < points.count else { return 0 }
            let a = points[i - 1]
            let b = points[i]
            return Double(max(0, b.cpuNs - a.cpuNs)) / Double(b.timeNs - a.timeNs)
        }

        /// Cumulative CPU ns at `t`: linear between readings, flat outside them.
        func cpu(atNs t: Int64) -> Double {
            let i = firstIndex(atOrAfter: t)
            guard !points.isEmpty else { return 0 }
            if i == 0 { return Double(points[0].cpuNs) }
            if i == points.count { return Double(points[i - 1].cpuNs) }
            let a = points[i - 1]
            let b = points[i]
            return Double(a.cpuNs) + Double(b.cpuNs - a.cpuNs) * Double(t - a.timeNs) / Double(b.timeNs - a.timeNs)
        }

        /// The marker level at `t`: the last edge at or before it.
        func level(atNs t: Int64) -> Bool {
            var low = 0
            var high = edges.count
            while low < high {
                let mid = (low + high) / 2
                if edges[mid].timeNs <= t { low = mid + 1 } else { high = mid }
            }
            return low == 0 ? levelBeforeEdges : edges[low - 1].level
        }
    }

    /// The complete lines appended to `path` since `tail` (each with its 1-based line number and its newline).
    static func newLines(path: String, tail: FileTail) -> (lines: [(Int, [UInt8])], tail: FileTail) {
        var tail = tail
        tail.restarted = false
        var before = stat()
        // Most readings find nothing new: one stat(2) instead of open, read and close.
        guard stat(path, &before) == 0, Int(before.st_size) != tail.offset else { return ([], tail) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return ([], tail) }  // not written yet
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return ([], tail) }
        if Int(info.st_size) < tail.offset {
            tail = FileTail()
            tail.restarted = true
        }
        var bytes = tail.partial
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(tail.offset)) }
            guard count > 0 else { break }
            bytes += buffer[..<count]
            tail.offset += count
        }
        var lines: [(Int, [UInt8])] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            tail.lineCount += 1
            lines.append((tail.lineCount, Array(bytes[start...index])))
            start = index + 1
        }
        tail.partial = Array(bytes[start...])
        return (lines, tail)
    }
}
