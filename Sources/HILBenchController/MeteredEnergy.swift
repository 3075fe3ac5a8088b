import Foundation
public import HILBenchCore
public import HILBenchMeters

/// Energy of a case from a power meter whose logic input sees the board's marker.
///
/// The meter runs for the whole case; the integrator cuts the marker window out of the samples on the
/// meter's own clock, subtracts the idle baseline measured just before it, and divides by the iterations.
public struct MeteredEnergy: CaseEnergyMeasurement {
    public let meter: any PowerMeter
    public let wirePath: String?
    public let idleBaselineMs: Int
    public let subtractBaseline: Bool

    public init(meter: any PowerMeter, wirePath: String?, idleBaselineMs: Int, subtractBaseline: Bool) {
        self.meter = meter
        self.wirePath = wirePath
        self.idleBaselineMs = idleBaselineMs
        self.subtractBaseline = subtractBaseline
    }

    /// The meter for a target, or nil when it has none. The simulated marker and meter share `wirePath`.
    public static func forTarget(_ target: TargetConfig, wirePath: String, suite: SuiteConfig?) -> MeteredEnergy? {
        let idleMs = suite?.energy.idleMs ?? 100, subtract = suite?.energy.subtractIdle ?? true
        // An instrument's logic input (or the controller) sees a simulated marker through the wire it appends to.
        let markerWire = target.marker.backend == .simulated ? (target.marker.wire ?? wirePath) : nil
        func instrument(_ meter: any PowerMeter) -> MeteredEnergy {
            MeteredEnergy(meter: meter, wirePath: markerWire, idleBaselineMs: idleMs, subtractBaseline: subtract)
        }
        switch target.meter.kind {
        case .none:
            return nil
        case .ppk2:
            return instrument(PPK2PowerMeter(configuration: .init(devicePath: target.meter.device ?? "/dev/ttyACM0",
                                                                  millivolts: target.meter.sourceMillivolts ?? 3_300)))
        case .scpi:
            var configuration = SCPIPowerMeter.Configuration(host: target.meter.host ?? "127.0.0.1", port: UInt16(target.meter.port ?? 5025))
            if let manufacturer = target.meter.expectedManufacturer { configuration.expectedManufacturer = manufacturer }
            if let model = target.meter.expectedModel { configuration.expectedModel = model }
            if let channel = target.meter.channel { configuration.channel = channel }
            return instrument(SCPIPowerMeter(configuration: configuration))
        case .otii:
            return instrument(OtiiPowerMeter(configuration: .init(
                host: target.meter.host ?? "127.0.0.1", port: UInt16(target.meter.port ?? 1905), device: target.meter.device,
                digitalInput: (target.meter.digitalInput ?? .i1).rawValue)))
        case .simulated:
            let wire = target.marker.wire ?? wirePath
            let configuration = SimulatedPowerMeter.Configuration(
                sampleRateHz: target.meter.sampleRateHz, idleWatts: target.meter.idleWatts, activeWatts: target.meter.activeWatts,
                noiseWatts: target.meter.noiseWatts, seed: target.meter.seed, wirePath: wire)
            return MeteredEnergy(meter: SimulatedPowerMeter(configuration: configuration), wirePath: wire,
                                 idleBaselineMs: idleMs, subtractBaseline: subtract)
        }
    }

    public func start() async throws {
        try await meter.start()
    }

    public func stop(for result: CaseResult) async throws -> CaseResult.Energy? {
        let trace = try await meter.stop()
        guard result.status == .ok, !result.latenciesNs.isEmpty else { return nil }
        let baselineNs = idleBaselineMs > 0 ? Int64(idleBaselineMs) * 1_000_000 * 8 / 10 : nil
        // A meter whose logic input sees the marker cuts the window on its own clock. Otherwise the window comes
        // from the marker edges' timestamps (CLOCK_MONOTONIC of the board — the meter's clock too when board and
        // controller are one machine, as in the virtual lab; a remote board needs a clock mapping, not done yet).
        let windows: EnergyIntegrator.WindowDefinition
        if meter.info.logicChannel != nil {
            windows = .logic(bit: 0)
        } else {
            var spans: [EnergyIntegrator.Window] = []
            var rise: Int64?
            for edge in result.markerEdges {
                if edge.level { rise = edge.timeNs } else if let begin = rise { spans.append(.init(beginNs: begin, endNs: edge.timeNs)); rise = nil }
            }
            windows = .explicit(spans, source: .softwareTimestamps)
        }
        var integrator = EnergyIntegrator(windowSource: windows, minPulseNs: 0, baselineNs: baselineNs,
                                          subtractBaseline: subtractBaseline && baselineNs != nil)
        integrator.feed(trace)
        let report = integrator.finish()
        guard !report.windows.isEmpty else {
            throw HILBenchError(.io, "the meter saw no marker window (\(trace.timesNs.count) samples); is the marker wired to its logic input?")
        }
        let perInference = report.perInference(iterations: result.latenciesNs.count)
        return CaseResult.Energy(
            windowSource: report.windowSource.rawValue, meter: meter.info.model, windowSeconds: Double(report.totals.durationNs) / 1e9,
            netJoules: report.totals.netEnergyJ, baselineWatts: report.windows.first?.baselineW,
            averageWatts: perInference.averageW, peakWatts: perInference.peakW,
            millijoulesPerInference: perInference.energyPerInferenceMilliJ, inferencesPerJoule: perInference.inferencesPerJoule ?? 0,
            samples: report.totals.sampleCount, flags: report.flags.map(\.rawValue))
    }
}

