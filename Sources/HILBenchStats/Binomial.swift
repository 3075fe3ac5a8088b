import Foundation

/// Quantiles of the binomial distribution by walking its probability mass function in log space.
///
/// Used for order-statistic confidence intervals; each call is O(n) at worst, which is negligible next to
/// sorting the sample the interval is read from.
enum Binomial {
    /// The smallest k in 0...n with P(B ≤ k) ≥ q for B ~ Binomial(n, p) (scipy's `binom.ppf`).
    static func quantile(count n: Int, probability p: Double, level q: Double) -> Int {
        let logP = log(p)
        let logQ = log1p(-p)
        var logPMF = Double(n) * logQ
        var cumulative = 0.0
        for k in 0...n {
            cumulative += exp(logPMF)
            if cumulative >= q { return k }
            logPMF += log(Double(n - k)) - log(Double(k + 1)) + logP - logQ
        }
        return n
    }

    /// The smallest k in 0...n with P(B > k) ≤ q for B ~ Binomial(n, p) (scipy's `binom.isf`).
    static func inverseSurvival(count n: Int, probability p: Double, level q: Double) -> Int {
        let logP = log(p)
        let logQ = log1p(-p)
        var logPMF = Double(n) * logP
        var tail = 0.0  // P(B ≥ k)
        var k = n
        while k > 0 {
            tail += exp(logPMF)
            if tail > q { return k }
            logPMF += log(Double(k)) - log(Double(n - k + 1)) + logQ - logP
            k -= 1
        }
        return 0
    }

    /// P(B ≤ k) for B ~ Binomial(n, p), summed from the nearer tail.
    static func cdf(_ k: Int, count n: Int, probability p: Double) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        return Special.regularizedIncompleteBeta(Double(n - k), Double(k + 1), 1 - p)
    }
}
