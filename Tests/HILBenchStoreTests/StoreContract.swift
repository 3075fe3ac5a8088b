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
