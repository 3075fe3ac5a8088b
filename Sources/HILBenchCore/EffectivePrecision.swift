import Foundation

/// What precision a case really ran at, next to the one it asked for: what the runtime said it computed in
/// (OpenVINO's `inference_precision`, LiteRT's delegate, ONNX Runtime's execution provider) and what the artifact
/// holds (as the suite declares it). A disagreement is a flag, never a silent relabel.
public struct EffectivePrecision: Sendable, Codable, Equatable {
    /// The precision of the case (the suite's label).
    public var requested: Precision
    /// What the runtime computed in, in its own words (`f32`, `bf16`, `f16`); nil when it does not tell.
    public var runtime: String?
    /// Where `runtime` came from: `inference_precision`, `delegate`, `execution_provider`.
    public var runtimeSource: String?
    /// What the artifact holds, as the suite declares it (`artifacts.fp16.holds: fp32`); nil: not declared.
    public var artifact: Precision?
    /// `runtime_precision_mismatch` (asked fp16, ran bf16), `artifact_precision_mismatch` (the file is not what its
    /// precision says). Empty: the case ran what it says.
    public var flags: [String]
    /// The mismatch in words, for reports.
    public var note: String?

    public init(requested: Precision, runtime: String? = nil, runtimeSource: String? = nil, artifact: Precision? = nil)
    {
        self.requested = requested
        self.runtime = runtime
        self.runtimeSource = runtimeSource
        self.artifact = artifact
        self.flags = []
        var notes: [String] = []
        if let runtime, let normalized = Self.normalize(runtime), Self.mismatch(requested: requested, ran: normalized) {
            flags.append(Self.runtimeMismatchFlag)
            notes.append(
                "asked \(requested.rawValue), the runtime ran \(normalized) (\(runtimeSource ?? "reported"): \(runtime))"
            )
        }
        if let artifact, artifact != requested {
            flags.append(Self.artifactMismatchFlag)
            notes.append("the \(requested.rawValue) artifact holds \(artifact.rawValue) (declared in the suite)")
        }
        note = notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    public static let runtimeMismatchFlag = "runtime_precision_mismatch"
    public static let artifactMismatchFlag = "artifact_precision_mismatch"

    /// `fp32`, `fp16`, `bf16`, `int8` from a runtime's spelling (`f32`, `FP16`, `float16`, `i8`); nil when unknown.
    public static func normalize(_ text: String) -> String? {
        switch text.lowercased().replacingOccurrences(of: "<type: '", with: "").replacingOccurrences(of: "'>", with: "")
        {
        case "f32", "fp32", "float32", "float": "fp32"
        case "f16", "fp16", "float16", "half": "fp16"
        case "bf16", "bfloat16": "bf16"
        case "i8", "u8", "int8", "uint8", "qint8", "quint8": "int8"
        default: nil
        }
    }

    /// Float math that is not the asked float precision is a mismatch. An int8 model's float parts run in the
    /// runtime's float precision by design, so a float `runtime` says nothing against int8.
    static func mismatch(requested: Precision, ran: String) -> Bool {
        switch requested {
        case .fp32, .fp16: ran != requested.rawValue
        case .int8: false
        }
    }
}

extension CaseResult {
    /// The effective precision in one short phrase for tables: `fp16` when it ran what it asked, else
    /// `fp16 → bf16 ⚠` (runtime) or `fp16 (holds fp32) ⚠` (artifact).
    public var precisionLabel: String {
        guard let effective = effectivePrecision, !effective.flags.isEmpty else { return key.precision.rawValue }
        var text = key.precision.rawValue
        if effective.flags.contains(EffectivePrecision.runtimeMismatchFlag),
            let ran = effective.runtime.flatMap(EffectivePrecision.normalize)
        {
            text += " → \(ran)"
        }
        if let artifact = effective.artifact, effective.flags.contains(EffectivePrecision.artifactMismatchFlag) {
            text += " (holds \(artifact.rawValue))"
        }
        return text + " ⚠"
    }
}
