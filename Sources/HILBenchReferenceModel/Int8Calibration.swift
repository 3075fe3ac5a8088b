/// Per-tensor activation scales for int8, measured by running the fp32 network on seeded inputs.
///
/// Each scale is `max|x| / 127` over the calibration runs (symmetric, zero point 0). Post-ReLU tensors
/// are non-negative, so they use 0…127 and give up the sign bit: the simple scheme, not the most precise.
struct Int8Calibration: Sendable {
    /// Seeds of the calibration inputs; uniform [0, 1) noise like the benchmark inputs, but other seeds.
    static let seeds: [UInt64] = (0..<8).map { 0xCA11_B8A7_E000 + $0 }

    let inputScale: Float
    /// Scale of each layer's output tensor; unused for the final dense layer, whose logits stay `Int32`.
    let outputScales: [Float]

    init(plan: NetworkPlan, weights: ReferenceWeights) {
        let engine = FloatingPointEngine<Float32Kernels>(plan: plan, weights: weights, batch: 1)
        let staged = Buffer<Float>(count: plan.inputCount, repeating: 0)
        var inputMaximum: Float = 0
        var maxima = [Float](repeating: 0, count: plan.layers.count)
        for seed in Self.seeds {
            ReferenceInput.fill(staged.pointer, count: staged.count, seed: seed)
            engine.loadInput(staged.pointer)
            engine.run()
            inputMaximum = max(inputMaximum, engine.maxAbsoluteInput())
            for index in maxima.indices {
                maxima[index] = max(maxima[index], engine.maxAbsoluteActivation(layer: index))
            }
        }
        inputScale = Self.scale(maximum: inputMaximum)
        outputScales = maxima.map(Self.scale(maximum:))
    }

    static func scale(maximum: Float) -> Float { maximum > 0 ? maximum / 127 : 1 }

    /// Rounds `value / scale` to the nearest integer and clamps it to the symmetric int8 range.
    static func quantize(_ value: Float, scale: Float) -> Int8 {
        Int8(min(max((value / scale).rounded(), -127), 127))
    }
}
