import Testing

@testable import HILBenchStats

@Suite("Multiple comparisons and geometric means")
struct AggregationTests {
    @Test("Holm and Benjamini–Hochberg match the references")
    func adjustments() {
        let reference = Reference.shared.multipleComparisons
        let holm = PValueAdjustment.holm(reference.p)
        let bh = PValueAdjustment.benjaminiHochberg(reference.p)
        for i in reference.p.indices {
            #expect(close(holm[i], reference.holm[i], relative: 1e-14), "holm #\(i)")
            #expect(close(bh[i], reference.bh[i], relative: 1e-14), "bh #\(i)")
        }
    }

    @Test("adjusted p-values are never smaller than raw ones, Holm at least BH")
    func ordering() {
        let p = [0.001, 0.02, 0.3, 0.04, 0.049]
        let holm = PValueAdjustment.holm(p)
        let bh = PValueAdjustment.benjaminiHochberg(p)
        for i in p.indices {
            #expect(bh[i] >= p[i])
            #expect(holm[i] >= bh[i])
        }
        #expect(PValueAdjustment.holm([]) == [])
    }

    @Test("geometric mean of ratios with a t interval matches scipy")
    func geometricMean() throws {
        let reference = Reference.shared.geometricMean
        let result = try GeometricMeanRatio(ratios: reference.ratios, confidence: reference.level)
        #expect(close(result.estimate, reference.estimate, relative: 1e-13))
        let interval = try #require(result.interval)
        #expect(close(interval.lower, reference.lower, relative: 1e-12))
        #expect(close(interval.upper, reference.upper, relative: 1e-12))
    }

    @Test("one ratio has no interval; a zero ratio is an error")
    func geometricMeanEdges() throws {
        let single = try GeometricMeanRatio(ratios: [1.2])
        #expect(close(single.estimate, 1.2, relative: 1e-15))
        #expect(single.interval == nil)
        #expect(throws: StatsError.self) { try GeometricMeanRatio(ratios: [1.1, 0]) }
    }

    @Test("Student t quantiles match scipy", arguments: Reference.shared.studentTQuantiles.indices)
    func studentT(index: Int) {
        let reference = Reference.shared.studentTQuantiles[index]
        #expect(
            close(Special.studentTQuantile(reference.p, degreesOfFreedom: reference.df), reference.q, relative: 1e-11))
    }

    @Test("normal quantiles match scipy", arguments: Reference.shared.normalQuantiles.indices)
    func normal(index: Int) {
        let reference = Reference.shared.normalQuantiles[index]
        #expect(close(Special.normalQuantile(reference.p), reference.q, relative: 1e-13))
    }

    @Test("xoshiro256** reproduces the reference stream", arguments: Reference.shared.xoshiro256StarStar.indices)
    func generator(index: Int) throws {
        let reference = Reference.shared.xoshiro256StarStar[index]
        var generator = Xoshiro256StarStar(seed: try #require(UInt64(reference.seed)))
        for expected in reference.outputs {
            #expect(generator.next() == UInt64(expected))
        }
    }

    @Test("bounded draws stay in range and cover it")
    func boundedDraws() {
        var generator = Xoshiro256StarStar(seed: 1)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7000 { seen[generator.nextIndex(below: 7)] += 1 }
        #expect(seen.allSatisfy { $0 > 850 && $0 < 1150 })
    }
}
