/// The description of a built-in reference network: its input, its layers and the seed of its weights.
public struct ReferenceNetworkSpec: Sendable, Hashable, CustomStringConvertible {
    /// The built-in name, e.g. `tinycnn`.
    public let name: String
    /// Input shape of one image, NCHW: `[1, channels, height, width]`.
    public let inputShape: [Int]
    /// The layers in execution order.
    public let layers: [ReferenceLayer]
    /// Seed of the weight generator; the fp16 and int8 weights derive from the same fp32 weights.
    public let seed: UInt64

    let plan: NetworkPlan

    init(name: String, inputShape: [Int], layers: [ReferenceLayer], seed: UInt64) {
        self.name = name
        self.inputShape = inputShape
        self.layers = layers
        self.seed = seed
        plan = NetworkPlan(inputShape: inputShape, layers: layers)
    }

    /// Names accepted by ``builtin(named:seed:)`` and ``ReferenceNetwork/init(name:precision:batch:seed:)``.
    public static let builtinNames: [String] = ["tinycnn"]

    /// The built-in network called `name`.
    public static func builtin(named name: String, seed: UInt64 = 42) throws(ReferenceModelError) -> Self {
        switch name {
        case "tinycnn":
            return tinycnn(seed: seed)
        default:
            throw ReferenceModelError(
                .unknownNetwork,
                "unknown reference network \"\(name)\"; built-in networks: \(builtinNames.joined(separator: ", "))"
            )
        }
    }

    /// `tinycnn`: [1,3,32,32] → Conv 3→16 s1 → Conv 16→32 s2 → Conv 32→32 s2 (3×3, pad 1, ReLU each)
    /// → global average pool → FC 32→10. About 2.2 M MACs and 14.7 k parameters per image.
    public static func tinycnn(seed: UInt64 = 42) -> Self {
        Self(
            name: "tinycnn",
            inputShape: [1, 3, 32, 32],
            layers: [
                .conv2d(inChannels: 3, outChannels: 16, kernel: 3, stride: 1, padding: 1, relu: true),
                .conv2d(inChannels: 16, outChannels: 32, kernel: 3, stride: 2, padding: 1, relu: true),
                .conv2d(inChannels: 32, outChannels: 32, kernel: 3, stride: 2, padding: 1, relu: true),
                .globalAveragePool,
                .dense(inFeatures: 32, outFeatures: 10),
            ],
            seed: seed
        )
    }

    /// Output shape of one image: `[1, classes]`.
    public var outputShape: [Int] { [1, plan.outputCount] }
    /// Number of weights plus biases.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    /// Multiply-accumulates of the convolutions and the dense layer for one image (pooling counts zero).
    public var macsPerImage: Int { plan.macs }

    public var description: String {
        let shape = inputShape.map(String.init).joined(separator: "×")
        return "\(name) (input \(shape), seed \(seed)): " + layers.map(\.description).joined(separator: " → ")
    }
}
