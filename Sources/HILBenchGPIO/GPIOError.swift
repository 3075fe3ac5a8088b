/// A GPIO operation that failed: which chip and line, which libgpiod (or POSIX) call, and the errno text.
public struct GPIOError: Error, Sendable, CustomStringConvertible {
    /// What kind of operation failed. A struct around a private enum, so it can grow.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: String, Sendable {
            case chipNotFound, chipOpen, lineRequest, setValue, eventWait, eventRead, wireWrite, closed, alreadyStarted
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// No chip matched the selector (for example an unknown label).
        public static let chipNotFound = Code(.chipNotFound)
        /// `gpiod_chip_open` failed.
        public static let chipOpen = Code(.chipOpen)
        /// Getting or requesting the line failed (busy, bad offset, permissions).
        public static let lineRequest = Code(.lineRequest)
        /// Driving the output value failed.
        public static let setValue = Code(.setValue)
        /// Waiting for edge events failed.
        public static let eventWait = Code(.eventWait)
        /// Reading edge events failed.
        public static let eventRead = Code(.eventRead)
        /// Appending to the simulated marker wire file failed.
        public static let wireWrite = Code(.wireWrite)
        /// The line was used after `close()`.
        public static let closed = Code(.closed)
        /// An edge capture's stream was requested twice.
        public static let alreadyStarted = Code(.alreadyStarted)

        public var description: String { value.rawValue }
    }

    /// What kind of operation failed.
    public var code: Code
    /// The chip as given or resolved (`/dev/gpiochip0`, a label, or the wire file for the simulator).
    public var chip: String
    /// The line offset, when one was involved.
    public var line: UInt32?
    /// The C call that failed (`gpiod_chip_open`, `gpiod_line_request_output_flags`, `write`, …).
    public var operation: String
    /// The errno value reported by the call, if any.
    public var errnoCode: Int32?
    /// `strerror(errnoCode)`, if there was an errno.
    public var errnoText: String?
    /// What failed and how to fix it.
    public var message: String

    /// Creates an error; `errnoCode` is turned into its text here.
    public init(code: Code, chip: String, line: UInt32?, operation: String, errnoCode: Int32?, message: String) {
        self.code = code
        self.chip = chip
        self.line = line
        self.operation = operation
        self.errnoCode = errnoCode
        self.errnoText = errnoCode.map(HILBenchGPIO.errnoText)
        self.message = message
    }

    public var description: String {
        var text = "\(code): \(message) [chip \(chip)"
        if let line { text += " line \(line)" }
        text += "] (\(operation)"
        if let errnoCode, let errnoText { text += ": \(errnoText) (errno \(errnoCode))" }
        return text + ")"
    }
}
