/// One model input as the runner built it for a case, stored with the result so that a figure can be traced to the
/// exact data it was measured on.
public struct ResolvedInput: Sendable, Codable, Equatable {
    public var name: String
    public var dtype: String
    public var shape: [Int]
    /// `seeded` (the generator, floats only), `value` (`inputs.values` in the suite) or `npy` (`inputs.npy`).
    public var source: String
    /// sha256 of the input's raw bytes (C order, the dtype's native width).
    public var sha256: String
    /// The values of a small input (≤ 16 elements, e.g. a sample rate), for reading the report.
    public var values: [Double]?

    public init(name: String, dtype: String, shape: [Int], source: String, sha256: String, values: [Double]? = nil) {
        self.name = name
        self.dtype = dtype
        self.shape = shape
        self.source = source
        self.sha256 = sha256
        self.values = values
    }
}
