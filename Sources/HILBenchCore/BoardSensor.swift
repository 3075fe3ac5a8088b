// An on-board power sensor is read where it is: by the agent, on the board's CLOCK_MONOTONIC, the clock its marker
// and runner timestamps are taken on. The controller sends which sensor to sample with the case (`CaseSpec.sensor`)
// and gets back cumulative-energy checkpoints (`CaseResult.sensorCheckpoints`), from which it cuts the windows
// with no clock mapping at all.

/// An on-board power sensor the agent samples during a case: a target's `meter: {kind: hwmon | rapl, …}`.
public struct BoardSensor: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case hwmon, rapl }
    public var kind: Kind
    /// hwmon: the chip's hwmon `name` (`ina3221`, `ina226`, `ina219`) and the rail's `inN_label` (nil: channel 1).
    public var chip: String?
    public var rail: String?
    /// rapl: the powercap zone's `name` (`package-0`, `core`, …) or directory (`intel-rapl:0`).
    public var domain: String?
    /// How often the sensor is read (ms).
    public var periodMs: Double
    /// Where sysfs is mounted on the board (`/sys`; tests give a fake tree). Absolute.
    public var sysfsRoot: String

    public init(
        kind: Kind, chip: String? = nil, rail: String? = nil, domain: String? = nil, periodMs: Double = 10,
        sysfsRoot: String = "/sys"
    ) {
        self.kind = kind
        self.chip = chip
        self.rail = rail
        self.domain = domain
        self.periodMs = periodMs
        self.sysfsRoot = sysfsRoot
    }

    /// The sensor a target's meter names, or nil when its meter is an instrument (or none).
    public init?(meter: TargetConfig.Meter) {
        switch meter.kind {
        case .hwmon:
            self.init(
                kind: .hwmon, chip: meter.sensorChip, rail: meter.rail, periodMs: meter.periodMs ?? 10,
                sysfsRoot: meter.sysfsRoot ?? "/sys")
        case .rapl:
            self.init(
                kind: .rapl, domain: meter.domain ?? "package-0", periodMs: meter.periodMs ?? 10,
                sysfsRoot: meter.sysfsRoot ?? "/sys")
        default:
            return nil
        }
    }
}

/// What the agent measured with an on-board sensor during a case: cumulative-energy checkpoints on the board's
/// `CLOCK_MONOTONIC` (an `EnergyLedger` sealed and sent column by column), bounded in size whatever the case's
/// length (the ledger thins them), and what it learned about the sensor.
public struct SensorCheckpoints: Sendable, Codable, Equatable {
    /// An interval longer than 1.5 sample periods (samples lost), or several merged.
    public struct Gap: Sendable, Codable, Equatable {
        public var fromNs: Int64
        public var toNs: Int64
        public var lost: Int
        public var count: Int

        public init(fromNs: Int64, toNs: Int64, lost: Int, count: Int) {
            self.fromNs = fromNs
            self.toNs = toNs
            self.lost = lost
            self.count = count
        }
    }

    /// Why the sensor's data could not be used (a file missing or unreadable, a non-numeric value, a counter going
    /// backwards); `file` is the sysfs file concerned. The checkpoints before it stay in the reply.
    public struct Failure: Sendable, Codable, Equatable {
        public var message: String
        public var file: String?

        public init(message: String, file: String?) {
            self.message = message
            self.file = file
        }
    }

    /// The sensor as the meter names it (`ina3221 rail VDD_IN`, `RAPL package-0`).
    public var sensor: String
    public var kind: BoardSensor.Kind
    /// The polling period asked (ms).
    public var periodMs: Double
    /// How often the sensor itself updates (ms), and where that figure comes from (the hwmon `update_interval` file
    /// read on the board, or the documented value); nil when neither is known.
    public var updateIntervalMs: Double?
    public var updateIntervalSource: String?
    /// The ledger: its sample period (gap detection), mark spacing (0: every sample is a mark) and capacity.
    public var samplePeriodNs: Int64
    public var spacingNs: Int64
    public var capacity: Int
    /// One entry per checkpoint, in time order: instant (ns, board clock), ∫ P dt since the first sample (J), samples
    /// up to and including it, power at it (W), and the highest and lowest power since the previous checkpoint (W).
    public var timesNs: [Int64]
    public var energyJ: [Double]
    public var samples: [Int]
    public var watts: [Float]
    public var highW: [Float]
    public var lowW: [Float]
    public var gaps: [Gap]
    public var totalGaps: Int
    public var totalLost: Int
    /// Samples dropped because their timestamp did not advance.
    public var nonIncreasing: Int
    public var failure: Failure?

    public init(
        sensor: String, kind: BoardSensor.Kind, periodMs: Double, updateIntervalMs: Double? = nil,
        updateIntervalSource: String? = nil, samplePeriodNs: Int64 = 0, spacingNs: Int64 = 0, capacity: Int = 0,
        timesNs: [Int64] = [], energyJ: [Double] = [], samples: [Int] = [], watts: [Float] = [], highW: [Float] = [],
        lowW: [Float] = [], gaps: [Gap] = [], totalGaps: Int = 0, totalLost: Int = 0, nonIncreasing: Int = 0,
        failure: Failure? = nil
    ) {
        self.sensor = sensor
        self.kind = kind
        self.periodMs = periodMs
        self.updateIntervalMs = updateIntervalMs
        self.updateIntervalSource = updateIntervalSource
        self.samplePeriodNs = samplePeriodNs
        self.spacingNs = spacingNs
        self.capacity = capacity
        self.timesNs = timesNs
        self.energyJ = energyJ
        self.samples = samples
        self.watts = watts
        self.highW = highW
        self.lowW = lowW
        self.gaps = gaps
        self.totalGaps = totalGaps
        self.totalLost = totalLost
        self.nonIncreasing = nonIncreasing
        self.failure = failure
    }

    /// Most checkpoints a reply may carry (the agent keeps 4096; a reply is checked like any input).
    public static let maxCheckpoints = 1 << 16
}
