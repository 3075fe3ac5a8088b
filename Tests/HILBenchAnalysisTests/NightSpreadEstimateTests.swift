import Foundation
import HILBenchCore
import HILBenchStats
import Testing

@testable import HILBenchAnalysis

/// `NightSpreadEstimate`: which earlier nights a case's night-to-night spread is estimated from.
@Suite struct NightSpreadEstimateTests {
    /// The estimate equals `NightLevelSpread` over the earlier quiet nights' log execution medians.
    @Test func itIsTheMethodOfMomentsOverTheEarlierNights() throws {
        var factory = ResultFactory()
        let results = factory.historyResults(nights: 6, nightSpread: 0.03)
        let history = results.enumerated().map { CaseHistoryEntry(runID: "night-\($0)", result: $1) }
        let estimate = NightSpreadEstimate.from(history, before: "night-5")
        let nights = results.prefix(5).map { result in
            result.executionSamples.map { log(Quantile.type7(unsorted: $0.map(Double.init), 0.5)) }
        }
        #expect(estimate.spread == (try NightLevelSpread(nights: Array(nights))))
        #expect(estimate.spread?.nights == 5)
        #expect(estimate.note == nil)
    }

    /// Estimated for several cases at once on several tasks: each the estimate made alone.
    @Test func severalCasesAtOnceAreEachEstimatedAsAlone() async throws {
        var factory = ResultFactory()
        var histories: [CaseKey: [CaseHistoryEntry]] = [:]
        for threads in 1...5 {
            var key = ResultFactory.key
            key.threads = threads
            histories[key] = factory.history(nights: 8 + threads, nightSpread: 0.01 * Double(threads), key: key)
        }
        let keys = Array(histories.keys) + [histories.keys.first!]
        let estimates = await NightSpreadEstimate.from(histories, keys: keys, before: "tonight", concurrency: 2)
        #expect(Set(estimates.keys) == Set(histories.keys))
        for (key, history) in histories {
            #expect(estimates[key] == NightSpreadEstimate.from(history, before: "tonight"))
            #expect(estimates[key]?.spread != nil)
        }
    }

    /// Busy nights, nights of one execution and failed nights say nothing of the build's night-to-night spread.
    @Test func noisySingleAndFailedNightsAreLeftOut() throws {
        var factory = ResultFactory()
        var busy = CaseResult.MachineLoad(
            loadAverageStart: 1, loadAverageEnd: 2, otherCPUSeconds: 1, wallSeconds: 1, governor: nil)
        busy.judge()
        var history = factory.history(nights: 3, nightSpread: 0.01)
        history.append(.init(runID: "busy", result: factory.result(medianMs: 9, executions: 5, machine: busy)))
        history.append(.init(runID: "single", result: factory.result(medianMs: 9, executions: 1)))
        history.append(
            .init(runID: "failed", result: .notRun(ResultFactory.key, status: .failed, kind: "crash", message: "x")))
        let estimate = NightSpreadEstimate.from(history, before: "tonight")
        #expect(estimate.spread?.nights == 3)
        #expect(try #require(estimate.spread).spread < 0.05)
    }

    /// A past step (a regression that landed) is not night-to-night noise: only the nights after it count.
    @Test func onlyTheNightsAfterTheLastChangePointCount() throws {
        var factory = ResultFactory()
        let before = factory.history(nights: 12, medianMs: 5, nightSpread: 0.005)
        let after = factory.history(nights: 8, medianMs: 6, nightSpread: 0.005).map {
            CaseHistoryEntry(runID: "after-" + $0.runID, row: $0.row)
        }
        let estimate = NightSpreadEstimate.from(before + after, before: "tonight")
        let spread = try #require(estimate.spread)
        #expect(spread.nights == 8, "\(String(describing: estimate.note))")
        #expect(spread.spread < 0.03)
        #expect(estimate.note == "the nights since a change point 8 nights back")
    }

    @Test func tooFewNightsSayHowManyAreNeeded() {
        var factory = ResultFactory()
        let estimate = NightSpreadEstimate.from(factory.history(nights: 1, nightSpread: 0.01), before: "tonight")
        #expect(estimate.spread == nil)
        #expect(estimate.note == "1 earlier quiet night with ≥ 2 executions, need 3")
    }
}
