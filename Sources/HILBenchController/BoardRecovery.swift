import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTransport
import Logging
import Synchronization

/// A board's connection during a run: replaced after a power cycle, given up when the board cannot be brought back
/// (or its lease is lost), closed at the end of the run.
final class BoardLink: Sendable {
    private struct State {
        var transport: (any BoardTransport)?
        var abandoned: CaseResult.Failure?
        /// Consecutive cases that failed because the board stopped answering.
        var silentCases = 0
    }
    private let state: Mutex<State>

    init(_ transport: (any BoardTransport)?, unreachable: String?) {
        var abandoned: CaseResult.Failure?
        if transport == nil || unreachable != nil {
            abandoned = .init(kind: .unreachable, message: unreachable ?? "no transport")
        }
        state = Mutex(State(transport: transport, abandoned: abandoned))
    }

    var transport: (any BoardTransport)? { state.withLock { $0.transport } }
    /// Why the board's remaining cases are not dispatched (nil while it is usable).
    var gaveUp: CaseResult.Failure? { state.withLock { $0.abandoned } }

    /// Goes on with a fresh transport (after a power cycle); a board whose lease is lost stays given up.
    func replace(with transport: any BoardTransport) {
        state.withLock {
            $0.transport = transport
            if $0.abandoned?.kind != .leaseLost { $0.abandoned = nil }
            $0.silentCases = 0
        }
    }

    /// Dispatches no more cases to the board: they end at once with `kind` and `reason`.
    func giveUp(_ reason: String, kind: CaseResult.Failure.Kind = .unreachable) {
        state.withLock {
            // A lost lease is the last word: the board is someone else's now, whatever else happened to it.
            if $0.abandoned?.kind != .leaseLost { $0.abandoned = .init(kind: kind, message: reason) }
        }
    }

    /// Counts a case the board did not answer (returns the consecutive count), or resets the count.
    @discardableResult
    func noteSilence(_ silent: Bool) -> Int {
        state.withLock {
            $0.silentCases = silent ? $0.silentCases + 1 : 0
            return $0.silentCases
        }
    }
}

/// Where board events go: the store (one committed row each, so a crash keeps them), the observer and the log.
struct BoardEventLog: Sendable {
    let store: any ResultsStore
    let runID: String
    let observer: any RunObserver
    let logger: Logger

    func record(_ board: String, _ kind: BoardEvent.Kind, _ detail: String, caseID: String? = nil) async {
        let event = BoardEvent(
            board: board, at: Date().timeIntervalSince1970, kind: kind, detail: detail, caseID: caseID)
        var metadata: Logger.Metadata = ["board": "\(board)", "event": "\(kind.rawValue)"]
        if let caseID { metadata["case"] = "\(caseID)" }
        do {
            try await store.record(event, runID: runID)
        } catch {
            logger.error("cannot store a board event", metadata: metadata.merging(["error": "\(error)"]) { $1 })
        }
        observer.boardEvent(event)
        logger.notice("\(detail)", metadata: metadata)
    }
}

/// Brings one board back when it stops answering: a power cycle through its switch, a health check, the case once
/// more; or gives the board up (its remaining cases end at once as infrastructure errors, retried by `--resume`).
struct BoardRecovery: Sendable {
    let target: TargetConfig
    /// The switch on the board's supply (nil: it cannot be power-cycled).
    let power: (any PowerSwitch)?
    let link: BoardLink
    let connector: any BoardConnector
    let healthLimits: BoardHealth.Limits
    let clocks: BoardClocks
    let events: BoardEventLog

    /// How many consecutive silent cases make a board without a relay be given up.
    static let silentCasesBeforeGivingUp = 2

    /// Whether a result means the board (not the case) stopped answering: the transport gave up on it.
    static func boardStoppedAnswering(_ result: CaseResult) -> Bool {
        result.status == .infraError && result.failure?.kind == .transport
    }

    /// A board that did not answer before the run gets one power cycle first (when it has a switch).
    func bringUp(offline reason: String) async throws {
        guard power != nil else { return }
        await events.record(target.name, .health, "offline before the run: \(reason)")
        if let fresh = try await powerCycle(caseID: nil) {
            link.replace(with: fresh)
        } else {
            link.giveUp("board \(target.name) did not come back after a power cycle: \(reason)")
        }
    }

