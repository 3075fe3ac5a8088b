import Testing

@testable import HILBenchStats

@Suite("Mann–Whitney U")
struct MannWhitneyUTests {
    @Test("matches scipy.stats.mannwhitneyu", arguments: Reference.shared.mannWhitney.map(\.name))
    func matchesScipy(name: String) throws {
        let reference = try #require(Reference.shared.mannWhitney.first { $0.name == name })
        let method = try #require(MannWhitneyU.Method(rawValue: reference.method))
        let test = try MannWhitneyU(reference.x, reference.y, method: method)
        #expect(test.u == reference.u)
        #expect(test.method.rawValue == reference.resolvedMethod)
        #expect(test.hasTies == reference.ties)
        #expect(close(test.pValue, reference.p, relative: 1e-10), "p \(test.pValue) vs scipy \(reference.p)")
    }

    @Test("U of the two samples adds up to n₁n₂")
    func complementary() throws {
        let test = try MannWhitneyU([1, 5, 9], [2, 3, 4, 10])
        #expect(test.u == 6)
        #expect(test.uY == 6)
        #expect(test.pValue == 1)
    }

    @Test(
        "the smallest reachable p-value",
        arguments: [(4, 4, 0.02857142857142857), (5, 5, 0.007936507936507936), (3, 3, 0.1)])
    func minimumPValue(n1: Int, n2: Int, expected: Double) throws {
        #expect(close(MannWhitneyU.minimumPValue(countX: n1, countY: n2), expected, relative: 1e-12))
        // Completely separated samples reach it.
        let x = (0..<n1).map(Double.init)
        let y = (0..<n2).map { Double($0 + 100) }
        #expect(close(try MannWhitneyU(x, y).pValue, expected, relative: 1e-12))
    }

    @Test("an empty sample is rejected")
    func empty() {
        #expect(throws: StatsError.self) { try MannWhitneyU([], [1, 2]) }
    }

    @Test("the exact distribution sums to one and is symmetric")
    func distribution() {
        let distribution = MannWhitneyDistribution(7, 11)
        #expect(close(distribution.probabilities.reduce(0, +), 1, relative: 1e-13))
        for u in 0...(7 * 11) {
            #expect(close(distribution.probabilities[u], distribution.probabilities[77 - u], relative: 1e-12))
        }
        // P(U = 0) = 1 / C(18, 7) = 1/31824.
        #expect(close(distribution.probabilities[0], 1.0 / 31824, relative: 1e-13))
        // Cutting the computation at u = 38 leaves the lower half unchanged.
        let half = MannWhitneyDistribution(7, 11, upTo: 38)
        #expect(half.probabilities.count == 39)
        for u in 0...38 {
            #expect(close(half.probabilities[u], distribution.probabilities[u], relative: 1e-13))
        }
    }
}
