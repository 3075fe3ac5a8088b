internal import Foundation

/// Micro-benchmarks of the energy path, for the project's benchmark executable.
public enum EnergyBenchmarks {
    /// One printed figure: what was measured, the result, and the goal it is held to.
    public struct Figure: Sendable, Hashable {
        public var name: String
        public var value: String
        public var goal: String
    }

    /// Every energy figure (medians of `runs` runs): general and uniform integration over `samples`
    /// samples, PPK2 decode + integrate, and the memory of a 1-hour 1 MS/s capture fed in chunks.
    public static func figures(samples: Int = 64 << 20, runs: Int = 5) -> [Figure] {
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let general = median((0..<runs).map { _ in integrationThroughput(samples: samples).samplesPerSecond })
        let uniform = median((0..<runs).map { _ in uniformIntegrationThroughput(samples: samples).samplesPerSecond })
        let ppk2 = median(
            (0..<runs).map { _ in ppk2DecodeAndIntegrate(samples: min(samples, 16 << 20)).samplesPerSecond })
        let memory = longCaptureMemory(seconds: 3_600, sampleRateHz: 1_000_000)
        // What one core can read, over the same 5 B per sample, and the kernel alone with each kind of partial sum.
        let bandwidth = median((0..<runs).map { _ in streamingReadBandwidth(samples: samples) })
        let kernelDouble = median(
            (0..<runs).map { _ in uniformKernelThroughput(samples: samples, floatPartialSums: false) })
        let kernelFloat = median(
            (0..<runs).map { _ in uniformKernelThroughput(samples: samples, floatPartialSums: true) })
        func ofBandwidth(_ samplesPerSecond: Double) -> String {
            String(
                format: "%.2f G samples/s = %.1f GB/s, %.0f%% of one core's read", samplesPerSecond / 1e9,
                samplesPerSecond * 5 / 1e9, samplesPerSecond * 5 / bandwidth * 100)
        }
        let known = knownAnswers()
        return [
            Figure(
                name: "known answers: worst energy recovery error",
                value: String(format: "%.3f%% (%d traces)", known.worstRelativeError * 100, known.recovered),
                goal: "≤ 0.5% (noise, jitter, off-grid edges)"),
            Figure(
                name: "known answers with lost samples: flagged",
                value: "\(known.damagedFlagged) of \(known.damaged)", goal: "all"),
            Figure(
                name: "energy integration, timestamps (13 B/sample)",
                value: String(format: "%.2f G samples/s", general / 1e9),
                goal: "(general path)"),
            Figure(
                name: "energy integration, uniform rate (5 B/sample)", value: ofBandwidth(uniform),
                goal: "≥ 1 G samples/s; ≥ 3.5× numpy.trapezoid (scripts/bench/numpy_trapezoid.py)"),
            Figure(
                name: "one core streaming read of the same bytes (Σ of 64-bit words)",
                value: String(format: "%.1f GB/s", bandwidth / 1e9), goal: "(the ceiling for one core)"),
            Figure(
                name: "uniform kernel alone, Double partial sums", value: ofBandwidth(kernelDouble),
                goal: "(exact to 1e-15)"),
            Figure(
                name: "uniform kernel alone, Float partial sums (16 per lane)", value: ofBandwidth(kernelFloat),
                goal: String(format: "(within %.1e of Σ|P|)", EnergyIntegrator.floatSumRelativeBound)),
            Figure(
                name: "PPK2 frames: decode + integrate", value: String(format: "%.0f M samples/s", ppk2 / 1e6),
                goal: "≥ 100 M samples/s"),
            Figure(
                name: "1 h at 1 MS/s fed in 1 s chunks: RSS growth",
                value: String(format: "%.1f MB (%.1f s)", Double(memory.peakGrowthBytes) / 1e6, memory.seconds),
                goal: "constant, < 64 MB"),
        ]
    }

