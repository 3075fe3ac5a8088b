internal import Foundation
import Synchronization

// Memory of the controller's energy path over long captures: a synthetic meter streams one reused 1-second chunk
// per second of capture into an `EnergyCapture`, exactly as `MeteredEnergy` does (an integrator for windows on the
// meter's logic input, a ledger for windows known only at the end), and the peak resident set is read from
// /proc/self/status after resetting it (`clear_refs` 5).

extension EnergyBenchmarks {
    /// One streamed capture: its length, rate, path, the peak RSS during it and how much of that is growth.
    public struct StreamedMemory: Sendable {
        public var seconds: Int
        public var sampleRateHz: Int
        public var ledger: Bool
        public var peakBytes: Int
        public var growthBytes: Int
        public var elapsedSeconds: Double
        public var windows: Int
    }

    /// Streams `seconds` of a `sampleRateHz` capture (a 0.8 s marker window in every second) through
    /// `EnergyCapture` and reports the peak RSS. With `ledger` the windows are given at the end, from the marker
    /// edges, as for GPIO capture or software timestamps.
    public static func streamedCaptureMemory(
        seconds: Int, sampleRateHz: Int, ledger: Bool
    ) async throws
        -> StreamedMemory
    {
        let meter = SyntheticStreamMeter(sampleRateHz: sampleRateHz, logic: !ledger)
        let before = residentBytes()
        resetPeakResident()
        let clock = ContinuousClock()
        let started = clock.now
        let capture: EnergyCapture
        if ledger {
            capture = try await EnergyCapture.start(meter: meter, ledger: EnergyLedger())
        } else {
            capture = try await EnergyCapture.start(meter: meter, integrator: controllerIntegrator())
        }
        meter.stream(seconds: seconds)
        _ = try await capture.stop()
        let report: EnergyReport
        if ledger {
            let windows = (0..<seconds).map { second in
                EnergyIntegrator.Window(
                    beginNs: Int64(second) * 1_000_000_000 + 100_000_000,
                    endNs: Int64(second) * 1_000_000_000 + 900_000_000)
            }
            report = capture.report(
                windows: windows, source: .gpioCapture, baselineNs: 80_000_000, subtractBaseline: true)
        } else {
            report = capture.report()
        }
        let peak = max(peakResidentBytes(), residentBytes())
        let elapsed = clock.now - started
        blackHole(report.totals.netEnergyJ)
        return StreamedMemory(
            seconds: seconds, sampleRateHz: sampleRateHz, ledger: ledger, peakBytes: peak,
            growthBytes: max(0, peak - before),
            elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            windows: report.windows.count)
    }

    /// The four streamed-capture figures: 300 s at 100 kS/s and 1 h at 1 MS/s, each with logic windows and with
    /// windows given at the end.
    public static func memoryFigures() async throws -> [Figure] {
        var figures: [Figure] = []
        for (seconds, rate) in [(300, 100_000), (3_600, 1_000_000)] {
            for ledger in [false, true] {
                let m = try await streamedCaptureMemory(seconds: seconds, sampleRateHz: rate, ledger: ledger)
                let name =
                    "\(seconds == 3_600 ? "1 h" : "\(seconds) s") at \(rate >= 1_000_000 ? "\(rate / 1_000_000) MS/s" : "\(rate / 1_000) kS/s"), "
                    + (ledger ? "windows at the end" : "logic windows")
                figures.append(
                    Figure(
                        name: name,
                        value: String(
                            format: "%.1f MB, +%.1f MB, %.1f s", Double(m.peakBytes) / 1e6,
                            Double(m.growthBytes) / 1e6, m.elapsedSeconds),
                        goal: "growth < 64 MB"))
            }
        }
        return figures
    }

    /// VmHWM from /proc/self/status (bytes); 0 where unavailable.
    static func peakResidentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return digits * 1_024
        }
        return 0
    }

    /// Resets VmHWM to the current RSS (Linux ≥ 4.0: `echo 5 > /proc/self/clear_refs`).
    static func resetPeakResident() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return }
        _ = write(fd, "5", 1)
        close(fd)
    }
}

/// A meter that streams a synthetic capture as fast as the sink takes it: one reused 1-second chunk per second
/// (2 W idle, +1.5 W with the marker from 0.1 s to 0.9 s of every second), uniform timing.
final class SyntheticStreamMeter: PowerMeter {
    let info: MeterInfo
    private let rate: Int
    private let logic: Bool
    private let sink = Mutex<(@Sendable (PowerChunk) -> Void)?>(nil)
    private let delivered = Atomic<Int>(0)

    init(sampleRateHz: Int, logic: Bool) {
        rate = sampleRateHz
        self.logic = logic
        info = MeterInfo(
            kind: .simulated, model: "synthetic stream", sampleRateHz: Double(sampleRateHz),
            logicChannel: logic ? "bit 0: synthetic marker" : nil)
    }

    func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws {
        self.sink.withLock { $0 = sink }
    }

    func stopStreaming() async throws -> CaptureSummary {
        sink.withLock { $0 = nil }
        return CaptureSummary(meter: info, samples: delivered.load(ordering: .relaxed))
    }

    /// Hands `seconds` chunks to the sink (on the caller's thread, like a meter's reader thread).
    func stream(seconds: Int) {
        guard let sink = sink.withLock({ $0 }) else { return }
        let period = Int64(1_000_000_000 / rate)
        var watts = [Float](repeating: 0, count: rate)
        var bits = [UInt8](repeating: 0, count: logic ? rate : 0)
        for k in 0..<rate {
            let high = k >= rate / 10 && k < rate - rate / 10
            watts[k] = 2.0 + (high ? 1.5 : 0) + Float(k % 251) * 0.0001
            if logic { bits[k] = high ? 1 : 0 }
        }
        for second in 0..<seconds {
            // The same arrays every second: the chunk shares their storage, nothing is copied.
            sink(
                PowerChunk(
                    timing: .uniform(startNs: Int64(second) * 1_000_000_000, periodNs: period), watts: watts,
                    logic: bits))
            delivered.add(rate, ordering: .relaxed)
        }
    }
}
