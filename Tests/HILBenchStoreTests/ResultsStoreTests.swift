import Foundation
import HILBenchCore
import HILBenchStore
import Testing

@Suite struct ResultsStoreTests {
    static let suite = SuiteConfig(
        name: "s", models: [.init(name: "tinycnn", builtin: "tinycnn", format: .builtin)], runtimes: [.reference],
        precisions: [.fp32, .int8])
    static let target = TargetConfig(
        name: "local", transport: .local(agentPath: nil), chip: .init(soc: "host-cpu", priceUSD: 0), marker: .simulated,
        meter: .simulated)

    static func result(_ precision: Precision, latencies: [Int64]) -> CaseResult {
        var result = CaseResult(
            key: CaseKey(
                target: "local", model: "tinycnn", runtime: .reference, precision: precision, threads: 1, batch: 1),
            status: .ok, runtime: .init(name: "reference", version: "0.1.0", provider: "swift-cpu", threads: 1),
            loadNs: 1_234_567, latenciesNs: latencies, startedAt: 1_700_000_000)
        result.memory.peakRSSKiB = 20_480
        result.outputs = [
            .init(
                name: "logits", dtype: "float32", shape: [1, 3], sha256: "ab", values: [0.5, -1.25, 3], truncated: false
            )
        ]
        return result
    }

    @Test func aCaseRoundTripsWithItsRawSamplesAndOutputs() throws {
        // Given an empty store with one run
        let store = try ResultsStore.inMemory()
        try store.createRun(
            RunRecord(
                id: "r1", suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: Self.suite,
                targets: [Self.target]))
        // When a case is saved
        let latencies: [Int64] = [1_000_001, 999_999, Int64.max, 0, 42]
        try store.save(Self.result(.fp32, latencies: latencies), runID: "r1")
        // Then it comes back identical, samples bit-exact
        let back = try #require(try store.results(runID: "r1", includeOutputs: true).first)
        #expect(back.latenciesNs == latencies)
        #expect(back.loadNs == 1_234_567)
        #expect(back.memory.peakRSSKiB == 20_480)
        #expect(back.outputs?.first?.values == [0.5, -1.25, 3])
        #expect(try store.results(runID: "r1").first?.outputs == nil)
        #expect(try store.storedCaseIDs(runID: "r1") == ["local/tinycnn/reference/fp32/t1/b1"])
        let run = try #require(try store.run(id: "r1"))
        #expect(run.suite == Self.suite)
        #expect(run.targets == [Self.target])
        #expect(run.endedAt == nil)
        #expect(try store.integrityCheck().isEmpty)
    }

    @Test func boardEventsAreKeptWithTheirRunInOrder() throws {
        let store = try ResultsStore.inMemory()
        for id in ["r1", "r2"] {
            try store.createRun(
                RunRecord(
                    id: id, suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: Self.suite,
                    targets: [Self.target]))
        }
        let events = [
            BoardEvent(
                board: "b2", at: 100.5, kind: .stoppedAnswering, detail: "no answer within 13 s",
                caseID: "b2/m/reference/fp32/t1/b1"),
            BoardEvent(board: "b2", at: 101, kind: .powerOff, detail: "relay off"),
            BoardEvent(board: "b2", at: 103.25, kind: .back, detail: "answered 1.2 s after power-on"),
        ]
        for event in events { try store.record(event, runID: "r1") }
        try store.record(BoardEvent(board: "b9", at: 7, kind: .gaveUp, detail: "other run"), runID: "r2")
        #expect(try store.events(runID: "r1") == events)
        #expect(try store.events(runID: "r2").map(\.board) == ["b9"])
        #expect(try store.events(runID: "nope").isEmpty)
    }

    @Test func aCaseIsStoredOnlyOncePerRun() throws {
        let store = try ResultsStore.inMemory()
        try store.createRun(
            RunRecord(
                id: "r1", suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: Self.suite,
                targets: [Self.target]))
        try store.save(Self.result(.fp32, latencies: [1, 2, 3]), runID: "r1")
        #expect(throws: HILBenchError.self) { try store.save(Self.result(.fp32, latencies: [4]), runID: "r1") }
        #expect(try store.results(runID: "r1").map(\.latenciesNs) == [[1, 2, 3]])
    }

