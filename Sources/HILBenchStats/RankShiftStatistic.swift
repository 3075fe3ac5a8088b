/// The largest standardized normal-scores (van der Waerden) rank sum over all splits of a segment: the
/// statistic of the change-point scan and merge steps, whose permutation null costs O(L) per permutation.
///
/// Each value is replaced by the normal quantile of its mid-rank, Φ⁻¹(r/(L + 1)) (ties share their average
/// rank), and centred to c; with S = Σc² the score sum of the first τ points has permutation variance
/// τ(L − τ)/(L(L − 1))·S, so
///
///     Z(τ) = |Σ_{i<τ} cᵢ| / √(τ(L − τ)·S/(L(L − 1)))     for 1 ≤ τ < L.
///
/// Rank scores keep a lone outlier of a nightly series from dominating (its score is at most Φ⁻¹(L/(L + 1)),
/// about 3 for L = 1000), while normal scores lose nothing against the t statistic on Gaussian noise
/// (Chernoff–Savage). The standardisation lets late steps with few points after them compete with middle
/// ones. Permuting the scores gives an exact conditional null for any distribution of the values.
struct RankShiftStatistic {
    /// Centred mid-ranks in series order.
    private(set) var centred: [Double]
    /// 1/σ(τ) for τ in 0..<L (index 0 unused); empty when every value is tied.
    private let inverseDeviation: [Double]
    /// True when some values are equal: mid-ranks then change the null, so `RankShiftNull` does not apply.
    let hasTies: Bool

    init(_ values: ArraySlice<Double>) {
        let count = values.count
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: count)
        var start = 0
        var tied = false
        while start < count {
            var end = start + 1
            while end < count && values[order[end]] == values[order[start]] { end += 1 }
            tied = tied || end - start > 1
            let midRank = Double(start + end + 1) / 2  // average of ranks start+1 ... end
            for k in start..<end { ranks[order[k] - values.startIndex] = midRank }
            start = end
        }
        hasTies = tied
        // Van der Waerden scores: normal quantiles of the mid-ranks, centred.
        let scores = ranks.map { Special.normalQuantile($0 / Double(count + 1)) }
        let mean = scores.reduce(0, +) / Double(max(count, 1))
        centred = scores.map { $0 - mean }
        let squares = centred.reduce(0) { $0 + $1 * $1 }
        if squares > 1e-9 && count >= 2 {
            let length = Double(count)
            inverseDeviation = (0..<count).map { tau in
                let variance = Double(tau) * (length - Double(tau)) * squares / (length * (length - 1))
                return tau == 0 ? 0 : 1 / variance.squareRoot()
            }
        } else {
            inverseDeviation = []
        }
    }

    /// True when all values are tied (or fewer than two): no split can differ.
    var isDegenerate: Bool { inverseDeviation.isEmpty }

    /// Z at the split before local index `tau` (1 ≤ tau < L); 0 for a degenerate segment.
    func statistic(at tau: Int) -> Double {
        guard !isDegenerate, tau > 0, tau < centred.count else { return 0 }
        var sum = 0.0
        for i in 0..<tau { sum += centred[i] }
        return abs(sum) * inverseDeviation[tau]
    }

    /// The split with the largest Z (first one on ties) and that Z; nil for a degenerate segment.
    func best() -> (tau: Int, statistic: Double)? {
        guard !isDegenerate else { return nil }
        var result = (tau: 1, statistic: -Double.infinity)
        var sum = 0.0
        for tau in 1..<centred.count {
            sum += centred[tau - 1]
            let z = abs(sum) * inverseDeviation[tau]
            if z > result.statistic { result = (tau, z) }
        }
        return result
    }

    /// max Z over all splits after shuffling the ranks in place: one draw of the permutation null.
    mutating func permutedMaximum(_ generator: inout Xoshiro256StarStar) -> Double {
        guard !isDegenerate else { return 0 }
        let inverse = inverseDeviation
        return centred.withUnsafeMutableBufferPointer { c in
            var i = c.count
            while i > 1 {
                let j = generator.nextIndex(below: i)
                i -= 1
                c.swapAt(i, j)
            }
            var best = 0.0
            var sum = 0.0
            inverse.withUnsafeBufferPointer { w in
                for tau in 1..<c.count {
                    sum += c[tau - 1]
                    best = max(best, abs(sum) * w[tau])
                }
            }
            return best
        }
    }
}
