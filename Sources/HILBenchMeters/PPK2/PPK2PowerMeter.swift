internal import Foundation
import Synchronization

/// Nordic Power Profiler Kit II over its USB serial port (or any device path speaking the same protocol,
/// such as `PPK2Simulator`'s pseudo-terminal).
///
/// Start: open the port raw → GetMetadata (0x19) and parse the calibration → RegulatorSet (0x0D, source
/// voltage) → SetPowerMode (0x11) → DeviceRunningSet (0x0C 1, optional) → AverageStart (0x06). Samples
/// then stream at 100 kS/s; a reader thread decodes them (`PPK2FrameDecoder`) and hands over evenly spaced
/// chunks with P = I × V and logic byte D0–D7, on the meter's clock (sample index × 10 µs). Stop:
/// AverageStop (0x07).
public final class PPK2PowerMeter: PowerMeter {
    /// How the PPK2 is used.
    public struct Configuration: Sendable, Hashable, Codable {
        /// The serial device, e.g. `/dev/ttyACM0` (the PPK2's data port).
        public var devicePath: String
        /// Source-meter mode (the PPK2 powers the device at `millivolts`) or ampere-meter mode (an external
        /// supply at `millivolts`, which is then only used for P = I × V and the calibration's S term).
        public var sourceMeter: Bool
        public var millivolts: Int
        /// Send DeviceRunningSet(1) after configuring (power the device under test in source mode).
        public var powerDeviceUnderTest: Bool
        /// What D0 is wired to, recorded in `MeterInfo.logicChannel`.
        public var logicWiring: String?
        /// Nothing from the meter for this long while streaming is a failure (`.timeout`).
        public var readTimeoutMs: Int32
        /// How long to wait for the metadata reply.
        public var metadataTimeoutMs: Int32
        /// Skipped bytes (garbage, truncated frames) tolerated in one capture before it fails.
        public var maxDiscardedBytes: Int
        /// Smoothing of the readings right after a range switch, as Nordic's app and ppk2-api apply it (default
        /// `.nordic`, so figures agree with what those tools show for the same samples; the smoothed readings are
        /// the meter settling, not the load), or nil for the raw readings. Recorded in `MeterInfo.model`.
        public var spikeFilter: PPK2SpikeFilter?

        public init(
            devicePath: String = "/dev/ttyACM0", sourceMeter: Bool = true, millivolts: Int = 3_300,
            powerDeviceUnderTest: Bool = true, logicWiring: String? = "D0 ← board marker", readTimeoutMs: Int32 = 500,
            metadataTimeoutMs: Int32 = 2_000, maxDiscardedBytes: Int = 1_024, spikeFilter: PPK2SpikeFilter? = .nordic
        ) {
            self.spikeFilter = spikeFilter
            self.devicePath = devicePath
            self.sourceMeter = sourceMeter
            self.millivolts = millivolts
            self.powerDeviceUnderTest = powerDeviceUnderTest
            self.logicWiring = logicWiring
            self.readTimeoutMs = readTimeoutMs
            self.metadataTimeoutMs = metadataTimeoutMs
            self.maxDiscardedBytes = maxDiscardedBytes
        }
    }

    public static let samplePeriodNs: Int64 = 10_000

    public let configuration: Configuration
    public let info: MeterInfo
    private let session = Mutex<Session?>(nil)

    /// The state of one capture, shared with its reader thread.
    private final class Session: Sendable {
        let port: SerialPort
        let calibration: PPK2Calibration
        let stopRequested = Atomic<Bool>(false)
        let ended = Completion()
        let outcome: Mutex<(summary: CaptureSummary, error: MeterError?)>
        init(port: SerialPort, calibration: PPK2Calibration, summary: CaptureSummary) {
            self.port = port
            self.calibration = calibration
            outcome = Mutex((summary: summary, error: nil))
        }
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
        info = MeterInfo(
            kind: .ppk2, model: "PPK2 (\(configuration.spikeFilter?.description ?? "spike filter off"))",
            sampleRateHz: 100_000,
            logicChannel: configuration.logicWiring.map { "bit 0: \($0)" })
    }

    private var meterName: String { "PPK2" }

