public import Foundation
import GRDB
public import HILBenchCore

/// A run as stored: what ran, from which files, when.
public struct RunRecord: Sendable, Codable, Equatable {
    public var id: String
    public var suiteName: String
    public var startedAt: Double
    public var endedAt: Double?
    public var controllerVersion: String
    /// The suite and targets as loaded, so a resumed run plans exactly the same matrix.
    public var suite: SuiteConfig
    public var targets: [TargetConfig]
    public var gitCommit: String?
    public var kind: String

    public init(
        id: String, suiteName: String, startedAt: Double, endedAt: Double? = nil, controllerVersion: String,
        suite: SuiteConfig, targets: [TargetConfig], gitCommit: String? = nil, kind: String = "run"
    ) {
        self.id = id
        self.suiteName = suiteName
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.controllerVersion = controllerVersion
        self.suite = suite
        self.targets = targets
        self.gitCommit = gitCommit
        self.kind = kind
    }
}

/// A controller's claim on a board, kept in the store so controllers sharing it never benchmark one board at once.
public struct BoardLease: Sendable, Equatable {
    public var board: String
    /// `host:pid` of the controller.
    public var holder: String
    public var runID: String?
    public var acquiredAt: Double
    public var heartbeatAt: Double
    public var expiresAt: Double
}

/// The results store: SQLite through GRDB, append-only, one transaction per finished case.
///
/// Raw latency samples are kept as little-endian Int64 blobs (8 bytes each) next to the case row; a case's
/// row, its samples and its reference outputs are written in one transaction, so a controller killed at any
/// moment leaves either the whole case or nothing.
public final class ResultsStore: Sendable {
    private let writer: any DatabaseWriter
    public let path: String?

