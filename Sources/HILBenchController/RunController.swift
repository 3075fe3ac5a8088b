public import Foundation
public import HILBenchAnalysis
public import HILBenchCore
import HILBenchStats
public import HILBenchStore
import HILBenchSystem
import HILBenchTransport
public import Logging
import Synchronization

/// Plans a suite over targets, dispatches the cases (one serial queue per board, boards in parallel),
/// meters them, stores each finished case in its own transaction, and can resume an interrupted run.
///
/// A run goes connect → plan → lease → dispatch → record: every board is probed (`connect`), the matrix planned
/// against what the boards can run minus what is already stored (`plan`), the boards leased (`LeaseKeeper`, renewed
/// while the run lasts), the cases sent (`dispatch`, with `BoardRecovery` for boards that stop answering) and each
/// finished case stored (`CaseRecorder`).
public struct RunController: Sendable {
    public var store: any ResultsStore
    /// How boards are reached: their transports and power switches.
    public var connector: any BoardConnector
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
    /// How long a board lease lasts without a renewal (a dead controller's leases expire after this). Leases are
    /// renewed every third of it; a board whose lease cannot be renewed is given up a sixth of it before it lapses.
    public var leaseSeconds: Double = 60
    /// Who holds this controller's leases: `host:pid`.
    public var holder: String = "\(ProcessInfo.processInfo.hostName):\(getpid())"
    /// Seconds between looks at a board another controller of the same run holds (nil: a third of `leaseSeconds`).
    public var boardWaitSeconds: Double?
    /// Cases claimed from the queue at once per board (a board's executions are interleaved over one claim).
    public var claimBatch = 1000
    /// The run's boards this controller serves (nil: all of them). The others are neither connected, leased nor
    /// swept: their cases stay queued for the controllers that serve them (`--boards`, one controller per bench).
    public var servedBoards: Set<String>?

    /// A controller reaching boards through their target files (`TransportConnector`).
    /// - Parameter agentCommand: what starts a local board's agent (`[hilbench, agent]`, or a `hilbench-agent`
    ///   path); `stdio` is appended.
    public init(
        store: any ResultsStore, agentCommand: [String], resultsDirectory: String, logger: Logger,
        energyFactory: @escaping @Sendable (TargetConfig, SuiteConfig, String) -> (any CaseEnergyMeasurement)? = {
            target, suite, wire in
            RunController.energyMeasurement(for: target, wirePath: wire, suite: suite)
        }
    ) {
        self.init(
            store: store, connector: TransportConnector(agentCommand: agentCommand),
            resultsDirectory: resultsDirectory, logger: logger, energyFactory: energyFactory)
    }

