/// Power samples as three parallel arrays (struct of arrays), on the meter's clock.
///
/// `timesNs[i]`, `watts[i]` and `logic[i]` describe sample `i`. `logic` holds the meter's digital inputs,
/// bit 0 = the board's marker; it may be empty when the meter has no logic channel.
public struct PowerTrace: Sendable, Hashable, Codable {
    /// Sample instants in nanoseconds of the meter's clock (for simulators and RAPL/hwmon: `CLOCK_MONOTONIC`).
    public var timesNs: [Int64]
    /// Power in watts.
    public var watts: [Float]
    /// Digital inputs per sample (bit 0 = marker), or empty.
    public var logic: [UInt8]

    public init(timesNs: [Int64] = [], watts: [Float] = [], logic: [UInt8] = []) {
        self.timesNs = timesNs
        self.watts = watts
        self.logic = logic
    }

    /// Number of samples.
    public var count: Int { timesNs.count }

    /// True when the arrays have matching lengths (`logic` may be empty).
    public var isConsistent: Bool {
        timesNs.count == watts.count && (logic.isEmpty || logic.count == timesNs.count)
    }

    /// Time from the first to the last sample, in nanoseconds (0 with fewer than two samples).
    public var spanNs: Int64 {
        guard let first = timesNs.first, let last = timesNs.last else { return 0 }
        return last - first
    }

    /// Appends one sample.
    public mutating func append(timeNs: Int64, watts: Float, logic: UInt8) {
        timesNs.append(timeNs)
        self.watts.append(watts)
        self.logic.append(logic)
    }

    /// Reserves room for `count` samples in every array.
    public mutating func reserveCapacity(_ count: Int) {
        timesNs.reserveCapacity(count)
        watts.reserveCapacity(count)
        logic.reserveCapacity(count)
    }
}
