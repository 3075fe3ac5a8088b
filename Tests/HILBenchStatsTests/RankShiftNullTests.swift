import Testing

@testable import HILBenchStats

@Suite("Change points: the whole-series test's per-length null")
struct RankShiftNullTests {
    static func gaussian(_ length: Int, _ generator: inout Xoshiro256StarStar) -> [Double] {
        (0..<length).map { _ in 100 + 2 * generator.nextGaussian() }
    }

    @Test("the table covers every length 3…200 at every level, and its critical values rise as α falls")
    func coverage() throws {
        let table = RankShiftNull.standard
        for length in 3...RankShiftNull.maximumLength {
            let values = try RankShiftNull.levels.map { try #require(table.criticalValue(length: length, level: $0)) }
            #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 }, "length \(length)")
        }
        #expect(table.criticalValue(length: 201, level: 0.0015) == nil)
        #expect(table.criticalValue(length: 30, level: 0.0042) == nil)
        #expect(RankShiftNull.permutationsOnly.criticalValue(length: 30, level: 0.0015) == nil)
        // Longer series have more splits to maximise over, so a larger null maximum.
        let at = { (n: Int) in table.criticalValue(length: n, level: 0.0015)! }
        #expect(at(10) < at(30) && at(30) < at(60) && at(60) < at(200))
        // 3 values (scores ∓0.674 and 0): the largest Z is √1.5 = 1.2247 for 4 of the 6 orders, so every level's
        // critical value is that largest value and nothing is significant.
        #expect(abs(at(3) - 1.224745) < 1e-5)
        #expect(table.isSignificant(1.224745, length: 3, level: 0.05) == false)
    }

    @Test(
        "the tabulated critical values match an independent Monte Carlo estimate of the null",
        arguments: [30, 60, 137])
    func matchesMonteCarlo(length: Int) throws {
        let draws = 200_000
        // Another seed than the table's: an independent estimate of the same null.
        let maxima = RankShiftNull.monteCarloMaxima(length: length, draws: draws, seed: 2026 &+ UInt64(length))
        for level in [0.0015, 0.01, 0.05] {
            let critical = try #require(RankShiftNull.standard.criticalValue(length: length, level: level))
            let beyond = maxima.count { $0 > critical }
            // Binomial(200000, α): within 4 standard deviations (0.0015: 300 ± 69).
            let expected = Double(draws) * level
            let sd = (expected * (1 - level)).squareRoot()
            #expect(abs(Double(beyond) - expected) < 4 * sd, "n \(length), α \(level): \(beyond) beyond")
            // And the quantile itself within 1.5% of the fresh estimate.
            let fresh = Quantile.type7(sorted: maxima, 1 - level)
            #expect(abs(critical / fresh - 1) < 0.015, "n \(length), α \(level): \(critical) vs \(fresh)")
        }
    }

    @Test("p-value bounds: the smallest tabulated level the statistic passes")
    func pValueBound() throws {
        let table = RankShiftNull.standard
        let c0005 = try #require(table.criticalValue(length: 30, level: 0.0005))
        let c001 = try #require(table.criticalValue(length: 30, level: 0.001))
        let c0015 = try #require(table.criticalValue(length: 30, level: 0.0015))
        let c005 = try #require(table.criticalValue(length: 30, level: 0.05))
        #expect(table.pValueBound(c0005 + 0.01, length: 30) == 0.0005)
        #expect(table.pValueBound((c001 + c0015) / 2, length: 30) == 0.0015)
        #expect(table.pValueBound(c005 - 0.01, length: 30) == nil)
        #expect(table.pValueBound(c005 + 0.01, length: 300) == nil)
    }

    @Test(
        "the tabulated whole-series test holds its level on flat series, Gaussian or heavy-tailed",
        arguments: [false, true])
    func level(heavy: Bool) {
        let detector = ChangePoints()
        var generator = Xoshiro256StarStar(seed: heavy ? 51 : 50)
        var alarms = (strict: 0, loose: 0)
        let series = 20_000
        for _ in 0..<series {
            let values = (0..<30).map { _ in 100 + (heavy ? generator.nextStudentT3() : generator.nextGaussian()) }
            if !detector.wholeSeriesTest(values, level: 0.0015, &generator).isEmpty { alarms.strict += 1 }
            if !detector.wholeSeriesTest(values, level: 0.01, &generator).isEmpty { alarms.loose += 1 }
        }
        // Binomial(20000, 0.0015): 30 ± 5.5, and (20000, 0.01): 200 ± 14; 4 standard deviations either way.
        #expect(alarms.strict >= 9 && alarms.strict <= 52, "\(alarms.strict) of \(series) at 0.0015")
        #expect(alarms.loose >= 144 && alarms.loose <= 256, "\(alarms.loose) of \(series) at 0.01")
    }

    @Test("flat 30-run series: no change point from the whole detector")
    func flatShortSeries() throws {
        var generator = Xoshiro256StarStar(seed: 77)
        var alarms = 0
        for _ in 0..<300 where try !ChangePoints().detect(Self.gaussian(30, &generator)).isEmpty { alarms += 1 }
        // About 0.3% per series: 0 or 1 of 300 expected, 4 or more would be a level far too loose (p < 0.002).
        #expect(alarms <= 3)
    }

    @Test("a tied series falls back to permutations and still finds a clear step")
    func ties() throws {
        // Nightly values recorded to 0.1 ms tie; mid-ranks change the null, so the table must not be used.
        var generator = Xoshiro256StarStar(seed: 12)
        let values = (0..<30).map { i in (((i < 18 ? 10.0 : 10.8) + 0.2 * generator.nextGaussian()) * 10).rounded() / 10
        }
        #expect(RankShiftStatistic(values[...]).hasTies)
        let points = try ChangePoints().detect(values)
        let point = try #require(points.first)
        #expect(points.count == 1)
        #expect(abs(point.index - 18) <= 1)
        // The whole-series test alone: a permutation p-value, (0 + 1)/(1199 + 1), not a tabulated level.
        var generator2 = Xoshiro256StarStar(seed: 3)
        let whole = ChangePoints().wholeSeriesTest(values, level: 0.0025, &generator2)
        #expect(whole.map(\.index) == [18])
        #expect(whole.first?.pValue == 1.0 / 1200)
    }

    @Test("a late 2% step in 1% noise over 30 runs: lost by the merge and the former test, found by the table")
    func shortLateStep() throws {
        // A tuning series (seed 20, not the evaluation set): step at run 24 of 30, 6 runs after it.
        let trial = ChangePointEvaluation.nightlySeries(seed: 20, lengths: [30])[22]
        #expect(trial.stepIndex == 24 && trial.step == 0.02 && trial.noise == 0.01)
        #expect(try ChangePoints(wholeSeriesLevel: nil).detect(trial.values).isEmpty)
        let before = ChangePoints(wholeSeriesLevel: 0.0015, nullTable: .permutationsOnly)
        #expect(try before.detect(trial.values).isEmpty)
        let points = try ChangePoints().detect(trial.values)
        #expect(points.map(\.index) == [24])
        #expect(points.first?.pValue == 0.0025)
        let statistic = try #require(RankShiftStatistic(trial.values[...]).best()?.statistic)
        let critical = try #require(RankShiftNull.standard.criticalValue(length: 30, level: 0.0025))
        #expect(statistic > critical)
        #expect(statistic < RankShiftNull.standard.criticalValue(length: 30, level: 0.002)!)
    }
}
