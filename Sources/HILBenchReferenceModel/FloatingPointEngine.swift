/// The kernels of one floating-point precision, written out for a concrete `Scalar`.
///
/// The hot loops are not generic on purpose: debug (`-Onone`) builds do not specialise generics, and a
/// generic inner loop would make every add and multiply a witness-table call.
protocol FloatingPointKernels {
    associatedtype Scalar: BinaryFloatingPoint & BitwiseCopyable

    static func scalar(_ value: Float) -> Scalar
    static func float(_ value: Scalar) -> Float
    static func conv(
        _ geometry: ConvGeometry, input: UnsafePointer<Scalar>, weights: UnsafePointer<Scalar>,
        bias: UnsafePointer<Scalar>, output: UnsafeMutablePointer<Scalar>
    )
    static func globalAveragePool(
        positions: Int, channels: Int, input: UnsafePointer<Scalar>, output: UnsafeMutablePointer<Scalar>
    )
    static func dense(
        inFeatures: Int, outFeatures: Int, input: UnsafePointer<Scalar>, weights: UnsafePointer<Scalar>,
        bias: UnsafePointer<Scalar>, output: UnsafeMutablePointer<Scalar>
    )
}

/// Runs a network in one floating-point type: weights, activations and arithmetic all in `Scalar`.
final class FloatingPointEngine<Kernels: FloatingPointKernels> {
    typealias Scalar = Kernels.Scalar

    private let plan: NetworkPlan
    private let batch: Int
    /// The input of every image, NHWC.
    private let input: Buffer<Scalar>
    /// Output of each layer for every image, NHWC for convolutions.
    private let activations: [Buffer<Scalar>]
    /// Packed weights and biases per layer; empty for pooling.
    private let weights: [Buffer<Scalar>]
    private let biases: [Buffer<Scalar>]

    init(plan: NetworkPlan, weights master: ReferenceWeights, batch: Int) {
        self.plan = plan
        self.batch = batch
        input = Buffer(count: batch * plan.inputCount, repeating: 0)
        activations = plan.layers.map { Buffer(count: batch * $0.outputCount, repeating: 0) }
        weights = master.layers.map { Buffer(($0?.weights ?? []).map(Kernels.scalar)) }
        biases = master.layers.map { Buffer(($0?.bias ?? []).map(Kernels.scalar)) }
    }

    /// Converts NCHW `Float` values of the whole batch to `Scalar` and stores them NHWC.
    func loadInput(_ nchw: UnsafePointer<Float>) {
        let channels = plan.inputChannels
        let positions = plan.inputHeight * plan.inputWidth
        let destination = input.pointer
        for image in 0..<batch {
            let base = image * plan.inputCount
            for channel in 0..<channels {
                for position in 0..<positions {
                    destination[base + position * channels + channel] =
                        Kernels.scalar(nchw[base + channel * positions + position])
                }
            }
        }
    }

    /// One inference over the batch.
    func run() {
        for image in 0..<batch {
            var source = UnsafePointer(input.pointer + image * plan.inputCount)
            for index in 0..<plan.layers.count {
                let layer = plan.layers[index]
                let destination = activations[index].pointer + image * layer.outputCount
                switch layer {
                case let .conv(geometry):
                    Kernels.conv(
                        geometry, input: source, weights: weights[index].pointer, bias: biases[index].pointer,
                        output: destination
                    )
                case let .globalAveragePool(positions, channels):
                    Kernels.globalAveragePool(
                        positions: positions, channels: channels, input: source, output: destination)
                case let .dense(inFeatures, outFeatures):
                    Kernels.dense(
                        inFeatures: inFeatures, outFeatures: outFeatures, input: source,
                        weights: weights[index].pointer, bias: biases[index].pointer, output: destination
                    )
                }
                source = UnsafePointer(destination)
            }
        }
    }

    /// The logits of the last run, converted to `Float`.
    func output() -> [Float] {
        let logits = activations[activations.count - 1]
        return (0..<logits.count).map { Kernels.float(logits.pointer[$0]) }
    }

    /// Largest absolute value layer `index` wrote in the last run (for int8 calibration).
    func maxAbsoluteActivation(layer index: Int) -> Float {
        let buffer = activations[index]
        var result: Float = 0
        for offset in 0..<buffer.count { result = max(result, abs(Kernels.float(buffer.pointer[offset]))) }
        return result
    }

    /// Largest absolute input value currently loaded.
    func maxAbsoluteInput() -> Float {
        var result: Float = 0
        for offset in 0..<input.count { result = max(result, abs(Kernels.float(input.pointer[offset]))) }
        return result
    }
}
