public import HILBenchMeters
import Synchronization

/// Collects every chunk a meter streams into one `PowerTrace`, for tests that look at each sample. The drivers a user
/// runs keep no trace (the controller streams into an integrator or a ledger); this is the test-side collector.
///
/// ```swift
/// let recording = try await TraceRecorder.start(meter)
/// … the capture …
/// let trace = try await recording.stop()
/// ```
public final class TraceRecorder: Sendable {
    private let meter: any PowerMeter
    private let trace = Mutex(PowerTrace())

    private init(_ meter: any PowerMeter) { self.meter = meter }

    /// Starts `meter` streaming into a fresh trace.
    /// - Throws: the meter's error when it cannot start.
    public static func start(_ meter: any PowerMeter) async throws -> TraceRecorder {
        let recorder = TraceRecorder(meter)
        try await meter.startStreaming { [recorder] chunk in recorder.trace.withLock { $0.append(chunk) } }
        return recorder
    }

    /// Samples received so far.
    public var sampleCount: Int { trace.withLock { $0.count } }

    /// Stops the meter and returns every sample since `start`.
    /// - Throws: the meter's error when the capture failed.
    public func stop() async throws -> PowerTrace {
        _ = try await meter.stopStreaming()
        return trace.withLock { $0 }
    }
}
