import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Testing

/// Two `hilbench` processes on one PostgreSQL server and one set of boards: the first makes the run, the second
/// joins it (`run --join`), the first is SIGKILLed mid-run, and the second finishes: every case stored exactly once,
/// and the stored lease history shows no board held — so none measured — by both at once.
///
/// The boards are four `transport: local` targets with distinct names (each controller starts its own agent per
/// board): the same leases, queue and takeover as boards on a network, without root or the virtual lab's lock.
/// Their agents share this machine's board lock, so cases run one at a time across boards; nothing here depends on
/// that.
@Suite(
    .serialized,
    .enabled(
        if: PostgresTestServer.available,
        "needs Debian's PostgreSQL server (initdb, pg_ctl in /usr/lib/postgresql/*/bin; scripts/test installs it)"),
    .timeLimit(.minutes(15)))
struct SharedLabTests {
    static let boards = ["b1", "b2", "b3", "b4"]

    /// A workspace with four local boards and a suite of six cases per board.
    static func workspace(iterations: Int = 400) throws -> Scratch {
        let scratch = try Scratch("sharedlab")
        for board in boards {
            try scratch.write(
                "Targets/\(board).yaml",
                """
                name: \(board)
                transport:
                  kind: local
                  agent_path: \(BuiltProducts.agent)
                chip:
                  soc: host-cpu
                marker:
                  backend: none
                meter:
                  kind: none

                """)
        }
        try scratch.write(
            "Suites/shared.yaml",
            """
            name: shared
            models:
              - name: tinycnn
                builtin: tinycnn
            runtimes: [reference]
            precisions: [fp32, int8]
            threads: [1, 2, 3]
            measure:
              warmup: 2
              iterations: \(iterations)

            """)
        return scratch
    }

    /// Polls `condition` every 100 ms for up to `minutes` (generous: the machine may be busy); false if it never held.
    static func eventually(minutes: Double = 5, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(minutes * 60)
        while Date() < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    @Test func aControllerKilledMidRunLeavesItsCasesToTheOtherAndEveryCaseIsStoredOnce() async throws {
        try await PostgresTestServer.withServer { server in
            let url = try server.createDatabase("lab")
            let workspace = try Self.workspace()
            let logA = workspace.path + "/a.log"
            let logB = workspace.path + "/b.log"
            let targets = Self.boards.map { "Targets/\($0).yaml" }
            // Short leases: a controller that dies is noticed within seconds.
            let common = ["--plain", "--store", url, "--lease-seconds", "6"]

            try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { store in
                // A makes the run and starts draining it
                let a = try BuiltProducts.startController(
                    ["run", "--suite", "Suites/shared.yaml", "--targets"] + targets + common, in: workspace.path,
                    log: logA)
                defer { a.signalGroup(SIGKILL) }
                var runID = ""
                let started = try await Self.eventually {
                    guard let run = try await store.runs().first else { return false }
                    runID = run.id
                    return try await store.queue(runID: run.id).contains { $0.state == .done }
                }
                #expect(started, "A never stored a case: \((try? String(contentsOfFile: logA, encoding: .utf8)) ?? "")")
                let queued = try await store.queue(runID: runID)
                #expect(queued.count == 24)
                let holderA = try #require(queued.first { $0.state == .done }?.doneBy)

                // B joins: every board is A's, so it waits for them
                let b = try BuiltProducts.startController(
                    ["run", "--join", runID] + common, in: workspace.path, log: logB)
                defer { b.signalGroup(SIGKILL) }
                try await Task.sleep(for: .seconds(1))

                // A dies mid-run, with cases still open
                let openWhenKilled = try await store.queue(runID: runID).filter { $0.state != .done }.count
                #expect(openWhenKilled > 0, "A finished before it could be killed; make the cases longer")
                a.signal(SIGKILL)
                #expect(await a.waitForExit(timeout: .seconds(120)))
                #expect(a.ended?.signal == SIGKILL)

                // B takes A's boards over and finishes the run
                #expect(await b.waitForExit(timeout: .seconds(600)))
                let logText = (try? String(contentsOfFile: logB, encoding: .utf8)) ?? ""
                #expect(b.terminationStatus == 0, "\(logText)")
                let holderB = try #require(
                    try await store.queue(runID: runID).first { $0.doneBy != holderA }?.doneBy, "\(logText)")
                #expect(holderB != holderA)

                // Every case stored exactly once, all measured
                let results = try await store.results(runID: runID)
                #expect(results.count == 24)
                #expect(Set(results.map(\.key.id)).count == 24)
                #expect(results.allSatisfy { $0.status == .ok }, "\(results.map { $0.failure?.message ?? "ok" })")
                let queue = try await store.queue(runID: runID)
                #expect(queue.allSatisfy { $0.state == .done })
                #expect(Set(queue.compactMap(\.doneBy)) == [holderA, holderB])
                #expect(try await store.run(id: runID)?.endedAt != nil, "the survivor ends the run")
                #expect(try await store.integrityCheck().isEmpty)

                // No board held by both at once, and every case stored under its controller's lease — from the store
                let events = try await store.leaseEvents(board: nil)
                let history = LeaseHistory(events: events, leases: try await store.leases())
                #expect(history.overlaps().isEmpty, "\(history.overlaps())")
                #expect(history.casesOutsideTheirHolder(queue).isEmpty, "\(history.casesOutsideTheirHolder(queue))")
                for board in Self.boards where queue.contains(where: { $0.board == board && $0.doneBy == holderB }) {
                    let holders = history.holdings.filter { $0.board == board }.map(\.holder)
                    #expect(holders.last == holderB, "\(board): \(holders)")
                }
                #expect(events.contains { $0.holder == holderA && ($0.kind == .stolen || $0.kind == .expired) })
                #expect(try await store.leases().isEmpty, "the survivor gives its leases back")

                // compare reads the run made by two controllers like any other
                let compare = try Execution.run(
                    [BuiltProducts.controller, "compare", runID, runID, "--store", url, "--format", "json"],
                    in: workspace.path)
                #expect(compare.status == 0, "\(compare.stderr)")
            }
        }
    }

