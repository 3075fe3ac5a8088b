internal import Foundation
import Synchronization

/// A Qoitech Otii Arc/Ace through the Otii TCP server (port 1905 by default), JSON messages (`OtiiJSON`).
///
/// Start: read the `information` message → with a credentials file, `otii_is_logged_in` / `otii_login` and an
/// Automation licence (`otii_get_licenses`, `otii_reserve_license`), as the official client's `OtiiClient().connect()`
/// does → `otii_get_devices` with the server's own wait, read with 3 s more (pick the device whose name or id
/// matches, or the first) → with a digital input: `arc_set_exp_voltage` at the marker's logic level and
/// `arc_enable_exp_port` (the digital inputs need the expansion port) → when the Otii powers the board:
/// `arc_set_main_voltage`, `arc_set_max_current`, `arc_set_main` on → `arc_enable_channel` for `mc` (main current),
/// `mv` (main voltage) and the digital input (`i1`) → `otii_get_active_project` (−1: `otii_create_project`) →
/// `arc_get_gpi` (the marker's level at the start: the recording lists transitions only) →
/// `project_start_recording`.
/// Stop: `project_stop_recording` → `project_get_last_recording` → for each channel
/// `recording_get_channel_data_count` and `recording_get_channel_data` in chunks of 40 000 values; the
/// chunks are handed over as they come (the recording itself stays in Otii). P = mc × mv per sample;
/// the digital input comes as transitions and becomes logic bit 0 per sample. Clock: seconds since the
/// recording started, as Otii reports them.
/// A licence this driver reserved is returned, and a login it made is logged out, after the data is read. The
/// credentials are read from the file at start and never printed or kept.
public final class OtiiPowerMeter: PowerMeter {
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
        /// A JSON file `{"username": …, "password": …}` (the official client's `credentials.json`); nil: no login.
        public var credentialsFile: String?
        /// The expansion port's voltage: the marker's logic level (V).
        public var logicVolts: Double
        /// Who powers the board.
        public var supply: Supply
        /// How long the server waits for a device in `otii_get_devices` (s); the reply is awaited 3 s longer.
        public var deviceTimeoutSeconds: Int

