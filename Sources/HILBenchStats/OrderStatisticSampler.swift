import Foundation

/// Draws a type-7 percentile of a bootstrap resample in O(1), without drawing the resample.
///
/// A resample of size n draws indices ⌊n·Uᵢ⌋ with Uᵢ iid uniform on [0, 1). Because ⌊n·u⌋ is monotone,
/// the j-th smallest resampled index (1-based) is ⌊n·U₍ⱼ₎⌋, and U₍ⱼ₎ ~ Beta(j, n + 1 − j). Given
/// U₍ⱼ₎ = u, the next order statistic is u + (1 − u)·W with W ~ Beta(1, n − j) (the minimum of the
/// n − j uniforms above u). So the two order statistics that type-7 interpolates between are sampled
/// directly, and the percentile of the resample is read from the sorted original sample. The result has
/// exactly the distribution of "resample, then take the percentile" — the same bootstrap, computed in
/// O(1) per resample instead of O(n).
struct OrderStatisticSampler {
    let sorted: [Double]
    let lowerRank: Int  // 1-based j of the lower order statistic
    let weight: Double  // type-7 interpolation weight g
    private let lowerGamma: GammaSampler
    private let upperGamma: GammaSampler

    init(sorted: [Double], fraction: Double) {
        let n = sorted.count
        let position = Double(n - 1) * fraction
        let lower = min(Int(position.rounded(.down)), n - 1)
        self.sorted = sorted
        self.lowerRank = lower + 1
        self.weight = position - Double(lower)
        self.lowerGamma = GammaSampler(shape: Double(lower + 1))
        self.upperGamma = GammaSampler(shape: Double(n - lower))
    }

    /// One bootstrap replicate of the percentile.
    func sample(_ generator: inout Xoshiro256StarStar) -> Double {
        let n = sorted.count
        let x = lowerGamma.sample(&generator)
        let y = upperGamma.sample(&generator)
        let u = x / (x + y)
        let lowerIndex = min(Int(Double(n) * u), n - 1)
        let lowerValue = sorted[lowerIndex]
        let remaining = n - lowerRank
        guard weight > 0, remaining > 0 else { return lowerValue }
        // Minimum of `remaining` uniforms on (u, 1): W = 1 − V^(1/remaining), computed without cancellation.
        let v = 1 - generator.nextUnit()  // (0, 1]
        let w = -expm1(log(v) / Double(remaining))
        let upperIndex = min(Int(Double(n) * (u + (1 - u) * w)), n - 1)
        return Quantile.interpolate(lowerValue, sorted[max(upperIndex, lowerIndex)], weight)
    }
}
