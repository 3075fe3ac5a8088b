import Foundation
import Testing

@testable import HILBenchStats

@Suite("Hodges–Lehmann shift and ratio")
struct HodgesLehmannTests {
    @Test("matches brute-force pairwise differences", arguments: Reference.shared.hodgesLehmann.map(\.name))
    func matchesReference(name: String) throws {
        let reference = try #require(Reference.shared.hodgesLehmann.first { $0.name == name })
        let shift = try HodgesLehmann.shift(baseline: reference.a, candidate: reference.b, confidence: reference.level)
        let ratio = try HodgesLehmann.ratio(baseline: reference.a, candidate: reference.b, confidence: reference.level)
        #expect(shift.intervalMethod.rawValue == reference.method)
        #expect(shift.rank == reference.rank)
        #expect(close(shift.estimate, reference.shift, relative: 1e-15))
        #expect(close(ratio.estimate, reference.ratio, relative: 1e-14))
        #expect(close(shift.interval?.lower, reference.shiftLower, relative: 1e-15))
        #expect(close(shift.interval?.upper, reference.shiftUpper, relative: 1e-15))
        #expect(close(ratio.interval?.lower, reference.ratioLower, relative: 1e-14))
        #expect(close(ratio.interval?.upper, reference.ratioUpper, relative: 1e-14))
    }

    @Test("selection agrees with sorting every pairwise difference")
    func selectionMatchesSorting() throws {
        let a = lognormalSample(count: 600, sigma: 0.05, seed: 11).map { $0.rounded() }
        let b = lognormalSample(count: 500, sigma: 0.05, seed: 12).map { ($0 * 1.02).rounded() }
        var all = [Double]()
        for x in a { for y in b { all.append(y - x) } }
        all.sort()
        let differences = PairwiseDifferences(sortedBaseline: a.sorted(), sortedCandidate: b.sorted())
        for rank in [0, 1, 777, 150_000, 149_999, 299_998, 299_999] {
            #expect(differences.value(atRank: rank) == all[rank], "rank \(rank)")
        }
        #expect(differences.median() == (all[149_999] + all[150_000]) / 2)
    }

    @Test("a 2.5% slowdown is estimated as a ratio near 1.025")
    func ratioRecoversShift() throws {
        let a = lognormalSample(count: 2000, sigma: 0.02, seed: 3)
        let b = lognormalSample(count: 2000, sigma: 0.02, seed: 4).map { $0 * 1.025 }
        let ratio = try HodgesLehmann.ratio(baseline: a, candidate: b)
        let interval = try #require(ratio.interval)
        #expect(interval.contains(ratio.estimate))
        #expect(abs(ratio.estimate - 1.025) < 0.003)
        #expect(interval.lower > 1.02 && interval.upper < 1.03)
    }

    @Test("non-positive values cannot form a ratio")
    func nonPositive() {
        do {
            _ = try HodgesLehmann.ratio(baseline: [1, 2, 0], candidate: [1, 2, 3])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .nonPositiveValue)
        }
    }

    @Test("identical constant samples give a zero shift with a degenerate interval")
    func constant() throws {
        let shift = try HodgesLehmann.shift(
            baseline: Array(repeating: 5, count: 30), candidate: Array(repeating: 5, count: 30))
        #expect(shift.estimate == 0)
        #expect(shift.interval == ConfidenceInterval(lower: 0, upper: 0, level: 0.95))
    }
}
