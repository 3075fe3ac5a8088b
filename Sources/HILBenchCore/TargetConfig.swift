/// One board: how to reach it, what it is, and how it is measured. Loaded from `Targets/<name>.yaml`.
public struct TargetConfig: Sendable, Codable, Equatable {
    public var name: String
    public var description: String?
    public var transport: Transport
    public var chip: Chip
    public var marker: Marker
    public var meter: Meter
    /// How the controller cuts and restores the board's power (nil: it cannot).
    public var power: Power?
    /// The file it was loaded from (empty when built in code).
    public var sourcePath: String

    /// How the controller reaches the board's agent.
    public enum Transport: Sendable, Codable, Equatable {
        /// A child `hilbench-agent` on this machine.
        case local(agentPath: String?)
        case ssh(SSH)
        case http(HTTP)

        /// Whether the board is this machine (its agent a local child).
        public var isLocal: Bool {
            if case .local = self { return true }
            return false
        }
    }

    public struct SSH: Sendable, Codable, Equatable {
        public var host: String
        public var port: Int
        public var user: String?
        public var identityFile: String?
        public var knownHosts: String
        public var proxyJump: String?
        public var agentPath: String
        /// The same board's agent over HTTP, when it also serves (lets one board be used either way).
        public var httpURL: String?
        public var tokenFile: String?
        /// The agent's artifact store on the board (`hilbench-agent stdio --store`); nil: the agent's default.
        public var artifactStore: String?
        /// The quota of that store in MiB (`hilbench-agent stdio --max-store-mb`); nil: the agent's default.
        public var artifactStoreMaxMB: Int?

        public init(
            host: String, port: Int = 22, user: String? = nil, identityFile: String? = nil, knownHosts: String,
            proxyJump: String? = nil,
            agentPath: String = "hilbench-agent", httpURL: String? = nil, tokenFile: String? = nil,
            artifactStore: String? = nil, artifactStoreMaxMB: Int? = nil
        ) {
            self.host = host
            self.port = port
            self.user = user
            self.identityFile = identityFile
            self.knownHosts = knownHosts
            self.proxyJump = proxyJump
            self.agentPath = agentPath
            self.httpURL = httpURL
            self.tokenFile = tokenFile
            self.artifactStore = artifactStore
            self.artifactStoreMaxMB = artifactStoreMaxMB
        }
    }

    public struct HTTP: Sendable, Codable, Equatable {
        public var url: String
        public var tokenFile: String?
        public var caFile: String?
        public var pinnedPublicKey: String?
    }

    /// Chip facts used by reports (perf per dollar, per watt).
    public struct Chip: Sendable, Codable, Equatable {
        public var soc: String
        public var cores: Int?
        public var accelerator: String?
        public var priceUSD: Double?
        public var tdpWatts: Double?

        public init(
            soc: String, cores: Int? = nil, accelerator: String? = nil, priceUSD: Double? = nil, tdpWatts: Double? = nil
        ) {
            self.soc = soc
            self.cores = cores
            self.accelerator = accelerator
            self.priceUSD = priceUSD
            self.tdpWatts = tdpWatts
        }
    }

    /// The GPIO line the board toggles around the measured window.
    public struct Marker: Sendable, Codable, Equatable {
        public enum Backend: String, Sendable, Codable, CaseIterable { case simulated, libgpiod, none }
        public var backend: Backend
        /// Chip path, name or label (libgpiod).
        public var chip: String?
        public var line: Int?
        public var activeLow: Bool
        /// Simulated backend: the file the simulated line writes its edges to (the "wire" the simulated
        /// meter reads). Default: a per-run file chosen by the controller.
        public var wire: String?

        /// A controller GPIO input wired to this marker: its kernel-timestamped edges cut the meter's windows when the
        /// meter has no logic input of its own (nil: the board's own marker timestamps do).
        public var capture: Capture?

        /// Where the controller sees the marker.
        public struct Capture: Sendable, Codable, Equatable {
            /// `libgpiod` (a real input line) or `simulated` (reads the simulated marker's wire, for machines without GPIO).
            public enum Backend: String, Sendable, Codable, CaseIterable { case libgpiod, simulated }
            public var backend: Backend
            public var chip: String?
            public var line: Int?
            public var activeLow: Bool

            public init(backend: Backend, chip: String? = nil, line: Int? = nil, activeLow: Bool = false) {
                self.backend = backend
                self.chip = chip
                self.line = line
                self.activeLow = activeLow
            }
        }

        public init(
            backend: Backend, chip: String? = nil, line: Int? = nil, activeLow: Bool = false, wire: String? = nil,
            capture: Capture? = nil
        ) {
            self.backend = backend
            self.chip = chip
            self.line = line
            self.activeLow = activeLow
            self.wire = wire
            self.capture = capture
        }

