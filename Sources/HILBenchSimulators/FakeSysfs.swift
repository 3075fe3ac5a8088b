internal import Foundation
import HILBenchMeters

/// A fake sysfs tree in a temporary directory for the hwmon and RAPL meters (no real sensors on the build
/// and CI machines). Attribute files hold a decimal integer and a newline, written atomically (temporary
/// file + rename) so a polling reader never sees a half-written value.
public final class FakeSysfs: Sendable {
    /// Give this to `HwmonPowerMeter.Configuration.sysfsRoot`; `powercapRoot` for RAPL.
    public let root: String
    public var powercapRoot: String { root + "/class/powercap" }

    /// Creates an empty tree under the temporary directory.
    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hilbench-sysfs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/class/hwmon", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/class/powercap", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// One INA3221 channel or INA2xx sensor.
    public struct Rail: Sendable {
        public var label: String?
        public var millivolts: Int64
        public var milliamps: Int64
        public init(label: String?, millivolts: Int64, milliamps: Int64) {
            self.label = label
            self.millivolts = millivolts
            self.milliamps = milliamps
        }
    }

    /// Adds `hwmon<index>` named `name` with rails on channels 1…n (`inN_label`, `inN_input`, `currN_input`),
    /// `powerN_input` (µW) when `withPowerFiles` (INA2xx style), and the chip's `update_interval` (ms) when given.
    /// Returns its directory.
    @discardableResult
    public func addHwmon(
        index: Int, name: String, rails: [Rail], withPowerFiles: Bool = false, updateIntervalMs: Int? = nil
    ) throws -> String {
        let directory = "\(root)/class/hwmon/hwmon\(index)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try write(directory + "/name", name)
        if let updateIntervalMs { try write(directory + "/update_interval", String(updateIntervalMs)) }
        for (offset, rail) in rails.enumerated() {
            try setRail(directory: directory, channel: offset + 1, rail: rail, withPowerFile: withPowerFiles)
        }
        return directory
    }

    /// Rewrites one channel's values.
    public func setRail(directory: String, channel: Int, rail: Rail, withPowerFile: Bool = false) throws {
        if let label = rail.label { try write("\(directory)/in\(channel)_label", label) }
        try write("\(directory)/in\(channel)_input", String(rail.millivolts))
        try write("\(directory)/curr\(channel)_input", String(rail.milliamps))
        if withPowerFile { try write("\(directory)/power\(channel)_input", String(rail.millivolts * rail.milliamps)) }
    }

    /// Adds a powercap zone (`name`, `energy_uj`, `max_energy_range_uj`). Returns its directory.
    @discardableResult
    public func addRAPLZone(
        _ zone: String, name: String, energyMicrojoules: Int64, maxRangeMicrojoules: Int64
    ) throws -> String {
        let directory = powercapRoot + "/" + zone
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try write(directory + "/name", name)
        try write(directory + "/max_energy_range_uj", String(maxRangeMicrojoules))
        try write(directory + "/energy_uj", String(energyMicrojoules))
        return directory
    }

    /// Writes `value` + newline to `path` atomically.
    public func write(_ path: String, _ value: String) throws {
        let temporary = path + ".tmp-\(UUID().uuidString.prefix(8))"
        try Data((value + "\n").utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            throw MeterError(
                code: .io, message: "cannot rename \(temporary): \(errnoText(errno))", meter: "fake sysfs",
                address: path)
        }
    }

    /// Removes a file (a sensor that disappears).
    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: path)
    }
}
