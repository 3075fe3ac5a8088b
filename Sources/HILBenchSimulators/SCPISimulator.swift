internal import Foundation
import Synchronization

/// A SCPI power analyzer on 127.0.0.1 (ephemeral port), speaking the subset `SCPIPowerMeter` uses.
///
/// `*IDN?`, `*CLS`, `SYST:ERR?` (unknown commands queue `-113,"Undefined header"`), the ELOG commands
/// (`SENS:ELOG:FUNC:CURR|VOLT[:MINM]`, `SENS:ELOG:PER`, `TRIG:ELOG:SOUR`, `INIT:ELOG`, `TRIG:ELOG`,
/// `FETC:ELOG? <n>` which returns and removes up to n records of [I avg, V avg], `ABOR:ELOG`), `FORM REAL|ASC`,
/// `FORM:BORD NORM|SWAP`, and `MEAS:CURR?`/`MEAS:VOLT?`. Time 0 of the load is the `TRIG:ELOG` (data logging)
/// or the connection (polling). Records are exact averages of the load over each period; with a live load
/// (current = its power / `volts`) a record is available once its period is known.
public final class SCPISimulator: Sendable {
    public struct Behaviour: Sendable {
        /// The `*IDN?` answer.
        public var identity: String
        public var load: SimulatorLoad
        /// Output voltage (V) and its noise σ.
        public var volts: Double
        public var voltsNoise: Double
        /// After this many data-log fetches (or measurement queries), answer nothing more.
        public var stopAnsweringAfterReplies: Int?
        /// Answer data-log fetches and measurement queries with bytes that are not numbers.
        public var garbageReplies: Bool
        /// Send only the header and half of the first non-empty binary block, then nothing.
        public var truncateBlocks: Bool

        public init(identity: String = "Keysight Technologies,N6705C,MY56001234,D.02.05.1262", load: SimulatedLoad,
                    volts: Double = 5.0, voltsNoise: Double = 0, stopAnsweringAfterReplies: Int? = nil,
                    garbageReplies: Bool = false, truncateBlocks: Bool = false) {
            self.init(identity: identity, measuring: .scripted(load), volts: volts, voltsNoise: voltsNoise,
                      stopAnsweringAfterReplies: stopAnsweringAfterReplies, garbageReplies: garbageReplies, truncateBlocks: truncateBlocks)
        }

        /// A behaviour measuring a scripted or live load.
        public init(identity: String = "Keysight Technologies,N6705C,MY56001234,D.02.05.1262", measuring load: SimulatorLoad,
                    volts: Double = 5.0, voltsNoise: Double = 0, stopAnsweringAfterReplies: Int? = nil,
                    garbageReplies: Bool = false, truncateBlocks: Bool = false) {
            self.identity = identity
            self.load = load
            self.volts = volts
            self.voltsNoise = voltsNoise
            self.stopAnsweringAfterReplies = stopAnsweringAfterReplies
            self.garbageReplies = garbageReplies
            self.truncateBlocks = truncateBlocks
        }
    }

    public let behaviour: Behaviour
    private let server: LoopbackServer

    /// The TCP port to connect to on 127.0.0.1.
    public var port: UInt16 { server.port }

    /// Listens on `host:port` (default 127.0.0.1, a port the kernel chooses) and serves every connection.
    public init(behaviour: Behaviour, host: String = "127.0.0.1", port: UInt16 = 0) throws(MeterError) {
        self.behaviour = behaviour
        let logBox = LogBox()
        server = try LoopbackServer(name: "SCPI simulator", meter: "SCPI simulator", host: host, port: port) { client in
            Self.serve(client, behaviour: behaviour, log: logBox)
        }
        self.logBox = logBox
    }

    private let logBox: LogBox
    private final class LogBox: Sendable {
        let lines = Mutex<[String]>([])
    }

    /// Every command line received (all connections), in order.
    public var commands: [String] { logBox.lines.withLock { $0 } }

    public func stop() { server.stop() }

    deinit { server.stop() }

