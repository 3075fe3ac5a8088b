import Foundation
import HILBenchCore
import HILBenchStats
import Testing

@testable import HILBenchAnalysis

/// `NightlyJudge`: every branch of the history table, and the night's outcome for CI.
@Suite struct NightlyJudgeTests {
    static let key = ResultFactory.key

    static func row(
        _ verdict: RunComparison.Verdict, evidence: RunComparison.Evidence?, metric: String = "latency",
        reason: String = "A/B"
    ) -> RunComparison.Row {
        .init(
            key: key, metric: metric, unit: "ms", baseline: 5, candidate: 5, ratio: 1, ratioLow: nil, ratioHigh: nil,
            pValue: nil,
            adjustedPValue: nil, verdict: verdict, reason: reason, evidence: evidence)
    }

    /// A judgement of `nights` values: a flat history with `spread` and tonight `change` away from it.
    static func history(nights: Int, change: Double, spread: Double = 0.01) -> HistoryAnalysis.Judgement {
        let pattern = [0.0, 1, -1, 0.5, -0.5, 1.5, -1.5, 0.25, -0.25, 0.75]
        var values = (0..<(nights - 1)).map { 10 * (1 + spread * pattern[$0 % pattern.count]) }
        values.append(10 * (1 + change))
        return HistoryAnalysis.judge(values)
    }

    @Test func shortHistoryKeepsAnExecutionLevelRegressionAndSaysSo() {
        let judged = NightlyJudge.judge(
            Self.row(.regressed, evidence: .executions), history: Self.history(nights: 3, change: 0.1), threshold: 0.05)
        #expect(judged.verdict == .regressed)
        #expect(judged.reason.hasSuffix("history: need 5 nights of history, have 3"))
    }

    @Test(arguments: [RunComparison.Evidence.iterations, .singleFigure])
    func shortHistoryMakesOneFigureInconclusive(evidence: RunComparison.Evidence) {
        let judged = NightlyJudge.judge(
            Self.row(.noChange, evidence: evidence), history: Self.history(nights: 4, change: 0.2), threshold: 0.05)
        #expect(judged.verdict == .inconclusive)
        #expect(judged.reason == "need 5 nights of history, have 4; A/B")
    }

    @Test func historyConfirmsARegressionBeyondThresholdAndSpread() {
        let judgement = Self.history(nights: 8, change: 0.12)
        #expect(judgement.referenceNights >= 4)
        let judged = NightlyJudge.judge(
            Self.row(.regressed, evidence: .executions), history: judgement, threshold: 0.05)
        #expect(judged.verdict == .regressed)
        #expect(judged.reason.contains("history agrees: +12.00% against history"))
    }

    /// Beyond the threshold in this A/B, but history's nights move that much anyway: inconclusive.
    @Test func historyDemotesARegressionWithinItsSpread() {
        let noisy = Self.history(nights: 10, change: 0.06, spread: 0.04)
        let judged = NightlyJudge.judge(Self.row(.regressed, evidence: .executions), history: noisy, threshold: 0.05)
        #expect(judged.verdict == .inconclusive)
        #expect(judged.reason.hasPrefix("regressed in this A/B, but not beyond history"))
    }

    @Test func historyDemotesARegressionHistorySeesTheOtherWay() {
        let judged = NightlyJudge.judge(
            Self.row(.regressed, evidence: .executions), history: Self.history(nights: 6, change: -0.12),
            threshold: 0.05)
        #expect(judged.verdict == .inconclusive)
    }

    @Test(arguments: [(0.12, RunComparison.Verdict.regressed), (-0.12, .improved)])
    func historyDecidesAOneFigureMetric(change: Double, expected: RunComparison.Verdict) {
        let judged = NightlyJudge.judge(
            Self.row(.inconclusive, evidence: .singleFigure, metric: "energy"),
            history: Self.history(nights: 7, change: change), threshold: 0.05)
        #expect(judged.verdict == expected)
        #expect(judged.evidence == .history)
        #expect(judged.reason.hasPrefix("history: "))
    }

