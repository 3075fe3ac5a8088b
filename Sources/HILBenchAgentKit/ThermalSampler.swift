import Foundation
import HILBenchCore
import HILBenchSystem

/// Heat and speed as the kernel shows them, read under `root` (tests point it at a fake tree): the hottest thermal
/// zone (`/sys/class/thermal/thermal_zone*/temp`, m°C), the current CPU frequencies (`cpufreq/scaling_cur_freq`, kHz)
/// and the thermal-throttle counters (`thermal_throttle/{core,package}_throttle_count`, x86).
struct ThermalSensors: Sendable {
    let root: String
    /// The files read on every sample, found once: zones' `temp`, CPUs' `scaling_cur_freq` and throttle counters.
    private let zoneFiles: [String]
    private let frequencyFiles: [String]
    private let throttleFiles: [String]

    init(root: String) {
        self.root = root
        let thermal = root + "/sys/class/thermal"
        zoneFiles = ((try? FileManager.default.contentsOfDirectory(atPath: thermal)) ?? [])
            .filter { $0.hasPrefix("thermal_zone") }.sorted().map { thermal + "/" + $0 + "/temp" }
        let cpuRoot = root + "/sys/devices/system/cpu"
        let cpus = ((try? FileManager.default.contentsOfDirectory(atPath: cpuRoot)) ?? [])
            .filter { $0.hasPrefix("cpu") && Int($0.dropFirst(3)) != nil }.sorted {
                Int($0.dropFirst(3))! < Int($1.dropFirst(3))!
            }
        frequencyFiles = cpus.map { "\(cpuRoot)/\($0)/cpufreq/scaling_cur_freq" }
        throttleFiles = cpus.flatMap { cpu in
            ["core_throttle_count", "package_throttle_count"].map { "\(cpuRoot)/\(cpu)/thermal_throttle/\($0)" }
        }
    }

    func hottestCelsius() -> Double? {
        zoneFiles.compactMap { Self.number($0).map { $0 / 1000 } }.max()
    }

    func frequenciesMHz() -> [Double] {
        frequencyFiles.compactMap { Self.number($0).map { $0 / 1000 } }
    }

    /// Sum of every CPU's throttle counters; nil where the kernel has none.
    func throttleCount() -> Int? {
        let counts = throttleFiles.compactMap { Self.number($0).map(Int.init) }
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }

    private static func number(_ path: String) -> Double? {
        (try? String(contentsOfFile: path, encoding: .utf8)).flatMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// Samples the sensors during a case (at most once per period) and judges whether the case throttled.
struct ThermalSampler {
    let sensors: ThermalSensors
    let periodNs: Int64
    private var lastNs: Int64 = 0
    private var throttleAtStart: Int?
    private var thermal = CaseResult.Thermal()
    private var seenAnything = false

    init(sensors: ThermalSensors, periodMs: Int, cooldown: (seconds: Double, timedOut: Bool)?) {
        self.sensors = sensors
        periodNs = Int64(periodMs) * 1_000_000
        thermal.cooldownSeconds = cooldown?.seconds
        thermal.cooldownTimedOut = cooldown?.timedOut ?? false
        thermal.startCelsius = sensors.hottestCelsius()
        throttleAtStart = sensors.throttleCount()
        seenAnything = thermal.startCelsius != nil || throttleAtStart != nil
    }

    /// Reads the sensors if a period has passed (or `force`). Frequencies count only while `timed` (the iterations).
    mutating func sample(timed: Bool, force: Bool = false) {
        let now = Monotonic.nowNs()
        guard force || now - lastNs >= periodNs else { return }
        lastNs = now
        if let celsius = sensors.hottestCelsius() {
            thermal.maxCelsius = max(thermal.maxCelsius ?? celsius, celsius)
            seenAnything = true
        }
        if timed {
            for mhz in sensors.frequenciesMHz() {
                thermal.minFrequencyMHz = min(thermal.minFrequencyMHz ?? mhz, mhz)
                thermal.maxFrequencyMHz = max(thermal.maxFrequencyMHz ?? mhz, mhz)
                seenAnything = true
            }
        }
        thermal.samples += 1
    }

    /// The case's heat record, or nil when the board shows no sensor at all.
    mutating func finish(throttleCelsius: Double?) -> CaseResult.Thermal? {
        sample(timed: false, force: true)
        guard seenAnything else { return nil }
        if let start = throttleAtStart, let end = sensors.throttleCount(), end > start {
            thermal.throttleEvents = end - start
            thermal.throttleReasons.append(
                "the kernel counted \(end - start) thermal-throttle event\(end - start == 1 ? "" : "s")")
        }
        if let limit = throttleCelsius, let hottest = thermal.maxCelsius, hottest >= limit {
            thermal.throttleReasons.append(String(format: "reached %.1f °C (throttle_c %.1f)", hottest, limit))
        }
        return thermal
    }
}

extension ThermalSensors {
    /// Waits until the hottest zone is below `celsius`, checking every `pollSeconds`, for at most `timeoutSeconds`.
    /// Returns how long it waited and whether it gave up; nil when the board has no thermal zone.
    func coolDown(
        below celsius: Double, timeoutSeconds: Double, pollSeconds: Double = 0.25,
        cancelled: () -> Bool = { false }
    ) -> (seconds: Double, timedOut: Bool)? {
        guard var hottest = hottestCelsius() else { return nil }
        let start = Monotonic.nowNs()
        func elapsed() -> Double { Double(Monotonic.nowNs() - start) / 1e9 }
        while hottest >= celsius {
            if elapsed() >= timeoutSeconds || cancelled() { return (elapsed(), true) }
            Thread.sleep(forTimeInterval: pollSeconds)
            hottest = hottestCelsius() ?? -.infinity
        }
        return (elapsed(), false)
    }
}
