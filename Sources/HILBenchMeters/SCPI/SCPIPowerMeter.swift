internal import Foundation
import Synchronization

/// A SCPI DC power analyzer or supply over a raw TCP socket (Keysight N6705-style; port 5025 by default).
///
/// * `*IDN?` must name the configured manufacturer and model, else `.wrongInstrument` naming both.
/// * **Data logging** (`.dataLog`): the external data logger (ELOG) streams current and voltage averages
///   per integration period. `SYST:CHAN:MOD? (@ch)` names the module: one with a single measurement converter
///   (N673xB, N674xB, N675xA, N677xA) logs current only and its voltage is read once with `MEAS:VOLT?` before the
///   log (recorded in `info.model`); N676xA/N678xA log both. Then `SENS:ELOG:FUNC:CURR|VOLT`, the current range
///   (`SENS:ELOG:CURR:RANG:AUTO ON` or `SENS:ELOG:CURR:RANG <A>`) when configured, `SENS:ELOG:PER <s>` with the
///   period already on the instrument's grid (`SCPIElogGrid`) and read back with `SENS:ELOG:PER?`,
///   `FORM REAL` + `FORM:BORD NORM` (or ASCII), `TRIG:ELOG:SOUR BUS`, `SYST:ERR?`, `INIT:ELOG`, then
///   `STAT:OPER:COND?` polled until the logger waits for its trigger (bit 3) before `TRIG:ELOG`; then
///   `FETC:ELOG? <n>,(@ch)` polled by a reader thread, `ABOR:ELOG` at stop. Record `k` is placed at the middle of
///   the period in force: `trigger + (k + ½) × period` on the host's `CLOCK_MONOTONIC` (the instrument has no
///   clock the host can read).
/// * **Polling** (`.polling`): `MEAS:CURR? (@ch)` and `MEAS:VOLT? (@ch)` at a fixed period; each sample is
///   stamped with the host time halfway through the two queries.
///
/// The instrument has no logic input: windows come from the controller's GPIO capture of the marker or
/// from software timestamps (`EnergyIntegrator(windowSource: .explicit(windows, source: .gpioCapture))`),
/// both on `CLOCK_MONOTONIC`, which is this meter's clock.
public final class SCPIPowerMeter: PowerMeter {
    /// How samples are acquired.
    public enum Mode: Sendable, Hashable, Codable {
        /// ELOG records of `periodSeconds` (N6705: ≥ 102.4 µs per logged parameter).
        case dataLog(periodSeconds: Double)
        /// One `MEAS:CURR?` + `MEAS:VOLT?` pair every `periodSeconds`.
        case polling(periodSeconds: Double)
    }

    public struct Configuration: Sendable, Hashable, Codable {
        public var host: String
        public var port: UInt16
        /// What `*IDN?` must report: the manufacturer field (case-insensitive) and a model prefix.
        public var expectedManufacturer: String
        public var expectedModel: String
        /// Output channel, as in `(@1)`.
        public var channel: Int
        public var mode: Mode
        /// Binary (`FORM REAL`, big-endian float32 blocks) or ASCII data-log transfers.
        public var binaryTransfer: Bool
        /// Time allowed for each reply.
        public var timeoutMs: Int32
        /// How often the data log is fetched.
        public var fetchIntervalMs: Int
        /// Records asked for per fetch.
        public var maxRecordsPerFetch: Int
        /// The data logger's current range; nil leaves the instrument's setting.
        public var currentRange: CurrentRange?

        public init(
            host: String, port: UInt16 = 5025, expectedManufacturer: String = "Keysight Technologies",
            expectedModel: String = "N6705", channel: Int = 1, mode: Mode = .dataLog(periodSeconds: 0.001),
            binaryTransfer: Bool = true, timeoutMs: Int32 = 2_000, fetchIntervalMs: Int = 20,
            maxRecordsPerFetch: Int = 10_000,
            currentRange: CurrentRange? = nil
        ) {
            self.currentRange = currentRange
            self.host = host
            self.port = port
            self.expectedManufacturer = expectedManufacturer
            self.expectedModel = expectedModel
            self.channel = channel
            self.mode = mode
            self.binaryTransfer = binaryTransfer
            self.timeoutMs = timeoutMs
            self.fetchIntervalMs = fetchIntervalMs
            self.maxRecordsPerFetch = maxRecordsPerFetch
        }
    }

