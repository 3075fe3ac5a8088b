/// A meter that cannot do its job: what failed, on which meter, and the underlying cause.
public struct MeterError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure. A struct around a private enum, so it can grow.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Sendable { case notStarted, wireRead, wireFormat, configuration }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// `stop()` without a `start()`.
        public static let notStarted = Code(.notStarted)
        /// The simulated marker wire file could not be read.
        public static let wireRead = Code(.wireRead)
        /// A line of the marker wire file is not `<t_ns> <0|1>`.
        public static let wireFormat = Code(.wireFormat)
        /// The meter's configuration is impossible (e.g. a non-positive sample rate).
        public static let configuration = Code(.configuration)

        public var description: String { value.rawValue }
    }

    /// What kind of failure.
    public var code: Code
    /// What failed and how to fix it.
    public var message: String
    /// The meter (kind and model or path) involved.
    public var meter: String
    /// The file involved, if any, and a 1-based line number.
    public var file: String?
    public var line: Int?
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    public init(code: Code, message: String, meter: String, file: String? = nil, line: Int? = nil,
                cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.meter = meter
        self.file = file
        self.line = line
        self.cause = cause
    }

    public var description: String {
        var text = "\(code): \(message) [meter \(meter)]"
        if let file { text += " (\(file)\(line.map { ":\($0)" } ?? ""))" }
        if let cause { text += " (cause: \(cause))" }
        return text
    }
}
