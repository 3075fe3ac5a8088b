/// The E-Divisive energy statistic Q̂ (Matteson & James 2014, α = 1) and its permutation test,
/// written for windows of tens to a few hundred points.
///
/// For X = series[s..<τ] (size n) and Y = series[τ..<κ] (size m):
///
///     Q̂(τ, κ) = 2/(n+m)·Σ|Xᵢ − Yⱼ| − 2m/((n+m)(n−1))·Σᵢ<ₖ|Xᵢ − Xₖ| − 2n/((n+m)(m−1))·Σⱼ<ₗ|Yⱼ − Yₗ|
///
/// which is τ(κ−τ)/κ·Ê in the paper's notation (a term whose denominator is 0 is dropped, as Otava does).
/// `bestSplit` maximises it over s < τ < κ ≤ e like Otava's `PairDistanceCalculator`, in O(L²) time for
/// L = e − s using prefix sums of distance columns; ties go to the first (τ, κ) in row-major order, as
/// numpy's `argmax`.
struct EnergyStatistic {
    /// prefix[κ·L + t] = Σ_{i<t} |y_i − y_κ| for the current segment (local indices, t ≤ κ).
    private var prefix: [Double] = []

    /// The best split of `values[start..<end]`: the absolute index τ of the first value of the right part
    /// and its Q̂. Nil for fewer than two values.
    mutating func bestSplit(
        _ values: UnsafeBufferPointer<Double>, _ start: Int, _ end: Int
    ) -> (index: Int, qhat: Double)? {
        let length = end - start
        guard length >= 2 else { return nil }
        if prefix.count < length * length { prefix = [Double](repeating: 0, count: length * length) }
        return prefix.withUnsafeMutableBufferPointer { p -> (index: Int, qhat: Double) in
            for kappa in 0..<length {
                let row = kappa * length
                let y = values[start + kappa]
                var accumulated = 0.0
                p[row] = 0
                for t in 0..<kappa {
                    accumulated += abs(values[start + t] - y)
                    p[row + t + 1] = accumulated
                }
            }
            var bestIndex = start + 1
            var bestQ = -Double.infinity
            var within = 0.0  // Σ pairs inside the left part [0, τ)
            for tau in 1..<length {
                within += p[(tau - 1) * length + (tau - 1)]
                let n = Double(tau)
                var cross = 0.0
                var withinRight = 0.0
                for kappa in (tau + 1)...length {
                    let added = (kappa - 1) * length
                    cross += p[added + tau]
                    withinRight += p[added + kappa - 1] - p[added + tau]
                    let m = Double(kappa - tau)
                    let total = n + m
                    var q = 2 / total * cross
                    if tau > 1 { q -= 2 * m / (total * (n - 1)) * within }
                    if kappa - tau > 1 { q -= 2 * n / (total * (m - 1)) * withinRight }
                    if q > bestQ {
                        bestQ = q
                        bestIndex = start + tau
                    }
                }
            }
            return (bestIndex, bestQ)
        }
    }

    /// Q̂ of a fixed split of `values` into `values[0..<split]` and `values[split...]` (κ = end), O(L²).
    static func fixedSplit(_ values: UnsafeBufferPointer<Double>, split: Int) -> Double {
        let count = values.count
        var withinLeft = 0.0
        var withinRight = 0.0
        var cross = 0.0
        for i in 0..<count {
            let x = values[i]
            for j in (i + 1)..<count {
                let d = abs(x - values[j])
                if j < split {
                    withinLeft += d
                } else if i >= split {
                    withinRight += d
                } else {
                    cross += d
                }
            }
        }
        let n = Double(split)
        let m = Double(count - split)
        let total = n + m
        var q = 2 / total * cross
        if split > 1 { q -= 2 * m / (total * (n - 1)) * withinLeft }
        if count - split > 1 { q -= 2 * n / (total * (m - 1)) * withinRight }
        return q
    }

    /// max over 1 ≤ τ < L of Q̂(τ, κ = L) for the whole buffer, O(L²): the null statistic of the merge
    /// step, where the split is allowed to move so that choosing it from the data is accounted for.
    static func maxOverSplits(_ values: UnsafeBufferPointer<Double>) -> Double {
        let count = values.count
        var withinRight = 0.0
        for i in 0..<count {
            for j in (i + 1)..<count { withinRight += abs(values[i] - values[j]) }
        }
        var withinLeft = 0.0
        var cross = 0.0
        var best = -Double.infinity
        for tau in 1..<max(count, 1) {
            // Move element tau − 1 from the right part to the left part.
            let moved = tau - 1
            let x = values[moved]
            var toLeft = 0.0
            var toRight = 0.0
            for i in 0..<moved { toLeft += abs(values[i] - x) }
            for j in (moved + 1)..<count { toRight += abs(values[j] - x) }
            withinLeft += toLeft
            withinRight -= toRight
            cross += toRight - toLeft
            let n = Double(tau)
            let m = Double(count - tau)
            let total = n + m
            var q = 2 / total * cross
            if tau > 1 { q -= 2 * m / (total * (n - 1)) * withinLeft }
            if count - tau > 1 { q -= 2 * n / (total * (m - 1)) * withinRight }
            best = max(best, q)
        }
        return best
    }
}