    /// The data logger's current measurement range.
    public enum CurrentRange: Sendable, Hashable, Codable {
        /// Seamless auto-ranging (`SENS:ELOG:CURR:RANG:AUTO ON`; N6781A/N6782A/N6785A/N6786A).
        case auto
        /// The smallest range that holds `amps` (`SENS:ELOG:CURR:RANG <amps>`).
        case fixed(amps: Double)
    }

    public let configuration: Configuration
    /// What the meter is; after a data-log start, `model` also says the module, the period in force and, for a
    /// one-converter module, where the voltage came from.
    public var info: MeterInfo { currentInfo.withLock { $0 } }
    private let currentInfo: Mutex<MeterInfo>
    private let session = Mutex<Session?>(nil)
    private let meterName: String

    private final class Session: Sendable {
        let connection: TCPConnection
        let stopRequested = Atomic<Bool>(false)
        let ended = Completion()
        let outcome: Mutex<(summary: CaptureSummary, error: MeterError?)>
        let identity: String
        init(connection: TCPConnection, identity: String, summary: CaptureSummary) {
            self.connection = connection
            self.identity = identity
            outcome = Mutex((summary: summary, error: nil))
        }
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
        meterName = "SCPI \(configuration.expectedManufacturer) \(configuration.expectedModel)"
        let rate: Double
        switch configuration.mode {
        case .dataLog(let period), .polling(let period): rate = period > 0 ? 1 / period : 0
        }
        currentInfo = Mutex(
            MeterInfo(
                kind: .scpi,
                model:
                    "\(configuration.expectedManufacturer) \(configuration.expectedModel) ch \(configuration.channel)",
                sampleRateHz: rate, logicChannel: nil))
    }

    private var channelList: String { "(@\(configuration.channel))" }

    private func query(_ connection: TCPConnection, _ command: String, what: String) throws(MeterError) -> String {
        try connection.send(command + "\n")
        let line = try connection.readLine(timeoutMs: configuration.timeoutMs, what: what)
        return String(decoding: line, as: UTF8.self)
    }