    /// Opens (creating and migrating) the store at `path`, in WAL mode.
    public init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw HILBenchError(.store, "cannot open the results store at \(path): \(error)")
        }
        self.path = path
        try migrate()
    }

    /// An empty in-memory store (tests).
    public static func inMemory() throws -> ResultsStore { try ResultsStore(queue: DatabaseQueue()) }

    private init(queue: DatabaseQueue) throws {
        writer = queue
        path = nil
        try migrate()
    }

    private func migrate() throws {
        var migrator = DatabaseMigrator()
        // Named migrations are never edited once shipped; add new ones below.
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
        do {
            try migrator.migrate(writer)
        } catch {
            throw HILBenchError(.store, "cannot migrate the results store at \(path ?? ":memory:"): \(error)")
        }
    }

    // MARK: - Runs

    public func createRun(_ run: RunRecord) throws {
        let encoder = Self.encoder
        let suite = String(decoding: try encoder.encode(run.suite), as: UTF8.self)
        let targets = String(decoding: try encoder.encode(run.targets), as: UTF8.self)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO runs (id, suite_name, kind, started_at, ended_at, controller_version, git_commit, suite_json, targets_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.id, run.suiteName, run.kind, run.startedAt, run.endedAt, run.controllerVersion, run.gitCommit,
                    suite, targets,
                ])
        }
    }

    public func finishRun(id: String, endedAt: Double) throws {
        try write { db in try db.execute(sql: "UPDATE runs SET ended_at = ? WHERE id = ?", arguments: [endedAt, id]) }
    }

    public func run(id: String) throws -> RunRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]).map(Self.runRecord)
        }
    }

    /// All runs, oldest first.
    public func runs() throws -> [RunRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY started_at, id").map(Self.runRecord) }
    }

    private static func runRecord(_ row: Row) throws -> RunRecord {
        let decoder = HILBenchJSON.decoder()
        return RunRecord(
            id: row["id"], suiteName: row["suite_name"], startedAt: row["started_at"], endedAt: row["ended_at"],
            controllerVersion: row["controller_version"],
            suite: try decoder.decode(SuiteConfig.self, from: Data((row["suite_json"] as String).utf8)),
            targets: try decoder.decode([TargetConfig].self, from: Data((row["targets_json"] as String).utf8)),
            gitCommit: row["git_commit"], kind: row["kind"])
    }

    // MARK: - Cases

    /// Stores one finished case — row, samples and outputs — in one transaction. A case is stored once per run.
    public func save(_ result: CaseResult, runID: String) throws {
        var stripped = result
        stripped.latenciesNs = []
        let outputs = result.outputs
        stripped.outputs = nil
        let json = String(decoding: try Self.encoder.encode(stripped), as: UTF8.self)
        let blob = Self.blob(result.latenciesNs)
        let outputsJSON = try outputs.map { String(decoding: try Self.encoder.encode($0), as: UTF8.self) }
        let key = result.key
        do {
            try write { db in
                try db.execute(
                    sql: """
                        INSERT INTO cases (run_id, case_id, target, model, runtime, precision, threads, batch, status, result_json, stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        runID, key.id, key.target, key.model, key.runtime.rawValue, key.precision.rawValue,
                        key.threads, key.batch, result.status.rawValue, json, Date().timeIntervalSince1970,
                    ])
                let row = db.lastInsertedRowID
                try db.execute(
                    sql: "INSERT INTO samples (case_row, count, latencies_ns) VALUES (?, ?, ?)",
                    arguments: [row, result.latenciesNs.count, blob])
                if let outputsJSON {
                    try db.execute(
                        sql: "INSERT INTO outputs (case_row, outputs_json) VALUES (?, ?)",
                        arguments: [row, outputsJSON])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw HILBenchError(
                .store, "case \(key.id) is already stored for run \(runID); a case is stored once", cause: error)
        }
    }

    /// Deletes the `infra_error` cases of a run (they measured nothing), so a resumed run retries them.
    /// Returns how many were removed.
    @discardableResult
    public func discardInfraErrors(runID: String) throws -> Int {
        try write { db in
            try db.execute(
                sql: "DELETE FROM cases WHERE run_id = ? AND status = ?",
                arguments: [runID, CaseResult.Status.infraError.rawValue])
            return db.changesCount
        }
    }

    /// Ids of the cases of `runID` already stored (what `--resume` skips).
    public func storedCaseIDs(runID: String) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT case_id FROM cases WHERE run_id = ?", arguments: [runID]))
        }
    }

    /// The cases of a run with their samples, in plan order of storage.
    public func results(runID: String, includeOutputs: Bool = false) throws -> [CaseResult] {
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

    /// The history of one case identity across runs (oldest first), for trends and change points.
    public func history(of key: CaseKey) throws -> [(runID: String, result: CaseResult)] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT cases.run_id, cases.result_json, samples.latencies_ns, NULL AS outputs_json
                    FROM cases JOIN runs ON runs.id = cases.run_id LEFT JOIN samples ON samples.case_row = cases.id
                    WHERE target = ? AND model = ? AND runtime = ? AND precision = ? AND threads = ? AND batch = ?
                    ORDER BY runs.started_at, cases.id
                    """,
                arguments: [
                    key.target, key.model, key.runtime.rawValue, key.precision.rawValue, key.threads, key.batch,
                ])
            return try rows.map { row in (row["run_id"], try Self.caseResult(row, includeOutputs: false)) }
        }
    }

    private static func caseResult(_ row: Row, includeOutputs: Bool) throws -> CaseResult {
        var result = try HILBenchJSON.decoder().decode(CaseResult.self, from: Data((row["result_json"] as String).utf8))
        if let blob = row["latencies_ns"] as Data? { result.latenciesNs = Self.latencies(blob) }
        if includeOutputs, let json = row["outputs_json"] as String? {
            result.outputs = try HILBenchJSON.decoder().decode([CaseResult.Output].self, from: Data(json.utf8))
        }
        return result
    }

    /// SQLite's own `PRAGMA integrity_check` plus the store's invariants (every case has its samples, counts match).
    public func integrityCheck() throws -> [String] {
        try read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let orphans =
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COUNT(*) FROM cases LEFT JOIN samples ON samples.case_row = cases.id WHERE samples.case_row IS NULL"
                ) ?? 0
            if orphans > 0 { problems.append("\(orphans) case rows without samples") }
            let torn =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM samples WHERE length(latencies_ns) != 8 * count") ?? 0
            if torn > 0 { problems.append("\(torn) sample blobs whose length does not match their count") }
            return problems
        }
    }

    // MARK: - Board events

    /// Appends what happened to a board during a run (committed at once: a crash keeps what was recorded).
    public func record(_ event: BoardEvent, runID: String) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO board_events (run_id, board, at, kind, detail, case_id) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [runID, event.board, event.at, event.kind.rawValue, event.detail, event.caseID])
        }
    }

    /// The events of a run in the order they were recorded. An event kind this version does not know is skipped.
    public func events(runID: String) throws -> [BoardEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM board_events WHERE run_id = ? ORDER BY id", arguments: [runID])
                .compactMap { row in
                    guard let kind = BoardEvent.Kind(rawValue: row["kind"]) else { return nil }
                    return BoardEvent(
                        board: row["board"], at: row["at"], kind: kind, detail: row["detail"], caseID: row["case_id"])
                }
        }
    }

    // MARK: - Leases

    /// Takes the lease on `board` for `holder` unless someone else holds an unexpired one, in which case that
    /// lease is returned and nothing changes. One transaction: two controllers on one store never both win.
    /// - Parameter replacing: a holder known to be dead (same host, process gone) whose unexpired lease may be taken.
    public func acquireLease(
        board: String, holder: String, runID: String?, ttlSeconds: Double, now: Double = Date().timeIntervalSince1970,
        replacing deadHolder: String? = nil
    ) throws -> BoardLease? {
        try write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM leases WHERE board = ?", arguments: [board]) {
                let lease = Self.lease(row)
                if lease.holder != holder && lease.expiresAt > now && lease.holder != deadHolder { return lease }
            }
            try db.execute(
                sql: """
                    INSERT INTO leases (board, holder, run_id, acquired_at, heartbeat_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(board) DO UPDATE SET holder = excluded.holder, run_id = excluded.run_id, acquired_at = excluded.acquired_at,
                        heartbeat_at = excluded.heartbeat_at, expires_at = excluded.expires_at
                    """, arguments: [board, holder, runID, now, now, now + ttlSeconds])
            return nil
        }
    }

    /// Extends the holder's leases; returns the boards whose lease it no longer holds.
    @discardableResult
    public func heartbeat(
        boards: [String], holder: String, ttlSeconds: Double, now: Double = Date().timeIntervalSince1970
    ) throws -> [String] {
        try write { db in
            var lost: [String] = []
            for board in boards {
                try db.execute(
                    sql: "UPDATE leases SET heartbeat_at = ?, expires_at = ? WHERE board = ? AND holder = ?",
                    arguments: [now, now + ttlSeconds, board, holder])
                if db.changesCount == 0 { lost.append(board) }
            }
            return lost
        }
    }

    public func releaseLeases(boards: [String], holder: String) throws {
        try write { db in
            for board in boards {
                try db.execute(sql: "DELETE FROM leases WHERE board = ? AND holder = ?", arguments: [board, holder])
            }
        }
    }

    /// Every lease, expired or not.
    public func leases() throws -> [BoardLease] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM leases ORDER BY board").map(Self.lease) }
    }

    private static func lease(_ row: Row) -> BoardLease {
        BoardLease(
            board: row["board"], holder: row["holder"], runID: row["run_id"], acquiredAt: row["acquired_at"],
            heartbeatAt: row["heartbeat_at"], expiresAt: row["expires_at"])
    }

    // MARK: - Helpers

    private static var encoder: JSONEncoder { HILBenchJSON.encoder() }

    static func blob(_ values: [Int64]) -> Data {
        var data = Data(capacity: values.count * 8)
        for value in values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func latencies(_ blob: Data) -> [Int64] {
        blob.withUnsafeBytes { raw in
            (0..<raw.count / 8).map { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: Int64.self)) }
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let error as DatabaseError {
            throw error
        } catch {
            throw HILBenchError(.store, "store write failed: \(error)")
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }
}
