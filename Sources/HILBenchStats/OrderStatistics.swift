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

extension OrderStatistics {
    /// The 0-based index into the sorted sample of the one-sided upper confidence bound of the p-quantile, or nil when
    /// n cannot support one at this level.
    ///
    /// The k-th smallest value (1-based) lies at or above the true p-quantile unless k or more values fall below it;
    /// the count below is Binomial(n, p), so the least k with P(B ≤ k − 1) ≥ level gives a bound covering at least
    /// `level` whatever the distribution. That is k − 1 = `binom.ppf(level, n, p)`; it exists only while k ≤ n, i.e.
    /// pⁿ ≤ 1 − level (n ≥ 299 for p99 at 95%, 59 for p95, 29 for p90, 5 for the median).
    public static func upperBoundIndex(count n: Int, fraction p: Double, level: Double) -> Int? {
        precondition(p > 0 && p < 1, "fraction must be in (0, 1)")
        precondition(level > 0 && level < 1, "level must be in (0, 1)")
        guard n > 0 else { return nil }
        let index = Binomial.quantile(count: n, probability: p, level: level)
        return index < n ? index : nil
    }

    /// The one-sided upper confidence bound of the p-quantile of an ascending sample, or nil when it is too small.
    public static func upperBound(sorted: [Double], fraction p: Double, level: Double) -> Double? {
        upperBoundIndex(count: sorted.count, fraction: p, level: level).map { sorted[$0] }
    }

    /// The least sample count for which `upperBound` exists: the least n with pⁿ ≤ 1 − level.
    public static func minimumCountForUpperBound(fraction p: Double, level: Double) -> Int {
        var n = 1
        var all = p
        while all > 1 - level {
            n += 1
            all *= p
        }
        return n
    }

    /// The one-sided upper confidence bound of the mean (Student t: mean + t₍level, n−1₎·s/√n), or nil below 2 values.
    public static func meanUpperBound(_ values: [Double], level: Double) -> Double? {
        guard values.count >= 2 else { return nil }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        return mean + Special.studentTQuantile(level, degreesOfFreedom: n - 1) * (variance / n).squareRoot()
    }
}
