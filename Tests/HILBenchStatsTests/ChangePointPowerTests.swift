import Foundation
import Testing

@testable import HILBenchStats

@Suite("Change points: rank statistic, whole-segment merge and the evaluation set")
struct ChangePointPowerTests {
    static func series(count: Int, steps: [(at: Int, level: Double)], noise: Double, seed: UInt64) -> [Double] {
        ChangePointsTests.series(count: count, steps: steps, noise: noise, seed: seed)
    }

    @Test("the best split is the largest Z over every split, and Z ignores monotone transforms")
    func bestSplit() throws {
        let values = Self.series(count: 41, steps: [(0, 100), (29, 104)], noise: 0.02, seed: 4)
        let statistic = RankShiftStatistic(values[...])
        let best = try #require(statistic.best())
        let brute = (1..<values.count).max { statistic.statistic(at: $0) < statistic.statistic(at: $1) }!
        #expect(best.tau == brute)
        #expect(close(best.statistic, statistic.statistic(at: brute), relative: 1e-12))
        #expect(abs(best.tau - 29) <= 2)
        let transformed = RankShiftStatistic(values.map { log($0) * 7 + 3 }[...])
        #expect(close(transformed.statistic(at: 17), statistic.statistic(at: 17), relative: 1e-12))
    }

    @Test("Z is standardised: its permutation variance at a fixed split is 1")
    func standardised() {
        let values = Self.series(count: 30, steps: [], noise: 0.02, seed: 6)
        var statistic = RankShiftStatistic(values[...])
        var generator = Xoshiro256StarStar(seed: 9)
        var squares = 0.0
        let draws = 4000
        for _ in 0..<draws {
            _ = statistic.permutedMaximum(&generator)  // shuffles the scores in place
            squares += statistic.statistic(at: 10) * statistic.statistic(at: 10)
        }
        #expect(abs(squares / Double(draws) - 1) < 0.08)
    }

    @Test("tied values: a constant segment is degenerate and never significant")
    func ties() {
        #expect(RankShiftStatistic(Array(repeating: 5.0, count: 20)[...]).isDegenerate)
        #expect(RankShiftStatistic([1.0][...]).isDegenerate)
        let twoLevels = RankShiftStatistic(([1.0, 1, 1, 1, 1, 2, 2, 2, 2, 2])[...])
        #expect(twoLevels.best()?.tau == 5)
    }

    @Test("a 2% step in 2% noise, too small for a 50-point window, is found on the whole segments")
    func smallStepInLongSeries() throws {
        let values = Self.series(count: 200, steps: [(0, 100), (100, 102)], noise: 0.02, seed: 21)
        let points = try ChangePoints().detect(values)
        #expect(points.count == 1)
        let point = try #require(points.first)
        #expect(abs(point.index - 100) <= 10)
        #expect(point.pValue <= 0.001)
    }

    @Test("a late 3% step with 20 runs after it is found near its index")
    func lateStep() throws {
        let values = Self.series(count: 200, steps: [(0, 100), (180, 97)], noise: 0.02, seed: 4)
        let indices = try ChangePoints().detect(values).map(\.index)
        #expect(indices.count == 1)
        #expect(indices.contains { abs($0 - 180) <= 3 })
    }

    @Test("lone outliers on a flat series are not change points", arguments: [11 as UInt64, 12, 13])
    func outliers(seed: UInt64) throws {
        var values = Self.series(count: 120, steps: [], noise: 0.02, seed: seed)
        values[40] = 180
        values[90] = 20
        values[119] = 400
        #expect(try ChangePoints().detect(values).isEmpty)
    }

    @Test("the old bounded merge window still works")
    func boundedMerge() throws {
        let values = Self.series(count: 200, steps: [(0, 100), (120, 105)], noise: 0.02, seed: 8)
        let points = try ChangePoints(mergeWindow: 50).detect(values)
        #expect(points.map(\.index).contains { abs($0 - 120) <= 2 })
    }

