import Testing

@testable import HILBenchStats

@Suite("Summary and percentiles")
struct SummaryTests {
    @Test("matches numpy on reference samples", arguments: Reference.shared.summaries.map(\.name))
    func matchesNumpy(name: String) throws {
        let reference = try #require(Reference.shared.summaries.first { $0.name == name })
        let summary = try Summary(reference.values)
        #expect(summary.count == reference.values.count)
        #expect(close(summary.mean, reference.mean, relative: 1e-13))
        #expect(close(summary.standardDeviation, reference.std, relative: 1e-11))
        #expect(summary.median == reference.median)
        #expect(close(summary.medianAbsoluteDeviation, reference.mad, relative: 1e-13))
        #expect(close(summary.scaledMAD, reference.mad * 1.4826, relative: 1e-13))
        #expect(summary.minimum == reference.values.min())
        #expect(summary.maximum == reference.values.max())
        let sorted = reference.values.sorted()
        for (fraction, expected) in zip(reference.fractions, reference.percentiles) {
            #expect(close(Quantile.type7(sorted: sorted, fraction), expected, relative: 1e-15), "p=\(fraction)")
            #expect(
                close(Quantile.type7(unsorted: reference.values, fraction), expected, relative: 1e-15), "p=\(fraction)")
        }
        #expect(summary.outliers.lowExtreme == reference.outliers.lowExtreme)
        #expect(summary.outliers.lowMild == reference.outliers.lowMild)
        #expect(summary.outliers.highMild == reference.outliers.highMild)
        #expect(summary.outliers.highExtreme == reference.outliers.highExtreme)
    }

    @Test(
        "minimum sample counts follow MLPerf's rule",
        arguments: [
            (Percentile.p50, 11), (.p90, 64), (.p95, 130), (.p99, 662), (.p999, 6636),
            // The lower tail mirrors the upper: p1 is bounded by the second-smallest sample as p99 by the second-largest.
            (Percentile(0.01), 662), (Percentile(0.1), 64),
        ])
    func minimumCounts(percentile: Percentile, expected: Int) {
        #expect(percentile.minimumSampleCount() == expected)
    }

    @Test(
        "a percentile needs its minimum sample count",
        arguments: [
            (Percentile.p90, 63, false), (.p90, 64, true), (.p99, 661, false), (.p99, 662, true),
            (.p95, 129, false), (.p95, 130, true),
        ])
    func guardedPercentile(percentile: Percentile, count: Int, reported: Bool) throws {
        let values = (1...count).map(Double.init)
        let summary = try Summary(values)
        let estimate = try #require(summary.percentile(percentile))
        if reported {
            #expect(estimate.value == Quantile.type7(sorted: values, percentile.fraction))
            #expect(estimate.reason == nil)
        } else {
            #expect(estimate.value == nil)
            let need = percentile.minimumSampleCount()
            #expect(estimate == .notEnoughSamples(have: count, need: need))
            #expect(estimate.reason == "not enough samples: have \(count), need \(need)")
        }
    }

    @Test("a stricter confidence asks for more samples")
    func confidenceMatters() throws {
        #expect(Percentile.p90.minimumSampleCount(confidence: 0.95) < 64)
        #expect(Percentile.p90.minimumSampleCount(confidence: 0.999) > 64)
        let summary = try Summary((1...64).map(Double.init), percentileConfidence: 0.999)
        #expect(summary.p90.value == nil)
    }

    @Test("labels read like the reports print them")
    func labels() {
        #expect(Percentile.p90.description == "p90")
        #expect(Percentile.p999.description == "p99.9")
        #expect(Percentile(0.975).description == "p97.5")
    }

    @Test("percent levels from configuration")
    func percentLevels() throws {
        #expect(try Percentile(percent: 99.9) == .p999)
        #expect(throws: StatsError.self) { try Percentile(percent: 120) }
    }

    @Test("an empty sample is an error that says so")
    func empty() {
        #expect(throws: StatsError.self) { try Summary([]) }
        do {
            _ = try Summary([])
        } catch {
            #expect(error.code == .emptySample)
        }
    }

    @Test("NaN is rejected with its position")
    func nonFinite() {
        do {
            _ = try Summary([1, 2, .nan])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .nonFiniteValue)
            #expect(error.message.contains("#2"))
        }
    }

    @Test("a single value has a centre but no spread or percentiles")
    func singleValue() throws {
        let summary = try Summary([7.5])
        #expect(summary.mean == 7.5)
        #expect(summary.median == 7.5)
        #expect(summary.standardDeviation == nil)
        #expect(summary.coefficientOfVariation == nil)
        #expect(summary.medianAbsoluteDeviation == 0)
        #expect(summary.medianInterval == nil)
        #expect(summary.p50 == .notEnoughSamples(have: 1, need: 11))
        #expect(summary.outliers.total == 0)
    }

    @Test("all-equal values have zero spread and no outliers")
    func allTies() throws {
        let summary = try Summary(Array(repeating: 250.0, count: 1000))
        #expect(summary.standardDeviation == 0)
        #expect(summary.coefficientOfVariation == 0)
        #expect(summary.medianAbsoluteDeviation == 0)
        #expect(summary.p99.value == 250)
        #expect(summary.p999 == .notEnoughSamples(have: 1000, need: 6636))
        #expect(summary.medianInterval == ConfidenceInterval(lower: 250, upper: 250, level: 0.95))
        #expect(summary.outliers.total == 0)
    }

    @Test("outliers are counted on each side and not removed")
    func outliers() throws {
        // Q1 = 10.25, Q3 = 10.75 → IQR 0.5; mild fences 9.5/11.5, extreme 8.75/12.25.
        var values = [10.0, 10.25, 10.5, 10.75, 11.0, 10.0, 10.25, 10.5, 10.75, 11.0]
        values += [9.0, 12.0, 2.0, 40.0, 41.0]
        let summary = try Summary(values)
        let q1 = summary.outliers.lowerQuartile
        let q3 = summary.outliers.upperQuartile
        #expect(summary.count == 15)
        let mildLow = values.filter { $0 < q1 - 1.5 * (q3 - q1) && $0 >= q1 - 3 * (q3 - q1) }.count
        #expect(summary.outliers.lowMild == mildLow)
        #expect(summary.outliers.highExtreme == 2)
        #expect(summary.outliers.lowExtreme == 1)
        #expect(summary.maximum == 41)
    }
}
