extension EnergyBenchmarks {
    /// What the known-answer check found.
    public struct KnownAnswers: Sendable {
        /// Traces whose data allow recovery (no lost samples in the window), and the worst relative error among them.
        public var recovered: Int
        public var worstRelativeError: Double
        /// Traces that lost samples inside the window, and how many of them were flagged (all must be).
        public var damaged: Int
        public var damagedFlagged: Int
    }

    /// Simulated traces with a known injected energy: idle 2 W, +1.5 W while the marker is high for a known time, with
    /// Gaussian noise (σ 20 mW), window edges between sample instants, sample-time jitter (±10% of the period), and —
    /// in a third of the traces — a run of lost samples inside the window. The energy per inference is recovered
    /// through the controller's integrator (logic window, 50 µs glitch filter, idle baseline subtracted) and compared
    /// with 1.5 W × T / N. Seeded: the same figures every run.
    public static func knownAnswers(traces: Int = 30) -> KnownAnswers {
        var result = KnownAnswers(recovered: 0, worstRelativeError: 0, damaged: 0, damagedFlagged: 0)
        var random = GaussianNoise(seed: 0x4B4E_4F57)
        for index in 0..<traces {
            let periodNs: Int64 = 100_000  // 10 kS/s
            let activeNs = Int64(250_000_000 + Int64(below(&random, 2_000)) * 1_000_000)  // 0.25–2.25 s
            let iterations = 10 + below(&random, 990)
            let rise: Int64 = 300_000_000 + Int64(below(&random, 100)) * 1_000 + 37_000
            let fall = rise + activeNs
            let lose = index % 3 == 2
            let lostFrom = rise + activeNs / 3
            let lostTo = lostFrom + 40 * periodNs
            var noise = GaussianNoise(seed: 0x9000 + UInt64(index))
            var trace = PowerTrace()
            var k: Int64 = 0
            while k * periodNs < fall + 200_000_000 {
                let jitter = Int64(below(&random, 20_001)) - 10_000
                let t = k * periodNs + jitter
                k += 1
                if lose, t >= lostFrom, t < lostTo { continue }
                let high = t >= rise && t < fall
                trace.append(
                    timeNs: t, watts: Float((high ? 3.5 : 2.0) + 0.02 * noise.nextGaussian()), logic: high ? 1 : 0)
            }
            var integrator = EnergyIntegrator(
                windowSource: .logic(bit: 0), minPulseNs: 50_000, baselineNs: 200_000_000,
                subtractBaseline: true, expectedPeriodNs: periodNs)
            integrator.feed(trace)
            let report = integrator.finish()
            let injected = 1.5 * Double(activeNs) / 1e9 / Double(iterations) * 1e3
            if lose {
                result.damaged += 1
                if report.flags.contains(.lostSamples) { result.damagedFlagged += 1 }
            } else {
                let measured = report.perInference(iterations: iterations).energyPerInferenceMilliJ
                result.recovered += 1
                result.worstRelativeError = max(result.worstRelativeError, abs(measured - injected) / injected)
            }
        }
        return result
    }

    private static func below(_ random: inout GaussianNoise, _ bound: Int) -> Int {
        Int(random.nextUInt64() % UInt64(bound))
    }
}
