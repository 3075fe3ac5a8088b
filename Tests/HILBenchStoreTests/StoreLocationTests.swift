import Foundation
import HILBenchStore
import Testing

@Suite struct StoreLocationTests {
    @Test func aPathIsASQLiteStoreAndNothingGivenIsTheEnvironmentsOrTheDefault() throws {
        #expect(try StoreLocation("x/results.sqlite", environment: [:]) == .sqlite(path: "x/results.sqlite"))
        #expect(try StoreLocation(nil, environment: [:]) == .sqlite(path: "Results/hilbench.sqlite"))
        #expect(
            try StoreLocation(nil, environment: ["HILBENCH_STORE": "/srv/h.sqlite"]) == .sqlite(path: "/srv/h.sqlite"))
        // --store wins over the environment
        #expect(try StoreLocation("a.sqlite", environment: ["HILBENCH_STORE": "b.sqlite"]) == .sqlite(path: "a.sqlite"))
    }

    @Test func aPostgresURLNamesServerDatabaseUserAndWhereThePasswordComesFrom() throws {
        let location = try StoreLocation(
            "postgres://lab@db.example:6543/bench?password_file=/run/secrets/pg&sslmode=require", environment: [:])
        guard case .postgres(let server) = location else {
            Issue.record("not a postgres location: \(location)")
            return
        }
        #expect(server.host == "db.example")
        #expect(server.port == 6543)
        #expect(server.user == "lab")
        #expect(server.database == "bench")
        #expect(server.tls == .require)
        #expect(server.password == .file("/run/secrets/pg"))
        #expect(location.description == "postgres://lab@db.example:6543/bench")
    }

    @Test func libpqEnvironmentVariablesFillWhatTheURLLeavesOut() throws {
        let environment = ["PGHOST": "h", "PGPORT": "7000", "PGUSER": "u", "PGPASSWORD": "secret"]
        guard case .postgres(let server) = try StoreLocation("postgresql://", environment: environment) else {
            Issue.record("not a postgres location")
            return
        }
        #expect(server.description == "postgres://u@h:7000/u")
        #expect(server.password == .environment("PGPASSWORD"))
        #expect(try server.resolvePassword(environment: environment) == "secret")
    }

    @Test func aPasswordInTheURLIsRefusedAndNeverRepeated() throws {
        let error = #expect(throws: StoreError.self) {
            try StoreLocation("postgres://lab:hunter2@db/bench", environment: [:])
        }
        #expect(error?.code == .invalidLocation)
        #expect(error?.description.contains("password_file") == true)
        #expect(error?.description.contains("hunter2") == false)
    }

    @Test(arguments: [
        "mysql://db/bench", "postgres://db:99999/bench", "postgres://db/bench?sslmode=maybe",
        "postgres://db/bench?passwd=x",
    ])
    func whatIsNeitherAPathNorAPostgresURLIsRefusedWithTheReason(_ text: String) throws {
        let error = #expect(throws: StoreError.self) { try StoreLocation(text, environment: [:]) }
        #expect(error?.code == .invalidLocation)
    }

    @Test func aPasswordFileAndAPgpassLineAreRead() throws {
        let directory = NSTemporaryDirectory() + "hilbench-pw-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "s3cret\n".write(toFile: directory + "/pw", atomically: true, encoding: .utf8)
        guard
            case .postgres(let fromFile) = try StoreLocation(
                "postgres://u@h/d?password_file=\(directory)/pw", environment: [:])
        else { return }
        #expect(try fromFile.resolvePassword(environment: [:]) == "s3cret")

        try "# comment\nother:5432:d:u:wrong\nh:*:d:u:pa\\:ss\n*:*:*:*:fallback\n"
            .write(toFile: directory + "/pgpass", atomically: true, encoding: .utf8)
        guard
            case .postgres(let fromPgpass) = try StoreLocation(
                "postgres://u@h/d", environment: ["PGPASSFILE": directory + "/pgpass"])
        else { return }
        #expect(try fromPgpass.resolvePassword(environment: [:]) == "pa:ss")

        guard
            case .postgres(let missing) = try StoreLocation(
                "postgres://u@h/d?password_file=\(directory)/nope", environment: [:])
        else { return }
        let error = #expect(throws: StoreError.self) { try missing.resolvePassword(environment: [:]) }
        #expect(error?.description.contains("\(directory)/nope") == true)
    }
}
