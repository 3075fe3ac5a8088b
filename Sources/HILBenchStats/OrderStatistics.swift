/// Distribution-free confidence intervals for quantiles, read from order statistics.
///
/// For a sample of n values, the number B of values below the true p-quantile is Binomial(n, p), whatever
/// the distribution. With α = (1 − level)/2, the lower bound is the order statistic of 1-based rank
/// l = `binom.ppf(α)` and the upper bound has rank u = `binom.isf(α)` + 1, exactly as
/// `scipy.stats.quantile_test(...).confidence_interval()` chooses them; coverage is at least `level`.
/// This is the interval benchstat (`QuantileCI`) and asv print for medians.
public enum OrderStatistics {
    /// The 0-based indices into the sorted sample of the interval's bounds, or nil when n is too small
    /// for an interval at this level (e.g. fewer than 6 values for a 95% interval of the median).
    public static func intervalIndices(count n: Int, fraction p: Double, level: Double) -> (lower: Int, upper: Int)? {
        precondition(p > 0 && p < 1, "fraction must be in (0, 1)")
        precondition(level > 0 && level < 1, "level must be in (0, 1)")
        guard n > 0 else { return nil }
        let alpha = (1 - level) / 2
        let lower = Binomial.quantile(count: n, probability: p, level: alpha) - 1
        let upper = Binomial.inverseSurvival(count: n, probability: p, level: alpha)
        guard lower >= 0, upper < n else { return nil }
        return (lower, upper)
    }

    /// The confidence interval of the p-quantile of an ascending sample, or nil when it is too small.
    public static func interval(sorted: [Double], fraction p: Double, level: Double) -> ConfidenceInterval? {
        guard let (lower, upper) = intervalIndices(count: sorted.count, fraction: p, level: level) else { return nil }
        return ConfidenceInterval(lower: sorted[lower], upper: sorted[upper], level: level)
    }
}
