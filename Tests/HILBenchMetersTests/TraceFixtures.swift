import HILBenchMeters

/// Builds a trace sample by sample (tests build their own fixtures).
func makeTrace(
    count: Int, periodNs: Int64 = 100_000, startNs: Int64 = 1_000_000_000,
    watts: (Int) -> Float, logic: (Int) -> UInt8 = { _ in 0 }
) -> PowerTrace {
    var trace = PowerTrace()
    trace.reserveCapacity(count)
    for k in 0..<count {
        trace.append(timeNs: startNs + Int64(k) * periodNs, watts: watts(k), logic: logic(k))
    }
    return trace
}

/// Removes the samples at `indices` (simulates lost samples).
func dropping(_ indices: Range<Int>, from trace: PowerTrace) -> PowerTrace {
    var result = PowerTrace()
    for k in 0..<trace.count where !indices.contains(k) {
        result.append(timeNs: trace.timesNs[k], watts: trace.watts[k], logic: trace.logic[k])
    }
    return result
}

/// Feeds `trace` in chunks of `chunk` samples.
func integrate(_ trace: PowerTrace, with integrator: EnergyIntegrator, chunk: Int) -> EnergyReport {
    var integrator = integrator
    var start = 0
    while start < trace.count {
        let end = min(trace.count, start + chunk)
        integrator.feed(
            PowerTrace(
                timesNs: Array(trace.timesNs[start..<end]), watts: Array(trace.watts[start..<end]),
                logic: Array(trace.logic[start..<end])))
        start = end
    }
    return integrator.finish()
}

func relativeError(_ value: Double, _ expected: Double) -> Double {
    abs(value - expected) / abs(expected)
}
