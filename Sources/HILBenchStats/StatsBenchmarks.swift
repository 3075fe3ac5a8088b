import Foundation

/// Timed workloads for the `hilbench-benchmarks` executable; each returns elapsed wall time in seconds.
///
/// Inputs are generated from fixed seeds before the clock starts, so only the computation is timed.
public enum StatsBenchmarks {
    /// Percentile bootstrap (p99) of 10 000 lognormal latencies with 10 000 resamples, through
    /// `Bootstrap.percentileInterval` (order statistics drawn directly, O(1) per resample).
    public static func bootstrapTiming() -> Double {
        let sample = syntheticLatencies(count: 10_000, seed: 1)
        let bootstrap = Bootstrap(resamples: 10_000, confidence: 0.95, seed: 7)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try? bootstrap.percentileInterval(sample, .p99)
        let elapsed = clock.now - start
        precondition(result != nil, "bootstrap benchmark failed")
        return seconds(elapsed)
    }

    /// The same p99 bootstrap through the generic path: every resample drawn into a buffer and the p99
    /// selected in place (Floyd–Rivest). The cost any non-percentile statistic pays.
    public static func bootstrapResamplingTiming() -> Double {
        let sample = syntheticLatencies(count: 10_000, seed: 1)
        let bootstrap = Bootstrap(resamples: 10_000, confidence: 0.95, seed: 7)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try? bootstrap.interval(sample) { resample in
            resample.withUnsafeMutableBufferPointer { Selection.type7($0, 0.99) }
        }
        let elapsed = clock.now - start
        precondition(result != nil, "bootstrap benchmark failed")
        return seconds(elapsed)
    }

    /// E-Divisive change-point detection (`ChangePoints` defaults) on a 1000-point series with two steps.
    public static func eDivisiveTiming() -> Double {
        let series = eDivisiveSeries()
        let detector = ChangePoints()
        let clock = ContinuousClock()
        let start = clock.now
        let found = try? detector.detect(series)
        let elapsed = clock.now - start
        precondition(found?.count == 2, "change-point benchmark should find its two steps")
        return seconds(elapsed)
    }

    /// The 1000-point series of `eDivisiveTiming`: 2% noise, steps of +6% at 400 and −3% at 700. The
    /// change-point benchmark times the peers on it too.
    public static func eDivisiveSeries() -> [Double] {
        var generator = Xoshiro256StarStar(seed: 2)
        return (0..<1000).map { i in
            let level = i < 400 ? 100.0 : (i < 700 ? 106.0 : 103.0)
            return level * (1 + 0.02 * generator.nextGaussian())
        }
    }

    /// Lognormal latencies around 1 ms with 2% spread, from a fixed seed.
    static func syntheticLatencies(count: Int, seed: UInt64) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { _ in 1_000_000 * exp(0.02 * generator.nextGaussian()) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
