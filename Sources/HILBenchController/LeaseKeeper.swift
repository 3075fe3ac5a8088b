import Foundation
public import HILBenchCore
import HILBenchStore
import HILBenchSystem
import Synchronization

/// This controller's leases on the boards of one run: taken before dispatch, renewed while the run lasts, and given
/// up — with the board's remaining cases — the moment they can no longer be trusted.
///
/// A lease is trusted until `margin` before it could lapse, counted on the controller's monotonic clock from the
/// moment its last successful renewal was sent (the store stamps the expiry no earlier than that). A board whose
/// renewal comes back lost (another controller holds it), or that cannot be renewed in time (store unreachable), is
/// lost: `onLoss` hears it once, a case in flight on it is cancelled (`whileHeld`), and it gets no further case.
final class LeaseKeeper: Sendable {
    let store: any ResultsStore
    let holder: String
    let runID: String
    let ttlSeconds: Double
    /// Seconds between renewals.
    let renewEvery: Double
    /// Seconds before a lease could lapse at which the board is given up: time to cancel a case in flight.
    let margin: Double
    /// The controller's monotonic clock, seconds (injected by tests).
    private let now: @Sendable () -> Double
    private let onLoss: @Sendable (_ board: String, _ reason: String) async -> Void
    private let state = Mutex(State())

    private struct State {
        /// Boards leased by this run: until when (monotonic seconds) each may be used, or why it is lost.
        var validUntil: [String: Double] = [:]
        var lost: [String: String] = [:]
        var waiters: [String: [Int: CheckedContinuation<String?, Never>]] = [:]
        var nextWaiter = 0
        var lastFailure: String?
    }

    init(
        store: any ResultsStore, holder: String, runID: String, ttlSeconds: Double, renewEvery: Double? = nil,
        margin: Double? = nil, now: @escaping @Sendable () -> Double = { Double(Monotonic.nowNs()) / 1e9 },
        onLoss: @escaping @Sendable (_ board: String, _ reason: String) async -> Void
    ) {
        self.store = store
        self.holder = holder
        self.runID = runID
        self.ttlSeconds = ttlSeconds
        self.renewEvery = renewEvery ?? ttlSeconds / 3
        self.margin = margin ?? ttlSeconds / 6
        self.now = now
        self.onLoss = onLoss
    }

    /// The boards this run leased (lost ones included).
    var leased: [String] { state.withLock { $0.validUntil.keys.sorted() } }

    // MARK: - Taking

    /// Takes the lease on each of `boards`; returns the boards another controller holds, with its lease.
    ///
    /// A lease left by a dead controller on this machine is taken over (`observer` hears it). With `refusingSameRun`,
    /// when another controller holds a board for this very run every lease just taken is released and the run is
    /// refused: two `--resume`s may have passed `refuseIfAnotherControllerRuns` at the same moment, and the leases
    /// decide, atomically. Without it (controllers draining one run's queue together) such boards are returned too.
    func acquire(
        _ boards: [String], observer: any RunObserver, refusingSameRun: Bool = true
    ) async throws -> [String: BoardLease] {
        var busy: [String: BoardLease] = [:]
        for board in boards {
            if let other = try await tryAcquire(board, observer: observer) {
                busy[board] = other
                if other.runID == runID {
                    if refusingSameRun {
                        await release()
                        throw Self.runInProgress(runID, detail: "\(other.holder) holds board \(other.board)")
                    }
                    observer.note("board \(board) is being measured for this run by \(other.holder); waiting for it")
                } else {
                    observer.note("board \(board) is busy: leased by \(other.holder)")
                }
            }
        }
        return busy
    }

