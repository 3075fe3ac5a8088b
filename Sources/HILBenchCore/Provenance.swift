/// Where a figure comes from: every number in a report carries one, so a simulated or tool-printed figure is never
/// mistaken for a measurement.
public enum Provenance: String, Sendable, Codable, CaseIterable {
    /// Measured by hilbench (the runner's clock around each inference, a real meter's samples).
    case measured
    /// Computed by hilbench from measured samples (percentiles, energy per inference, throughput).
    case derived
    /// Printed by a native benchmark tool and taken as printed.
    case printed
    /// From a simulated instrument: describes no board. Excluded from energy rankings unless asked.
    case simulated
}