        public init(
            host: String = "127.0.0.1", port: UInt16 = 1905, device: String? = nil, digitalInput: String? = "i1",
            fallbackVolts: Double? = nil, timeoutMs: Int32 = 3_000, chunkValues: Int = 40_000,
            credentialsFile: String? = nil,
            logicVolts: Double = 3.3, supply: Supply = .external, deviceTimeoutSeconds: Int = 10
        ) {
            self.credentialsFile = credentialsFile
            self.logicVolts = logicVolts
            self.supply = supply
            self.deviceTimeoutSeconds = deviceTimeoutSeconds
            self.host = host
            self.port = port
            self.device = device
            self.digitalInput = digitalInput
            self.fallbackVolts = fallbackVolts
            self.timeoutMs = timeoutMs
            self.chunkValues = chunkValues
        }
    }

    /// Who powers the board.
    public enum Supply: Sendable, Hashable, Codable {
        /// Another supply; the Otii's main output is left as it is.
        case external
        /// The Otii's main output at `volts`, limited to `maxAmps`, switched on at start (and left on).
        case otii(volts: Double, maxAmps: Double)
    }

    public let configuration: Configuration
    public let info: MeterInfo
    private let session = Mutex<Session?>(nil)

    private final class Session: @unchecked Sendable {  // used by one task at a time: start, then stop
        let connection: TCPConnection
        let deviceId: String
        let projectId: Int
        var nextTransaction = 0
        let startedNs: Int64
        /// The marker's level when the recording started.
        var initialLevel = false
        /// What to undo after the data is read: a licence this driver reserved, a login it made.
        var reservedLicense: Int?
        var loggedIn = false
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
        info = MeterInfo(
            kind: .otii, model: "Otii \(configuration.device ?? "(first device)")", sampleRateHz: 0,
            logicChannel: configuration.digitalInput.map { "bit 0: Otii digital input \($0)" })
    }

    private let meterName = "Otii"
    private var address: String { "\(configuration.host):\(configuration.port)" }

    /// Sends a request and returns the `data` of its response.
    private func request(
        _ connection: TCPConnection, _ transaction: inout Int, _ command: String,
        _ data: [String: Any] = [:], timeoutMs: Int32? = nil
    ) throws(MeterError) -> [String: Any] {
        transaction += 1
        let id = String(transaction)
        try connection.send(OtiiJSON.encode(["type": "request", "cmd": command, "trans_id": id, "data": data]))
        while true {
            let line = try connection.readLine(
                timeoutMs: timeoutMs ?? configuration.timeoutMs, what: "a JSON response to \(command)")
            guard let message = OtiiJSON.decode(line), let type = message["type"] as? String else {
                throw MeterError(
                    code: .protocolViolation, message: "the Otii server sent something that is not a JSON message",
                    meter: meterName, address: connection.address,
                    expected: "one JSON object per line answering \(command)", received: quoted(line))
            }
            if type == "progress" || type == "information" { continue }
            if type == "error" {
                let code = message["errorcode"] as? String ?? "?"
                let detail = (message["data"] as? [String: Any])?["message"] as? String
                throw MeterError(
                    code: .instrumentError,
                    message: "the Otii server refused \(command): \(code)\(detail.map { " (\($0))" } ?? "")",
                    meter: meterName, address: connection.address, expected: "a response to \(command)",
                    received: quoted(line))
            }
            guard type == "response", message["trans_id"] as? String == id else {
                throw MeterError(
                    code: .protocolViolation, message: "the Otii server answered another request",
                    meter: meterName, address: connection.address,
                    expected: "a response with trans_id \(id) to \(command)", received: quoted(line))
            }
            return message["data"] as? [String: Any] ?? [:]
        }
    }

    private func field<T>(
        _ data: [String: Any], _ key: String, _ command: String, _ convert: (Any?) -> T?
    ) throws(MeterError) -> T {
        guard let value = convert(data[key]) else {
            throw MeterError(
                code: .protocolViolation, message: "the response to \(command) has no usable '\(key)'",
                meter: meterName, address: address, expected: "'\(key)' in the response data",
                received: quoted(String(describing: data)))
        }
        return value
    }

    /// Licence types that include Automation (otii-tcp-client-python `otii_client.py`, `LICENSE_MAP`).
    static let automationLicenses: Set<String> = ["Admin", "All", "Automation", "Enterprise"]

    /// Logs in (unless the server already is) and reserves an Automation licence (unless one is reserved); returns
    /// what was done here, to undo at stop. The file's contents never appear in an error.
    private func logIn(
        _ connection: TCPConnection, _ transaction: inout Int,
        credentialsFile file: String
    ) throws(MeterError) -> (loggedIn: Bool, license: Int?) {
        let alreadyIn = try field(
            try request(connection, &transaction, "otii_is_logged_in"), "logged_in", "otii_is_logged_in", OtiiJSON.bool)
        var loggedIn = false
        if !alreadyIn {
            guard let data = FileManager.default.contents(atPath: file),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let username = object["username"] as? String, let password = object["password"] as? String
            else {
                throw MeterError(
                    code: .configuration, message: "cannot read the Otii credentials from \(file)", meter: meterName,
                    address: connection.address, expected: "a readable JSON file {\"username\": …, \"password\": …}")
            }
            do {
                _ = try request(connection, &transaction, "otii_login", ["username": username, "password": password])
            } catch {
                // The server's reply to a login names no secret, but say only what failed and where the file is.
                throw MeterError(
                    code: error.code, message: "the Otii server refused the login with the credentials in \(file)",
                    meter: meterName, address: connection.address, expected: "a successful otii_login")
            }
            loggedIn = true
        }
        let licenses = try request(connection, &transaction, "otii_get_licenses")["licenses"] as? [[String: Any]] ?? []
        let automation = licenses.filter {
            Self.automationLicenses.contains($0["type"] as? String ?? "") && OtiiJSON.bool($0["available"]) == true
        }
        if automation.contains(where: { ($0["reserved_to"] as? String ?? "") != "" }) { return (loggedIn, nil) }
        guard let free = automation.first, let id = OtiiJSON.int(free["id"]) else {
            throw MeterError(
                code: .configuration, message: "the Otii account has no free Automation licence", meter: meterName,
                address: connection.address, expected: "an available, unreserved Automation licence",
                received: "\(licenses.count) licences: "
                    + licenses.map { "\($0["type"] as? String ?? "?")" }.joined(separator: ", "))
        }
        _ = try request(connection, &transaction, "otii_reserve_license", ["license_id": id])
        return (loggedIn, id)
    }

    // MARK: Streaming

    public func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        let connection = try TCPConnection(
            host: configuration.host, port: configuration.port, timeoutMs: configuration.timeoutMs,
            meter: meterName)
        let hello = try connection.readLine(
            timeoutMs: configuration.timeoutMs, what: "the server's information message")
        guard let message = OtiiJSON.decode(hello), message["type"] as? String == "information" else {
            throw MeterError(
                code: .protocolViolation, message: "this is not an Otii TCP server", meter: meterName,
                address: connection.address, expected: "a JSON information message on connect", received: quoted(hello))
        }
        var transaction = 0
        var login: (loggedIn: Bool, license: Int?) = (false, nil)
        if let file = configuration.credentialsFile {
            login = try logIn(connection, &transaction, credentialsFile: file)
        }
        // The server waits up to `timeout` s for a device; wait longer for its answer than it waits for a device.
        let devices = try request(
            connection, &transaction, "otii_get_devices", ["timeout": configuration.deviceTimeoutSeconds],
            timeoutMs: Int32(configuration.deviceTimeoutSeconds + 3) * 1_000)
        let list = devices["devices"] as? [[String: Any]] ?? []
        let names = list.map {
            "\($0["name"] as? String ?? "?") (\($0["device_id"] as? String ?? "?"), \($0["type"] as? String ?? "?"))"
        }
        guard
            let chosen = list.first(where: { device in
                configuration.device.map { $0 == device["name"] as? String || $0 == device["device_id"] as? String }
                    ?? true
            }), let deviceId = chosen["device_id"] as? String
        else {
            throw MeterError(
                code: .configuration,
                message:
                    "no Otii device \(configuration.device.map { "named '\($0)'" } ?? "at all") is connected to the server",
                meter: meterName, address: connection.address, expected: configuration.device ?? "a device",
                received: names.isEmpty ? "no devices" : names.joined(separator: ", "))
        }
        if configuration.digitalInput != nil {
            // "The expansion port must be enabled to use the digital inputs" (Qoitech TCP server, arc_enable_exp_port).
            _ = try request(
                connection, &transaction, "arc_set_exp_voltage",
                ["device_id": deviceId, "value": configuration.logicVolts])
            _ = try request(connection, &transaction, "arc_enable_exp_port", ["device_id": deviceId, "enable": true])
        }
        if case .otii(let volts, let maxAmps) = configuration.supply {
            _ = try request(connection, &transaction, "arc_set_main_voltage", ["device_id": deviceId, "value": volts])
            _ = try request(connection, &transaction, "arc_set_max_current", ["device_id": deviceId, "value": maxAmps])
            _ = try request(connection, &transaction, "arc_set_main", ["device_id": deviceId, "enable": true])
        }
        var channels = ["mc"]
        if configuration.fallbackVolts == nil { channels.append("mv") }
        if let digital = configuration.digitalInput { channels.append(digital) }
        for channel in channels {
            _ = try request(
                connection, &transaction, "arc_enable_channel",
                ["device_id": deviceId, "channel": channel, "enable": true])
        }
        var projectId = try field(
            try request(connection, &transaction, "otii_get_active_project"), "project_id", "otii_get_active_project",
            OtiiJSON.int)
        if projectId < 0 {
            projectId = try field(
                try request(connection, &transaction, "otii_create_project"), "project_id", "otii_create_project",
                OtiiJSON.int)
        }
        // The recording lists the digital input's transitions only: its level at the start is read here.
        var initialLevel = false
        if let digital = configuration.digitalInput, let pin = Int(digital.dropFirst()) {
            initialLevel = try field(
                try request(connection, &transaction, "arc_get_gpi", ["device_id": deviceId, "pin": pin]),
                "value", "arc_get_gpi", OtiiJSON.bool)
        }
        _ = try request(connection, &transaction, "project_start_recording", ["project_id": projectId])
        let current = Session(
            connection: connection, deviceId: deviceId, projectId: projectId, nextTransaction: transaction,
            startedNs: monotonicNowNs())
        current.initialLevel = initialLevel
        current.loggedIn = login.loggedIn
        current.reservedLicense = login.license
        let stored = session.withLock { value -> Bool in
            guard value == nil else { return false }
            value = current
            return true
        }
        guard stored else {
            throw MeterError(
                code: .configuration, message: "already capturing; stop first", meter: meterName, address: address)
        }
        sinks.withLock { $0 = sink }
    }

    private let sinks = Mutex<(@Sendable (PowerChunk) -> Void)?>(nil)

    public func stopStreaming() async throws -> CaptureSummary {
        guard
            let current = session.withLock({ value -> Session? in
                defer { value = nil }
                return value
            }), let sink = sinks.withLock({ $0 })
        else {
            throw MeterError(
                code: .notStarted, message: "stop called without start", meter: meterName, address: address)
        }
        let connection = current.connection
        var transaction = current.nextTransaction
        let device = current.deviceId
        _ = try request(connection, &transaction, "project_stop_recording", ["project_id": current.projectId])
        let recording = try request(
            connection, &transaction, "project_get_last_recording", ["project_id": current.projectId])
        let recordingId = try field(recording, "recording_id", "project_get_last_recording", OtiiJSON.int)
        func count(_ channel: String) throws(MeterError) -> Int {
            try field(
                try request(
                    connection, &transaction, "recording_get_channel_data_count",
                    ["recording_id": recordingId, "device_id": device, "channel": channel]),
                "count", "recording_get_channel_data_count", OtiiJSON.int)
        }
        func data(_ channel: String, index: Int, count: Int) throws(MeterError) -> [String: Any] {
            try request(
                connection, &transaction, "recording_get_channel_data",
                ["recording_id": recordingId, "device_id": device, "channel": channel, "index": index, "count": count])
        }
        // The digital input: a list of transitions (small), turned into a level per sample.
        var transitions: [(ns: Int64, level: Bool)] = []
        if let digital = configuration.digitalInput {
            let total = try count(digital)
            if total > 0 {
                let reply = try data(digital, index: 0, count: total)
                for value in reply["values"] as? [[String: Any]] ?? [] {
                    guard let t = OtiiJSON.double(value["timestamp"]), let level = OtiiJSON.bool(value["value"]) else {
                        continue
                    }
                    transitions.append((Int64((t * 1e9).rounded()), level))
                }
            }
        }
        let samples = try count("mc")
        let voltageSamples = configuration.fallbackVolts == nil ? try count("mv") : samples
        let usable = min(samples, voltageSamples)
        var delivered = 0
        var nextTransition = 0
        var level = current.initialLevel
        var periodNs: Int64 = 0
        while delivered < usable {
            let n = min(configuration.chunkValues, usable - delivered)
            let currentReply = try data("mc", index: delivered, count: n)
            let amps = (currentReply["values"] as? [Any] ?? []).compactMap(OtiiJSON.double)
            var volts: [Double] = []
            if configuration.fallbackVolts == nil {
                volts = ((try data("mv", index: delivered, count: n))["values"] as? [Any] ?? []).compactMap(
                    OtiiJSON.double)
            }
            let start = try field(currentReply, "timestamp", "recording_get_channel_data", OtiiJSON.double)
            let interval = try field(currentReply, "interval", "recording_get_channel_data", OtiiJSON.double)
            guard amps.count == n, volts.isEmpty || volts.count == n, interval > 0 else {
                throw MeterError(
                    code: .protocolViolation, message: "a channel-data response has the wrong number of values",
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
        if let license = current.reservedLicense {
            _ = try request(connection, &transaction, "otii_return_license", ["license_id": license])
        }
        if current.loggedIn { _ = try request(connection, &transaction, "otii_logout") }
        var summary = CaptureSummary(meter: info, samples: delivered, monotonicAtMeterZeroNs: current.startedNs)
        if periodNs > 0 { summary.meter.sampleRateHz = 1e9 / Double(periodNs) }
        return summary
    }

}
