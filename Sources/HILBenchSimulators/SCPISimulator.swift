internal import Foundation
public import HILBenchMeters
import Synchronization

/// A Keysight N6705-style DC power analyzer on 127.0.0.1 (ephemeral port), as strict as the manual describes it.
///
/// * Commands in short or long form, any case (`SENS:ELOG:PER` = `SENSe:ELOG:PERiod`; optional nodes `[:DC]`,
///   `[:UPPer]`, `[:IMMediate]` may be left out) — SCPI's rule, N6700 Programmer's Reference "SCPI Commands".
/// * `*IDN?`, `*CLS`, `*RST`, `*OPC?`, `SYST:ERR?` (unknown headers queue `-113,"Undefined header"`),
///   `SYST:CHAN:MOD? (@ch)` (the module, e.g. `N6781A`), `STAT:OPER:COND? (@ch)` (8 = waiting for a measurement
///   trigger, 32 = measuring).
/// * External data log: `SENS:ELOG:FUNC:CURR|VOLT[:MINM]`, `SENS:ELOG:CURR:RANG[:AUTO]`, `SENS:SWE:TINT:RES RES20|RES40`,
///   `SENS:ELOG:PER` (rounded to the nearest multiple of 20.48 µs, or 40.96 µs with RES40, and at least 102.4 µs per
///   logged parameter — N6700 User's Guide, "External Data Logging"), `SENS:ELOG:PER?` (the period in force),
///   `TRIG:ELOG:SOUR`, `INIT:ELOG` (armed after `armDelaySeconds`; a one-converter module asked for voltage and current
///   queues `-221,"Settings conflict"` and stays idle), `TRIG:ELOG`/`*TRG` (ignored with `-211,"Trigger ignored"` when
///   not armed), `FETC:ELOG? <n>` (returns and removes up to n records: I avg, V avg, or the one logged value),
///   `ABOR:ELOG`, `FORM REAL|ASC`, `FORM:BORD NORM|SWAP`.
/// * `MEAS:CURR?`/`MEAS:VOLT?`.
///
/// Time 0 of the load is the trigger (data logging) or the connection (polling). Records are exact averages of the
/// load over each period in force; with a live load (current = its power / `volts`) a record is available once its
/// period is known.
public final class SCPISimulator: Sendable {
    public struct Behaviour: Sendable {
        /// The `*IDN?` answer.
        public var identity: String
        /// The power module in the channel, as `SYST:CHAN:MOD?` names it.
        public var module: String
        public var load: SimulatorLoad
        /// Output voltage (V) and its noise σ.
        public var volts: Double
        public var voltsNoise: Double
        /// Time between `INIT:ELOG` and the logger accepting a trigger.
        public var armDelaySeconds: Double
        /// After this many data-log fetches (or measurement queries), answer nothing more.
        public var stopAnsweringAfterReplies: Int?
        /// Answer data-log fetches and measurement queries with bytes that are not numbers.
        public var garbageReplies: Bool
        /// Send only the header and half of the first non-empty binary block, then nothing.
        public var truncateBlocks: Bool

        public init(
            identity: String = "Keysight Technologies,N6705C,MY56001234,D.02.05.1262", module: String = "N6781A",
            load: SimulatedLoad, volts: Double = 5.0, voltsNoise: Double = 0, armDelaySeconds: Double = 0.02,
            stopAnsweringAfterReplies: Int? = nil, garbageReplies: Bool = false, truncateBlocks: Bool = false
        ) {
            self.init(
                identity: identity, module: module, measuring: .scripted(load), volts: volts, voltsNoise: voltsNoise,
                armDelaySeconds: armDelaySeconds, stopAnsweringAfterReplies: stopAnsweringAfterReplies,
                garbageReplies: garbageReplies, truncateBlocks: truncateBlocks)
        }

