import Foundation
public import HILBenchAgentKit
public import HILBenchCore
import HILBenchSystem
import Synchronization

/// One case at a time per board: runs it on a dedicated thread (never an event loop nor the cooperative
/// pool, since a case blocks for as long as it measures) and keeps recent outcomes for the controller to poll.
public final class CaseSupervisor: Sendable {
    /// Refused because a case is already running.
    public struct Busy: Error, Sendable {
        public var runningID: String
        public var runningKey: CaseKey
    }

    private struct Job {
        var id: String
        var key: CaseKey
        var startNs: Int64
        var cancellation = CaseCancellation()
        var result: CaseResult?
        var finishedNs: Int64?
        /// The last time a controller asked about the case (or was waiting on it).
        var lastSeenNs: Int64
    }

    private struct State {
        var runningID: String?
        var jobs: [String: Job] = [:]
        /// Finished ids, oldest first (bounded by `keepFinished`).
        var finished: [String] = []
        var waiters: [String: [UInt64: CheckedContinuation<Void, Never>]] = [:]
        /// Waiters whose timeout or cancellation came before they were registered.
        var abandoned: Set<UInt64> = []
        var nextWaiter: UInt64 = 0
    }

    private let state = Mutex(State())
    private let execute: @Sendable (CaseSpec, CaseCancellation) -> CaseResult
    private let keepFinished: Int
    private let abandonAfterNs: Int64?

    /// - Parameters:
    ///   - keepFinished: how many finished results stay pollable.
    ///   - abandonAfter: a running case that no controller polls (or waits on in a long poll) for this long is
    ///     cancelled: its controller has gone, and the board must not stay busy with a case nobody will read.
    ///     nil: never.
    ///   - execute: runs one case, blocking (the agent's `AgentService.run`).
    public init(
        keepFinished: Int = 32, abandonAfter: Duration? = .seconds(10),
        execute: @escaping @Sendable (CaseSpec, CaseCancellation) -> CaseResult
    ) {
        self.keepFinished = keepFinished
        self.abandonAfterNs = abandonAfter.map {
            Int64($0.components.seconds) * 1_000_000_000 + $0.components.attoseconds / 1_000_000_000
        }
        self.execute = execute
    }

    public convenience init(service: AgentService, abandonAfter: Duration? = .seconds(10)) {
        self.init(abandonAfter: abandonAfter) { spec, cancellation in service.run(spec, cancellation: cancellation) }
    }

    /// Starts a case on its own thread and returns its id at once; `whenDone` runs after it ended (not when refused).
    public func start(_ spec: CaseSpec, whenDone: (@Sendable () -> Void)? = nil) throws(Busy) -> String {
        let id = UUID().uuidString.lowercased()
        let refusal: Busy? = state.withLock { state in
            if let running = state.runningID, let job = state.jobs[running] {
                return Busy(runningID: running, runningKey: job.key)
            }
            state.runningID = id
            let now = Monotonic.nowNs()
            state.jobs[id] = Job(id: id, key: spec.key, startNs: now, lastSeenNs: now)
            return nil
        }
        if let refusal { throw refusal }
        let cancellation = state.withLock { $0.jobs[id]!.cancellation }
        let thread = Thread { [self] in
            let result = execute(spec, cancellation)
            whenDone?()
            finish(id, result)
        }
        thread.name = "hilbench-case"
        thread.start()
        if let abandonAfterNs { watch(id, abandonAfterNs: abandonAfterNs) }
        return id
    }

    /// Cancels the case once no controller has asked about it for `abandonAfterNs` (checked 5 times a second).
    private func watch(_ id: String, abandonAfterNs: Int64) {
        let watcher = Thread { [self] in
            while true {
                usleep(200_000)
                let done = state.withLock { state -> Bool in
                    guard let job = state.jobs[id], job.result == nil else { return true }
                    let now = Monotonic.nowNs()
                    if !(state.waiters[id] ?? [:]).isEmpty { state.jobs[id]?.lastSeenNs = now }
                    if now - job.lastSeenNs > abandonAfterNs {
                        job.cancellation.cancel()
                        return true
                    }
                    return false
                }
                if done { return }
            }
        }
        watcher.name = "hilbench-case-watch"
        watcher.start()
    }

    /// The case's state, or nil for an unknown (or forgotten) id.
    public func status(_ id: String) -> CaseStatusReply? {
        state.withLock { state in
            state.jobs[id]?.lastSeenNs = Monotonic.nowNs()
            return Self.reply(for: state.jobs[id])
        }
    }

    /// Waits up to `limit` for the case to finish (a long poll), then answers like `status`.
    public func status(_ id: String, waitingUpTo limit: Duration) async -> CaseStatusReply? {
        guard limit > .zero else { return status(id) }
        let waiter = state.withLock { state -> UInt64 in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        let timer = Task { [self] in
            do { try await Task.sleep(for: limit) } catch { return }
            release(id, waiter)
        }
        defer {
            timer.cancel()
            state.withLock { _ = $0.abandoned.remove(waiter) }
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state -> Bool in
                    if state.abandoned.remove(waiter) != nil { return true }
                    guard let job = state.jobs[id], job.result == nil else { return true }
                    state.waiters[id, default: [:]][waiter] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            release(id, waiter)
        }
        return status(id)
    }

    /// Cancels a running case (its runner is killed; the result says `cancelled`), or forgets a finished one.
    /// Returns the state before the call, or nil for an unknown id.
    public func cancel(_ id: String) -> CaseStatusReply? {
        state.withLock { state in
            guard let job = state.jobs[id] else { return nil }
            if job.result == nil {
                job.cancellation.cancel()
            } else {
                state.jobs[id] = nil
                state.finished.removeAll { $0 == id }
            }
            return Self.reply(for: job)
        }
    }

    /// Cancels whatever runs and waits (up to `limit`) for its thread to finish: used at shutdown.
    public func shutdown(waitingUpTo limit: Duration = .seconds(10)) async {
        let running = state.withLock { state -> String? in
            guard let id = state.runningID else { return nil }
            state.jobs[id]?.cancellation.cancel()
            return id
        }
        if let running { _ = await status(running, waitingUpTo: limit) }
    }

    /// The id of the running case, if any.
    public var runningID: String? { state.withLock { $0.runningID } }

    private func finish(_ id: String, _ result: CaseResult) {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.jobs[id]?.result = result
            state.jobs[id]?.finishedNs = Monotonic.nowNs()
            if state.runningID == id { state.runningID = nil }
            state.finished.append(id)
            while state.finished.count > keepFinished {
                state.jobs[state.finished.removeFirst()] = nil
            }
            return Array((state.waiters.removeValue(forKey: id) ?? [:]).values)
        }
        for waiter in waiters { waiter.resume() }
    }

    private func release(_ id: String, _ waiter: UInt64) {
        let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if let continuation = state.waiters[id]?.removeValue(forKey: waiter) { return continuation }
            state.abandoned.insert(waiter)
            return nil
        }
        continuation?.resume()
    }

    private static func reply(for job: Job?) -> CaseStatusReply? {
        guard let job else { return nil }
        let endNs = job.finishedNs ?? Monotonic.nowNs()
        return CaseStatusReply(
            id: job.id, state: job.result == nil ? .running : .done, key: job.key,
            elapsedSeconds: Double(endNs - job.startNs) / 1e9,
            cancelRequested: job.cancellation.isCancelled, result: job.result)
    }
}
