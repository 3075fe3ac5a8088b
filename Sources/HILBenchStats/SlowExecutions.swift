import Foundation

/// The executions of one side (one night) that something outside the benchmark slowed, set aside before the
/// execution-level estimate.
///
/// Interference on a shared or virtual machine only adds time: a process scheduled away, a neighbour's cache or
/// memory traffic, a vCPU the hypervisor held back. On the 2-core VMs this project is measured on most executions'
/// medians agree within 1% while every few executions one runs 10–30% slow (docs/statistics.md): one such execution
/// moves the mean of the log medians by several percent and its variance keeps the interval wide, so a 10% step is
/// neither found nor excluded. A one-sided Hampel identifier (Hampel 1974; Davies & Gather 1993, "The
/// identification of multiple outliers") sets those aside: an execution whose log median exceeds the side's median
/// of log medians by more than `multiple` robust standard deviations (1.4826 × MAD, at least `minimumScale`) is slow.
/// Fast executions are never set aside (nothing makes code run faster than it can), and at most (k − 1)/2 of k
/// executions are, the slowest first: when half of them are slow, "slow" is the side's level, not interference.
public struct SlowExecutions: Sendable, Hashable {
    /// The log medians kept, in their original order.
    public let kept: [Double]
    /// The log medians set aside as slow, in their original order.
    public let setAside: [Double]
    /// The median of all the log medians (the reference the fence is drawn from).
    public let median: Double

    /// Robust standard deviations beyond the median that make an execution slow (Hampel's 3).
    public static let multiple = 3.0
    /// Smallest robust standard deviation the fence is drawn with (0.5%, so the fence is at least 1.5% above the
    /// median): with a few executions in close agreement the MAD can be near 0, and then an execution 0.2% slower
    /// would look like an outlier.
    public static let minimumScale = 0.005

    /// - Parameter logMedians: one side's executions, each reduced to the log of its median.
    public init(logMedians: [Double]) {
        let k = logMedians.count
        guard k >= 3 else {
            kept = logMedians
            setAside = []
            median = k == 0 ? .nan : Quantile.type7(unsorted: logMedians, 0.5)
            return
        }
        let median = Quantile.type7(unsorted: logMedians, 0.5)
        let mad = Quantile.type7(unsorted: logMedians.map { abs($0 - median) }, 0.5)
        let fence = median + Self.multiple * max(1.4826 * mad, Self.minimumScale)
        let slowest = logMedians.indices.filter { logMedians[$0] > fence }
            .sorted { logMedians[$0] > logMedians[$1] }
            .prefix((k - 1) / 2)
        let aside = Set(slowest)
        kept = logMedians.indices.filter { !aside.contains($0) }.map { logMedians[$0] }
        setAside = logMedians.indices.filter { aside.contains($0) }.map { logMedians[$0] }
        self.median = median
    }

    /// How far above the median the slowest execution set aside was, relative (exp(Δ) − 1); nil when none was.
    public var slowestExcess: Double? { setAside.max().map { exp($0 - median) - 1 } }

    /// "1 of 6 executions set aside as slow (+17.1% above their median)", or nil when none was.
    public var summary: String? {
        guard let excess = slowestExcess else { return nil }
        let total = kept.count + setAside.count
        return "\(setAside.count) of \(total) executions set aside as slow ("
            + (setAside.count == 1 ? "" : "up to ") + String(format: "+%.1f%%", excess * 100) + " above their median)"
    }
}
