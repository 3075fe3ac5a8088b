import Foundation
import HILBenchCore
import HILBenchStore
import Testing

/// What every `ResultsStore` backend must do, run against each one (SQLite here, PostgreSQL where a server starts).
enum StoreContract {
    /// Runs, cases with bit-exact samples and outputs, a case stored once, history oldest first, infra errors
    /// discarded, board events in order, finishing a run, and a clean integrity check.
    static func roundTrip(_ store: any ResultsStore) async throws {
        for (index, id) in ["a", "b", "c"].enumerated() {
            try await store.createRun(
                RunRecord(
                    id: id, suiteName: "s", startedAt: Double(index), controllerVersion: "0.1.0",
                    suite: ResultsStoreTests.suite, targets: [ResultsStoreTests.target], gitCommit: "abc"))
        }
        let latencies: [Int64] = [1_000_001, 999_999, Int64.max, 0, 42]
        try await store.save(ResultsStoreTests.result(.fp32, latencies: latencies), runID: "a")
        let back = try #require(try await store.results(runID: "a", includeOutputs: true).first)
        #expect(back.latenciesNs == latencies)
        #expect(back.loadNs == 1_234_567)
        #expect(back.memory.peakRSSKiB == 20_480)
        #expect(back.outputs?.first?.values == [0.5, -1.25, 3])
        #expect(try await store.results(runID: "a").first?.outputs == nil)
        #expect(try await store.storedCaseIDs(runID: "a") == ["local/tinycnn/reference/fp32/t1/b1"])
        let run = try #require(try await store.run(id: "a"))
        #expect(run.suite == ResultsStoreTests.suite)
        #expect(run.targets == [ResultsStoreTests.target])
        #expect(run.gitCommit == "abc")
        #expect(run.endedAt == nil)
        #expect(try await store.run(id: "nope") == nil)

        // A case is stored once per run
        await #expect(throws: StoreError.self) {
            try await store.save(ResultsStoreTests.result(.fp32, latencies: [4]), runID: "a")
        }
        #expect(try await store.results(runID: "a").map(\.latenciesNs) == [latencies])

        // History: one case identity across runs, oldest run first
        for (index, id) in ["a", "b", "c"].enumerated() {
            try await store.save(ResultsStoreTests.result(.int8, latencies: [Int64(index)]), runID: id)
        }
        let history = try await store.history(of: ResultsStoreTests.result(.int8, latencies: []).key)
        #expect(history.map(\.runID) == ["a", "b", "c"])
        #expect(history.map(\.result.latenciesNs) == [[0], [1], [2]])

        // Infrastructure errors are discarded so a resumed run retries them; nothing else is
        var broken = ResultsStoreTests.result(.fp16, latencies: [])
        broken.status = .infraError
        try await store.save(broken, runID: "b")
        #expect(try await store.discardInfraErrors(runID: "b") == 1)
        #expect(try await store.storedCaseIDs(runID: "b") == ["local/tinycnn/reference/int8/t1/b1"])

        // Board events stay with their run, in order
        let events = [
            BoardEvent(
                board: "b2", at: 100.5, kind: .stoppedAnswering, detail: "no answer within 13 s",
                caseID: "b2/m/reference/fp32/t1/b1"),
            BoardEvent(board: "b2", at: 101, kind: .powerOff, detail: "relay off"),
        ]
        for event in events { try await store.record(event, runID: "a") }
        try await store.record(BoardEvent(board: "b9", at: 7, kind: .gaveUp, detail: "other run"), runID: "b")
        #expect(try await store.events(runID: "a") == events)
        #expect(try await store.events(runID: "b").map(\.board) == ["b9"])

