/// Seeded network inputs, identical for every precision.
enum ReferenceInput {
    /// Fills `count` values with uniform [0, 1) draws of `SplitMix64(seed)`, in NCHW order for the
    /// whole batch, so image 0 of a batch equals the single-image input of the same seed.
    static func fill(_ destination: UnsafeMutablePointer<Float>, count: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for index in 0..<count { destination[index] = generator.nextUnitFloat() }
    }
}