    /// Takes the lease on `board` (or takes over a dead local holder's); returns the other holder's lease when it is
    /// busy. A board this keeper lost stays lost (`holds` says no) even when its lease is taken again.
    func tryAcquire(_ board: String, observer: any RunObserver) async throws -> BoardLease? {
        let sent = now()
        var other = try await store.acquireLease(board: board, holder: holder, runID: runID, ttlSeconds: ttlSeconds)
        if let stale = other, Self.holderIsDead(stale.holder) {
            // A controller on this machine that was killed (SIGKILL, power loss) left its lease: take it over.
            observer.note("board \(board): taking over the lease of \(stale.holder), which is no longer running")
            other = try await store.acquireLease(
                board: board, holder: holder, runID: runID, ttlSeconds: ttlSeconds, replacing: stale.holder)
        }
        if other == nil { state.withLock { $0.validUntil[board] = sent + ttlSeconds - margin } }
        return other
    }

    /// Whether this keeper holds `board`'s lease and trusts it.
    func holds(_ board: String) -> Bool {
        state.withLock { $0.validUntil[board] != nil && $0.lost[board] == nil }
    }

    /// Why `board` is busy, as its cases say.
    static func busyReason(_ board: String, _ other: BoardLease) -> String {
        let until = Date(timeIntervalSince1970: other.expiresAt)
        let run = other.runID.map { " (run \($0))" } ?? ""
        return "board \(board) is busy: leased by \(other.holder)\(run) until \(until)"
    }

    // MARK: - Keeping

