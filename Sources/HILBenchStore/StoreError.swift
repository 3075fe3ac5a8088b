/// Why the results store could not do what was asked. The only error a `ResultsStore` throws: no database library's
/// own error type escapes the store module (their message is kept in `cause`).
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code a caller can act on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// `--store` (or `HILBENCH_STORE`) cannot be understood: not a path, not a `postgres://` URL.
        public static let invalidLocation = Code("invalid location")
        /// The server did not answer (refused, timed out, no route, name not resolved).
        public static let unreachable = Code("unreachable")
        /// The server refused the user or password.
        public static let authentication = Code("authentication")
        /// The store was migrated by a newer hilbench: this binary does not know its schema.
        public static let schemaTooNew = Code("schema too new")
        /// The case is already stored for that run (a case is stored once).
        public static let duplicateCase = Code("duplicate case")
        /// A run, case or board named does not exist in the store.
        public static let notFound = Code("not found")
        /// A stored value cannot be read back (corrupt JSON, torn sample blob).
        public static let corrupt = Code("corrupt")
        /// Opening, migrating, reading or writing failed for another reason (disk full, permissions, SQL error).
        public static let failed = Code("failed")
        public var description: String { name }
    }

    public var code: Code
    /// What failed and, where there is one, how to fix it.
    public var message: String
    /// The store, as shown to people (a path, or a URL without its password).
    public var store: String
    /// The database library's own message, when there is one.
    public var cause: String?

    public init(_ code: Code, _ message: String, store: String, cause: String? = nil) {
        self.code = code
        self.message = message
        self.store = store
        self.cause = cause
    }

    public var description: String {
        var text = "store: \(message) [store \(store)]"
        if let cause, !cause.isEmpty { text += " (cause: \(cause))" }
        return text
    }
}
