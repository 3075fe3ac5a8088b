/// The one percentile definition used throughout hilbench: Hyndman–Fan type 7.
///
/// For a sorted sample x₀ ≤ … ≤ xₙ₋₁ and a fraction p in [0, 1], let h = (n − 1)·p, j = ⌊h⌋ and
/// g = h − j; the quantile is xⱼ + g·(xⱼ₊₁ − xⱼ). This is numpy's default (`method="linear"`), R's
/// default (`type = 7`) and Excel's `PERCENTILE.INC`. The interpolation is written the way numpy writes
/// it (from the upper neighbour when g ≥ 0.5), so results agree with `numpy.percentile` to the last bit
/// in practice.
public enum Quantile {
    /// The type-7 quantile of an ascending sample. `sorted` must be non-empty and sorted.
    public static func type7(sorted: [Double], _ fraction: Double) -> Double {
        precondition(!sorted.isEmpty, "type7 needs a non-empty sample")
        precondition(fraction >= 0 && fraction <= 1, "fraction must be in [0, 1]")
        let n = sorted.count
        let position = Double(n - 1) * fraction
        let lowerIndex = min(Int(position.rounded(.down)), n - 1)
        let upperIndex = min(lowerIndex + 1, n - 1)
        return interpolate(sorted[lowerIndex], sorted[upperIndex], position - Double(lowerIndex))
    }

    /// The type-7 quantile of an unsorted sample, by selection rather than sorting (O(n) expected).
    public static func type7(unsorted values: [Double], _ fraction: Double) -> Double {
        precondition(!values.isEmpty, "type7 needs a non-empty sample")
        precondition(fraction >= 0 && fraction <= 1, "fraction must be in [0, 1]")
        var copy = values
        return copy.withUnsafeMutableBufferPointer { Selection.type7($0, fraction) }
    }

    /// numpy's `_lerp`: a + g·(b − a), computed from b when g ≥ 0.5 for symmetry and monotonicity.
    static func interpolate(_ a: Double, _ b: Double, _ weight: Double) -> Double {
        let difference = b - a
        return weight >= 0.5 ? b - difference * (1 - weight) : a + difference * weight
    }
}
