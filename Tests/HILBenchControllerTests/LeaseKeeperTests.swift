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

    static func keeper(_ store: ResultsStore, clock: ManualClock, losses: Losses) -> LeaseKeeper {
        // 60 s leases, given up 10 s before they could lapse.
        LeaseKeeper(
            store: store, holder: "me:1", runID: "run-1", ttlSeconds: 60, margin: 10, now: { clock.now },
            onLoss: losses.add)
    }

    @Test func aLeaseNotRenewedInTimeIsGivenUpBeforeItCouldLapseAndOnlyOnce() async throws {
        let store = try ResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try keeper.acquire(["b1"], observer: Silent()).isEmpty)

        clock.advance(to: 1049.9)
        #expect(keeper.lossReason("b1") == nil)
        // A renewal sent at 1030 moves the deadline to 1030 + 60 − 10.
        clock.advance(to: 1030)
        #expect(keeper.renew().isEmpty)
        clock.advance(to: 1079.9)
        #expect(keeper.lossReason("b1") == nil)
        clock.advance(to: 1080)
        let reason = try #require(keeper.lossReason("b1"))
        #expect(reason.contains("could not be renewed in time"))
        #expect(losses.all == ["b1: \(reason)"])
        // Lost stays lost: a later renewal does not bring it back, and nothing runs on it.
        #expect(keeper.renew().isEmpty)
        #expect(keeper.lossReason("b1") == reason)
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

    @Test func aRenewalThatFindsTheLeaseTakenLosesTheBoardAndNamesTheNewHolder() async throws {
        let store = try ResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try keeper.acquire(["b1", "b2"], observer: Silent()).isEmpty)
        #expect(
            try store.acquireLease(board: "b2", holder: "thief:2", runID: "r2", ttlSeconds: 60, replacing: "me:1")
                == nil)

        clock.advance(to: 1020)
        #expect(keeper.renew() == ["b2"])
        #expect(keeper.lossReason("b1") == nil)
        let reason = try #require(keeper.lossReason("b2"))
        #expect(reason.contains("thief:2") && reason.contains("r2"))
        #expect(losses.all == ["b2: \(reason)"])

        // Giving the leases back leaves the new holder's alone.
        keeper.release()
        #expect(try store.leases().map(\.holder) == ["thief:2"])
    }

    @Test func aCaseInFlightIsCancelledWhenTheLeaseIsLost() async throws {
        let store = try ResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        let clock = ManualClock()
        let losses = Losses()
        let keeper = Self.keeper(store, clock: clock, losses: losses)
        #expect(try keeper.acquire(["b1"], observer: Silent()).isEmpty)
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
        _ = try store.acquireLease(board: "b1", holder: "thief:3", runID: nil, ttlSeconds: 60, replacing: "me:1")
        #expect(keeper.renew() == ["b1"])
        guard case .lost(let reason) = try await held else {
            Issue.record("the case must not finish once the lease is lost")
            return
        }
        #expect(reason.contains("thief:3"))
        #expect(cancelled.withLock { $0 })
    }

    @Test func anotherControllerOnTheSameRunIsRefusedAndLeavesNoLease() throws {
        let store = try ResultsStore(path: try Scratch("lease").path + "/results.sqlite")
        #expect(try store.acquireLease(board: "b2", holder: "other-host:5", runID: "run-1", ttlSeconds: 60) == nil)
        let keeper = Self.keeper(store, clock: ManualClock(), losses: Losses())
        #expect(throws: HILBenchError.self) { try keeper.acquire(["b1", "b2"], observer: Silent()) }
        #expect(try store.leases().map(\.holder) == ["other-host:5"])
        #expect(throws: HILBenchError.self) {
            try LeaseKeeper.refuseIfAnotherControllerRuns("run-1", store: store, holder: "me:1")
        }
    }
}
