internal import CGPIOD
internal import Foundation

/// Facts about the libgpiod this binary was built against, and the chips present.
public enum GPIOLibrary {
    /// libgpiod's own version string (`gpiod_version_string()` in v1, `gpiod_api_version()` in v2), e.g. `"1.6.3"`.
    public static var version: String { String(cString: cgpiod_library_version()) }

    /// The libgpiod API generation compiled in: 1 or 2.
    public static var apiMajor: Int { Int(CGPIOD_API_MAJOR) }

    /// The GPIO chips under `devRoot` (`gpiochip*` entries that libgpiod accepts), sorted by number.
    ///
    /// Entries that are not GPIO character devices, or that cannot be opened, are left out.
    /// - Parameter devRoot: The device directory, `/dev` on a board.
    /// - Returns: One entry per chip; empty when there are none (as on the build machines).
    public static func chips(devRoot: String = "/dev") -> [GPIOChipInfo] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: devRoot) else { return [] }
        let names = entries.filter { $0.hasPrefix("gpiochip") }.sorted { lhs, rhs in
            let l = Int(lhs.dropFirst("gpiochip".count)) ?? Int.max
            let r = Int(rhs.dropFirst("gpiochip".count)) ?? Int.max
            return l != r ? l < r : lhs < rhs
        }
        return names.compactMap { describeChip(path: devRoot + "/" + $0) }
    }

    /// Name, label and line count of one chip, or nil when libgpiod cannot open it.
    static func describeChip(path: String) -> GPIOChipInfo? {
        var name = [CChar](repeating: 0, count: 64)
        var label = [CChar](repeating: 0, count: 64)
        var lines: UInt32 = 0
        let result = name.withUnsafeMutableBufferPointer { namePtr in
            label.withUnsafeMutableBufferPointer { labelPtr in
                cgpiod_describe_chip(
                    path, namePtr.baseAddress, namePtr.count, labelPtr.baseAddress, labelPtr.count, &lines)
            }
        }
        guard result == 0 else { return nil }
        return GPIOChipInfo(
            path: path,
            name: String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
            label: String(decoding: label.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
            lineCount: Int(lines)
        )
    }
}

/// One GPIO chip as libgpiod reports it.
public struct GPIOChipInfo: Sendable, Hashable, Codable {
    /// Device path, e.g. `/dev/gpiochip0`.
    public var path: String
    /// Kernel name, e.g. `gpiochip0`.
    public var name: String
    /// Driver label, e.g. `pinctrl-bcm2711`.
    public var label: String
    /// Number of lines on the chip.
    public var lineCount: Int

    public init(path: String, name: String, label: String, lineCount: Int) {
        self.path = path
        self.name = name
        self.label = label
        self.lineCount = lineCount
    }
}