        public static let simulated = Marker(backend: .simulated)
    }

    /// The power meter wired to the board.
    public struct Meter: Sendable, Codable, Equatable {
        /// `simulated` (follows the marker), `ppk2` (Nordic PPK2 on a serial port, D0 wired to the marker),
        /// `scpi` (an N6705-style instrument over TCP; windows from the marker edges' timestamps), `otii` (a Qoitech
        /// Otii's TCP server, a digital input wired to the marker), `hwmon` (an on-board INA sensor rail through
        /// Linux hwmon), `rapl` (an x86 RAPL energy counter through powercap), `none`.
        public enum Kind: String, Sendable, Codable, CaseIterable {
            case simulated, ppk2, scpi, otii, hwmon, rapl, none
        }
        /// The Otii digital input the marker is wired to.
        public enum DigitalInput: String, Sendable, Codable, CaseIterable { case i1, i2 }
        public var kind: Kind
        public var sampleRateHz: Double
        public var idleWatts: Double
        public var activeWatts: Double
        public var noiseWatts: Double
        public var seed: UInt64
        /// ppk2: the serial device (`/dev/ttyACM0`); otii: the device name or id (nil: the first device).
        public var device: String?
        /// ppk2: source voltage in mV.
        public var sourceMillivolts: Int?
        /// scpi, otii: the instrument's (server's) address and port; scpi: its identity and channel.
        public var host: String?
        public var port: Int?
        public var expectedManufacturer: String?
        public var expectedModel: String?
        public var channel: Int?
        /// otii: the digital input wired to the marker (default `i1`).
        public var digitalInput: DigitalInput?
        /// otii: a JSON file with the Otii account (`{"username": …, "password": …}`) to log in and reserve a licence.
        public var credentials: String?
        /// otii: who powers the board (`otii`: its main output at `supplyVolts`, limited to `maxCurrentAmps`).
        public var supply: Supply?
        public var supplyVolts: Double?
        public var maxCurrentAmps: Double?
        /// otii: the marker's logic level (V), at which the expansion port is enabled (default 3.3).
        public var logicVolts: Double?
        /// scpi: the data logger's current range (A), or auto-ranging; neither leaves the instrument's setting.
        public var currentRangeAmps: Double?
        public var currentAutoRange: Bool?
        /// ppk2: smooth the readings after a range switch as Nordic's app does (default true).
        public var spikeFilter: Bool?
        /// hwmon: the sensor chip's hwmon `name` (`ina3221`, `ina226`, `ina219`) and the rail's `inN_label`.
        public var sensorChip: String?
        public var rail: String?
        /// rapl: the powercap zone's `name` (`package-0`, `core`, `dram`, `psys`) or directory (`intel-rapl:0`).
        public var domain: String?
        /// hwmon, rapl: how often the sensor is read (ms).
        public var periodMs: Double?
        /// hwmon, rapl: where sysfs is mounted (default `/sys`; tests give a fake tree).
        public var sysfsRoot: String?
        public enum Supply: String, Sendable, Codable, CaseIterable { case otii, external }

        public static let simulated = Meter(
            kind: .simulated, sampleRateHz: 10_000, idleWatts: 2.0, activeWatts: 1.5, noiseWatts: 0.02, seed: 1)
        public static let none = Meter(
            kind: .none, sampleRateHz: 0, idleWatts: 0, activeWatts: 0, noiseWatts: 0, seed: 0)
    }

    /// The board's power relay and how long a power cycle takes.
    public struct Power: Sendable, Codable, Equatable {
        /// What switches the board's supply.
        public enum Relay: Sendable, Codable, Equatable {
            /// A relay on a controller GPIO output (libgpiod): line active = power on.
            case gpio(chip: String, line: Int, activeLow: Bool)
            /// A PDU or script: argument arrays run on the controller (never through a shell).
            case command(off: [String], on: [String])
        }
        public var relay: Relay
        /// How long the supply stays off.
        public var offSeconds: Double
        /// How long the board may take to answer again after power returns.
        public var bootTimeoutSeconds: Double

        public init(relay: Relay, offSeconds: Double = 2, bootTimeoutSeconds: Double = 120) {
            self.relay = relay
            self.offSeconds = offSeconds
            self.bootTimeoutSeconds = bootTimeoutSeconds
        }
    }

    public init(
        name: String, description: String? = nil, transport: Transport, chip: Chip, marker: Marker, meter: Meter,
        power: Power? = nil, sourcePath: String = ""
    ) {
        self.name = name
        self.description = description
        self.transport = transport
        self.chip = chip
        self.marker = marker
        self.meter = meter
        self.power = power
        self.sourcePath = sourcePath
    }
}
