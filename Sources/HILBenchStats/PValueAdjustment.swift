/// Multiple-comparison adjustments of p-values across the cases of one report.
///
/// Both return adjusted p-values in the input order; compare them with the same α as raw ones. Values
/// must lie in [0, 1].
public enum PValueAdjustment {
    /// Holm–Bonferroni step-down (controls the family-wise error rate):
    /// p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎) over ascending p₍₁₎ ≤ … ≤ p₍ₘ₎.
    public static func holm(_ pValues: [Double]) -> [Double] {
        check(pValues)
        let m = pValues.count
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: 0, count: m)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }

    /// Benjamini–Hochberg step-up (controls the false discovery rate; scipy's
    /// `false_discovery_control(method="bh")`): p̃₍ᵢ₎ = min_{j ≥ i} min(1, m/j·p₍ⱼ₎).
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        check(pValues)
        let m = pValues.count
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: 0, count: m)
        var running = 1.0
        for rank in stride(from: m - 1, through: 0, by: -1) {
            let index = order[rank]
            running = min(running, min(1, Double(m) / Double(rank + 1) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }

    private static func check(_ pValues: [Double]) {
        precondition(pValues.allSatisfy { $0 >= 0 && $0 <= 1 }, "p-values must lie in [0, 1]")
    }
}
