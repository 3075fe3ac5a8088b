/// SplitMix64 (Steele, Lea, Flood 2014): the seeded generator behind every weight and input.
///
/// Chosen because it is a few integer operations, has no platform dependence and is easy to reproduce
/// in Python or C when someone wants to check the weights or inputs elsewhere.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 24 random bits: every value is an exact `Float`.
    mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Uniform in [-bound, bound), rounded to `Float`.
    mutating func nextSymmetric(bound: Double) -> Float {
        Float((2 * nextUnitDouble() - 1) * bound)
    }
}
