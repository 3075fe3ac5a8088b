internal import Foundation
import Synchronization

/// A Linux hwmon power sensor (INA3221, INA226, INA219, …) polled on a sampling thread.
///
/// Finds `<sysfsRoot>/class/hwmon/hwmon*/` whose `name` is `chip` (the hwmonN index is not stable across
/// boots) and, with `rail`, the channel N whose `inN_label` is that rail (INA3221: e.g. `VDD_IN`). Each poll
/// reads `powerN_input` (µW) when the chip has it (INA2xx), else `inN_input` (mV) × `currN_input` (mA) = µW
/// (INA3221, as jtop does). Samples are stamped with `CLOCK_MONOTONIC` halfway through the reads; the
/// sensor has no logic input, so windows come from GPIO capture or software timestamps.
public final class HwmonPowerMeter: PowerMeter {
    public struct Configuration: Sendable, Hashable, Codable {
        /// The sysfs mount point; tests point it at a fake tree.
        public var sysfsRoot: String
        /// The chip's hwmon `name`, e.g. `ina3221`, `ina226`, `ina219`.
        public var chip: String
        /// The rail label (`inN_label`), or nil for channel 1 (single-channel INA2xx).
        public var rail: String?
        public var periodMs: Double

        public init(sysfsRoot: String = "/sys", chip: String, rail: String? = nil, periodMs: Double = 10) {
            self.sysfsRoot = sysfsRoot
            self.chip = chip
            self.rail = rail
            self.periodMs = periodMs
        }
    }

    /// The files one sample is read from.
    public struct Channel: Sendable, Hashable {
        public var directory: String
        public var index: Int
        /// `powerN_input` (µW), or nil when power is computed from voltage and current.
        public var powerFile: String?
        public var voltageFile: String
        public var currentFile: String
    }

    public let configuration: Configuration
    public let info: MeterInfo
    private let sampler = PollingSlot()
    private var meterName: String { "hwmon \(configuration.chip)\(configuration.rail.map { " \($0)" } ?? "")" }

    public init(configuration: Configuration) {
        self.configuration = configuration
        info = MeterInfo(
            kind: .hwmon, model: "\(configuration.chip)\(configuration.rail.map { " rail \($0)" } ?? "")",
            sampleRateHz: configuration.periodMs > 0 ? 1_000 / configuration.periodMs : 0, logicChannel: nil)
    }

    /// Locates the chip and rail.
    /// - Throws: `.configuration` listing the chips and rails found when there is no match.
    public func locate() throws(MeterError) -> Channel {
        let base = configuration.sysfsRoot + "/class/hwmon"
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter {
            $0.hasPrefix("hwmon")
        }.sorted()
        var seen: [String] = []
        for entry in entries {
            let directory = base + "/" + entry
            let name = readSysfsText(directory + "/name") ?? "?"
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            var labels: [(Int, String)] = []
            for file in files where file.hasPrefix("in") && file.hasSuffix("_label") {
                guard let index = Int(file.dropFirst(2).dropLast(6)), let label = readSysfsText(directory + "/" + file)
                else { continue }
                // A rail has a current (or power) beside its voltage and is enabled; sums and disabled channels
                // are not rails (ina3221: `inN_enable`, the sum channels have no label).
                guard files.contains("curr\(index)_input") || files.contains("power\(index)_input"),
                    readSysfsText("\(directory)/in\(index)_enable") != "0"
                else { continue }
                labels.append((index, label))
            }
            labels.sort { $0.0 < $1.0 }
            seen.append("\(entry) \(name)\(labels.isEmpty ? "" : " [" + labels.map(\.1).joined(separator: ", ") + "]")")
            guard name == configuration.chip else { continue }
            let index: Int
            if let rail = configuration.rail {
                guard let match = labels.first(where: { $0.1 == rail }) else { continue }
                index = match.0
            } else {
                index = 1
            }
            let power = "\(directory)/power\(index)_input"
            return Channel(
                directory: directory, index: index,
                powerFile: files.contains("power\(index)_input") ? power : nil,
                voltageFile: "\(directory)/in\(index)_input", currentFile: "\(directory)/curr\(index)_input")
        }
        throw MeterError(
            code: .configuration,
            message:
                "no hwmon chip '\(configuration.chip)'\(configuration.rail.map { " with a rail labelled '\($0)'" } ?? "") under \(base)",
            meter: meterName, address: base,
            expected: "\(configuration.chip)\(configuration.rail.map { " [\($0)]" } ?? "")",
            received: seen.isEmpty ? "no hwmon devices" : seen.joined(separator: "; "))
    }

    /// One reading in watts.
    static func watts(_ channel: Channel, meter: String) throws(MeterError) -> Double {
        if let power = channel.powerFile { return Double(try readSysfsInteger(power, meter: meter)) * 1e-6 }
        let millivolts = try readSysfsInteger(channel.voltageFile, meter: meter)
        let milliamps = try readSysfsInteger(channel.currentFile, meter: meter)
        return Double(millivolts) * Double(milliamps) * 1e-6
    }

    /// How often the chip converts (ms), from its `update_interval` attribute (hwmon sysfs-interface.rst), and the
    /// file read; nil when the chip has none.
    public func updateInterval(of channel: Channel) -> (milliseconds: Double, file: String)? {
        let file = channel.directory + "/update_interval"
        guard let text = readSysfsText(file), let value = Double(text), value >= 0 else { return nil }
        return (value, file)
    }

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        sampler.hold(try startPolling(locate(), sink: sink))
    }

    /// Starts the sampling thread on `channel` (the agent calls this from its blocking case loop).
    func startPolling(
        _ channel: Channel, sink: @escaping @Sendable (PowerChunk) -> Void
    ) throws(MeterError) -> PollingSampler {
        let name = meterName
        let periodNs = try PollingSampler.periodNs(milliseconds: configuration.periodMs, meter: name)
        _ = try Self.watts(channel, meter: name)  // fail at start, not on the thread, when unreadable
        return PollingSampler(name: "hwmon \(channel.directory)", periodNs: periodNs, sink: sink) {
            () throws(MeterError) -> PowerChunk? in
            let before = monotonicNowNs()
            let watts = try Self.watts(channel, meter: name)
            let after = monotonicNowNs()
            return PowerChunk(timing: .explicit([before + (after - before) / 2]), watts: [Float(watts)])
        }
    }

    public func stopStreaming() async throws -> CaptureSummary {
        try await sampler.stop(meter: meterName, info: info)
    }

}