    @Test func historyCallsASmallChangeNoChange() {
        let judged = NightlyJudge.judge(
            Self.row(.inconclusive, evidence: .iterations), history: Self.history(nights: 6, change: 0.01),
            threshold: 0.05)
        #expect(judged.verdict == .noChange)
        #expect(judged.evidence == .history)
    }

    @Test func beyondTheThresholdButWithinTheSpreadStaysInconclusive() {
        let judged = NightlyJudge.judge(
            Self.row(.noChange, evidence: .singleFigure, metric: "memory"),
            history: Self.history(nights: 9, change: 0.07, spread: 0.04), threshold: 0.05)
        #expect(judged.verdict == .inconclusive)
        #expect(judged.reason.hasPrefix("history: beyond the threshold but within the spread history has seen"))
    }

    @Test func anExecutionLevelNoChangeOnlyGainsTheHistorySummary() {
        let judged = NightlyJudge.judge(
            Self.row(.noChange, evidence: .executions), history: Self.history(nights: 6, change: 0.2), threshold: 0.05)
        #expect(judged.verdict == .noChange)
        #expect(judged.reason.hasPrefix("A/B; history: change points"))
    }

    /// Trends take a series' change points from the verdict that judged the same values, and judge afresh a series the
    /// verdict did not see (a trend draws the busy night the verdict leaves out): the same trends and verdicts as when
    /// each is judged on its own.
    /// Sixteen nights of one case, a step at night 8, night 3 busy when asked; a comparison of its newest two nights
    /// with a latency and a memory row.
    static func steppedNights(busyNight: Bool) -> (results: [CaseResult], entries: [CaseHistoryEntry], RunComparison) {
        var factory = ResultFactory()
        var busy = CaseResult.MachineLoad(
            loadAverageStart: 1, loadAverageEnd: 2, otherCPUSeconds: 1, wallSeconds: 1, governor: nil)
        busy.judge()
        let results = (0..<16).map { night in
            var result = factory.result(
                medianMs: night < 8 ? 5 : 6, executions: 1, iterationNoise: 0.005,
                machine: busyNight && night == 3 ? busy : nil)
            result.startedAt = Double(night)
            return result
        }
        let entries = results.enumerated().map { CaseHistoryEntry(runID: "run-\($0)", result: $1) }
        let comparison = RunComparison(
            baselineRun: "run-14", candidateRun: "run-15",
            rows: [
                Self.row(.inconclusive, evidence: .singleFigure),
                Self.row(.inconclusive, evidence: .singleFigure, metric: "memory"),
            ],
            geometricMeanRatio: nil, geometricMeanLow: nil, geometricMeanHigh: nil, correction: "holm",
            environmentDifferences: [:])
        return (results, entries, comparison)
    }

