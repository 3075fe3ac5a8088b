import Foundation
import GRDB
public import HILBenchCore

/// The embedded results store: one SQLite file through GRDB, append-only, one transaction per finished case.
///
/// Raw latency samples are kept as little-endian Int64 blobs (8 bytes each) next to the case row; a case's
/// row, its samples and its reference outputs are written in one transaction, so a controller killed at any
/// moment leaves either the whole case or nothing. Leases rest on SQLite's single writer: each lease operation is
/// one statement, timed by SQLite's own clock.
public final class SQLiteResultsStore: ResultsStore {
    private let writer: any DatabaseWriter
    public let path: String?
    public var location: String { path ?? ":memory:" }

    /// Opens (creating and migrating) the store at `path`, in WAL mode.
    public init(path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
        } catch {
            throw StoreError(.failed, "cannot create the results store's folder", store: path, cause: "\(error)")
        }
        // Two processes opening a new or older store at once would both find a migration unapplied and both run it
        // (the applied list is read outside the migration's transaction): the second then fails, e.g. "duplicate
        // column name". Opening a new file is racy too: each opener switches it to WAL, and a second opener that
        // finds the first mid-switch fails with "database is locked" (the busy timeout does not cover it). An
        // advisory lock on the store's folder, held from open to the last migration, serialises both: flock is
        // independent of SQLite's own fcntl locks, and the folder needs no lock file of its own.
        let folder = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 { while flock(folder, LOCK_EX) != 0 && errno == EINTR {} }
        defer { if folder >= 0 { close(folder) } }
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.failed, "cannot open the results store", store: path, cause: "\(error)")
        }
        self.path = path
        try Self.migrate(writer, store: path)
    }

    /// An empty in-memory store (tests).
    public static func inMemory() throws(StoreError) -> SQLiteResultsStore {
        do {
            return try SQLiteResultsStore(queue: DatabaseQueue())
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.failed, "cannot open an in-memory store", store: ":memory:", cause: "\(error)")
        }
    }

    private init(queue: DatabaseQueue) throws(StoreError) {
        writer = queue
        path = nil
        try Self.migrate(writer, store: ":memory:")
    }

    /// The schema, as named migrations. Named migrations are never edited once shipped; add new ones at the end.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: runs, cases, samples, outputs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE runs (
                        id TEXT PRIMARY KEY NOT NULL,
                        suite_name TEXT NOT NULL,
                        kind TEXT NOT NULL DEFAULT 'run',
                        started_at REAL NOT NULL,
                        ended_at REAL,
                        controller_version TEXT NOT NULL,
                        git_commit TEXT,
                        suite_json TEXT NOT NULL,
                        targets_json TEXT NOT NULL
                    );
                    CREATE TABLE cases (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
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
                        stored_at REAL NOT NULL,
                        UNIQUE (run_id, case_id)
                    );
                    CREATE INDEX cases_by_identity ON cases(target, model, runtime, precision, threads, batch);
                    CREATE TABLE samples (
                        case_row INTEGER PRIMARY KEY NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                        count INTEGER NOT NULL,
                        latencies_ns BLOB NOT NULL
                    );
                    CREATE TABLE outputs (
                        case_row INTEGER PRIMARY KEY NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                        outputs_json TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2: board leases") { db in
            try db.execute(
                sql: """
                    CREATE TABLE leases (
                        board TEXT PRIMARY KEY NOT NULL,
                        holder TEXT NOT NULL,
                        run_id TEXT,
                        acquired_at REAL NOT NULL,
                        heartbeat_at REAL NOT NULL,
                        expires_at REAL NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v3: board events") { db in
            try db.execute(
                sql: """
                    CREATE TABLE board_events (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        board TEXT NOT NULL,
                        at REAL NOT NULL,
                        kind TEXT NOT NULL,
                        detail TEXT NOT NULL,
                        case_id TEXT
                    );
                    CREATE INDEX board_events_by_run ON board_events(run_id, id);
                    """)
        }
        migrator.registerMigration("v4: work queue, lease events") { db in
            try db.execute(sql: StoreSchema.queueSQL(id: "INTEGER PRIMARY KEY AUTOINCREMENT", real: "REAL"))
        }
        // History reads (`history(of:)`: a nightly reads a year of every case it ran) take each case's summary, not
        // its whole JSON; rows stored before are summarised here exactly as `CaseResult.historySummary` does.
        migrator.registerMigration("v5: case summaries for history") { db in
            try db.execute(
                sql: """
                    ALTER TABLE cases ADD COLUMN summary_json TEXT;
                    UPDATE cases SET summary_json = json_remove(
                        json_set(result_json, '$.memory.timeline', json('[]'), '$.warmupLatenciesNs', json('[]'),
                            '$.markerEdges', json('[]')),
                        '$.inputs', '$.outputs');
                    """)
        }
        // History judgements read a compact row per case, not its summary and samples; rows stored before are filled
        // here from their summary and samples, exactly as `save` fills it (`CaseHistoryRow.init`).
        migrator.registerMigration("v6: case history rows") { db in
            try db.execute(
                sql: StoreSchema.historySQL(
                    key: "INTEGER", real: "REAL", bool: "INTEGER", blob: "BLOB", integer: "INTEGER"))
            var last: Int64 = 0
            while true {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT cases.id, COALESCE(cases.summary_json, cases.result_json) AS json, samples.latencies_ns
                        FROM cases LEFT JOIN samples ON samples.case_row = cases.id
                        WHERE cases.id > ? ORDER BY cases.id LIMIT 1000
                        """, arguments: [last])
                guard let final = rows.last else { break }
                for row in rows {
                    let history = try StoredRow.historyRow(summaryJSON: row["json"], samples: row["latencies_ns"])
                    try SQLiteResultsStore.insertHistory(db, caseRow: row["id"], history)
                }
                last = final["id"]
            }
        }
        return migrator
    }

    private static func migrate(_ writer: any DatabaseWriter, store: String) throws(StoreError) {
        let migrator = Self.migrator
        do {
            // A store migrated by a newer hilbench has migrations this binary does not know: refuse rather than
            // write rows the newer schema may not expect.
            let unknown = try writer.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
            }
            if !unknown.isEmpty {
                throw StoreError(
                    .schemaTooNew,
                    "the store was written by a newer hilbench (unknown migrations: "
                        + "\(unknown.sorted().joined(separator: ", "))); use that version or a newer one",
                    store: store)
            }
            try migrator.migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.failed, "cannot migrate the results store", store: store, cause: "\(error)")
        }
    }

    // MARK: - Runs

    public func createRun(_ run: RunRecord, queue: [QueuedCase] = []) throws(StoreError) {
        let suite = try encode(run.suite)
        let targets = try encode(run.targets)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (id, suite_name, kind, started_at, ended_at, controller_version, git_commit,
                        suite_json, targets_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.id, run.suiteName, run.kind, run.startedAt, run.endedAt, run.controllerVersion, run.gitCommit,
                    suite, targets,
                ])
            try Self.enqueue(db, runID: run.id, cases: queue)
        }
    }

    public func finishRun(id: String, endedAt: Double) throws(StoreError) {
        try write { db in try db.execute(sql: "UPDATE runs SET ended_at = ? WHERE id = ?", arguments: [endedAt, id]) }
    }

    public func run(id: String) throws(StoreError) -> RunRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]).map(Self.runRecord)
        }
    }

    /// All runs, oldest first.
    public func runs() throws(StoreError) -> [RunRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY started_at, id").map(Self.runRecord) }
    }

    private static func runRecord(_ row: Row) throws -> RunRecord {
        try StoredRow.run(
            id: row["id"], suiteName: row["suite_name"], kind: row["kind"], startedAt: row["started_at"],
            endedAt: row["ended_at"], controllerVersion: row["controller_version"], gitCommit: row["git_commit"],
            suiteJSON: row["suite_json"], targetsJSON: row["targets_json"])
    }

    // MARK: - Cases

    public func save(_ result: CaseResult, runID: String, by holder: LeaseHolder? = nil) throws(StoreError) {
        let row = try StoredRow.CaseRow(result, store: location)
        let key = result.key
        do {
            try writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO cases (run_id, case_id, target, model, runtime, precision, threads, batch, status,
                            result_json, stored_at, summary_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        runID, key.id, key.target, key.model, key.runtime.rawValue, key.precision.rawValue,
                        key.threads, key.batch, result.status.rawValue, row.resultJSON, Date().timeIntervalSince1970,
                        row.summaryJSON,
                    ])
                let caseRow = db.lastInsertedRowID
                try db.execute(
                    sql: "INSERT INTO samples (case_row, count, latencies_ns) VALUES (?, ?, ?)",
                    arguments: [caseRow, result.latenciesNs.count, row.samples])
                if let outputsJSON = row.outputsJSON {
                    try db.execute(
                        sql: "INSERT INTO outputs (case_row, outputs_json) VALUES (?, ?)",
                        arguments: [caseRow, outputsJSON])
                }
                try Self.insertHistory(db, caseRow: caseRow, row.history)
                try Self.markDone(db, runID: runID, caseIDs: [key.id], holder: holder)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError(
                .duplicateCase, "case \(key.id) is already stored for run \(runID); a case is stored once",
                store: location, cause: error.message)
        } catch {
            throw failure("cannot store case \(key.id)", error)
        }
    }

    @discardableResult
    public func discardInfraErrors(runID: String) throws(StoreError) -> Int {
        try write { db in
            try db.execute(
                sql: "DELETE FROM cases WHERE run_id = ? AND status = ?",
                arguments: [runID, CaseResult.Status.infraError.rawValue])
            return db.changesCount
        }
    }

    public func storedCaseIDs(runID: String) throws(StoreError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT case_id FROM cases WHERE run_id = ?", arguments: [runID]))
        }
    }

    public func results(runID: String, includeOutputs: Bool = false) throws(StoreError) -> [CaseResult] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT cases.id AS row_id, cases.result_json, samples.latencies_ns, outputs.outputs_json
                    FROM cases LEFT JOIN samples ON samples.case_row = cases.id
                    LEFT JOIN outputs ON outputs.case_row = cases.id
                    WHERE cases.run_id = ? ORDER BY cases.id
                    """, arguments: [runID])
            return try rows.map { row in try Self.caseResult(row, includeOutputs: includeOutputs) }
        }
    }

    public func history(of key: CaseKey) throws(StoreError) -> [StoredCase] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT cases.run_id, cases.summary_json AS result_json, samples.latencies_ns, NULL AS outputs_json
                    FROM cases JOIN runs ON runs.id = cases.run_id LEFT JOIN samples ON samples.case_row = cases.id
                    WHERE target = ? AND model = ? AND runtime = ? AND precision = ? AND threads = ? AND batch = ?
                    ORDER BY runs.started_at, cases.id
                    """,
                arguments: [
                    key.target, key.model, key.runtime.rawValue, key.precision.rawValue, key.threads, key.batch,
                ])
            return try rows.map { row in
                StoredCase(runID: row["run_id"], result: try Self.caseResult(row, includeOutputs: false))
            }
        }
    }

    public func historyRows(of key: CaseKey) throws(StoreError) -> [StoredHistoryRow] {
        let location = self.location
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT cases.run_id, cases.status, \(StoreSchema.historySelection)
                    FROM cases JOIN runs ON runs.id = cases.run_id JOIN case_history ON case_history.case_row = cases.id
                    WHERE target = ? AND model = ? AND runtime = ? AND precision = ? AND threads = ? AND batch = ?
                    ORDER BY runs.started_at, cases.id
                    """,
                arguments: [
                    key.target, key.model, key.runtime.rawValue, key.precision.rawValue, key.threads, key.batch,
                ])
            return try rows.map { row in
                let statusText: String = row["status"]
                guard let status = CaseResult.Status(rawValue: statusText) else {
                    throw StoreError(
                        .corrupt, "unknown case status '\(statusText)' in the history of \(key.id)", store: location)
                }
                return StoredHistoryRow(
                    runID: row["run_id"],
                    row: CaseHistoryRow(
                        status: status, startedAt: row["started_at"], noisyReason: row["noisy_reason"],
                        throttled: row["throttled"], medianLatencyNs: row["median_ns"],
                        medianIntervalLowerNs: row["median_lower_ns"], medianIntervalUpperNs: row["median_upper_ns"],
                        printedSummaryLatencyNs: row["printed_latency_ns"],
                        executionMediansNs: StoredRow.doubles(row["execution_medians_ns"]),
                        executionSamplesPositive: row["executions_positive"],
                        energyMillijoulesPerInference: row["energy_mj"], peakRSSKiB: row["peak_rss_kib"]))
            }
        }
    }

    private static func insertHistory(_ db: Database, caseRow: Int64, _ history: CaseHistoryRow) throws {
        try db.execute(
            sql: """
                INSERT INTO case_history (case_row, \(StoreSchema.historyColumns))
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                caseRow, history.startedAt, history.noisyReason, history.throttled, history.medianLatencyNs,
                history.medianIntervalLowerNs, history.medianIntervalUpperNs, history.printedSummaryLatencyNs,
                StoredRow.blob(history.executionMediansNs), history.executionSamplesPositive,
                history.energyMillijoulesPerInference, history.peakRSSKiB,
            ])
    }

    private static func caseResult(_ row: Row, includeOutputs: Bool) throws -> CaseResult {
        try StoredRow.caseResult(
            resultJSON: row["result_json"], samples: row["latencies_ns"] as Data?,
            outputsJSON: includeOutputs ? row["outputs_json"] as String? : nil)
    }

    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let orphans =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM cases LEFT JOIN samples ON samples.case_row = cases.id
                        WHERE samples.case_row IS NULL
                        """) ?? 0
            if orphans > 0 { problems.append("\(orphans) case rows without samples") }
            let unrowed =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM cases LEFT JOIN case_history ON case_history.case_row = cases.id
                        WHERE case_history.case_row IS NULL
                        """) ?? 0
            if unrowed > 0 { problems.append("\(unrowed) case rows without a history row") }
            let torn =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM samples WHERE length(latencies_ns) != 8 * count") ?? 0
            if torn > 0 { problems.append("\(torn) sample blobs whose length does not match their count") }
            return problems
        }
    }

    // MARK: - Board events

    public func record(_ event: BoardEvent, runID: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "INSERT INTO board_events (run_id, board, at, kind, detail, case_id) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [runID, event.board, event.at, event.kind.rawValue, event.detail, event.caseID])
        }
    }

    public func events(runID: String) throws(StoreError) -> [BoardEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM board_events WHERE run_id = ? ORDER BY id", arguments: [runID])
                .compactMap { row in
                    guard let kind = BoardEvent.Kind(rawValue: row["kind"]) else { return nil }
                    return BoardEvent(
                        board: row["board"], at: row["at"], kind: kind, detail: row["detail"], caseID: row["case_id"])
                }
        }
    }

    // MARK: - Work queue

    public func enqueue(runID: String, cases: [QueuedCase]) throws(StoreError) {
        try write { db in try Self.enqueue(db, runID: runID, cases: cases) }
    }

    private static func enqueue(_ db: Database, runID: String, cases: [QueuedCase]) throws {
        let start = try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM case_queue WHERE run_id = ?", arguments: [runID])
        for (offset, queued) in cases.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO case_queue (run_id, case_id, board, seq) VALUES (?, ?, ?, ?)
                    ON CONFLICT (run_id, case_id) DO UPDATE SET state = 'queued', board = excluded.board,
                        done_by = NULL, done_at = NULL
                    """, arguments: [runID, queued.caseID, queued.board, (start ?? 0) + 1 + offset])
        }
    }

    public func claimCases(runID: String, board: String, holder: LeaseHolder, limit: Int) throws(StoreError) -> [String]
    {
        // One statement (SQLite's single writer makes it atomic): the lease check and the claim together.
        try write { db in
            try Row.fetchAll(
                db,
                sql: """
                    UPDATE case_queue SET state = 'claimed', claims = claims + 1, claimed_by = ?,
                        claimed_at = \(Self.now)
                    WHERE id IN (
                        SELECT id FROM case_queue WHERE run_id = ? AND board = ?
                            AND (state = 'queued' OR (state = 'claimed' AND claimed_by <> ?))
                            AND EXISTS (SELECT 1 FROM leases WHERE leases.board = ? AND holder = ?
                                AND expires_at > \(Self.now))
                        ORDER BY seq LIMIT ?)
                    RETURNING case_id, seq
                    """, arguments: [holder, runID, board, holder, board, holder, limit]
            ).sorted { ($0["seq"] as Int) < ($1["seq"] as Int) }.map { $0["case_id"] }
        }
    }

    @discardableResult
    public func returnClaims(runID: String, board: String, holder: LeaseHolder) throws(StoreError) -> Int {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE case_queue SET state = 'queued'
                    WHERE run_id = ? AND board = ? AND claimed_by = ? AND state = 'claimed'
                    """, arguments: [runID, board, holder])
            return db.changesCount
        }
    }

    public func markDone(runID: String, caseIDs: [String], by holder: LeaseHolder) throws(StoreError) {
        try write { db in try Self.markDone(db, runID: runID, caseIDs: caseIDs, holder: holder) }
    }

    private static func markDone(_ db: Database, runID: String, caseIDs: [String], holder: String?) throws {
        guard !caseIDs.isEmpty else { return }
        try db.execute(
            sql: """
                UPDATE case_queue SET state = 'done', done_by = COALESCE(?, claimed_by), done_at = \(Self.now)
                WHERE run_id = ? AND case_id IN (\(databaseQuestionMarks(count: caseIDs.count)))
                """, arguments: StatementArguments([holder, runID] as [(any DatabaseValueConvertible)?] + caseIDs))
    }

    public func queue(runID: String) throws(StoreError) -> [QueueEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM case_queue WHERE run_id = ? ORDER BY seq", arguments: [runID])
                .map { row in
                    QueueEntry(
                        caseID: row["case_id"], board: row["board"],
                        state: QueueEntry.State(rawValue: row["state"]) ?? .queued, claims: row["claims"],
                        claimedBy: row["claimed_by"], claimedAt: row["claimed_at"], doneBy: row["done_by"],
                        doneAt: row["done_at"])
                }
        }
    }

    // MARK: - Leases

    /// SQLite's clock in seconds since 1970 (millisecond resolution; one value for the whole statement).
    private static let now = "((julianday('now') - 2440587.5) * 86400.0)"

    public func acquireLease(
        board: String, holder: LeaseHolder, runID: String?, ttlSeconds: Double, replacing deadHolder: String? = nil
    ) throws(StoreError) -> BoardLease? {
        try write { db in
            let before = try Row.fetchOne(
                db,
                sql: """
                    SELECT holder, run_id, expires_at, expires_at <= \(Self.now) AS expired FROM leases
                    WHERE board = ?
                    """,
                arguments: [board])
            // One statement: insert, or take over a lease that is ours, expired, or a dead holder's.
            let taken = try Row.fetchOne(
                db,
                sql: """
                    INSERT INTO leases (board, holder, run_id, acquired_at, heartbeat_at, expires_at)
                    VALUES (?, ?, ?, \(Self.now), \(Self.now), \(Self.now) + ?)
                    ON CONFLICT (board) DO UPDATE SET holder = excluded.holder, run_id = excluded.run_id,
                        acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at
                            ELSE excluded.acquired_at END,
                        heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at
                    WHERE leases.holder = excluded.holder OR leases.expires_at <= excluded.acquired_at
                        OR leases.holder = ?
                    RETURNING heartbeat_at, expires_at
                    """, arguments: [board, holder, runID, ttlSeconds, deadHolder])
            if let taken {
                // The history, in the same transaction: the previous holder's end, then this holding's start.
                let at: Double = taken["heartbeat_at"]
                if let before, (before["holder"] as String) != holder {
                    let expired: Bool = before["expired"]
                    try Self.leaseEvent(
                        db, board: board, holder: before["holder"], runID: before["run_id"],
                        kind: expired ? .expired : .stolen, at: expired ? before["expires_at"] : at,
                        expiresAt: before["expires_at"])
                }
                if before == nil || (before?["holder"] as String?) != holder {
                    try Self.leaseEvent(
                        db, board: board, holder: holder, runID: runID, kind: .acquired, at: at,
                        expiresAt: taken["expires_at"])
                }
                return nil
            }
            return try Row.fetchOne(
                db, sql: "SELECT *, expires_at <= \(Self.now) AS expired FROM leases WHERE board = ?",
                arguments: [board]
            ).map(Self.lease)
        }
    }

    public func heartbeat(boards: [String], holder: String, ttlSeconds: Double) throws(StoreError) -> [String] {
        guard !boards.isEmpty else { return [] }
        return try write { db in
            let kept = try String.fetchSet(
                db,
                sql: """
                    UPDATE leases SET heartbeat_at = \(Self.now), expires_at = \(Self.now) + ?
                    WHERE holder = ? AND expires_at > \(Self.now)
                        AND board IN (\(databaseQuestionMarks(count: boards.count)))
                    RETURNING board
                    """, arguments: StatementArguments([ttlSeconds, holder] as [any DatabaseValueConvertible] + boards))
            return boards.filter { !kept.contains($0) }
        }
    }

    public func releaseLeases(boards: [String], holder: String) throws(StoreError) {
        guard !boards.isEmpty else { return }
        try write { db in
            let released = try Row.fetchAll(
                db,
                sql: """
                    DELETE FROM leases WHERE holder = ? AND board IN (\(databaseQuestionMarks(count: boards.count)))
                    RETURNING board, run_id, \(Self.now) AS at
                    """, arguments: StatementArguments([holder] + boards))
            for row in released {
                try Self.leaseEvent(
                    db, board: row["board"], holder: holder, runID: row["run_id"], kind: .released, at: row["at"],
                    expiresAt: nil)
            }
        }
    }

    private static func leaseEvent(
        _ db: Database, board: String, holder: String, runID: String?, kind: LeaseEvent.Kind, at: Double,
        expiresAt: Double?
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO lease_events (board, holder, run_id, kind, at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [board, holder, runID, kind.rawValue, at, expiresAt])
    }

    public func leaseEvents(board: String? = nil) throws(StoreError) -> [LeaseEvent] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM lease_events WHERE ? IS NULL OR board = ? ORDER BY id",
                arguments: [board, board]
            ).compactMap { row in
                guard let kind = LeaseEvent.Kind(rawValue: row["kind"]) else { return nil }
                return LeaseEvent(
                    board: row["board"], holder: row["holder"], runID: row["run_id"], kind: kind, at: row["at"],
                    expiresAt: row["expires_at"])
            }
        }
    }

    public func leases() throws(StoreError) -> [BoardLease] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT *, expires_at <= \(Self.now) AS expired FROM leases ORDER BY board")
                .map(Self.lease)
        }
    }

    private static func lease(_ row: Row) -> BoardLease {
        BoardLease(
            board: row["board"], holder: row["holder"], runID: row["run_id"], acquiredAt: row["acquired_at"],
            heartbeatAt: row["heartbeat_at"], expiresAt: row["expires_at"], expired: row["expired"])
    }

    // MARK: - Helpers

    private func encode(_ value: some Encodable) throws(StoreError) -> String {
        do { return String(decoding: try HILBenchJSON.encoder().encode(value), as: UTF8.self) } catch {
            throw StoreError(.failed, "cannot encode a value to store", store: location, cause: "\(error)")
        }
    }

    private func failure(_ what: String, _ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if error is DecodingError {
            return StoreError(
                .corrupt, "\(what): a stored value cannot be read back", store: location, cause: "\(error)")
        }
        if let error = error as? DatabaseError {
            return StoreError(.failed, what, store: location, cause: error.description)
        }
        return StoreError(.failed, what, store: location, cause: "\(error)")
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(body) } catch { throw failure("store write failed", error) }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(body) } catch { throw failure("store read failed", error) }
    }
}