    private static func serve(_ client: LoopbackClient, behaviour: Behaviour, log: LogBox) {
        var errors: [String] = []
        var period = 0.001
        var binary = false
        var swapped = false
        var triggerNs: Int64?
        var fetched = 0
        var replies = 0
        var truncatedOnce = false
        let connectedNs = monotonicNowNs()
        var noise = GaussianNoise(seed: behaviour.load.seed ^ 0x5C71)
        func number(_ value: Double) -> String { String(format: "%+.8E", value) }
        func volts() -> Double { behaviour.volts + (behaviour.voltsNoise > 0 ? behaviour.voltsNoise * noise.nextGaussian() : 0) }
        while let raw = client.readLine() {
            let line = String(decoding: raw, as: UTF8.self)
            log.lines.withLock { $0.append(line) }
            for part in line.split(separator: ";") {
                let command = part.trimming(" :").uppercased()
                let head = command.split(separator: " ").first.map(String.init) ?? ""
                let argument = command.dropFirst(head.count).trimming(" ")
                let answering = behaviour.stopAnsweringAfterReplies.map { replies < $0 } ?? true
                switch head {
                case "*IDN?": client.write(behaviour.identity + "\n")
                case "*CLS": errors.removeAll()
                case "*RST": break
                case "SYST:ERR?", "SYSTEM:ERROR?":
                    client.write(errors.isEmpty ? "+0,\"No error\"\n" : errors.removeFirst() + "\n")
                case "SENS:ELOG:FUNC:CURR", "SENS:ELOG:FUNC:VOLT", "SENS:ELOG:FUNC:CURR:MINM", "SENS:ELOG:FUNC:VOLT:MINM",
                    "TRIG:ELOG:SOUR", "INIT:ELOG", "ABOR:ELOG":
                    if head == "ABOR:ELOG" { triggerNs = nil }
                case "SENS:ELOG:PER":
                    if let value = Double(argument.split(separator: ",").first.map { $0.trimming(" ") } ?? "") { period = value }
                    else { errors.append("-224,\"Illegal parameter value\"") }
                case "FORM", "FORM:DATA": binary = argument.hasPrefix("REAL")
                case "FORM:BORD": swapped = argument.hasPrefix("SWAP")
                case "TRIG:ELOG", "*TRG":
                    triggerNs = monotonicNowNs()
                    fetched = 0
                case "FETC:ELOG?":
                    guard answering else { continue }
                    replies += 1
                    if behaviour.garbageReplies {
                        client.write([0x01, 0x7F, 0x41, 0x3F, 0x2C, 0x2C, 0x0A])
                        continue
                    }
                    let asked = Int(argument.split(separator: ",").first.map { $0.trimming(" ") } ?? "") ?? 1
                    var records = 0
                    let trigger = triggerNs ?? 0
                    if triggerNs != nil {
                        let known = max(trigger, behaviour.load.availableUntilNs(nowNs: monotonicNowNs()))
                        let available = Int(Double(known - trigger) / 1e9 / period) - fetched
                        records = max(0, min(asked, available))
                    }
                    var values: [Float] = []
                    for k in fetched..<(fetched + records) {
                        let from = trigger + Int64((Double(k) * period * 1e9).rounded())
                        let to = trigger + Int64((Double(k + 1) * period * 1e9).rounded())
                        let amps = behaviour.load.averageAmps(fromNs: from, toNs: to, startNs: trigger, volts: behaviour.volts)
                        values += [Float(amps + (behaviour.load.noiseAmps > 0 ? behaviour.load.noiseAmps * noise.nextGaussian() : 0)), Float(volts())]
                    }
                    fetched += records
                    if binary {
                        var payload: [UInt8] = []
                        for value in values {
                            let bits = swapped ? value.bitPattern.littleEndian : value.bitPattern.bigEndian
                            withUnsafeBytes(of: bits) { payload += $0 }
                        }
                        let length = String(payload.count)
                        let header = Array("#\(length.count)\(length)".utf8)
                        if behaviour.truncateBlocks, !payload.isEmpty, !truncatedOnce {
                            truncatedOnce = true
                            client.write(header + payload.prefix(payload.count / 2))
                            client.ignoreEverything()
                            return
                        }
                        client.write(header + payload + [0x0A])
                    } else {
                        client.write(values.map { number(Double($0)) }.joined(separator: ",") + "\n")
                    }
                case "MEAS:CURR?", "MEAS:VOLT?", "MEAS:CURR:DC?", "MEAS:VOLT:DC?":
                    guard answering else { continue }
                    replies += 1
                    if behaviour.garbageReplies {
                        client.write("\u{1}OVLD\u{7f}\n")
                        continue
                    }
                    let at = behaviour.load.availableUntilNs(nowNs: monotonicNowNs())
                    let value = head.hasPrefix("MEAS:CURR")
                        ? behaviour.load.state(atNs: at, startNs: connectedNs, volts: behaviour.volts).amps
                            + (behaviour.load.noiseAmps > 0 ? behaviour.load.noiseAmps * noise.nextGaussian() : 0)
                        : volts()
                    client.write(number(value) + "\n")
                default:
                    errors.append("-113,\"Undefined header\"")
                }
            }
        }
    }
}
