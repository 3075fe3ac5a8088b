import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// `hilbench` against a real PostgreSQL server: runs stored there, a history copied in from SQLite and back, and the
/// commands that read the store (compare, history, report, runs, boards) working on either backend.
@Suite(
    .serialized,
    .enabled(
        if: PostgresTestServer.available,
        "needs Debian's PostgreSQL server (initdb, pg_ctl in /usr/lib/postgresql/*/bin; scripts/test installs it)"),
    .timeLimit(.minutes(10)))
struct PostgresStoreEndToEndTests {
    @Test func compareWorksBetweenARunCopiedFromSQLiteAndARunMadeOnPostgres() async throws {
        try await PostgresTestServer.withServer { server in
            let url = try server.createDatabase("lab")
            let password = try String(contentsOfFile: server.passwordFile, encoding: .utf8)
            let workspace = try makeWorkspace(precisions: "[fp32, int8]")
            var outputs: [String] = []
            func hilbench(_ arguments: String..., environment: [String: String] = [:]) throws -> Execution {
                let execution = try Execution.run(
                    [BuiltProducts.controller] + arguments, in: workspace.path, environment: environment)
                outputs.append(execution.stdout + execution.stderr)
                #expect(execution.status == 0, "\(arguments): \(execution.stdout)\n\(execution.stderr)")
                return execution
            }

            // Given a run made on the default SQLite store, copied to PostgreSQL
            _ = try hilbench("run", "--plain")
            let sqlite = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
            let runA = try #require(try sqlite.runs().first)
            let copy = try hilbench("store", "copy", "--from", "Results/hilbench.sqlite", "--to", url)
            #expect(copy.stdout.contains("\(runA.id)  2 cases copied"), "\(copy.stdout)")
            // Copying again changes nothing
            let again = try hilbench("store", "copy", "--from", "Results/hilbench.sqlite", "--to", url)
            #expect(again.stdout.contains("0 cases copied, 2 already there"), "\(again.stdout)")

            // And a run made on PostgreSQL, the store named by HILBENCH_STORE
            _ = try hilbench("run", "--plain", environment: ["HILBENCH_STORE": url])
            let runs = try hilbench("runs", "--store", url).stdout.split(separator: "\n")
            #expect(runs.count == 2, "\(runs)")
            #expect(runs.allSatisfy { $0.contains("2 cases") && $0.contains("finished") }, "\(runs)")
            let runB = try #require(runs.last?.split(separator: " ").first.map(String.init))
            #expect(runB != runA.id)

            // Then compare, history and report read the PostgreSQL store
            let compare = try hilbench("compare", runA.id, runB, "--store", url, "--format", "json")
            let comparison = try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any]
            #expect(comparison?["baselineRun"] as? String == runA.id, "\(compare.stdout.prefix(400))")
            #expect(comparison?["candidateRun"] as? String == runB)
            #expect((comparison?["rows"] as? [Any])?.isEmpty == false)
            let history = try hilbench("history", "local/tinycnn/reference/int8/t1/b1", "--store", url)
            // (runs measured on a busy machine are left out of a history, except the newest)
            #expect(history.stdout.contains(runB), "\(history.stdout)")
            let report = try hilbench("report", "latest", "--store", url, "--results-dir", "Elsewhere")
            #expect(report.stdout.contains("Elsewhere/runs/\(runB)/report.html"), "\(report.stdout)")
            #expect(FileManager.default.fileExists(atPath: workspace.path + "/Elsewhere/runs/\(runB)/report.json"))
            let boards = try hilbench("boards", "--store", url)
            #expect(boards.stdout.contains("idle"), "\(boards.stdout)")

            // And the whole history copies back to a new SQLite file, where compare gives the same rows
            _ = try hilbench("store", "copy", "--from", url, "--to", "Back/hilbench.sqlite")
            let back = try SQLiteResultsStore(path: workspace.path + "/Back/hilbench.sqlite")
            #expect(try back.runs().map(\.id) == [runA.id, runB])
            #expect(
                try back.results(runID: runA.id).map(\.latenciesNs) == sqlite.results(runID: runA.id).map(\.latenciesNs)
            )
            let compareBack = try hilbench(
                "compare", runA.id, runB, "--store", "Back/hilbench.sqlite", "--format", "json")
            #expect(compareBack.stdout == compare.stdout)

            // The password was never printed
            #expect(!outputs.contains { $0.contains(password) })
        }
    }
}
