internal import Foundation
import Synchronization

/// An Otii TCP server on 127.0.0.1 (ephemeral port) with one simulated device, answering the commands
/// `OtiiPowerMeter` sends. Recordings hold `load` sampled at `sampleRateHz` (current `mc`, voltage `mv`)
/// and the marker as `i1` transitions; unknown commands get the server's `Invalid command` error.
///
/// Message shapes follow `OtiiJSON`'s notes; reply data fields not named there (e.g. `recording_id` and
/// `name` of `project_get_last_recording`) follow the Python client's use of them.
public final class OtiiSimulator: Sendable {
    public struct Behaviour: Sendable, Hashable {
        public var load: SimulatedLoad
        public var volts: Double
        public var sampleRateHz: Double
        /// Devices the server reports (empty: none connected).
        public var devices: [String]
        /// After this many requests, answer nothing more.
        public var stopAnsweringAfterRequests: Int?
        /// Answer every request with a line that is not JSON.
        public var garbageReplies: Bool

        public init(load: SimulatedLoad, volts: Double = 3.3, sampleRateHz: Double = 10_000, devices: [String] = ["Arc-Sim"],
                    stopAnsweringAfterRequests: Int? = nil, garbageReplies: Bool = false) {
            self.load = load
            self.volts = volts
            self.sampleRateHz = sampleRateHz
            self.devices = devices
            self.stopAnsweringAfterRequests = stopAnsweringAfterRequests
            self.garbageReplies = garbageReplies
        }
    }

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

    private static func serve(_ client: LoopbackClient, behaviour: Behaviour, log: Log) {
        client.write(OtiiJSON.encode([
            "type": "information", "info": "connected",
            "data": ["otii_version": "3.5.5", "protocol_version": "0.1", "server": "otii-server-simulator"],
        ]))
        var enabled: Set<String> = []
        var recordingStart: Int64?
        var recordingSeconds = 0.0
        var recordingId = 0
        var requests = 0
        var noise = GaussianNoise(seed: behaviour.load.seed ^ 0x0771)
        let deviceIds = behaviour.devices.enumerated().map { "SIM\(5_120 + $0.offset)" }
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
                client.write(OtiiJSON.encode(["type": "error", "errorcode": code, "cmd": command, "trans_id": id, "data": extra]))
            }
            let samples = Int((recordingSeconds * behaviour.sampleRateHz).rounded(.down))
            switch command {
            case "otii_get_devices":
                respond(["devices": zip(behaviour.devices, deviceIds).map { ["device_id": $1, "name": $0, "type": "Simulator"] }])
            case "arc_enable_channel":
                guard let device = data["device_id"] as? String, deviceIds.contains(device) else {
                    fail("Device not connected", ["device_id": data["device_id"] ?? ""])
                    continue
                }
                let known: Set<String> = ["mc", "mp", "mv", "ac", "av", "sp", "sn", "vb", "vj", "tp", "rx", "i1", "i2", "me", "ae"]
                guard let channel = data["channel"] as? String, known.contains(channel) else {
                    fail("Invalid key value", ["key": "channel", "value": data["channel"] ?? ""])
                    continue
                }
                if OtiiJSON.bool(data["enable"]) ?? false { enabled.insert(channel) } else { enabled.remove(channel) }
                respond([:])
            case "otii_get_active_project", "otii_create_project":
                respond(["project_id": 1])
            case "project_start_recording":
                recordingStart = monotonicNowNs()
                recordingId += 1
                respond([:])
            case "project_stop_recording":
                if let start = recordingStart { recordingSeconds = Double(monotonicNowNs() - start) / 1e9 }
                recordingStart = nil
                let count = Int((recordingSeconds * behaviour.sampleRateHz).rounded(.down))
                amps = (0..<count).map { k in
                    behaviour.load.state(atSeconds: Double(k) / behaviour.sampleRateHz).amps
                        + (behaviour.load.noiseAmps > 0 ? behaviour.load.noiseAmps * noise.nextGaussian() : 0)
                }
                volts = (0..<count).map { _ in behaviour.volts }
                respond([:])
            case "project_get_last_recording":
                respond(["recording_id": recordingId, "name": "Recording \(recordingId)"])
            case "recording_get_channel_data_count":
                let channel = data["channel"] as? String ?? ""
                guard enabled.contains(channel) else {
                    fail("Invalid key value", ["key": "channel", "value": channel])
                    continue
                }
                let transitions = behaviour.load.markerEdges.filter { $0.seconds < recordingSeconds }.count
                respond(["count": channel.hasPrefix("i") ? transitions : samples])
            case "recording_get_channel_data":
                let channel = data["channel"] as? String ?? ""
                let index = OtiiJSON.int(data["index"]) ?? 0
                let count = OtiiJSON.int(data["count"]) ?? 0
                if channel.hasPrefix("i") {
                    let edges = behaviour.load.markerEdges.filter { $0.seconds < recordingSeconds }
                    let values = edges.dropFirst(index).prefix(count).map { ["timestamp": $0.seconds, "value": $0.level] as [String: Any] }
                    respond(["data_type": "digital", "values": values])
                } else {
                    let source = channel == "mv" ? volts : amps
                    let slice = index < source.count ? Array(source[index..<min(source.count, index + count)]) : []
                    respond(["data_type": "analog", "timestamp": Double(index) / behaviour.sampleRateHz,
                             "interval": 1 / behaviour.sampleRateHz, "values": slice])
                }
            default:
                fail("Invalid command")
            }
        }
    }
}
