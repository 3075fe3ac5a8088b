/// How the newest point of a series relates to its recent history, for the nightly "is tonight different?"
/// question.
///
/// The *reference segment* is the stable run of points the newest one is judged against: the points of
/// the newest point's own segment before it, or — when a change point lands exactly on the newest point —
/// the whole previous segment. The robust z is (newest − median)/(1.4826·MAD) of that segment (Conbench's
/// lookback z with robust statistics).
///
/// E-Divisive cannot confirm a shift from a single point (a lone outlier looks the same wherever a
/// permutation puts it), so `changePointAtNewest` becomes true only in the rare case a detector run puts
/// a change point exactly there; for tonight's single run, read `robustZ` and `relativeChange`, and
/// expect the change point to appear once a few runs at the new level have accumulated.
public struct NewestPointJudgement: Sendable, Hashable {
    /// Index of the newest (last) point.
    public let newestIndex: Int
    /// Value of the newest point.
    public let newestValue: Double
    /// All change points found in the series.
    public let changePoints: [ChangePoint]
    /// First index of the segment that contains the newest point.
    public let segmentStart: Int
    /// The points the newest one is compared with; nil when there are none (a one-point series).
    public let referenceSegment: Range<Int>?
    /// Median of the reference segment.
    public let referenceMedian: Double?
    /// Scaled MAD (×1.4826) of the reference segment.
    public let referenceScaledMAD: Double?

    /// Whether a change point lands on the newest run (it starts a new segment).
    public var changePointAtNewest: Bool { segmentStart == newestIndex && newestIndex > 0 }

    /// Points from the last change point to the newest, inclusive (the whole series when there is none).
    public var runsInCurrentSegment: Int { newestIndex - segmentStart + 1 }

    /// newest / referenceMedian − 1, or nil without a reference (or a zero median).
    public var relativeChange: Double? {
        guard let median = referenceMedian, median != 0 else { return nil }
        return newestValue / median - 1
    }

    /// (newest − median) / scaled MAD, or nil without a reference or when the MAD is 0.
    public var robustZ: Double? {
        guard let median = referenceMedian, let mad = referenceScaledMAD, mad > 0 else { return nil }
        return (newestValue - median) / mad
    }
}
