internal import Foundation
import Synchronization

/// A Qoitech Otii Arc/Ace through the Otii TCP server (port 1905 by default), JSON messages (`OtiiJSON`).
///
/// Start: read the `information` message → `otii_get_devices` (pick the device whose name or id matches, or
/// the first) → `arc_enable_channel` for `mc` (main current), `mv` (main voltage) and the digital input
/// (`i1`) → `otii_get_active_project` (or `otii_create_project`) → `project_start_recording`.
/// Stop: `project_stop_recording` → `project_get_last_recording` → for each channel
/// `recording_get_channel_data_count` and `recording_get_channel_data` in chunks of 40 000 values; the
/// chunks are handed over as they come (the recording itself stays in Otii). P = mc × mv per sample;
/// the digital input comes as transitions and becomes logic bit 0 per sample. Clock: seconds since the
/// recording started, as Otii reports them.
///
/// Not done here: Otii 3's login and Automation-license reservation (`otii_login`, `otii_reserve_license`),
/// which the server needs before it accepts commands; do them with Qoitech's tools first.
public final class OtiiPowerMeter: StreamingPowerMeter {
    public struct Configuration: Sendable, Hashable, Codable {
        public var host: String
        public var port: UInt16
        /// Device name or id to use; nil takes the first device.
        public var device: String?
        /// The digital input wired to the marker (`i1` or `i2`), or nil for none.
        public var digitalInput: String?
        /// Voltage for P when `mv` is not recorded (V); nil requires `mv`.
        public var fallbackVolts: Double?
        public var timeoutMs: Int32
        /// Values per `recording_get_channel_data` request.
        public var chunkValues: Int

        public init(host: String = "127.0.0.1", port: UInt16 = 1905, device: String? = nil, digitalInput: String? = "i1",
                    fallbackVolts: Double? = nil, timeoutMs: Int32 = 3_000, chunkValues: Int = 40_000) {
            self.host = host
            self.port = port
            self.device = device
            self.digitalInput = digitalInput
            self.fallbackVolts = fallbackVolts
            self.timeoutMs = timeoutMs
            self.chunkValues = chunkValues
        }
    }

    public let configuration: Configuration
    public let info: MeterInfo
    private let session = Mutex<Session?>(nil)
    private let collector = TraceCollector()

    private final class Session: @unchecked Sendable {  // used by one task at a time: start, then stop
        let connection: TCPConnection
        let deviceId: String
        let projectId: Int
        var nextTransaction = 0
        let startedNs: Int64
        init(connection: TCPConnection, deviceId: String, projectId: Int, nextTransaction: Int, startedNs: Int64) {
            self.connection = connection
            self.deviceId = deviceId
            self.projectId = projectId
            self.nextTransaction = nextTransaction
            self.startedNs = startedNs
        }
    }

    public init(configuration: Configuration) {
        self.configuration = configuration
        info = MeterInfo(kind: .otii, model: "Otii \(configuration.device ?? "(first device)")", sampleRateHz: 0,
                         logicChannel: configuration.digitalInput.map { "bit 0: Otii digital input \($0)" })
    }

    private let meterName = "Otii"
    private var address: String { "\(configuration.host):\(configuration.port)" }

    /// Sends a request and returns the `data` of its response.
    private func request(_ connection: TCPConnection, _ transaction: inout Int, _ command: String,
                         _ data: [String: Any] = [:]) throws(MeterError) -> [String: Any] {
        transaction += 1
        let id = String(transaction)
        try connection.send(OtiiJSON.encode(["type": "request", "cmd": command, "trans_id": id, "data": data]))
        while true {
            let line = try connection.readLine(timeoutMs: configuration.timeoutMs, what: "a JSON response to \(command)")
            guard let message = OtiiJSON.decode(line), let type = message["type"] as? String else {
                throw MeterError(code: .protocolViolation, message: "the Otii server sent something that is not a JSON message",
                                 meter: meterName, address: connection.address,
                                 expected: "one JSON object per line answering \(command)", received: quoted(line))
            }
            if type == "progress" || type == "information" { continue }
            if type == "error" {
                let code = message["errorcode"] as? String ?? "?"
                let detail = (message["data"] as? [String: Any])?["message"] as? String
                throw MeterError(code: .instrumentError,
                                 message: "the Otii server refused \(command): \(code)\(detail.map { " (\($0))" } ?? "")",
                                 meter: meterName, address: connection.address, expected: "a response to \(command)",
                                 received: quoted(line))
            }
            guard type == "response", message["trans_id"] as? String == id else {
                throw MeterError(code: .protocolViolation, message: "the Otii server answered another request",
                                 meter: meterName, address: connection.address,
                                 expected: "a response with trans_id \(id) to \(command)", received: quoted(line))
            }
            return message["data"] as? [String: Any] ?? [:]
        }
    }

