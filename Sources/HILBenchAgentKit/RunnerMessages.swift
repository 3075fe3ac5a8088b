import HILBenchCore

/// A request to a runner (see docs/runner-protocol.md).
struct RunnerRequest: Encodable {
    struct Inputs: Encodable {
        var seed: UInt64
        var shapes: [String: [Int]]
        var npy: [String: String]
        var values: [String: OptionValue]
        var floatRange: [Double]?

        enum CodingKeys: String, CodingKey {
            case seed, shapes, npy, values
            case floatRange = "float_range"
        }
    }

    var op: String
    var model: String?
    var precision: String?
    var threads: Int?
    var batch: Int?
    var options: [String: OptionValue]?
    var inputs: Inputs?
    var iterations: Int?
    var maxValues: Int?
    /// `measure` only: the simulated marker's wire file; the runner appends both edges of each timed inference to it.
    var markerWire: String?

    enum CodingKeys: String, CodingKey {
        case op, model, precision, threads, batch, options, inputs, iterations
        case maxValues = "max_values"
        case markerWire = "marker_wire"
    }

    static func load(_ spec: CaseSpec) -> RunnerRequest {
        RunnerRequest(
            op: "load", model: spec.model, precision: spec.key.precision.rawValue, threads: spec.key.threads,
            batch: spec.key.batch, options: spec.options,
            inputs: Inputs(
                seed: spec.inputs.seed, shapes: spec.inputs.shapes, npy: spec.inputs.npy, values: spec.inputs.values,
                floatRange: spec.inputs.floatRange))
    }
    static func warmup(_ n: Int) -> RunnerRequest { RunnerRequest(op: "warmup", iterations: n) }
    static func measure(_ n: Int, markerWire: String? = nil) -> RunnerRequest {
        RunnerRequest(op: "measure", iterations: n, markerWire: markerWire)
    }
    static func outputs(max: Int) -> RunnerRequest { RunnerRequest(op: "outputs", maxValues: max) }
    static let exit = RunnerRequest(op: "exit")
}

/// A tensor as a runner describes it (signature in `loaded`, values in `outputs`).
struct RunnerTensor: Codable {
    var name: String
    var dtype: String
    var shape: [Int?]
    var sha256: String?
    var values: [Double]?
    var truncated: Bool?
    /// `loaded` inputs: `seeded`, `value` or `npy`.
    var source: String?
}

/// What a runner says its runtime computed in (`loaded`): the value in the runtime's words and where it read it.
struct RunnerEffectivePrecision: Decodable {
    var value: String?
    var source: String?
}

/// Any reply from a runner; which fields are set depends on `op`.
struct RunnerReply: Decodable {
    var op: String
    var code: String?
    var message: String?
    var `protocol`: Int?
    var runner: String?
    var runtimeVersion: String?
    var loadNs: Int64?
    var runtime: String?
    var provider: String?
    var threads: Int?
    var inputs: [RunnerTensor]?
    var outputs: [RunnerTensor]?
    var latenciesNs: [Int64]?
    var beginNs: Int64?
    var endNs: Int64?
    /// `hello`: optional features, e.g. `marker_wire` (toggles a simulated marker around each timed inference).
    var capabilities: [String]?
    /// `measured` after a `marker_wire` request: rise and fall of each timed inference, in order (2 per iteration).
    var markerEdgesNs: [Int64]?
    /// `loaded`: the precision the runtime runs at, where the runner can tell.
    var effectivePrecision: RunnerEffectivePrecision?
    /// `error`: the input the failure concerns, where the runner knows it.
    var input: String?

    enum CodingKeys: String, CodingKey {
        case op, code, message, `protocol`, runner, runtime, provider, threads, inputs, outputs, capabilities, input
        case effectivePrecision = "effective_precision"
        case markerEdgesNs = "marker_edges_ns"
        case runtimeVersion = "runtime_version"
        case loadNs = "load_ns"
        case latenciesNs = "latencies_ns"
        case beginNs = "begin_ns"
        case endNs = "end_ns"
    }
}