    /// Throughput of `EnergyIntegrator` over a synthetic Float32 trace with Int64 timestamps (the general path).
    ///
    /// The trace has `samples` samples at 1 MS/s (uniform times, a power pattern with a few hundred
    /// distinct values, logic bit 0 high from 10 % to 90 % of the trace). The integrator runs as the
    /// controller uses it: logic windows, 50 µs glitch filter, 100 ms baseline, subtraction, samples fed
    /// in 64 Ki-sample chunks. Building the trace is not timed. After one warm-up pass, passes repeat until
    /// 0.25 s have been spent (at least 3); the fastest pass is reported.
    /// - Parameter samples: Trace length (≥ 2). 10 M samples take 130 MB.
    /// - Returns: Samples per second of the fastest pass, and its duration in seconds.
    public static func integrationThroughput(samples: Int) -> (samplesPerSecond: Double, seconds: Double) {
        let count = max(2, samples)
        let (watts, logic) = pattern(count)
        var times = [Int64](repeating: 0, count: count)
        for k in 0..<count { times[k] = 1_000_000_000 + Int64(k) * 1_000 }
        return timeBest(count: count) {
            times.withUnsafeBufferPointer { t in
                watts.withUnsafeBufferPointer { w in
                    logic.withUnsafeBufferPointer { l in
                        var integrator = controllerIntegrator()
                        forEachChunk(count) { range in
                            integrator.feed(
                                timesNs: UnsafeBufferPointer(rebasing: t[range]),
                                watts: UnsafeBufferPointer(rebasing: w[range]),
                                logic: UnsafeBufferPointer(rebasing: l[range]))
                        }
                        return integrator.finish()
                    }
                }
            }
        }
    }

    /// The same trace and integrator through the uniform-rate path: start time + period, Float32 watts and
    /// one logic byte per sample (5 B/sample instead of 13).
    public static func uniformIntegrationThroughput(samples: Int) -> (samplesPerSecond: Double, seconds: Double) {
        let count = max(2, samples)
        let (watts, logic) = pattern(count)
        return timeBest(count: count) {
            watts.withUnsafeBufferPointer { w in
                logic.withUnsafeBufferPointer { l in
                    var integrator = controllerIntegrator()
                    forEachChunk(count) { range in
                        integrator.feed(
                            startNs: 1_000_000_000 + Int64(range.lowerBound) * 1_000, periodNs: 1_000,
                            watts: UnsafeBufferPointer(rebasing: w[range]),
                            logic: UnsafeBufferPointer(rebasing: l[range]))
                    }
                    return integrator.finish()
                }
            }
        }
    }

    /// Raw PPK2 sample frames (4 B each, D0 high from 10 % to 90 %) decoded with the typical calibration and
    /// integrated (logic windows, baseline, subtraction), fed in 256 KiB reads as the serial port gives them.
    public static func ppk2DecodeAndIntegrate(samples: Int) -> (samplesPerSecond: Double, seconds: Double) {
        let count = max(16, samples)
        let calibration = PPK2Calibration.typical
        let idle = calibration.code(forAmps: 0.004, vddMillivolts: 3_300)!
        let busy = calibration.code(forAmps: 0.045, vddMillivolts: 3_300)!
        var bytes = [UInt8](repeating: 0, count: count * 4)
        bytes.withUnsafeMutableBytes { raw in
            for k in 0..<count {
                let high = k >= count / 10 && k < count - count / 10
                let code = high ? busy : idle
                let frame = PPK2FrameDecoder.frame(
                    adc: code.adc + k % 7, range: code.range, counter: k & 63, logic: high ? 1 : 0)
                raw.storeBytes(of: frame.littleEndian, toByteOffset: 4 * k, as: UInt32.self)
            }
        }
        return timeBest(count: count) {
            bytes.withUnsafeBytes { raw in
                var decoder = PPK2FrameDecoder(calibration: calibration, vddMillivolts: 3_300)
                var integrator = EnergyIntegrator(
                    windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 100_000_000,
                    subtractBaseline: true, expectedPeriodNs: 10_000)
                let read = 1 << 18
                var offset = 0
                while offset < raw.count {
                    let end = min(raw.count, offset + read)
                    decoder.decode(UnsafeRawBufferPointer(rebasing: raw[offset..<end])) { run in
                        integrator.feed(
                            startNs: run.firstIndex * 10_000, periodNs: 10_000, watts: run.watts, logic: run.logic)
                    }
                    offset = end
                }
                return integrator.finish()
            }
        }
    }

