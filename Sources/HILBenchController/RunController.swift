public import Foundation
public import HILBenchCore
import HILBenchStats
public import HILBenchStore
import HILBenchSystem
import HILBenchTransport
public import Logging
import Synchronization

/// Plans a suite over targets, dispatches the cases (one serial queue per board, boards in parallel),
/// meters them, stores each finished case in its own transaction, and can resume an interrupted run.
public struct RunController: Sendable {
    public var store: any ResultsStore
    /// What starts a local board's agent (`[hilbench, agent]`, or a `hilbench-agent` path); `stdio` is appended.
    public var agentCommand: [String]
    /// Where per-run files go (`<resultsDirectory>/runs/<run-id>/`).
    public var resultsDirectory: String
    public var logger: Logger
    /// Builds the energy measurement for a board (nil: no meter).
    public var energyFactory: @Sendable (TargetConfig, SuiteConfig, String) -> (any CaseEnergyMeasurement)?
    /// How long a board may take to answer hello and info when the run starts (the first info probes its runtimes).
    public var connectTimeout: Duration = .seconds(120)
    /// What a board must meet to be used (free disk, temperature, clock offset); a bad board's cases are skipped.
    public var healthLimits = BoardHealth.Limits()
    /// Extra seconds the controller waits beyond a case's own timeout before calling the link dead.
    public var linkGraceSeconds: Double = 30
    /// Cases running at once across all boards (each board still runs one case at a time).
    public var maxParallelCases: Int = 16
    /// How long a board lease lasts without a heartbeat (a dead controller's leases expire after this).
    public var leaseSeconds: Double = 60
    /// Who holds this controller's leases: `host:pid`.
    public var holder: String = "\(ProcessInfo.processInfo.hostName):\(getpid())"

    public init(
        store: any ResultsStore, agentCommand: [String], resultsDirectory: String, logger: Logger,
        energyFactory: @escaping @Sendable (TargetConfig, SuiteConfig, String) -> (any CaseEnergyMeasurement)? = {
            target, suite, wire in
            MeteredEnergy.forTarget(target, wirePath: wire, suite: suite)
        }
    ) {
        self.store = store
        self.agentCommand = agentCommand
        // Absolute: files named in a case (the simulated marker's wire) are opened by agents with other working
        // directories (over SSH, the remote home).
        self.resultsDirectory = URL(fileURLWithPath: resultsDirectory).standardizedFileURL.path
        self.logger = logger
        self.energyFactory = energyFactory
    }

    /// What a finished run produced.
    public struct Outcome: Sendable {
        public var runID: String
        public var results: [CaseResult]
        public var runDirectory: String
    }

