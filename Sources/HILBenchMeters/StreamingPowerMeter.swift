import Synchronization

/// A meter that hands over samples while it measures. `EnergyCapture` can feed each chunk to an
/// `EnergyIntegrator` and drop it, so a capture of any length needs no memory for samples — but the controller
/// does not use it yet: it measures every case through `PowerMeter.start()/stop()`, which collects the chunks into
/// one `PowerTrace` (fine for the cases run today; memory grows with the capture).
public protocol StreamingPowerMeter: PowerMeter {
    /// Starts acquiring. `sink` receives every chunk in time order, on the meter's reader thread; it must
    /// return quickly and must not call back into the meter.
    /// - Throws: `MeterError` when the instrument cannot be opened, identified or started.
    func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws
    /// Stops acquiring and returns once the last chunk has been handed over.
    /// - Throws: `MeterError` for what ended the capture early (the meter stopped answering, sent garbage
    ///   beyond the tolerance, …) or went wrong while stopping. Chunks delivered before stay valid.
    func stopStreaming() async throws -> CaptureSummary
}

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

    private let meter: any StreamingPowerMeter
    private let integrator: Mutex<EnergyIntegrator>

    private init(meter: any StreamingPowerMeter, integrator: EnergyIntegrator) {
        self.meter = meter
        self.integrator = Mutex(integrator)
    }

    /// Starts `meter` streaming into `integrator`.
    public static func start(meter: any StreamingPowerMeter, integrator: EnergyIntegrator) async throws -> EnergyCapture
    {
        let capture = EnergyCapture(meter: meter, integrator: integrator)
        try await meter.startStreaming { [capture] chunk in
            capture.integrator.withLock { $0.feed(chunk) }
        }
        return capture
    }

    /// Stops the meter and returns the report over everything it delivered.
    /// - Throws: the meter's error when the capture failed.
    public func finish() async throws -> Result {
        let summary = try await meter.stopStreaming()
        let report = integrator.withLock { $0.finish() }
        return Result(report: report, summary: summary)
    }
}

/// Collects streamed chunks into one trace (the `PowerMeter.stop()` of streaming meters).
final class TraceCollector: Sendable {
    private let trace = Mutex(PowerTrace())

    func add(_ chunk: PowerChunk) {
        trace.withLock { $0.append(chunk) }
    }

    func take() -> PowerTrace {
        trace.withLock { value in
            defer { value = PowerTrace() }
            return value
        }
    }

    /// `PowerMeter.start()` of a streaming meter: a fresh trace, filled as the meter's chunks arrive.
    func start(_ meter: some StreamingPowerMeter) async throws {
        _ = take()
        try await meter.startStreaming { [self] chunk in add(chunk) }
    }

    /// `PowerMeter.stop()` of a streaming meter: every sample since `start`.
    func stop(_ meter: some StreamingPowerMeter) async throws -> PowerTrace {
        _ = try await meter.stopStreaming()
        return take()
    }
}