    @Test func resumeReopensTheQueueOnPostgres() async throws {
        try await PostgresTestServer.withServer { server in
            let url = try server.createDatabase("resume")
            let workspace = try Self.workspace(iterations: 20)
            let targets = ["Targets/b1.yaml", "Targets/b2.yaml"]
            try await ResultsStores.withStore(try StoreLocation(url, environment: [:])) { store in
                // Another run's controller holds b2: its cases end board_busy, and the run is finished
                #expect(
                    try await store.acquireLease(board: "b2", holder: "elsewhere:1", runID: "other", ttlSeconds: 600)
                        == nil)
                let first = try Execution.run(
                    [
                        BuiltProducts.controller, "run", "--plain", "--store", url, "--suite", "Suites/shared.yaml",
                        "--targets",
                    ] + targets, in: workspace.path)
                #expect(first.status == 3, "\(first.stdout)\n\(first.stderr)")
                let runID = try #require(try await store.runs().first?.id)
                let before = try await store.results(runID: runID)
                #expect(
                    before.filter { $0.failure?.kind == .boardBusy }.map(\.key.target)
                        == Array(repeating: "b2", count: 6))
                #expect(try await store.queue(runID: runID).allSatisfy { $0.state == .done })

                // Once b2 is free, --resume reopens its six cases in the queue and measures them
                try await store.releaseLeases(boards: ["b2"], holder: "elsewhere:1")
                let resumed = try Execution.run(
                    [BuiltProducts.controller, "run", "--plain", "--store", url, "--resume", runID], in: workspace.path)
                #expect(resumed.status == 0, "\(resumed.stdout)\n\(resumed.stderr)")
                let after = try await store.results(runID: runID)
                #expect(after.count == 12)
                #expect(after.allSatisfy { $0.status == .ok })
                let queue = try await store.queue(runID: runID)
                #expect(queue.allSatisfy { $0.state == .done })
                #expect(queue.filter { $0.board == "b2" }.allSatisfy { $0.claims == 1 })
                #expect(try await store.run(id: runID)?.endedAt != nil)
            }
        }
    }
}

/// `hilbench run --boards`: two real `hilbench` processes on one SQLite store split a run's four local boards; the
/// first serves two, the second joins with the others and finishes the run.
@Suite(.serialized, .timeLimit(.minutes(15)))
struct SplitBoardsCLITests {
    @Test func aControllerGivenBoardsMeasuresOnlyThoseAndAJoinerWithTheRestFinishesTheRun() async throws {
        let workspace = try SharedLabTests.workspace(iterations: 10)
        let store = workspace.path + "/Results/results.sqlite"
        let targets = SharedLabTests.boards.map { "Targets/\($0).yaml" }
        let first = try Execution.run(
            [
                BuiltProducts.controller, "run", "--plain", "--store", store, "--suite", "Suites/shared.yaml",
                "--targets",
            ] + targets + ["--boards", "b1,b3"], in: workspace.path)
        #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
        try await ResultsStores.withStore(.sqlite(path: store)) { results in
            let runID = try #require(try await results.runs().first?.id)
            var queue = try await results.queue(runID: runID)
            #expect(queue.count == 24)
            #expect(Set(queue.filter { $0.state == .done }.map(\.board)) == ["b1", "b3"])
            #expect(queue.filter { $0.board == "b2" || $0.board == "b4" }.allSatisfy { $0.state == .queued })
            #expect(try await results.run(id: runID)?.endedAt == nil)
            let holderA = try #require(queue.first { $0.state == .done }?.doneBy)

            // The second controller serves the rest (repeated option, as a shell loop would pass it)
            let second = try Execution.run(
                [
                    BuiltProducts.controller, "run", "--plain", "--store", store, "--join", runID, "--boards", "b2",
                    "--boards", "b4",
                ], in: workspace.path)
            #expect(second.status == 0, "\(second.stdout)\n\(second.stderr)")
            queue = try await results.queue(runID: runID)
            #expect(queue.allSatisfy { $0.state == .done && $0.claims == 1 })
            let holderB = try #require(queue.first { $0.board == "b2" }?.doneBy)
            #expect(holderB != holderA)
            #expect(Set(queue.filter { $0.board == "b2" || $0.board == "b4" }.map(\.doneBy)) == [holderB])
            let stored = try await results.results(runID: runID)
            #expect(stored.count == 24 && stored.allSatisfy { $0.status == .ok })
            #expect(try await results.run(id: runID)?.endedAt != nil)
            let leased = LeaseHistory(events: try await results.leaseEvents(board: nil)).holdings
            #expect(Set(leased.filter { $0.holder == holderA }.map(\.board)) == ["b1", "b3"])

            // A board the run does not have is refused, naming it
            let typo = try Execution.run(
                [BuiltProducts.controller, "run", "--plain", "--store", store, "--join", runID, "--boards", "b9"],
                in: workspace.path)
            #expect(typo.status != 0)
            #expect(typo.stderr.contains("b9"), "\(typo.stderr)")
        }
    }
}
