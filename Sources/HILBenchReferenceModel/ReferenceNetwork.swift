/// A built-in CNN with seeded weights that runs without any runtime, in fp32, fp16 or int8.
///
/// The reference runner's model: every precision is its own implementation (see ``ReferencePrecision``),
/// all derived from the same fp32 weights. Buffers are allocated in `init`; ``infer()`` only computes.
///
/// ```swift
/// let network = try ReferenceNetwork(name: "tinycnn", precision: .int8)
/// network.setInput(seed: 1234)
/// network.infer()
/// let logits = network.output()  // 10 values
/// ```
///
/// Not thread-safe: one network belongs to one thread (or one actor) at a time.
public final class ReferenceNetwork {
    private enum Engine {
        case fp32(FloatingPointEngine<Float32Kernels>)
        case fp16(FloatingPointEngine<Float16Kernels>)
        case int8(Int8Engine)
    }

    /// Names accepted by ``init(name:precision:batch:seed:)``.
    public static let builtinNames: [String] = ReferenceNetworkSpec.builtinNames
    /// Largest accepted batch size.
    public static let maximumBatch = 1024

    /// The network's description, including the weight seed.
    public let spec: ReferenceNetworkSpec
    public let precision: ReferencePrecision
    public let batch: Int

    private let engine: Engine
    /// The current input as `Float`, NCHW, kept so `setInput` never allocates.
    private let staged: Buffer<Float>

    /// Builds the network `name` with weights from `seed` and an all-zero input.
    ///
    /// For ``ReferencePrecision/int8`` this also calibrates the activation scales by running the fp32
    /// network on eight seeded inputs, so it takes a few fp32 inferences longer.
    public init(
        name: String, precision: ReferencePrecision, batch: Int = 1, seed: UInt64 = 42
    ) throws(ReferenceModelError) {
        guard (1...Self.maximumBatch).contains(batch) else {
            throw ReferenceModelError(.invalidBatch, "batch \(batch) is not in 1...\(Self.maximumBatch)")
        }
        spec = try ReferenceNetworkSpec.builtin(named: name, seed: seed)
        self.precision = precision
        self.batch = batch
        let weights = ReferenceWeights(plan: spec.plan, seed: seed)
        switch precision {
        case .fp32: engine = .fp32(FloatingPointEngine(plan: spec.plan, weights: weights, batch: batch))
        case .fp16: engine = .fp16(FloatingPointEngine(plan: spec.plan, weights: weights, batch: batch))
        case .int8: engine = .int8(Int8Engine(plan: spec.plan, weights: weights, batch: batch))
        }
        staged = Buffer(count: batch * spec.plan.inputCount, repeating: 0)
    }

    /// NCHW input shape: `[batch, channels, height, width]`.
    public var inputShape: [Int] { [batch] + spec.inputShape.dropFirst() }
    /// Logits shape: `[batch, classes]`.
    public var outputShape: [Int] { [batch, spec.plan.outputCount] }
    /// Number of weights plus biases (the same in every precision).
    public var parameterCount: Int { spec.parameterCount }
    /// Multiply-accumulates of one ``infer()`` call: the batch times ``ReferenceNetworkSpec/macsPerImage``.
    public var macsPerInference: Int { batch * spec.macsPerImage }

    /// Sets the input to uniform [0, 1) values from `seed`; the same values in every precision.
    ///
    /// Values are drawn in NCHW order over the whole batch, then converted to the precision's input type
    /// (`Float16`, or `Int8` with the calibrated scale). Does not allocate.
    public func setInput(seed: UInt64) {
        ReferenceInput.fill(staged.pointer, count: staged.count, seed: seed)
        loadStaged()
    }

    /// Sets the input to `values`, flattened NCHW with ``inputShape`` (e.g. read from a `.npy` file).
    public func setInput(_ values: [Float]) throws(ReferenceModelError) {
        guard values.count == staged.count else {
            let shape = inputShape.map(String.init).joined(separator: "×")
            throw ReferenceModelError(
                .invalidInput, "got \(values.count) input values, but input shape \(shape) needs \(staged.count)"
            )
        }
        values.withUnsafeBufferPointer { staged.pointer.update(from: $0.baseAddress!, count: staged.count) }
        loadStaged()
    }

    private func loadStaged() {
        switch engine {
        case let .fp32(engine): engine.loadInput(staged.pointer)
        case let .fp16(engine): engine.loadInput(staged.pointer)
        case let .int8(engine): engine.loadInput(staged.pointer)
        }
    }

    /// Runs one inference on the current input. Allocation-free.
    public func infer() {
        switch engine {
        case let .fp32(engine): engine.run()
        case let .fp16(engine): engine.run()
        case let .int8(engine): engine.run()
        }
    }

    /// The logits of the last ``infer()`` as `Float`, flattened `[batch, classes]`; zeros before the first.
    ///
    /// fp16 logits are widened exactly; int8 logits are `Int32` values times their scale.
    public func output() -> [Float] {
        switch engine {
        case let .fp32(engine): engine.output()
        case let .fp16(engine): engine.output()
        case let .int8(engine): engine.output()
        }
    }
}

@available(*, unavailable, message: "a ReferenceNetwork owns mutable buffers; use one per thread")
extension ReferenceNetwork: Sendable {}
