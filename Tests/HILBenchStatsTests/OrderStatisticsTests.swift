import Testing

@testable import HILBenchStats

@Suite("Order-statistic confidence intervals")
struct OrderStatisticsTests {
    @Test("indices match scipy.stats.quantile_test", arguments: Reference.shared.quantileIntervals.indices)
    func matchesScipy(index: Int) {
        let reference = Reference.shared.quantileIntervals[index]
        let indices = OrderStatistics.intervalIndices(
            count: reference.count, fraction: reference.fraction, level: reference.level)
        #expect(indices?.lower == reference.lowerIndex)
        #expect(indices?.upper == reference.upperIndex)
    }

    @Test("the 95% median interval needs six values and then spans the extremes")
    func medianNeedsSix() throws {
        #expect(try Summary([1, 2, 3, 4, 5]).medianInterval == nil)
        let interval = try #require(try Summary([6, 1, 5, 2, 4, 3]).medianInterval)
        #expect(interval.lower == 1 && interval.upper == 6)
    }

    @Test("the interval covers the true median about as often as promised")
    func coverage() throws {
        // Lognormal with median 1e6: count how often the 95% interval contains it.
        var covered = 0
        for trial in 0..<400 {
            let sample = lognormalSample(count: 40, sigma: 0.1, seed: UInt64(trial))
            if try #require(try Summary(sample).medianInterval).contains(1_000_000) { covered += 1 }
        }
        // Exact coverage for n = 40 is 0.9615; 400 trials give a standard error of ~1%.
        #expect(covered >= 372 && covered <= 395)
    }
}