    private func checkIdentity(_ connection: TCPConnection) throws(MeterError) -> String {
        let identity = try query(
            connection, "*IDN?", what: "an *IDN? reply '<manufacturer>,<model>,<serial>,<firmware>'")
        let fields = identity.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimming(" \t\"") }
        let expected = "manufacturer '\(configuration.expectedManufacturer)' model '\(configuration.expectedModel)…'"
        guard fields.count >= 2,
            fields[0].lowercased() == configuration.expectedManufacturer.lowercased(),
            fields[1].lowercased().hasPrefix(configuration.expectedModel.lowercased())
        else {
            throw MeterError(
                code: .wrongInstrument,
                message:
                    "the instrument is not the one configured: expected \(expected), *IDN? answered \(quoted(identity)); check the address or the meter's expectedManufacturer/expectedModel",
                meter: meterName, address: connection.address, expected: expected, received: quoted(identity))
        }
        return identity
    }

    /// `SYST:ERR?` must answer `+0,"No error"` (or `0,…`) after configuration.
    private func checkErrorQueue(_ connection: TCPConnection, after step: String) throws(MeterError) {
        let reply = try query(connection, "SYST:ERR?", what: "a SYST:ERR? reply '<code>,\"<text>\"'")
        let code = reply.split(separator: ",").first.map { $0.trimming(" +") }
        guard let code, let number = Int(code) else {
            throw MeterError(
                code: .protocolViolation, message: "SYST:ERR? did not answer '<code>,\"<text>\"'", meter: meterName,
                address: connection.address, expected: "'+0,\"No error\"'", received: quoted(reply))
        }
        guard number == 0 else {
            throw MeterError(
                code: .instrumentError, message: "the instrument rejected \(step): \(reply)", meter: meterName,
                address: connection.address, expected: "'+0,\"No error\"'", received: quoted(reply))
        }
    }

    // MARK: Streaming

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        guard session.withLock({ $0 == nil }) else {
            throw MeterError(
                code: .configuration, message: "already capturing; stop first", meter: meterName,
                address: "\(configuration.host):\(configuration.port)")
        }
        let period: Double
        switch configuration.mode {
        case .dataLog(let seconds), .polling(let seconds): period = seconds
        }
        guard period > 0, period.isFinite else {
            throw MeterError(
                code: .configuration, message: "the period must be a positive number of seconds, got \(period)",
                meter: meterName, address: "\(configuration.host):\(configuration.port)")
        }
        let connection = try TCPConnection(
            host: configuration.host, port: configuration.port, timeoutMs: configuration.timeoutMs,
            meter: meterName)
        let identity = try checkIdentity(connection)
        try connection.send("*CLS\n")
        var started: DataLog?
        if case .dataLog(let seconds) = configuration.mode {
            started = try startDataLog(connection, requestedSeconds: seconds)
        }
        let log = started
        let current = Session(
            connection: connection, identity: identity,
            summary: CaptureSummary(meter: info, monotonicAtMeterZeroNs: 0))
        session.withLock { $0 = current }
        let configuration = self.configuration
        let name = meterName
        startThread(name: "SCPI reader \(connection.address)") {
            defer { current.ended.signal() }
            do throws(MeterError) {
                if let log {
                    try Self.dataLogLoop(current, configuration: configuration, meter: name, log: log, sink: sink)
                } else {
                    try Self.pollingLoop(
                        current, configuration: configuration, meter: name, periodSeconds: period, sink: sink)
                }
            } catch {
                current.outcome.withLock { $0.error = $0.error ?? error }
            }
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
                address: "\(configuration.host):\(configuration.port)")
        }
        current.stopRequested.store(true, ordering: .releasing)
        _ = await current.ended.waitAsync(seconds: Double(configuration.timeoutMs) / 1000 * 2 + 1)
        let (summary, error) = current.outcome.withLock { ($0.summary, $0.error) }
        if let error { throw error }
        if case .dataLog = configuration.mode {
            try current.connection.send("ABOR:ELOG \(channelList)\n")
            try checkErrorQueue(current.connection, after: "the data-log run")
        }
        return summary
    }

    /// A running data log: the trigger instant, the period in force and, for a one-converter module, the voltage
    /// read before the log.
    struct DataLog: Sendable {
        var zeroNs: Int64
        var periodSeconds: Double
        var fixedVolts: Double?
    }

    /// Configures, arms and triggers the external data logger.
    private func startDataLog(_ connection: TCPConnection, requestedSeconds: Double) throws(MeterError) -> DataLog {
        let ch = channelList
        let module = try query(connection, "SYST:CHAN:MOD? \(ch)", what: "the module's model (SYST:CHAN:MOD?)")
            .trimming(" \"")
        var fixedVolts: Double?
        if SCPIElogGrid.measurementConverters(module: module) == 1 {
            let reply = try query(connection, "MEAS:VOLT? \(ch)", what: "a MEAS:VOLT? reply (one number)")
            let values = try Self.parseNumbers(
                Array(reply.utf8), connection: connection, meter: meterName, what: "one number (V)")
            guard values.count == 1 else {
                throw MeterError(
                    code: .protocolViolation, message: "MEAS:VOLT? did not return one number", meter: meterName,
                    address: connection.address, expected: "one number (V)", received: quoted(reply))
            }
            fixedVolts = values[0]
        }
        let asked = SCPIElogGrid.periodInForce(requestedSeconds, parameters: fixedVolts == nil ? 2 : 1)
        var commands = [
            "SENS:ELOG:FUNC:CURR ON,\(ch)", "SENS:ELOG:FUNC:VOLT \(fixedVolts == nil ? "ON" : "OFF"),\(ch)",
            "SENS:ELOG:FUNC:CURR:MINM OFF,\(ch)", "SENS:ELOG:FUNC:VOLT:MINM OFF,\(ch)",
        ]
        switch configuration.currentRange {
        case .auto: commands.append("SENS:ELOG:CURR:RANG:AUTO ON,\(ch)")
        case .fixed(let amps): commands.append("SENS:ELOG:CURR:RANG \(amps),\(ch)")
        case nil: break
        }
        commands += [
            "SENS:ELOG:PER \(String(format: "%.8g", asked)),\(ch)",
            configuration.binaryTransfer ? "FORM REAL" : "FORM ASC",
            "FORM:BORD NORM", "TRIG:ELOG:SOUR BUS,\(ch)",
        ]
        for command in commands { try connection.send(command + "\n") }
        let periodReply = try query(connection, "SENS:ELOG:PER? \(ch)", what: "the period in force (SENS:ELOG:PER?)")
        guard let inForce = Double(periodReply.trimming(" +")), inForce > 0 else {
            throw MeterError(
                code: .protocolViolation, message: "SENS:ELOG:PER? did not return a period", meter: meterName,
                address: connection.address, expected: "a positive number of seconds", received: quoted(periodReply))
        }
        try checkErrorQueue(connection, after: "the data-log configuration")
        try connection.send("INIT:ELOG \(ch)\n")
        // A trigger sent before the logger is armed is ignored (-211): wait for "waiting for a measurement trigger".
        let deadline = monotonicNowNs() + Int64(configuration.timeoutMs) * 1_000_000
        while true {
            let reply = try query(connection, "STAT:OPER:COND? \(ch)", what: "a STAT:OPER:COND? reply (an integer)")
            guard let condition = Int(reply.trimming(" +")) else {
                throw MeterError(
                    code: .protocolViolation, message: "STAT:OPER:COND? did not return an integer", meter: meterName,
                    address: connection.address, expected: "an integer register value", received: quoted(reply))
            }
            if condition & 8 != 0 { break }
            guard monotonicNowNs() < deadline else {
                try checkErrorQueue(connection, after: "INIT:ELOG")
                throw MeterError(
                    code: .timeout, message: "the data logger did not arm after INIT:ELOG", meter: meterName,
                    address: connection.address, expected: "STAT:OPER:COND? with bit 3 (waiting for trigger)",
                    received: quoted(reply))
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
        try connection.send("TRIG:ELOG \(ch)\n")
        let zero = monotonicNowNs()
        var described =
            "\(configuration.expectedManufacturer) \(configuration.expectedModel) ch \(configuration.channel) \(module)"
        described += String(format: ", ELOG period %.5f ms", inForce * 1e3)
        if abs(inForce - requestedSeconds) > 1e-9 {
            described += String(format: " (asked %.5f ms)", requestedSeconds * 1e3)
        }
        if let fixedVolts {
            described += String(
                format: ", current only (one converter); voltage %.4f V from MEAS:VOLT? before the log", fixedVolts)
        }
        currentInfo.withLock {
            $0.model = described
            $0.sampleRateHz = 1 / inForce
        }
        return DataLog(zeroNs: zero, periodSeconds: inForce, fixedVolts: fixedVolts)
    }

    private static func dataLogLoop(
        _ session: Session, configuration: Configuration, meter: String, log: DataLog,
        sink: @Sendable (PowerChunk) -> Void
    ) throws(MeterError) {
        let connection = session.connection
        let zeroNs = log.zeroNs
        let perRecord = log.fixedVolts == nil ? 2 : 1
        let periodNs = log.periodSeconds * 1e9
        var records: Int64 = 0
        var finalFetch = false
        while true {
            if session.stopRequested.load(ordering: .acquiring) { finalFetch = true }
            try connection.send("FETC:ELOG? \(configuration.maxRecordsPerFetch),(@\(configuration.channel))\n")
            let values = try readFloats(connection, configuration: configuration, meter: meter)
            guard values.count % perRecord == 0 else {
                throw MeterError(
                    code: .protocolViolation,
                    message: "a data-log fetch returned \(values.count) values, not pairs of current and voltage",
                    meter: meter, address: connection.address, expected: "an even number of values (I, V per record)",
                    received: "\(values.count) values")
            }
            if !values.isEmpty {
                var watts = [Float]()
                watts.reserveCapacity(values.count / perRecord)
                for k in stride(from: 0, to: values.count, by: perRecord) {
                    watts.append(Float(values[k] * (log.fixedVolts ?? values[k + 1])))
                }
                // The period in force is not a whole number of ns (1.00352 ms): place each chunk from the exact
                // record index so no rounding accumulates over a long log.
                let startNs = zeroNs + Int64(((Double(records) + 0.5) * periodNs).rounded())
                sink(PowerChunk(timing: .uniform(startNs: startNs, periodNs: Int64(periodNs.rounded())), watts: watts))
                records += Int64(watts.count)
                session.outcome.withLock { $0.summary.samples = Int(records) }
            }
            if finalFetch { return }
            Thread.sleep(forTimeInterval: Double(configuration.fetchIntervalMs) / 1000)
        }
    }

    /// One data-log reply: a definite-length block of big-endian float32 (`#<n><len><bytes>`) or ASCII values.
    private static func readFloats(
        _ connection: TCPConnection, configuration: Configuration, meter: String
    ) throws(MeterError) -> [Double] {
        let first = try connection.readExact(1, timeoutMs: configuration.timeoutMs, what: "a data-log reply")
        if first == [UInt8(ascii: "#")] {
            let digitsByte = try connection.readExact(
                1, timeoutMs: configuration.timeoutMs, what: "a block header '#<n><length>'")
            guard let digits = Int(String(decoding: digitsByte, as: UTF8.self)), digits > 0 else {
                throw MeterError(
                    code: .protocolViolation, message: "a binary block header is malformed", meter: meter,
                    address: connection.address, expected: "'#<n><length>' with n = 1…9",
                    received: quoted([0x23] + digitsByte))
            }
            let lengthBytes = try connection.readExact(
                digits, timeoutMs: configuration.timeoutMs, what: "a block length of \(digits) digits")
            guard let length = Int(String(decoding: lengthBytes, as: UTF8.self)), length % 4 == 0 else {
                throw MeterError(
                    code: .protocolViolation, message: "a binary block length is not a multiple of 4 bytes",
                    meter: meter,
                    address: connection.address, expected: "a length in float32 values", received: quoted(lengthBytes))
            }
            let payload = try connection.readExact(
                length, timeoutMs: configuration.timeoutMs, what: "a block of \(length) bytes")
            _ = try connection.readLine(timeoutMs: configuration.timeoutMs, what: "the newline after a block")
            var values: [Double] = []
            values.reserveCapacity(length / 4)
            payload.withUnsafeBytes { raw in
                for k in 0..<(length / 4) {
                    values.append(
                        Double(
                            Float(
                                bitPattern: UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self))
                            )))
                }
            }
            return values
        }
        if first == [0x0A] { return [] }  // no records yet
        let rest = try connection.readLine(timeoutMs: configuration.timeoutMs, what: "a data-log reply")
        let line = first + rest
        return try parseNumbers(
            line, connection: connection, meter: meter, what: "comma-separated numbers or a '#' block")
    }

    private static func parseNumbers(
        _ line: [UInt8], connection: TCPConnection, meter: String, what: String
    ) throws(MeterError) -> [Double] {
        let text = String(decoding: line, as: UTF8.self).trimming(" \r\n")
        if text.isEmpty { return [] }
        var values: [Double] = []
        for field in text.split(separator: ",") {
            guard let value = Double(field.trimming(" ")) else {
                throw MeterError(
                    code: .protocolViolation, message: "the reply is not a list of numbers", meter: meter,
                    address: connection.address, expected: what, received: quoted(line))
            }
            values.append(value)
        }
        return values
    }

    private static func pollingLoop(
        _ session: Session, configuration: Configuration, meter: String, periodSeconds: Double,
        sink: @Sendable (PowerChunk) -> Void
    ) throws(MeterError) {
        let connection = session.connection
        let periodNs = Int64((periodSeconds * 1e9).rounded())
        var next = monotonicNowNs()
        var samples = 0
        while !session.stopRequested.load(ordering: .acquiring) {
            let before = monotonicNowNs()
            try connection.send("MEAS:CURR? (@\(configuration.channel))\n")
            let current = try parseNumbers(
                try connection.readLine(timeoutMs: configuration.timeoutMs, what: "a MEAS:CURR? reply (one number)"),
                connection: connection, meter: meter, what: "one number (A)")
            try connection.send("MEAS:VOLT? (@\(configuration.channel))\n")
            let voltage = try parseNumbers(
                try connection.readLine(timeoutMs: configuration.timeoutMs, what: "a MEAS:VOLT? reply (one number)"),
                connection: connection, meter: meter, what: "one number (V)")
            let after = monotonicNowNs()
            guard current.count == 1, voltage.count == 1 else {
                throw MeterError(
                    code: .protocolViolation, message: "a measurement query did not return exactly one number",
                    meter: meter,
                    address: connection.address, expected: "one number per query",
                    received: "\(current.count) and \(voltage.count) numbers")
            }
            sink(
                PowerChunk(timing: .explicit([before + (after - before) / 2]), watts: [Float(current[0] * voltage[0])]))
            samples += 1
            session.outcome.withLock { $0.summary.samples = samples }
            next += periodNs
            let wait = next - monotonicNowNs()
            if wait > 0 { Thread.sleep(forTimeInterval: Double(wait) / 1e9) } else { next = monotonicNowNs() }
        }
    }

}
