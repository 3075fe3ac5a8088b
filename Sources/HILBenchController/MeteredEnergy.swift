import Foundation
public import HILBenchCore
import HILBenchGPIO
public import HILBenchMeters
import HILBenchStats
import Synchronization

/// Energy of a case from a power meter whose logic input sees the board's marker.
///
/// The meter runs for the whole case; the integrator cuts the marker window out of the samples on the
/// meter's own clock, subtracts the idle baseline measured just before it, and divides by the iterations.
/// With per-inference windows (the runner toggled the marker around each inference) every window is one
/// inference: the result also carries the window count and the spread of the per-window energies.
public struct MeteredEnergy: CaseEnergyMeasurement {
    public let meter: any PowerMeter
    public let wirePath: String?
    public let idleBaselineMs: Int
    public let subtractBaseline: Bool
    /// Glitch filter on the meter's logic input (ns): shorter marker pulses are ignored.
    public let minPulseNs: Int64
    /// The windows the suite asked for (a per-inference request the agent could not honour is flagged).
    public let windowsAsked: SuiteConfig.Energy.Windows
    /// A controller input wired to the marker: its edges cut the windows when the meter has no logic input.
    public let capture: TargetConfig.Marker.Capture?
    private let captured = CapturedEdges()
    private let streamed = StreamedCapture()

    public init(
        meter: any PowerMeter, wirePath: String?, idleBaselineMs: Int, subtractBaseline: Bool, minPulseNs: Int64 = 0,
        windowsAsked: SuiteConfig.Energy.Windows = .perRun, capture: TargetConfig.Marker.Capture? = nil
    ) {
        self.capture = capture
        self.meter = meter
        self.wirePath = wirePath
        self.idleBaselineMs = idleBaselineMs
        self.subtractBaseline = subtractBaseline
        self.minPulseNs = minPulseNs
        self.windowsAsked = windowsAsked
    }

    /// The meter for a target, or nil when it has none. The simulated marker and meter share `wirePath`.
    public static func forTarget(_ target: TargetConfig, wirePath: String, suite: SuiteConfig?) -> MeteredEnergy? {
        let idleMs = suite?.energy.idleMs ?? 100
        let subtract = suite?.energy.subtractIdle ?? true
        let minPulseNs = Int64(suite?.energy.minPulseUs ?? 0) * 1_000
        let asked = suite?.energy.windows ?? .perRun
        // An instrument's logic input (or the controller) sees a simulated marker through the wire it appends to.
        let markerWire = target.marker.backend == .simulated ? (target.marker.wire ?? wirePath) : nil
        func instrument(_ meter: any PowerMeter) -> MeteredEnergy {
            MeteredEnergy(
                meter: meter, wirePath: markerWire, idleBaselineMs: idleMs, subtractBaseline: subtract,
                minPulseNs: minPulseNs, windowsAsked: asked, capture: target.marker.capture)
        }
        switch target.meter.kind {
        case .none:
            return nil
        case .ppk2:
            return instrument(
                PPK2PowerMeter(
                    configuration: .init(
                        devicePath: target.meter.device ?? "/dev/ttyACM0",
                        millivolts: target.meter.sourceMillivolts ?? 3_300,
                        spikeFilter: target.meter.spikeFilter == false ? nil : .nordic)))
        case .scpi:
            var configuration = SCPIPowerMeter.Configuration(
                host: target.meter.host ?? "127.0.0.1", port: UInt16(target.meter.port ?? 5025))
            if let manufacturer = target.meter.expectedManufacturer {
                configuration.expectedManufacturer = manufacturer
            }
            if let model = target.meter.expectedModel { configuration.expectedModel = model }
            if let channel = target.meter.channel { configuration.channel = channel }
            if target.meter.currentAutoRange == true { configuration.currentRange = .auto }
            if let amps = target.meter.currentRangeAmps { configuration.currentRange = .fixed(amps: amps) }
            return instrument(SCPIPowerMeter(configuration: configuration))
        case .otii:
            let meter = target.meter
            let supply: OtiiPowerMeter.Supply =
                meter.supply == .otii
                ? .otii(volts: meter.supplyVolts ?? 3.3, maxAmps: meter.maxCurrentAmps ?? 0.5) : .external
            return instrument(
                OtiiPowerMeter(
                    configuration: .init(
                        host: meter.host ?? "127.0.0.1", port: UInt16(meter.port ?? 1905), device: meter.device,
                        digitalInput: (meter.digitalInput ?? .i1).rawValue, credentialsFile: meter.credentials,
                        logicVolts: meter.logicVolts ?? 3.3, supply: supply)))
        case .hwmon, .rapl:
            return nil  // the board's own sensor, sampled by its agent: BoardSensorEnergy
        case .simulated:
            let wire = target.marker.wire ?? wirePath
            let configuration = SimulatedPowerMeter.Configuration(
                sampleRateHz: target.meter.sampleRateHz, idleWatts: target.meter.idleWatts,
                activeWatts: target.meter.activeWatts,
                noiseWatts: target.meter.noiseWatts, seed: target.meter.seed, wirePath: wire)
            return MeteredEnergy(
                meter: SimulatedPowerMeter(configuration: configuration), wirePath: wire,
                idleBaselineMs: idleMs, subtractBaseline: subtract, minPulseNs: minPulseNs, windowsAsked: asked)
        }
    }

