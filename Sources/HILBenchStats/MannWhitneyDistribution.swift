/// The exact null distribution of the Mann–Whitney U statistic for samples of sizes m and n without ties.
///
/// The number of arrangements with U = u is the coefficient of qᵘ in the Gaussian binomial
/// [m + n choose m]_q = ∏ᵢ₌₁ˢ (1 − q^{L+i}) / (1 − q^i) with s = min(m, n), L = max(m, n). Each factor is
/// applied in place (multiply by 1 − q^{L+i}, then divide by 1 − q^i as a running sum) and scaled by
/// i/(L + i), so after step i the array holds probabilities (the counts divided by C(L + i, i)) and
/// nothing overflows. Both operations only read lower coefficients, so the array can be cut at any `limit`
/// (callers need at most m·n/2, by symmetry). Cost O(s·limit) time, O(limit) memory.
struct MannWhitneyDistribution {
    /// P(U = u) for u in 0...limit.
    let probabilities: [Double]

    /// The distribution for sizes m, n, computed for u ≤ `limit` (default: all of 0...m·n).
    init(_ m: Int, _ n: Int, upTo limit: Int? = nil) {
        let small = min(m, n)
        let large = max(m, n)
        let top = min(limit ?? small * large, small * large)
        var c = [Double](repeating: 0, count: top + 1)
        c[0] = 1
        c.withUnsafeMutableBufferPointer { c in
            for i in stride(from: 1, through: small, by: 1) {
                let degree = min(i * large, top)  // degree of [large + i choose i]_q, cut at the limit
                let shift = large + i
                // Multiply by (1 − q^shift): descending, so each source is still the old value.
                var j = degree
                while j >= shift {
                    c[j] -= c[j - shift]
                    j -= 1
                }
                // Divide by (1 − q^i): quotient[j] = c[j] + quotient[j − i], ascending.
                j = i
                while j <= degree {
                    c[j] += c[j - i]
                    j += 1
                }
                let scale = Double(i) / Double(large + i)
                for k in 0...degree { c[k] *= scale }
            }
        }
        probabilities = c
    }

    /// P(U ≤ u) for u within the computed range.
    func cdf(_ u: Int) -> Double {
        if u < 0 { return 0 }
        precondition(u < probabilities.count, "cdf beyond the computed range")
        var sum = 0.0
        for k in 0...u { sum += probabilities[k] }
        return min(sum, 1)
    }
}
