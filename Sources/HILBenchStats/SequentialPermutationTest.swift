/// A sequential (Besag–Clifford) permutation test: stops as soon as significance is out of reach.
///
/// With R permutations planned and z of them at least as extreme as the observed statistic, the p-value
/// is (z + 1)/(R + 1) (Phipson & Smyth 2010; never 0) and the test is significant when p ≤ α. Once z
/// exceeds α·(R + 1) − 1 that cannot happen, so sampling stops and p is reported as z/r after r
/// permutations (Besag & Clifford 1991). Not significant cases (the usual ones) therefore cost a handful
/// of permutations; significant ones cost R.
struct SequentialPermutationTest {
    let permutations: Int
    let alpha: Double

    /// Runs `permutedStatistic` until decided; returns the p-value and whether it is ≤ α.
    func run(observed: Double, permutedStatistic: () -> Double) -> (pValue: Double, significant: Bool) {
        let allowed = Int((alpha * Double(permutations + 1) * (1 + 1e-12)).rounded(.down)) - 1
        var extreme = 0
        for r in 1...max(permutations, 1) {
            if permutedStatistic() >= observed {
                extreme += 1
                if extreme > allowed {
                    return (Double(extreme) / Double(r), false)
                }
            }
        }
        let p = Double(extreme + 1) / Double(permutations + 1)
        return (p, p <= alpha * (1 + 1e-12))
    }
}