    /// Starts the meter. Its samples go, as they arrive, into an integrator (windows from its logic input) or into
    /// cumulative-energy checkpoints (windows known only at the end: GPIO capture, software timestamps), so the
    /// controller's memory does not grow with the case.
    public func start() async throws {
        if let capture, meter.info.logicChannel == nil { try captured.start(capture, wirePath: wirePath) }
        do {
            let session: EnergyCapture
            if meter.info.logicChannel != nil {
                // Per-inference windows are cut from the baseline before the first; one window per run (also the
                // fallback when the runner cannot toggle) gets the same baseline either way.
                session = try await EnergyCapture.start(
                    meter: meter,
                    integrator: EnergyIntegrator(
                        windowSource: .logic(bit: 0), minPulseNs: minPulseNs, baselineNs: baselineNs,
                        subtractBaseline: subtractBaseline && baselineNs != nil,
                        baselinePlacement: windowsAsked == .perInference ? .beforeFirstWindow : .beforeEachWindow))
            } else {
                session = try await EnergyCapture.start(meter: meter, ledger: EnergyLedger())
            }
            streamed.set(session)
        } catch {
            _ = await captured.stop()
            throw error
        }
    }

    /// The baseline span: 80 % of the idle time before the window (the rest absorbs scheduling jitter).
    var baselineNs: Int64? { idleBaselineMs > 0 ? Int64(idleBaselineMs) * 1_000_000 * 8 / 10 : nil }

    public func stop(for result: CaseResult, clock: ClockMapping?) async throws -> CaseResult.Energy? {
        guard let session = streamed.take() else {
            _ = await captured.stop()
            throw HILBenchError(.io, "the meter was stopped without being started")
        }
        do {
            _ = try await session.stop()
        } catch {
            _ = await captured.stop()
            throw error
        }
        let gpioEdges = await captured.stop()
        guard result.status == .ok, !result.latenciesNs.isEmpty else { return nil }
        let baselineNs = self.baselineNs
        // A meter whose logic input sees the marker cuts the window on its own clock. Otherwise the window comes
        // from the marker edges' timestamps, taken on the board's CLOCK_MONOTONIC and mapped onto the controller's
        // (which timestamps the meter's samples): one clock when they share a kernel, else the round-trip estimate.
        let windows: EnergyIntegrator.WindowDefinition
        var mapping: ClockMapping?
        if meter.info.logicChannel != nil {
            windows = .logic(bit: 0)
        } else if let gpioEdges {
            // The controller's own input saw the marker: kernel timestamps on the controller's clock, which also stamps
            // the meter's samples; what remains uncertain is where a sample falls, half a sample period.
            mapping = ClockMapping(
                method: "gpio_capture", offsetNs: 0, uncertaintyNs: (meter.info.samplePeriodNs ?? 0) / 2)
            windows = .explicit(Self.spans(gpioEdges.map { ($0.timeNs, $0.level) }), source: .gpioCapture)
        } else {
            let boardClock = clock ?? .sameKernel
            mapping = boardClock
            windows = .explicit(
                Self.spans(result.markerEdges.map { (boardClock.controllerTime($0.timeNs), $0.level) }),
                source: .softwareTimestamps)
        }
        let perInference = result.markerWindows == SuiteConfig.Energy.Windows.perInference.rawValue
        // Per-inference windows have µs of idle between them: the baseline is the idle span before the first.
        let placement: EnergyIntegrator.BaselinePlacement = perInference ? .beforeFirstWindow : .beforeEachWindow
        let subtract = subtractBaseline && baselineNs != nil
        let report: EnergyReport
        switch windows {
        case .explicit(let spans, let source):
            report = session.report(
                windows: spans, source: source, baselineNs: baselineNs, subtractBaseline: subtract,
                baselinePlacement: placement)
        case .logic:
            report = session.report()
        }
        return try Self.figures(
            report: report, result: result, meter: meter.info, windowsAsked: windowsAsked, minPulseNs: minPulseNs,
            mapping: mapping, mappingAssumed: mapping != nil && clock == nil && gpioEdges == nil)
    }

