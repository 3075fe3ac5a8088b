/// A positive real requantization multiplier held as `m0 · 2^-shift` with `m0` a Q31 integer in
/// `[2^30, 2^31)`, applied with one 64-bit multiply and a rounding shift (the gemmlowp/TFLite scheme),
/// so int8 inference needs no floating point between the input and the logits.
struct FixedPointMultiplier: Sendable, Hashable, BitwiseCopyable {
    let m0: Int64
    let shift: Int64
    private let roundingBias: Int64

    /// `real` must be in `[2^-32, 2^30)`: a ratio of calibrated scales, far from either end in practice.
    init(_ real: Double) {
        precondition(real >= 0x1p-32 && real < 0x1p30, "requantization multiplier \(real) out of range")
        // real = q · 2^exponent with q in [0.5, 1)
        var exponent = Int64(real.exponent) + 1
        var m0 = Int64((real.significand * 0x1p30).rounded())
        if m0 == 1 << 31 {
            m0 = 1 << 30
            exponent += 1
        }
        self.m0 = m0
        shift = 31 - exponent
        precondition(shift >= 1 && shift <= 62, "requantization multiplier \(real) out of range")
        roundingBias = 1 << (shift - 1)
    }

    /// `round(accumulator · real)` (halves round up), computed in integers.
    func apply(_ accumulator: Int32) -> Int64 {
        (Int64(accumulator) &* m0 &+ roundingBias) &>> shift
    }
}
