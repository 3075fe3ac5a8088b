import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Logging
import Synchronization
import Testing

/// The PostgreSQL backend against a real server (Debian's PostgreSQL, started by the test on a free loopback port).
@Suite(
    .enabled(
        if: PostgresTestServer.available,
        "needs Debian's PostgreSQL server (initdb, pg_ctl in /usr/lib/postgresql/*/bin; scripts/test installs it)"),
    .timeLimit(.minutes(10)))
struct PostgresStoreTests {
    /// Opens a fresh database of `server` as a store for the length of `body`.
    static func withFreshStore<T>(
        _ server: PostgresTestServer, _ body: (any ResultsStore) async throws -> T
    ) async throws -> T {
        try await ResultsStores.withStore(try StoreLocation(try server.createDatabase(), environment: [:]), body)
    }

    @Test func theStoreContractHoldsOnARealServer() async throws {
        try await PostgresTestServer.withServer { server in
            try await Self.withFreshStore(server) { try await StoreContract.roundTrip($0) }
            try await Self.withFreshStore(server) { try await StoreContract.leases($0) }
            try await Self.withFreshStore(server) { try await StoreContract.deadHolder($0) }
            try await Self.withFreshStore(server) { try await StoreContract.queue($0) }
            try await Self.withFreshStore(server) { try await StoreContract.copy(into: $0) }
            // Eight controllers (eight connections of the pool) race for one board: one wins
            let winners = try await Self.withFreshStore(server) { store in
                await StoreContract.racingWinners(Array(repeating: store, count: 8))
            }
            #expect(winners == 1)
            // Eight separate stores (separate pools, as separate controllers would have) on one database
            let url = try server.createDatabase()
            let separate = try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { a in
                try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { b in
                    await StoreContract.racingWinners([a, b, a, b])
                }
            }
            #expect(separate == 1)
        }
    }

    /// The pool's run task is running before the first query: postgres-nio warns ("`PostgresClient.run()` hasn't
    /// been called yet") on every lease made before it, which every command printed.
    @Test func theFirstQueryWaitsForThePoolToRun() async throws {
        try await PostgresTestServer.withServer { server in
            let url = try server.createDatabase()
            let records = RecordedLog()
            let logger = Logger(label: "test") { _ in RecordingLogHandler(records: records) }
            for _ in 0..<5 {
                let runs = try await ResultsStores.withStore(try StoreLocation(url, environment: [:]), logger: logger) {
                    try await $0.runs()
                }
                #expect(runs.isEmpty)
            }
            let warnings = records.messages.withLock { $0 }.filter { $0.level >= .warning }
            #expect(warnings.isEmpty, "\(warnings.map(\.message))")
        }
    }

    final class RecordedLog: Sendable {
        let messages = Mutex<[(level: Logger.Level, message: String)]>([])
    }

