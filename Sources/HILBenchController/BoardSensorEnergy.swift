internal import Foundation
public import HILBenchCore
import HILBenchMeters

/// Energy of a case from the board's own power sensor (a hwmon rail, a RAPL zone), for a board of any transport.
///
/// The agent samples the sensor on the board (`CaseSpec.sensor`) on its `CLOCK_MONOTONIC` — the clock the marker
/// and runner timestamps are taken on — and sends cumulative-energy checkpoints back with the result. The windows are
/// cut from those checkpoints at the board's own marker timestamps: one clock, so no clock mapping is needed (and
/// none is estimated). Nothing runs on the controller between `start()` and `stop(for:)`.
public struct BoardSensorEnergy: CaseEnergyMeasurement {
    public let sensor: BoardSensor
    public let idleBaselineMs: Int
    public let subtractBaseline: Bool
    public let windowsAsked: SuiteConfig.Energy.Windows
    public var wirePath: String? { nil }

    public init(
        sensor: BoardSensor, idleBaselineMs: Int, subtractBaseline: Bool,
        windowsAsked: SuiteConfig.Energy.Windows = .perRun
    ) {
        self.sensor = sensor
        self.idleBaselineMs = idleBaselineMs
        self.subtractBaseline = subtractBaseline
        self.windowsAsked = windowsAsked
    }

    /// The measurement for a target whose meter is an on-board sensor, or nil.
    public static func forTarget(_ target: TargetConfig, suite: SuiteConfig?) -> BoardSensorEnergy? {
        guard let sensor = BoardSensor(meter: target.meter) else { return nil }
        return BoardSensorEnergy(
            sensor: sensor, idleBaselineMs: suite?.energy.idleMs ?? 100,
            subtractBaseline: suite?.energy.subtractIdle ?? true, windowsAsked: suite?.energy.windows ?? .perRun)
    }

    /// Windows shorter than this many sensor periods carry more than a few per cent of edge error: each edge is
    /// resolved to about one period (the later of the polling period and the sensor's own update interval).
    public static let periodsPerWindow = 20.0
    /// Flag: the mean window is shorter than `periodsPerWindow` sensor periods (`note` gives the achievable length).
    public static let windowShorterThanSensorFlag = "windowShorterThanSensor"

    public func start() async throws {}

    public func stop(for result: CaseResult, clock: ClockMapping?) async throws -> CaseResult.Energy? {
        guard result.status == .ok, !result.latenciesNs.isEmpty else { return nil }
        guard let readings = result.sensorCheckpoints else {
            throw HILBenchError(
                .io,
                "the board sent no readings of its \(sensor.kind.rawValue) sensor (is its agent older than this controller? hilbench deploy-agent)"
            )
        }
        if let failure = readings.failure {
            throw HILBenchError(.io, "the board's sensor \(readings.sensor) failed: \(failure.message)")
        }
        guard readings.timesNs.count <= SensorCheckpoints.maxCheckpoints,
            readings.gaps.count <= SensorCheckpoints.maxCheckpoints
        else {
            throw HILBenchError(
                .io,
                "the board sent \(readings.timesNs.count) sensor checkpoints, more than \(SensorCheckpoints.maxCheckpoints)"
            )
        }
        var ledger: EnergyLedger
        do {
            ledger = try EnergyLedger(
                checkpoints: .init(
                    timesNs: readings.timesNs, energyJ: readings.energyJ, samples: readings.samples,
                    watts: readings.watts, highW: readings.highW, lowW: readings.lowW,
                    gaps: readings.gaps.map { ($0.fromNs, $0.toNs, $0.lost, $0.count) },
                    samplePeriodNs: readings.samplePeriodNs, spacingNs: readings.spacingNs,
                    capacity: min(readings.capacity, SensorCheckpoints.maxCheckpoints), totalGaps: readings.totalGaps,
                    totalLost: readings.totalLost, nonIncreasing: readings.nonIncreasing))
        } catch {
            throw HILBenchError(.io, "the board's sensor checkpoints are malformed: \(error)")
        }
        let baselineNs = idleBaselineMs > 0 ? Int64(idleBaselineMs) * 1_000_000 * 8 / 10 : nil
        let perInference = result.markerWindows == SuiteConfig.Energy.Windows.perInference.rawValue
        let report = ledger.report(
            windows: MeteredEnergy.spans(result.markerEdges.map { ($0.timeNs, $0.level) }),
            source: .softwareTimestamps, baselineNs: baselineNs,
            subtractBaseline: subtractBaseline && baselineNs != nil,
            baselinePlacement: perInference ? .beforeFirstWindow : .beforeEachWindow)
        let info = MeterInfo(
            kind: sensor.kind == .hwmon ? .hwmon : .rapl, model: readings.sensor,
            sampleRateHz: readings.periodMs > 0 ? 1_000 / readings.periodMs : 0, logicChannel: nil)
        var energy = try MeteredEnergy.figures(
            report: report, result: result, meter: info, windowsAsked: windowsAsked, minPulseNs: 0, mapping: nil,
            mappingAssumed: false)
        // What the sensor can resolve, said with every figure.
        let resolutionMs = max(readings.periodMs, readings.updateIntervalMs ?? 0)
        let shortestMs = Self.periodsPerWindow * resolutionMs
        let updates =
            readings.updateIntervalMs.map {
                "the sensor updates every \(Self.format($0)) ms (\(readings.updateIntervalSource ?? "source unknown"))"
            } ?? "the sensor's own update interval is unknown"
        var notes = [
            "sampled by the board's agent every \(Self.format(readings.periodMs)) ms on the board's clock, the clock of its "
                + "marker timestamps (no clock mapping); \(updates); windows of at least \(Self.format(shortestMs)) ms "
                + "keep each edge's error to about one period in \(Int(Self.periodsPerWindow))"
        ]
        let meanWindowMs = energy.windowSeconds * 1e3 / Double(max(energy.windowCount ?? 1, 1))
        if meanWindowMs < shortestMs {
            energy.flags.append(Self.windowShorterThanSensorFlag)
            notes.append("the windows average \(Self.format(meanWindowMs)) ms, shorter than that")
        }
        if let note = energy.note { notes.insert(note, at: 0) }
        energy.note = notes.joined(separator: "; ")
        return energy
    }

    static func format(_ milliseconds: Double) -> String {
        milliseconds >= 100 || milliseconds == milliseconds.rounded()
            ? String(Int(milliseconds.rounded())) : String(format: "%.2f", milliseconds)
    }
}
