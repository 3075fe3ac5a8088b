import HILBenchCore
import HILBenchStore
import HILBenchTransport
import Logging

/// What every board's dispatch shares during one run.
struct DispatchContext: Sendable {
    let record: RunRecord
    let runDirectory: String
    /// Cases in the whole plan (stored ones included), for "case i of n".
    let total: Int
    let counter: Counter
    /// Caps the cases in flight across all boards.
    let limit: ConcurrencyLimit
    let clocks: BoardClocks
    let events: BoardEventLog
    let keeper: LeaseKeeper
    let recorder: CaseRecorder
    let observer: any RunObserver
    let logger: Logger
    /// Every case of the matrix by id (what a claimed id stands for).
    let planned: [String: PlannedCase]
    /// Seconds between looks at a board another controller of the run holds.
    let waitSeconds: Double
}

extension RunController {
    /// One task per board, each draining the board's cases from the run's queue; the global limit caps cases in
    /// flight.
    ///
    /// A board that stops answering during a case is power-cycled through its relay (if it has one), health-checked,
    /// and the case retried once; a board that cannot be brought back, or that has no relay and stays silent for
    /// `BoardRecovery.silentCasesBeforeGivingUp` cases, or whose lease is lost, is given up: its remaining cases are
    /// recorded as infrastructure errors at once (a resumed run retries them) instead of each waiting out its
    /// timeout — or, when its lease was lost, go back to the queue.
    /// - Parameter offline: boards that did not answer before the run (one power cycle first, if they have a relay).
    func dispatch(
        _ boards: [TargetConfig], links: [String: BoardLink], offline: [String: String], context: DispatchContext
    ) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for target in boards {
                guard let link = links[target.name] else { continue }
                let recovery = BoardRecovery(
                    target: target, power: connector.powerSwitch(for: target), link: link, connector: connector,
                    healthLimits: healthLimits, clocks: context.clocks, events: context.events)
                let energy = energyFactory(
                    target, context.record.suite, "\(context.runDirectory)/wire-\(target.name).edges")
                let offlineReason = offline[target.name]
                group.addTask {
                    defer { recovery.power?.close() }
                    try await drain(recovery: recovery, offline: offlineReason, energy: energy, context: context)
                }
            }
            try await group.waitForAll()
        }
    }

    /// Drains one board: while its lease is ours, claims its open cases and runs them; while another controller of
    /// the run holds it, waits (its cases come back if that controller dies or loses the board); ends when the board
    /// has no open case left for this controller, or is given up.
    private func drain(
        recovery: BoardRecovery, offline: String?, energy: (any CaseEnergyMeasurement)?, context: DispatchContext
    ) async throws {
        let (board, link, keeper) = (recovery.target.name, recovery.link, context.keeper)
        var offline = offline
        while true {
            try Task.checkCancellation()
            guard keeper.holds(board) else {
                guard link.gaveUp == nil, try await awaitBoard(board, link: link, context: context) else { return }
                continue
            }
            if let reason = offline {
                offline = nil
                // Power-cycling a board is using it: only while its lease holds.
                if case .lost(let lost) = try await keeper.whileHeld(
                    board, { try await recovery.bringUp(offline: reason) })
                {
                    link.giveUp(lost, kind: .leaseLost)
                }
            }
            // A board given up keeps its open cases for `sweep` (or another controller, when its lease was lost).
            guard link.gaveUp == nil else { return }
            let claimed = try await store.claimCases(
                runID: context.record.id, board: board, holder: holder, limit: claimBatch)
            guard !claimed.isEmpty else { return }
            try await runBoard(
                claimed.compactMap { context.planned[$0] }, recovery: recovery, energy: energy, context: context)
        }
    }

    /// Waits while another controller of this run holds `board`. True once this controller holds it (the other
    /// released it, or died); false when the board has no open case left, or a controller of another run took it.
    private func awaitBoard(_ board: String, link: BoardLink, context: DispatchContext) async throws -> Bool {
        while true {
            try await Task.sleep(for: .seconds(context.waitSeconds))
            let open = try await store.queue(runID: context.record.id).contains {
                $0.board == board && $0.state != .done
            }
            guard open else { return false }
            guard let other = try await context.keeper.tryAcquire(board, observer: context.observer) else {
                context.observer.note("board \(board): taken over for this run")
                return true
            }
            if other.runID != context.record.id {
                link.giveUp(LeaseKeeper.busyReason(board, other), kind: .boardBusy)
                return false
            }
        }
    }

    /// Records the open cases no controller will measure — their board unreachable, bad, busy with another run, or
    /// given up — as not run, with why, so the run ends whole (`--resume` retries them). Boards another live
    /// controller of this run holds are left to it; a joining controller leaves boards it could not use at all
    /// (`unusable`) to the controllers that can; boards this controller does not serve are left to those that do.
    func sweep(
        links: [String: BoardLink], unusable: Set<String>, served: Set<String>, mode: Mode, context: DispatchContext
    ) async throws {
        let open = try await store.queue(runID: context.record.id).filter { $0.state != .done }
        guard !open.isEmpty else { return }
        let leases = try await store.leases()
        let others = Set(
            leases.filter {
                $0.runID == context.record.id && $0.holder != holder && !$0.expired
                    && !LeaseKeeper.holderIsDead($0.holder)
            }.map(\.board))
        for entry in open where !others.contains(entry.board) {
            if mode == .join && unusable.contains(entry.board) || !served.contains(entry.board) { continue }
            guard let planned = context.planned[entry.caseID] else { continue }
            let failure = links[entry.board]?.gaveUp
            // Ours and usable: a case tried whose result could not be stored (it is kept in the run's folder).
            if failure == nil && context.keeper.holds(entry.board) { continue }
            let result: CaseResult
            if planned.spec == nil {
                result = .notRun(
                    planned.key, status: .skipped, kind: "skipped", message: planned.skipReason ?? "cannot run here")
            } else {
                result = .notRun(
                    planned.key, status: .infraError, kind: failure?.kind ?? .unreachable,
                    message: failure?.message ?? "board \(entry.board) was not measured by any controller of the run")
            }
            let index = context.counter.next()
            context.observer.started(planned.key, index: index, total: context.total)
            await context.recorder.record(result, index: index, total: context.total, logger: context.logger)
        }
    }

    /// Runs one board's cases. Executions are interleaved across the board's cases (A B A B …), so drift hits every
    /// case alike; a case is recorded once its last execution ran (or one failed).
    private func runBoard(
        _ cases: [PlannedCase], recovery: BoardRecovery, energy: (any CaseEnergyMeasurement)?,
        context: DispatchContext
    ) async throws {
        let boardLogger = {
            var boardLogger = context.logger
            boardLogger[metadataKey: "board"] = "\(recovery.target.name)"
            return boardLogger
        }()
        var executions: [String: [CaseResult]] = [:]
        var wanted: [String: Int] = [:]
        var indices: [String: Int] = [:]
        var remaining = cases
        while !remaining.isEmpty {
            var next: [PlannedCase] = []
            for planned in remaining {
                try Task.checkCancellation()
                let id = planned.key.id
                let index = indices[id] ?? context.counter.next()
                if indices[id] == nil {
                    indices[id] = index
                    context.observer.started(planned.key, index: index, total: context.total)
                }
                let caseLogger = {
                    var caseLogger = boardLogger
                    caseLogger[metadataKey: "case"] = "\(planned.key.id)"
                    return caseLogger
                }()
                let once = try await measureOnce(
                    planned, recovery: recovery, energy: energy, context: context, logger: caseLogger)
                executions[id, default: []].append(once)
                let count: Int
                if let known = wanted[id] {
                    count = known
                } else {
                    count = await executionCount(context.record, key: planned.key, first: once)
                }
                wanted[id] = count
                if once.status == .ok
                    && Self.wantsAnotherExecution(context.record, executions[id, default: []], fixed: count)
                {
                    next.append(planned)
                    continue
                }
                // One result per planned case; a tool's own model list gives one per model it ran.
                let results = CaseResult.mergingModelRows(executions: executions.removeValue(forKey: id) ?? [])
                // A case whose board was lost is not recorded: its claim went back to the queue.
                if results.contains(where: { $0.failure?.kind == .leaseLost }) { continue }
                for result in results {
                    await context.recorder.record(result, index: index, total: context.total, logger: caseLogger)
                }
                if !results.contains(where: { $0.key.id == id }) {
                    try? await store.markDone(runID: context.record.id, caseIDs: [id], by: holder)
                }
            }
            remaining = next
        }
    }

    /// One execution of a case: the runner once, with the board's recovery when it stops answering — all while the
    /// board's lease holds. A case whose lease is lost meanwhile is stopped and ends `lease_lost`, never measured.
    private func measureOnce(
        _ planned: PlannedCase, recovery: BoardRecovery, energy: (any CaseEnergyMeasurement)?,
        context: DispatchContext, logger: Logger
    ) async throws -> CaseResult {
        let (target, link, suite, clocks) = (recovery.target, recovery.link, context.record.suite, context.clocks)
        let held = try await context.keeper.whileHeld(target.name) {
            let first = try await context.limit.run {
                try await runOne(
                    planned, target: target, transport: link.transport, gaveUp: link.gaveUp, energy: energy,
                    clocks: clocks, suite: suite, logger: logger)
            }
            return try await recovery.recover(after: first, caseID: planned.key.id) { fresh in
                try await context.limit.run {
                    try await runOne(
                        planned, target: target, transport: fresh, gaveUp: nil, energy: energy, clocks: clocks,
                        suite: suite, logger: logger)
                }
            }
        }
        switch held {
        case .held(let result): return result
        case .lost(let reason):
            return .notRun(
                planned.key, status: .infraError, kind: .leaseLost,
                message: "board \(target.name) is no longer ours: \(reason); the case was not measured")
        }
    }

    /// Runs one case on one board, with its energy measurement around it.
    private func runOne(
        _ planned: PlannedCase, target: TargetConfig, transport: (any BoardTransport)?, gaveUp: CaseResult.Failure?,
        energy: (any CaseEnergyMeasurement)?, clocks: BoardClocks, suite: SuiteConfig, logger: Logger
    ) async throws -> CaseResult {
        guard var spec = planned.spec else {
            return .notRun(
                planned.key, status: .skipped, kind: "skipped", message: planned.skipReason ?? "cannot run here")
        }
        guard let transport, gaveUp == nil else {
            return .notRun(
                planned.key, status: .infraError, kind: gaveUp?.kind ?? .unreachable,
                message: gaveUp?.message ?? "board \(target.name) has no transport")
        }
        if let energy { spec.marker.wire = spec.marker.wire ?? energy.wirePath }
        do {
            try await energy?.start()
        } catch {
            return .notRun(
                planned.key, status: .infraError, kind: "meter", message: "the meter did not start: \(error)")
        }
        var result: CaseResult
        do {
            // The agent may first wait up to one case timeout for the board lock (another controller's case), then
            // runs the case within its timeout; beyond that and the grace, the link is taken for dead.
            // …plus the board's cool-down before the case, when the suite asks for one.
            let cooldown = spec.thermal?.cooldownBelowCelsius == nil ? 0 : spec.thermal?.cooldownTimeoutSeconds ?? 0
            result = try await transport.run(
                spec, timeout: .seconds(2 * spec.timeoutSeconds + cooldown + linkGraceSeconds))
        } catch is CancellationError {
            // Nothing is stored for an interrupted case: a resumed run measures it again.
            _ = try? await energy?.stop(for: CaseResult(key: planned.key, status: .infraError))
            throw CancellationError()
        } catch {
            _ = try? await energy?.stop(for: CaseResult(key: planned.key, status: .infraError))
            logger.error(
                "case failed in transport",
                metadata: ["board": "\(target.name)", "case": "\(planned.key.id)", "error": "\(error)"])
            return .notRun(planned.key, status: .infraError, kind: "transport", message: "\(error)")
        }
        // What a board sends back is checked like any input: a result for another case is a protocol error of
        // this case, never stored under the key the board chose; impossible latencies are refused.
        if let refusal = Self.refusal(of: result, for: spec) {
            _ = try? await energy?.stop(for: CaseResult(key: planned.key, status: .failed))
            logger.error(
                "board answered wrongly",
                metadata: ["board": "\(target.name)", "case": "\(planned.key.id)", "why": "\(refusal)"])
            return .notRun(planned.key, status: .failed, kind: "protocol", message: refusal)
        }
        if let energy {
            do {
                result.energy = try await energy.stop(for: result, clock: clocks.get(target.name))
            } catch {
                // The measurements stand; only the energy figure is lost, and the result says why.
                result.failure = result.failure ?? .init(kind: "meter", message: "energy not measured: \(error)")
            }
        }
        // The board's sensor readings were for the energy figure; the store keeps the figure, not the readings.
        result.sensorCheckpoints = nil
        return result
    }

    /// Why a board's result cannot stand for `spec`'s case, or nil.
    static func refusal(of result: CaseResult, for spec: CaseSpec) -> String? {
        if result.key != spec.key {
            return
                "the board answered with a result for \(result.key.id.prefix(200).debugDescription) instead of \(spec.key.id)"
        }
        let limitNs = Int64(spec.timeoutSeconds * 1e9)
        if let bad = (result.latenciesNs + result.warmupLatenciesNs).first(where: { $0 < 0 || $0 > limitNs }) {
            return "the board reported a latency of \(bad) ns, outside 0…\(limitNs) ns (the case's timeout)"
        }
        if let load = result.loadNs, load < 0 || load > limitNs {
            return "the board reported a load time of \(load) ns, outside 0…\(limitNs) ns (the case's timeout)"
        }
        // Per-model rows become cases of their own: only for a tool's own model list, and a bounded number.
        if let rows = result.reported?.rows {
            if spec.format != .toolModels {
                return "the board sent \(rows.count) per-model rows for a case of one \(spec.format.rawValue) model"
            }
            if rows.count > maxModelRows { return "the board sent \(rows.count) model rows, more than \(maxModelRows)" }
        }
        return nil
    }

    /// Most models one run of a tool's own model list may report (benchncnn's has about 30).
    static let maxModelRows = 1000
}
