/// A meter failure with its context: what failed, the meter, where it is reached, what was expected and what
/// came, and the underlying cause.
public struct MeterError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure. A struct around a private enum, so it can grow.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Sendable {
            case notStarted, wireRead, wireFormat, configuration, connection, timeout, protocolViolation,
                wrongInstrument, instrumentError, io
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// `stopStreaming()` without a `startStreaming()`.
        public static let notStarted = Code(.notStarted)
        /// The simulated marker wire file could not be read.
        public static let wireRead = Code(.wireRead)
        /// A line of the marker wire file is not `<t_ns> <0|1>`.
        public static let wireFormat = Code(.wireFormat)
        /// The meter's configuration is impossible (e.g. a non-positive sample rate), or what it names is absent.
        public static let configuration = Code(.configuration)
        /// The meter's port or address cannot be opened or connected to.
        public static let connection = Code(.connection)
        /// The meter stopped answering: nothing (or not enough) came within the timeout.
        public static let timeout = Code(.timeout)
        /// The meter sent bytes that do not follow its protocol (garbage, truncated frames, malformed replies).
        public static let protocolViolation = Code(.protocolViolation)
        /// The instrument identified itself as something other than what was configured.
        public static let wrongInstrument = Code(.wrongInstrument)
        /// The instrument answered with an error of its own.
        public static let instrumentError = Code(.instrumentError)
        /// A read or write on the meter's port failed (errno in the cause).
        public static let io = Code(.io)

        public var description: String { value.rawValue }
    }

    /// What kind of failure.
    public var code: Code
    /// What failed and how to fix it.
    public var message: String
    /// The meter (kind and model or path) involved.
    public var meter: String
    /// Where the meter is reached: serial device, `host:port`, or sysfs directory; nil when not applicable.
    public var address: String?
    /// What the driver expected, and what came instead (quoted, truncated), when the failure is a mismatch.
    public var expected: String?
    public var received: String?
    /// The file involved, if any, and a 1-based line number.
    public var file: String?
    public var line: Int?
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    public init(
        code: Code, message: String, meter: String, address: String? = nil, expected: String? = nil,
        received: String? = nil, file: String? = nil, line: Int? = nil, cause: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.meter = meter
        self.address = address
        self.expected = expected
        self.received = received
        self.file = file
        self.line = line
        self.cause = cause
    }

    /// `"<code>: <message> [meter <meter> at <address>] (expected …; received …) (<file>:<line>) (cause: …)"`.
    public var description: String {
        var text = "\(code): \(message) [meter \(meter)\(address.map { " at \($0)" } ?? "")]"
        if expected != nil || received != nil {
            text += " (expected \(expected ?? "?"); received \(received ?? "nothing"))"
        }
        if let file { text += " (\(file)\(line.map { ":\($0)" } ?? ""))" }
        if let cause { text += " (cause: \(cause))" }
        return text
    }
}

/// An errno value with the C library's text, as the cause of a `MeterError`.
public struct SystemCallError: Error, Sendable, CustomStringConvertible {
    /// The failing call, e.g. `"open"`.
    public var call: String
    public var errno: Int32

    public init(call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    public var description: String { "\(call): \(errnoText(errno)) (errno \(errno))" }
}
