internal import Foundation
public import HILBenchMeters
import Synchronization

/// An Otii TCP server on 127.0.0.1 (ephemeral port) with simulated devices, as strict as the real server where
/// Qoitech documents it (`docs/energy.md` names each source):
///
/// * **Login and licence**: with `account` set, every command but `otii_login` and `otii_is_logged_in` is refused
///   until the client has logged in (`otii_login`, wrong password → `Could not login`) and reserved an Automation
///   licence (`otii_get_licenses`, `otii_reserve_license`; `otii_has_license`, `otii_return_license`, `otii_logout`).
/// * **Devices**: `otii_get_devices {timeout}` waits up to `timeout` s for a device (`deviceDelaySeconds`) like the
///   server does, then answers (possibly with none).
/// * **Expansion port**: the digital inputs `i1`/`i2` only see the marker while `arc_enable_exp_port` is on; with it
///   off they stay flat (no transitions, `arc_get_gpi` false). `arc_set_exp_voltage` / `arc_get_exp_voltage` (1.2–5 V).
/// * **Main output**: unless `externalSupply`, the load draws current only while `arc_set_main` is on (~0 A and 0 V
///   otherwise); `arc_set_main_voltage`, `arc_set_max_current` and their getters.
/// * **Projects**: `otii_get_active_project` answers −1 until `otii_create_project`; recordings need that project.
/// * Recordings hold `load` sampled at `sampleRateHz` (current `mc`, voltage `mv`) and the marker as `i1` transitions
///   after the start (the level at the start comes from `arc_get_gpi`); unknown commands get `Invalid command`.
///
/// Message shapes follow `OtiiJSON`'s notes; reply data fields not named there (e.g. `recording_id` and
/// `name` of `project_get_last_recording`) follow the Python client's use of them.
public final class OtiiSimulator: Sendable {
    /// The user the server accepts, and its licences.
    public struct Account: Sendable, Hashable {
        public var username: String
        public var password: String
        /// Licence types, as `otii_get_licenses` lists them (`Automation`, `Battery`, `Pro`, …), ids from 1001.
        public var licenses: [String]

        public init(username: String, password: String, licenses: [String] = ["Automation"]) {
            self.username = username
            self.password = password
            self.licenses = licenses
        }
    }

    public struct Behaviour: Sendable, Hashable {
        public var load: SimulatedLoad
        public var volts: Double
        public var sampleRateHz: Double
        /// Devices the server reports (empty: none connected).
        public var devices: [String]
        /// The account the server requires; nil serves without login (an older server or one already licensed).
        public var account: Account?
        /// How long after connecting the devices appear.
        public var deviceDelaySeconds: Double
        /// The board is powered from elsewhere: current flows whatever the main output says.
        public var externalSupply: Bool
        /// After this many requests, answer nothing more.
        public var stopAnsweringAfterRequests: Int?
        /// Answer every request with a line that is not JSON.
        public var garbageReplies: Bool

        public init(
            load: SimulatedLoad, volts: Double = 3.3, sampleRateHz: Double = 10_000, devices: [String] = ["Arc-Sim"],
            account: Account? = OtiiSimulator.testAccount, deviceDelaySeconds: Double = 0, externalSupply: Bool = false,
            stopAnsweringAfterRequests: Int? = nil, garbageReplies: Bool = false
        ) {
            self.load = load
            self.volts = volts
            self.sampleRateHz = sampleRateHz
            self.devices = devices
            self.account = account
            self.deviceDelaySeconds = deviceDelaySeconds
            self.externalSupply = externalSupply
            self.stopAnsweringAfterRequests = stopAnsweringAfterRequests
            self.garbageReplies = garbageReplies
        }
    }

    /// The account simulators require unless told otherwise.
    public static let testAccount = Account(username: "hilbench@example.org", password: "sim-password")

    private let server: LoopbackServer
    private let log: Log

    private final class Log: Sendable {
        let commands = Mutex<[String]>([])
    }

