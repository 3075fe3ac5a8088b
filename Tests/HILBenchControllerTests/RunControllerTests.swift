import Foundation
import HILBenchController
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Logging
import Synchronization
import Testing

/// The controller built directly, on fake boards (`FakeLab`) and a real SQLite store in a temporary folder: busy
/// boards, lost leases, boards that die mid-case, power-cycle recovery and resume — no agent, lab or root.
@Suite struct RunControllerTests {
    /// Three cases per board (threads 1, 2, 4), each board with its own target file; `powered` boards have a relay.
    struct Workspace {
        let scratch: Scratch
        let suite: SuiteConfig
        let targets: [TargetConfig]
        let sqlite: SQLiteResultsStore
        var store: any ResultsStore { sqlite }

        init(boards: [String], powered: Set<String> = []) throws {
            scratch = try Scratch("controller")
            let suitePath = try scratch.write(
                "Suites/three.yaml",
                """
                name: three
                models:
                  - name: tinycnn
                    builtin: tinycnn
                runtimes: [reference]
                precisions: [fp32]
                threads: [1, 2, 4]
                measure:
                  warmup: 1
                  iterations: 4
                  timeout_s: 30

                """)
            var paths: [String] = []
            for board in boards {
                let power =
                    powered.contains(board)
                    ? """
                    power:
                      relay:
                        kind: command
                        off: [/bin/false]
                        on: [/bin/false]
                      off_s: 0
                      boot_timeout_s: 60

                    """ : ""
                paths.append(
                    try scratch.write(
                        "Targets/\(board).yaml",
                        """
                        name: \(board)
                        transport:
                          kind: local
                        chip:
                          soc: fake
                        marker:
                          backend: none
                        meter:
                          kind: none

                        """ + power))
            }
            suite = try ConfigLoader.loadSuite(at: suitePath)
            targets = try ConfigLoader.loadTargets(at: paths)
            sqlite = try SQLiteResultsStore(path: scratch.path + "/Results/results.sqlite")
        }

        func controller(
            _ lab: FakeLab, holder: String = "test-controller:1", leaseSeconds: Double = 60
        )
            -> RunController
        {
            controller(lab, holder: holder, leaseSeconds: leaseSeconds, waitSeconds: nil)
        }

        func controller(
            _ lab: FakeLab, holder: String, leaseSeconds: Double, waitSeconds: Double?
        ) -> RunController {
            var controller = RunController(
                store: store, connector: FakeConnector(lab: lab), resultsDirectory: scratch.path + "/Results",
                logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                energyFactory: { _, _, _ in nil })
            controller.holder = holder
            controller.leaseSeconds = leaseSeconds
            controller.boardWaitSeconds = waitSeconds
            controller.connectTimeout = .seconds(60)
            return controller
        }

        /// A lab in which `unreachable` boards never answer (as seen from one controller).
        static func lab(unreachable: [String] = [], script: FakeLab.Script? = nil) -> FakeLab {
            let lab = script.map { FakeLab(script: $0) } ?? FakeLab()
            for board in unreachable { lab.kill(board) }
            return lab
        }

        /// Stores the run with its queue as `hilbench run` would, without running it (a controller elsewhere).
        func storeRun(_ id: String) async throws {
            try await store.createRun(
                RunRecord(
                    id: id, suiteName: suite.name, startedAt: 1, controllerVersion: "test", suite: suite,
                    targets: targets),
                queue: Planner.plan(suite: suite, targets: targets, capabilities: [:]).map {
                    QueuedCase(caseID: $0.key.id, board: $0.key.target)
                })
        }

        /// Waits (polling the store) until `holder` stored every case of `boards` in run `runID`; fails after two
        /// minutes.
        func waitUntil(_ holder: String, stored boards: Set<String>, of runID: String) async throws {
            for _ in 0..<2400 {
                let cases = try await store.queue(runID: runID).filter { boards.contains($0.board) }
                if !cases.isEmpty && cases.allSatisfy({ $0.state == .done && $0.doneBy == holder }) { return }
                try await Task.sleep(for: .milliseconds(50))
            }
            throw HILBenchError(.usage, "\(holder) never stored the cases of \(boards.sorted())")
        }
    }

