import HILBenchAgentKit
import HILBenchCore
import HILBenchGPIO

/// Builds the marker line a case asks for.
enum Markers {
    static func make(_ marker: TargetConfig.Marker) throws -> any MarkerDriver {
        switch marker.backend {
        case .simulated, .none:
            return LineDriver(line: SimulatedMarkerLine(wirePath: marker.backend == .simulated ? marker.wire : nil))
        case .libgpiod:
            guard let chip = marker.chip, let offset = marker.line else {
                throw HILBenchError(.config, "a libgpiod marker needs chip and line")
            }
            return LineDriver(
                line: try LibgpiodOutputLine(
                    chip: GPIOChipSelector(chip), offset: UInt32(offset), activeLow: marker.activeLow,
                    consumer: "hilbench-marker"))
        }
    }
}

/// Adapts a GPIO `MarkerLine` to the measurement loop.
struct LineDriver: MarkerDriver {
    let line: any MarkerLine
    func set(_ active: Bool) throws -> Int64 { try line.set(active) }
}
