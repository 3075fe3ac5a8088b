import Foundation
public import HILBenchCore
import HILBenchStats
import HILBenchSystem

/// Runs one case on this board: starts the runner, loads, warms up, raises the marker around the timed
/// iterations, samples memory, collects outputs, and turns whatever happened into a `CaseResult`.
///
/// Blocking by design (one `poll` loop per case); call it from a dedicated thread, not the cooperative pool.
public struct CaseRunner: Sendable {
    public var registry: RuntimeRegistry
    public var probe: EnvironmentProbe
    /// Drives the marker line for a case (built from the case's marker settings).
    public var markerFactory: @Sendable (TargetConfig.Marker) throws -> any MarkerDriver
    /// Grace given to the runner for `hello` after it starts.
    public var startTimeoutSeconds: Double = 60
    /// How runners are scheduled against the board's other work (raised above it by default).
    public var scheduling = RunnerScheduling()

    public init(
        registry: RuntimeRegistry, probe: EnvironmentProbe = EnvironmentProbe(),
        markerFactory: @escaping @Sendable (TargetConfig.Marker) throws -> any MarkerDriver
    ) {
        self.registry = registry
        self.probe = probe
        self.markerFactory = markerFactory
    }

    /// A case that went wrong at a given step: carries what the result should say.
    private struct Stop: Error {
        var status: CaseResult.Status
        var kind: CaseResult.Failure.Kind
        var message: String
        /// The runner's phase when it stopped (`load`, `warmup`, `measure`, …).
        var phase: String? = nil
    }

    /// - Parameter cancellation: when set from another thread, the runner's process group is killed and the
    ///   case ends as `infra_error` with failure kind `cancelled`.
    public func run(_ spec: CaseSpec, cancellation: CaseCancellation? = nil) -> CaseResult {
        // The cool-down comes before the case's clock starts: it never eats into the case's timeout.
        let sensors = ThermalSensors(root: probe.root)
        let cooldown = spec.thermal?.cooldownBelowCelsius.flatMap { below in
            sensors.coolDown(
                below: below, timeoutSeconds: spec.thermal?.cooldownTimeoutSeconds ?? 0,
                cancelled: { cancellation?.isCancelled == true })
        }
        let started = Date().timeIntervalSince1970
        let startNs = Monotonic.nowNs()
        var thermal = ThermalSampler(
            sensors: sensors, periodMs: spec.thermal?.samplePeriodMs ?? 250, cooldown: cooldown)
        let machine = MachineLoadProbe(root: probe.root)
        let before = machine.snapshot()
        // The board's own sensor runs around the whole case (the idle baseline before the marker included).
        let sensor = spec.sensor.map(BoardSensorSampling.init)
        var schedule: CaseResult.RunnerSchedule?
        var result = measure(
            spec, cancellation: cancellation, startNs: startNs, thermal: &thermal, schedule: &schedule)
        result.sensorCheckpoints = sensor?.finish(lastEdgeNs: result.markerEdges.last?.timeNs)
        result.thermal = thermal.finish(throttleCelsius: spec.thermal?.throttleCelsius)
        // After the runner was reaped: its CPU time is the agent's children's, not another process's.
        var load = machine.load(since: before)
        load.runner = schedule
        load.judge()
        result.machine = load
        result.startedAt = started
        result.durationSeconds = Double(Monotonic.nowNs() - startNs) / 1e9
        return result
    }

