import Foundation
import GRDB
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
        let store = try SQLiteResultsStore.inMemory()
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

    @Test func theStoreContractHolds() async throws {
        try await StoreContract.roundTrip(try SQLiteResultsStore.inMemory())
    }

    @Test func historyIsEachCaseSummaryAndJudgesAsTheWholeCaseDoes() async throws {
        let store = try SQLiteResultsStore.inMemory()
        try await StoreContract.storeNights(store)
        try await StoreContract.historyIsTheSummaryAndJudgesTheSame(store)
    }

    @Test func historyRowsJudgeAsTheSummariesAndSamplesDid() async throws {
        let store = try SQLiteResultsStore.inMemory()
        try await StoreContract.storeVariedNights(store)
        try await StoreContract.historyRowsJudgeAsBefore(store)
    }

    @Test func aRunsCasesAreAQueueClaimedUnderTheBoardsLease() async throws {
        try await StoreContract.queue(try SQLiteResultsStore.inMemory())
    }

    @Test func aCopyMovesEveryRunWholeAndAgainMovesNothing() async throws {
        try await StoreContract.copy(into: try SQLiteResultsStore.inMemory())
    }

    @Test func boardEventsAreKeptWithTheirRunInOrder() throws {
        let store = try SQLiteResultsStore.inMemory()
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
        let store = try SQLiteResultsStore.inMemory()
        try store.createRun(
            RunRecord(
                id: "r1", suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: Self.suite,
                targets: [Self.target]))
        try store.save(Self.result(.fp32, latencies: [1, 2, 3]), runID: "r1")
        let duplicate = #expect(throws: StoreError.self) {
            try store.save(Self.result(.fp32, latencies: [4]), runID: "r1")
        }
        #expect(duplicate?.code == .duplicateCase)
        #expect(try store.results(runID: "r1").map(\.latenciesNs) == [[1, 2, 3]])
    }

    @Test func historyFollowsOneCaseAcrossRunsOldestFirst() throws {
        let store = try SQLiteResultsStore.inMemory()
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
            let store = try SQLiteResultsStore(path: path)
            try store.createRun(
                RunRecord(
                    id: "r1", suiteName: "s", startedAt: 1, controllerVersion: "0.1.0", suite: Self.suite,
                    targets: [Self.target]))
            try store.save(Self.result(.fp32, latencies: [7, 8, 9]), runID: "r1")
            try store.finishRun(id: "r1", endedAt: 2)
        }
        let reopened = try SQLiteResultsStore(path: path)
        #expect(try reopened.runs().map(\.id) == ["r1"])
        #expect(try reopened.run(id: "r1")?.endedAt == 2)
        #expect(try reopened.results(runID: "r1").first?.latenciesNs == [7, 8, 9])
        #expect(try reopened.integrityCheck().isEmpty)
    }
}

@Suite struct LeaseTests {
    @Test func leasesFollowTheStoresClock() async throws {
        try await StoreContract.leases(try SQLiteResultsStore.inMemory())
    }

    @Test func aDeadHoldersLeaseCanBeTakenOverButOnlyThatHolders() async throws {
        try await StoreContract.deadHolder(try SQLiteResultsStore.inMemory())
    }

    @Test func twoControllersRacingForOneBoardNeverBothWin() async throws {
        let path = NSTemporaryDirectory() + "hilbench-lease-\(UUID().uuidString).sqlite"
        let stores = try (0..<8).map { _ in try SQLiteResultsStore(path: path) }
        #expect(await StoreContract.racingWinners(stores) == 1)
    }
}

@Suite struct StoreSchemaTests {
    /// Several openers of one new store at once (a controller and a test polling its store, two controllers): each
    /// migrates it or finds it migrated — none fails on a migration another has just applied.
    @Test func openersOfOneNewStoreAtOnceAllSucceed() async throws {
        let folder = NSTemporaryDirectory() + "hilbench-openers-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for round in 0..<5 {
            let path = folder + "/round\(round).sqlite"
            let failures = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        do {
                            _ = try SQLiteResultsStore(path: path)
                            return nil
                        } catch { return "\(error)" }
                    }
                }
                var failures: [String] = []
                for await failure in group { if let failure { failures.append(failure) } }
                return failures
            }
            #expect(failures.isEmpty, "round \(round): \(failures)")
            let migrations = try await DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
            #expect(migrations.count == 6 && Set(migrations).count == 6, "\(migrations)")
        }
    }

    @Test func aStoreWrittenByANewerHILBenchIsRefusedAtOpen() throws {
        let path = NSTemporaryDirectory() + "hilbench-newer-\(UUID().uuidString).sqlite"
        _ = try SQLiteResultsStore(path: path)
        // A newer binary added a migration this one does not know.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        let error = #expect(throws: StoreError.self) { _ = try SQLiteResultsStore(path: path) }
        #expect(error?.code == .schemaTooNew)
        #expect(error?.description.contains("v99: from the future") == true)
    }

    @Test func casesStoredBeforeSummariesAreSummarisedAtOpenAsNewOnesAre() async throws {
        let path = NSTemporaryDirectory() + "hilbench-summaries-\(UUID().uuidString).sqlite"
        try await StoreContract.storeNights(try SQLiteResultsStore(path: path))
        // Back to the schema before summaries: no column, no migration recorded
        let columns = try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "ALTER TABLE cases DROP COLUMN summary_json")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5: case summaries for history'")
            return try db.columns(in: "cases").map(\.name)
        }
        #expect(!columns.contains("summary_json"))
        // Opening migrates: the summaries SQLite writes read back as the ones the store writes
        try await StoreContract.historyIsTheSummaryAndJudgesTheSame(try SQLiteResultsStore(path: path))
        let unsummarised = try await DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cases WHERE summary_json IS NULL")
        }
        #expect(unsummarised == 0)
    }

    @Test func casesStoredBeforeHistoryRowsGetThemAtOpenAsNewOnesDo() async throws {
        let path = NSTemporaryDirectory() + "hilbench-history-rows-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await StoreContract.storeVariedNights(try SQLiteResultsStore(path: path))
        let written = try await DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM case_history ORDER BY case_row")
        }
        // Back to the schema before history rows: no table, no migration recorded
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP TABLE case_history")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v6: case history rows'")
        }
        // Opening migrates: the rows computed from the stored summaries and samples are the rows `save` wrote
        try await StoreContract.historyRowsJudgeAsBefore(try SQLiteResultsStore(path: path))
        let filled = try await DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM case_history ORDER BY case_row")
        }
        #expect(written.count == StoreContract.variedNights * 4)
        #expect(filled == written)
        // A case without its row is a broken store, and the check says so
        #expect(try SQLiteResultsStore(path: path).integrityCheck().isEmpty)
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM case_history WHERE case_row = (SELECT MIN(case_row) FROM case_history)")
        }
        #expect(try SQLiteResultsStore(path: path).integrityCheck() == ["1 case rows without a history row"])
    }
}