    /// Keeps every message logged at `.trace` or above.
    struct RecordingLogHandler: LogHandler {
        let records: RecordedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            records.messages.withLock { $0.append((event.level, "\(event.message)")) }
        }
    }

    @Test func historyRowsJudgeAsTheSummariesAndSamplesDidAlsoForCasesStoredBeforeThem() async throws {
        try await PostgresTestServer.withServer { server in
            let database = "historyrows"
            let url = try StoreLocation(try server.createDatabase(database), environment: [:])
            try await ResultsStores.withStore(url) { store in
                try await StoreContract.storeVariedNights(store)
                try await StoreContract.historyRowsJudgeAsBefore(store)
            }
            let table = "SELECT * FROM case_history ORDER BY case_row"
            let written = try server.psql(database: database, table)
            // Back to the schema before history rows: no table, no migration recorded
            try server.psql(database: database, "DROP TABLE case_history")
            try server.psql(
                database: database, "DELETE FROM hilbench_migrations WHERE identifier = 'v6: case history rows'")
            // Opening migrates: the rows computed from the stored summaries and samples are the rows `save` wrote
            try await ResultsStores.withStore(url) { store in
                try await StoreContract.historyRowsJudgeAsBefore(store)
            }
            #expect(
                try server.psql(database: database, "SELECT count(*) FROM case_history")
                    .trimmingCharacters(in: .whitespacesAndNewlines) == "56")
            #expect(try server.psql(database: database, table) == written)
            try server.psql(
                database: database,
                "DELETE FROM case_history WHERE case_row = (SELECT MIN(case_row) FROM case_history)")
            let problems = try await ResultsStores.withStore(url) { try await $0.integrityCheck() }
            #expect(problems == ["1 case rows without a history row"])
        }
    }

    @Test func historyIsEachCaseSummaryAlsoForCasesStoredBeforeSummaries() async throws {
        try await PostgresTestServer.withServer { server in
            let database = "summaries"
            let url = try StoreLocation(try server.createDatabase(database), environment: [:])
            try await ResultsStores.withStore(url) { store in
                try await StoreContract.storeNights(store)
                try await StoreContract.historyIsTheSummaryAndJudgesTheSame(store)
            }
            // Back to the schema before summaries: no column, no migration recorded
            try server.psql(database: database, "ALTER TABLE cases DROP COLUMN summary_json")
            try server.psql(
                database: database,
                "DELETE FROM hilbench_migrations WHERE identifier = 'v5: case summaries for history'")
            let columns = try server.psql(
                database: database,
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'cases' AND column_name = 'summary_json'"
            )
            #expect(columns.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
            // Opening migrates: the summaries PostgreSQL writes (jsonb) read back as the ones the store writes
            try await ResultsStores.withStore(url) { store in
                try await StoreContract.historyIsTheSummaryAndJudgesTheSame(store)
            }
            let unsummarised = try server.psql(
                database: database, "SELECT count(*) FROM cases WHERE summary_json IS NULL")
            #expect(unsummarised.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        }
    }

    /// A test process that dies without stopping its server (crash, SIGKILL) leaves no server behind: its watchdog
    /// sees the pipe only that process held close, stops the server and deletes its folder.
    @Test func theWatchdogStopsTheServerWhenItsProcessIsGone() async throws {
        let server = try PostgresTestServer.start()
        defer { server.stop() }
        let url = try server.createDatabase()
        let runs = try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { store in
            try await store.runs()
        }
        #expect(runs.isEmpty)
        #expect(Self.accepts(port: server.port))
        server.dropWatchdogPipe()
        #expect(server.removed)
        #expect(!Self.accepts(port: server.port), "the server still listens on \(server.port)")
    }

    /// Whether something accepts TCP connections on the loopback `port`.
    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    @Test func openingSaysWhetherTheServerIsDownTheCredentialsWrongOrTheSchemaNewer() async throws {
        try await PostgresTestServer.withServer { server in
            let database = "opening"
            let url = try server.createDatabase(database)
            // A wrong password: authentication, naming the user, never the password
            let wrongFile = server.scratch + "/wrong-password"
            try "not-the-password".write(toFile: wrongFile, atomically: true, encoding: .utf8)
            let wrong = url.replacingOccurrences(of: server.passwordFile, with: wrongFile)
            let refused = await #expect(throws: StoreError.self) {
                try await ResultsStores.withStore(try StoreLocation(wrong, environment: [:])) { _ in }
            }
            #expect(refused?.code == .authentication)
            #expect(refused?.description.contains("hilbench") == true)
            #expect(refused?.description.contains("not-the-password") == false)

            // Nothing listening on the port: unreachable, naming host and port
            let port = try PostgresTestServer.freePort()
            let down = "postgres://hilbench@127.0.0.1:\(port)/x?sslmode=disable&connect_timeout=5"
            let unreachable = await #expect(throws: StoreError.self) {
                try await ResultsStores.withStore(try StoreLocation(down, environment: [:])) { _ in }
            }
            #expect(unreachable?.code == .unreachable)
            #expect(unreachable?.description.contains("127.0.0.1:\(port)") == true)

            // A database that does not exist
            let missing = url.replacingOccurrences(of: "/\(database)?", with: "/nodb?")
            let noDatabase = await #expect(throws: StoreError.self) {
                try await ResultsStores.withStore(try StoreLocation(missing, environment: [:])) { _ in }
            }
            #expect(noDatabase?.description.contains("does not exist") == true)

            // A store migrated by a newer hilbench is refused at open, naming the migration it does not know
            try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { _ in }
            try server.psql(
                database: database, "INSERT INTO hilbench_migrations VALUES ('v99: from the future', 0)")
            let newer = await #expect(throws: StoreError.self) {
                try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { _ in }
            }
            #expect(newer?.code == .schemaTooNew)
            #expect(newer?.description.contains("v99: from the future") == true)
        }
    }
}
