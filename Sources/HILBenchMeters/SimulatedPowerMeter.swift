internal import Foundation
import HILBenchSystem
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A power meter simulator on the host's `CLOCK_MONOTONIC`, driven by the marker or by real CPU work.
///
/// Model (documented in docs/energy.md): at each sample instant `t_k = start + round(k · 1e9 / rate)`,
/// logic bit 0 = marker level at `t_k` (an edge exactly at a sample instant is already visible in that
/// sample) and
/// * `activity: .marker`: `P = idleWatts + (marker ? activeWatts : 0) + N(0, noiseWatts²)`;
/// * CPU activities: `P = idleWatts + wattsPerCPU × u_k + N(0, noiseWatts²)`, `u_k` = CPU time consumed in
///   (t_{k-1}, t_k] divided by the interval (in cores), from the piecewise-linear cumulative CPU time of the
///   followed work (`CPUTimeWire`, `/proc/<pid>/stat`, or a cgroup). The window's net energy is then
///   `wattsPerCPU × CPU seconds in the window`: more work, more energy.
/// The noise is seeded, so the same configuration, window, edges and CPU readings give the same trace.
///
/// The marker comes from a wire file written by `SimulatedMarkerLine` (possibly in another process), or
/// from edges given to the initializer.
public struct SimulatedPowerMeter: PowerMeter {
    /// The simulator's parameters.
    public struct Configuration: Sendable, Hashable, Codable {
        /// What raises the power above idle.
        public enum Activity: Sendable, Hashable, Codable {
            /// `activeWatts` while the marker is high (the default).
            case marker
            /// A CPU-time wire the board appends `"<t_ns> <cpu_ns>"` lines to (`CPUTimeWire`), read at stop.
            case cpuTimeWire(path: String)
            /// utime + stime of a process (`/proc/<pid>/stat`, clock-tick resolution), sampled during the capture.
            case process(pid: Int32)
            /// A cgroup's CPU usage (`cpu.stat` `usage_usec` or `cpuacct.usage`), sampled during the capture.
            case cgroup(path: String)
        }

        /// Samples per second.
        public var sampleRateHz: Double
        /// Power with the marker low (W).
        public var idleWatts: Double
        /// Extra power while the marker is high (W).
        public var activeWatts: Double
        /// Standard deviation of the Gaussian noise (W); 0 for none.
        public var noiseWatts: Double
        /// Noise seed.
        public var seed: UInt64
        /// The marker wire file, or nil (edges from the initializer, or marker always low).
        public var wirePath: String?
        /// What drives the power above idle.
        public var activity: Activity
        /// Watts per fully busy CPU core for the CPU activities (k in P = idle + k × u).
        public var wattsPerCPU: Double
        /// Sampling period of `.process` and `.cgroup` (ms).
        public var activitySampleMs: Double

        public init(
            sampleRateHz: Double = 10_000, idleWatts: Double = 2.0, activeWatts: Double = 1.5,
            noiseWatts: Double = 0.02,
            seed: UInt64 = 0x5EED_0001, wirePath: String? = nil, activity: Activity = .marker,
            wattsPerCPU: Double = 2.0,
            activitySampleMs: Double = 2
        ) {
            self.sampleRateHz = sampleRateHz
            self.idleWatts = idleWatts
            self.activeWatts = activeWatts
            self.noiseWatts = noiseWatts
            self.seed = seed
            self.wirePath = wirePath
            self.activity = activity
            self.wattsPerCPU = wattsPerCPU
            self.activitySampleMs = activitySampleMs
        }

        private enum CodingKeys: String, CodingKey {
            case sampleRateHz, idleWatts, activeWatts, noiseWatts, seed, wirePath, activity, wattsPerCPU,
                activitySampleMs
        }

