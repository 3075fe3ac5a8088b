public import Foundation

/// Which store `--store` (or `HILBENCH_STORE`) names: a SQLite file path, or a PostgreSQL server as a
/// `postgres://user@host:port/database?…` URL.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// The environment variable naming the store when `--store` is not given.
    public static let environmentVariable = "HILBENCH_STORE"
    /// The store when neither `--store` nor `HILBENCH_STORE` names one.
    public static let defaultPath = "Results/hilbench.sqlite"

    /// Reads `--store`'s value (`nil`: not given, so `HILBENCH_STORE`, else the default SQLite file).
    public init(
        _ text: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    )
        throws(StoreError)
    {
        let given = text ?? environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultPath
        let lowered = given.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(try PostgresLocation(url: given, environment: environment))
        } else if lowered.contains("://") {
            throw StoreError(
                .invalidLocation,
                "a store is a SQLite file path or a postgres:// URL; '\(given.prefix(80))' is neither",
                store: String(given.prefix(80)))
        } else {
            self = .sqlite(path: given)
        }
    }

    /// The store as shown to people: the path, or the URL without any password.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }
}

/// A PostgreSQL server and database, read from a `postgres://` URL in libpq's style, with libpq's environment
/// variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`, `PGPASSFILE`) as defaults.
///
/// The password is never part of the URL (a URL shows in process lists, shell history and logs): it comes from
/// `password_file=PATH` (the file holds the password), else `PGPASSWORD`, else a matching line of the pgpass file
/// (`PGPASSFILE`, default `~/.pgpass`), else none (trust or peer authentication). It is read when the store opens,
/// and never printed or stored.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    /// Where the password comes from.
    public var password: PasswordSource
    public var tls: TLSMode
    /// Seconds to wait for the server to answer when connecting.
    public var connectTimeoutSeconds: Int

    public enum PasswordSource: Sendable, Equatable {
        /// A file holding the password (surrounding whitespace ignored).
        case file(String)
        /// An environment variable (`PGPASSWORD`), read when the store opens.
        case environment(String)
        /// The pgpass file at this path, the line matching host, port, database and user.
        case pgpass(String)
        case none
    }

    /// libpq's `sslmode`, reduced to what the client can do: no TLS, TLS when the server offers it, TLS or fail.
    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    public init(
        host: String, port: Int = 5432, user: String, database: String, password: PasswordSource = .none,
        tls: TLSMode = .prefer, connectTimeoutSeconds: Int = 10
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.password = password
        self.tls = tls
        self.connectTimeoutSeconds = connectTimeoutSeconds
    }

    public init(url text: String, environment: [String: String]) throws(StoreError) {
        func invalid(_ why: String) -> StoreError {
            StoreError(.invalidLocation, why, store: Self.redacted(text))
        }
        guard let components = URLComponents(string: text) else {
            throw invalid("cannot read the store URL; expected postgres://user@host:port/database")
        }
        if components.password != nil {
            throw invalid(
                "the store URL holds a password; a URL shows in process lists and logs, so give the password in a "
                    + "file (postgres://…?password_file=PATH) or in PGPASSWORD instead")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let known: Set<String> = ["password_file", "sslmode", "connect_timeout", "user", "host", "port", "dbname"]
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw invalid(
                "unknown store URL parameter '\(unknown)'; known: \(known.sorted().joined(separator: ", "))")
        }
        let user =
            query["user"] ?? components.user?.removingPercentEncoding ?? environment["PGUSER"] ?? environment["USER"]
            ?? "postgres"
        let host =
            query["host"] ?? components.host.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGHOST"]
            ?? "localhost"
        let portText = query["port"] ?? components.port.map(String.init) ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw invalid("port '\(portText)' is not a port number (1…65535)")
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let database = query["dbname"] ?? (path.isEmpty ? nil : path) ?? environment["PGDATABASE"] ?? user
        let tls: TLSMode
        switch query["sslmode"] ?? "prefer" {
        case "disable": tls = .disable
        case "allow", "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        case let other: throw invalid("sslmode '\(other)' is not one of disable, prefer, require")
        }
        let timeoutText = query["connect_timeout"] ?? "10"
        guard let timeout = Int(timeoutText), timeout > 0, timeout <= 3600 else {
            throw invalid("connect_timeout '\(timeoutText)' is not a number of seconds (1…3600)")
        }
        let password: PasswordSource
        if let file = query["password_file"] {
            password = .file(file)
        } else if environment["PGPASSWORD"] != nil {
            password = .environment("PGPASSWORD")
        } else if let file = environment["PGPASSFILE"] {
            password = .pgpass(file)
        } else if let home = environment["HOME"], FileManager.default.fileExists(atPath: home + "/.pgpass") {
            password = .pgpass(home + "/.pgpass")
        } else {
            password = .none
        }
        self.init(
            host: host, port: port, user: user, database: database, password: password, tls: tls,
            connectTimeoutSeconds: timeout)
    }

    /// `postgres://user@host:port/database` — never the password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// Reads the password from its source (nil: none). Errors name the file, never the password.
    public func resolvePassword(
        environment: [String: String] = ProcessInfo.processInfo.environment
    )
        throws(StoreError) -> String?
    {
        switch password {
        case .none: return nil
        case .environment(let name): return environment[name]
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw StoreError(
                    .authentication, "cannot read the password file \(path) (password_file=)", store: description)
            }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        case .pgpass(let path):
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return Self.pgpassMatch(
                String(decoding: data, as: UTF8.self), host: host, port: port, database: database, user: user)
        }
    }

    /// The password of the first pgpass line (`host:port:database:user:password`, `*` matches anything, `\:` and
    /// `\\` escaped) that matches.
    static func pgpassMatch(_ text: String, host: String, port: Int, database: String, user: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = [""]
            var escaped = false
            for character in line {
                if escaped {
                    fields[fields.count - 1].append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 5 {
                    fields.append("")
                } else {
                    fields[fields.count - 1].append(character)
                }
            }
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The URL text with anything between `://` and `@` after a colon removed, for error messages.
    static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"),
            let at = text.range(of: "@", range: scheme.upperBound..<text.endIndex),
            let colon = text.range(of: ":", range: scheme.upperBound..<at.lowerBound)
        else { return String(text.prefix(200)) }
        return String((text[..<colon.lowerBound] + ":***" + text[at.lowerBound...]).prefix(200))
    }
}