    public var port: UInt16 { server.port }
    /// Every command received, in order.
    public var commands: [String] { log.commands.withLock { $0 } }

    public init(behaviour: Behaviour) throws(MeterError) {
        let log = Log()
        self.log = log
        server = try LoopbackServer(name: "Otii simulator", meter: "Otii simulator") { client in
            Self.serve(client, behaviour: behaviour, log: log)
        }
    }

    public func stop() { server.stop() }

    deinit { server.stop() }

    /// One device's settings.
    private struct Device {
        var expPort = false
        var expVolts = 3.3
        var main = false
        var mainVolts = 3.3
        var maxAmps = 0.5
        var enabled: Set<String> = []
    }

    private static func serve(_ client: LoopbackClient, behaviour: Behaviour, log: Log) {
        let connectedNs = meterClockNowNs()
        client.write(
            OtiiJSON.encode([
                "type": "information", "info": "connected",
                "data": ["otii_version": "3.5.5", "protocol_version": "0.1", "server": "otii-server-simulator"],
            ]))
        let deviceIds = behaviour.devices.enumerated().map { "SIM\(5_120 + $0.offset)" }
        var devices = Dictionary(uniqueKeysWithValues: deviceIds.map { ($0, Device()) })
        var loggedIn = behaviour.account == nil
        var licenses: [[String: Any]] = (behaviour.account?.licenses ?? []).enumerated().map { index, type in
            ["id": 1_001 + index, "type": type, "available": true, "reserved_to": "", "hostname": ""]
        }
        var hasAutomation = behaviour.account == nil
        var projectId = -1
        var recordingStart: Int64?
        var recordingSeconds = 0.0
        var recordingId = 0
        var recorded: (device: Device, transitions: [String: [(seconds: Double, level: Bool)]])?
        var requests = 0
        var noise = GaussianNoise(seed: behaviour.load.seed ^ 0x0771)
        var amps: [Double] = []
        var volts: [Double] = []
        while let line = client.readLine() {
            guard let message = OtiiJSON.decode(line), let command = message["cmd"] as? String else { continue }
            log.commands.withLock { $0.append(command) }
            requests += 1
            if let limit = behaviour.stopAnsweringAfterRequests, requests > limit { continue }
            if behaviour.garbageReplies {
                client.write([0x00, 0x13, 0x7B, 0x22, 0x74, 0x79, 0x70, 0x0D, 0x0A])
                continue
            }
            let id = message["trans_id"] as? String ?? ""
            let data = message["data"] as? [String: Any] ?? [:]
            func respond(_ payload: [String: Any]) {
                client.write(OtiiJSON.encode(["type": "response", "cmd": command, "trans_id": id, "data": payload]))
            }
            func fail(_ code: String, _ extra: [String: Any] = [:]) {
                client.write(
                    OtiiJSON.encode(["type": "error", "errorcode": code, "cmd": command, "trans_id": id, "data": extra])
                )
            }
            /// The device a command names, or nil after answering `Device not connected`.
            func device() -> String? {
                guard let device = data["device_id"] as? String, devices[device] != nil else {
                    fail("Device not connected", ["device_id": data["device_id"] ?? ""])
                    return nil
                }
                return device
            }
            let samples = Int((recordingSeconds * behaviour.sampleRateHz).rounded(.down))
            let open: Set<String> = ["otii_login", "otii_is_logged_in"]
            if !open.contains(command) {
                guard loggedIn else {
                    fail("Command failure", ["message": "not logged in"])
                    continue
                }
                let licensing: Set<String> = [
                    "otii_get_licenses", "otii_reserve_license", "otii_return_license", "otii_has_license",
                    "otii_logout",
                ]
                guard hasAutomation || licensing.contains(command) else {
                    fail("Command failure", ["message": "no Automation license reserved"])
                    continue
                }
            }
            switch command {
            case "otii_is_logged_in":
                respond(["logged_in": loggedIn])
            case "otii_login":
                guard let account = behaviour.account, data["username"] as? String == account.username,
                    data["password"] as? String == account.password
                else {
                    fail("Could not login")
                    continue
                }
                loggedIn = true
                respond([:])
            case "otii_logout":
                loggedIn = behaviour.account == nil
                hasAutomation = behaviour.account == nil
                respond([:])
            case "otii_get_licenses":
                respond(["licenses": licenses])
            case "otii_reserve_license", "otii_return_license":
                guard let wanted = OtiiJSON.int(data["license_id"]),
                    let index = licenses.firstIndex(where: { $0["id"] as? Int == wanted })
                else {
                    fail("License could not be reserved")
                    continue
                }
                let reserve = command == "otii_reserve_license"
                licenses[index]["reserved_to"] = reserve ? behaviour.account?.username ?? "" : ""
                licenses[index]["hostname"] = reserve ? "hilbench-sim" : ""
                if licenses[index]["type"] as? String == "Automation" { hasAutomation = reserve }
                respond([:])
            case "otii_has_license":
                respond(["has_license": data["license_type"] as? String == "Automation" ? hasAutomation : false])
            case "otii_get_devices":
                // The server waits up to `timeout` s for a device to appear before it answers.
                let waitSeconds = min(OtiiJSON.double(data["timeout"]) ?? 10, 60)
                let appearsNs = connectedNs + Int64(behaviour.deviceDelaySeconds * 1e9)
                let deadlineNs = meterClockNowNs() + Int64(waitSeconds * 1e9)
                if !deviceIds.isEmpty, appearsNs > meterClockNowNs() {
                    Thread.sleep(forTimeInterval: Double(min(appearsNs, deadlineNs) - meterClockNowNs()) / 1e9)
                } else if deviceIds.isEmpty {
                    Thread.sleep(forTimeInterval: waitSeconds)
                }
                let present = meterClockNowNs() >= appearsNs
                respond([
                    "devices": present
                        ? zip(behaviour.devices, deviceIds).map { ["device_id": $1, "name": $0, "type": "Simulator"] }
                        : []
                ])
            case "arc_enable_channel":
                guard let device = device() else { continue }
                let known: Set<String> = [
                    "mc", "mp", "mv", "ac", "av", "sp", "sn", "vb", "vj", "tp", "rx", "i1", "i2", "me", "ae",
                ]
                guard let channel = data["channel"] as? String, known.contains(channel) else {
                    fail("Invalid key value", ["key": "channel", "value": data["channel"] ?? ""])
                    continue
                }
                if OtiiJSON.bool(data["enable"]) ?? false {
                    devices[device]?.enabled.insert(channel)
                } else {
                    devices[device]?.enabled.remove(channel)
                }
                respond([:])
            case "arc_enable_exp_port":
                guard let device = device() else { continue }
                devices[device]?.expPort = OtiiJSON.bool(data["enable"]) ?? false
                respond([:])
            case "arc_set_main":
                guard let device = device() else { continue }
                devices[device]?.main = OtiiJSON.bool(data["enable"]) ?? false
                respond([:])
            case "arc_set_exp_voltage", "arc_set_main_voltage", "arc_set_max_current":
                guard let device = device() else { continue }
                let limits: ClosedRange<Double> =
                    command == "arc_set_exp_voltage"
                    ? 1.2...5.0 : command == "arc_set_main_voltage" ? 0.5...5.0 : 0.001...5.0
                guard let value = OtiiJSON.double(data["value"]), limits.contains(value) else {
                    fail("Invalid key value", ["key": "value", "value": data["value"] ?? ""])
                    continue
                }
                switch command {
                case "arc_set_exp_voltage": devices[device]?.expVolts = value
                case "arc_set_main_voltage": devices[device]?.mainVolts = value
                default: devices[device]?.maxAmps = value
                }
                respond([:])
            case "arc_get_main", "arc_get_exp_voltage", "arc_get_main_voltage", "arc_get_max_current":
                guard let device = device(), let state = devices[device] else { continue }
                let value: Any =
                    switch command {
                    case "arc_get_main": state.main
                    case "arc_get_exp_voltage": state.expVolts
                    case "arc_get_main_voltage": state.mainVolts
                    default: state.maxAmps
                    }
                respond(["value": value])
            case "arc_get_gpi":
                guard let device = device(), let state = devices[device] else { continue }
                let pin = OtiiJSON.int(data["pin"]) ?? 0
                guard pin == 1 || pin == 2 else {
                    fail("Invalid key value", ["key": "pin", "value": data["pin"] ?? ""])
                    continue
                }
                // The load's time 0 is the recording start; before it, the level it starts with.
                let seconds = recordingStart.map { Double(meterClockNowNs() - $0) / 1e9 } ?? 0
                respond(["value": pin == 1 && state.expPort && behaviour.load.state(atSeconds: seconds).marker])
            case "otii_get_active_project":
                respond(["project_id": projectId])
            case "otii_create_project":
                projectId = 1
                respond(["project_id": projectId])
            case "project_start_recording", "project_stop_recording", "project_get_last_recording":
                guard projectId >= 0, OtiiJSON.int(data["project_id"]) == projectId else {
                    fail("Invalid key value", ["key": "project_id", "value": data["project_id"] ?? ""])
                    continue
                }
                if command == "project_start_recording" {
                    recordingStart = meterClockNowNs()
                    recordingId += 1
                    respond([:])
                } else if command == "project_stop_recording" {
                    if let start = recordingStart { recordingSeconds = Double(meterClockNowNs() - start) / 1e9 }
                    recordingStart = nil
                    // One device records; what it saw depends on its main output and expansion port.
                    let state = deviceIds.first.flatMap { devices[$0] } ?? Device()
                    let powered = behaviour.externalSupply || state.main
                    let count = Int((recordingSeconds * behaviour.sampleRateHz).rounded(.down))
                    amps = (0..<count).map { k in
                        (powered ? behaviour.load.state(atSeconds: Double(k) / behaviour.sampleRateHz).amps : 0)
                            + (behaviour.load.noiseAmps > 0 ? behaviour.load.noiseAmps * noise.nextGaussian() : 0)
                    }
                    let outputVolts = behaviour.externalSupply ? behaviour.volts : state.main ? state.mainVolts : 0
                    volts = Array(repeating: outputVolts, count: count)
                    let edges = behaviour.load.markerEdges.filter { $0.seconds > 0 && $0.seconds < recordingSeconds }
                    recorded = (state, ["i1": state.expPort ? edges : [], "i2": []])
                    respond([:])
                } else {
                    respond(["recording_id": recordingId, "name": "Recording \(recordingId)"])
                }
            case "recording_get_channel_data_count":
                let channel = data["channel"] as? String ?? ""
                guard let recorded, recorded.device.enabled.contains(channel) else {
                    fail("Invalid key value", ["key": "channel", "value": channel])
                    continue
                }
                respond(["count": channel.hasPrefix("i") ? recorded.transitions[channel, default: []].count : samples])
            case "recording_get_channel_data":
                let channel = data["channel"] as? String ?? ""
                let index = OtiiJSON.int(data["index"]) ?? 0
                let count = OtiiJSON.int(data["count"]) ?? 0
                guard let recorded, recorded.device.enabled.contains(channel) else {
                    fail("Invalid key value", ["key": "channel", "value": channel])
                    continue
                }
                if channel.hasPrefix("i") {
                    let edges = recorded.transitions[channel, default: []]
                    let values = edges.dropFirst(index).prefix(count).map {
                        ["timestamp": $0.seconds, "value": $0.level] as [String: Any]
                    }
                    respond(["data_type": "digital", "values": values])
                } else {
                    let source = channel == "mv" ? volts : amps
                    let slice = index < source.count ? Array(source[index..<min(source.count, index + count)]) : []
                    respond([
                        "data_type": "analog", "timestamp": Double(index) / behaviour.sampleRateHz,
                        "interval": 1 / behaviour.sampleRateHz, "values": slice,
                    ])
                }
            default:
                fail("Invalid command")
            }
        }
    }
}