    @Test func historyFollowsOneCaseAcrossRunsOldestFirst() throws {
        let store = try ResultsStore.inMemory()
        for (index, id) in ["a", "b", "c"].enumerated() {
            try store.createRun(
                RunRecord(
                    id: id, suiteName: "s", startedAt: Double(index), controllerVersion: "0.1.0", suite: Self.suite,
                    targets: [Self.target]))
            try store.save(Self.result(.int8, latencies: [Int64(index)]), runID: id)
            try store.save(Self.result(.fp32, latencies: [100]), runID: id)
        }
        let history = try store.history(of: Self.result(.int8, latencies: []).key)
        #expect(history.map(\.runID) == ["a", "b", "c"])
        #expect(history.map(\.result.latenciesNs) == [[0], [1], [2]])
    }

    @Test func aFileStoreSurvivesReopening() throws {
        let path = NSTemporaryDirectory() + "hilbench-store-\(UUID().uuidString)/results.sqlite"
        do {
            let store = try ResultsStore(path: path)
            try store.createRun(
                RunRecord(
                    id: "r1", suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: Self.suite,
                    targets: [Self.target]))
            try store.save(Self.result(.fp32, latencies: [7, 8, 9]), runID: "r1")
            try store.finishRun(id: "r1", endedAt: 2)
        }
        let reopened = try ResultsStore(path: path)
        #expect(try reopened.runs().map(\.id) == ["r1"])
        #expect(try reopened.run(id: "r1")?.endedAt == 2)
        #expect(try reopened.results(runID: "r1").first?.latenciesNs == [7, 8, 9])
        #expect(try reopened.integrityCheck().isEmpty)
    }
}

@Suite struct LeaseTests {
    @Test func aLeaseHeldByAnotherControllerIsRefusedUntilItExpires() throws {
        let store = try ResultsStore.inMemory()
        // Given controller A holds board1 for 60 s
        #expect(
            try store.acquireLease(board: "board1", holder: "hostA:1", runID: "r1", ttlSeconds: 60, now: 1000) == nil)
        // When controller B asks within that time, it is refused and told who holds it
        let refused = try #require(
            try store.acquireLease(board: "board1", holder: "hostB:2", runID: "r2", ttlSeconds: 60, now: 1030))
        #expect(refused.holder == "hostA:1")
        #expect(refused.runID == "r1")
        #expect(refused.expiresAt == 1060)
        // A heartbeat extends A's lease; B is still refused after the original expiry
        #expect(try store.heartbeat(boards: ["board1"], holder: "hostA:1", ttlSeconds: 60, now: 1050).isEmpty)
        #expect(
            try store.acquireLease(board: "board1", holder: "hostB:2", runID: "r2", ttlSeconds: 60, now: 1070) != nil)
        // A stale lease (A died: no heartbeat) expires and B takes it; A's heartbeat then reports it lost
        #expect(
            try store.acquireLease(board: "board1", holder: "hostB:2", runID: "r2", ttlSeconds: 60, now: 1111) == nil)
        #expect(try store.heartbeat(boards: ["board1"], holder: "hostA:1", ttlSeconds: 60, now: 1112) == ["board1"])
        #expect(try store.leases().map(\.holder) == ["hostB:2"])
        // Releasing is by holder only
        try store.releaseLeases(boards: ["board1"], holder: "hostA:1")
        #expect(try store.leases().count == 1)
        try store.releaseLeases(boards: ["board1"], holder: "hostB:2")
        #expect(try store.leases().isEmpty)
    }

    @Test func aDeadHoldersLeaseCanBeTakenOverButOnlyThatHolders() throws {
        let store = try ResultsStore.inMemory()
        #expect(try store.acquireLease(board: "b", holder: "host:100", runID: "r", ttlSeconds: 60, now: 0) == nil)
        #expect(
            try store.acquireLease(
                board: "b", holder: "host:200", runID: "r", ttlSeconds: 60, now: 1, replacing: "host:999") != nil)
        #expect(
            try store.acquireLease(
                board: "b", holder: "host:200", runID: "r", ttlSeconds: 60, now: 1, replacing: "host:100") == nil)
        #expect(try store.leases().map(\.holder) == ["host:200"])
    }

    @Test func twoControllersRacingForOneBoardNeverBothWin() async throws {
        let path = NSTemporaryDirectory() + "hilbench-lease-\(UUID().uuidString).sqlite"
        let stores = try (0..<8).map { _ in try ResultsStore(path: path) }
        let winners = await withTaskGroup(of: Bool.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    (try? store.acquireLease(board: "b", holder: "c\(index)", runID: nil, ttlSeconds: 60)) == .some(nil)
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(winners == 1)
    }
}
