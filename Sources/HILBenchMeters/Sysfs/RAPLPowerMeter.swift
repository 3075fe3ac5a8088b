internal import Foundation
import Synchronization

/// Intel (and AMD) RAPL energy counters through powercap, polled on a sampling thread.
///
/// Reads `<powercapRoot>/<zone>/energy_uj` (cumulative µJ) every period; the counter wraps at
/// `max_energy_range_uj`. Each sample is the mean power between two reads, Δenergy / Δt, stamped halfway
/// between them on `CLOCK_MONOTONIC`. Since Linux 5.10 `energy_uj` is readable by root only.
public final class RAPLPowerMeter: StreamingPowerMeter {
    public struct Configuration: Sendable, Hashable, Codable {
        /// Usually `/sys/class/powercap` (= `/sys/devices/virtual/powercap/intel-rapl`); tests use a fake tree.
        public var powercapRoot: String
        /// The zone's directory (`intel-rapl:0` package 0, `intel-rapl:0:0` its core, …) or its `name` (`package-0`,
        /// `core`, `uncore`, `dram`, `psys`; the first zone in directory order with that name).
        public var zone: String
        public var periodMs: Double

        public init(powercapRoot: String = "/sys/class/powercap", zone: String = "intel-rapl:0", periodMs: Double = 10)
        {
            self.powercapRoot = powercapRoot
            self.zone = zone
            self.periodMs = periodMs
        }
    }

    public let configuration: Configuration
    public let info: MeterInfo
    private let sampler = PollingSlot()
    private let collector = TraceCollector()
    private var meterName: String { "RAPL \(configuration.zone)" }
    private var directory: String {
        let root = configuration.powercapRoot
        if FileManager.default.fileExists(atPath: root + "/" + configuration.zone) {
            return root + "/" + configuration.zone
        }
        let zones = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        let named = zones.first { readSysfsText(root + "/" + $0 + "/name") == configuration.zone }
        return root + "/" + (named ?? configuration.zone)
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
        info = MeterInfo(
            kind: .rapl, model: "RAPL \(configuration.zone)",
            sampleRateHz: configuration.periodMs > 0 ? 1_000 / configuration.periodMs : 0, logicChannel: nil)
    }

    /// Energy used between two counter reads (µJ), across at most one wrap at `maxRange`.
    public static func energyMicrojoules(
        from previous: Int64, to current: Int64, maxRangeMicrojoules maxRange: Int64
    ) -> Int64 {
        current >= previous ? current - previous : current + maxRange - previous
    }

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        guard configuration.periodMs > 0 else {
            throw MeterError(code: .configuration, message: "periodMs must be positive", meter: meterName)
        }
        let name = meterName
        let energyFile = directory + "/energy_uj"
        guard FileManager.default.fileExists(atPath: directory) else {
            let zones = ((try? FileManager.default.contentsOfDirectory(atPath: configuration.powercapRoot)) ?? [])
                .sorted()
            throw MeterError(
                code: .configuration,
                message: "no powercap zone '\(configuration.zone)' under \(configuration.powercapRoot)",
                meter: name, address: configuration.powercapRoot, expected: configuration.zone,
                received: zones.isEmpty ? "no zones" : zones.joined(separator: ", "))
        }
        let maxRange = try readSysfsInteger(directory + "/max_energy_range_uj", meter: name)
        let first = try readSysfsInteger(energyFile, meter: name)
        let state = Locked((energy: first, timeNs: monotonicNowNs()))
        let periodNs = Int64(configuration.periodMs * 1e6)
        let poller = PollingSampler(name: "RAPL \(configuration.zone)", periodNs: periodNs, sink: sink) {
            () throws(MeterError) -> PowerChunk? in
            let energy = try readSysfsInteger(energyFile, meter: name)
            let now = monotonicNowNs()
            return state.withLock { previous -> PowerChunk? in
                let elapsed = now - previous.timeNs
                guard elapsed >= periodNs / 2 else { return nil }  // the poll right at start
                defer { previous = (energy, now) }
                let used = Self.energyMicrojoules(from: previous.energy, to: energy, maxRangeMicrojoules: maxRange)
                let watts = Double(used) * 1e3 / Double(elapsed)  // µJ / ns = 1000 W
                return PowerChunk(timing: .explicit([previous.timeNs + elapsed / 2]), watts: [Float(watts)])
            }
        }
        sampler.hold(poller)
    }

    public func stopStreaming() async throws -> CaptureSummary {
        try await sampler.stop(meter: meterName, info: info)
    }

    public func start() async throws {
        try await collector.start(self)
    }

    public func stop() async throws -> PowerTrace {
        try await collector.stop(self)
    }
}