    /// The case's energy figures from a report over its marker windows: per inference, flags and notes on what went
    /// wrong (window count, glitches, an uncertain clock), the per-window spread for per-inference windows.
    /// - Parameters:
    ///   - mapping: how the board's timestamps were mapped onto the meter's clock (nil: the meter's own logic input,
    ///     or the board's own sensor); `mappingAssumed`: no mapping was known and the clocks were taken to be one.
    /// - Throws: when the report has no window at all.
    static func figures(
        report: EnergyReport, result: CaseResult, meter: MeterInfo, windowsAsked: SuiteConfig.Energy.Windows,
        minPulseNs: Int64, mapping: ClockMapping?, mappingAssumed: Bool
    ) throws -> CaseResult.Energy {
        let perInference = result.markerWindows == SuiteConfig.Energy.Windows.perInference.rawValue
        guard !report.windows.isEmpty else {
            throw HILBenchError(
                .io,
                "the meter saw no marker window (\(report.trace.sampleCount) samples); is the marker wired to its logic input?"
            )
        }
        let iterations = result.latenciesNs.count
        let perInferenceEnergy = report.perInference(iterations: iterations)
        var flags = report.flags.map(\.rawValue)
        var notes: [String] = []
        if windowsAsked == .perInference, !perInference {
            flags.append(Self.perInferenceFallbackFlag)
            notes.append(result.markerNote ?? "per-inference windows asked, but the marker was toggled once per run")
        }
        let expected = perInference ? iterations : 1
        if report.windows.count != expected {
            flags.append(Self.windowCountMismatchFlag)
            let why =
                report.trace.glitchesFiltered > 0
                ? "; the glitch filter ignored \(report.trace.glitchesFiltered) pulses shorter than \(minPulseNs / 1_000) µs"
                : perInference && report.windows.count < expected
                    ? "; the meter's sample period may be longer than the gaps between inferences" : ""
            notes.append(
                "\(report.windows.count) marker windows for \(expected) expected (\(iterations) iterations, \(perInference ? "one window per inference" : "one window per run"))"
                    + why)
        }
        if report.trace.glitchesFiltered > 0 { flags.append(Self.glitchesFilteredFlag) }
        if mappingAssumed {
            notes.append(
                "no clock mapping for this board: its marker timestamps were taken to be on the controller's clock")
        }
        if let mapping, mapping.uncertaintyNs > 0,
            Double(mapping.uncertaintyNs) > 0.01 * Double(report.totals.durationNs)
                / Double(max(report.windows.count, 1))
        {
            flags.append(Self.clockUncertainFlag)
            notes.append(
                String(
                    format: "the board's clock is mapped to ±%.3f ms, more than 1%% of a window",
                    Double(mapping.uncertaintyNs) / 1e6))
        }
        let spread =
            perInference
            ? Self.spread(report.windows.map { (report.subtractBaseline ? $0.netEnergyJ : $0.grossEnergyJ) * 1e3 })
            : nil
        var energy = CaseResult.Energy(
            windowSource: report.windowSource.rawValue, meter: meter.model,
            windowSeconds: Double(report.totals.durationNs) / 1e9,
            netJoules: report.totals.netEnergyJ, baselineWatts: report.windows.first?.baselineW,
            averageWatts: perInferenceEnergy.averageW, peakWatts: perInferenceEnergy.peakW,
            millijoulesPerInference: perInferenceEnergy.energyPerInferenceMilliJ,
            inferencesPerJoule: perInferenceEnergy.inferencesPerJoule ?? 0,
            samples: report.totals.sampleCount, flags: flags,
            windows: (perInference ? SuiteConfig.Energy.Windows.perInference : .perRun).rawValue,
            windowCount: report.windows.count,
            perWindow: spread, glitchesFiltered: report.trace.glitchesFiltered,
            note: notes.isEmpty ? nil : notes.joined(separator: "; "),
            clockMapping: mapping)
        // A simulated meter's samples describe no board: the figure says so wherever it is shown.
        energy.provenance = meter.kind == .simulated ? .simulated : .measured
        return energy
    }