    /// A new run id: UTC time plus a random suffix, sortable.
    public static func newRunID(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: now) + "-" + String(format: "%04x", UInt16.random(in: 0...UInt16.max))
    }

    /// Starts a new run.
    public func run(
        suite: SuiteConfig, targets: [TargetConfig], runID: String = RunController.newRunID(), kind: String = "run",
        observer: any RunObserver
    ) async throws -> Outcome {
        let record = RunRecord(
            id: runID, suiteName: suite.name, startedAt: Date().timeIntervalSince1970,
            controllerVersion: AgentProtocol.softwareVersion, suite: suite, targets: targets,
            gitCommit: Self.gitCommit(of: suite.sourcePath), kind: kind)
        try await store.createRun(record)
        return try await execute(record, observer: observer)
    }

    /// Runs only the cases of `runID` not yet stored, with the suite and targets stored with the run.
    public func resume(runID: String, observer: any RunObserver) async throws -> Outcome {
        guard let record = try await store.run(id: runID) else {
            throw HILBenchError(
                .usage, "no run \(runID) in the store \(store.location); `hilbench runs` lists them")
        }
        return try await execute(record, observer: observer)
    }

    private func execute(_ record: RunRecord, observer: any RunObserver) async throws -> Outcome {
        // Two controllers on one run would measure the same cases twice and fight over storing them: the second
        // refuses at once, before touching the store.
        try await refuseIfAnotherControllerRuns(record.id)
        let runDirectory = "\(resultsDirectory)/runs/\(record.id)"
        try FileManager.default.createDirectory(atPath: runDirectory, withIntermediateDirectories: true)
        let controlDirectory = try Self.controlDirectory()
        let logger = {
            var logger = self.logger
            logger[metadataKey: "run"] = "\(record.id)"
            return logger
        }()

        // Connect to every board first: capabilities decide which cells are skipped.
        var transports: [String: any BoardTransport] = [:]
        var capabilities: [String: BoardCapabilities] = [:]
        var unreachable: [String: String] = [:]
        // All boards at once: a board that does not answer delays only itself (bounded by `connectTimeout`).
        let agentCommand = self.agentCommand
        let connectTimeout = self.connectTimeout
        var bad: [String: String] = [:]
        let limits = healthLimits
        let clocks = BoardClocks()
        await withTaskGroup(of: (String, (any BoardTransport)?, Result<BoardProbe, any Error>).self) { group in
            for target in record.targets {
                group.addTask {
                    let transport: any BoardTransport
                    do {
                        transport = try TransportFactory.make(
                            for: target, agentCommand: agentCommand, controlDirectory: controlDirectory)
                    } catch {
                        return (target.name, nil, .failure(error))
                    }
                    return (target.name, transport, await BoardHealth.probe(transport, timeout: connectTimeout))
                }
            }
            for await (name, transport, probe) in group {
                if let transport { transports[name] = transport }
                switch probe {
                case .success(let answer):
                    // The health check of `hilbench boards`, on what the board just said: a bad board is skipped with its reasons.
                    let health = BoardHealth.judged(name, probe, limits: limits)
                    if health.state == .bad {
                        bad[name] = "board \(name) is bad: \(health.reasons.joined(separator: "; "))"
                        logger.error(
                            "board bad",
                            metadata: ["board": "\(name)", "why": "\(health.reasons.joined(separator: "; "))"])
                        continue
                    }
                    capabilities[name] = BoardCapabilities(info: answer.info)
                    if let clock = answer.clock { clocks.set(clock, for: name) }
                    logger.info(
                        "board ready",
                        metadata: [
                            "board": "\(name)", "transport": "\(transport?.kind ?? "?")",
                            "cpu": "\(answer.info.environment.cpuModel)",
                        ])
                case .failure(let error):
                    unreachable[name] = "board \(name) did not answer: \(error)"
                    observer.note("board \(name) is unreachable: \(error)")
                    logger.error("board unreachable", metadata: ["board": "\(name)", "error": "\(error)"])
                }
            }
        }

        let plan = Planner.plan(suite: record.suite, targets: record.targets, capabilities: capabilities)
        // Infrastructure failures are not measurements: a resumed run tries those cases again.
        let discarded = try await store.discardInfraErrors(runID: record.id)
        if discarded > 0 {
            observer.note(
                "retrying \(discarded) case\(discarded == 1 ? "" : "s") that failed for infrastructure reasons")
        }
        let stored = try await store.storedCaseIDs(runID: record.id)
        // A tool's own model list is stored as its models' rows, never under the planned key.
        let storedKeys = stored.compactMap(CaseKey.init(id:))
        let pending = plan.filter { planned in
            guard !stored.contains(planned.key.id) else { return false }
            guard planned.spec?.format == .toolModels else { return true }
            return !storedKeys.contains { CaseResult.isModelRow($0, of: planned.key) }
        }
        observer.planned(total: plan.count, alreadyStored: plan.count - pending.count, runID: record.id)
        let counter = Counter(start: plan.count - pending.count)
        let events = BoardEventLog(store: store, runID: record.id, observer: observer, logger: logger)
        for (name, reason) in bad.sorted(by: { $0.key < $1.key })
        where pending.contains(where: { $0.key.target == name }) {
            await events.record(name, .health, reason.replacingOccurrences(of: "board \(name) is ", with: ""))
        }

        // Reference outputs already stored (a resumed run compares with them).
        let references = ReferenceOutputs()
        for result in try await store.results(runID: record.id, includeOutputs: true)
        where result.key.precision == record.suite.accuracy.reference {
            references.record(result)
        }

        // Leases: a board another controller holds is not benchmarked now (its cases are infrastructure errors,
        // retried by --resume); ours are kept alive by a heartbeat while the run lasts.
        var busy: [String: String] = [:]
        var leased: [String] = []
        var sameRun: BoardLease?
        for target in record.targets
        where pending.contains(where: { $0.key.target == target.name }) && bad[target.name] == nil
            && (unreachable[target.name] == nil || target.power != nil)
        {
            var other = try await store.acquireLease(
                board: target.name, holder: holder, runID: record.id, ttlSeconds: leaseSeconds)
            if let stale = other, Self.holderIsDead(stale.holder) {
                // A controller on this machine that was killed (SIGKILL, power loss) left its lease: take it over.
                observer.note(
                    "board \(target.name): taking over the lease of \(stale.holder), which is no longer running")
                other = try await store.acquireLease(
                    board: target.name, holder: holder, runID: record.id, ttlSeconds: leaseSeconds,
                    replacing: stale.holder)
            }
            if let other {
                if other.runID == record.id { sameRun = other }
                let until = Date(timeIntervalSince1970: other.expiresAt)
                busy[target.name] =
                    "board \(target.name) is busy: leased by \(other.holder)\(other.runID.map { " (run \($0))" } ?? "") until \(until)"
                observer.note("board \(target.name) is busy: leased by \(other.holder)")
            } else {
                leased.append(target.name)
            }
        }
        // Both may have passed the first check at the same moment: the leases decide, atomically.
        if let other = sameRun {
            try? await store.releaseLeases(boards: leased, holder: holder)
            throw Self.runInProgress(record.id, detail: "\(other.holder) holds board \(other.board)")
        }
        let heartbeat = Task { [store, holder, leaseSeconds, leased] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(leaseSeconds / 3))
                _ = try? await store.heartbeat(boards: leased, holder: holder, ttlSeconds: leaseSeconds)
            }
        }
        var links: [String: BoardLink] = [:]
        for target in record.targets {
            links[target.name] = BoardLink(
                transports[target.name], unreachable: busy[target.name] ?? bad[target.name] ?? unreachable[target.name])
        }
        let boards = links
        let held = leased
        @Sendable func cleanUp() async {
            heartbeat.cancel()
            try? await store.releaseLeases(boards: held, holder: holder)
            for link in boards.values { await link.transport?.close() }
        }
        do {
            try await dispatch(
                pending: pending, record: record, boards: boards, offline: unreachable, busy: busy,
                runDirectory: runDirectory,
                counter: counter, total: plan.count, references: references, events: events,
                controlDirectory: controlDirectory,
                clocks: clocks, observer: observer, logger: logger)
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
        try await store.finishRun(id: record.id, endedAt: Date().timeIntervalSince1970)
        return Outcome(runID: record.id, results: try await store.results(runID: record.id), runDirectory: runDirectory)
    }

    /// One task per board, each running its cases in order; the global limit caps cases in flight.
    ///
    /// A board that stops answering during a case is power-cycled through its relay (if it has one), health-checked, and
    /// the case retried once; a board that cannot be brought back, or that has no relay and stays silent for
    /// `silentCasesBeforeGivingUp` cases, is given up: its remaining cases are recorded as infrastructure errors at once
    /// (a resumed run retries them) instead of each waiting out its timeout.
    private func dispatch(
        pending: [PlannedCase], record: RunRecord, boards: [String: BoardLink], offline: [String: String],
        busy: [String: String],
        runDirectory: String, counter: Counter, total: Int, references: ReferenceOutputs, events: BoardEventLog,
        controlDirectory: String, clocks: BoardClocks, observer: any RunObserver, logger: Logger
    ) async throws {
        let limit = ConcurrencyLimit(maxParallelCases)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for target in record.targets {
                let cases = pending.filter { $0.key.target == target.name }
                guard !cases.isEmpty, let link = boards[target.name] else { continue }
                let energy = energyFactory(target, record.suite, "\(runDirectory)/wire-\(target.name).edges")
                let relay = target.power.map { PowerRelay(board: target.name, relay: $0.relay) }
                let offlineReason = busy[target.name] == nil ? offline[target.name] : nil
                group.addTask {
                    defer { relay?.close() }
                    let boardLogger = {
                        var boardLogger = logger
                        boardLogger[metadataKey: "board"] = "\(target.name)"
                        return boardLogger
                    }()
                    // A board that did not answer before the run, but has a relay, gets one power cycle first.
                    if let offlineReason, let relay {
                        await events.record(target.name, .health, "offline before the run: \(offlineReason)")
                        if let fresh = try await powerCycle(
                            target, relay: relay, link: link, events: events, controlDirectory: controlDirectory,
                            clocks: clocks, caseID: nil)
                        {
                            link.replace(with: fresh)
                        } else {
                            link.giveUp("board \(target.name) did not come back after a power cycle: \(offlineReason)")
                        }
                    }
                    // One execution of a case: the runner once, with the board's recovery when it stops answering.
                    func measureOnce(_ planned: PlannedCase, caseLogger: Logger) async throws -> CaseResult {
                        var result = try await limit.run {
                            try await runOne(
                                planned, target: target, transport: link.transport, unreachable: link.gaveUp,
                                energy: energy, clocks: clocks, suite: record.suite, logger: caseLogger)
                        }
                        if Self.boardStoppedAnswering(result), link.gaveUp == nil {
                            let silent = link.noteSilence(true)
                            await events.record(
                                target.name, .stoppedAnswering, result.failure?.message ?? "no answer",
                                caseID: planned.key.id)
                            if let relay {
                                if let fresh = try await powerCycle(
                                    target, relay: relay, link: link, events: events,
                                    controlDirectory: controlDirectory,
                                    clocks: clocks, caseID: planned.key.id)
                                {
                                    link.replace(with: fresh)
                                    await events.record(
                                        target.name, .retried, "running \(planned.key.id) again after the power cycle",
                                        caseID: planned.key.id)
                                    result = try await limit.run {
                                        try await runOne(
                                            planned, target: target, transport: fresh, unreachable: nil, energy: energy,
                                            clocks: clocks, suite: record.suite, logger: caseLogger)
                                    }
                                    result.attempts = 2
                                    if Self.boardStoppedAnswering(result) {
                                        link.giveUp("board \(target.name) stopped answering again after a power cycle")
                                        await events.record(
                                            target.name, .gaveUp,
                                            "stopped answering again after the power cycle; its remaining cases are not run",
                                            caseID: planned.key.id)
                                    }
                                } else {
                                    link.giveUp(
                                        "board \(target.name) was lost: it did not come back after a power cycle")
                                    await events.record(
                                        target.name, .gaveUp,
                                        "its remaining cases are not run (lost after a power cycle)",
                                        caseID: planned.key.id)
                                }
                            } else if silent >= Self.silentCasesBeforeGivingUp {
                                link.giveUp(
                                    "board \(target.name) stopped answering for \(silent) cases in a row and has no power relay"
                                )
                                await events.record(
                                    target.name, .gaveUp,
                                    "silent for \(silent) cases in a row and no power relay to reset it; its remaining cases are not run",
                                    caseID: planned.key.id)
                            }
                        } else if result.status != .infraError {
                            link.noteSilence(false)
                        }
                        return result
                    }
                    // Executions are interleaved across the board's cases (A B A B …), so drift hits every case alike;
                    // a case is stored once its last execution ran.
                    var executions: [String: [CaseResult]] = [:]
                    var wanted: [String: Int] = [:]
                    var indices: [String: Int] = [:]
                    var remaining = cases
                    while !remaining.isEmpty {
                        var next: [PlannedCase] = []
                        for planned in remaining {
                            try Task.checkCancellation()
                            let id = planned.key.id
                            let index = indices[id] ?? counter.next()
                            if indices[id] == nil {
                                indices[id] = index
                                observer.started(planned.key, index: index, total: total)
                            }
                            let caseLogger = {
                                var caseLogger = boardLogger
                                caseLogger[metadataKey: "case"] = "\(planned.key.id)"
                                return caseLogger
                            }()
                            let once = try await measureOnce(planned, caseLogger: caseLogger)
                            executions[id, default: []].append(once)
                            let count = wanted[id] ?? Self.executionCount(record, first: once)
                            wanted[id] = count
                            if once.status == .ok
                                && Self.wantsAnotherExecution(record, executions[id, default: []], fixed: count)
                            {
                                next.append(planned)
                                continue
                            }
                            // One result per planned case; a tool's own model list gives one per model it ran.
                            let runs = executions.removeValue(forKey: id) ?? []
                            for merged in CaseResult.mergingModelRows(executions: runs) {
                                let result = Self.judgeNumbers(merged, suite: record.suite, references: references)
                                do {
                                    try await store.save(result, runID: record.id)
                                } catch {
                                    // One case never aborts the run: its result is kept next to the report, and the run goes on.
                                    let kept = Self.keepUnsaved(result, in: runDirectory)
                                    observer.note(
                                        "case \(result.key.id) could not be stored (\(error)); its result is kept in \(kept ?? "the log")"
                                    )
                                    caseLogger.error(
                                        "case not stored", metadata: ["error": "\(error)", "kept": "\(kept ?? "-")"])
                                }
                                caseLogger.info("case finished", metadata: ["status": "\(result.status.rawValue)"])
                                observer.finished(result, index: index, total: total)
                            }
                        }
                        remaining = next
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    private func runOne(
        _ planned: PlannedCase, target: TargetConfig, transport: (any BoardTransport)?, unreachable: String?,
        energy: (any CaseEnergyMeasurement)?, clocks: BoardClocks, suite: SuiteConfig, logger: Logger
    ) async throws -> CaseResult {
        guard var spec = planned.spec else {
            return .notRun(
                planned.key, status: .skipped, kind: "skipped", message: planned.skipReason ?? "cannot run here")
        }
        guard let transport, unreachable == nil else {
            return .notRun(
                planned.key, status: .infraError, kind: "unreachable",
                message: unreachable ?? "board \(target.name) has no transport")
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
        return result
    }

    /// How many executions a case gets: the suite's `measure.executions`; else 1 for `run`, and for `nightly` as many
    /// as fit the execution budget after the first one (`SuiteConfig.Measure.automaticExecutions`).
    static func executionCount(_ record: RunRecord, first: CaseResult) -> Int {
        if let executions = record.suite.measure.executions { return executions }
        guard record.kind == "nightly" else { return 1 }
        return SuiteConfig.Measure.automaticExecutions(firstExecutionSeconds: first.durationSeconds)
    }

    /// Whether a case needs another execution: until the fixed count, or, with `measure.adaptive.max_executions`,
    /// until the execution-level interval of the median reaches `target_ci` (at least 3, at most the cap).
    static func wantsAnotherExecution(_ record: RunRecord, _ done: [CaseResult], fixed count: Int) -> Bool {
        let measure = record.suite.measure
        guard measure.executions == nil, let adaptive = measure.adaptive, let cap = adaptive.maxExecutions else {
            return done.count < count
        }
        let latencies = done.filter { $0.status == .ok && !$0.latenciesNs.isEmpty }.map {
            $0.latenciesNs.map(Double.init)
        }
        return ExecutionStopping.decide(after: latencies, targetHalfWidth: adaptive.targetHalfWidth, maximum: cap)
            == .more
    }

    /// Most models one run of a tool's own model list may report (benchncnn's has about 30).
    static let maxModelRows = 1000

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

    /// Throws when a live controller other than this one holds a board for `runID`.
    private func refuseIfAnotherControllerRuns(_ runID: String) async throws {
        if let other = try await store.leases().first(where: {
            $0.runID == runID && $0.holder != holder && !$0.expired && !Self.holderIsDead($0.holder)
        }) {
            throw Self.runInProgress(runID, detail: "\(other.holder) holds board \(other.board)")
        }
    }

    static func runInProgress(_ runID: String, detail: String) -> HILBenchError {
        HILBenchError(
            .usage,
            "run \(runID) is being run by another controller (\(detail)); two controllers cannot run one run at once — wait for it to end, then `hilbench run --resume \(runID)` picks up what is left"
        )
    }

    /// Writes a result the store refused to `unsaved-<n>.json` in the run's folder; returns the path.
    static func keepUnsaved(_ result: CaseResult, in runDirectory: String) -> String? {
        guard let data = try? HILBenchJSON.encoder().encode(result) else { return nil }
        let path = "\(runDirectory)/unsaved-\(UUID().uuidString.prefix(8)).json"
        return FileManager.default.createFile(atPath: path, contents: data) ? path : nil
    }

    /// Whether a lease holder (`host:pid`) is a process on this host that no longer exists.
    static func holderIsDead(_ holder: String) -> Bool {
        let parts = holder.split(separator: ":")
        guard parts.count == 2, String(parts[0]) == ProcessInfo.processInfo.hostName, let pid = Int32(parts[1]) else {
            return false
        }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// The git commit of the folder holding the suite, when it is a checkout.
    static func gitCommit(of path: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        guard
            let output = try? SpawnedProcess.run([
                "/usr/bin/git", "-C", directory.isEmpty ? "." : directory, "rev-parse", "HEAD",
            ]), output.succeeded
        else { return nil }
        return String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A short private folder for SSH control sockets (their paths must stay under ~100 bytes).
    static func controlDirectory() throws -> String {
        let path = "/tmp/hilbench-ssh-\(getuid())"
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return path
    }
}

/// Measures the energy of one case on one board: started before dispatch, stopped after the result.
public protocol CaseEnergyMeasurement: Sendable {
    /// The wire file a simulated marker writes to (nil for real lines).
    var wirePath: String? { get }
    func start() async throws
    /// - Parameter clock: how the board's marker timestamps map onto the controller's clock (nil: the same clock).
    func stop(for result: CaseResult, clock: ClockMapping?) async throws -> CaseResult.Energy?
}

extension CaseEnergyMeasurement {
    /// Stops with the board's clock taken to be the controller's.
    public func stop(for result: CaseResult) async throws -> CaseResult.Energy? {
        try await stop(for: result, clock: nil)
    }
}

/// Each board's clock mapping: measured when the run connects, measured again after a power cycle.
final class BoardClocks: Sendable {
    private let mappings = Mutex<[String: ClockMapping]>([:])
    func set(_ mapping: ClockMapping, for board: String) { mappings.withLock { $0[board] = mapping } }
    func get(_ board: String) -> ClockMapping? { mappings.withLock { $0[board] } }
}

/// Case numbering shared by the boards' tasks.
final class Counter: Sendable {
    private let value: Atomic<Int>
    init(start: Int) { value = Atomic(start) }
    func next() -> Int { value.add(1, ordering: .relaxed).newValue }
}

/// Reference-precision outputs by case (precision-independent key), for accuracy of the other precisions.
final class ReferenceOutputs: @unchecked Sendable {
    // @unchecked: guarded by `lock`.
    private let lock = NSLock()
    private var outputs: [String: [CaseResult.Output]] = [:]

    private var failures: [String: String] = [:]

    private static func slot(_ key: CaseKey) -> String { key.with(precision: .fp32).id }  // any fixed precision: the slot ignores it
    func set(_ value: [CaseResult.Output], for key: CaseKey) { lock.withLock { outputs[Self.slot(key)] = value } }
    func get(_ key: CaseKey) -> [CaseResult.Output]? { lock.withLock { outputs[Self.slot(key)] } }

    /// Keeps a reference case's outputs, or why it has none (so the other precisions can say it).
    func record(_ result: CaseResult) {
        if let outputs = result.outputs, result.status == .ok || result.status == .accuracyFailed {
            set(outputs, for: result.key)
        } else {
            let why = result.failure.map { "\($0.kind): \(FailureText.cause($0.message))" } ?? "it returned no outputs"
            lock.withLock {
                failures[Self.slot(result.key)] =
                    "the reference \(result.key.precision.rawValue) case \(result.status.rawValue) (\(why))"
            }
        }
    }

    /// Why the reference has no outputs for this case, when it failed.
    func failure(_ key: CaseKey) -> String? { lock.withLock { failures[Self.slot(key)] } }
}
