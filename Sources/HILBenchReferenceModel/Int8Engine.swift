/// Runs a network in symmetric int8: `Int8` weights (per output channel) and activations (per tensor),
/// `Int32` accumulators, fixed-point requantization between layers and `Int32` logits.
final class Int8Engine {
    private enum Layer {
        case conv(ConvGeometry, weights: Buffer<Int8>, bias: Buffer<Int32>, multipliers: Buffer<FixedPointMultiplier>)
        case globalAveragePool(positions: Int, channels: Int, multiplier: FixedPointMultiplier)
        case dense(inFeatures: Int, outFeatures: Int, weights: Buffer<Int8>, bias: Buffer<Int32>)
    }

    let calibration: Int8Calibration
    private let plan: NetworkPlan
    private let batch: Int
    private let layers: [Layer]
    /// The input of every image, NHWC, quantized with `calibration.inputScale`.
    private let input: Buffer<Int8>
    /// Output of each layer but the last for every image (the dense layer writes `logits`).
    private let activations: [Buffer<Int8>]
    private let logits: Buffer<Int32>
    /// Scale of each logit: dense input scale × that output's weight scale.
    private let logitScales: [Float]
    private let accumulators: Buffer<Int32>

    init(plan: NetworkPlan, weights master: ReferenceWeights, batch: Int) {
        let calibration = Int8Calibration(plan: plan, weights: master)
        self.calibration = calibration
        self.plan = plan
        self.batch = batch
        var layers: [Layer] = []
        var logitScales: [Float] = []
        var inputScale = calibration.inputScale
        for (index, planned) in plan.layers.enumerated() {
            let outputScale = calibration.outputScales[index]
            switch planned {
            case let .conv(geometry):
                let quantized = Self.quantize(master.layers[index]!, inputScale: inputScale)
                let multipliers = quantized.weightScales.map {
                    FixedPointMultiplier(Double(inputScale) * Double($0) / Double(outputScale))
                }
                layers.append(
                    .conv(geometry, weights: quantized.weights, bias: quantized.bias, multipliers: Buffer(multipliers)))
            case let .globalAveragePool(positions, channels):
                let multiplier = FixedPointMultiplier(Double(inputScale) / (Double(positions) * Double(outputScale)))
                layers.append(.globalAveragePool(positions: positions, channels: channels, multiplier: multiplier))
            case let .dense(inFeatures, outFeatures):
                let quantized = Self.quantize(master.layers[index]!, inputScale: inputScale)
                logitScales = quantized.weightScales.map { inputScale * $0 }
                layers.append(
                    .dense(
                        inFeatures: inFeatures, outFeatures: outFeatures, weights: quantized.weights,
                        bias: quantized.bias))
            }
            inputScale = outputScale
        }
        self.layers = layers
        self.logitScales = logitScales
        input = Buffer(count: batch * plan.inputCount, repeating: 0)
        activations = plan.layers.dropLast().map { Buffer(count: batch * $0.outputCount, repeating: 0) }
        logits = Buffer(count: batch * plan.outputCount, repeating: 0)
        let widest =
            plan.layers.map { layer in
                switch layer {
                case let .conv(geometry): geometry.outChannels
                case let .globalAveragePool(_, channels): channels
                case let .dense(_, outFeatures): outFeatures
                }
            }.max() ?? 0
        accumulators = Buffer(count: widest, repeating: 0)
    }

    /// Per-output-channel symmetric weights and `Int32` biases at scale `inputScale · weightScale`.
    private static func quantize(
        _ layer: LayerWeights, inputScale: Float
    ) -> (weights: Buffer<Int8>, bias: Buffer<Int32>, weightScales: [Float]) {
        let scales = (0..<layer.outChannels).map {
            Int8Calibration.scale(maximum: layer.maxAbsoluteWeight(channel: $0))
        }
        let weights = layer.weights.indices.map { index in
            Int8Calibration.quantize(layer.weights[index], scale: scales[index % layer.outChannels])
        }
        let bias = layer.bias.indices.map { channel -> Int32 in
            let scaled = (Double(layer.bias[channel]) / (Double(inputScale) * Double(scales[channel]))).rounded()
            return Int32(min(max(scaled, -0x1p30), 0x1p30))
        }
        return (Buffer(weights), Buffer(bias), scales)
    }

    /// Quantizes NCHW `Float` values of the whole batch with the calibrated input scale, stored NHWC.
    func loadInput(_ nchw: UnsafePointer<Float>) {
        let channels = plan.inputChannels
        let positions = plan.inputHeight * plan.inputWidth
        let scale = calibration.inputScale
        let destination = input.pointer
        for image in 0..<batch {
            let base = image * plan.inputCount
            for channel in 0..<channels {
                for position in 0..<positions {
                    destination[base + position * channels + channel] =
                        Int8Calibration.quantize(nchw[base + channel * positions + position], scale: scale)
                }
            }
        }
    }

    /// One inference over the batch.
    func run() {
        for image in 0..<batch {
            var source = UnsafePointer(input.pointer + image * plan.inputCount)
            for index in 0..<layers.count {
                switch layers[index] {
                case let .conv(geometry, weights, bias, multipliers):
                    let destination = activations[index].pointer + image * geometry.outputCount
                    Int8Kernels.conv(
                        geometry, input: source, weights: weights.pointer, bias: bias.pointer,
                        multipliers: multipliers.pointer, accumulators: accumulators.pointer, output: destination
                    )
                    source = UnsafePointer(destination)
                case let .globalAveragePool(positions, channels, multiplier):
                    let destination = activations[index].pointer + image * channels
                    Int8Kernels.globalAveragePool(
                        positions: positions, channels: channels, multiplier: multiplier, input: source,
                        accumulators: accumulators.pointer, output: destination
                    )
                    source = UnsafePointer(destination)
                case let .dense(inFeatures, outFeatures, weights, bias):
                    Int8Kernels.dense(
                        inFeatures: inFeatures, outFeatures: outFeatures, input: source, weights: weights.pointer,
                        bias: bias.pointer, output: logits.pointer + image * outFeatures
                    )
                }
            }
        }
    }

    /// The `Int32` logits of the last run, dequantized to `Float`.
    func output() -> [Float] {
        (0..<logits.count).map { Float(logits.pointer[$0]) * logitScales[$0 % logitScales.count] }
    }
}
