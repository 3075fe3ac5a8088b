/// One layer of a reference network, in the order the network applies them.
public enum ReferenceLayer: Sendable, Hashable, CustomStringConvertible {
    /// 2-D convolution over a square `kernel`×`kernel` window with zero padding, optionally followed by ReLU.
    case conv2d(inChannels: Int, outChannels: Int, kernel: Int, stride: Int, padding: Int, relu: Bool)
    /// Mean over all spatial positions of each channel: `[C, H, W]` → `[C]`.
    case globalAveragePool
    /// Fully connected layer `[inFeatures]` → `[outFeatures]` (the logits; always the last layer).
    case dense(inFeatures: Int, outFeatures: Int)

    public var description: String {
        switch self {
        case let .conv2d(inChannels, outChannels, kernel, stride, padding, relu):
            "Conv \(inChannels)→\(outChannels) \(kernel)×\(kernel) stride \(stride) pad \(padding)"
                + (relu ? " + ReLU" : "")
        case .globalAveragePool:
            "GlobalAveragePool"
        case let .dense(inFeatures, outFeatures):
            "FC \(inFeatures)→\(outFeatures)"
        }
    }

    /// Number of weights plus biases.
    public var parameterCount: Int {
        switch self {
        case let .conv2d(inChannels, outChannels, kernel, _, _, _):
            outChannels * inChannels * kernel * kernel + outChannels
        case .globalAveragePool:
            0
        case let .dense(inFeatures, outFeatures):
            inFeatures * outFeatures + outFeatures
        }
    }
}
