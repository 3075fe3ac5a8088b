import Synchronization

/// What a streaming capture delivered and what the driver noticed on the way.
public struct CaptureSummary: Sendable, Hashable, Codable {
    /// The meter.
    public var meter: MeterInfo
    /// Samples handed to the sink.
    public var samples: Int
    /// Samples the driver knows were lost (PPK2 counter gaps, skipped garbage), and in how many gaps.
    public var lostSamples: Int
    public var gaps: Int
    /// Bytes skipped because they did not decode (garbage, truncated frames), and how often the decoder
    /// had to find the frame boundary again.
    public var discardedBytes: Int
    public var resynchronizations: Int
    /// Host `CLOCK_MONOTONIC` (ns) at the meter's time 0, when the driver knows it (to map host-side
    /// window timestamps onto the meter's clock); nil otherwise.
    public var monotonicAtMeterZeroNs: Int64?

    public init(
        meter: MeterInfo, samples: Int = 0, lostSamples: Int = 0, gaps: Int = 0, discardedBytes: Int = 0,
        resynchronizations: Int = 0, monotonicAtMeterZeroNs: Int64? = nil
    ) {
        self.meter = meter
        self.samples = samples
        self.lostSamples = lostSamples
        self.gaps = gaps
        self.discardedBytes = discardedBytes
        self.resynchronizations = resynchronizations
        self.monotonicAtMeterZeroNs = monotonicAtMeterZeroNs
    }
}

/// A running capture that integrates energy as samples arrive (constant memory for any length).
///
/// With an `EnergyIntegrator` the windows are known while the samples stream (the meter's logic input, or
/// windows given in advance); with an `EnergyLedger` they are given when the capture stops (GPIO capture,
/// software timestamps) and integrated from its cumulative-energy checkpoints.
///
/// ```swift
/// let capture = try await EnergyCapture.start(meter: ppk2, integrator: EnergyIntegrator(windowSource: .logic(bit: 0)))
/// … run the case …
/// let result = try await capture.finish()      // result.report.perInference(iterations:)
/// ```
public final class EnergyCapture: Sendable {
    /// The report and what the meter delivered.
    public struct Result: Sendable {
        public var report: EnergyReport
        public var summary: CaptureSummary
    }

    private let meter: any PowerMeter
    // Two optionals rather than one enum: the sink mutates the one in use in place (no copy per chunk).
    private let integrator: Mutex<EnergyIntegrator?>
    private let ledger: Mutex<EnergyLedger?>

    private init(meter: any PowerMeter, integrator: EnergyIntegrator?, ledger: EnergyLedger?) {
        self.meter = meter
        self.integrator = Mutex(integrator)
        self.ledger = Mutex(ledger)
    }

    /// Starts `meter` streaming into `integrator`.
    public static func start(meter: any PowerMeter, integrator: EnergyIntegrator) async throws -> EnergyCapture {
        let capture = EnergyCapture(meter: meter, integrator: integrator, ledger: nil)
        try await meter.startStreaming { [capture] chunk in
            capture.integrator.withLock { $0?.feed(chunk) }
        }
        return capture
    }

    /// Starts `meter` streaming into `ledger`: the windows are given to `report(windows:…)` after `stop()`.
    public static func start(meter: any PowerMeter, ledger: EnergyLedger) async throws -> EnergyCapture {
        let capture = EnergyCapture(meter: meter, integrator: nil, ledger: ledger)
        try await meter.startStreaming { [capture] chunk in
            capture.ledger.withLock { $0?.feed(chunk) }
        }
        return capture
    }

    /// Whether the windows are given at the end (a ledger) rather than found while streaming.
    public var windowsGivenAtEnd: Bool { ledger.withLock { $0 != nil } }

    /// Stops the meter; every chunk it delivered has been taken in when this returns.
    /// - Throws: the meter's error when the capture failed.
    public func stop() async throws -> CaptureSummary {
        try await meter.stopStreaming()
    }

    /// The integrator's report over everything delivered (an empty report for a ledger capture).
    public func report() -> EnergyReport {
        if let report = integrator.withLock({ $0?.finish() }) { return report }
        return report(windows: [], source: .softwareTimestamps)
    }

    /// The report for windows known only now, from the ledger (for an integrator capture: its own report).
    public func report(
        windows: [EnergyIntegrator.Window], source: WindowSource, baselineNs: Int64? = nil,
        subtractBaseline: Bool = false, baselinePlacement: EnergyIntegrator.BaselinePlacement = .beforeEachWindow
    ) -> EnergyReport {
        if let report = integrator.withLock({ $0?.finish() }) { return report }
        return ledger.withLock { ledger in
            var working = ledger ?? EnergyLedger()
            ledger = nil  // moved out: no copy of the marks
            defer { ledger = working }
            return working.report(
                windows: windows, source: source, baselineNs: baselineNs, subtractBaseline: subtractBaseline,
                baselinePlacement: baselinePlacement)
        }
    }

    /// Stops the meter and returns the integrator's report over everything it delivered.
    /// - Throws: the meter's error when the capture failed.
    public func finish() async throws -> Result {
        let summary = try await stop()
        return Result(report: report(), summary: summary)
    }
}
