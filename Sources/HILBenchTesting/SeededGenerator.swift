import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator, so fuzz inputs, fixtures and kill moments are
/// the same on every run and a failure can be replayed from its seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    public mutating func byte() -> UInt8 { UInt8.random(in: 0...255, using: &self) }
    /// One of `values` (not empty).
    public mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }
    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// A standard normal draw (Box–Muller).
    public mutating func gaussian() -> Double {
        let u = max(unit(), 1e-12)
        let v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
