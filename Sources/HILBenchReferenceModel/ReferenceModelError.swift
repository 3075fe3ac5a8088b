/// Why a ``ReferenceNetwork`` could not be built or fed.
public struct ReferenceModelError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is; match on it rather than on the message.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The network name is not one of ``ReferenceNetwork/builtinNames``.
        public static let unknownNetwork = Code("unknown_network")
        /// The batch size is outside `1...ReferenceNetwork.maximumBatch`.
        public static let invalidBatch = Code("invalid_batch")
        /// Input values given to ``ReferenceNetwork/setInput(_:)`` do not match the input shape.
        public static let invalidInput = Code("invalid_input")

        public var description: String { name }
    }

    /// The kind of failure.
    public let code: Code
    /// What failed and how to fix it.
    public let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
