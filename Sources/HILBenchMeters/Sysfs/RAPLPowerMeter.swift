internal import Foundation
import Synchronization

/// Intel (and AMD) RAPL energy counters through powercap, polled on a sampling thread.
///
/// Reads `<powercapRoot>/<zone>/energy_uj` (cumulative µJ) every period; the counter wraps at
/// `max_energy_range_uj`. Each read gives the mean power since the previous one, Δenergy / Δt, as two samples on
/// `CLOCK_MONOTONIC` (1 ns after the previous read and at this one), so that ∫ P dt between reads is the counter's
/// advance exactly. Since Linux 5.10 `energy_uj` is readable by root only.
public final class RAPLPowerMeter: PowerMeter {
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

    /// Energy used between two counter reads (µJ), across at most one wrap at `maxRange`; nil when the counter went
    /// backwards by less than half its range, which no wrap explains (a wrap would mean more than half the range, at
    /// package power minutes of energy, within one poll).
    public static func energyMicrojoules(
        from previous: Int64, to current: Int64, maxRangeMicrojoules maxRange: Int64
    ) -> Int64? {
        if current >= previous { return current - previous }
        let wrapped = current + maxRange - previous
        return wrapped <= maxRange / 2 ? wrapped : nil
    }

    /// The zone's directory under the powercap root.
    /// - Throws: `.configuration` listing the zones when there is none by that name or directory.
    public func locate() throws(MeterError) -> String {
        let directory = directory
        guard FileManager.default.fileExists(atPath: directory) else {
            let zones = ((try? FileManager.default.contentsOfDirectory(atPath: configuration.powercapRoot)) ?? [])
                .sorted()
            throw MeterError(
                code: .configuration,
                message: "no powercap zone '\(configuration.zone)' under \(configuration.powercapRoot)",
                meter: meterName, address: configuration.powercapRoot, expected: configuration.zone,
                received: zones.isEmpty ? "no zones" : zones.joined(separator: ", "))
        }
        return directory
    }

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        sampler.hold(try startPolling(locate(), sink: sink))
    }

    /// Starts the sampling thread on the zone in `directory` (the agent calls this from its blocking case loop).
    func startPolling(
        _ directory: String, sink: @escaping @Sendable (PowerChunk) -> Void
    ) throws(MeterError) -> PollingSampler {
        let name = meterName
        let periodNs = try PollingSampler.periodNs(milliseconds: configuration.periodMs, meter: name)
        let energyFile = directory + "/energy_uj"
        let maxRange = try readSysfsInteger(directory + "/max_energy_range_uj", meter: name)
        let first = try readSysfsInteger(energyFile, meter: name)
        let state = Locked((energy: first, timeNs: monotonicNowNs()))
        return PollingSampler(name: "RAPL \(configuration.zone)", periodNs: periodNs, sink: sink) {
            () throws(MeterError) -> PowerChunk? in
            let energy = try readSysfsInteger(energyFile, meter: name)
            let now = monotonicNowNs()
            let step = state.withLock { previous -> (chunk: PowerChunk?, backwardsFrom: Int64?) in
                let elapsed = now - previous.timeNs
                guard elapsed >= max(2, periodNs / 2) else { return (nil, nil) }  // the poll right at start
                guard
                    let used = Self.energyMicrojoules(from: previous.energy, to: energy, maxRangeMicrojoules: maxRange)
                else { return (nil, previous.energy) }
                defer { previous = (energy, now) }
                let watts = Float(Double(used) * 1e3 / Double(elapsed))  // µJ / ns = 1000 W
                // The mean power held over the whole interval (a sample just after its start and one at its end): the
                // trapezoid between two reads is then exactly the counter's advance, however uneven the reads.
                return (PowerChunk(timing: .explicit([previous.timeNs + 1, now]), watts: [watts, watts]), nil)
            }
            if let before = step.backwardsFrom {
                throw MeterError(
                    code: .protocolViolation,
                    message:
                        "\(energyFile) went backwards from \(before) to \(energy) µJ, which no wrap at max_energy_range_uj (\(maxRange)) explains",
                    meter: name, address: energyFile, expected: "a counter that only grows (or wraps)",
                    received: "\(before) then \(energy)")
            }
            return step.chunk
        }
    }

    public func stopStreaming() async throws -> CaptureSummary {
        try await sampler.stop(meter: meterName, info: info)
    }

}
