#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a target file names its GPIO chip.
public enum GPIOChipSelector: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A device path, `/dev/gpiochip0`.
    case path(String)
    /// A kernel name, `gpiochip0` (resolved under the device root).
    case name(String)
    /// A driver label, `pinctrl-bcm2711` (looked up among the chips present).
    case label(String)

    /// Parses the way a target file writes it: `/…` is a path, `gpiochipN` a name, a bare number `N`
    /// means `gpiochipN`, anything else is a label.
    public init(_ text: String) {
        if text.hasPrefix("/") {
            self = .path(text)
        } else if text.hasPrefix("gpiochip"), Int(text.dropFirst("gpiochip".count)) != nil {
            self = .name(text)
        } else if let number = UInt(text) {
            self = .name("gpiochip\(number)")
        } else {
            self = .label(text)
        }
    }

    public var description: String {
        switch self {
        case .path(let path): path
        case .name(let name): name
        case .label(let label): "label \(label)"
        }
    }

    /// The device path to open.
    /// - Throws: `GPIOError` with code `.chipNotFound` when no chip carries the label.
    public func resolvePath(devRoot: String = "/dev") throws(GPIOError) -> String {
        switch self {
        case .path(let path):
            return path
        case .name(let name):
            return devRoot + "/" + name
        case .label(let label):
            let chips = GPIOLibrary.chips(devRoot: devRoot)
            if let chip = chips.first(where: { $0.label == label }) { return chip.path }
            let known =
                chips.isEmpty
                ? "no GPIO chips under \(devRoot)"
                : "chips: " + chips.map { "\($0.name)=\($0.label)" }.joined(separator: ", ")
            throw GPIOError(
                code: .chipNotFound, chip: "label \(label)", line: nil, operation: "gpiod_chip_open (by label)",
                errnoCode: ENOENT,
                message: "no GPIO chip has the label '\(label)' (\(known)); check the target's gpio.chip"
            )
        }
    }
}

/// Bias of an input line.
public enum GPIOBias: String, Sendable, Hashable, Codable, CaseIterable {
    /// Leave the bias as it is.
    case asIs
    /// Disable pull-up and pull-down.
    case disabled
    /// Enable the internal pull-down.
    case pullDown
    /// Enable the internal pull-up.
    case pullUp
}