    /// Looks at one execution's `result`: when the board stopped answering, power-cycles it and runs the case once
    /// more through `again` (on the fresh transport), or gives the board up. Returns the result that stands.
    func recover(
        after result: CaseResult, caseID: String, again: (any BoardTransport) async throws -> CaseResult
    ) async throws -> CaseResult {
        guard Self.boardStoppedAnswering(result), link.gaveUp == nil else {
            if result.status != .infraError { link.noteSilence(false) }
            return result
        }
        let silent = link.noteSilence(true)
        await events.record(target.name, .stoppedAnswering, result.failure?.message ?? "no answer", caseID: caseID)
        guard power != nil else {
            if silent >= Self.silentCasesBeforeGivingUp {
                link.giveUp(
                    "board \(target.name) stopped answering for \(silent) cases in a row and has no power relay")
                await events.record(
                    target.name, .gaveUp,
                    "silent for \(silent) cases in a row and no power relay to reset it; its remaining cases are not run",
                    caseID: caseID)
            }
            return result
        }
        guard let fresh = try await powerCycle(caseID: caseID) else {
            link.giveUp("board \(target.name) was lost: it did not come back after a power cycle")
            await events.record(
                target.name, .gaveUp, "its remaining cases are not run (lost after a power cycle)", caseID: caseID)
            return result
        }
        link.replace(with: fresh)
        await events.record(target.name, .retried, "running \(caseID) again after the power cycle", caseID: caseID)
        var retried = try await again(fresh)
        retried.attempts = 2
        if Self.boardStoppedAnswering(retried) {
            link.giveUp("board \(target.name) stopped answering again after a power cycle")
            await events.record(
                target.name, .gaveUp, "stopped answering again after the power cycle; its remaining cases are not run",
                caseID: caseID)
        }
        return retried
    }

    /// Power-cycles the board and waits for it to answer and pass a health check.
    ///
    /// Returns the fresh transport the run goes on with, or nil when the board is lost (every step recorded in
    /// `events`). The dead connection is closed first, so no SSH master or HTTP handle outlives the board's power.
    func powerCycle(caseID: String?) async throws -> (any BoardTransport)? {
        guard let settings = target.power, let power else { return nil }
        if let dead = link.transport { await dead.close() }
        do {
            try await power.set(on: false)
            await events.record(target.name, .powerOff, "relay off (\(Self.describe(settings.relay)))", caseID: caseID)
            try await Task.sleep(for: .seconds(settings.offSeconds))
            try await power.set(on: true)
            await events.record(
                target.name, .powerOn,
                "relay on after \(Self.seconds(settings.offSeconds)) off; waiting up to \(Self.seconds(settings.bootTimeoutSeconds)) for the board",
                caseID: caseID)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            await events.record(target.name, .lost, "the relay failed: \(error)", caseID: caseID)
            return nil
        }
        let poweredOn = ContinuousClock.now
        let deadline = poweredOn + .seconds(settings.bootTimeoutSeconds)
        var lastProblem = "no attempt"
        while ContinuousClock.now < deadline {
            try Task.checkCancellation()
            let remaining = deadline - ContinuousClock.now
            do {
                let transport = try connector.transport(for: target)
                let probe = await BoardHealth.probe(transport, timeout: min(remaining, .seconds(20)))
                let health = BoardHealth.judged(target.name, probe, limits: healthLimits)
                switch health.state {
                case .good:
                    // A rebooted board has a new clock: map it again.
                    if case .success(let answer) = probe, let clock = answer.clock {
                        clocks.set(clock, for: target.name)
                    }
                    let took = ContinuousClock.now - poweredOn
                    await events.record(
                        target.name, .back,
                        "answered \(Self.seconds(took)) after power-on; health good (agent \(health.agentVersion ?? "?"), \(health.runtimes.count) runtimes)",
                        caseID: caseID)
                    return transport
                case .bad:
                    await transport.close()
                    await events.record(
                        target.name, .lost, "answered after power-on but is not healthy: \(health.summary)",
                        caseID: caseID)
                    return nil
                case .offline, .unknown:
                    await transport.close()
                    lastProblem = health.summary
                }
            } catch {
                lastProblem = "\(error)"
            }
            try await Task.sleep(for: .milliseconds(500))
        }
        await events.record(
            target.name, .lost,
            "did not answer within \(Self.seconds(settings.bootTimeoutSeconds)) of power-on (last: \(lastProblem))",
            caseID: caseID)
        return nil
    }

    static func describe(_ relay: TargetConfig.Power.Relay) -> String {
        switch relay {
        case .gpio(let chip, let line, let activeLow): "GPIO \(chip):\(line)\(activeLow ? " (active low)" : "")"
        case .command(let off, _):
            "command `\(off.map { $0.count > 40 ? "…" + $0.suffix(39) : $0 }.joined(separator: " "))`"
        }
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
    static func seconds(_ duration: Duration) -> String {
        seconds(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}
