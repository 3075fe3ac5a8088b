/// Counts of values outside Tukey's fences, reported and never removed.
///
/// With quartiles Q1, Q3 (type 7) and IQR = Q3 − Q1: a value is a *mild* outlier when it lies beyond
/// Q1 − 1.5·IQR or Q3 + 1.5·IQR but not beyond the 3·IQR fence, and an *extreme* outlier beyond
/// Q1 − 3·IQR or Q3 + 3·IQR (Criterion.rs's classification; strict inequalities). The four counts are
/// disjoint.
public struct TukeyOutliers: Sendable, Hashable {
    /// The first quartile (type 7).
    public let lowerQuartile: Double
    /// The third quartile (type 7).
    public let upperQuartile: Double
    /// Values below Q1 − 3·IQR.
    public let lowExtreme: Int
    /// Values in [Q1 − 3·IQR, Q1 − 1.5·IQR).
    public let lowMild: Int
    /// Values in (Q3 + 1.5·IQR, Q3 + 3·IQR].
    public let highMild: Int
    /// Values above Q3 + 3·IQR.
    public let highExtreme: Int

    /// Classifies an ascending, non-empty sample.
    public init(sorted: [Double]) {
        precondition(!sorted.isEmpty, "TukeyOutliers needs a non-empty sample")
        let q1 = Quantile.type7(sorted: sorted, 0.25)
        let q3 = Quantile.type7(sorted: sorted, 0.75)
        let iqr = q3 - q1
        var lowExtreme = 0
        var lowMild = 0
        var highMild = 0
        var highExtreme = 0
        for value in sorted {
            if value < q1 - 3 * iqr {
                lowExtreme += 1
            } else if value < q1 - 1.5 * iqr {
                lowMild += 1
            } else if value > q3 + 3 * iqr {
                highExtreme += 1
            } else if value > q3 + 1.5 * iqr {
                highMild += 1
            }
        }
        self.lowerQuartile = q1
        self.upperQuartile = q3
        self.lowExtreme = lowExtreme
        self.lowMild = lowMild
        self.highMild = highMild
        self.highExtreme = highExtreme
    }

    /// Q3 − Q1.
    public var interquartileRange: Double { upperQuartile - lowerQuartile }

    /// All outliers, mild and extreme, on both sides.
    public var total: Int { lowExtreme + lowMild + highMild + highExtreme }
}
