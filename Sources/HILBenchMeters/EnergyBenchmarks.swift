/// Micro-benchmarks of the energy path, for the project's benchmark executable.
public enum EnergyBenchmarks {
    /// Throughput of `EnergyIntegrator` over a synthetic Float32 trace.
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
        var times = [Int64](repeating: 0, count: count)
        var watts = [Float](repeating: 0, count: count)
        var logic = [UInt8](repeating: 0, count: count)
        let windowStart = count / 10
        let windowEnd = count - count / 10
        for k in 0..<count {
            times[k] = 1_000_000_000 + Int64(k) * 1_000
            let high = k >= windowStart && k < windowEnd
            watts[k] = 2.0 + (high ? 1.5 : 0) + Float(k % 251) * 0.0001
            logic[k] = high ? 1 : 0
        }
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000_000)
        var spent = Duration.zero
        var passes = 0
        var sink = 0.0
        while passes < 4 || spent < .milliseconds(250) {
            let started = clock.now
            let report = times.withUnsafeBufferPointer { t in
                watts.withUnsafeBufferPointer { w in
                    logic.withUnsafeBufferPointer { l in
                        integrate(times: t, watts: w, logic: l)
                    }
                }
            }
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

    private static func integrate(
        times: UnsafeBufferPointer<Int64>, watts: UnsafeBufferPointer<Float>, logic: UnsafeBufferPointer<UInt8>
    ) -> EnergyReport {
        var integrator = EnergyIntegrator(
            windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 100_000_000, subtractBaseline: true)
        let chunk = 1 << 16
        var start = 0
        while start < times.count {
            let end = min(times.count, start + chunk)
            integrator.feed(
                timesNs: UnsafeBufferPointer(rebasing: times[start..<end]),
                watts: UnsafeBufferPointer(rebasing: watts[start..<end]),
                logic: UnsafeBufferPointer(rebasing: logic[start..<end]))
            start = end
        }
        return integrator.finish()
    }

    @inline(never)
    private static func blackHole(_ value: Double) {
        if value.isNaN { print("", terminator: "") }
    }
}
