public import HILBenchCore

/// Where results live: runs, their cases with raw samples and reference outputs, what happened to boards, and the
/// board leases controllers sharing the store coordinate through.
///
/// Two backends: `SQLiteResultsStore` (one file, the embedded default) and `PostgresResultsStore` (a shared lab:
/// several controllers, one history). `ResultsStores.open(_:)` picks one from `--store`. Every method throws only
/// `StoreError`. A case is written in one transaction (row, samples, outputs), so a controller killed at any moment
/// leaves the whole case or nothing; board events are committed one by one.
///
/// Lease times are on the store's clock (the database server's), never the controller's: controllers on machines
/// whose clocks differ still agree on when a lease expires.
public protocol ResultsStore: Sendable {
    /// The store as shown to people: a path, or a URL without any password.
    var location: String { get }

    // MARK: Runs

    /// Stores a new run and its work queue (`queue`, in order) in one transaction: a controller joining the run finds
    /// either no run or the run with its whole queue.
    func createRun(_ run: RunRecord, queue: [QueuedCase]) async throws(StoreError)
    func finishRun(id: String, endedAt: Double) async throws(StoreError)
    func run(id: String) async throws(StoreError) -> RunRecord?
    /// All runs, oldest first.
    func runs() async throws(StoreError) -> [RunRecord]

    // MARK: Cases

    /// Stores one finished case — row, samples and outputs — in one transaction, which also marks the case done in
    /// the run's work queue (by `holder`, else by whoever claimed it). A second save of the same case for the same run
    /// throws `.duplicateCase` and changes nothing.
    func save(_ result: CaseResult, runID: String, by holder: LeaseHolder?) async throws(StoreError)
    /// Deletes the `infra_error` cases of a run (they measured nothing), so a resumed run retries them; returns how many.
    @discardableResult func discardInfraErrors(runID: String) async throws(StoreError) -> Int
    /// Ids of the cases of `runID` already stored (what `--resume` skips).
    func storedCaseIDs(runID: String) async throws(StoreError) -> Set<String>
    /// The cases of a run with their samples, in order of storage.
    func results(runID: String, includeOutputs: Bool) async throws(StoreError) -> [CaseResult]
    /// The history of one case identity across runs (oldest run first), for trends, change points and execution
    /// calibration: each result as its `historySummary` (samples, executions, energy, memory peaks; no memory timeline,
    /// warm-ups, marker edges, inputs or outputs).
    func history(of key: CaseKey) async throws(StoreError) -> [StoredCase]
    /// The history of one case identity as compact rows (oldest run first): what trends, nightly judgements, night
    /// spreads and execution calibration read (`CaseHistoryRow`), written with each case — no JSON, no samples.
    func historyRows(of key: CaseKey) async throws(StoreError) -> [StoredHistoryRow]
    /// The backend's own consistency check plus the store's invariants (every case has its samples, counts match);
    /// empty when all is well.
    func integrityCheck() async throws(StoreError) -> [String]

    // MARK: Board events

    /// Appends what happened to a board during a run (committed at once: a crash keeps what was recorded).
    func record(_ event: BoardEvent, runID: String) async throws(StoreError)
    /// The events of a run in the order they were recorded; a kind this version does not know is skipped.
    func events(runID: String) async throws(StoreError) -> [BoardEvent]

    // MARK: Work queue (a run's cases, claimed by the controllers draining it)

    /// Puts `cases` (in order) back in the run's queue, as queued: new ones are added, known ones reopened whatever
    /// their state (`--resume`, after the cases it retries were discarded).
    func enqueue(runID: String, cases: [QueuedCase]) async throws(StoreError)
    /// Claims up to `limit` open cases of `board` (queued, or claimed by another holder: its claim lapsed with its
    /// lease), in queue order — only while `holder` holds the board's unexpired lease, checked in the same statement.
    /// A claim lives as long as its holder's lease: once another holder leases the board, they are claimable again.
    /// The holder's own claims are not returned again.
    func claimCases(runID: String, board: String, holder: LeaseHolder, limit: Int) async throws(StoreError) -> [String]
    /// Puts `holder`'s claimed, unfinished cases of `board` back in the queue (its lease was lost); returns how many.
    @discardableResult
    func returnClaims(runID: String, board: String, holder: LeaseHolder) async throws(StoreError) -> Int
    /// Marks cases done without storing a row under their id (a tool's own model list stores one row per model).
    func markDone(runID: String, caseIDs: [String], by holder: LeaseHolder) async throws(StoreError)
    /// The run's queue, in order.
    func queue(runID: String) async throws(StoreError) -> [QueueEntry]