    /// Keeps what the controller tells its observer.
    final class Recorder: RunObserver, Sendable {
        private struct State {
            var notes: [String] = []
            var finished: [CaseResult] = []
            var events: [BoardEvent] = []
            var planned: (total: Int, stored: Int)?
        }
        private let state = Mutex(State())
        var notes: [String] { state.withLock { $0.notes } }
        var finished: [CaseResult] { state.withLock { $0.finished } }
        var events: [BoardEvent] { state.withLock { $0.events } }
        var planned: (total: Int, stored: Int)? { state.withLock { $0.planned } }
        func planned(total: Int, alreadyStored: Int, runID: String) {
            state.withLock { $0.planned = (total, alreadyStored) }
        }
        func started(_ key: CaseKey, index: Int, total: Int) {}
        func finished(_ result: CaseResult, index: Int, total: Int) { state.withLock { $0.finished.append(result) } }
        func note(_ message: String) { state.withLock { $0.notes.append(message) } }
        func boardEvent(_ event: BoardEvent) { state.withLock { $0.events.append(event) } }
    }

    @Test func everyCaseOfEveryBoardIsMeasuredAndStoredOnceAndTheLeasesAreGivenBack() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        let lab = FakeLab()
        let outcome = try await workspace.controller(lab).run(
            suite: workspace.suite, targets: workspace.targets, observer: Recorder())
        #expect(outcome.results.count == 6)
        #expect(outcome.results.allSatisfy { $0.status == .ok })
        #expect(lab.calls().count == 6)
        #expect(Set(lab.calls().map(\.caseID)).count == 6)
        #expect(try await workspace.store.leases().isEmpty)
    }

    /// Two or more variants on one board (here threads 1, 2, 4) are measured interleaved, one execution of each in
    /// turn (A B C A B C …), so a drift of the board's state hits every variant alike; each case is stored once with
    /// its executions in order.
    @Test func executionsAreInterleavedOverTheBoardsCases() async throws {
        let workspace = try Workspace(boards: ["b1"])
        var suite = workspace.suite
        suite.measure.executions = 3
        let lab = FakeLab()
        let outcome = try await workspace.controller(lab).run(
            suite: suite, targets: workspace.targets, observer: Recorder())
        let order = lab.calls(on: "b1").map(\.caseID)
        let cases = Array(order.prefix(3))
        #expect(Set(cases).count == 3)
        #expect(order == cases + cases + cases)
        #expect(outcome.results.count == 3)
        #expect(outcome.results.allSatisfy { $0.executions?.count == 3 && $0.latenciesNs.count == 3 * 4 })
    }

    @Test func aBoardLeasedByAnotherControllerIsNotTouchedAndItsCasesSayWhoHoldsIt() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        #expect(
            try await workspace.store.acquireLease(
                board: "b1", holder: "other-host:77", runID: "their-run", ttlSeconds: 600)
                == nil)
        let lab = FakeLab()
        let observer = Recorder()
        let outcome = try await workspace.controller(lab).run(
            suite: workspace.suite, targets: workspace.targets, observer: observer)

        #expect(lab.calls(on: "b1").isEmpty, "nothing may be sent to a board another controller holds")
        let busy = outcome.results.filter { $0.key.target == "b1" }
        #expect(busy.count == 3)
        for result in busy {
            #expect(result.status == .infraError)
            #expect(result.failure?.kind == .boardBusy)
            #expect(result.failure?.message.contains("other-host:77") == true)
            #expect(result.failure?.message.contains("their-run") == true)
        }
        #expect(outcome.results.filter { $0.key.target == "b2" }.map(\.status) == [.ok, .ok, .ok])
        #expect(observer.notes.contains { $0.contains("b1 is busy") && $0.contains("other-host:77") })
        // The other controller's lease is untouched; ours on b2 is given back.
        let leases = try await workspace.store.leases()
        #expect(leases.map(\.board) == ["b1"])
        #expect(leases.first?.holder == "other-host:77")
    }

    @Test func resumeRunsOnlyTheCasesNotYetStored() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        _ = try await workspace.store.acquireLease(
            board: "b1", holder: "other-host:77", runID: "their-run", ttlSeconds: 600)
        let first = FakeLab()
        let outcome = try await workspace.controller(first).run(
            suite: workspace.suite, targets: workspace.targets, observer: Recorder())
        #expect(outcome.results.filter { $0.status == .ok }.count == 3)
        let storedBefore = try await workspace.store.results(runID: outcome.runID).filter { $0.status == .ok }

        // The other controller is done with b1: the resumed run measures b1's three cases, and only those.
        try await workspace.store.releaseLeases(boards: ["b1"], holder: "other-host:77")
        let second = FakeLab()
        let observer = Recorder()
        let resumed = try await workspace.controller(second).resume(runID: outcome.runID, observer: observer)

        #expect(observer.planned?.total == 6)
        #expect(observer.planned?.stored == 3)
        #expect(second.calls(on: "b2").isEmpty)
        #expect(second.calls(on: "b1").map { $0.spec.key.threads }.sorted() == [1, 2, 4])
        #expect(resumed.results.count == 6)
        #expect(resumed.results.allSatisfy { $0.status == .ok })
        // What was stored before is still the same measurement.
        let b2 = try await workspace.store.results(runID: outcome.runID).filter { $0.key.target == "b2" }
        #expect(b2.map(\.latenciesNs) == storedBefore.map(\.latenciesNs))
    }

    @Test func aLeaseLostMidRunStopsTheCaseInFlightAndNothingMoreIsSentToThatBoard() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        let holder = "test-controller:1"
        let store = workspace.store
        // While b1's first case runs, another controller takes b1 over (as if our lease had lapsed): the controller
        // must notice at its next renewal, stop the case and send b1 nothing more. The fake case would otherwise
        // answer after two minutes, and be measured.
        let lab = FakeLab { call, _ in
            if call.board == "b1" {
                _ = try await store.acquireLease(
                    board: "b1", holder: "thief:9", runID: "their-run", ttlSeconds: 600, replacing: holder)
                try await Task.sleep(for: .seconds(120))
            }
            return FakeLab.ok(call.spec)
        }
        let observer = Recorder()
        // Renewals every 4 s: the loss is found at the first renewal after the theft.
        let outcome = try await workspace.controller(lab, holder: holder, leaseSeconds: 12).run(
            suite: workspace.suite, targets: workspace.targets, observer: observer)

        #expect(lab.calls(on: "b1").count == 1, "only the case in flight when the lease went may have been sent")
        let lost = outcome.results.filter { $0.key.target == "b1" }
        #expect(lost.count == 3)
        for result in lost {
            #expect(result.status == .infraError, "a case on a board we no longer hold is never measured")
            #expect(result.failure?.kind == .leaseLost)
            #expect(result.failure?.message.contains("thief:9") == true)
            #expect(result.latenciesNs.isEmpty)
        }
        #expect(outcome.results.filter { $0.key.target == "b2" }.map(\.status) == [.ok, .ok, .ok])
        let gaveUp = observer.events.filter { $0.board == "b1" && $0.kind == .gaveUp }
        #expect(gaveUp.count == 1)
        #expect(gaveUp.first?.detail.contains("thief:9") == true)
        // The new holder keeps its lease: ours are released without touching it.
        #expect(try await store.leases().map(\.holder) == ["thief:9"])
        // Lease-lost cases are infrastructure errors: a resume runs them again.
        #expect(try await store.discardInfraErrors(runID: outcome.runID) == 3)
    }

    /// Whether the store's renewals fail at once or hang, the board is given up on the controller's own clock.
    @Test(arguments: [UnreachableRenewals.Failure.error, .hang])
    func aControllerThatCannotRenewStopsTheCaseInFlightBeforeItsLeaseCouldLapse(
        _ failure: UnreachableRenewals.Failure
    ) async throws {
        let workspace = try Workspace(boards: ["b1"])
        let store = UnreachableRenewals(workspace.sqlite)
        // The store stops answering renewals while the first case runs (it would answer after two minutes, and be
        // measured): with 12 s leases the controller gives the board up 2 s before its lease could lapse.
        let lab = FakeLab { call, _ in
            store.cutRenewals(failure)
            try await Task.sleep(for: .seconds(120))
            return FakeLab.ok(call.spec)
        }
        var controller = workspace.controller(lab, leaseSeconds: 12)
        controller.store = store
        let observer = Recorder()
        let outcome = try await controller.run(suite: workspace.suite, targets: workspace.targets, observer: observer)

        #expect(lab.calls().count == 1)
        #expect(outcome.results.count == 3)
        for result in outcome.results {
            #expect(result.status == .infraError)
            #expect(result.failure?.kind == .leaseLost)
            #expect(result.failure?.message.contains("could not be renewed in time") == true)
        }
        #expect(observer.events.map(\.kind) == [.gaveUp])
    }

    @Test func aBoardWithoutRelayThatDiesMidCaseIsGivenUpAfterTwoSilentCases() async throws {
        let workspace = try Workspace(boards: ["b1"])
        let scripted = DyingBoard.lab()
        let observer = Recorder()
        let outcome = try await workspace.controller(scripted).run(
            suite: workspace.suite, targets: workspace.targets, observer: observer)

        let byThreads = Dictionary(uniqueKeysWithValues: outcome.results.map { ($0.key.threads, $0) })
        #expect(byThreads[1]?.status == .infraError)
        #expect(byThreads[1]?.failure?.kind == .transport)
        #expect(byThreads[2]?.failure?.kind == .transport)
        // After two silent cases and no relay, the third is not sent at all.
        #expect(byThreads[4]?.failure?.kind == .unreachable)
        #expect(byThreads[4]?.failure?.message.contains("stopped answering for 2 cases") == true)
        #expect(scripted.calls(on: "b1").count == 2)
        #expect(observer.events.map(\.kind) == [.stoppedAnswering, .stoppedAnswering, .gaveUp])
    }

    @Test func aBoardThatDiesMidCaseIsPowerCycledAndTheCaseRunAgain() async throws {
        let workspace = try Workspace(boards: ["b1"], powered: ["b1"])
        let scripted = DyingBoard.lab()
        let observer = Recorder()
        let outcome = try await workspace.controller(scripted).run(
            suite: workspace.suite, targets: workspace.targets, observer: observer)

        #expect(outcome.results.map(\.status) == [.ok, .ok, .ok])
        let retried = try #require(outcome.results.first { $0.key.threads == 1 })
        #expect(retried.attempts == 2)
        #expect(scripted.switches == ["b1 off", "b1 on"])
        #expect(
            observer.events.map(\.kind) == [.stoppedAnswering, .powerOff, .powerOn, .back, .retried])
        // The retry and the cases after it went over the fresh transport made after the power cycle.
        let calls = scripted.calls(on: "b1")
        #expect(calls.map(\.transport) == [1, 2, 2, 2])
        #expect(calls.map { $0.spec.key.threads } == [1, 1, 2, 4])
        #expect(try await workspace.store.events(runID: outcome.runID).map(\.kind) == observer.events.map(\.kind))
    }
}

