/// Geometry of one convolution for one image; activations are stored NHWC (channels innermost).
struct ConvGeometry: Sendable, Hashable {
    let inHeight: Int
    let inWidth: Int
    let inChannels: Int
    let outHeight: Int
    let outWidth: Int
    let outChannels: Int
    let kernel: Int
    let stride: Int
    let padding: Int
    let relu: Bool

    var inputCount: Int { inHeight * inWidth * inChannels }
    var outputCount: Int { outHeight * outWidth * outChannels }
    /// Multiply-accumulates, counting the zero-padding taps a dense im2col GEMM would do as well.
    var macs: Int { outHeight * outWidth * outChannels * inChannels * kernel * kernel }
}

/// A layer with every shape resolved for one image.
enum PlannedLayer: Sendable, Hashable {
    case conv(ConvGeometry)
    case globalAveragePool(positions: Int, channels: Int)
    case dense(inFeatures: Int, outFeatures: Int)

    /// Elements the layer writes per image.
    var outputCount: Int {
        switch self {
        case let .conv(geometry): geometry.outputCount
        case let .globalAveragePool(_, channels): channels
        case let .dense(_, outFeatures): outFeatures
        }
    }

    /// Multiply-accumulates per image. Pooling adds but does not multiply, so it counts zero.
    var macs: Int {
        switch self {
        case let .conv(geometry): geometry.macs
        case .globalAveragePool: 0
        case let .dense(inFeatures, outFeatures): inFeatures * outFeatures
        }
    }
}

/// The resolved shapes of a ``ReferenceNetworkSpec``, shared by the three precision engines.
struct NetworkPlan: Sendable, Hashable {
    let inputChannels: Int
    let inputHeight: Int
    let inputWidth: Int
    let layers: [PlannedLayer]

    var inputCount: Int { inputChannels * inputHeight * inputWidth }
    var outputCount: Int { layers[layers.count - 1].outputCount }
    var macs: Int { layers.reduce(0) { $0 + $1.macs } }

    /// Resolves shapes layer by layer. Specs are built in, so an inconsistent one is a programming error.
    init(inputShape: [Int], layers: [ReferenceLayer]) {
        precondition(inputShape.count == 4 && inputShape[0] == 1, "reference input shape must be [1, C, H, W]")
        inputChannels = inputShape[1]
        inputHeight = inputShape[2]
        inputWidth = inputShape[3]
        var channels = inputChannels
        var height = inputHeight
        var width = inputWidth
        var spatial = true
        var planned: [PlannedLayer] = []
        for (index, layer) in layers.enumerated() {
            switch layer {
            case let .conv2d(inChannels, outChannels, kernel, stride, padding, relu):
                precondition(spatial && inChannels == channels, "layer \(index) (\(layer)) does not fit its input")
                let geometry = ConvGeometry(
                    inHeight: height, inWidth: width, inChannels: inChannels,
                    outHeight: (height + 2 * padding - kernel) / stride + 1,
                    outWidth: (width + 2 * padding - kernel) / stride + 1,
                    outChannels: outChannels, kernel: kernel, stride: stride, padding: padding, relu: relu
                )
                precondition(geometry.outHeight > 0 && geometry.outWidth > 0, "layer \(index) has no output")
                planned.append(.conv(geometry))
                (channels, height, width) = (outChannels, geometry.outHeight, geometry.outWidth)
            case .globalAveragePool:
                precondition(spatial, "layer \(index): pooling needs a spatial input")
                planned.append(.globalAveragePool(positions: height * width, channels: channels))
                spatial = false
            case let .dense(inFeatures, outFeatures):
                precondition(!spatial && inFeatures == channels, "layer \(index) (\(layer)) does not fit its input")
                precondition(index == layers.count - 1, "a dense layer produces the logits and must come last")
                planned.append(.dense(inFeatures: inFeatures, outFeatures: outFeatures))
                channels = outFeatures
            }
        }
        if case .dense = planned.last {} else { preconditionFailure("a reference network ends in a dense layer") }
        self.layers = planned
    }
}
