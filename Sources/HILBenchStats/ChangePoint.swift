/// A detected shift in a series: the index where the new segment starts and the segments around it.
public struct ChangePoint: Sendable, Hashable {
    /// Index of the first point of the new segment.
    public let index: Int
    /// Permutation p-value of the rank statistic between the adjacent segments (merge step).
    public let pValue: Double
    /// Mean of the segment before (from the previous change point, or the start).
    public let meanBefore: Double
    /// Mean of the segment after (up to the next change point, or the end).
    public let meanAfter: Double
    /// Population standard deviation of the segment before (numpy's `std`, as Otava reports).
    public let standardDeviationBefore: Double
    /// Population standard deviation of the segment after.
    public let standardDeviationAfter: Double

    /// meanAfter / meanBefore − 1 (0 when meanBefore is 0), Otava's `forward_change_percent` / 100.
    public var forwardChange: Double { meanBefore == 0 ? 0 : meanAfter / meanBefore - 1 }

    /// max(|after/before − 1|, |before/after − 1|), Otava's `magnitude`.
    public var magnitude: Double {
        let backward = meanAfter == 0 ? 0 : meanBefore / meanAfter - 1
        return max(abs(forwardChange), abs(backward))
    }
}