    @Test(arguments: [false, true]) func trendsReuseTheVerdictsJudgementOfTheSameSeries(busyNight: Bool) throws {
        let (results, entries, comparison) = Self.steppedNights(busyNight: busyNight)
        var judgements = SeriesJudgements()
        let judged = NightlyJudge.withHistory(
            comparison, histories: [Self.key: entries], thresholds: .init(), judgements: &judgements)
        #expect(judgements.computed == 2 && judgements.reused == 0)
        let trends = NightlyJudge.trends(
            results: [results[15]], histories: [Self.key: entries], comparison: judged, judgements: &judgements)
        #expect(judged == NightlyJudge.withHistory(comparison, histories: [Self.key: entries], thresholds: .init()))
        #expect(
            trends == NightlyJudge.trends(results: [results[15]], histories: [Self.key: entries], comparison: judged))
        #expect(trends.map(\.metric) == [.latency, .memory])
        #expect(trends.first?.changePointIndices == [8], "the step at night 8, busy nights drawn")
        // latency and memory judged for the verdicts; without a busy night both trends reuse them
        #expect(judgements.reused == (busyNight ? 0 : 2))
        #expect(judgements.computed == (busyNight ? 4 : 2))
    }

    /// Every series judged up front, on several tasks, gives the verdicts and trends of judging them one at a time,
    /// and leaves `withHistory` and `trends` nothing to judge.
    @Test(arguments: [false, true]) func seriesJudgedUpFrontOnSeveralTasksJudgeTheSame(busyNight: Bool) async throws {
        let (results, entries, comparison) = Self.steppedNights(busyNight: busyNight)
        let histories = [Self.key: entries]
        var judgements = SeriesJudgements()
        let series = NightlyJudge.series(comparison, results: [results[15]], histories: histories)
        #expect(series.count == 4)
        await judgements.judgeAll(series, concurrency: 3)
        #expect(judgements.computed == (busyNight ? 4 : 2))
        let judged = NightlyJudge.withHistory(
            comparison, histories: histories, thresholds: .init(), judgements: &judgements)
        let trends = NightlyJudge.trends(
            results: [results[15]], histories: histories, comparison: judged, judgements: &judgements)
        #expect(judgements.computed == (busyNight ? 4 : 2) && judgements.reused == 4)
        #expect(judged == NightlyJudge.withHistory(comparison, histories: histories, thresholds: .init()))
        #expect(trends == NightlyJudge.trends(results: [results[15]], histories: histories, comparison: judged))
        #expect(trends.first?.changePointIndices == [8])
    }

    /// `withHistory` reads each case's stored results (≥ 5 nights) and leaves unstable and failed rows alone.
    @Test func withHistoryJudgesStoredNights() throws {
        var factory = ResultFactory()
        var entries: [CaseHistoryEntry] = []
        var tonight: CaseResult?
        for night in 0..<6 {
            var result = factory.result(
                medianMs: 5, executions: 1, iterations: 40, runSpread: 0.002, iterationNoise: 0.002)
            result.energy = .init(
                windowSource: "meterLogic", meter: "sim", windowSeconds: 1, netJoules: 1, baselineWatts: nil,
                averageWatts: 1,
                peakWatts: 1, millijoulesPerInference: night == 5 ? 2.6 : 2.0 + 0.01 * Double(night % 2),
                inferencesPerJoule: 1,
                samples: 10, flags: [])
            result.startedAt = Double(night)
            entries.append(CaseHistoryEntry(runID: "run-\(night)", result: result))
            tonight = result
        }
        let comparison = RunComparison(
            baselineRun: "run-4", candidateRun: "run-5",
            rows: [
                Self.row(.inconclusive, evidence: .singleFigure, metric: "energy"),
                Self.row(.unstable, evidence: .executions, reason: "busy"),
            ],
            geometricMeanRatio: nil, geometricMeanLow: nil, geometricMeanHigh: nil, correction: "holm",
            environmentDifferences: [:])
        let judged = NightlyJudge.withHistory(
            comparison, histories: [Self.key: entries], thresholds: .init(latency: 0.05, energy: 0.1))
        #expect(judged.rows[0].verdict == .regressed, "\(judged.rows[0].reason)")
        #expect(judged.rows[1].verdict == .unstable && judged.rows[1].reason == "busy")

        let trends = NightlyJudge.trends(
            results: [try #require(tonight)], histories: [Self.key: entries], comparison: judged)
        #expect(trends.map(\.metric) == [.latency, .energy, .memory])
        #expect(trends.allSatisfy { $0.points.count == 6 })
        #expect(trends.first { $0.metric == .energy }?.points.last?.verdict == .regressed)
        #expect(trends.first { $0.metric == .latency }?.points.first?.ciLow != nil)
    }

    @Test func theOutcomeIsTheMostSevereVerdict() {
        func comparison(_ verdicts: [RunComparison.Verdict]) -> RunComparison {
            RunComparison(
                baselineRun: "a", candidateRun: "b", rows: verdicts.map { Self.row($0, evidence: .executions) },
                geometricMeanRatio: nil,
                geometricMeanLow: nil, geometricMeanHigh: nil, correction: "holm", environmentDifferences: [:])
        }
        #expect(NightlyJudge.outcome(comparison([.noChange, .improved]), infraFailures: 0) == .success)
        #expect(NightlyJudge.outcome(comparison([.noChange, .unstable]), infraFailures: 0) == .inconclusive)
        #expect(NightlyJudge.outcome(comparison([.missing]), infraFailures: 0) == .inconclusive)
        #expect(NightlyJudge.outcome(comparison([.noChange]), infraFailures: 1) == .casesFailed)
        #expect(NightlyJudge.outcome(comparison([.failed, .unstable]), infraFailures: 0) == .casesFailed)
        guard case .regression(let rows) = NightlyJudge.outcome(comparison([.failed, .regressed]), infraFailures: 2)
        else {
            Issue.record("a regression outranks failures")
            return
        }
        #expect(rows.count == 1)
    }
}

/// History leaves out nights measured on a busy machine (except tonight's, which is the one judged).
@Suite struct HistorySeriesTests {
    @Test func noisyNightsAreNotHistory() {
        var factory = ResultFactory()
        var busy = CaseResult.MachineLoad(
            loadAverageStart: 2, loadAverageEnd: 2, otherCPUSeconds: 1, wallSeconds: 1, governor: nil)
        busy.judge()
        let entries = (0..<5).map { night in
            CaseHistoryEntry(
                runID: "r\(night)",
                result: factory.result(medianMs: 5, executions: 1, machine: night == 1 || night == 4 ? busy : nil))
        }
        #expect(HistoryAnalysis.series(entries, metric: .latency).map(\.runID) == ["r0", "r2", "r3", "r4"])
    }

    /// History takes a run's latency figure and its interval from the sorted samples, not from a whole `Summary`
    /// (whose percentile table costs thousands of logarithms per result): they must be exactly `Summary`'s.
    @Test(arguments: [1, 2, 5, 6, 7, 17, 100, 300, 1001])
    func latencyFigureAndIntervalAreSummarysMedianAndInterval(count: Int) throws {
        var random = Xoshiro256StarStar(seed: UInt64(count))
        let samples = (0..<count).map { _ in Int64(4e6 * exp(0.3 * random.nextUnit())) + Int64(count % 3) }
        var result = CaseResult(key: ResultFactory.key, status: .ok, latenciesNs: samples)
        result.memory.peakRSSKiB = 2048
        let summary = try Summary(samples.map(Double.init))
        #expect(HistoryMetric.latency.value(result) == summary.median / 1e6)
        let interval = medianInterval(result)
        #expect(interval?.lower == summary.medianInterval?.lower)
        #expect(interval?.upper == summary.medianInterval?.upper)
        #expect((count >= 6) == (interval != nil))
        let both = try #require(HistoryMetric.latency.valueAndInterval(result))
        #expect(both.value == summary.median / 1e6)
        #expect(both.interval?.lower == summary.medianInterval?.lower)
        #expect(both.interval?.upper == summary.medianInterval?.upper)
        // Other metrics have their figure and no interval.
        #expect(HistoryMetric.energy.valueAndInterval(result) == nil)
        let memory = try #require(HistoryMetric.memory.valueAndInterval(result))
        #expect(memory.value == 2 && memory.interval == nil)
    }

    @Test func aFailedCaseOrOneWithoutSamplesHasNoLatencyFigure() {
        #expect(HistoryMetric.latency.value(CaseResult(key: ResultFactory.key, status: .ok)) == nil)
        #expect(HistoryMetric.latency.valueAndInterval(CaseResult(key: ResultFactory.key, status: .ok)) == nil)
        let failed = CaseResult(
            key: ResultFactory.key, status: .failed, latenciesNs: [1_000_000, 2_000_000, 3_000_000])
        #expect(HistoryMetric.latency.value(failed) == nil)
        #expect(HistoryMetric.latency.valueAndInterval(failed) == nil)
    }
}
