import Foundation

/// The xoshiro256** pseudo-random generator (Blackman & Vigna 2018), seeded through SplitMix64.
///
/// Every random choice in this module (bootstrap resamples, permutation tests, pivots) comes from this
/// generator and from the bounded-integer and unit-interval helpers below, never from the system
/// generator or from `Int.random(in:)`, so a given seed gives bit-identical results on every platform.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the 256-bit state from a 64-bit seed with SplitMix64, as the authors recommend.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = nextSplitMix()
        s1 = nextSplitMix()
        s2 = nextSplitMix()
        s3 = nextSplitMix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` without modulo bias (Lemire's multiply-and-reject method).
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal variate (Box–Muller; uses two uniforms per call, no cached state).
    public mutating func nextGaussian() -> Double {
        let u1 = 1.0 - nextUnit()  // (0, 1]
        let u2 = nextUnit()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    /// Fisher–Yates shuffle of `buffer` in place using this generator.
    public mutating func shuffle(_ buffer: inout [Double]) {
        var i = buffer.count
        while i > 1 {
            let j = nextIndex(below: i)
            i -= 1
            buffer.swapAt(i, j)
        }
    }

    func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