        /// Decodes configurations written before the activity fields existed (they take their defaults).
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Configuration()
            self.init(
                sampleRateHz: try container.decode(Double.self, forKey: .sampleRateHz),
                idleWatts: try container.decode(Double.self, forKey: .idleWatts),
                activeWatts: try container.decode(Double.self, forKey: .activeWatts),
                noiseWatts: try container.decode(Double.self, forKey: .noiseWatts),
                seed: try container.decode(UInt64.self, forKey: .seed),
                wirePath: try container.decodeIfPresent(String.self, forKey: .wirePath),
                activity: try container.decodeIfPresent(Activity.self, forKey: .activity) ?? defaults.activity,
                wattsPerCPU: try container.decodeIfPresent(Double.self, forKey: .wattsPerCPU) ?? defaults.wattsPerCPU,
                activitySampleMs: try container.decodeIfPresent(Double.self, forKey: .activitySampleMs)
                    ?? defaults.activitySampleMs)
        }
    }

    public let configuration: Configuration
    public let info: MeterInfo

    private enum MarkerSource: Sendable {
        case wire(String)
        case edges(initialLevel: Bool, [LogicEdge])
        case alwaysLow
    }
    private let markerSource: MarkerSource
    private let session = Session()

    /// A simulator that reads the marker from `configuration.wirePath` (or sees it always low when nil).
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.markerSource = configuration.wirePath.map { .wire($0) } ?? .alwaysLow
        self.info = Self.makeInfo(configuration, logic: configuration.wirePath.map { "bit 0: marker wire \($0)" })
    }

    /// A simulator whose marker follows `edges` (the wire path of `configuration` is ignored).
    /// - Parameters:
    ///   - edges: Level changes on `CLOCK_MONOTONIC` (any order).
    ///   - initialLevel: The level before the first edge.
    public init(configuration: Configuration = Configuration(), edges: [LogicEdge], initialLevel: Bool = false) {
        self.configuration = configuration
        self.markerSource = .edges(initialLevel: initialLevel, edges.sorted { $0.timeNs < $1.timeNs })
        self.info = Self.makeInfo(configuration, logic: "bit 0: scripted marker edges")
    }

    private static func makeInfo(_ configuration: Configuration, logic: String?) -> MeterInfo {
        let driver: String
        switch configuration.activity {
        case .marker: driver = "+\(configuration.activeWatts) W while marker high"
        case .cpuTimeWire(let path): driver = "+\(configuration.wattsPerCPU) W per busy core from CPU-time wire \(path)"
        case .process(let pid): driver = "+\(configuration.wattsPerCPU) W per busy core of pid \(pid)"
        case .cgroup(let path): driver = "+\(configuration.wattsPerCPU) W per busy core of cgroup \(path)"
        }
        return MeterInfo(
            kind: .simulated,
            model: "simulated (idle \(configuration.idleWatts) W, \(driver), σ \(configuration.noiseWatts) W)",
            sampleRateHz: configuration.sampleRateHz, logicChannel: logic)
    }

    /// Notes the current `CLOCK_MONOTONIC` time as the start of the capture.
    /// - Throws: `MeterError` `.configuration` for a non-positive sample rate.
    private func begin() throws {
        try validate()
        let now = Self.monotonicNowNs()
        session.startNs.withLock { $0 = now }
        let reader: (@Sendable () throws(MeterError) -> Int64)?
        switch configuration.activity {
        case .process(let pid): reader = { () throws(MeterError) in try CPUTimeWire.processCPUTimeNs(pid: pid) }
        case .cgroup(let path): reader = { () throws(MeterError) in try CPUTimeWire.cgroupCPUTimeNs(path: path) }
        case .marker, .cpuTimeWire: reader = nil
        }
        guard let reader else { return }
        _ = try reader()  // fail now when the pid or cgroup cannot be read
        let points = session.cpuPoints
        points.withLock { $0 = [] }
        let poller = PollingSampler(
            name: "simulated meter CPU", periodNs: Int64(configuration.activitySampleMs * 1e6), sink: { _ in }
        ) {
            () throws(MeterError) -> PowerChunk? in
            let point = CPUTimePoint(timeNs: Self.monotonicNowNs(), cpuNs: try reader())
            points.withLock { $0.append(point) }
            return nil
        }
        session.cpuSampler.withLock { $0 = poller }
    }

    /// Ends the session and synthesises its samples chunk by chunk (none held beyond one chunk).
    private func synthesizeSession(_ body: (PowerChunk) -> Void) async throws -> Int {
        let now = Self.monotonicNowNs()
        guard
            let start = session.startNs.withLock({ (value: inout Int64?) -> Int64? in
                defer { value = nil }
                return value
            })
        else {
            throw MeterError(code: .notStarted, message: "stop() called without start()", meter: info.model)
        }
        var cpuTime: [CPUTimePoint]?
        if let poller = session.cpuSampler.withLock({ value -> PollingSampler? in
            defer { value = nil }
            return value
        }) {
            _ = try await poller.stop()
            cpuTime = session.cpuPoints.withLock { $0 }
        } else if case .cpuTimeWire(let path) = configuration.activity {
            cpuTime = try CPUTimeWire.read(path: path)
        }
        return try stream(fromNs: start, toNs: now, cpuTime: cpuTime, body)
    }

    /// The trace this simulator produces for [fromNs, toNs] (deterministic; what a capture over that span streams).
    /// - Throws: `MeterError` for a bad configuration or an unreadable wire file.
    public func trace(fromNs startNs: Int64, toNs stopNs: Int64) throws(MeterError) -> PowerTrace {
        var cpuTime: [CPUTimePoint]?
        if case .cpuTimeWire(let path) = configuration.activity { cpuTime = try CPUTimeWire.read(path: path) }
        return try trace(fromNs: startNs, toNs: stopNs, cpuTime: cpuTime)
    }

    /// The trace for [fromNs, toNs] with the given CPU-time readings (used for the CPU activities; nil or
    /// ignored for `.marker`).
    public func trace(
        fromNs startNs: Int64, toNs stopNs: Int64, cpuTime: [CPUTimePoint]?
    ) throws(MeterError) -> PowerTrace {
        var trace = PowerTrace()
        _ = try stream(fromNs: startNs, toNs: stopNs, cpuTime: cpuTime) { trace.append($0) }
        return trace
    }

    /// The same samples as `trace(fromNs:toNs:cpuTime:)`, handed over in chunks of at most `chunkSamples`.
    /// - Returns: the number of samples.
    func stream(
        fromNs startNs: Int64, toNs stopNs: Int64, cpuTime: [CPUTimePoint]?, chunkSamples: Int = 1 << 16,
        _ body: (PowerChunk) -> Void
    ) throws(MeterError) -> Int {
        try validate()
        let initialLevel: Bool
        let edges: [LogicEdge]
        switch markerSource {
        case .wire(let path):
            (initialLevel, edges) = MarkerWire.slice(try MarkerWire.read(path: path), fromNs: startNs, toNs: stopNs)
        case .edges(let level, let all):
            var sliced = MarkerWire.slice(all, fromNs: startNs, toNs: stopNs)
            if !all.contains(where: { $0.timeNs <= startNs }) { sliced.initialLevel = level }
            (initialLevel, edges) = sliced
        case .alwaysLow:
            (initialLevel, edges) = (false, [])
        }
        return Self.synthesize(
            configuration: configuration, fromNs: startNs, toNs: stopNs, initialLevel: initialLevel, edges: edges,
            cpuTime: cpuTime, chunkSamples: chunkSamples, body)
    }

    /// The model itself: samples at the configured rate over [fromNs, toNs] for a marker that starts at
    /// `initialLevel` and changes at `edges` (sorted).
    public static func synthesize(
        configuration: Configuration, fromNs startNs: Int64, toNs stopNs: Int64, initialLevel: Bool, edges: [LogicEdge]
    ) -> PowerTrace {
        synthesize(
            configuration: configuration, fromNs: startNs, toNs: stopNs, initialLevel: initialLevel, edges: edges,
            cpuTime: nil)
    }

    /// The model with CPU-time readings for the CPU activities (sorted by time; ignored for `.marker`).
    public static func synthesize(
        configuration: Configuration, fromNs startNs: Int64, toNs stopNs: Int64, initialLevel: Bool, edges: [LogicEdge],
        cpuTime: [CPUTimePoint]?
    ) -> PowerTrace {
        var trace = PowerTrace()
        synthesize(
            configuration: configuration, fromNs: startNs, toNs: stopNs, initialLevel: initialLevel, edges: edges,
            cpuTime: cpuTime, chunkSamples: 1 << 16
        ) { trace.append($0) }
        return trace
    }

    /// The model, handed over in chunks of at most `chunkSamples` (explicit instants: `t_k` is rounded from
    /// k × 10⁹ / rate, so the intervals differ by up to 1 ns). Returns the number of samples.
    @discardableResult
    static func synthesize(
        configuration: Configuration, fromNs startNs: Int64, toNs stopNs: Int64, initialLevel: Bool, edges: [LogicEdge],
        cpuTime: [CPUTimePoint]?, chunkSamples: Int, _ body: (PowerChunk) -> Void
    ) -> Int {
        guard configuration.sampleRateHz > 0, stopNs >= startNs else { return 0 }
        let periodNs = 1e9 / configuration.sampleRateHz
        let count = Int((Double(stopNs - startNs) / periodNs).rounded(.down)) + 1
        let size = max(1, min(chunkSamples, count))
        var noise = GaussianNoise(seed: configuration.seed)
        var model = PowerModel(configuration: configuration, cpuTime: cpuTime)
        var level = initialLevel
        var nextEdge = 0
        var times: [Int64] = []
        var watts: [Float] = []
        var logic: [UInt8] = []
        func flush() {
            guard !times.isEmpty else { return }
            body(PowerChunk(timing: .explicit(times), watts: watts, logic: logic))
            times.removeAll(keepingCapacity: true)
            watts.removeAll(keepingCapacity: true)
            logic.removeAll(keepingCapacity: true)
        }
        times.reserveCapacity(size)
        watts.reserveCapacity(size)
        logic.reserveCapacity(size)
        var produced = 0
        for k in 0..<count {
            let t = startNs + Int64((Double(k) * periodNs).rounded())
            if t > stopNs { break }
            while nextEdge < edges.count, edges[nextEdge].timeNs <= t {
                level = edges[nextEdge].level
                nextEdge += 1
            }
            var power = model.watts(markerHigh: level, atNs: t, previousNs: t - Int64(periodNs.rounded()))
            if configuration.noiseWatts > 0 { power += configuration.noiseWatts * noise.nextGaussian() }
            times.append(t)
            watts.append(Float(power))
            logic.append(level ? 1 : 0)
            produced += 1
            if times.count == size { flush() }
        }
        flush()
        return produced
    }

    private func validate() throws(MeterError) {
        guard configuration.sampleRateHz > 0, configuration.sampleRateHz.isFinite else {
            throw MeterError(
                code: .configuration,
                message: "sampleRateHz must be a positive number, got \(configuration.sampleRateHz)",
                meter: info.model)
        }
    }

    static func monotonicNowNs() -> Int64 { Monotonic.nowNs() }

    private final class Session: Sendable {
        let startNs = Mutex<Int64?>(nil)
        let sink = Mutex<(@Sendable (PowerChunk) -> Void)?>(nil)
        let cpuPoints = Locked<[CPUTimePoint]>([])
        let cpuSampler = Mutex<PollingSampler?>(nil)
    }
}

