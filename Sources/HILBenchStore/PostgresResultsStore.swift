import Foundation
public import HILBenchCore
public import Logging
import PostgresNIO

/// The shared results store: a PostgreSQL server through postgres-nio, for a lab where several controllers keep one
/// history and share boards.
///
/// Same rows as the SQLite store (the run's suite and targets, each case's JSON, its samples as a little-endian Int64
/// blob, its outputs); a case is one statement (row, samples and outputs inserted together), so it is stored whole or
/// not at all. Leases are single statements timed by the server's clock (`clock_timestamp()`), so controllers whose
/// clocks differ agree on expiry. Connections come from a pool that lives as long as `withStore`'s body.
public final class PostgresResultsStore: ResultsStore {
    private let client: PostgresClient
    public let location: String
    private let logger: Logger

    private init(client: PostgresClient, location: String, logger: Logger) {
        self.client = client
        self.location = location
        self.logger = logger
    }

    /// Connects to `server`, checks the credentials and the schema (migrating an older one), and runs `body` with the
    /// store; the connections are closed when `body` returns or throws.
    public static func withStore<T>(
        _ server: PostgresLocation, logger: Logger = Logger(label: "hilbench.store"),
        _ body: (any ResultsStore) async throws -> T
    ) async throws -> T {
        let password = try server.resolvePassword()
        // One plain connection first: a wrong password or a server that is down is reported at once, by name, rather
        // than after the pool's retries; the schema is checked and migrated on it.
        try await migrate(server, password: password, logger: logger)
        var configuration = PostgresClient.Configuration(
            host: server.host, port: server.port, username: server.user, password: password,
            database: server.database, tls: try clientTLS(server))
        configuration.options.connectTimeout = .seconds(Int64(server.connectTimeoutSeconds))
        configuration.options.maximumConnections = 8
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let store = PostgresResultsStore(client: client, location: server.description, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            // A lease made before `run()` has begun makes postgres-nio warn "`PostgresClient.run()` hasn't been
            // called yet" (and waits for it): the body starts once the run task is running, right before its call.
            await withCheckedContinuation { (started: CheckedContinuation<Void, Never>) in
                group.addTask {
                    started.resume()
                    await client.run()
                }
            }
            defer { group.cancelAll() }
            return try await body(store)
        }
    }

    // MARK: - Connecting and migrating

    private static func clientTLS(_ server: PostgresLocation) throws(StoreError) -> PostgresClient.Configuration.TLS {
        switch server.tls {
        case .disable: return .disable
        case .prefer: return .prefer(.makeClientConfiguration())
        case .require: return .require(.makeClientConfiguration())
        }
    }