/// Several controllers draining one run's queue from one SQLite store, in-process on fake boards.
@Suite struct SharedRunTests {
    typealias Workspace = RunControllerTests.Workspace
    typealias Recorder = RunControllerTests.Recorder

    @Test func twoControllersDrainOneRunEachCaseMeasuredAndStoredOnceOnTheBoardsEachReaches() async throws {
        let workspace = try Workspace(boards: ["b1", "b2", "b3", "b4"])
        let store = workspace.store
        // A reaches b1 and b2, B reaches b3 and b4. A's first b1 case waits until B stored the cases of its boards, so
        // both are on the run at once whatever the machine's speed (A would otherwise finish before B starts, and
        // give b3 and b4 up).
        let labA = Workspace.lab(unreachable: ["b3", "b4"]) { call, _ in
            if call.board == "b1" { try await workspace.waitUntil("ctl-b:2", stored: ["b3", "b4"], of: "shared") }
            return FakeLab.ok(call.spec)
        }
        let labB = Workspace.lab(unreachable: ["b1", "b2"])
        let a = workspace.controller(labA, holder: "ctl-a:1", leaseSeconds: 60, waitSeconds: 0.2)
        let b = workspace.controller(labB, holder: "ctl-b:2", leaseSeconds: 60, waitSeconds: 0.2)
        async let first = a.run(
            suite: workspace.suite, targets: workspace.targets, runID: "shared", observer: Recorder())
        async let second: RunController.Outcome = {
            while try await store.run(id: "shared") == nil { try await Task.sleep(for: .milliseconds(20)) }
            return try await b.join(runID: "shared", observer: Recorder())
        }()
        _ = try await (first, second)

        let results = try await store.results(runID: "shared")
        #expect(results.count == 12)
        #expect(results.allSatisfy { $0.status == .ok }, "\(results.map { $0.failure?.message ?? "ok" })")
        #expect(Set(results.map(\.key.id)).count == 12)
        // Each controller measured only the boards it reaches, each case once
        #expect(Set(labA.calls().map(\.board)) == ["b1", "b2"])
        #expect(Set(labB.calls().map(\.board)) == ["b3", "b4"])
        #expect(labA.calls().count + labB.calls().count == 12)
        let queue = try await store.queue(runID: "shared")
        #expect(queue.allSatisfy { $0.state == .done && $0.claims == 1 })
        #expect(Set(queue.filter { $0.board == "b1" || $0.board == "b2" }.map(\.doneBy)) == ["ctl-a:1"])
        #expect(Set(queue.filter { $0.board == "b3" || $0.board == "b4" }.map(\.doneBy)) == ["ctl-b:2"])
        // The last controller to leave finished the run; the lease history has no board held twice at once
        #expect(try await store.run(id: "shared")?.endedAt != nil)
        let history = LeaseHistory(events: try await store.leaseEvents(board: nil))
        #expect(history.holdings.count == 4)
        #expect(history.overlaps().isEmpty)
        #expect(history.casesOutsideTheirHolder(queue).isEmpty)
        #expect(try await store.leases().isEmpty)
    }