    /// Feeds `seconds` of a `sampleRateHz` capture through the uniform path in 1-second chunks (one reused
    /// buffer, a marker window of 0.8 s in every second, so 3 600 windows for an hour) and reports the growth
    /// of the resident set over the run: peak RSS during it minus RSS before, from /proc/self/statm.
    public static func longCaptureMemory(
        seconds: Int, sampleRateHz: Int
    ) -> (peakGrowthBytes: Int, seconds: Double, samples: Int) {
        let chunk = max(1, sampleRateHz)
        let periodNs = Int64(1_000_000_000 / chunk)
        var watts = [Float](repeating: 0, count: chunk)
        var logic = [UInt8](repeating: 0, count: chunk)
        for k in 0..<chunk {
            let high = k >= chunk / 10 && k < chunk - chunk / 10
            watts[k] = 2.0 + (high ? 1.5 : 0) + Float(k % 251) * 0.0001
            logic[k] = high ? 1 : 0
        }
        let before = residentBytes()
        var peak = before
        let clock = ContinuousClock()
        let started = clock.now
        var integrator = controllerIntegrator()
        watts.withUnsafeBufferPointer { w in
            logic.withUnsafeBufferPointer { l in
                for second in 0..<seconds {
                    integrator.feed(startNs: Int64(second) * 1_000_000_000, periodNs: periodNs, watts: w, logic: l)
                    if second % 30 == 0 { peak = max(peak, residentBytes()) }
                }
            }
        }
        let report = integrator.finish()
        peak = max(peak, residentBytes())
        let elapsed = clock.now - started
        blackHole(report.totals.netEnergyJ + Double(report.windows.count))
        return (
            peak - before, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            seconds * chunk
        )
    }

    // MARK: Helpers

    static func controllerIntegrator() -> EnergyIntegrator {
        EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 100_000_000, subtractBaseline: true)
    }

    static func pattern(_ count: Int) -> ([Float], [UInt8]) {
        var watts = [Float](repeating: 0, count: count)
        var logic = [UInt8](repeating: 0, count: count)
        let windowStart = count / 10
        let windowEnd = count - count / 10
        for k in 0..<count {
            let high = k >= windowStart && k < windowEnd
            watts[k] = 2.0 + (high ? 1.5 : 0) + Float(k % 251) * 0.0001
            logic[k] = high ? 1 : 0
        }
        return (watts, logic)
    }

    static func forEachChunk(_ count: Int, _ body: (Range<Int>) -> Void) {
        let chunk = 1 << 16
        var start = 0
        while start < count {
            let end = min(count, start + chunk)
            body(start..<end)
            start = end
        }
    }

    /// One warm-up pass, then passes until 0.25 s have been spent (at least 3); the fastest is reported.
    static func timeBest(count: Int, _ pass: () -> EnergyReport) -> (samplesPerSecond: Double, seconds: Double) {
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000_000)
        var spent = Duration.zero
        var passes = 0
        var sink = 0.0
        while passes < 4 || spent < .milliseconds(250) {
            let started = clock.now
            let report = pass()
            let elapsed = clock.now - started
            sink += report.totals.netEnergyJ
            if passes > 0 {  // pass 0 warms caches and page tables
                best = min(best, elapsed)
                spent += elapsed
            }
            passes += 1
        }
        blackHole(sink)
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) * 1e-18
        return (Double(count) / seconds, seconds)
    }

    /// Resident set size from /proc/self/statm (pages × page size); 0 where unavailable.
    static func residentBytes() -> Int {
        guard let text = readSysfsText("/proc/self/statm") else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @inline(never)
    static func blackHole(_ value: Double) {
        if value.isNaN { print("", terminator: "") }
    }
}