    private static func connectionTLS(
        _ server: PostgresLocation
    ) throws(StoreError)
        -> PostgresConnection.Configuration.TLS
    {
        do {
            switch server.tls {
            case .disable: return .disable
            case .prefer: return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw StoreError(.failed, "cannot set up TLS", store: server.description, cause: "\(error)")
        }
    }

    /// The named migrations, the same names as the SQLite store's. Never edited once shipped; add new ones at the end.
    static let migrations: [(name: String, sql: String)] = [
        (
            "v1: runs, cases, samples, outputs",
            """
            CREATE TABLE runs (
                id TEXT PRIMARY KEY NOT NULL,
                suite_name TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'run',
                started_at DOUBLE PRECISION NOT NULL,
                ended_at DOUBLE PRECISION,
                controller_version TEXT NOT NULL,
                git_commit TEXT,
                suite_json TEXT NOT NULL,
                targets_json TEXT NOT NULL
            );
            CREATE TABLE cases (
                id BIGSERIAL PRIMARY KEY,
                run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                case_id TEXT NOT NULL,
                target TEXT NOT NULL,
                model TEXT NOT NULL,
                runtime TEXT NOT NULL,
                precision TEXT NOT NULL,
                threads INTEGER NOT NULL,
                batch INTEGER NOT NULL,
                status TEXT NOT NULL,
                result_json TEXT NOT NULL,
                stored_at DOUBLE PRECISION NOT NULL,
                UNIQUE (run_id, case_id)
            );
            CREATE INDEX cases_by_identity ON cases(target, model, runtime, precision, threads, batch);
            CREATE TABLE samples (
                case_row BIGINT PRIMARY KEY NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                count INTEGER NOT NULL,
                latencies_ns BYTEA NOT NULL
            );
            CREATE TABLE outputs (
                case_row BIGINT PRIMARY KEY NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                outputs_json TEXT NOT NULL
            );
            """
        ),
        (
            "v2: board leases",
            """
            CREATE TABLE leases (
                board TEXT PRIMARY KEY NOT NULL,
                holder TEXT NOT NULL,
                run_id TEXT,
                acquired_at DOUBLE PRECISION NOT NULL,
                heartbeat_at DOUBLE PRECISION NOT NULL,
                expires_at DOUBLE PRECISION NOT NULL
            );
            """
        ),
        (
            "v3: board events",
            """
            CREATE TABLE board_events (
                id BIGSERIAL PRIMARY KEY,
                run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                board TEXT NOT NULL,
                at DOUBLE PRECISION NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL,
                case_id TEXT
            );
            CREATE INDEX board_events_by_run ON board_events(run_id, id);
            """
        ),
        ("v4: work queue, lease events", StoreSchema.queueSQL(id: "BIGSERIAL PRIMARY KEY", real: "DOUBLE PRECISION")),
        (
            // History reads take each case's summary (`CaseResult.historySummary`), not its whole JSON; rows stored
            // before are summarised here the same way.
            "v5: case summaries for history",
            """
            ALTER TABLE cases ADD COLUMN summary_json TEXT;
            UPDATE cases SET summary_json = ((jsonb_set(result_json::jsonb, '{memory,timeline}', '[]'::jsonb)
                || '{"warmupLatenciesNs": [], "markerEdges": []}'::jsonb) - 'inputs' - 'outputs')::text
            """
        ),
        (
            // History judgements read a compact row per case; rows stored before are filled by `fillHistory`.
            "v6: case history rows",
            StoreSchema.historySQL(
                key: "BIGINT", real: "DOUBLE PRECISION", bool: "BOOLEAN", blob: "BYTEA", integer: "BIGINT")
        ),
    ]

    /// Migrations that also compute rows in Swift, after their SQL, in the same transaction.
    private static let fills: [String: @Sendable (PostgresConnection, Logger) async throws -> Void] = [
        "v6: case history rows": fillHistory
    ]

    /// Fills `case_history` for the cases stored before it existed, from their summaries and samples, exactly as
    /// `save` fills it (`CaseHistoryRow.init`), a thousand cases a statement.
    private static func fillHistory(_ connection: PostgresConnection, logger: Logger) async throws {
        var last: Int64 = 0
        while true {
            var batch: [(Int64, CaseHistoryRow)] = []
            let rows = try await connection.query(
                """
                SELECT cases.id, COALESCE(cases.summary_json, cases.result_json), samples.latencies_ns
                FROM cases LEFT JOIN samples ON samples.case_row = cases.id
                WHERE cases.id > \(last) ORDER BY cases.id LIMIT 1000
                """, logger: logger
            ).decode((Int64, String, Data?).self)
            for try await (id, json, samples) in rows {
                batch.append((id, try StoredRow.historyRow(summaryJSON: json, samples: samples)))
            }
            guard let final = batch.last else { return }
            var sql = "INSERT INTO case_history (case_row, \(StoreSchema.historyColumns)) VALUES "
            var binds = PostgresBindings()
            for (index, (id, history)) in batch.enumerated() {
                let first = index * 12
                sql += (index == 0 ? "" : ", ") + "(" + (1...12).map { "$\(first + $0)" }.joined(separator: ", ") + ")"
                binds.append(id)
                try appendHistory(history, to: &binds)
            }
            try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
            last = final.0
        }
    }

    private static func appendHistory(_ history: CaseHistoryRow, to binds: inout PostgresBindings) throws {
        binds.append(history.startedAt)
        binds.append(history.noisyReason)
        binds.append(history.throttled)
        binds.append(history.medianLatencyNs)
        binds.append(history.medianIntervalLowerNs)
        binds.append(history.medianIntervalUpperNs)
        binds.append(history.printedSummaryLatencyNs)
        try binds.append(StoredRow.blob(history.executionMediansNs))
        binds.append(history.executionSamplesPositive)
        binds.append(history.energyMillijoulesPerInference)
        binds.append(history.peakRSSKiB)
    }

    /// An arbitrary constant: the advisory lock two controllers opening a new store at once queue on.
    private static let migrationLock: Int64 = 0x6869_6C62_656E_6368

    private static func migrate(_ server: PostgresLocation, password: String?, logger: Logger) async throws(StoreError)
    {
        var configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: server.user, password: password,
            database: server.database, tls: try connectionTLS(server))
        configuration.options.connectTimeout = .seconds(Int64(server.connectTimeoutSeconds))
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw storeError(error, "cannot connect", server: server, password: password)
        }
        do {
            try await connection.withTransaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
                try await connection.query(
                    """
                    CREATE TABLE IF NOT EXISTS hilbench_migrations (
                        identifier TEXT PRIMARY KEY NOT NULL, applied_at DOUBLE PRECISION NOT NULL)
                    """, logger: logger)
                var applied: Set<String> = []
                for try await name in try await connection.query(
                    "SELECT identifier FROM hilbench_migrations", logger: logger
                ).decode(String.self) {
                    applied.insert(name)
                }
                let unknown = applied.subtracting(migrations.map(\.name))
                if !unknown.isEmpty {
                    throw StoreError(
                        .schemaTooNew,
                        "the store was written by a newer hilbench (unknown migrations: "
                            + "\(unknown.sorted().joined(separator: ", "))); use that version or a newer one",
                        store: server.description)
                }
                for migration in migrations where !applied.contains(migration.name) {
                    // The extended protocol takes one statement at a time.
                    for statement in migration.sql.split(separator: ";")
                    where !statement.allSatisfy({ $0.isWhitespace }) {
                        try await connection.query(PostgresQuery(unsafeSQL: String(statement)), logger: logger)
                    }
                    try await fills[migration.name]?(connection, logger)
                    try await connection.query(
                        """
                        INSERT INTO hilbench_migrations (identifier, applied_at)
                        VALUES (\(migration.name), extract(epoch FROM clock_timestamp())::float8)
                        """, logger: logger)
                }
            }
        } catch {
            try? await connection.close()
            if let error = error as? PostgresTransactionError, let closure = error.closureError {
                throw storeError(closure, "cannot migrate the store", server: server, password: password)
            }
            throw storeError(error, "cannot migrate the store", server: server, password: password)
        }
        try? await connection.close()
    }

    /// A postgres-nio error as a `StoreError`, its code telling an unreachable server from refused credentials.
    static func storeError(
        _ error: any Error, _ what: String, server: PostgresLocation, password: String?
    )
        -> StoreError
    {
        if let error = error as? StoreError { return error }
        let store = server.description
        guard let error = error as? PSQLError else {
            // Connection pool and NIO errors: the server could not be reached.
            let text = "\(error)"
            if "\(type(of: error))".contains("ConnectionPoolError") || error is ChannelError
                || error is NIOConnectionError || error is IOError
            {
                return StoreError(
                    .unreachable, "\(what): the PostgreSQL server at \(server.host):\(server.port) does not answer",
                    store: store, cause: text)
            }
            return StoreError(.failed, what, store: store, cause: text)
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? ""
            switch state {
            case "28P01", "28000":
                return StoreError(
                    .authentication,
                    "\(what): the server refused user \(server.user)"
                        + (password == nil
                            ? " (no password was given: ?password_file=PATH, PGPASSWORD or ~/.pgpass)"
                            : " with the password given"),
                    store: store, cause: "\(state) \(message)")
            case "3D000":
                return StoreError(
                    .failed, "\(what): database \(server.database) does not exist; create it (createdb)",
                    store: store, cause: "\(state) \(message)")
            case "23505":
                return StoreError(.duplicateCase, what, store: store, cause: "\(state) \(message)")
            case "57P03":
                return StoreError(
                    .unreachable, "\(what): the server is starting up or shutting down", store: store,
                    cause: "\(state) \(message)")
            default:
                return StoreError(.failed, what, store: store, cause: "\(state) \(message)")
            }
        case .authMechanismRequiresPassword:
            return StoreError(
                .authentication,
                "\(what): the server asks user \(server.user) for a password and none was given "
                    + "(?password_file=PATH, PGPASSWORD or ~/.pgpass)", store: store)
        case .sslUnsupported:
            return StoreError(
                .failed, "\(what): the server does not offer TLS; use sslmode=prefer or sslmode=disable", store: store)
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .poolClosed:
            return StoreError(
                .unreachable, "\(what): the PostgreSQL server at \(server.host):\(server.port) does not answer",
                store: store, cause: error.underlying.map { "\($0)" } ?? "\(error.code)")
        default:
            return StoreError(.failed, what, store: store, cause: error.underlying.map { "\($0)" } ?? "\(error.code)")
        }
    }

    private func failure(_ what: String, _ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PostgresTransactionError {
            return failure(
                what, error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error)
        }
        if error is DecodingError || error is PostgresDecodingError {
            return StoreError(
                .corrupt, "\(what): a stored value cannot be read back", store: location, cause: "\(error)")
        }
        if let error = error as? PSQLError {
            let state = error.serverInfo?[.sqlState]
            let message = error.serverInfo?[.message]
            if error.code == .server {
                return StoreError(.failed, what, store: location, cause: "\(state ?? "") \(message ?? "")")
            }
            if [.connectionError, .serverClosedConnection, .uncleanShutdown, .poolClosed].contains(error.code) {
                return StoreError(
                    .unreachable, "\(what): the PostgreSQL server does not answer", store: location,
                    cause: error.underlying.map { "\($0)" } ?? "\(error.code)")
            }
            return StoreError(
                .failed, what, store: location, cause: error.underlying.map { "\($0)" } ?? "\(error.code)")
        }
        if "\(type(of: error))".contains("ConnectionPoolError") {
            return StoreError(
                .unreachable, "\(what): the PostgreSQL server does not answer", store: location, cause: "\(error)")
        }
        return StoreError(.failed, what, store: location, cause: "\(error)")
    }

    /// Runs `body`, turning whatever it throws into a `StoreError`.
    @discardableResult
    private func attempt<T>(_ what: String, _ body: () async throws -> T) async throws(StoreError) -> T {
        do { return try await body() } catch { throw failure(what, error) }
    }

    private func rows<Row: Sendable>(
        _ what: String, _ query: PostgresQuery, as type: Row.Type
    ) async throws(StoreError) -> [Row] where Row: PostgresDecodable {
        try await attempt(what) {
            var rows: [Row] = []
            for try await row in try await client.query(query, logger: logger).decode(Row.self) { rows.append(row) }
            return rows
        }
    }

    // MARK: - Runs

    public func createRun(_ run: RunRecord, queue: [QueuedCase]) async throws(StoreError) {
        let suite = try encode(run.suite)
        let targets = try encode(run.targets)
        let logger = self.logger
        try await attempt("cannot store run \(run.id)") {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query(
                    """
                    INSERT INTO runs (id, suite_name, kind, started_at, ended_at, controller_version, git_commit,
                        suite_json, targets_json)
                    VALUES (\(run.id), \(run.suiteName), \(run.kind), \(run.startedAt), \(run.endedAt),
                        \(run.controllerVersion), \(run.gitCommit), \(suite), \(targets))
                    """, logger: logger)
                try await connection.query(Self.enqueueQuery(runID: run.id, cases: queue), logger: logger)
            }
        }
    }

    public func finishRun(id: String, endedAt: Double) async throws(StoreError) {
        try await attempt("cannot finish run \(id)") {
            try await client.query("UPDATE runs SET ended_at = \(endedAt) WHERE id = \(id)", logger: logger)
        }
    }

    private static let runColumns =
        "id, suite_name, kind, started_at, ended_at, controller_version, git_commit, suite_json, targets_json"

    public func run(id: String) async throws(StoreError) -> RunRecord? {
        try await fetchRuns(
            "SELECT \(unescaped: Self.runColumns) FROM runs WHERE id = \(id)", what: "cannot read run \(id)"
        ).first
    }

    public func runs() async throws(StoreError) -> [RunRecord] {
        try await fetchRuns(
            "SELECT \(unescaped: Self.runColumns) FROM runs ORDER BY started_at, id", what: "cannot list the runs")
    }

    private func fetchRuns(_ query: PostgresQuery, what: String) async throws(StoreError) -> [RunRecord] {
        try await attempt(what) {
            var runs: [RunRecord] = []
            let rows = try await client.query(query, logger: logger).decode(
                (String, String, String, Double, Double?, String, String?, String, String).self)
            for try await (id, suite, kind, started, ended, version, commit, suiteJSON, targetsJSON) in rows {
                runs.append(
                    try StoredRow.run(
                        id: id, suiteName: suite, kind: kind, startedAt: started, endedAt: ended,
                        controllerVersion: version, gitCommit: commit, suiteJSON: suiteJSON,
                        targetsJSON: targetsJSON))
            }
            return runs
        }
    }

    // MARK: - Cases

    public func save(_ result: CaseResult, runID: String, by holder: LeaseHolder?) async throws(StoreError) {
        let row = try StoredRow.CaseRow(result, store: location)
        let h = row.history
        let key = result.key
        do {
            // One statement: the case row, its samples and its outputs are inserted together or not at all.
            try await client.query(
                """
                WITH c AS (
                    INSERT INTO cases (run_id, case_id, target, model, runtime, precision, threads, batch, status,
                        result_json, stored_at, summary_json)
                    VALUES (\(runID), \(key.id), \(key.target), \(key.model), \(key.runtime.rawValue),
                        \(key.precision.rawValue), \(key.threads), \(key.batch), \(result.status.rawValue),
                        \(row.resultJSON), extract(epoch FROM clock_timestamp())::float8, \(row.summaryJSON))
                    RETURNING id
                ), s AS (
                    INSERT INTO samples (case_row, count, latencies_ns)
                    SELECT id, \(result.latenciesNs.count), \(row.samples) FROM c
                ), h AS (
                    INSERT INTO case_history (case_row, \(unescaped: StoreSchema.historyColumns))
                    SELECT id, \(h.startedAt), \(h.noisyReason), \(h.throttled), \(h.medianLatencyNs),
                        \(h.medianIntervalLowerNs), \(h.medianIntervalUpperNs), \(h.printedSummaryLatencyNs),
                        \(StoredRow.blob(h.executionMediansNs)), \(h.executionSamplesPositive),
                        \(h.energyMillijoulesPerInference), \(h.peakRSSKiB) FROM c
                ), d AS (
                    UPDATE case_queue SET state = 'done', done_by = COALESCE(\(holder)::text, claimed_by),
                        done_at = \(unescaped: Self.now)
                    WHERE run_id = \(runID) AND case_id = \(key.id) AND EXISTS (SELECT 1 FROM c)
                )
                INSERT INTO outputs (case_row, outputs_json) SELECT id, \(row.outputsJSON)::text FROM c
                WHERE \(row.outputsJSON)::text IS NOT NULL
                """, logger: logger)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            throw StoreError(
                .duplicateCase, "case \(key.id) is already stored for run \(runID); a case is stored once",
                store: location, cause: error.serverInfo?[.message])
        } catch {
            throw failure("cannot store case \(key.id)", error)
        }
    }

    @discardableResult
    public func discardInfraErrors(runID: String) async throws(StoreError) -> Int {
        try await rows(
            "cannot discard the infrastructure errors of run \(runID)",
            """
            DELETE FROM cases WHERE run_id = \(runID) AND status = \(CaseResult.Status.infraError.rawValue)
            RETURNING id
            """, as: Int.self
        ).count
    }

    public func storedCaseIDs(runID: String) async throws(StoreError) -> Set<String> {
        Set(
            try await rows(
                "cannot read the cases of run \(runID)", "SELECT case_id FROM cases WHERE run_id = \(runID)",
                as: String.self))
    }

    public func results(runID: String, includeOutputs: Bool) async throws(StoreError) -> [CaseResult] {
        try await attempt("cannot read the cases of run \(runID)") {
            let rows = try await client.query(
                """
                SELECT cases.result_json, samples.latencies_ns,
                    CASE WHEN \(includeOutputs) THEN outputs.outputs_json END
                FROM cases LEFT JOIN samples ON samples.case_row = cases.id
                LEFT JOIN outputs ON outputs.case_row = cases.id
                WHERE cases.run_id = \(runID) ORDER BY cases.id
                """, logger: logger
            ).decode((String, Data?, String?).self)
            var results: [CaseResult] = []
            for try await (json, samples, outputs) in rows {
                results.append(try StoredRow.caseResult(resultJSON: json, samples: samples, outputsJSON: outputs))
            }
            return results
        }
    }

    public func history(of key: CaseKey) async throws(StoreError) -> [StoredCase] {
        try await attempt("cannot read the history of \(key.id)") {
            let rows = try await client.query(
                """
                SELECT cases.run_id, cases.summary_json, samples.latencies_ns
                FROM cases JOIN runs ON runs.id = cases.run_id LEFT JOIN samples ON samples.case_row = cases.id
                WHERE target = \(key.target) AND model = \(key.model) AND runtime = \(key.runtime.rawValue)
                    AND precision = \(key.precision.rawValue) AND threads = \(key.threads) AND batch = \(key.batch)
                ORDER BY runs.started_at, cases.id
                """, logger: logger
            ).decode((String, String, Data?).self)
            var history: [StoredCase] = []
            for try await (runID, json, samples) in rows {
                history.append(
                    StoredCase(
                        runID: runID,
                        result: try StoredRow.caseResult(resultJSON: json, samples: samples, outputsJSON: nil)))
            }
            return history
        }
    }

    public func historyRows(of key: CaseKey) async throws(StoreError) -> [StoredHistoryRow] {
        let location = self.location
        return try await attempt("cannot read the history of \(key.id)") {
            let rows = try await client.query(
                """
                SELECT cases.run_id, cases.status, \(unescaped: StoreSchema.historySelection)
                FROM cases JOIN runs ON runs.id = cases.run_id JOIN case_history ON case_history.case_row = cases.id
                WHERE target = \(key.target) AND model = \(key.model) AND runtime = \(key.runtime.rawValue)
                    AND precision = \(key.precision.rawValue) AND threads = \(key.threads) AND batch = \(key.batch)
                ORDER BY runs.started_at, cases.id
                """, logger: logger
            ).decode(
                (
                    String, String, Double, String?, Bool, Double?, Double?, Double?, Double?, Data, Bool, Double?,
                    Int?
                ).self)
            var history: [StoredHistoryRow] = []
            for try await (
                runID, status, started, noisy, throttled, median, lower, upper, printed, medians, positive,
                energy, peak
            ) in rows {
                guard let status = CaseResult.Status(rawValue: status) else {
                    throw StoreError(
                        .corrupt, "unknown case status '\(status)' in the history of \(key.id)", store: location)
                }
                history.append(
                    StoredHistoryRow(
                        runID: runID,
                        row: CaseHistoryRow(
                            status: status, startedAt: started, noisyReason: noisy, throttled: throttled,
                            medianLatencyNs: median, medianIntervalLowerNs: lower, medianIntervalUpperNs: upper,
                            printedSummaryLatencyNs: printed, executionMediansNs: StoredRow.doubles(medians),
                            executionSamplesPositive: positive, energyMillijoulesPerInference: energy,
                            peakRSSKiB: peak)))
            }
            return history
        }
    }

    public func integrityCheck() async throws(StoreError) -> [String] {
        var problems: [String] = []
        let orphans =
            try await rows(
                "cannot check the store",
                """
                SELECT COUNT(*)::int8 FROM cases LEFT JOIN samples ON samples.case_row = cases.id
                WHERE samples.case_row IS NULL
                """, as: Int.self
            ).first ?? 0
        if orphans > 0 { problems.append("\(orphans) case rows without samples") }
        let unrowed =
            try await rows(
                "cannot check the store",
                """
                SELECT COUNT(*)::int8 FROM cases LEFT JOIN case_history ON case_history.case_row = cases.id
                WHERE case_history.case_row IS NULL
                """, as: Int.self
            ).first ?? 0
        if unrowed > 0 { problems.append("\(unrowed) case rows without a history row") }
        let torn =
            try await rows(
                "cannot check the store",
                "SELECT COUNT(*)::int8 FROM samples WHERE length(latencies_ns) != 8 * count", as: Int.self
            ).first ?? 0
        if torn > 0 { problems.append("\(torn) sample blobs whose length does not match their count") }
        return problems
    }

    // MARK: - Board events

    public func record(_ event: BoardEvent, runID: String) async throws(StoreError) {
        try await attempt("cannot store an event of board \(event.board)") {
            try await client.query(
                """
                INSERT INTO board_events (run_id, board, at, kind, detail, case_id)
                VALUES (\(runID), \(event.board), \(event.at), \(event.kind.rawValue), \(event.detail), \(event.caseID))
                """, logger: logger)
        }
    }

    public func events(runID: String) async throws(StoreError) -> [BoardEvent] {
        try await attempt("cannot read the board events of run \(runID)") {
            let rows = try await client.query(
                "SELECT board, at, kind, detail, case_id FROM board_events WHERE run_id = \(runID) ORDER BY id",
                logger: logger
            ).decode((String, Double, String, String, String?).self)
            var events: [BoardEvent] = []
            for try await (board, at, kind, detail, caseID) in rows {
                guard let kind = BoardEvent.Kind(rawValue: kind) else { continue }
                events.append(BoardEvent(board: board, at: at, kind: kind, detail: detail, caseID: caseID))
            }
            return events
        }
    }

    // MARK: - Work queue

    public func enqueue(runID: String, cases: [QueuedCase]) async throws(StoreError) {
        try await attempt("cannot queue the cases of run \(runID)") {
            try await client.query(Self.enqueueQuery(runID: runID, cases: cases), logger: logger)
        }
    }

    /// Adds `cases` after the run's last queued one, reopening those already known.
    private static func enqueueQuery(runID: String, cases: [QueuedCase]) -> PostgresQuery {
        """
        INSERT INTO case_queue (run_id, case_id, board, seq)
        SELECT \(runID), c, b, (COALESCE((SELECT MAX(seq) FROM case_queue WHERE run_id = \(runID)), 0) + o)::int
        FROM unnest(\(cases.map { $0.caseID })::text[], \(cases.map { $0.board })::text[])
            WITH ORDINALITY AS t(c, b, o)
        ON CONFLICT (run_id, case_id) DO UPDATE SET state = 'queued', board = excluded.board, done_by = NULL,
            done_at = NULL
        """
    }

    public func claimCases(
        runID: String, board: String, holder: LeaseHolder, limit: Int
    ) async throws(StoreError) -> [String] {
        // One statement: the lease check and the claim together; SKIP LOCKED lets claimers pass each other's rows.
        let logger = self.logger
        return try await attempt("cannot claim cases of run \(runID) on \(board)") {
            var claimed: [(String, Int)] = []
            for try await row in try await client.query(
                """
                UPDATE case_queue q SET state = 'claimed', claims = q.claims + 1, claimed_by = \(holder),
                    claimed_at = \(unescaped: Self.now)
                WHERE q.id IN (
                    SELECT id FROM case_queue WHERE run_id = \(runID) AND board = \(board)
                        AND (state = 'queued' OR (state = 'claimed' AND claimed_by <> \(holder)))
                        AND EXISTS (SELECT 1 FROM leases l WHERE l.board = \(board) AND l.holder = \(holder)
                            AND l.expires_at > \(unescaped: Self.now))
                    ORDER BY seq LIMIT \(limit) FOR UPDATE OF case_queue SKIP LOCKED)
                RETURNING q.case_id, q.seq::int8
                """, logger: logger
            ).decode((String, Int).self) {
                claimed.append(row)
            }
            return claimed.sorted { $0.1 < $1.1 }.map(\.0)
        }
    }

    @discardableResult
    public func returnClaims(runID: String, board: String, holder: LeaseHolder) async throws(StoreError) -> Int {
        try await rows(
            "cannot return the claims of \(holder) on \(board)",
            """
            UPDATE case_queue SET state = 'queued'
            WHERE run_id = \(runID) AND board = \(board) AND claimed_by = \(holder) AND state = 'claimed'
            RETURNING id
            """, as: Int.self
        ).count
    }

    public func markDone(runID: String, caseIDs: [String], by holder: LeaseHolder) async throws(StoreError) {
        guard !caseIDs.isEmpty else { return }
        try await attempt("cannot mark cases of run \(runID) done") {
            try await client.query(
                """
                UPDATE case_queue SET state = 'done', done_by = \(holder), done_at = \(unescaped: Self.now)
                WHERE run_id = \(runID) AND case_id = ANY(\(caseIDs))
                """, logger: logger)
        }
    }

    public func queue(runID: String) async throws(StoreError) -> [QueueEntry] {
        try await attempt("cannot read the queue of run \(runID)") {
            let rows = try await client.query(
                """
                SELECT case_id, board, state, claims::int8, claimed_by, claimed_at, done_by, done_at FROM case_queue
                WHERE run_id = \(runID) ORDER BY seq
                """, logger: logger
            ).decode((String, String, String, Int, String?, Double?, String?, Double?).self)
            var entries: [QueueEntry] = []
            for try await (caseID, board, state, claims, claimedBy, claimedAt, doneBy, doneAt) in rows {
                entries.append(
                    QueueEntry(
                        caseID: caseID, board: board, state: QueueEntry.State(rawValue: state) ?? .queued,
                        claims: claims, claimedBy: claimedBy, claimedAt: claimedAt, doneBy: doneBy, doneAt: doneAt))
            }
            return entries
        }
    }

    // MARK: - Leases

    /// The server's clock in seconds since 1970 (`clock_timestamp()`: the moment of the statement, not of the
    /// transaction).
    private static let now = "extract(epoch FROM clock_timestamp())::float8"
    private static let leaseColumns =
        "board, holder, run_id, acquired_at, heartbeat_at, expires_at, expires_at <= \(now)"

    public func acquireLease(
        board: String, holder: LeaseHolder, runID: String?, ttlSeconds: Double, replacing deadHolder: String?
    ) async throws(StoreError) -> BoardLease? {
        let logger = self.logger
        let taken = try await attempt("cannot lease board \(board)") {
            try await client.withTransaction(logger: logger) { connection -> Bool in
                // The row (when there is one) is locked first, so the history written below is that of this change.
                var before: (holder: String, runID: String?, expiresAt: Double, expired: Bool)?
                for try await row in try await connection.query(
                    """
                    SELECT holder, run_id, expires_at, expires_at <= \(unescaped: Self.now) FROM leases
                    WHERE board = \(board) FOR UPDATE
                    """, logger: logger
                ).decode((String, String?, Double, Bool).self) {
                    before = row
                }
                // One statement: insert, or take over a lease that is ours, expired, or a dead holder's. The row lock
                // of ON CONFLICT makes two controllers asking at once see each other's outcome.
                var taken: (at: Double, expiresAt: Double)?
                for try await row in try await connection.query(
                    """
                    INSERT INTO leases AS l (board, holder, run_id, acquired_at, heartbeat_at, expires_at)
                    VALUES (\(board), \(holder), \(runID), \(unescaped: Self.now), \(unescaped: Self.now),
                        \(unescaped: Self.now) + \(ttlSeconds))
                    ON CONFLICT (board) DO UPDATE SET holder = excluded.holder, run_id = excluded.run_id,
                        acquired_at = CASE WHEN l.holder = excluded.holder THEN l.acquired_at
                            ELSE excluded.acquired_at END,
                        heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at
                    WHERE l.holder = excluded.holder OR l.expires_at <= excluded.acquired_at
                        OR l.holder = \(deadHolder)
                    RETURNING heartbeat_at, expires_at
                    """, logger: logger
                ).decode((Double, Double).self) {
                    taken = row
                }
                guard let taken else { return false }
                if let before, before.holder != holder {
                    try await Self.leaseEvent(
                        connection, board: board, holder: before.holder, runID: before.runID,
                        kind: before.expired ? .expired : .stolen, at: before.expired ? before.expiresAt : taken.at,
                        expiresAt: before.expiresAt, logger: logger)
                }
                if before?.holder != holder {
                    try await Self.leaseEvent(
                        connection, board: board, holder: holder, runID: runID, kind: .acquired, at: taken.at,
                        expiresAt: taken.expiresAt, logger: logger)
                }
                return true
            }
        }
        if taken { return nil }
        return try await fetchLeases(
            "SELECT \(unescaped: Self.leaseColumns) FROM leases WHERE board = \(board)"
        ).first
    }

    public func heartbeat(boards: [String], holder: String, ttlSeconds: Double) async throws(StoreError) -> [String] {
        guard !boards.isEmpty else { return [] }
        let kept = Set(
            try await rows(
                "cannot renew the leases of \(holder)",
                """
                UPDATE leases SET heartbeat_at = \(unescaped: Self.now), expires_at = \(unescaped: Self.now) + \(ttlSeconds)
                WHERE holder = \(holder) AND board = ANY(\(boards)) AND expires_at > \(unescaped: Self.now)
                RETURNING board
                """, as: String.self))
        return boards.filter { !kept.contains($0) }
    }

    public func releaseLeases(boards: [String], holder: String) async throws(StoreError) {
        guard !boards.isEmpty else { return }
        try await attempt("cannot release the leases of \(holder)") {
            try await client.query(
                """
                WITH r AS (
                    DELETE FROM leases WHERE holder = \(holder) AND board = ANY(\(boards)) RETURNING board, run_id)
                INSERT INTO lease_events (board, holder, run_id, kind, at)
                SELECT board, \(holder), run_id, 'released', \(unescaped: Self.now) FROM r
                """, logger: logger)
        }
    }

    private static func leaseEvent(
        _ connection: PostgresConnection, board: String, holder: String, runID: String?, kind: LeaseEvent.Kind,
        at: Double, expiresAt: Double?, logger: Logger
    ) async throws {
        try await connection.query(
            """
            INSERT INTO lease_events (board, holder, run_id, kind, at, expires_at)
            VALUES (\(board), \(holder), \(runID), \(kind.rawValue), \(at), \(expiresAt))
            """, logger: logger)
    }

    public func leaseEvents(board: String?) async throws(StoreError) -> [LeaseEvent] {
        try await attempt("cannot read the lease history") {
            let rows = try await client.query(
                """
                SELECT board, holder, run_id, kind, at, expires_at FROM lease_events
                WHERE \(board)::text IS NULL OR board = \(board) ORDER BY id
                """, logger: logger
            ).decode((String, String, String?, String, Double, Double?).self)
            var events: [LeaseEvent] = []
            for try await (board, holder, runID, kind, at, expiresAt) in rows {
                guard let kind = LeaseEvent.Kind(rawValue: kind) else { continue }
                events.append(
                    LeaseEvent(board: board, holder: holder, runID: runID, kind: kind, at: at, expiresAt: expiresAt))
            }
            return events
        }
    }

    public func leases() async throws(StoreError) -> [BoardLease] {
        try await fetchLeases("SELECT \(unescaped: Self.leaseColumns) FROM leases ORDER BY board")
    }

    private func fetchLeases(_ query: PostgresQuery) async throws(StoreError) -> [BoardLease] {
        try await attempt("cannot read the leases") {
            let rows = try await client.query(query, logger: logger).decode(
                (String, String, String?, Double, Double, Double, Bool).self)
            var leases: [BoardLease] = []
            for try await (board, holder, runID, acquired, heartbeat, expires, expired) in rows {
                leases.append(
                    BoardLease(
                        board: board, holder: holder, runID: runID, acquiredAt: acquired, heartbeatAt: heartbeat,
                        expiresAt: expires, expired: expired))
            }
            return leases
        }
    }

    // MARK: - Helpers

    private func encode(_ value: some Encodable) throws(StoreError) -> String {
        do { return String(decoding: try HILBenchJSON.encoder().encode(value), as: UTF8.self) } catch {
            throw StoreError(.failed, "cannot encode a value to store", store: location, cause: "\(error)")
        }
    }
}
