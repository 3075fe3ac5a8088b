extension CaseResult.Failure {
    /// A failure's kind: the known words as constants, any other word (a runner's own error code) kept as written.
    /// Stored and printed as its raw string.
    public struct Kind: RawRepresentable, Sendable, Codable, Hashable, ExpressibleByStringLiteral,
        CustomStringConvertible
    {
        public var rawValue: String

        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        public var description: String { rawValue }

        /// The case could not run here (runtime missing, no artifact for the precision).
        public static let skipped: Kind = "skipped"
        public static let runtimeUnavailable: Kind = "runtime_unavailable"
        public static let artifactMismatch: Kind = "artifact_mismatch"
        public static let artifactMissing: Kind = "artifact_missing"
        /// The runner died or closed its output.
        public static let crash: Kind = "crash"
        public static let timeout: Kind = "timeout"
        /// The runner said something the protocol does not allow.
        public static let `protocol`: Kind = "protocol"
        public static let spawn: Kind = "spawn"
        public static let cancelled: Kind = "cancelled"
        public static let unsupported: Kind = "unsupported"
        public static let badRequest: Kind = "bad_request"
        public static let boardBusy: Kind = "board_busy"
        /// The board's link failed during the case.
        public static let transport: Kind = "transport"
        public static let unreachable: Kind = "unreachable"
        /// The meter failed; the measurements stand, the energy figure is missing.
        public static let meter: Kind = "meter"
        public static let marker: Kind = "marker"
    }
}