    @Test func aJoiningControllerClaimsOnlyTheBoardsItReachesAndLeavesTheRestQueued() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        let store = workspace.store
        try await workspace.storeRun("r")
        let far = Workspace.lab(unreachable: ["b1"])
        let joined = try await workspace.controller(far, holder: "far:1", leaseSeconds: 60, waitSeconds: 0.2)
            .join(runID: "r", observer: Recorder())
        #expect(far.calls().allSatisfy { $0.board == "b2" })
        #expect(joined.results.map(\.key.target) == ["b2", "b2", "b2"])
        var queue = try await store.queue(runID: "r")
        #expect(queue.filter { $0.board == "b1" }.map(\.state) == [.queued, .queued, .queued])
        #expect(try await store.run(id: "r")?.endedAt == nil, "a run with queued cases is not finished")

        // A controller that reaches b1 joins later and finishes the run
        let near = Workspace.lab()
        _ = try await workspace.controller(near, holder: "near:2", leaseSeconds: 60, waitSeconds: 0.2)
            .join(runID: "r", observer: Recorder())
        #expect(near.calls().map(\.board) == ["b1", "b1", "b1"])
        queue = try await store.queue(runID: "r")
        #expect(queue.allSatisfy { $0.state == .done && $0.claims == 1 })
        #expect(try await store.run(id: "r")?.endedAt != nil)
    }

    /// `--boards`: every controller reaches every board, and each serves only the boards it is given. The one that
    /// makes the run touches, leases and sweeps none of the others (their cases stay queued, the run open); a
    /// second controller given the rest drains them and ends the run.
    @Test func aControllerGivenBoardsClaimsOnlyTheirCasesAndAnotherDrainsTheRest() async throws {
        let workspace = try Workspace(boards: ["b1", "b2", "b3", "b4"])
        let store = workspace.store
        let labA = Workspace.lab()
        var a = workspace.controller(labA, holder: "bench-a:1", leaseSeconds: 60, waitSeconds: 0.2)
        a.servedBoards = ["b1", "b3"]
        let first = try await a.run(
            suite: workspace.suite, targets: workspace.targets, runID: "split", observer: Recorder())
        #expect(labA.calls().count == 6)
        #expect(Set(labA.calls().map(\.board)) == ["b1", "b3"])
        for board in ["b2", "b4"] { #expect(labA.transportsMade(for: board) == 0, "\(board) is not even connected") }
        #expect(first.results.map(\.key.target).sorted() == ["b1", "b1", "b1", "b3", "b3", "b3"])
        #expect(first.results.allSatisfy { $0.status == .ok })
        var queue = try await store.queue(runID: "split")
        #expect(queue.count == 12)
        #expect(queue.filter { $0.board == "b2" || $0.board == "b4" }.allSatisfy { $0.state == .queued })
        #expect(queue.filter { $0.state == .done }.allSatisfy { $0.doneBy == "bench-a:1" })
        #expect(try await store.run(id: "split")?.endedAt == nil, "the other boards' cases are still queued")
        let leased = LeaseHistory(events: try await store.leaseEvents(board: nil)).holdings.map(\.board)
        #expect(Set(leased) == ["b1", "b3"])

        // A second controller, given the rest, joins and finishes the run
        let labB = Workspace.lab()
        var b = workspace.controller(labB, holder: "bench-b:2", leaseSeconds: 60, waitSeconds: 0.2)
        b.servedBoards = ["b2", "b4"]
        _ = try await b.join(runID: "split", observer: Recorder())
        #expect(labB.calls().count == 6)
        #expect(Set(labB.calls().map(\.board)) == ["b2", "b4"])
        queue = try await store.queue(runID: "split")
        #expect(queue.allSatisfy { $0.state == .done && $0.claims == 1 })
        #expect(Set(queue.filter { $0.board == "b2" || $0.board == "b4" }.map(\.doneBy)) == ["bench-b:2"])
        let results = try await store.results(runID: "split")
        #expect(results.count == 12 && results.allSatisfy { $0.status == .ok })
        #expect(try await store.run(id: "split")?.endedAt != nil)
        #expect(try await store.leases().isEmpty)
    }

    /// `--resume --boards`: the resumed run serves only the boards given; the others' cases stay queued, unswept.
    @Test func aResumedRunServesOnlyTheBoardsGiven() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        try await workspace.storeRun("later")
        let lab = Workspace.lab()
        var controller = workspace.controller(lab)
        controller.servedBoards = ["b2"]
        let outcome = try await controller.resume(runID: "later", observer: Recorder())
        #expect(lab.calls().map(\.board) == ["b2", "b2", "b2"])
        #expect(outcome.results.map(\.key.target) == ["b2", "b2", "b2"])
        let queue = try await workspace.store.queue(runID: "later")
        #expect(queue.filter { $0.board == "b1" }.map(\.state) == [.queued, .queued, .queued])
        #expect(try await workspace.store.run(id: "later")?.endedAt == nil)
    }

    @Test func boardsTheRunDoesNotHaveAreRefusedBeforeAnythingIsStored() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        let lab = Workspace.lab()
        var controller = workspace.controller(lab)
        controller.servedBoards = ["b1", "b9"]
        let error = await #expect(throws: HILBenchError.self) {
            try await controller.run(
                suite: workspace.suite, targets: workspace.targets, runID: "typo", observer: Recorder())
        }
        #expect(error?.message.contains("b9") == true, "\(String(describing: error))")
        #expect(try await workspace.store.run(id: "typo") == nil)
        #expect(lab.calls().isEmpty)
    }

    @Test func aDeadControllersClaimsComeBackWhenItsLeaseExpires() async throws {
        let workspace = try Workspace(boards: ["b1"])
        let store = workspace.store
        try await workspace.storeRun("r")
        // A controller on another machine took b1 for this run with a 2 s lease, claimed its cases, and died.
        #expect(try await store.acquireLease(board: "b1", holder: "ghost:7", runID: "r", ttlSeconds: 2) == nil)
        #expect(try await store.claimCases(runID: "r", board: "b1", holder: "ghost:7", limit: 10).count == 3)
        let lab = Workspace.lab()
        let observer = Recorder()
        let outcome = try await workspace.controller(lab, holder: "heir:8", leaseSeconds: 60, waitSeconds: 0.2)
            .join(runID: "r", observer: observer)

        // (Whether the heir first saw the ghost's lease running, and waited, depends on how fast it started.)
        #expect(outcome.results.map(\.status) == [.ok, .ok, .ok])
        #expect(lab.calls().count == 3)
        let queue = try await store.queue(runID: "r")
        #expect(queue.allSatisfy { $0.state == .done && $0.claims == 2 && $0.doneBy == "heir:8" })
        let events = try await store.leaseEvents(board: "b1")
        #expect(
            events.map { "\($0.kind.rawValue) \($0.holder)" } == [
                "acquired ghost:7", "expired ghost:7", "acquired heir:8", "released heir:8",
            ])
        let history = LeaseHistory(events: events)
        #expect(history.overlaps().isEmpty)
        #expect(history.casesOutsideTheirHolder(queue).isEmpty)
    }

    @Test func aLeaseLostToAnotherControllerOfTheRunReturnsTheBoardsClaimsToIt() async throws {
        let workspace = try Workspace(boards: ["b1", "b2"])
        let store = workspace.store
        let holder = "first:1"
        // While b1's first case runs, another controller of the same run takes b1 over (as if our lease had lapsed):
        // our controller stops, its b1 claims go back to the queue, and it records nothing for b1.
        let lab = Workspace.lab { call, _ in
            if call.board == "b1" {
                _ = try await store.acquireLease(
                    board: "b1", holder: "second:2", runID: "r", ttlSeconds: 600, replacing: holder)
                try await Task.sleep(for: .seconds(120))
            }
            return FakeLab.ok(call.spec)
        }
        _ = try await workspace.controller(lab, holder: holder, leaseSeconds: 12, waitSeconds: 0.2)
            .run(suite: workspace.suite, targets: workspace.targets, runID: "r", observer: Recorder())
        #expect(lab.calls(on: "b1").count == 1)
        var queue = try await store.queue(runID: "r")
        #expect(queue.filter { $0.board == "b1" }.map(\.state) == [.queued, .queued, .queued])
        #expect(queue.filter { $0.board == "b2" }.map(\.state) == [.done, .done, .done])
        #expect(try await store.results(runID: "r").map(\.key.target) == ["b2", "b2", "b2"])
        #expect(try await store.run(id: "r")?.endedAt == nil)

        // The controller now holding b1 joins and measures b1's cases
        let second = Workspace.lab()
        let outcome = try await workspace.controller(second, holder: "second:2", leaseSeconds: 60, waitSeconds: 0.2)
            .join(runID: "r", observer: Recorder())
        #expect(second.calls().map(\.board) == ["b1", "b1", "b1"])
        #expect(outcome.results.count == 6)
        #expect(outcome.results.allSatisfy { $0.status == .ok })
        queue = try await store.queue(runID: "r")
        #expect(queue.filter { $0.board == "b1" }.allSatisfy { $0.claims == 2 && $0.doneBy == "second:2" })
        #expect(try await store.run(id: "r")?.endedAt != nil)
        #expect(LeaseHistory(events: try await store.leaseEvents(board: nil)).overlaps().isEmpty)
    }
}

/// Boards whose first case breaks its link and kills the board: it stays dead until power-cycled.
enum DyingBoard {
    static func lab() -> FakeLab {
        let struck = Mutex(false)
        return FakeLab { call, lab in
            let first = struck.withLock { struck -> Bool in
                defer { struck = true }
                return !struck
            }
            guard !first else {
                lab.kill(call.board)
                throw FakeLab.cut(call.board)
            }
            return FakeLab.ok(call.spec)
        }
    }
}
