/// The numeric precision a ``ReferenceNetwork`` computes in.
///
/// Each precision is a separate implementation whose arithmetic happens in its own type, so the three
/// differ in real work, not only in how the result is rounded at the end.
public enum ReferencePrecision: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `Float` weights and activations, `Float` arithmetic.
    case fp32
    /// `Float16` weights and activations, `Float16` arithmetic (every add and multiply rounds to half).
    ///
    /// On x86_64 without F16C code generation every `Float16` operation goes through the
    /// `__extendhfsf2`/`__truncsfhf2` runtime calls, so this precision is much slower than fp32 there;
    /// on AArch64 the conversions are single instructions.
    case fp16
    /// Symmetric int8: per-output-channel `Int8` weights, per-tensor `Int8` activations calibrated on
    /// fp32 runs, `Int32` accumulation and fixed-point requantization; the logits stay `Int32`.
    case int8

    public var description: String { rawValue }
}
