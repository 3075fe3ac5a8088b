internal import Foundation
import HILBenchCore
import HILBenchMeters
import HILBenchSystem

/// The board's own power sensor, sampled by the agent around a case (`CaseSpec.sensor`): on this board's
/// `CLOCK_MONOTONIC`, the clock of the marker and runner timestamps, so the controller needs no clock mapping.
struct BoardSensorSampling {
    let sensor: BoardSensor
    private let recording: SensorRecording?
    private let startFailure: SensorCheckpoints.Failure?

    /// Starts sampling; a sensor that cannot be started is reported with the result, and the case runs anyway.
    init(_ sensor: BoardSensor) {
        self.sensor = sensor
        do throws(MeterError) {
            switch sensor.kind {
            case .hwmon:
                recording = try SensorRecording.start(
                    hwmon: .init(
                        sysfsRoot: sensor.sysfsRoot, chip: sensor.chip ?? "", rail: sensor.rail,
                        periodMs: sensor.periodMs))
            case .rapl:
                recording = try SensorRecording.start(
                    rapl: .init(
                        powercapRoot: sensor.sysfsRoot + "/class/powercap", zone: sensor.domain ?? "package-0",
                        periodMs: sensor.periodMs))
            }
            startFailure = nil
        } catch {
            recording = nil
            startFailure = Self.failure(error)
        }
    }

    /// Stops sampling, once the sensor has been read twice after `lastEdgeNs` (a RAPL sample is stamped halfway
    /// between two reads: the window's last edge needs a sample after it), and returns what the sensor gave
    /// (checkpoints, or why there are none or fewer).
    func finish(lastEdgeNs: Int64?) -> SensorCheckpoints {
        if recording != nil, let lastEdgeNs {
            let resolution = max(sensor.periodMs, recording?.updateIntervalMs ?? 0)
            let until = lastEdgeNs + Int64((2 * resolution + 5) * 1e6)
            let wait = until - Monotonic.nowNs()
            if wait > 0 { usleep(UInt32(min(wait / 1_000, 1_000_000))) }
        }
        let name =
            sensor.kind == .hwmon
            ? "\(sensor.chip ?? "?")\(sensor.rail.map { " rail \($0)" } ?? "")" : "RAPL \(sensor.domain ?? "package-0")"
        guard let recording else {
            return SensorCheckpoints(sensor: name, kind: sensor.kind, periodMs: sensor.periodMs, failure: startFailure)
        }
        let (c, error) = recording.stop()
        return SensorCheckpoints(
            sensor: recording.info.model, kind: sensor.kind, periodMs: sensor.periodMs,
            updateIntervalMs: recording.updateIntervalMs, updateIntervalSource: recording.updateIntervalSource,
            samplePeriodNs: c.samplePeriodNs, spacingNs: c.spacingNs, capacity: c.capacity, timesNs: c.timesNs,
            energyJ: c.energyJ, samples: c.samples, watts: c.watts, highW: c.highW, lowW: c.lowW,
            gaps: c.gaps.map { .init(fromNs: $0.fromNs, toNs: $0.toNs, lost: $0.lost, count: $0.count) },
            totalGaps: c.totalGaps, totalLost: c.totalLost, nonIncreasing: c.nonIncreasing,
            failure: error.map(Self.failure))
    }

    static func failure(_ error: MeterError) -> SensorCheckpoints.Failure {
        .init(message: error.description, file: error.address ?? error.file)
    }
}