extension SimulatedPowerMeter {
    /// Notes the start; the samples are synthesised at `stopStreaming()` and handed to `sink` in chunks of 64 Ki
    /// samples, so a long capture never exists as one trace.
    /// - Throws: `MeterError` `.configuration` for a non-positive sample rate, or an unreadable pid or cgroup.
    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        try begin()
        session.sink.withLock { $0 = sink }
    }

    /// Synthesises the capture into the sink and says how many samples it gave.
    /// - Throws: `MeterError` `.notStarted`, or a wire read/format error.
    public func stopStreaming() async throws -> CaptureSummary {
        guard
            let sink = session.sink.withLock({ value -> (@Sendable (PowerChunk) -> Void)? in
                defer { value = nil }
                return value
            })
        else {
            throw MeterError(
                code: .notStarted, message: "stopStreaming() called without startStreaming()", meter: info.model)
        }
        let samples = try await synthesizeSession(sink)
        return CaptureSummary(meter: info, samples: samples)
    }
}

/// The noise-free power of the simulated board: the marker model, or idle + k × CPU utilisation.
struct PowerModel: Sendable {
    var idleWatts: Double
    var activeWatts: Double
    var wattsPerCPU: Double
    /// Cumulative CPU time readings (sorted), or nil for the marker model.
    var cpuTime: [CPUTimePoint]?
    /// Search position in `cpuTime` (samples are asked for in time order).
    private var cursor = 0