    /// Marker edges (time, level) in time order → the windows between each rise and the fall after it.
    static func spans(_ edges: [(timeNs: Int64, level: Bool)]) -> [EnergyIntegrator.Window] {
        var spans: [EnergyIntegrator.Window] = []
        var rise: Int64?
        for edge in edges {
            if edge.level {
                rise = edge.timeNs
            } else if let begin = rise {
                spans.append(.init(beginNs: begin, endNs: edge.timeNs))
                rise = nil
            }
        }
        return spans
    }

    /// Flag: the window edges come from board timestamps whose mapping onto the meter's clock is uncertain by more
    /// than 1% of a window (a remote board with a slow link: use the meter's logic input instead).
    public static let clockUncertainFlag = "clockUncertain"

    /// Flag: per-inference windows were asked but the marker was toggled once per run (`note` says why).
    public static let perInferenceFallbackFlag = "perInferenceFallback"
    /// Flag: the integrator found another number of windows than expected (1 per run, or 1 per inference).
    public static let windowCountMismatchFlag = "windowCountMismatch"
    /// Flag: the glitch filter ignored marker pulses shorter than the suite's `min_pulse_us`.
    public static let glitchesFilteredFlag = "glitchesFiltered"

    /// Mean, sample standard deviation and type-7 percentiles of per-window energies (mJ).
    static func spread(_ values: [Double]) -> CaseResult.Energy.WindowSpread? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mean = values.reduce(0, +) / Double(values.count)
        let variance =
            values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1) : 0
        return .init(
            count: values.count, mean: mean, stdev: variance.squareRoot(), min: sorted[0],
            p10: Quantile.type7(sorted: sorted, 0.1), p50: Quantile.type7(sorted: sorted, 0.5),
            p90: Quantile.type7(sorted: sorted, 0.9), max: sorted[sorted.count - 1])
    }
}

/// The streaming capture of one case, between `start()` and `stop(for:clock:)`.
final class StreamedCapture: Sendable {
    private let session = Mutex<EnergyCapture?>(nil)

    func set(_ capture: EnergyCapture) { session.withLock { $0 = capture } }

    func take() -> EnergyCapture? {
        session.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

/// The edges a controller GPIO input captures during one case: a capture thread started with the meter, collected
/// by a task, handed over when the meter stops.
final class CapturedEdges: Sendable {
    private let task = Mutex<Task<[MarkerEdge], Never>?>(nil)

    func start(_ capture: TargetConfig.Marker.Capture, wirePath: String?) throws {
        let source: GPIOEdgeCapture
        switch capture.backend {
        case .libgpiod:
            source = try GPIOEdgeCapture(
                chip: GPIOChipSelector(capture.chip ?? ""), offset: UInt32(capture.line ?? 0),
                activeLow: capture.activeLow,
                consumer: "hilbench-capture")
        case .simulated:
            guard let wirePath else {
                throw HILBenchError(
                    .config, "a simulated marker capture needs a simulated marker (its wire file) to watch")
            }
            source = GPIOEdgeCapture.simulated(wirePath: wirePath)
        }
        let stream = source.edges()
        let collector = Task { () -> [MarkerEdge] in
            var edges: [MarkerEdge] = []
            do {
                for try await edge in stream { edges.append(edge) }
            } catch {}
            return edges
        }
        task.withLock { $0 = collector }
    }

    /// Stops the capture and returns its edges in time order, or nil when none was started.
    func stop() async -> [MarkerEdge]? {
        guard
            let collector = task.withLock({ task -> Task<[MarkerEdge], Never>? in
                defer { task = nil }
                return task
            })
        else { return nil }
        // Edges up to now are in the stream already; give the thread one poll to deliver the last of them.
        try? await Task.sleep(for: .milliseconds(60))
        collector.cancel()
        return await collector.value.sorted { $0.timeNs < $1.timeNs }
    }
}
