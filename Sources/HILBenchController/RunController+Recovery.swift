import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTransport
import Logging

/// A board's connection during a run: replaced after a power cycle, given up when the board cannot be brought back,
/// closed at the end of the run.
final class BoardLink: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock`.
    private let lock = NSLock()
    private var current: (any BoardTransport)?
    private var abandoned: String?
    /// Consecutive cases that failed because the board stopped answering.
    private var silentCases = 0

    init(_ transport: (any BoardTransport)?, unreachable: String?) {
        current = transport
        abandoned = nil
        if transport == nil || unreachable != nil { abandoned = unreachable ?? "no transport" }
    }

    var transport: (any BoardTransport)? { lock.withLock { current } }
    /// Why the board's remaining cases are not dispatched (nil while it is usable).
    var gaveUp: String? { lock.withLock { abandoned } }

    func replace(with transport: any BoardTransport) {
        lock.withLock {
            current = transport
            abandoned = nil
            silentCases = 0
        }
    }

    func giveUp(_ reason: String) { lock.withLock { abandoned = reason } }

    /// Counts a case the board did not answer (returns the consecutive count), or resets the count.
    @discardableResult
    func noteSilence(_ silent: Bool) -> Int {
        lock.withLock {
            silentCases = silent ? silentCases + 1 : 0
            return silentCases
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

extension RunController {
    /// How many consecutive silent cases make a board without a relay be given up.
    static let silentCasesBeforeGivingUp = 2

    /// Whether a result means the board (not the case) stopped answering: the transport gave up on it.
    static func boardStoppedAnswering(_ result: CaseResult) -> Bool {
        result.status == .infraError && result.failure?.kind == .transport
    }

    /// Power-cycles a board through its relay and waits for it to answer and pass a health check.
    ///
    /// Returns the fresh transport the run goes on with, or nil when the board is lost (every step recorded in
    /// `events`). The dead connection is closed first, so no SSH master or HTTP handle outlives the board's power.
    func powerCycle(
        _ target: TargetConfig, relay: PowerRelay, link: BoardLink, events: BoardEventLog, controlDirectory: String,
        clocks: BoardClocks, caseID: String?
    ) async throws -> (any BoardTransport)? {
        guard let power = target.power else { return nil }
        if let dead = link.transport { await dead.close() }
        do {
            try await relay.set(on: false)
            await events.record(target.name, .powerOff, "relay off (\(Self.describe(power.relay)))", caseID: caseID)
            try await Task.sleep(for: .seconds(power.offSeconds))
            try await relay.set(on: true)
            await events.record(
                target.name, .powerOn,
                "relay on after \(Self.seconds(power.offSeconds)) off; waiting up to \(Self.seconds(power.bootTimeoutSeconds)) for the board",
                caseID: caseID)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            await events.record(target.name, .lost, "the relay failed: \(error)", caseID: caseID)
            return nil
        }
        let poweredOn = ContinuousClock.now
        let deadline = poweredOn + .seconds(power.bootTimeoutSeconds)
        var lastProblem = "no attempt"
        while ContinuousClock.now < deadline {
            try Task.checkCancellation()
            let remaining = deadline - ContinuousClock.now
            do {
                let transport = try TransportFactory.make(
                    for: target, agentCommand: agentCommand, controlDirectory: controlDirectory)
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
            "did not answer within \(Self.seconds(power.bootTimeoutSeconds)) of power-on (last: \(lastProblem))",
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