    /// Opens the port, asks for the metadata and returns the parsed calibration (also done by every start).
    public func readCalibration() async throws -> PPK2Calibration {
        let port = try SerialPort(path: configuration.devicePath, meter: meterName)
        return try Self.requestMetadata(port, timeoutMs: configuration.metadataTimeoutMs)
    }

    static func requestMetadata(_ port: SerialPort, timeoutMs: Int32) throws(MeterError) -> PPK2Calibration {
        // A stream left running (a crashed host, an earlier capture never stopped) would interleave stale samples
        // with the metadata: stop it and drain until the port has been quiet for 30 ms (at most 1 s).
        try port.write([PPK2Command.averageStop])
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 4_096, alignment: 8)
        defer { scratch.deallocate() }
        let drainDeadline = monotonicNowNs() + 1_000_000_000
        while monotonicNowNs() < drainDeadline, (try? port.read(into: scratch, timeoutMs: 30)) ?? 0 > 0 {}
        try port.write([PPK2Command.getMetadata])
        var text: [UInt8] = []
        let deadline = monotonicNowNs() + Int64(timeoutMs) * 1_000_000
        while true {
            if let end = text.firstRange(of: Array("END".utf8)) {
                let body = String(decoding: text[..<end.upperBound], as: UTF8.self)
                switch PPK2Calibration.parse(metadata: body) {
                case .success(let calibration):
                    // UG is a per-range gain trim around 1 (Nordic's default metadata has UG0…UG4 = 1); a value far
                    // from it is a corrupt or mis-parsed calibration that would scale every current in that range.
                    if let (range, gain) = calibration.ug.enumerated().first(where: {
                        !(0.5...2.0).contains($0.element)
                    }) {
                        throw MeterError(
                            code: .protocolViolation,
                            message: "the calibration's UG\(range) = \(gain) is outside 0.5–2",
                            meter: "PPK2", address: port.path, expected: "UG0…UG4 near 1", received: quoted(body))
                    }
                    return calibration
                case .failure(let failure):
                    throw MeterError(
                        code: .protocolViolation, message: "the metadata reply has a line whose value is not a number",
                        meter: "PPK2", address: port.path, expected: "'Key: number' lines ending in END",
                        received: quoted(failure.line))
                }
            }
            let left = deadline - monotonicNowNs()
            let count =
                left > 0 ? try port.read(into: scratch, timeoutMs: Int32(clamping: max(1, left / 1_000_000))) : 0
            if count == 0 && monotonicNowNs() >= deadline {
                throw MeterError(
                    code: .timeout,
                    message: text.isEmpty
                        ? "no answer to the metadata request (0x19) within \(timeoutMs) ms; is this a PPK2's data port?"
                        : "the metadata reply stopped before END (truncated)",
                    meter: "PPK2", address: port.path, expected: "calibration text ending in END",
                    received: text.isEmpty ? nil : quoted(text))
            }
            text += UnsafeRawBufferPointer(rebasing: scratch[..<count])
            if text.count > 65_536 {
                throw MeterError(
                    code: .protocolViolation, message: "the metadata reply has no END after 64 KiB",
                    meter: "PPK2", address: port.path, expected: "calibration text ending in END",
                    received: quoted(text))
            }
        }
    }

    // MARK: Streaming

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        guard session.withLock({ $0 == nil }) else {
            throw MeterError(
                code: .configuration, message: "the PPK2 is already capturing; stop it first", meter: meterName,
                address: configuration.devicePath)
        }
        let port = try SerialPort(path: configuration.devicePath, meter: meterName)
        let calibration = try Self.requestMetadata(port, timeoutMs: configuration.metadataTimeoutMs)
        try port.write(PPK2Command.setSourceVoltage(millivolts: configuration.millivolts))
        try port.write(PPK2Command.setPowerMode(sourceMeter: configuration.sourceMeter))
        if configuration.powerDeviceUnderTest { try port.write(PPK2Command.deviceRunning(true)) }
        try port.write([PPK2Command.averageStart])
        let current = Session(
            port: port, calibration: calibration,
            summary: CaptureSummary(meter: info, monotonicAtMeterZeroNs: nil))
        session.withLock { $0 = current }
        let configuration = self.configuration
        startThread(name: "PPK2 reader \(configuration.devicePath)") {
            Self.readLoop(current, configuration: configuration, sink: sink)
        }
    }

    public func stopStreaming() async throws -> CaptureSummary {
        guard
            let current = session.withLock({ value -> Session? in
                defer { value = nil }
                return value
            })
        else {
            throw MeterError(
                code: .notStarted, message: "stop called without start", meter: meterName,
                address: configuration.devicePath)
        }
        current.stopRequested.store(true, ordering: .releasing)
        _ = await current.ended.waitAsync(seconds: Double(configuration.readTimeoutMs) / 1000 + 2)
        try? current.port.write([PPK2Command.averageStop])
        current.port.drainInput()
        let (summary, error) = current.outcome.withLock { ($0.summary, $0.error) }
        if let error { throw error }
        return summary
    }

    private static func readLoop(_ session: Session, configuration: Configuration, sink: @Sendable (PowerChunk) -> Void)
    {
        defer { session.ended.signal() }
        var decoder = PPK2FrameDecoder(
            calibration: session.calibration, vddMillivolts: Double(configuration.millivolts),
            periodNs: samplePeriodNs, spikeFilter: configuration.spikeFilter)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 65_536, alignment: 8)
        defer { buffer.deallocate() }
        var lastData = monotonicNowNs()
        var zero: Int64?
        func fail(_ error: MeterError) {
            session.outcome.withLock { $0.error = $0.error ?? error }
        }
        func publish() {
            session.outcome.withLock {
                $0.summary.samples = decoder.samples
                $0.summary.lostSamples = decoder.lostSamples
                $0.summary.gaps = decoder.gaps
                $0.summary.discardedBytes = decoder.discardedBytes
                $0.summary.resynchronizations = decoder.resynchronizations
                $0.summary.monotonicAtMeterZeroNs = zero
            }
        }
        defer { publish() }
        while true {
            // After a stop request, whatever the meter already sent is still read (then the loop ends).
            let stopping = session.stopRequested.load(ordering: .acquiring)
            let count: Int
            do {
                count = try session.port.read(into: buffer, timeoutMs: stopping ? 0 : 20)
            } catch {
                fail(error)
                return
            }
            let now = monotonicNowNs()
            if stopping && count == 0 { break }
            guard count > 0 else {
                if now - lastData > Int64(configuration.readTimeoutMs) * 1_000_000 {
                    fail(
                        MeterError(
                            code: .timeout,
                            message:
                                "the PPK2 stopped sending samples after \(decoder.samples) samples: nothing for \(configuration.readTimeoutMs) ms",
                            meter: "PPK2", address: configuration.devicePath,
                            expected: "a 4-byte sample frame every 10 µs", received: nil))
                    return
                }
                continue
            }
            lastData = now
            // Time 0 of the meter's clock: the first sample arrived at most one read's worth of samples ago.
            if zero == nil { zero = now - Int64(count / 4) * samplePeriodNs }
            decoder.decode(UnsafeRawBufferPointer(rebasing: buffer[..<count])) { run in
                sink(
                    PowerChunk(
                        timing: .uniform(startNs: run.firstIndex * samplePeriodNs, periodNs: samplePeriodNs),
                        watts: Array(run.watts), logic: Array(run.logic)))
            }
            if decoder.discardedBytes > configuration.maxDiscardedBytes {
                fail(
                    MeterError(
                        code: .protocolViolation,
                        message:
                            "the PPK2 stream does not decode: \(decoder.discardedBytes) bytes skipped in \(decoder.resynchronizations) resynchronisations (more than the \(configuration.maxDiscardedBytes) tolerated)",
                        meter: "PPK2", address: configuration.devicePath,
                        expected: "4-byte sample frames with range ≤ 4 and consecutive 6-bit counters",
                        received: quoted(decoder.firstDiscarded)))
                return
            }
        }
        // Stopped by the caller: a meter that had already gone quiet still counts as having stopped answering.
        if monotonicNowNs() - lastData > Int64(configuration.readTimeoutMs) * 1_000_000 {
            fail(
                MeterError(
                    code: .timeout,
                    message:
                        "the PPK2 stopped sending samples after \(decoder.samples) samples: nothing for \(configuration.readTimeoutMs) ms",
                    meter: "PPK2", address: configuration.devicePath, expected: "a 4-byte sample frame every 10 µs",
                    received: nil))
        }
    }

}
