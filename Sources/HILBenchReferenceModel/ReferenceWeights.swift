/// The fp32 weights of one convolution or dense layer, packed for the kernels.
///
/// Packing puts the output channel innermost — conv `[kh][kw][inChannel][outChannel]`, dense
/// `[inFeature][outFeature]` — so the innermost kernel loop runs over contiguous memory.
struct LayerWeights: Sendable {
    /// Packed weights, `fanIn × outChannels` values.
    let weights: [Float]
    let bias: [Float]
    let outChannels: Int
    /// Inputs per output: `kernel × kernel × inChannels` for a convolution, `inFeatures` for dense.
    let fanIn: Int

    /// Largest absolute weight feeding output channel `channel` (for per-channel int8 scales).
    func maxAbsoluteWeight(channel: Int) -> Float {
        var result: Float = 0
        for row in 0..<fanIn { result = max(result, abs(weights[row * outChannels + channel])) }
        return result
    }
}

/// The master fp32 weights of a network; the fp16 and int8 engines derive theirs from these.
///
/// Generation, reproducible outside Swift: one SplitMix64 stream seeded with the spec's seed; for each
/// convolution or dense layer in order, first the weights in PyTorch order (`[out][in][kh][kw]`, dense
/// `[out][in]`), each `(2u − 1)·√(6 / fanIn)` (He/Kaiming uniform for ReLU), then the biases, each
/// `(2u − 1)/√fanIn` (PyTorch's default bias init), where `u = (next() >> 11) · 2⁻⁵³`; rounded to `Float`.
struct ReferenceWeights: Sendable {
    /// One entry per planned layer; `nil` for pooling.
    let layers: [LayerWeights?]

    init(plan: NetworkPlan, seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        layers = plan.layers.map { layer -> LayerWeights? in
            switch layer {
            case let .conv(geometry):
                let kernel = geometry.kernel
                let inChannels = geometry.inChannels
                let outChannels = geometry.outChannels
                let fanIn = kernel * kernel * inChannels
                let bound = (6 / Double(fanIn)).squareRoot()
                var packed = [Float](repeating: 0, count: fanIn * outChannels)
                for oc in 0..<outChannels {
                    for ic in 0..<inChannels {
                        for kh in 0..<kernel {
                            for kw in 0..<kernel {
                                let row = (kh * kernel + kw) * inChannels + ic
                                packed[row * outChannels + oc] = generator.nextSymmetric(bound: bound)
                            }
                        }
                    }
                }
                let biasBound = 1 / Double(fanIn).squareRoot()
                let bias = (0..<outChannels).map { _ in generator.nextSymmetric(bound: biasBound) }
                return LayerWeights(weights: packed, bias: bias, outChannels: outChannels, fanIn: fanIn)
            case .globalAveragePool:
                return nil
            case let .dense(inFeatures, outFeatures):
                let bound = (6 / Double(inFeatures)).squareRoot()
                var packed = [Float](repeating: 0, count: inFeatures * outFeatures)
                for output in 0..<outFeatures {
                    for input in 0..<inFeatures {
                        packed[input * outFeatures + output] = generator.nextSymmetric(bound: bound)
                    }
                }
                let biasBound = 1 / Double(inFeatures).squareRoot()
                let bias = (0..<outFeatures).map { _ in generator.nextSymmetric(bound: biasBound) }
                return LayerWeights(weights: packed, bias: bias, outChannels: outFeatures, fanIn: inFeatures)
            }
        }
    }
}