    init(configuration: SimulatedPowerMeter.Configuration, cpuTime: [CPUTimePoint]? = nil) {
        idleWatts = configuration.idleWatts
        activeWatts = configuration.activeWatts
        wattsPerCPU = configuration.wattsPerCPU
        if case .marker = configuration.activity { self.cpuTime = nil } else { self.cpuTime = cpuTime ?? [] }
    }

    /// Power at `t` for the sample interval (previousNs, t].
    mutating func watts(markerHigh: Bool, atNs t: Int64, previousNs: Int64) -> Double {
        guard let points = cpuTime else { return idleWatts + (markerHigh ? activeWatts : 0) }
        guard t > previousNs, points.count >= 2 else { return idleWatts }
        let used = cpu(at: t, points) - cpu(at: previousNs, points)
        return idleWatts + wattsPerCPU * max(0, used) / Double(t - previousNs)
    }

    /// Cumulative CPU ns at `t`, linear between readings, flat outside them (no readings: no activity).
    private mutating func cpu(at t: Int64, _ points: [CPUTimePoint]) -> Double {
        if t <= points[0].timeNs { return Double(points[0].cpuNs) }
        if t >= points[points.count - 1].timeNs { return Double(points[points.count - 1].cpuNs) }
        while cursor > 0, points[cursor].timeNs > t { cursor -= 1 }
        while cursor + 1 < points.count, points[cursor + 1].timeNs <= t { cursor += 1 }
        let a = points[cursor]
        let b = points[min(cursor + 1, points.count - 1)]
        guard b.timeNs > a.timeNs else { return Double(b.cpuNs) }
        return Double(a.cpuNs) + Double(b.cpuNs - a.cpuNs) * Double(t - a.timeNs) / Double(b.timeNs - a.timeNs)
    }
}