    // MARK: Leases (one statement each, on the store's clock)

    /// Takes the lease on `board` for `holder` unless another holder has an unexpired one, in which case that lease
    /// is returned and nothing changes. Taking and renewing one's own lease both succeed. Atomic: two controllers
    /// never both win.
    /// - Parameter deadHolder: a holder known to be dead (same host, process gone) whose unexpired lease may be taken.
    func acquireLease(
        board: String, holder: LeaseHolder, runID: String?, ttlSeconds: Double, replacing deadHolder: String?
    ) async throws(StoreError) -> BoardLease?
    /// Extends the holder's unexpired leases on `boards`; returns the boards whose lease it no longer holds (taken
    /// over, released, or already expired — a lapsed lease is never revived).
    func heartbeat(boards: [String], holder: String, ttlSeconds: Double) async throws(StoreError) -> [String]
    /// Gives up the holder's leases on `boards` (another holder's lease is left alone).
    func releaseLeases(boards: [String], holder: String) async throws(StoreError)
    /// Every lease, expired or not, by board; `expired` judged on the store's clock.
    func leases() async throws(StoreError) -> [BoardLease]
    /// What happened to the leases — taken, released, lapsed and taken over, stolen from a dead holder — in order,
    /// on the store's clock (written in the same transaction as the lease change), for every board or one.
    func leaseEvents(board: String?) async throws(StoreError) -> [LeaseEvent]
}

extension ResultsStore {
    /// Stores a new run with an empty work queue.
    public func createRun(_ run: RunRecord) async throws(StoreError) { try await createRun(run, queue: []) }

    /// Stores one finished case (see the requirement), marking it done by whoever claimed it.
    public func save(_ result: CaseResult, runID: String) async throws(StoreError) {
        try await save(result, runID: runID, by: nil)
    }

    /// The cases of a run with their samples (no reference outputs).
    public func results(runID: String) async throws(StoreError) -> [CaseResult] {
        try await results(runID: runID, includeOutputs: false)
    }

    /// The histories of several case identities (`history(of:)` each), `concurrency` read at once.
    public func histories(
        of keys: [CaseKey], concurrency: Int = 4
    ) async throws(StoreError) -> [CaseKey: [StoredCase]] {
        try await readEach(keys, concurrency: concurrency) { key throws(StoreError) in try await history(of: key) }
    }

    /// The history rows of several case identities (`historyRows(of:)` each), `concurrency` read at once: a nightly
    /// reads the history of every case it ran, and reading one while decoding another keeps both cores (and the
    /// server) busy.
    public func historyRows(
        of keys: [CaseKey], concurrency: Int = 4
    ) async throws(StoreError) -> [CaseKey: [StoredHistoryRow]] {
        try await readEach(keys, concurrency: concurrency) { key throws(StoreError) in try await historyRows(of: key) }
    }

    private func readEach<T: Sendable>(
        _ keys: [CaseKey], concurrency: Int, _ read: @escaping @Sendable (CaseKey) async throws(StoreError) -> T
    ) async throws(StoreError) -> [CaseKey: T] {
        do {
            return try await withThrowingTaskGroup(of: (CaseKey, T).self) { group in
                var pending = Array(Set(keys))[...]
                var found: [CaseKey: T] = [:]
                for _ in 0..<max(1, concurrency) {
                    guard let key = pending.popFirst() else { break }
                    group.addTask { (key, try await read(key)) }
                }
                while let (key, value) = try await group.next() {
                    found[key] = value
                    if let next = pending.popFirst() { group.addTask { (next, try await read(next)) } }
                }
                return found
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.failed, "cannot read the histories", store: location, cause: "\(error)")
        }
    }

    /// Takes a lease (see the requirement) with no dead holder to replace.
    public func acquireLease(
        board: String, holder: LeaseHolder, runID: String?, ttlSeconds: Double
    ) async throws(StoreError) -> BoardLease? {
        try await acquireLease(board: board, holder: holder, runID: runID, ttlSeconds: ttlSeconds, replacing: nil)
    }
}