    @Test("the evaluation set is reproducible and laid out as documented")
    func evaluationSet() {
        let trials = ChangePointEvaluation.nightlySeries()
        #expect(trials.count == 3 * (3 * 4 * 3 * 4 + 60))
        #expect(trials.filter { $0.stepIndex == nil }.count == 180)
        #expect(trials == ChangePointEvaluation.nightlySeries())
        #expect(trials != ChangePointEvaluation.nightlySeries(seed: 20))
        let late = trials.first { $0.position == .late && $0.values.count == 60 }
        #expect(late?.stepIndex == 48)
    }

    @Test("scoring counts hits within the tolerance, extra points and A/A alarms")
    func scoring() {
        func trial(_ length: Int, step: Int?) -> ChangePointEvaluation.Trial {
            .init(
                values: Array(repeating: 1, count: length), stepIndex: step, step: step == nil ? 0 : 0.05,
                noise: 0.01, position: step == nil ? nil : .late)
        }
        let trials = [
            trial(30, step: 24), trial(30, step: 24), trial(200, step: 100), trial(60, step: nil), trial(60, step: nil),
        ]
        // 24±2 counts at length 30; 100±10 at length 200.
        let score = ChangePointEvaluation.score(trials, [[21, 26], [27], [110, 150], [], [5, 40]])
        #expect(score.hits == 2)
        #expect(score.stepSeries == 3)
        #expect(score.extraPoints == 3)
        #expect(score.lateHits == 2)
        #expect(score.falseAlarms == 1)
        #expect(score.nullPoints == 2)
        #expect(score.falsePointsPerNullSeries == 1)
    }

    @Test("on the 60-run part of the evaluation set: every 10% step found, no A/A alarm")
    func evaluationSixty() throws {
        let trials = ChangePointEvaluation.nightlySeries(lengths: [60])
        let detector = ChangePoints()
        let points = try trials.map { try detector.detect($0.values).map(\.index) }
        let score = ChangePointEvaluation.score(trials, points)
        #expect(score.falseAlarms == 0)
        #expect(score.hitsBySize[0.10] == score.seriesBySize[0.10])
        #expect(score.recall >= 0.6)
    }

    @Test("the whole-series permutation test holds its level whatever the noise, Gaussian or heavy-tailed")
    func wholeSeriesLevel() {
        // Student-t with 3 degrees of freedom (nextStudentT3): heavy tails; the rank test must not care.
        // The permutation path (ties, long series, untabulated levels); RankShiftNullTests checks the table.
        let detector = ChangePoints(permutations: 199, nullTable: .permutationsOnly)
        #expect(detector.wholeSeriesPermutations(0.05) == 199)
        for heavy in [false, true] {
            var generator = Xoshiro256StarStar(seed: heavy ? 41 : 40)
            var alarms = 0
            for _ in 0..<1000 {
                let values = (0..<30).map { _ in 100 + (heavy ? generator.nextStudentT3() : generator.nextGaussian()) }
                if !detector.wholeSeriesTest(values, level: 0.05, &generator).isEmpty { alarms += 1 }
            }
            // Binomial(1000, 0.05): mean 50, sd 6.9; 25…75 is beyond 3.6 sd either way.
            #expect(alarms > 25 && alarms < 75, "heavy tails: \(heavy), \(alarms) alarms")
        }
    }

    @Test("the whole-series test's permutations leave room for two permuted maxima above the observed one")
    func wholeSeriesPermutations() {
        #expect(ChangePoints().wholeSeriesPermutations(0.0015) == 1999)
        #expect(ChangePoints().wholeSeriesPermutations(0.003) == 999)
        #expect(ChangePoints(permutations: 4999).wholeSeriesPermutations(0.0015) == 4999)
    }

