/// Mid-ranks of a pooled sample and its tie groups, shared by the rank tests.
struct Ranks {
    /// Sum of the mid-ranks (1-based) of the first `countX` values of the pooled sample.
    let rankSumX: Double
    /// Σ (t³ − t) over tie groups of size t, for the variance's tie correction.
    let tieTerm: Double
    /// Whether any value occurs more than once in the pooled sample.
    var hasTies: Bool { tieTerm > 0 }

    /// Ranks `x` followed by `y`.
    init(_ x: [Double], _ y: [Double]) {
        let pooled = x + y
        let order = pooled.indices.sorted { pooled[$0] < pooled[$1] }
        var rankSum = 0.0
        var tieTerm = 0.0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && pooled[order[end]] == pooled[order[start]] { end += 1 }
            // Positions start..<end share the mid-rank of ranks start+1 ... end.
            let midRank = Double(start + 1 + end) / 2
            for position in start..<end where order[position] < x.count {
                rankSum += midRank
            }
            let t = Double(end - start)
            tieTerm += t * t * t - t
            start = end
        }
        self.rankSumX = rankSum
        self.tieTerm = tieTerm
    }
}
