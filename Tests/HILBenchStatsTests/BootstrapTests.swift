import Testing

@testable import HILBenchStats

@Suite("Bootstrap")
struct BootstrapTests {
    @Test(
        "agrees with scipy.stats.bootstrap within Monte Carlo error", arguments: Reference.shared.bootstrap.map(\.name))
    func matchesScipy(name: String) throws {
        let reference = try #require(Reference.shared.bootstrap.first { $0.name == name })
        let bootstrap = Bootstrap(resamples: reference.resamples, confidence: reference.level, seed: 99)
        let result: BootstrapInterval
        switch reference.kind {
        case "percentile":
            result = try bootstrap.percentileInterval(
                reference.samples[0], Percentile(try #require(reference.fraction)))
        case "ratio":
            result = try bootstrap.percentileRatioInterval(
                baseline: reference.samples[0], candidate: reference.samples[1],
                Percentile(try #require(reference.fraction)))
        default:
            result = try bootstrap.interval(reference.samples[0]) { $0.reduce(0, +) / Double($0.count) }
        }
        #expect(
            abs(result.interval.lower - reference.lower) <= reference.toleranceLower,
            "lower \(result.interval.lower) vs scipy \(reference.lower) ± \(reference.toleranceLower)")
        #expect(
            abs(result.interval.upper - reference.upper) <= reference.toleranceUpper,
            "upper \(result.interval.upper) vs scipy \(reference.upper) ± \(reference.toleranceUpper)")
        #expect(result.interval.contains(result.estimate))
        #expect(result.resamples == reference.resamples)
    }

    @Test("the same seed gives the same interval; another seed a different one")
    func seeded() throws {
        let sample = lognormalSample(count: 300, sigma: 0.1, seed: 5)
        let first = try Bootstrap(resamples: 2000, seed: 1).percentileInterval(sample, .p90)
        let again = try Bootstrap(resamples: 2000, seed: 1).percentileInterval(sample, .p90)
        let other = try Bootstrap(resamples: 2000, seed: 2).percentileInterval(sample, .p90)
        #expect(first == again)
        #expect(first.interval != other.interval)
    }

    @Test("the order-statistic shortcut agrees with literal resampling", arguments: [0.5, 0.9, 0.99])
    func pathsAgree(fraction: Double) throws {
        let sample = lognormalSample(count: 400, sigma: 0.1, seed: 8)
        let fast = try Bootstrap(resamples: 4000, seed: 1).percentileInterval(sample, Percentile(fraction))
        let slow = try Bootstrap(resamples: 4000, seed: 2).interval(sample) { resample in
            resample.withUnsafeMutableBufferPointer { Selection.type7($0, fraction) }
        }
        #expect(fast.estimate == slow.estimate)
        // Each bound's Monte Carlo sd is ~0.05 standard errors at 4000 resamples; allow 0.35.
        let tolerance = 0.35 * slow.standardError
        #expect(abs(fast.interval.lower - slow.interval.lower) <= tolerance)
        #expect(abs(fast.interval.upper - slow.interval.upper) <= tolerance)
        #expect(abs(fast.standardError - slow.standardError) <= 0.1 * slow.standardError)
    }

    @Test("a generic statistic sees resamples drawn from the sample")
    func genericStatistic() throws {
        let sample: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let result = try Bootstrap(resamples: 500, seed: 3).interval(sample) { $0.max()! }
        #expect(result.estimate == 10)
        #expect(result.interval.upper == 10)
        #expect(result.interval.lower >= 8)
    }

    @Test("invalid settings are errors, not crashes")
    func invalid() {
        #expect(throws: StatsError.self) { try Bootstrap(resamples: 1).percentileInterval([1, 2, 3], .p50) }
        #expect(throws: StatsError.self) { try Bootstrap(confidence: 1.5).percentileInterval([1, 2, 3], .p50) }
        #expect(throws: StatsError.self) { try Bootstrap().percentileInterval([], .p50) }
        #expect(throws: StatsError.self) {
            try Bootstrap().percentileRatioInterval(baseline: [0, 0, 0], candidate: [1, 2, 3], .p50)
        }
    }

    @Test("a constant sample has a zero-width interval")
    func constant() throws {
        let result = try Bootstrap(resamples: 200).percentileInterval(Array(repeating: 3, count: 50), .p99)
        #expect(result.interval == ConfidenceInterval(lower: 3, upper: 3, level: 0.95))
        #expect(result.standardError == 0)
    }
}