    /// A controller reaching boards through `connector`.
    public init(
        store: any ResultsStore, connector: any BoardConnector, resultsDirectory: String, logger: Logger,
        energyFactory: @escaping @Sendable (TargetConfig, SuiteConfig, String) -> (any CaseEnergyMeasurement)? = {
            target, suite, wire in
            RunController.energyMeasurement(for: target, wirePath: wire, suite: suite)
        }
    ) {
        self.store = store
        self.connector = connector
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

    /// How a controller comes to a run.
    enum Mode: Sendable, Equatable {
        /// It made the run (and its queue).
        case new
        /// It reopened the run's unstored cases; no other controller may be running it.
        case resume
        /// It helps controllers already on the run: only boards it reaches, nothing swept it could not reach.
        case join
    }

    /// Starts a new run: stores it with its work queue (every case of the matrix), then drains the queue.
    public func run(
        suite: SuiteConfig, targets: [TargetConfig], runID: String = RunController.newRunID(), kind: String = "run",
        observer: any RunObserver
    ) async throws -> Outcome {
        let record = RunRecord(
            id: runID, suiteName: suite.name, startedAt: Date().timeIntervalSince1970,
            controllerVersion: AgentProtocol.softwareVersion, suite: suite, targets: targets,
            gitCommit: Self.gitCommit(of: suite.sourcePath), kind: kind)
        _ = try served(record)  // a wrong --boards stores nothing
        // The matrix's case ids do not depend on what the boards can run, so the queue is stored with the run: a
        // controller joining at once finds the whole queue.
        let queue = Planner.plan(suite: suite, targets: targets, capabilities: [:]).map {
            QueuedCase(caseID: $0.key.id, board: $0.key.target)
        }
        try await store.createRun(record, queue: queue)
        return try await execute(record, mode: .new, observer: observer)
    }

    /// Runs only the cases of `runID` not yet stored, with the suite and targets stored with the run.
    public func resume(runID: String, observer: any RunObserver) async throws -> Outcome {
        try await execute(try await storedRun(runID), mode: .resume, observer: observer)
    }

    /// Joins a run other controllers are draining (or have left): claims the queued cases of the boards this
    /// controller reaches and can lease, with the suite and targets stored with the run, until none is left for them.
    /// Boards another controller of the run holds are waited for (their cases come back if it dies or loses them).
    public func join(runID: String, observer: any RunObserver) async throws -> Outcome {
        let record = try await storedRun(runID)
        guard !(try await store.queue(runID: runID)).isEmpty else {
            throw HILBenchError(
                .usage,
                "run \(runID) has no work queue (an older hilbench made it); "
                    + "`hilbench run --resume \(runID)` runs what is left"
            )
        }
        return try await execute(record, mode: .join, observer: observer)
    }

    private func storedRun(_ runID: String) async throws -> RunRecord {
        guard let record = try await store.run(id: runID) else {
            throw HILBenchError(
                .usage, "no run \(runID) in the store \(store.location); `hilbench runs` lists them")
        }
        return record
    }

    private func execute(_ record: RunRecord, mode: Mode, observer: any RunObserver) async throws -> Outcome {
        // Two controllers resuming one run would both reopen its cases: the second refuses at once, before touching
        // the store. Controllers that made or joined a run share its queue instead.
        if mode == .resume {
            try await LeaseKeeper.refuseIfAnotherControllerRuns(record.id, store: store, holder: holder)
        }
        let runDirectory = "\(resultsDirectory)/runs/\(record.id)"
        try FileManager.default.createDirectory(atPath: runDirectory, withIntermediateDirectories: true)
        let logger = {
            var logger = self.logger
            logger[metadataKey: "run"] = "\(record.id)"
            return logger
        }()
        let events = BoardEventLog(store: store, runID: record.id, observer: observer, logger: logger)
        let clocks = BoardClocks()
        let served = try self.served(record)

        let boards = await connect(served, clocks: clocks, observer: observer, logger: logger)
        let plan = try await plan(record, mode: mode, boards: boards, events: events, observer: observer)

        // Leases: a board another run's controller holds is not benchmarked now (its cases are infrastructure
        // errors, retried by --resume); one another controller of this run holds is waited for; ours are renewed
        // while the run lasts, and a board whose lease is lost gets no more cases — the one in flight is cancelled,
        // its claims go back to the queue — before the lease can pass to another controller.
        var made: [String: BoardLink] = [:]
        for target in served {
            made[target.name] = BoardLink(
                boards.transports[target.name], unreachable: boards.bad[target.name] ?? boards.unreachable[target.name])
        }
        let links = made
        let (store, holder, runID) = (self.store, self.holder, record.id)
        let keeper = LeaseKeeper(
            store: store, holder: holder, runID: record.id, ttlSeconds: leaseSeconds
        ) { board, reason in
            links[board]?.giveUp("board \(board) is no longer ours: \(reason)", kind: .leaseLost)
            _ = try? await store.returnClaims(runID: runID, board: board, holder: holder)
            await events.record(
                board, .gaveUp,
                "\(reason); its cases went back to the queue (another controller of the run, or `--resume`)")
        }
        let open = Set(try await store.queue(runID: record.id).filter { $0.state != .done }.map(\.board))
        let wanted = served.filter { target in
            open.contains(target.name) && boards.bad[target.name] == nil
                && (boards.unreachable[target.name] == nil || target.power != nil)
        }
        let busy = try await keeper.acquire(wanted.map(\.name), observer: observer, refusingSameRun: mode == .resume)
        for (board, other) in busy where other.runID != record.id {
            links[board]?.giveUp(LeaseKeeper.busyReason(board, other), kind: .boardBusy)
        }
        let renewals = Task { await keeper.keep() }
        @Sendable func cleanUp() async {
            renewals.cancel()
            // The boards' agents end before their leases are given back, so the next holder finds them idle.
            for link in links.values { await link.transport?.close() }
            await keeper.release()
        }
        let recorder = CaseRecorder(
            store: store, runID: record.id, holder: holder, suite: record.suite, runDirectory: runDirectory,
            references: plan.references, observer: observer)
        let context = DispatchContext(
            record: record, runDirectory: runDirectory, total: plan.all.count,
            counter: Counter(start: plan.all.count - plan.pending.count), limit: ConcurrencyLimit(maxParallelCases),
            clocks: clocks, events: events, keeper: keeper, recorder: recorder, observer: observer, logger: logger,
            planned: Dictionary(plan.all.map { ($0.key.id, $0) }, uniquingKeysWith: { first, _ in first }),
            waitSeconds: boardWaitSeconds ?? keeper.renewEvery)
        do {
            try await dispatch(
                wanted, links: links, offline: boards.unreachable.filter { busy[$0.key] == nil }, context: context)
            try await sweep(
                links: links, unusable: Set(boards.unreachable.keys).union(boards.bad.keys),
                served: Set(served.map(\.name)), mode: mode, context: context)
        } catch {
            await cleanUp()
            throw error
        }
        await cleanUp()
        // The last controller to leave a drained queue ends the run.
        if try await store.queue(runID: record.id).allSatisfy({ $0.state == .done }) {
            try await store.finishRun(id: record.id, endedAt: Date().timeIntervalSince1970)
        }
        return Outcome(runID: record.id, results: try await store.results(runID: record.id), runDirectory: runDirectory)
    }

    /// The run's targets this controller serves; naming a board the run does not have is a usage error (a typo
    /// would otherwise leave the run's cases queued with nobody serving them).
    func served(_ record: RunRecord) throws -> [TargetConfig] {
        guard let servedBoards else { return record.targets }
        let names = Set(record.targets.map(\.name))
        let unknown = servedBoards.subtracting(names)
        guard unknown.isEmpty, !servedBoards.isEmpty else {
            throw HILBenchError(
                .usage,
                "--boards names \(unknown.isEmpty ? "no board" : unknown.sorted().joined(separator: ", ")), "
                    + "not one of run \(record.id)'s boards: \(names.sorted().joined(separator: ", "))")
        }
        return record.targets.filter { servedBoards.contains($0.name) }
    }

    /// A run's plan: every case of the matrix, those still to run, and the reference outputs already stored.
    struct Plan {
        var all: [PlannedCase]
        var pending: [PlannedCase]
        var references: ReferenceOutputs
    }

    /// Plans the matrix on what the boards said, minus the cases already stored (a resumed run); infrastructure
    /// failures are not measurements, so a resumed run tries those cases again.
    func plan(
        _ record: RunRecord, mode: Mode, boards: ConnectedBoards, events: BoardEventLog, observer: any RunObserver
    ) async throws -> Plan {
        let all = Planner.plan(suite: record.suite, targets: record.targets, capabilities: boards.capabilities)
        // A joining controller leaves the stored cases alone: the run's other controllers own what they stored.
        let discarded = mode == .join ? 0 : try await store.discardInfraErrors(runID: record.id)
        if discarded > 0 {
            observer.note(
                "retrying \(discarded) case\(discarded == 1 ? "" : "s") that failed for infrastructure reasons")
        }
        let stored = try await store.storedCaseIDs(runID: record.id)
        // A tool's own model list is stored as its models' rows, never under the planned key.
        let storedKeys = stored.compactMap(CaseKey.init(id:))
        let pending = all.filter { planned in
            guard !stored.contains(planned.key.id) else { return false }
            guard planned.spec?.format == .toolModels else { return true }
            return !storedKeys.contains { CaseResult.isModelRow($0, of: planned.key) }
        }
        // A resumed run puts what is left back in its queue (a run made before the queue existed gets one).
        if mode == .resume {
            try await store.enqueue(
                runID: record.id, cases: pending.map { QueuedCase(caseID: $0.key.id, board: $0.key.target) })
        }
        observer.planned(total: all.count, alreadyStored: all.count - pending.count, runID: record.id)
        for (name, reason) in boards.bad.sorted(by: { $0.key < $1.key })
        where pending.contains(where: { $0.key.target == name }) {
            await events.record(name, .health, reason.replacingOccurrences(of: "board \(name) is ", with: ""))
        }
        // Reference outputs already stored (a resumed run compares with them).
        let references = ReferenceOutputs()
        for result in try await store.results(runID: record.id, includeOutputs: true)
        where result.key.precision == record.suite.accuracy.reference {
            references.record(result)
        }
        return Plan(all: all, pending: pending, references: references)
    }

    /// How many executions a case gets: the suite's `measure.executions`; else 1 for `run`; for `nightly`, as many as
    /// its history's execution spread needs for an interval half the latency threshold wide, within the execution
    /// budget after the first one (`ExecutionCalibration`; the budget rule alone without such a history).
    func executionCount(_ record: RunRecord, key: CaseKey, first: CaseResult) async -> Int {
        if let executions = record.suite.measure.executions { return executions }
        guard record.kind == "nightly" else { return 1 }
        let history = (try? await store.historyRows(of: key)) ?? []
        return Self.executionCount(
            record.suite, kind: record.kind,
            history: history.filter { $0.runID != record.id }.map { CaseHistoryEntry(runID: $0.runID, row: $0.row) },
            first: first)
    }

    /// The rule of `executionCount` on a history already read (the decision benchmark runs it without a store).
    public static func executionCount(
        _ suite: SuiteConfig, kind: String, history: [CaseHistoryEntry], first: CaseResult
    ) -> Int {
        if let executions = suite.measure.executions { return executions }
        guard kind == "nightly" else { return 1 }
        return ExecutionCalibration.executions(
            history: history, threshold: suite.thresholds.latency, firstExecutionSeconds: first.durationSeconds
        ).count
    }

    /// Whether a case needs another execution: until the fixed count, or, with `measure.adaptive.max_executions`,
    /// until the execution-level interval of the median reaches `target_ci` (at least 3, at most the cap).
    static func wantsAnotherExecution(_ record: RunRecord, _ done: [CaseResult], fixed count: Int) -> Bool {
        wantsAnotherExecution(record.suite.measure, done, fixed: count)
    }

    /// The rule of `wantsAnotherExecution(_:_:fixed:)` for a suite's measurement policy.
    public static func wantsAnotherExecution(
        _ measure: SuiteConfig.Measure, _ done: [CaseResult], fixed count: Int
    ) -> Bool {
        guard measure.executions == nil, let adaptive = measure.adaptive, let cap = adaptive.maxExecutions else {
            return done.count < count
        }
        let latencies = done.filter { $0.status == .ok && !$0.latenciesNs.isEmpty }.map {
            $0.latenciesNs.map(Double.init)
        }
        return ExecutionStopping.decide(after: latencies, targetHalfWidth: adaptive.targetHalfWidth, maximum: cap)
            == .more
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
}

extension RunController {
    /// How a target's meter measures a case: the board's own sensor through its agent (hwmon, RAPL), an instrument the
    /// controller drives (PPK2, SCPI, Otii, the simulator), or nil for none.
    public static func energyMeasurement(
        for target: TargetConfig, wirePath: String, suite: SuiteConfig?
    ) -> (any CaseEnergyMeasurement)? {
        if let sensor = BoardSensorEnergy.forTarget(target, suite: suite) { return sensor }
        return MeteredEnergy.forTarget(target, wirePath: wirePath, suite: suite)
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