    @Test("a 2% step in 2% noise that the merge loses is found by the whole-series test, not below minMagnitude")
    func wholeSeriesFindsWhatTheMergeLoses() throws {
        let trial = ChangePointEvaluation.nightlySeries(lengths: [30])[65]
        #expect(trial.stepIndex == 15 && trial.step == -0.02 && trial.noise == 0.02)
        #expect(try ChangePoints(wholeSeriesLevel: nil).detect(trial.values).isEmpty)
        let points = try ChangePoints().detect(trial.values)
        let point = try #require(points.first)
        #expect(points.count == 1)
        #expect(point.index == 15)
        #expect(point.pValue <= 0.0025)
        #expect(abs(point.meanAfter / point.meanBefore - 1 + 0.02) < 0.015)
        #expect(try ChangePoints(minMagnitude: 0.05).detect(trial.values).isEmpty)
    }

    @Test("a bad whole-series level is an error")
    func wholeSeriesLevelChecked() throws {
        for level in [0, 1, -0.1, Double.nan] {
            #expect(throws: StatsError.self) { try ChangePoints(wholeSeriesLevel: level).detect([1, 2, 3, 4]) }
        }
        #expect(try ChangePoints(wholeSeriesLevel: nil).detect([1, 2, 3, 4]).isEmpty)
    }

    @Test("the Neyman–Pearson ceiling is the clairvoyant z-test's power, averaged over the step series only")
    func ceiling() {
        let flat = Array(repeating: 100.0, count: 20)
        let trials: [ChangePointEvaluation.Trial] = [
            .init(values: flat, stepIndex: 10, step: 0.02, noise: 0.01, position: .middle),
            .init(values: flat, noise: 0.01),  // A/A: not part of recall
        ]
        // Φ(2·√(10·10/20) − z₀.₉₅) = Φ(4.4721 − 1.6449), from scipy.
        let single = ChangePointEvaluation.neymanPearsonCeiling(trials, falseAlarmRate: 0.05)
        #expect(abs(single - 0.9976527540587823) < 1e-9)
        let late = ChangePointEvaluation.Trial(
            values: Array(repeating: 100.0, count: 30), stepIndex: 24, step: -0.01, noise: 0.01, position: .late)
        // Φ(1·√(24·6/30) − z₀.₉₉) = 0.446125 (scipy); the mean of the two.
        let both = ChangePointEvaluation.neymanPearsonCeiling(trials + [late], falseAlarmRate: 0.01)
        let first = ChangePointEvaluation.neymanPearsonCeiling(trials, falseAlarmRate: 0.01)
        #expect(abs(both - (first + 0.44612502535570947) / 2) < 1e-9)
        #expect(first < single)
    }

    @Test("on the 30-run evaluation series hilbench's recall stays under the ceiling at a generous A/A rate")
    func recallUnderCeiling() throws {
        let trials = ChangePointEvaluation.nightlySeries(lengths: [30])
        let points = try trials.map { try ChangePoints().detect($0.values).map(\.index) }
        let score = ChangePointEvaluation.score(trials, points)
        // 0 of 60 A/A alarms; even granting a 1% rate, no detector could find more than the ceiling says.
        #expect(score.falseAlarms == 0)
        let ceiling = ChangePointEvaluation.neymanPearsonCeiling(trials, falseAlarmRate: 0.01)
        #expect(score.recall < ceiling)
        #expect(ceiling > 0.6 && ceiling < 0.8)
    }

    @Test("the single-test reference holds its level on A/A series and places a clear step at its index")
    func singleShiftReference() {
        var generator = Xoshiro256StarStar(seed: 31)
        let null = (0..<2000).map { _ in
            ChangePointEvaluation.Trial(values: (0..<30).map { _ in generator.nextGaussian() }, noise: 0.01)
        }
        let alarms = ChangePointEvaluation.singleShiftReference(null, level: 0.05, nullDraws: 20_000)
            .filter { !$0.isEmpty }.count
        // Binomial(2000, 0.05): mean 100, sd 9.7; 60…140 is beyond 4 sd either way.
        #expect(alarms > 60 && alarms < 140)
        let step = (0..<40).map { i in (i < 25 ? 100.0 : 105.0) + generator.nextGaussian() }
        let found = ChangePointEvaluation.singleShiftReference(
            [.init(values: step, stepIndex: 25, step: 0.05, noise: 0.01)], level: 0.001, nullDraws: 20_000)
        #expect(found == [[25]])
    }
}