/// One stored case of a case identity's history.
public struct StoredCase: Sendable {
    public var runID: String
    public var result: CaseResult
    public init(runID: String, result: CaseResult) {
        self.runID = runID
        self.result = result
    }
}

/// One case of a case identity's history as a compact row.
public struct StoredHistoryRow: Sendable, Equatable {
    public var runID: String
    public var row: CaseHistoryRow
    public init(runID: String, row: CaseHistoryRow) {
        self.runID = runID
        self.row = row
    }
}

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

/// Who holds a lease: `host:pid` of the controller process.
public typealias LeaseHolder = String

/// A controller's claim on a board, kept in the store so controllers sharing it never benchmark one board at once.
public struct BoardLease: Sendable, Equatable {
    public var board: String
    /// `host:pid` of the controller.
    public var holder: LeaseHolder
    public var runID: String?
    /// Seconds since 1970 on the store's clock.
    public var acquiredAt: Double
    public var heartbeatAt: Double
    public var expiresAt: Double
    /// Whether the lease had expired when it was read (judged on the store's clock).
    public var expired: Bool

    public init(
        board: String, holder: LeaseHolder, runID: String?, acquiredAt: Double, heartbeatAt: Double,
        expiresAt: Double, expired: Bool
    ) {
        self.board = board
        self.holder = holder
        self.runID = runID
        self.acquiredAt = acquiredAt
        self.heartbeatAt = heartbeatAt
        self.expiresAt = expiresAt
        self.expired = expired
    }

    /// The holder's host name (`holder` is `host:pid`).
    public var host: String {
        guard let colon = holder.lastIndex(of: ":") else { return holder }
        return String(holder[..<colon])
    }

    /// The holder's process id, when `holder` is `host:pid`.
    public var pid: Int32? {
        guard let colon = holder.lastIndex(of: ":") else { return nil }
        return Int32(holder[holder.index(after: colon)...])
    }
}

/// One case put in a run's work queue: its id and the board it runs on.
public struct QueuedCase: Sendable, Equatable {
    public var caseID: String
    public var board: String
    public init(caseID: String, board: String) {
        self.caseID = caseID
        self.board = board
    }
}

/// One case of a run's work queue as stored.
public struct QueueEntry: Sendable, Equatable {
    public enum State: String, Sendable {
        /// Waiting for a controller.
        case queued
        /// Taken by `claimedBy` (valid while it holds the board's lease).
        case claimed
        /// Stored (or marked done).
        case done
    }
    public var caseID: String
    public var board: String
    public var state: State
    /// How many times the case was claimed (more than once when a holder died or lost the board).
    public var claims: Int
    /// The last claim: who, when (store clock).
    public var claimedBy: LeaseHolder?
    public var claimedAt: Double?
    /// Who stored it, when (store clock).
    public var doneBy: LeaseHolder?
    public var doneAt: Double?

    public init(
        caseID: String, board: String, state: State, claims: Int, claimedBy: LeaseHolder?, claimedAt: Double?,
        doneBy: LeaseHolder?, doneAt: Double?
    ) {
        self.caseID = caseID
        self.board = board
        self.state = state
        self.claims = claims
        self.claimedBy = claimedBy
        self.claimedAt = claimedAt
        self.doneBy = doneBy
        self.doneAt = doneAt
    }
}

/// One change of a board's lease, on the store's clock.
public struct LeaseEvent: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// `holder` took the board (free, lapsed, or a dead holder's).
        case acquired
        /// `holder` gave the board back.
        case released
        /// `holder`'s lease had lapsed (at `expiresAt`) when another holder took the board.
        case expired
        /// `holder` was known dead and its unexpired lease was taken over.
        case stolen
    }
    public var board: String
    public var holder: LeaseHolder
    public var runID: String?
    public var kind: Kind
    /// When it happened (for `expired`: when the lease lapsed).
    public var at: Double
    /// The lease's expiry as it stood (acquired: the new lease's; expired and stolen: the old one's).
    public var expiresAt: Double?

    public init(
        board: String, holder: LeaseHolder, runID: String?, kind: Kind, at: Double, expiresAt: Double?
    ) {
        self.board = board
        self.holder = holder
        self.runID = runID
        self.kind = kind
        self.at = at
        self.expiresAt = expiresAt
    }
}