        /// A behaviour measuring a scripted or live load.
        public init(
            identity: String = "Keysight Technologies,N6705C,MY56001234,D.02.05.1262", module: String = "N6781A",
            measuring load: SimulatorLoad, volts: Double = 5.0, voltsNoise: Double = 0, armDelaySeconds: Double = 0.02,
            stopAnsweringAfterReplies: Int? = nil, garbageReplies: Bool = false, truncateBlocks: Bool = false
        ) {
            self.identity = identity
            self.module = module
            self.load = load
            self.volts = volts
            self.voltsNoise = voltsNoise
            self.armDelaySeconds = armDelaySeconds
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
        var requestedPeriod = 0.001
        var resolution = SCPIElogGrid.fine
        var logCurrent = false
        var logVoltage = false
        var minMaxCurrent = false
        var minMaxVoltage = false
        var binary = false
        var swapped = false
        var armedAtNs: Int64?
        var triggerNs: Int64?
        var period = 0.001
        var recordCurrent = true
        var recordVoltage = true
        var fetched = 0
        var replies = 0
        var truncatedOnce = false
        let connectedNs = meterClockNowNs()
        var noise = GaussianNoise(seed: behaviour.load.seed ^ 0x5C71)
        let converters = SCPIElogGrid.measurementConverters(module: behaviour.module)
        func number(_ value: Double) -> String { String(format: "%+.8E", value) }
        func volts() -> Double {
            behaviour.volts + (behaviour.voltsNoise > 0 ? behaviour.voltsNoise * noise.nextGaussian() : 0)
        }
        func parameters() -> Int {
            (logCurrent ? (minMaxCurrent ? 3 : 1) : 0) + (logVoltage ? (minMaxVoltage ? 3 : 1) : 0)
        }
        while let raw = client.readLine() {
            let line = String(decoding: raw, as: UTF8.self)
            log.lines.withLock { $0.append(line) }
            for part in line.split(separator: ";") {
                let text = part.trimming(" ")
                let rawHead = text.split(separator: " ").first.map(String.init) ?? ""
                let argument = text.dropFirst(rawHead.count).trimming(" ").uppercased()
                let head = SCPIHeader.canonical(rawHead)
                let flag = argument.split(separator: ",").first.map { $0.trimming(" ") } ?? ""
                let on = flag == "ON" || flag == "1"
                let answering = behaviour.stopAnsweringAfterReplies.map { replies < $0 } ?? true
                switch head {
                case "*IDN?": client.write(behaviour.identity + "\n")
                case "*CLS": errors.removeAll()
                case "*RST": break
                case "*OPC?": client.write("1\n")
                case "SYST:ERR?":
                    client.write(errors.isEmpty ? "+0,\"No error\"\n" : errors.removeFirst() + "\n")
                case "SYST:CHAN:MOD?": client.write(behaviour.module + "\n")
                case "STAT:OPER:COND?":
                    let armed = armedAtNs.map { meterClockNowNs() >= $0 } ?? false
                    client.write(triggerNs != nil ? "+32\n" : armed ? "+8\n" : "+0\n")
                case "SENS:ELOG:FUNC:CURR": logCurrent = on
                case "SENS:ELOG:FUNC:VOLT": logVoltage = on
                case "SENS:ELOG:FUNC:CURR:MINM": minMaxCurrent = on
                case "SENS:ELOG:FUNC:VOLT:MINM": minMaxVoltage = on
                case "SENS:ELOG:CURR:RANG", "SENS:ELOG:CURR:RANG:AUTO", "SENS:ELOG:VOLT:RANG",
                    "SENS:ELOG:VOLT:RANG:AUTO",
                    "TRIG:ELOG:SOUR":
                    break
                case "SENS:SWE:TINT:RES":
                    resolution = flag == "RES40" ? .coarse : .fine
                case "SENS:ELOG:PER":
                    if let value = Double(flag), value > 0 {
                        requestedPeriod = value
                    } else {
                        errors.append("-224,\"Illegal parameter value\"")
                    }
                case "SENS:ELOG:PER?":
                    client.write(
                        number(
                            SCPIElogGrid.periodInForce(
                                requestedPeriod, parameters: max(parameters(), 1),
                                resolution: resolution)) + "\n")
                case "FORM", "FORM:DATA": binary = flag.hasPrefix("REAL")
                case "FORM:BORD": swapped = flag.hasPrefix("SWAP")
                case "INIT:ELOG":
                    guard logCurrent || logVoltage else {
                        errors.append("-221,\"Settings conflict\"")
                        continue
                    }
                    if converters == 1, logCurrent, logVoltage {
                        // "If a power module has only one measurement converter, then either voltage or current, but
                        // not both, can be logged."
                        errors.append("-221,\"Settings conflict\"")
                        continue
                    }
                    period = SCPIElogGrid.periodInForce(
                        requestedPeriod, parameters: parameters(), resolution: resolution)
                    recordCurrent = logCurrent
                    recordVoltage = logVoltage
                    armedAtNs = meterClockNowNs() + Int64(behaviour.armDelaySeconds * 1e9)
                    triggerNs = nil
                case "ABOR:ELOG":
                    triggerNs = nil
                    armedAtNs = nil
                case "TRIG:ELOG", "*TRG":
                    guard let armed = armedAtNs, meterClockNowNs() >= armed, triggerNs == nil else {
                        errors.append("-211,\"Trigger ignored\"")
                        continue
                    }
                    triggerNs = meterClockNowNs()
                    fetched = 0
                case "FETC:ELOG?":
                    guard answering else { continue }
                    replies += 1
                    if behaviour.garbageReplies {
                        client.write([0x01, 0x7F, 0x41, 0x3F, 0x2C, 0x2C, 0x0A])
                        continue
                    }
                    let asked = Int(flag) ?? 1
                    var records = 0
                    let trigger = triggerNs ?? 0
                    if triggerNs != nil {
                        let known = max(trigger, behaviour.load.availableUntilNs(nowNs: meterClockNowNs()))
                        let available = Int(Double(known - trigger) / 1e9 / period) - fetched
                        records = max(0, min(asked, available))
                    }
                    var values: [Float] = []
                    for k in fetched..<(fetched + records) {
                        let from = trigger + Int64((Double(k) * period * 1e9).rounded())
                        let to = trigger + Int64((Double(k + 1) * period * 1e9).rounded())
                        let amps =
                            behaviour.load.averageAmps(fromNs: from, toNs: to, startNs: trigger, volts: behaviour.volts)
                            + (behaviour.load.noiseAmps > 0 ? behaviour.load.noiseAmps * noise.nextGaussian() : 0)
                        if recordCurrent { values.append(Float(amps)) }
                        if recordVoltage { values.append(Float(volts())) }
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
                case "MEAS:CURR?", "MEAS:VOLT?":
                    guard answering else { continue }
                    replies += 1
                    if behaviour.garbageReplies {
                        client.write("\u{1}OVLD\u{7f}\n")
                        continue
                    }
                    let at = behaviour.load.availableUntilNs(nowNs: meterClockNowNs())
                    let value =
                        head.hasPrefix("MEAS:CURR")
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

/// SCPI headers in their canonical short form: each node may come short or long, in any case; optional nodes are
/// dropped (the rule of SCPI 1999 §6.2.1 that Keysight's guides follow: `SENSe:ELOG:PERiod` = `SENS:ELOG:PER`).
enum SCPIHeader {
    /// Long form → short form of the mnemonics this simulator knows.
    static let shortForms: [String: String] = [
        "SENSE": "SENS", "FUNCTION": "FUNC", "CURRENT": "CURR", "VOLTAGE": "VOLT", "MINMAX": "MINM", "PERIOD": "PER",
        "RANGE": "RANG", "FORMAT": "FORM", "BORDER": "BORD", "TRIGGER": "TRIG", "SOURCE": "SOUR", "INITIATE": "INIT",
        "FETCH": "FETC", "ABORT": "ABOR", "MEASURE": "MEAS", "SYSTEM": "SYST", "ERROR": "ERR", "CHANNEL": "CHAN",
        "MODEL": "MOD", "STATUS": "STAT", "OPERATION": "OPER", "CONDITION": "COND", "SWEEP": "SWE", "TINTERVAL": "TINT",
        "RESOLUTION": "RES",
    ]
    /// Nodes that may be left out (`[:DC]`, `[:UPPer]`, `[:IMMediate]`, `[:NEXT]`, `[:EVENt]`).
    static let optional: Set<String> = ["DC", "UPP", "UPPER", "IMM", "IMMEDIATE", "NEXT"]

    static func canonical(_ header: String) -> String {
        var text = header.uppercased()
        let query = text.hasSuffix("?")
        if query { text.removeLast() }
        if text.hasPrefix(":") { text.removeFirst() }
        if text.hasPrefix("*") { return text + (query ? "?" : "") }
        var nodes = text.split(separator: ":").map { shortForms[String($0)] ?? String($0) }.filter {
            !optional.contains($0)
        }
        // `[SENSe:]ELOG…`: the root SENSe is optional before ELOG, as it is for the measurement setup commands.
        if nodes.first == "ELOG" { nodes.insert("SENS", at: 0) }
        return nodes.joined(separator: ":") + (query ? "?" : "")
    }
}
