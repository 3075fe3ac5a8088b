/// One problem found in a configuration file, located as precisely as the file allows.
public struct ConfigDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file the problem is in, as it was given.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Dotted path of the field, e.g. `measure.iterations` or `models[0].artifacts.fp16.sha256`.
    public var field: String
    /// What is wrong and what was expected.
    public var message: String

    public init(file: String, line: Int?, column: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`, the shape compilers use so editors can jump to it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        let prefix = field.isEmpty ? "" : "\(field): "
        return "\(location): error: \(prefix)\(message)"
    }
}

/// The configuration files could not be used; carries every problem found, not only the first.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [ConfigDiagnostic]

    public init(_ diagnostics: [ConfigDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// An error of the harness itself (not a measured outcome): what failed, how to fix it, and where.
public struct HILBenchError: Error, Sendable, CustomStringConvertible {
    /// A stable, extensible code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public static let config = Code("config")
        public static let io = Code("io")
        public static let runner = Code("runner")
        public static let agent = Code("agent")
        public static let transport = Code("transport")
        public static let store = Code("store")
        public static let protocolMismatch = Code("protocol")
        public static let usage = Code("usage")
        public static let power = Code("power")
        public var description: String { name }
    }

    public var code: Code
    public var message: String
    public var board: String?
    public var cause: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, board: String? = nil, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.board = board
        self.cause = cause
    }

    public var description: String {
        var text = "\(code): \(message)"
        if let board { text += " [board \(board)]" }
        if let cause { text += " (cause: \(cause))" }
        return text
    }
}