    /// Renews the leases until the task is cancelled (or every lease is lost), and gives up each board at its
    /// deadline — on a clock of its own, so a renewal that hangs (a store that stops answering) cannot delay it.
    func keep() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.renewals() }
            group.addTask { await self.deadlines() }
        }
    }

    // Both loops go on while no board is held: a controller draining a run with others may take a board later.
    private func renewals() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(renewEvery)) } catch { return }
            await renew()
        }
    }

    private func deadlines() async {
        while !Task.isCancelled {
            let earliest = state.withLock { state in
                state.validUntil.filter { state.lost[$0.key] == nil }.values.min()
            }
            // A board leased later is looked at within a renewal period.
            let wait = min(renewEvery, max(0.001, (earliest ?? .infinity) - now()))
            do { try await Task.sleep(for: .seconds(wait)) } catch { return }
            for board in live { _ = await lossReason(board) }
        }
    }

    /// The boards leased and not lost.
    private var live: [String] { state.withLock { state in state.validUntil.keys.filter { state.lost[$0] == nil } } }

    /// One renewal of every lease still held; boards the store says we lost, or whose deadline passed without a
    /// renewal, are lost. Returns them.
    @discardableResult
    func renew() async -> [String] {
        let boards = live.sorted()
        guard !boards.isEmpty else { return [] }
        let sent = now()
        var newlyLost: [String] = []
        do {
            let gone = Set(try await store.heartbeat(boards: boards, holder: holder, ttlSeconds: ttlSeconds))
            state.withLock { state in
                state.lastFailure = nil
                for board in boards where !gone.contains(board) {
                    state.validUntil[board] = sent + ttlSeconds - margin
                }
            }
            for board in boards.filter(gone.contains) where await markLost(board, because: await takenReason(board)) {
                newlyLost.append(board)
            }
        } catch {
            state.withLock { $0.lastFailure = "\(error)" }
        }
        for board in boards where !newlyLost.contains(board) {
            if await lossReason(board) != nil { newlyLost.append(board) }
        }
        return newlyLost
    }

    /// Why `board` may no longer be used, or nil while its lease is trusted. A lease past its deadline is lost here.
    func lossReason(_ board: String) async -> String? {
        let (lost, deadline, failure) = state.withLock { ($0.lost[board], $0.validUntil[board], $0.lastFailure) }
        if let lost { return lost }
        guard let deadline, now() >= deadline else { return nil }
        let reason =
            "its lease could not be renewed in time (it lapses within \(Self.seconds(margin)))"
            + (failure.map { ": \($0)" } ?? "")
        await markLost(board, because: reason)
        return state.withLock { $0.lost[board] }
    }

    /// Runs `body` while `board`'s lease holds: when it is lost first, `body` is cancelled and the loss returned.
    func whileHeld<T: Sendable>(
        _ board: String, _ body: @escaping @Sendable () async throws -> T
    ) async throws -> Held<T> {
        if let reason = await lossReason(board) { return .lost(reason) }
        return try await withThrowingTaskGroup(of: Held<T>?.self) { group in
            group.addTask { .held(try await body()) }
            group.addTask { await self.loss(of: board).map { .lost($0) } }
            while let next = try await group.next() {
                // nil: the watcher was cancelled, so `body` ended first or is being cancelled.
                if let next {
                    group.cancelAll()
                    return next
                }
            }
            throw CancellationError()
        }
    }

    enum Held<T: Sendable>: Sendable {
        case held(T)
        case lost(String)
    }

    /// Gives every lease back (lost ones included: the store only deletes leases this holder still has).
    func release() async {
        let boards = leased
        guard !boards.isEmpty else { return }
        try? await store.releaseLeases(boards: boards, holder: holder)
    }

    // MARK: - Losing

    /// Marks `board` lost (the first reason stands); wakes its watchers and tells `onLoss` once. True when newly lost.
    @discardableResult
    private func markLost(_ board: String, because reason: String) async -> Bool {
        let waiters = state.withLock { state -> [CheckedContinuation<String?, Never>]? in
            guard state.lost[board] == nil, state.validUntil[board] != nil else { return nil }
            state.lost[board] = reason
            return Array((state.waiters.removeValue(forKey: board) ?? [:]).values)
        }
        guard let waiters else { return false }
        // Recorded before the watchers wake: a woken case ends and the run may finish (cancelling this task) before
        // a later `onLoss` would have run, losing the board's `gave_up` event.
        await onLoss(board, reason)
        for waiter in waiters { waiter.resume(returning: reason) }
        return true
    }

    /// Waits until `board` is lost (its reason), or returns nil when the task is cancelled first.
    private func loss(of board: String) async -> String? {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let now = state.withLock { state -> String?? in
                    if let lost = state.lost[board] { return .some(lost) }
                    if Task.isCancelled || state.validUntil[board] == nil { return .some(nil) }
                    state.waiters[board, default: [:]][id] = continuation
                    return .none
                }
                if let now { continuation.resume(returning: now) }
            }
        } onCancel: {
            state.withLock { $0.waiters[board]?.removeValue(forKey: id) }?.resume(returning: nil)
        }
    }

    /// Who holds `board` now that our renewal found it gone.
    private func takenReason(_ board: String) async -> String {
        let current = (try? await store.leases())?.first { $0.board == board }
        guard let current, current.holder != holder, !current.expired else {
            return "its lease is gone from the store (it lapsed before it could be renewed)"
        }
        return "its lease passed to \(current.holder)\(current.runID.map { " (run \($0))" } ?? "")"
    }

    // MARK: - Other controllers

    /// Throws when a live controller other than `holder` holds a board for `runID`.
    static func refuseIfAnotherControllerRuns(_ runID: String, store: any ResultsStore, holder: String) async throws {
        if let other = try await store.leases().first(where: {
            $0.runID == runID && $0.holder != holder && !$0.expired && !holderIsDead($0.holder)
        }) {
            throw runInProgress(runID, detail: "\(other.holder) holds board \(other.board)")
        }
    }

    static func runInProgress(_ runID: String, detail: String) -> HILBenchError {
        HILBenchError(
            .usage,
            "run \(runID) is being run by another controller (\(detail)); two controllers cannot run one run at once — wait for it to end, then `hilbench run --resume \(runID)` picks up what is left"
        )
    }

    /// Whether a lease holder (`host:pid`) is a process on this host that no longer exists.
    static func holderIsDead(_ holder: String) -> Bool {
        let parts = holder.split(separator: ":")
        guard parts.count == 2, String(parts[0]) == ProcessInfo.processInfo.hostName, let pid = Int32(parts[1]) else {
            return false
        }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}

extension CaseResult.Failure.Kind {
    /// The controller's lease on the board was lost (taken by another controller, or not renewed in time): the case
    /// was stopped or never started, and `--resume` runs it again.
    public static let leaseLost: Self = "lease_lost"
}
