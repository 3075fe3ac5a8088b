import Testing

@testable import HILBenchStats

@Suite("Change points")
struct ChangePointsTests {
    static func series(count: Int, steps: [(at: Int, level: Double)], noise: Double = 0.02, seed: UInt64) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<count).map { i in
            let level = steps.last { $0.at <= i }?.level ?? 100
            return level * (1 + noise * generator.nextGaussian())
        }
    }

    @Test("the best split matches a brute-force Q̂", arguments: Reference.shared.eDivisive.map(\.name))
    func bestSplit(name: String) throws {
        let reference = try #require(Reference.shared.eDivisive.first { $0.name == name })
        var energy = EnergyStatistic()
        let best = try #require(
            reference.values.withUnsafeBufferPointer { energy.bestSplit($0, 0, reference.values.count) })
        #expect(best.index == reference.index)
        #expect(close(best.qhat, reference.qhat, relative: 1e-12))
    }

    @Test("the merge step's null statistic is the best fixed-end split")
    func maxOverSplits() {
        let values = Self.series(count: 37, steps: [(0, 100), (20, 103)], seed: 3)
        let brute = (1..<values.count).map { split in
            values.withUnsafeBufferPointer { EnergyStatistic.fixedSplit($0, split: split) }
        }.max()!
        let fast = values.withUnsafeBufferPointer { EnergyStatistic.maxOverSplits($0) }
        #expect(close(fast, brute, relative: 1e-11))
    }

    @Test("an injected 5% step is found where it was put")
    func findsStep() throws {
        let values = Self.series(count: 200, steps: [(0, 100), (120, 105)], seed: 8)
        let points = try ChangePoints().detect(values)
        let point = try #require(points.first)
        #expect(points.count == 1)
        #expect(abs(point.index - 120) <= 2)
        #expect(point.pValue <= 0.001)
        #expect(abs(point.forwardChange - 0.05) < 0.01)
    }

    @Test("two steps in a longer series are both found")
    func twoSteps() throws {
        let values = Self.series(count: 300, steps: [(0, 100), (100, 108), (220, 102)], seed: 31)
        let indices = try ChangePoints().detect(values).map(\.index)
        #expect(indices.count == 2)
        #expect(indices.contains { abs($0 - 100) <= 2 })
        #expect(indices.contains { abs($0 - 220) <= 2 })
    }

    @Test("pure noise and constant series have no change points", arguments: [0 as UInt64, 1, 2])
    func quietSeries(seed: UInt64) throws {
        #expect(try ChangePoints().detect(Self.series(count: 150, steps: [], seed: seed)).isEmpty)
        #expect(try ChangePoints().detect(Array(repeating: 42, count: 120)).isEmpty)
    }

    @Test("detection is deterministic for a seed")
    func deterministic() throws {
        let values = Self.series(count: 120, steps: [(0, 100), (60, 104)], seed: 5)
        #expect(try ChangePoints(seed: 1).detect(values) == ChangePoints(seed: 1).detect(values))
    }

    @Test(
        "bad input and settings are errors",
        arguments: [
            ([1, 2, Double.nan, 4], ChangePoints(), StatsError.Code.nonFiniteValue),
            ([1, 2, 3, 4], ChangePoints(window: 1), .invalidParameter),
            ([1, 2, 3, 4], ChangePoints(permutations: 99), .invalidParameter),
        ])
    func invalid(series: [Double], detector: ChangePoints, code: StatsError.Code) {
        do {
            _ = try detector.detect(series)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == code)
        }
    }

    @Test("tiny series are handled")
    func tiny() throws {
        #expect(try ChangePoints().detect([]).isEmpty)
        #expect(try ChangePoints().detect([1, 2]).isEmpty)
        #expect(try ChangePoints().judgeNewest([]) == nil)
        let one = try #require(try ChangePoints().judgeNewest([5]))
        #expect(one.referenceSegment == nil && one.robustZ == nil && !one.changePointAtNewest)
    }

    @Test("the newest point is judged against the segment it belongs to")
    func newestInStableSegment() throws {
        var values = Self.series(count: 160, steps: [(0, 100), (80, 110)], seed: 12)
        values.append(150)  // tonight's run: a single wild value
        let judgement = try #require(try ChangePoints().judgeNewest(values))
        #expect(abs(judgement.segmentStart - 80) <= 2)
        #expect(judgement.referenceSegment == judgement.segmentStart..<160)
        #expect(!judgement.changePointAtNewest)
        #expect(try #require(judgement.robustZ) > 10)
        #expect(abs(try #require(judgement.relativeChange) - (150.0 / 110 - 1)) < 0.02)
    }

    @Test("a change point on the newest run uses the previous segment as reference")
    func changePointAtNewest() throws {
        let values = [100.0, 101, 99, 100, 102, 98, 100, 130]
        let point = ChangePoint(
            index: 7, pValue: 0.001, meanBefore: 100, meanAfter: 130,
            standardDeviationBefore: 1, standardDeviationAfter: 0)
        let judgement = try #require(ChangePoints().judgeNewest(values, changePoints: [point]))
        #expect(judgement.changePointAtNewest)
        #expect(judgement.referenceSegment == 0..<7)
        #expect(judgement.referenceMedian == 100)
        #expect(judgement.runsInCurrentSegment == 1)
    }
}
