import Synchronization

/// An on-board sensor (hwmon rail, RAPL zone) sampled into an `EnergyLedger` on a thread, started and stopped from a
/// blocking caller: the agent's case loop, which samples the board's own sensor on the board's own clock.
///
/// Memory is bounded by the ledger's capacity (default 4096 marks, thinned beyond: one mark per sample for the first
/// 41 s at 10 ms).
public final class SensorRecording: Sendable {
    /// The sensor as its meter names it.
    public let info: MeterInfo
    /// How often the sensor itself updates (ms), and where that figure comes from; nil when not known.
    public let updateIntervalMs: Double?
    public let updateIntervalSource: String?
    private let ledger: Mutex<EnergyLedger?>
    private let poller: Mutex<PollingSampler?> = Mutex(nil)

    /// RAPL's counters update about every millisecond (Intel SDM vol. 3B, RAPL interfaces; powercap does not say).
    public static let raplUpdateIntervalMs = 1.0

    private init(
        info: MeterInfo, updateIntervalMs: Double?, source: String?, capacity: Int, periodMs: Double, counter: Bool
    ) {
        self.info = info
        self.updateIntervalMs = updateIntervalMs
        updateIntervalSource = source
        // A late read of a cumulative counter loses nothing; a late read of an instantaneous sensor loses what it
        // did not see (flagged as lost samples).
        ledger = Mutex(
            EnergyLedger(expectedPeriodNs: Int64(periodMs * 1e6), capacity: capacity, detectGaps: !counter))
    }

    /// Starts sampling a hwmon rail.
    /// - Throws: `MeterError` when the chip or rail is not there or its files cannot be read (naming the file).
    public static func start(
        hwmon configuration: HwmonPowerMeter.Configuration, capacity: Int = 4096
    ) throws(MeterError) -> SensorRecording {
        let meter = HwmonPowerMeter(configuration: configuration)
        let channel = try meter.locate()
        let interval = meter.updateInterval(of: channel)
        let recording = SensorRecording(
            info: meter.info, updateIntervalMs: interval?.milliseconds, source: interval?.file, capacity: capacity,
            periodMs: configuration.periodMs, counter: false)
        let poller = try meter.startPolling(channel) { [recording] chunk in recording.take(chunk) }
        recording.poller.withLock { $0 = poller }
        return recording
    }

    /// Starts sampling a RAPL zone.
    /// - Throws: `MeterError` when the zone is not there or its counter cannot be read (naming the file).
    public static func start(
        rapl configuration: RAPLPowerMeter.Configuration, capacity: Int = 4096
    ) throws(MeterError) -> SensorRecording {
        let meter = RAPLPowerMeter(configuration: configuration)
        let directory = try meter.locate()
        let recording = SensorRecording(
            info: meter.info, updateIntervalMs: raplUpdateIntervalMs,
            source: "documented (Intel SDM: RAPL energy status updates about every 1 ms)", capacity: capacity,
            periodMs: configuration.periodMs, counter: true)
        let poller = try meter.startPolling(directory) { [recording] chunk in recording.take(chunk) }
        recording.poller.withLock { $0 = poller }
        return recording
    }

    private func take(_ chunk: PowerChunk) {
        ledger.withLock { $0?.feed(chunk) }
    }

    /// Stops sampling (waiting for the thread) and returns the ledger's checkpoints and the error that ended sampling
    /// early, if any (the checkpoints before it stay valid).
    public func stop() -> (checkpoints: EnergyLedger.Checkpoints, error: MeterError?) {
        let outcome = poller.withLock { $0 }?.stopWaiting()
        let checkpoints = ledger.withLock { ledger in
            var working = ledger ?? EnergyLedger()
            ledger = nil  // moved out: no copy of the marks
            return working.checkpoints()
        }
        return (checkpoints, outcome?.error)
    }
}