        try await store.finishRun(id: "a", endedAt: 9)
        #expect(try await store.runs().map(\.id) == ["a", "b", "c"])
        #expect(try await store.run(id: "a")?.endedAt == 9)
        #expect(try await store.integrityCheck().isEmpty)
    }

    /// Lease rules on the store's clock: refused while another holder's lease runs, taken once it lapsed, a lapsed
    /// lease never revived by a heartbeat, released only by its holder.
    static func leases(_ store: any ResultsStore) async throws {
        // Given controller A holds board1 for an hour
        #expect(try await store.acquireLease(board: "board1", holder: "hostA:1", runID: "r1", ttlSeconds: 3600) == nil)
        // When controller B asks, it is refused and told who holds it, for which run, until when
        let refused = try #require(
            try await store.acquireLease(board: "board1", holder: "hostB:2", runID: "r2", ttlSeconds: 60))
        #expect(refused.holder == "hostA:1")
        #expect(refused.host == "hostA")
        #expect(refused.pid == 1)
        #expect(refused.runID == "r1")
        #expect(!refused.expired)
        #expect(abs(refused.expiresAt - refused.acquiredAt - 3600) < 1)
        // A renews: its lease is kept, and asking again as A succeeds (taking one's own lease is renewing it)
        #expect(try await store.heartbeat(boards: ["board1"], holder: "hostA:1", ttlSeconds: 3600).isEmpty)
        #expect(try await store.acquireLease(board: "board1", holder: "hostA:1", runID: "r1", ttlSeconds: 3600) == nil)
        // A heartbeat for a board A never leased reports it lost
        #expect(
            try await store.heartbeat(boards: ["board1", "board2"], holder: "hostA:1", ttlSeconds: 60) == ["board2"])

        // A lease with no time left has lapsed at once: B takes it, and A's heartbeat reports it lost
        #expect(try await store.acquireLease(board: "board3", holder: "hostA:1", runID: "r1", ttlSeconds: 0) == nil)
        #expect(try await store.leases().first { $0.board == "board3" }?.expired == true)
        #expect(try await store.acquireLease(board: "board3", holder: "hostB:2", runID: "r2", ttlSeconds: 3600) == nil)
        #expect(try await store.heartbeat(boards: ["board3"], holder: "hostA:1", ttlSeconds: 60) == ["board3"])
        #expect(try await store.leases().first { $0.board == "board3" }?.holder == "hostB:2")

        // A lapsed lease nobody took is not revived by its holder's heartbeat: the holder must stop and ask again
        #expect(try await store.acquireLease(board: "board4", holder: "hostA:1", runID: "r1", ttlSeconds: 0) == nil)
        #expect(try await store.heartbeat(boards: ["board4"], holder: "hostA:1", ttlSeconds: 60) == ["board4"])

        // Releasing is by holder only
        try await store.releaseLeases(boards: ["board1"], holder: "hostB:2")
        #expect(try await store.leases().first { $0.board == "board1" }?.holder == "hostA:1")
        try await store.releaseLeases(boards: ["board1", "board4"], holder: "hostA:1")
        #expect(try await store.leases().map(\.board) == ["board3"])
    }

    static func deadHolder(_ store: any ResultsStore) async throws {
        #expect(try await store.acquireLease(board: "b", holder: "host:100", runID: "r", ttlSeconds: 60) == nil)
        #expect(
            try await store.acquireLease(
                board: "b", holder: "host:200", runID: "r", ttlSeconds: 60, replacing: "host:999") != nil)
        #expect(
            try await store.acquireLease(
                board: "b", holder: "host:200", runID: "r", ttlSeconds: 60, replacing: "host:100") == nil)
        #expect(try await store.leases().map(\.holder) == ["host:200"])
    }

    /// Copies a filled store into `target` (empty) and checks every run, case, sample, output and event arrived, and
    /// that copying again writes nothing.
    static func copy(into target: any ResultsStore) async throws {
        let source = try SQLiteResultsStore.inMemory()
        try await roundTrip(source)
        let copied = try await StoreCopy.copy(from: source, to: target)
        #expect(copied.map(\.runID) == ["a", "b", "c"])
        #expect(copied.map(\.cases) == [2, 1, 1])
        #expect(try await target.runs() == source.runs())
        for run in try source.runs() {
            #expect(
                try await target.results(runID: run.id, includeOutputs: true)
                    == source.results(runID: run.id, includeOutputs: true))
            #expect(try await target.events(runID: run.id) == source.events(runID: run.id))
        }
        let again = try await StoreCopy.copy(from: source, to: target)
        #expect(again.map(\.cases) == [0, 0, 0])
        #expect(again.map(\.alreadyThere) == [2, 1, 1])
        await #expect(throws: StoreError.self) { try await StoreCopy.copy(from: source, to: target, runIDs: ["zz"]) }
    }

    /// The work queue: claims only under the board's lease, a case claimed once while its claimer holds the board,
    /// storing it marks it done, a claim returns with its holder's lease, and the lease history shows who held what.
    static func queue(_ store: any ResultsStore) async throws {
        let fp32 = ResultsStoreTests.result(.fp32, latencies: [1, 2])
        let int8 = ResultsStoreTests.result(.int8, latencies: [3])
        try await store.createRun(
            RunRecord(
                id: "q", suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: ResultsStoreTests.suite,
                targets: [ResultsStoreTests.target]),
            queue: [
                QueuedCase(caseID: fp32.key.id, board: "local"), QueuedCase(caseID: int8.key.id, board: "local"),
                QueuedCase(caseID: "elsewhere/1", board: "other"),
            ])
        #expect(try await store.queue(runID: "q").map(\.state) == [.queued, .queued, .queued])
        // No claim without the board's lease
        #expect(try await store.claimCases(runID: "q", board: "local", holder: "hostA:1", limit: 10).isEmpty)
        #expect(try await store.acquireLease(board: "local", holder: "hostA:1", runID: "q", ttlSeconds: 3600) == nil)
        // Claims come in queue order, up to the limit, and one's own claims are not handed out again
        #expect(
            try await store.claimCases(runID: "q", board: "local", holder: "hostA:1", limit: 1) == [fp32.key.id])
        #expect(
            try await store.claimCases(runID: "q", board: "local", holder: "hostA:1", limit: 10) == [int8.key.id])
        #expect(try await store.claimCases(runID: "q", board: "local", holder: "hostA:1", limit: 10).isEmpty)
        // Another controller without the lease gets nothing; the other board's case is untouched
        #expect(try await store.claimCases(runID: "q", board: "local", holder: "hostB:2", limit: 10).isEmpty)
        // Storing marks the case done by its holder
        try await store.save(fp32, runID: "q", by: "hostA:1")
        var queue = try await store.queue(runID: "q")
        #expect(queue.map(\.state) == [.done, .claimed, .queued])
        #expect(queue[0].doneBy == "hostA:1")
        #expect(queue[0].claimedBy == "hostA:1")
        #expect(queue[0].claims == 1)
        let claimedAt = try #require(queue[0].claimedAt)
        let doneAt = try #require(queue[0].doneAt)
        #expect(doneAt >= claimedAt)

        // A dies: B takes the board over, and with it A's unfinished claim — the stored case stays done
        #expect(
            try await store.acquireLease(
                board: "local", holder: "hostB:2", runID: "q", ttlSeconds: 3600, replacing: "hostA:1") == nil)
        #expect(try await store.claimCases(runID: "q", board: "local", holder: "hostB:2", limit: 10) == [int8.key.id])
        queue = try await store.queue(runID: "q")
        #expect(queue[1].claims == 2)
        #expect(queue[1].claimedBy == "hostB:2")
        // A lost lease returns its holder's claims
        #expect(try await store.returnClaims(runID: "q", board: "local", holder: "hostA:1") == 0)
        #expect(try await store.returnClaims(runID: "q", board: "local", holder: "hostB:2") == 1)
        #expect(try await store.queue(runID: "q").map(\.state) == [.done, .queued, .queued])
        // A case whose lease lapsed is claimable by the next holder
        try await store.releaseLeases(boards: ["local"], holder: "hostB:2")
        #expect(try await store.acquireLease(board: "local", holder: "hostC:3", runID: "q", ttlSeconds: 0) == nil)
        #expect(try await store.claimCases(runID: "q", board: "local", holder: "hostC:3", limit: 10).isEmpty)
        #expect(try await store.acquireLease(board: "local", holder: "hostA:4", runID: "q", ttlSeconds: 3600) == nil)
        #expect(try await store.claimCases(runID: "q", board: "local", holder: "hostA:4", limit: 10) == [int8.key.id])
        try await store.save(int8, runID: "q", by: "hostA:4")
        // A second save of a case is refused and leaves it done by its first holder
        await #expect(throws: StoreError.self) { try await store.save(int8, runID: "q", by: "hostB:2") }
        #expect(try await store.queue(runID: "q")[1].doneBy == "hostA:4")
        // Marking done without a row (a tool's model list), and reopening (resume)
        try await store.markDone(runID: "q", caseIDs: ["elsewhere/1"], by: "hostA:4")
        #expect(try await store.queue(runID: "q").map(\.state) == [.done, .done, .done])
        try await store.enqueue(
            runID: "q",
            cases: [QueuedCase(caseID: "elsewhere/1", board: "other"), QueuedCase(caseID: "new", board: "x")])
        queue = try await store.queue(runID: "q")
        #expect(queue.map(\.caseID) == [fp32.key.id, int8.key.id, "elsewhere/1", "new"])
        #expect(queue.map(\.state) == [.done, .done, .queued, .queued])

        // The lease history: who held the board, in order, on the store's clock
        let events = try await store.leaseEvents(board: "local")
        #expect(
            events.map { "\($0.kind.rawValue) \($0.holder)" } == [
                "acquired hostA:1", "stolen hostA:1", "acquired hostB:2", "released hostB:2", "acquired hostC:3",
                "expired hostC:3", "acquired hostA:4",
            ])
        #expect(try await store.leaseEvents(board: nil).count == events.count)
        let history = LeaseHistory(events: events, leases: try await store.leases())
        #expect(history.holdings.map(\.holder) == ["hostA:1", "hostB:2", "hostC:3", "hostA:4"])
        #expect(history.overlaps().isEmpty)
        let stored = try await store.queue(runID: "q").filter { $0.caseID != "elsewhere/1" }
        #expect(history.casesOutsideTheirHolder(stored).isEmpty)
        // A made-up history where two holders overlap is caught
        let forged = LeaseHistory(events: [
            LeaseEvent(board: "x", holder: "a", runID: nil, kind: .acquired, at: 0, expiresAt: 10),
            LeaseEvent(board: "x", holder: "a", runID: nil, kind: .released, at: 10, expiresAt: nil),
            LeaseEvent(board: "x", holder: "b", runID: nil, kind: .acquired, at: 5, expiresAt: 20),
        ])
        #expect(forged.overlaps().count == 1)
    }

    /// How many of `stores` (each its own connection to one store) win one board when they all ask at once.
    static func racingWinners(_ stores: [any ResultsStore]) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    (try? await store.acquireLease(board: "b", holder: "c:\(index)", runID: nil, ttlSeconds: 60))
                        == .some(nil)
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }
}
