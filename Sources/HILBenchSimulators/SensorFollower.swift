internal import Foundation
import HILBenchMeters
import HILBenchSystem
import Synchronization

/// A fake on-board sensor whose power follows the board's marker: watches a simulated marker wire (the agent or
/// runner appends `<t_ns> <0|1>` lines to it) and rewrites a `FakeSysfs` hwmon rail or RAPL counter to the idle or
/// active power, every millisecond on a thread of its own.
///
/// The instants at which the fake's power really changed are kept (`steps`), so a test knows the energy the sensor
/// had to give in any window exactly, whatever this thread's lag behind the marker.
public final class SensorFollower: Sendable {
    /// What the follower writes.
    public enum Target: Sendable {
        /// An INA3221/INA2xx channel at a fixed bus voltage: the current (mA) is idle or active.
        case hwmonRail(
            directory: String, channel: Int, label: String?, millivolts: Int64, idleMilliamps: Int64,
            activeMilliamps: Int64)
        /// A RAPL zone's `energy_uj`, advanced every tick by the power in force (W), wrapping at `maxRangeMicrojoules`.
        case raplZone(directory: String, idleWatts: Double, activeWatts: Double, maxRangeMicrojoules: Int64)
    }

    /// A change of the fake's power (`CLOCK_MONOTONIC` ns, active after it or not).
    public struct Step: Sendable, Hashable {
        public var timeNs: Int64
        public var active: Bool
    }

    private let stopping = Atomic<Bool>(false)
    private let ended = DispatchSemaphore(value: 0)
    private let state = Mutex<(steps: [Step], error: String?, writes: [CounterWrite])>(([], nil, []))

    /// A value written to a RAPL counter, and when it was in place (ns).
    public struct CounterWrite: Sendable, Hashable {
        public var timeNs: Int64
        public var microjoules: Int64
    }

    /// Starts following. The fake starts idle (written before this returns).
    public init(sysfs: FakeSysfs, wirePath: String, target: Target) throws {
        try Self.write(sysfs, target, active: false, energy: 0)
        let thread = Thread { [self] in
            var active = false
            var energyMicrojoules = 0.0
            var last = Monotonic.nowNs()
            defer { ended.signal() }
            while !stopping.load(ordering: .acquiring) {
                do {
                    let edges = try MarkerWire.read(path: wirePath)
                    let level = edges.last?.level ?? false
                    let now = Monotonic.nowNs()
                    if case .raplZone(_, let idle, let busy, _) = target {
                        energyMicrojoules += (active ? busy : idle) * Double(now - last) / 1e3  // W × ns = 1e-3 µJ
                    }
                    last = now
                    if level != active {
                        active = level
                        try Self.write(sysfs, target, active: active, energy: energyMicrojoules)
                        let applied = Monotonic.nowNs()
                        state.withLock { $0.steps.append(Step(timeNs: applied, active: active)) }
                    } else if case .raplZone = target {
                        try Self.write(sysfs, target, active: active, energy: energyMicrojoules)
                    }
                    if case .raplZone(_, _, _, let range) = target {
                        let written = CounterWrite(
                            timeNs: Monotonic.nowNs(), microjoules: Int64(energyMicrojoules.rounded()) % range)
                        state.withLock { $0.writes.append(written) }
                    }
                } catch {
                    state.withLock { $0.error = "\(error)" }
                    return
                }
                usleep(1_000)
            }
        }
        thread.name = "fake-sensor-follower"
        thread.start()
    }

    private static func write(_ sysfs: FakeSysfs, _ target: Target, active: Bool, energy: Double) throws {
        switch target {
        case .hwmonRail(let directory, let channel, let label, let millivolts, let idle, let busy):
            try sysfs.setRail(
                directory: directory, channel: channel,
                rail: .init(label: label, millivolts: millivolts, milliamps: active ? busy : idle))
        case .raplZone(let directory, _, _, let range):
            try sysfs.write(directory + "/energy_uj", String(Int64(energy.rounded()) % range))
        }
    }

    /// What the fake RAPL counter held over time: each value and the instant it was in place (empty for hwmon). A
    /// reader at time t saw the last value written before t, however far the thread lagged behind the true energy.
    public var counterWrites: [CounterWrite] { state.withLock { $0.writes } }

    /// Stops the thread and returns the power steps it applied.
    /// - Throws: the error that stopped it early (the wire or the fake could not be read or written).
    public func stop() throws -> [Step] {
        stopping.store(true, ordering: .releasing)
        ended.wait()
        let (steps, error) = state.withLock { ($0.steps, $0.error) }
        if let error { throw MeterError(code: .io, message: error, meter: "fake sensor follower") }
        return steps
    }

    /// Seconds the fake was active within [fromNs, toNs], from the applied steps.
    public static func activeSeconds(_ steps: [Step], fromNs: Int64, toNs: Int64) -> Double {
        var total: Int64 = 0
        var since: Int64?
        for step in steps {
            if step.active {
                since = step.timeNs
            } else if let begin = since {
                total += max(0, min(step.timeNs, toNs) - max(begin, fromNs))
                since = nil
            }
        }
        if let begin = since { total += max(0, toNs - max(begin, fromNs)) }
        return Double(total) / 1e9
    }
}
