import Foundation
import HILBenchCore
import HILBenchReports
import Testing

@Suite struct ParetoFrontTests {
    @Test func findsTheNonDominatedPointsOfAKnownSet() {
        // (latency, energy): lower-left is better.
        let points: [(Double, Double)] = [
            (1, 10),  // 0 front: fastest
            (2, 5),  // 1 front
            (3, 6),  // 2 dominated by 1
            (4, 2),  // 3 front
            (4, 3),  // 4 dominated by 3 (same x, higher y)
            (5, 2),  // 5 dominated by 3 (same y, higher x)
            (6, 1),  // 6 front: least energy
            (7, 7),  // 7 dominated
            (.nan, 0),  // 8 ignored
        ]
        let front = ParetoFront.indices(x: points.map(\.0), y: points.map(\.1))
        #expect(front == [0, 1, 3, 6])
    }

    @Test func keepsDuplicatesOfAFrontPointAndHandlesEdgeCases() {
        #expect(ParetoFront.indices(x: [2, 1, 1], y: [1, 3, 3]) == [1, 2, 0])
        #expect(ParetoFront.indices(x: [], y: []) == [])
        #expect(ParetoFront.indices(x: [5], y: [5]) == [0])
        // All on a line from upper-left to lower-right: all on the front.
        #expect(ParetoFront.indices(x: [1, 2, 3, 4], y: [4, 3, 2, 1]) == [0, 1, 2, 3])
        // One point better than all others on both axes: it alone.
        #expect(ParetoFront.indices(x: [3, 1, 2], y: [3, 1, 2]) == [1])
    }
}

@Suite struct EfficiencyTests {
    @Test func perWattAndPerDollarDivideTheThroughput() throws {
        let throughput = try #require(Efficiency.inferencesPerSecond(meanMs: 4))
        #expect(throughput == 250)
        #expect(Efficiency.perWatt(throughput, tdpWatts: 10) == 25)
        #expect(Efficiency.perDollar(throughput, priceUSD: 125) == 2)
    }

    @Test(arguments: [nil, 0.0, -5.0, Double.nan, Double.infinity])
    func aMissingOrUnusableDenominatorGivesNoFigure(_ denominator: Double?) {
        #expect(Efficiency.perDollar(100, priceUSD: denominator) == nil)
        #expect(Efficiency.perWatt(100, tdpWatts: denominator) == nil)
    }

    @Test func noThroughputWithoutAPositiveMean() {
        #expect(Efficiency.inferencesPerSecond(meanMs: nil) == nil)
        #expect(Efficiency.inferencesPerSecond(meanMs: 0) == nil)
        #expect(Efficiency.perDollar(nil, priceUSD: 10) == nil)
    }

    @Test func theReportRowsCarryTheFiguresOfTheirBoard() throws {
        let report = LabFixture(priceOfThirdBoard: nil).report()
        let orin = try #require(report.rows.first { $0.key.id == "orin-nano/yolov8n/onnxruntime/int8/t4/b1" })
        let mean = try #require(orin.meanMs)
        #expect(abs(orin.inferencesPerSecond! - 1000 / mean) < 1e-9)
        #expect(abs(orin.inferencesPerSecondPerWatt! - 1000 / mean / 15) < 1e-9)
        #expect(abs(orin.inferencesPerSecondPerDollar! - 1000 / mean / 249) < 1e-9)
        let pi = try #require(report.rows.first { $0.key.id == "rpi5/yolov8n/onnxruntime/int8/t4/b1" })
        #expect(
            pi.inferencesPerSecond != nil && pi.inferencesPerSecondPerDollar == nil
                && pi.inferencesPerSecondPerWatt != nil)
        let skipped = try #require(report.rows.first { $0.status == .skipped })
        #expect(skipped.inferencesPerSecond == nil && skipped.inferencesPerSecondPerDollar == nil)
    }
}

@Suite struct LatencyDistributionTests {
    @Test func smallSamplesAreExact() throws {
        let distribution = try #require(LatencyDistribution(latenciesNs: [3_000_000, 1_000_000, 2_000_000, 4_000_000]))
        #expect(distribution.count == 4)
        #expect(distribution.valuesMs == [1, 2, 3, 4])
        #expect(distribution.cumulative == [0.25, 0.5, 0.75, 1])
    }

    @Test func largeSamplesKeepAFixedGridDenserInTheTail() throws {
        let latencies = (1...10_000).map { Int64($0) * 1000 }  // 0.001 … 10 ms
        let distribution = try #require(LatencyDistribution(latenciesNs: latencies))
        #expect(distribution.valuesMs.count == 110)
        #expect(distribution.valuesMs.count <= LatencyDistribution.maximumPoints)
        #expect(distribution.valuesMs.first == 0.001)
        #expect(distribution.valuesMs.last == 10)
        let p999 = try #require(distribution.cumulative.firstIndex(of: 0.999))
        #expect(abs(distribution.valuesMs[p999] - 9.990001) < 1e-6)  // type 7: 1 + 0.999 × 9999 = 9990.001 µs
        #expect(LatencyDistribution(latenciesNs: []) == nil)
    }
}
