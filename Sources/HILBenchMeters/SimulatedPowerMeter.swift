internal import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A power meter simulator with a marker-driven model, on the host's `CLOCK_MONOTONIC`.
///
/// Model (documented in docs/energy.md): at each sample instant `t_k = start + round(k · 1e9 / rate)`,
/// `P = idleWatts + (marker ? activeWatts : 0) + N(0, noiseWatts²)` and logic bit 0 = marker level at `t_k`
/// (an edge exactly at a sample instant is already visible in that sample). The noise is seeded, so the
/// same configuration, window and edges give the same trace.
///
/// The marker comes from a wire file written by `SimulatedMarkerLine` (possibly in another process), or
/// from edges given to the initializer.
public struct SimulatedPowerMeter: PowerMeter {
    /// The simulator's parameters.
    public struct Configuration: Sendable, Hashable, Codable {
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

        public init(
            sampleRateHz: Double = 10_000, idleWatts: Double = 2.0, activeWatts: Double = 1.5, noiseWatts: Double = 0.02,
            seed: UInt64 = 0x5EED_0001, wirePath: String? = nil
        ) {
            self.sampleRateHz = sampleRateHz
            self.idleWatts = idleWatts
            self.activeWatts = activeWatts
            self.noiseWatts = noiseWatts
            self.seed = seed
            self.wirePath = wirePath
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
        MeterInfo(
            kind: .simulated,
            model: "simulated (idle \(configuration.idleWatts) W, +\(configuration.activeWatts) W while marker high, σ \(configuration.noiseWatts) W)",
            sampleRateHz: configuration.sampleRateHz, logicChannel: logic)
    }

    /// Notes the current `CLOCK_MONOTONIC` time as the start of the trace.
    /// - Throws: `MeterError` `.configuration` for a non-positive sample rate.
    public func start() async throws {
        try validate()
        let now = Self.monotonicNowNs()
        session.startNs.withLock { $0 = now }
    }

    /// Synthesises the samples from the start until now.
    /// - Throws: `MeterError` `.notStarted`, or a wire read/format error.
    public func stop() async throws -> PowerTrace {
        let now = Self.monotonicNowNs()
        guard let start = session.startNs.withLock({ (value: inout Int64?) -> Int64? in
            defer { value = nil }
            return value
        }) else {
            throw MeterError(code: .notStarted, message: "stop() called without start()", meter: info.model)
        }
        return try trace(fromNs: start, toNs: now)
    }

    /// The trace this simulator produces for [fromNs, toNs] (deterministic; used by `stop()` and by tests).
    /// - Throws: `MeterError` for a bad configuration or an unreadable wire file.
    public func trace(fromNs startNs: Int64, toNs stopNs: Int64) throws(MeterError) -> PowerTrace {
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
        return Self.synthesize(configuration: configuration, fromNs: startNs, toNs: stopNs, initialLevel: initialLevel, edges: edges)
    }

    /// The model itself: samples at the configured rate over [fromNs, toNs] for a marker that starts at
    /// `initialLevel` and changes at `edges` (sorted).
    public static func synthesize(
        configuration: Configuration, fromNs startNs: Int64, toNs stopNs: Int64, initialLevel: Bool, edges: [LogicEdge]
    ) -> PowerTrace {
        guard configuration.sampleRateHz > 0, stopNs >= startNs else { return PowerTrace() }
        let periodNs = 1e9 / configuration.sampleRateHz
        let count = Int((Double(stopNs - startNs) / periodNs).rounded(.down)) + 1
        var trace = PowerTrace()
        trace.reserveCapacity(count)
        var noise = GaussianNoise(seed: configuration.seed)
        let model = PowerModel(configuration: configuration)
        var level = initialLevel
        var nextEdge = 0
        for k in 0..<count {
            let t = startNs + Int64((Double(k) * periodNs).rounded())
            if t > stopNs { break }
            while nextEdge < edges.count, edges[nextEdge].timeNs <= t {
                level = edges[nextEdge].level
                nextEdge += 1
            }
            var watts = model.watts(markerHigh: level, atNs: t)
            if configuration.noiseWatts > 0 { watts += configuration.noiseWatts * noise.nextGaussian() }
            trace.append(timeNs: t, watts: Float(watts), logic: level ? 1 : 0)
        }
        return trace
    }

    private func validate() throws(MeterError) {
        guard configuration.sampleRateHz > 0, configuration.sampleRateHz.isFinite else {
            throw MeterError(code: .configuration, message: "sampleRateHz must be a positive number, got \(configuration.sampleRateHz)",
                             meter: info.model)
        }
    }

    static func monotonicNowNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    private final class Session: Sendable {
        let startNs = Mutex<Int64?>(nil)
    }
}

/// The noise-free power of the simulated board.
///
/// This is the seam for the activity-driven model planned next: today it depends only on the marker;
/// later it can take a per-case activity profile (e.g. watts per inference phase) without touching
/// the sampling, noise or marker code around it.
struct PowerModel: Sendable {
    var idleWatts: Double
    var activeWatts: Double

    init(configuration: SimulatedPowerMeter.Configuration) {
        idleWatts = configuration.idleWatts
        activeWatts = configuration.activeWatts
    }

    func watts(markerHigh: Bool, atNs _: Int64) -> Double {
        idleWatts + (markerHigh ? activeWatts : 0)
    }
}