    private func field<T>(_ data: [String: Any], _ key: String, _ command: String, _ convert: (Any?) -> T?) throws(MeterError) -> T {
        guard let value = convert(data[key]) else {
            throw MeterError(code: .protocolViolation, message: "the response to \(command) has no usable '\(key)'",
                             meter: meterName, address: address, expected: "'\(key)' in the response data",
                             received: quoted(String(describing: data)))
        }
        return value
    }

    // MARK: Streaming

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        let connection = try TCPConnection(host: configuration.host, port: configuration.port, timeoutMs: configuration.timeoutMs,
                                           meter: meterName)
        let hello = try connection.readLine(timeoutMs: configuration.timeoutMs, what: "the server's information message")
        guard let message = OtiiJSON.decode(hello), message["type"] as? String == "information" else {
            throw MeterError(code: .protocolViolation, message: "this is not an Otii TCP server", meter: meterName,
                             address: connection.address, expected: "a JSON information message on connect", received: quoted(hello))
        }
        var transaction = 0
        let devices = try request(connection, &transaction, "otii_get_devices", ["timeout": 3])
        let list = devices["devices"] as? [[String: Any]] ?? []
        let names = list.map { "\($0["name"] as? String ?? "?") (\($0["device_id"] as? String ?? "?"), \($0["type"] as? String ?? "?"))" }
        guard let chosen = list.first(where: { device in
            configuration.device.map { $0 == device["name"] as? String || $0 == device["device_id"] as? String } ?? true
        }), let deviceId = chosen["device_id"] as? String else {
            throw MeterError(code: .configuration,
                             message: "no Otii device \(configuration.device.map { "named '\($0)'" } ?? "at all") is connected to the server",
                             meter: meterName, address: connection.address, expected: configuration.device ?? "a device",
                             received: names.isEmpty ? "no devices" : names.joined(separator: ", "))
        }
        var channels = ["mc"]
        if configuration.fallbackVolts == nil { channels.append("mv") }
        if let digital = configuration.digitalInput { channels.append(digital) }
        for channel in channels {
            _ = try request(connection, &transaction, "arc_enable_channel", ["device_id": deviceId, "channel": channel, "enable": true])
        }
        var projectId = try field(try request(connection, &transaction, "otii_get_active_project"), "project_id", "otii_get_active_project", OtiiJSON.int)
        if projectId < 0 {
            projectId = try field(try request(connection, &transaction, "otii_create_project"), "project_id", "otii_create_project", OtiiJSON.int)
        }
        _ = try request(connection, &transaction, "project_start_recording", ["project_id": projectId])
        let current = Session(connection: connection, deviceId: deviceId, projectId: projectId, nextTransaction: transaction,
                              startedNs: monotonicNowNs())
        let stored = session.withLock { value -> Bool in
            guard value == nil else { return false }
            value = current
            return true
        }
        guard stored else {
            throw MeterError(code: .configuration, message: "already capturing; stop first", meter: meterName, address: address)
        }
        sinks.withLock { $0 = sink }
    }

    private let sinks = Mutex<(@Sendable (PowerChunk) -> Void)?>(nil)

    public func stopStreaming() async throws -> CaptureSummary {
        guard let current = session.withLock({ value -> Session? in
            defer { value = nil }
            return value
        }), let sink = sinks.withLock({ $0 }) else {
            throw MeterError(code: .notStarted, message: "stop called without start", meter: meterName, address: address)
        }
        let connection = current.connection
        var transaction = current.nextTransaction
        let device = current.deviceId
        _ = try request(connection, &transaction, "project_stop_recording", ["project_id": current.projectId])
        let recording = try request(connection, &transaction, "project_get_last_recording", ["project_id": current.projectId])
        let recordingId = try field(recording, "recording_id", "project_get_last_recording", OtiiJSON.int)
        func count(_ channel: String) throws(MeterError) -> Int {
            try field(try request(connection, &transaction, "recording_get_channel_data_count",
                                  ["recording_id": recordingId, "device_id": device, "channel": channel]),
                      "count", "recording_get_channel_data_count", OtiiJSON.int)
        }
        func data(_ channel: String, index: Int, count: Int) throws(MeterError) -> [String: Any] {
            try request(connection, &transaction, "recording_get_channel_data",
                        ["recording_id": recordingId, "device_id": device, "channel": channel, "index": index, "count": count])
        }
        // The digital input: a list of transitions (small), turned into a level per sample.
        var transitions: [(ns: Int64, level: Bool)] = []
        if let digital = configuration.digitalInput {
            let total = try count(digital)
            if total > 0 {
                let reply = try data(digital, index: 0, count: total)
                for value in reply["values"] as? [[String: Any]] ?? [] {
                    guard let t = OtiiJSON.double(value["timestamp"]), let level = OtiiJSON.bool(value["value"]) else { continue }
                    transitions.append((Int64((t * 1e9).rounded()), level))
                }
            }
        }
        let samples = try count("mc")
        let voltageSamples = configuration.fallbackVolts == nil ? try count("mv") : samples
        let usable = min(samples, voltageSamples)
        var delivered = 0
        var nextTransition = 0
        var level = false
        var periodNs: Int64 = 0
        while delivered < usable {
            let n = min(configuration.chunkValues, usable - delivered)
            let currentReply = try data("mc", index: delivered, count: n)
            let amps = (currentReply["values"] as? [Any] ?? []).compactMap(OtiiJSON.double)
            var volts: [Double] = []
            if configuration.fallbackVolts == nil {
                volts = ((try data("mv", index: delivered, count: n))["values"] as? [Any] ?? []).compactMap(OtiiJSON.double)
            }
            let start = try field(currentReply, "timestamp", "recording_get_channel_data", OtiiJSON.double)
            let interval = try field(currentReply, "interval", "recording_get_channel_data", OtiiJSON.double)
            guard amps.count == n, volts.isEmpty || volts.count == n, interval > 0 else {
                throw MeterError(code: .protocolViolation, message: "a channel-data response has the wrong number of values",
                                 meter: meterName, address: connection.address, expected: "\(n) values of mc and mv",
                                 received: "\(amps.count) and \(volts.count) values")
            }
            let startNs = Int64((start * 1e9).rounded())
            periodNs = Int64((interval * 1e9).rounded())
            var watts = [Float](repeating: 0, count: n)
            var logic = [UInt8](repeating: 0, count: configuration.digitalInput == nil ? 0 : n)
            for k in 0..<n {
                watts[k] = Float(amps[k] * (volts.isEmpty ? configuration.fallbackVolts ?? 0 : volts[k]))
                if !logic.isEmpty {
                    let t = startNs + Int64(k) * periodNs
                    while nextTransition < transitions.count, transitions[nextTransition].ns <= t {
                        level = transitions[nextTransition].level
                        nextTransition += 1
                    }
                    logic[k] = level ? 1 : 0
                }
            }
            sink(PowerChunk(timing: .uniform(startNs: startNs, periodNs: periodNs), watts: watts, logic: logic))
            delivered += n
        }
        var summary = CaptureSummary(meter: info, samples: delivered, monotonicAtMeterZeroNs: current.startedNs)
        if periodNs > 0 { summary.meter.sampleRateHz = 1e9 / Double(periodNs) }
        return summary
    }

    // MARK: PowerMeter

    public func start() async throws {
        try await collector.start(self)
    }

    public func stop() async throws -> PowerTrace {
        try await collector.stop(self)
    }
}