    private func measure(
        _ spec: CaseSpec, cancellation: CaseCancellation?, startNs: Int64, thermal heat: inout ThermalSampler,
        schedule: inout CaseResult.RunnerSchedule?
    ) -> CaseResult {
        // A local copy the sampling closures may capture; handed back on the way out.
        var thermal = heat
        defer { heat = thermal }
        let started = Date().timeIntervalSince1970
        var result = CaseResult(key: spec.key, status: .ok, artifactSHA256: spec.artifactSHA256, startedAt: started)
        result.environment = probe.capture()

        if let weights = spec.weights, let expected = spec.weightsSHA256 {
            let actual = try? SHA256.hex(ofFileAt: weights)
            guard actual == expected else {
                return .notRun(
                    spec.key, status: .failed, kind: actual == nil ? "artifact_missing" : "artifact_mismatch",
                    message: actual.map { "weights \(weights) have sha256 \($0), the case expects \(expected)" }
                        ?? "weights \(weights) cannot be read on the board")
            }
        }
        if let expected = spec.artifactSHA256, spec.format.isFile {
            do {
                let actual = try SHA256.hex(ofFileAt: spec.model)
                guard actual == expected else {
                    return .notRun(
                        spec.key, status: .failed, kind: "artifact_mismatch",
                        message:
                            "artifact \(spec.model) has sha256 \(actual), the case expects \(expected); refusing to measure a different model"
                    )
                }
            } catch {
                return .notRun(
                    spec.key, status: .failed, kind: "artifact_missing",
                    message: "artifact \(spec.model) cannot be read on the board: \(error)")
            }
        }
        if spec.key.runtime == .command {
            var native = NativeToolRunner.run(spec, tools: registry.tools, startNs: startNs, cancellation: cancellation)
            native.environment = result.environment
            native.markerNote = PerInferenceMarker.nativeToolNote(spec)
            native.startedAt = started
            return native
        }
        let command: [String]
        switch registry.command(for: spec.key.runtime) {
        case .success(let found): command = found
        case .failure(let error):
            return .notRun(spec.key, status: .skipped, kind: "runtime_unavailable", message: error.message)
        }
        let marker: any MarkerDriver
        do { marker = try markerFactory(spec.marker) } catch {
            return .notRun(
                spec.key, status: .infraError, kind: "marker", message: "cannot drive the marker line: \(error)")
        }
        let child: ChildProcess
        do { child = try ChildProcess(arguments: command, ownSession: true) } catch {
            return .notRun(spec.key, status: .failed, kind: "spawn", message: "\(error)")
        }
        let priority = scheduling.apply(to: child.pid, threads: spec.key.threads, cores: Self.usableCPUs())
        var cpusSeen = Set<Int>()

        let deadline = startNs + Int64(spec.timeoutSeconds * 1e9)
        var sampler = MemorySampler(pid: child.pid, periodMs: spec.memorySamplePeriodMs)
        let decoder = HILBenchJSON.decoder()
        let encoder = HILBenchJSON.encoder()

        func send(_ request: RunnerRequest) throws(Stop) {
            guard let data = try? encoder.encode(request), child.writeLine(String(decoding: data, as: UTF8.self)) else {
                throw Stop(
                    status: .failed, kind: "crash", message: "the runner closed its input before '\(request.op)'")
            }
        }
        func tick(phase: String) {
            sampler.sample(phase: phase)
            thermal.sample(timed: phase == "measure")
            if phase == "measure" { cpusSeen.formUnion(scheduling.cpus(of: child.pid)) }
            if cancellation?.isCancelled == true { child.killGroup() }
        }
        let cancelled = Stop(
            status: .infraError, kind: "cancelled",
            message: "the case was cancelled by the controller; the runner's process group was killed")
        func stopIfCancelled() throws(Stop) {
            if cancellation?.isCancelled == true { throw cancelled }
        }
        func expect(_ op: String, phase: String, until: Int64 = deadline) throws(Stop) -> RunnerReply {
            switch child.readLine(
                deadlineNs: min(until, deadline), tickNs: sampler.periodNs, tick: { tick(phase: phase) })
            {
            case .timeout:
                let why =
                    until < deadline
                    ? "did not say '\(op)' within \(startTimeoutSeconds) s of starting"
                    : "did not answer '\(op)' within the case timeout of \(spec.timeoutSeconds) s"
                throw Stop(
                    status: .failed, kind: "timeout", message: "the runner \(why); its process group was killed",
                    phase: phase)
            case .eof:
                try stopIfCancelled()
                child.closeStdin()
                let termination = child.finish(graceNs: 2_000_000_000)
                throw Stop(
                    status: .failed, kind: "crash",
                    message: "the runner \(termination) while waiting for '\(op)' (\(Self.phaseName(phase)))",
                    phase: phase)
            case .line(let line):
                guard let reply = try? decoder.decode(RunnerReply.self, from: Data(line.utf8)) else {
                    let shown = line.count > 200 ? String(line.prefix(200)) + "…" : line
                    throw Stop(
                        status: .failed, kind: "protocol",
                        message:
                            "the runner wrote a line that is not a protocol message while '\(op)' was expected: \(shown.debugDescription)"
                    )
                }
                if reply.op == "error" {
                    // The runner's words, bounded: a report is no place for a megabyte of traceback (stderr has the rest); the tail
                    // stays, since the cause is at the end.
                    let message = reply.message.map { FailureText.bounded($0, limit: 2_000) }
                    let code = reply.code.map { $0.count > 64 ? "runner_error" : $0 }
                    // Which phase failed, in words, unless the runner already said it (a warm-up error says "warm-up").
                    let text = message ?? "the runner reported an error without a message"
                    let phaseName = Self.phaseName(phase)
                    throw Stop(
                        status: .failed, kind: .init(rawValue: code ?? "runner_error"),
                        message: text.lowercased().contains(phaseName) ? text : "during \(phaseName): \(text)",
                        phase: phase)
                }
                guard reply.op == op else {
                    throw Stop(
                        status: .failed, kind: "protocol",
                        message:
                            "expected '\(op)' from the runner, got '\(reply.op.count > 80 ? reply.op.prefix(80) + "…" : reply.op)'"
                    )
                }
                return reply
            }
        }

        /// The timed iterations: the suite's count, then (adaptive stopping) batches until the median's 95%
        /// interval is within the target half-width or a cap is reached.
        var adaptiveStopReason: String?
        var perInference = PerInferenceMarker()
        var runnerEdges: [CaseResult.MarkerEdge] = []
        func measureIterations() throws(Stop) -> (latencies: [Int64], begin: Int64?, end: Int64?) {
            func batch(_ count: Int) throws(Stop) -> RunnerReply {
                try send(.measure(count, markerWire: perInference.wire))
                let reply = try expect("measured", phase: "measure")
                guard reply.latenciesNs?.count == count else {
                    throw Stop(
                        status: .failed, kind: "protocol",
                        message:
                            "asked for \(count) iterations, the runner reported \(reply.latenciesNs?.count ?? 0) latencies"
                    )
                }
                if perInference.wire != nil {
                    // Rise and fall of each inference, in order; anything else would make the windows unknowable.
                    guard let edges = reply.markerEdgesNs, edges.count == 2 * count,
                        zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 })
                    else {
                        throw Stop(
                            status: .failed, kind: "protocol",
                            message:
                                "asked to toggle the marker around \(count) inferences, the runner reported \(reply.markerEdgesNs.map { "\($0.count) edges (not 2 per inference in time order)" } ?? "no marker_edges_ns")"
                        )
                    }
                    runnerEdges += edges.enumerated().map { .init(timeNs: $1, level: $0 % 2 == 0) }
                }
                if let negative = reply.latenciesNs?.first(where: { $0 < 0 }) {
                    throw Stop(
                        status: .failed, kind: "protocol",
                        message: "the runner reported a negative latency (\(negative) ns): its clock is not monotonic")
                }
                return reply
            }
            let first = try batch(spec.iterations)
            var latencies = first.latenciesNs ?? []
            var end = first.endNs
            guard let adaptive = spec.adaptive else { return (latencies, first.beginNs, end) }
            let started = Monotonic.nowNs()
            while true {
                if AdaptiveStopping.medianIsPrecise(latencies, targetHalfWidth: adaptive.targetHalfWidth) {
                    adaptiveStopReason = "converged"
                    break
                }
                if latencies.count >= adaptive.maxIterations {
                    adaptiveStopReason = "max_iterations"
                    break
                }
                if Double(Monotonic.nowNs() - started) / 1e9 >= adaptive.maxSeconds {
                    adaptiveStopReason = "max_seconds"
                    break
                }
                let reply = try batch(min(adaptive.batch, adaptive.maxIterations - latencies.count))
                latencies += reply.latenciesNs ?? []
                end = reply.endNs
            }
            return (latencies, first.beginNs, end)
        }

        do throws(Stop) {
            let hello = try expect("hello", phase: "start", until: Monotonic.nowNs() + Int64(startTimeoutSeconds * 1e9))
            guard hello.protocol == 1 else {
                throw Stop(
                    status: .failed, kind: "protocol",
                    message:
                        "the runner speaks runner protocol \(hello.protocol.map(String.init) ?? "?"), the agent speaks 1"
                )
            }
            perInference = PerInferenceMarker.plan(spec, runner: hello.runner, capabilities: hello.capabilities)
            result.markerNote = perInference.note
            result.markerWindows =
                perInference.wire == nil
                ? SuiteConfig.Energy.Windows.perRun.rawValue : SuiteConfig.Energy.Windows.perInference.rawValue
            result.memory.baseRSSKiB = sampler.sample(phase: "start", force: true)
            try send(.load(spec))
            let loaded = try expect("loaded", phase: "load")
            result.loadNs = loaded.loadNs
            result.runtime = .init(
                name: loaded.runtime ?? spec.key.runtime.rawValue,
                version: loaded.runtimeVersion ?? hello.runtimeVersion ?? "unknown",
                provider: loaded.provider ?? "unknown", threads: loaded.threads ?? spec.key.threads)
            result.memory.loadRSSKiB = sampler.sample(phase: "load", force: true)
            result.effectivePrecision = EffectivePrecision(
                requested: spec.key.precision, runtime: loaded.effectivePrecision?.value,
                runtimeSource: loaded.effectivePrecision?.source)
            result.inputs = (loaded.inputs ?? []).map {
                ResolvedInput(
                    name: $0.name, dtype: $0.dtype, shape: $0.shape.map { $0 ?? -1 }, source: $0.source ?? "seeded",
                    sha256: $0.sha256 ?? "", values: $0.values)
            }
            if spec.warmup > 0 {
                try send(.warmup(spec.warmup))
                result.warmupLatenciesNs = try expect("warmed", phase: "warmup").latenciesNs ?? []
            }
            if spec.idleMs > 0 {
                // Idle before the window: the meter's baseline. The runner must stay quiet meanwhile.
                let idleEnd = Monotonic.nowNs() + Int64(spec.idleMs) * 1_000_000
                if case .line(let line) = child.readLine(
                    deadlineNs: idleEnd, tickNs: sampler.periodNs, tick: { tick(phase: "idle") })
                {
                    throw Stop(
                        status: .failed, kind: "protocol",
                        message: "the runner wrote while idle: \(line.prefix(200).debugDescription)")
                }
                try stopIfCancelled()
            }
            // With per-inference windows the runner toggles the marker itself; the agent leaves it low.
            let agentToggles = perInference.wire == nil
            if agentToggles {
                do {
                    result.markerEdges.append(.init(timeNs: try marker.set(true), level: true))
                } catch {
                    throw Stop(status: .infraError, kind: "marker", message: "raising the marker failed: \(error)")
                }
            }
            let measured: (latencies: [Int64], begin: Int64?, end: Int64?)
            let timesBefore = scheduling.times(of: child.pid)
            let timedStart = Monotonic.nowNs()
            do {
                measured = try measureIterations()
                cpusSeen.formUnion(scheduling.cpus(of: child.pid))
                schedule = RunnerScheduling.schedule(
                    priority: priority, from: timesBefore, to: scheduling.times(of: child.pid),
                    timedNs: Monotonic.nowNs() - timedStart, cpus: cpusSeen)
            } catch {
                if agentToggles { _ = try? marker.set(false) }
                throw error
            }
            if agentToggles {
                do {
                    result.markerEdges.append(.init(timeNs: try marker.set(false), level: false))
                } catch {
                    throw Stop(status: .infraError, kind: "marker", message: "lowering the marker failed: \(error)")
                }
            } else {
                result.markerEdges = runnerEdges
            }
            result.latenciesNs = measured.latencies
            result.windowBeginNs = measured.begin
            result.windowEndNs = measured.end
            result.stopReason = adaptiveStopReason ?? "fixed"
            result.memory.steadyRSSKiB =
                sampler.median(phase: "measure") ?? sampler.sample(phase: "measure", force: true)
            if spec.collectOutputs {
                try send(.outputs(max: spec.maxOutputValues))
                let outputs = try expect("outputs", phase: "outputs")
                result.outputs = (outputs.outputs ?? []).map {
                    .init(
                        name: $0.name, dtype: $0.dtype, shape: $0.shape.map { $0 ?? -1 }, sha256: $0.sha256 ?? "",
                        values: $0.values ?? [], truncated: $0.truncated ?? false)
                }
            }
            _ = sampler.sample(phase: "end", force: true)
            try? send(.exit)
            child.closeStdin()
            let termination = child.finish(graceNs: 5_000_000_000)
            if termination != .exited(0) {
                throw Stop(
                    status: .failed, kind: "crash",
                    message: "the runner \(termination) after the measurements instead of exiting cleanly")
            }
        } catch {
            child.killGroup()
            child.reap(blocking: true)
            // A tick kills the runner of a cancelled case while a reply it wrote may already be read (both come in
            // one wake-up): the next step then meets a closed input or a killed runner. That is the cancellation.
            let error = cancellation?.isCancelled == true && error.kind == .crash ? cancelled : error
            result.status = error.status
            result.failure = .init(
                kind: error.kind, message: error.message, stderrTail: child.stderrTail.tail(lines: 30),
                phase: error.phase)
        }
        result.memory.peakRSSKiB = child.maxRSSKiB
        result.memory.vmHWMKiB = sampler.maxHWMKiB
        result.memory.peakPSSKiB = sampler.maxPSSKiB
        result.memory.timeline = sampler.timeline
        return result
    }
}

