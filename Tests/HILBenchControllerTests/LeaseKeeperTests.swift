import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Synchronization
import Testing

@testable import HILBenchController

/// The lease keeper on a real SQLite store, with the controller's clock in the test's hand: when a lease stops being
/// trusted follows from the renewals alone, never from how fast this machine is.
@Suite struct LeaseKeeperTests {
    final class ManualClock: Sendable {
        private let seconds = Mutex(1000.0)
        var now: Double { seconds.withLock { $0 } }
        func advance(to value: Double) { seconds.withLock { $0 = value } }
    }

    final class Losses: Sendable {
        private let list = Mutex<[String]>([])
        var all: [String] { list.withLock { $0 } }
        func add(_ board: String, _ reason: String) { list.withLock { $0.append("\(board): \(reason)") } }
    }

    final class Silent: RunObserver {
        func planned(total: Int, alreadyStored: Int, runID: String) {}
        func started(_ key: CaseKey, index: Int, total: Int) {}
        func finished(_ result: CaseResult, index: Int, total: Int) {}
        func note(_ message: String) {}
    }

    static func keeper(_ store: any ResultsStore, clock: ManualClock, losses: Losses) -> LeaseKeeper {
        // 60 s leases, given up 10 s before they could lapse.
        LeaseKeeper(
            store: store, holder: "me:1", runID: "run-1", ttlSeconds: 60, margin: 10, now: { clock.now },
            onLoss: losses.add)
    }

    @Test func aLeaseNotRenewedInTimeIsGivenUpBeforeItCouldLapseAndOnlyOnce() async throws {
        let store: any ResultsStore = try SQLiteResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try await keeper.acquire(["b1"], observer: Silent()).isEmpty)

        clock.advance(to: 1049.9)
        #expect(await keeper.lossReason("b1") == nil)
        // A renewal sent at 1030 moves the deadline to 1030 + 60 − 10.
        clock.advance(to: 1030)
        #expect(await keeper.renew().isEmpty)
        clock.advance(to: 1079.9)
        #expect(await keeper.lossReason("b1") == nil)
        clock.advance(to: 1080)
        let reason = try #require(await keeper.lossReason("b1"))
        #expect(reason.contains("could not be renewed in time"))
        #expect(losses.all == ["b1: \(reason)"])
        // Lost stays lost: a later renewal does not bring it back, and nothing runs on it.
        #expect(await keeper.renew().isEmpty)
        #expect(await keeper.lossReason("b1") == reason)
        let ran = Mutex(false)
        let held = try await keeper.whileHeld("b1") { ran.withLock { $0 = true } }
        guard case .lost(let why) = held else {
            Issue.record("a lost board must not run the body")
            return
        }
        #expect(why == reason)
        #expect(!ran.withLock { $0 })
        #expect(losses.all.count == 1)
    }

    @Test func aLeaseWhoseRenewalsFailIsGivenUpWhileTheStoreStillHoldsItForUs() async throws {
        let store = UnreachableRenewals(try SQLiteResultsStore(path: try Scratch("lease").path + "/results.sqlite"))
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try await keeper.acquire(["b1"], observer: Silent()).isEmpty)
        // The store stops answering renewals: the lease is trusted until 10 s before it could lapse, then let go.
        store.cutRenewals()
        clock.advance(to: 1020)
        #expect(await keeper.renew().isEmpty)
        clock.advance(to: 1040)
        #expect(await keeper.renew().isEmpty)
        clock.advance(to: 1049.9)
        #expect(await keeper.lossReason("b1") == nil)
        clock.advance(to: 1050)
        #expect(await keeper.renew() == ["b1"])
        let reason = try #require(await keeper.lossReason("b1"))
        #expect(reason.contains("could not be renewed in time"))
        #expect(reason.contains("did not answer"), "the store's own error is kept: \(reason)")
        #expect(losses.all == ["b1: \(reason)"])
        // Given up while the lease is still ours in the store: nobody else can have been given the board yet.
        let lease = try #require(try await store.leases().first)
        #expect(lease.holder == "me:1" && !lease.expired)
    }

    @Test func aRenewalThatFindsTheLeaseTakenLosesTheBoardAndNamesTheNewHolder() async throws {
        let store: any ResultsStore = try SQLiteResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try await keeper.acquire(["b1", "b2"], observer: Silent()).isEmpty)
        #expect(
            try await store.acquireLease(board: "b2", holder: "thief:2", runID: "r2", ttlSeconds: 60, replacing: "me:1")
                == nil)

        clock.advance(to: 1020)
        #expect(await keeper.renew() == ["b2"])
        #expect(await keeper.lossReason("b1") == nil)
        let reason = try #require(await keeper.lossReason("b2"))
        #expect(reason.contains("thief:2") && reason.contains("r2"))
        #expect(losses.all == ["b2: \(reason)"])

        // Giving the leases back leaves the new holder's alone.
        await keeper.release()
        #expect(try await store.leases().map(\.holder) == ["thief:2"])
    }

    @Test func aCaseInFlightIsCancelledWhenTheLeaseIsLost() async throws {
        let store: any ResultsStore = try SQLiteResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try await keeper.acquire(["b1"], observer: Silent()).isEmpty)
        let started = AsyncStream<Void>.makeStream()
        let cancelled = Mutex(false)
        async let held = keeper.whileHeld("b1") { () async throws -> Int in
            started.continuation.yield()
            do {
                try await Task.sleep(for: .seconds(600))
            } catch {
                cancelled.withLock { $0 = true }
                throw error
            }
            return 1
        }
        // Once the case runs, the store says another controller has the board.
        for await _ in started.stream { break }
        _ = try await store.acquireLease(board: "b1", holder: "thief:3", runID: nil, ttlSeconds: 60, replacing: "me:1")
        #expect(await keeper.renew() == ["b1"])
        guard case .lost(let reason) = try await held else {
            Issue.record("the case must not finish once the lease is lost")
            return
        }
        #expect(reason.contains("thief:3"))
        #expect(cancelled.withLock { $0 })
    }

    @Test func anotherControllerOnTheSameRunIsRefusedAndLeavesNoLease() async throws {
        let store: any ResultsStore = try SQLiteResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        #expect(
            try await store.acquireLease(board: "b2", holder: "other-host:5", runID: "run-1", ttlSeconds: 60) == nil)
        let keeper = Self.keeper(store, clock: ManualClock(), losses: Losses())
        await #expect(throws: HILBenchError.self) { try await keeper.acquire(["b1", "b2"], observer: Silent()) }
        #expect(try await store.leases().map(\.holder) == ["other-host:5"])
        await #expect(throws: HILBenchError.self) {
            try await LeaseKeeper.refuseIfAnotherControllerRuns("run-1", store: store, holder: "me:1")
        }
    }
}
