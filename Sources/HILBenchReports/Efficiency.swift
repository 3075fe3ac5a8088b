/// Throughput per watt and per dollar: the arithmetic of "which board gives the most for its power and price".
///
/// Every function returns nil instead of dividing by zero: a missing, zero, negative or non-finite denominator
/// means "no figure" (a board with `price_usd: 0` has no price, not an infinite value per dollar).
public enum Efficiency {
    /// Iterations per second of one stream from the mean latency in ms (1000 / mean); nil when absent or ≤ 0.
    public static func inferencesPerSecond(meanMs: Double?) -> Double? {
        guard let meanMs, meanMs.isFinite, meanMs > 0 else { return nil }
        return 1000 / meanMs
    }

    /// Inferences per second per watt of the chip's TDP; nil without a throughput or a positive TDP.
    public static func perWatt(_ inferencesPerSecond: Double?, tdpWatts: Double?) -> Double? {
        ratio(inferencesPerSecond, tdpWatts)
    }

    /// Inferences per second per US dollar of the board's price; nil without a throughput or a positive price.
    public static func perDollar(_ inferencesPerSecond: Double?, priceUSD: Double?) -> Double? {
        ratio(inferencesPerSecond, priceUSD)
    }

    /// Whether a price or TDP can be divided by.
    public static func isUsable(_ denominator: Double?) -> Bool {
        guard let denominator else { return false }
        return denominator.isFinite && denominator > 0
    }

    private static func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, numerator.isFinite, isUsable(denominator), let denominator else { return nil }
        return numerator / denominator
    }
}