extension CaseRunner {
    /// CPUs this agent (and so its runners) may run on (Foundation counts the affinity mask on Linux).
    static func usableCPUs() -> Int { ProcessInfo.processInfo.activeProcessorCount }

    /// A runner phase as a report says it.
    static func phaseName(_ phase: String) -> String {
        switch phase {
        case "start": "start-up"
        case "load": "load"
        case "warmup": "warm-up"
        case "measure": "the timed iterations"
        case "outputs": "the output check"
        default: phase
        }
    }
}

/// The stopping rule of adaptive measurement.
public enum AdaptiveStopping {
    /// Whether the distribution-free 95% interval of the median lies within ±`targetHalfWidth` of the median.
    public static func medianIsPrecise(_ latencies: [Int64], targetHalfWidth: Double) -> Bool {
        let sorted = latencies.map(Double.init).sorted()
        guard let interval = OrderStatistics.interval(sorted: sorted, fraction: 0.5, level: 0.95), !sorted.isEmpty
        else { return false }
        let median =
            sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        guard median > 0 else { return false }
        return (interval.upper - interval.lower) / 2 / median <= targetHalfWidth
    }
}

/// Raises and lowers a board's marker line; returns the monotonic time of each change.
public protocol MarkerDriver {
    func set(_ active: Bool) throws -> Int64
}
