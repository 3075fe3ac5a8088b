import HILBenchCore
import HILBenchStore
import Synchronization

/// A real SQLite store whose lease renewals can be made to fail or hang, as when a shared database server stops
/// answering: everything else goes through.
final class UnreachableRenewals: ResultsStore {
    let base: SQLiteResultsStore
    private let failing = Mutex<Failure?>(nil)

    enum Failure: Sendable { case error, hang }

    init(_ base: SQLiteResultsStore) { self.base = base }

    /// From now on every renewal fails (`StoreError.unreachable`), or never returns (until cancelled).
    func cutRenewals(_ failure: Failure = .error) { failing.withLock { $0 = failure } }

    var location: String { base.location }

    func heartbeat(boards: [String], holder: String, ttlSeconds: Double) async throws(StoreError) -> [String] {
        switch failing.withLock({ $0 }) {
        case nil: break
        case .error: throw StoreError(.unreachable, "the store did not answer (test)", store: location)
        case .hang:
            try? await Task.sleep(for: .seconds(3600))
            throw StoreError(.unreachable, "the store did not answer within an hour (test)", store: location)
        }
        return try base.heartbeat(boards: boards, holder: holder, ttlSeconds: ttlSeconds)
    }

    func createRun(_ run: RunRecord, queue: [QueuedCase]) async throws(StoreError) {
        try base.createRun(run, queue: queue)
    }
    func finishRun(id: String, endedAt: Double) async throws(StoreError) {
        try base.finishRun(id: id, endedAt: endedAt)
    }
    func run(id: String) async throws(StoreError) -> RunRecord? { try base.run(id: id) }
    func runs() async throws(StoreError) -> [RunRecord] { try base.runs() }
    func save(_ result: CaseResult, runID: String, by holder: LeaseHolder?) async throws(StoreError) {
        try base.save(result, runID: runID, by: holder)
    }
    func discardInfraErrors(runID: String) async throws(StoreError) -> Int {
        try base.discardInfraErrors(runID: runID)
    }
    func storedCaseIDs(runID: String) async throws(StoreError) -> Set<String> {
        try base.storedCaseIDs(runID: runID)
    }
    func results(runID: String, includeOutputs: Bool) async throws(StoreError) -> [CaseResult] {
        try base.results(runID: runID, includeOutputs: includeOutputs)
    }
    func history(of key: CaseKey) async throws(StoreError) -> [StoredCase] { try base.history(of: key) }
    func historyRows(of key: CaseKey) async throws(StoreError) -> [StoredHistoryRow] { try base.historyRows(of: key) }
    func integrityCheck() async throws(StoreError) -> [String] { try base.integrityCheck() }
    func record(_ event: BoardEvent, runID: String) async throws(StoreError) {
        try base.record(event, runID: runID)
    }
    func events(runID: String) async throws(StoreError) -> [BoardEvent] { try base.events(runID: runID) }
    func acquireLease(
        board: String, holder: LeaseHolder, runID: String?, ttlSeconds: Double, replacing deadHolder: String?
    ) async throws(StoreError) -> BoardLease? {
        try base.acquireLease(
            board: board, holder: holder, runID: runID, ttlSeconds: ttlSeconds, replacing: deadHolder)
    }
    func releaseLeases(boards: [String], holder: String) async throws(StoreError) {
        try base.releaseLeases(boards: boards, holder: holder)
    }
    func leases() async throws(StoreError) -> [BoardLease] { try base.leases() }
    func leaseEvents(board: String?) async throws(StoreError) -> [LeaseEvent] {
        try base.leaseEvents(board: board)
    }
    func enqueue(runID: String, cases: [QueuedCase]) async throws(StoreError) {
        try base.enqueue(runID: runID, cases: cases)
    }
    func claimCases(runID: String, board: String, holder: LeaseHolder, limit: Int) async throws(StoreError) -> [String]
    {
        try base.claimCases(runID: runID, board: board, holder: holder, limit: limit)
    }
    func returnClaims(runID: String, board: String, holder: LeaseHolder) async throws(StoreError) -> Int {
        try base.returnClaims(runID: runID, board: board, holder: holder)
    }
    func markDone(runID: String, caseIDs: [String], by holder: LeaseHolder) async throws(StoreError) {
        try base.markDone(runID: runID, caseIDs: caseIDs, by: holder)
    }
    func queue(runID: String) async throws(StoreError) -> [QueueEntry] { try base.queue(runID: runID) }
}
