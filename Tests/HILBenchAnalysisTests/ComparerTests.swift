import HILBenchCore
import HILBenchStats
import Testing

@testable import HILBenchAnalysis

/// `Comparer`: the execution is the unit of evidence; a busy machine or heat makes a case unstable.
@Suite struct ComparerTests {
    /// Two runs of the same build whose executions differ only by machine state (1.5% run-to-run spread, 300
    /// iterations each): the iteration-level test is "certain" of a shift, the run-level verdict is not.
    @Test func runToRunSpreadIsNotARegression() throws {
        var factory = ResultFactory()
        var regressed = 0
        let night = [ResultFactory.key: factory.nightSpread(nightSpread: 0.002)]
        for _ in 0..<40 {
            let a = factory.result(medianMs: 5, executions: 5, iterations: 60, runSpread: 0.015)
            let b = factory.result(medianMs: 5, executions: 5, iterations: 60, runSpread: 0.015)
            let row = try #require(
                try compare([a], [b], thresholds: .init(latency: 0.03), nightSpreads: night).rows.first)
            #expect(row.evidence == .executions)
            if row.verdict == .regressed || row.verdict == .improved { regressed += 1 }
        }
        #expect(regressed == 0)
    }

    @Test func aTenPercentSlowdownIsRegressedAtTheExecutionLevel() throws {
        var factory = ResultFactory()
        let night = factory.nightSpread(nightSpread: 0.005)
        let spread = try #require(night.spread)
        let a = factory.result(medianMs: 5, executions: 5, runSpread: 0.01)
        let b = factory.result(medianMs: 5.5, executions: 5, runSpread: 0.01)
        let row = try #require(
            try compare([a], [b], nightSpreads: [ResultFactory.key: night]).rows.first { $0.metric == "latency" })
        #expect(row.verdict == .regressed, "\(row.reason)")
        #expect(row.evidence == .executions)
        let low = try #require(row.ratioLow)
        let high = try #require(row.ratioHigh)
        #expect(low > 1.05 && high < 1.16 && low < 1.10 && high > 1.10)
        #expect(row.reason.contains("5+5 executions"))
        #expect(row.reason.contains("over \(spread.nights) earlier nights"))
        #expect(row.reason.contains("(descriptive)"))
    }

    /// The same two runs without history: nothing says how far nights drift, so the executions alone never decide.
    @Test func withoutANightLevelSpreadTheExecutionsAloneAreNotDecisive() throws {
        var factory = ResultFactory()
        let a = factory.result(medianMs: 5, executions: 5, runSpread: 0.01)
        let b = factory.result(medianMs: 5.5, executions: 5, runSpread: 0.01)
        let short = NightSpreadEstimate.from(factory.history(nights: 2, nightSpread: 0.005), before: "tonight")
        #expect(short.spread == nil)
        for nights in [[:], [ResultFactory.key: short]] {
            let row = try #require(try compare([a], [b], nightSpreads: nights).rows.first)
            #expect(row.verdict == .inconclusive, "\(row.reason)")
            #expect(row.reason.hasPrefix("regressed over the executions, but night-to-night spread unknown"))
            #expect(try #require(row.ratioLow) > 1.05)
        }
        let row = try #require(try compare([a], [b], nightSpreads: [ResultFactory.key: short]).rows.first)
        #expect(row.reason.contains("2 earlier quiet nights with ≥ 2 executions, need 3"))
    }

    /// A night that drifted: tonight's executions agree with each other (±1%) and sit 10% above the baseline's, but
    /// history's nights drift by ≈ 5%: the interval widens past the threshold and the night is not decisive.
    @Test func aNightThatDriftedAsFarAsHistorysNightsIsNotDecisive() throws {
        var factory = ResultFactory()
        let night = factory.nightSpread(nightSpread: 0.05)
        #expect(try #require(night.spread).spread > 0.025)
        let a = factory.result(medianMs: 5, executions: 5, runSpread: 0.01)
        let b = factory.result(medianMs: 5.5, executions: 5, runSpread: 0.01)
        let alone = try #require(try compare([a], [b]).rows.first)
        #expect(try #require(alone.ratioLow) > 1.05)
        let row = try #require(try compare([a], [b], nightSpreads: [ResultFactory.key: night]).rows.first)
        #expect(row.verdict == .inconclusive, "\(row.reason)")
        #expect(try #require(row.ratioLow) < 1.05)
    }

    /// Nightly with history: tonight against the mean of the earlier nights, and the reason says so.
    @Test func againstHistoryTonightIsJudgedAgainstTheEarlierNightsMean() throws {
        var factory = ResultFactory()
        let results = factory.historyResults(nights: 8, nightSpread: 0.005)
        let history = results.enumerated().map { CaseHistoryEntry(runID: "night-\($0)", result: $1) }
        let night = NightSpreadEstimate.from(history, before: "tonight")
        #expect(night.nights.count == 8)
        let a = try #require(results.last)
        let b = factory.result(medianMs: 5.5, executions: 5, runSpread: 0.01)
        let row = try #require(
            try Comparer.compare(
                baselineRun: "a", baseline: [a], candidateRun: "b", candidate: [b], chips: [:],
                thresholds: .init(latency: 0.05), nightSpreads: [ResultFactory.key: night], againstHistory: true
            ).rows.first)
        #expect(row.verdict == .regressed, "\(row.reason)")
        #expect(row.reason.contains("judged against their mean (8 nights)"))
        #expect(row.reason.contains("over 40+5 executions"))
        let expected = try ExecutionLevelRatio(
            referenceNights: night.nights, candidate: b.executionSamples.map { $0.map(Double.init) })
        #expect(row.ratioLow == expected.interval.lower && row.ratioHigh == expected.interval.upper)
    }

    /// A/A over nights with a real night effect (3%) on top of 1% executions: a history of 10 nights, then 40 pairs
    /// of fresh nights of the same build. None is regressed or improved.
    @Test func nightsOfOneBuildAreNeverRegressedWithTheNightTerm() throws {
        var factory = ResultFactory()
        let night = factory.nightSpread(nightSpread: 0.03)
        var decided = 0
        for _ in 0..<40 {
            let a = factory.result(medianMs: 5 * (1 + 0.03 * factory.gaussian()), executions: 5)
            let b = factory.result(medianMs: 5 * (1 + 0.03 * factory.gaussian()), executions: 5)
            let row = try #require(try compare([a], [b], nightSpreads: [ResultFactory.key: night]).rows.first)
            if row.verdict == .regressed || row.verdict == .improved { decided += 1 }
        }
        #expect(decided == 0)
    }

    /// With several executions the noise criterion is theirs: iterations noisy enough to trip the pooled CV limit
    /// (> 10%) do not make the row unstable when the executions' medians agree; executions that disagree by more
    /// than 10% do.
    @Test func noiseIsJudgedAtTheExecutionLevel() throws {
        var factory = ResultFactory()
        let night = factory.nightSpread(nightSpread: 0.005)
        let a = factory.result(medianMs: 5, executions: 5, iterations: 200, runSpread: 0.005, iterationNoise: 0.3)
        let b = factory.result(medianMs: 5, executions: 5, iterations: 200, runSpread: 0.005, iterationNoise: 0.3)
        let pooled = try #require(Comparison.robustCoefficientOfVariation(Summary(a.latenciesNs.map(Double.init))))
        #expect(pooled > 0.10)
        let calm = try #require(try compare([a], [b], nightSpreads: [ResultFactory.key: night]).rows.first)
        #expect(calm.verdict != .unstable, "\(calm.reason)")
        #expect(calm.evidence == .executions)

        let c = factory.result(medianMs: 5, executions: 5, runSpread: 0.2)
        let noisy = try #require(try compare([a], [c], nightSpreads: [ResultFactory.key: night]).rows.first)
        #expect(noisy.verdict == .unstable)
        #expect(noisy.reason.hasPrefix("candidate executions too noisy: they disagree by "), "\(noisy.reason)")
    }

    /// The interval widens with the executions' disagreement, whatever the iterations.
    @Test func theIntervalWidensWhenExecutionsDisagree() throws {
        var factory = ResultFactory()
        func width(_ spread: Double) throws -> Double {
            let row = try #require(
                try compare(
                    [factory.result(medianMs: 5, executions: 5, runSpread: spread)],
                    [factory.result(medianMs: 5, executions: 5, runSpread: spread)]
                ).rows.first)
            return try #require(row.ratioHigh) - (try #require(row.ratioLow))
        }
        let calm = try width(0.002)
        let disagreeing = try width(0.05)
        #expect(disagreeing > 5 * calm, "calm \(calm), disagreeing \(disagreeing)")
    }

    /// One execution per side: a shift the iterations call significant stays inconclusive, with why.
    @Test func oneExecutionPerSideNeverSaysRegressed() throws {
        var factory = ResultFactory()
        let a = factory.result(medianMs: 5, executions: 1, iterations: 300)
        let b = factory.result(medianMs: 6, executions: 1, iterations: 300)
        let row = try #require(try compare([a], [b]).rows.first)
        #expect(row.verdict == .inconclusive)
        #expect(row.evidence == .iterations)
        #expect(row.reason.contains("one execution per side (1/1)"))
        #expect(row.reason.contains("measure.executions"))
    }

    @Test func aNoisyMachineMakesTheCaseUnstableNeverRegressed() throws {
        var factory = ResultFactory()
        var busy = CaseResult.MachineLoad(
            loadAverageStart: 1.2, loadAverageEnd: 1.9, otherCPUSeconds: 0.9, wallSeconds: 1, governor: "performance")
        busy.judge()
        #expect(busy.noisy)
        let a = factory.result(medianMs: 5, executions: 5)
        var b = factory.result(medianMs: 6, executions: 5, machine: busy)
        b.energy = .init(
            windowSource: "meterLogic", meter: "sim", windowSeconds: 1, netJoules: 1, baselineWatts: nil,
            averageWatts: 1,
            peakWatts: 1, millijoulesPerInference: 3, inferencesPerJoule: 1, samples: 10, flags: [])
        var aWithEnergy = a
        aWithEnergy.energy = b.energy
        aWithEnergy.energy?.millijoulesPerInference = 2
        let rows = try compare([aWithEnergy], [b]).rows
        let latency = try #require(rows.first { $0.metric == "latency" })
        #expect(latency.verdict == .unstable)
        #expect(
            latency.reason.contains("candidate measured on a busy machine: other processes used 0.9 cores on average"))
        #expect(latency.reason.contains("(5 of 5 executions)"))
        #expect(rows.first { $0.metric == "energy" }?.verdict == .unstable)
    }

    @Test func aQuietMachineIsNotNoisy() {
        var quiet = CaseResult.MachineLoad(
            loadAverageStart: 0.1, loadAverageEnd: 0.1, otherCPUSeconds: 0.02, wallSeconds: 2, governor: nil)
        quiet.judge()
        #expect(!quiet.noisy && quiet.noisyReason == nil)
        #expect(quiet.otherCores == 0.01)
    }

    @Test func throttlingMakesTheCaseUnstable() throws {
        var factory = ResultFactory()
        let a = factory.result(medianMs: 5, executions: 3)
        var b = factory.result(medianMs: 5.6, executions: 3)
        b.thermal = .init(throttleReasons: ["reached 85 °C"])
        let row = try #require(try compare([a], [b]).rows.first)
        #expect(row.verdict == .unstable)
        #expect(row.reason.contains("candidate throttled (reached 85 °C)"))
    }

    @Test func missingAndFailedCasesAreTyped() throws {
        var factory = ResultFactory()
        let other = CaseKey(
            target: "local", model: "tinycnn", runtime: .reference, precision: .int8, threads: 1, batch: 1)
        let failed = CaseResult.notRun(ResultFactory.key, status: .failed, kind: "crash", message: "segfault")
        let rows = try compare(
            [failed],
            [factory.result(medianMs: 5, executions: 2), factory.result(medianMs: 5, executions: 2, key: other)]
        ).rows
        #expect(rows.first { $0.key == ResultFactory.key }?.verdict == .failed)
        #expect(rows.first { $0.key == other }?.verdict == .missing)
    }

    /// Two cases give a geometric mean but no interval (t with 1 degree of freedom); three give one.
    @Test func theGeometricMeanIntervalNeedsThreeCases() throws {
        var factory = ResultFactory()
        let keys = [Precision.fp32, .int8, .fp16].map {
            CaseKey(target: "local", model: "tinycnn", runtime: .reference, precision: $0, threads: 1, batch: 1)
        }
        let a = keys.map { factory.result(medianMs: 5, executions: 3, key: $0) }
        let b = keys.map { factory.result(medianMs: 5, executions: 3, key: $0) }
        let two = try compare(Array(a.prefix(2)), Array(b.prefix(2)))
        #expect(two.geometricMeanRatio != nil && two.geometricMeanLow == nil && two.geometricMeanHigh == nil)
        let three = try compare(a, b)
        #expect(three.geometricMeanLow != nil && three.geometricMeanHigh != nil)
    }

    @Test func executionSamplesSliceTheStoredLatencies() throws {
        var factory = ResultFactory()
        let result = factory.result(medianMs: 5, executions: 3, iterations: 7)
        #expect(result.executionSamples.map(\.count) == [7, 7, 7])
        #expect(result.executionSamples.flatMap { $0 } == result.latenciesNs)
        var inconsistent = result
        inconsistent.latenciesNs.removeLast()
        #expect(inconsistent.executionSamples.count == 1)
    }
}

/// Comparer and the slow executions, and a busy baseline when tonight is judged against history.
@Suite struct ComparerSlowExecutionTests {
    @Test func aSlowExecutionIsSetAsideAndTheReasonSaysSo() throws {
        var factory = ResultFactory()
        let night = factory.nightSpread(nightSpread: 0.005)
        let a = factory.result(medianMs: 5, executions: 5, runSpread: 0.005)
        var b = factory.result(medianMs: 5.5, executions: 5, runSpread: 0.005)
        // The last execution of tonight ran 30% slow (its 50 latencies × 1.3).
        let iterations = b.latenciesNs.count / 5
        for index in (4 * iterations)..<(5 * iterations) { b.latenciesNs[index] = b.latenciesNs[index] * 13 / 10 }
        let row = try #require(try compare([a], [b], nightSpreads: [ResultFactory.key: night]).rows.first)
        #expect(row.verdict == .regressed, "\(row.reason)")
        #expect(row.reason.contains("over 5+4 executions"), "\(row.reason)")
        #expect(row.reason.contains("candidate: 1 of 5 executions set aside as slow (+3"), "\(row.reason)")
        #expect(try #require(row.ratio) > 1.08 && (try #require(row.ratio)) < 1.12)
    }

    /// Tonight judged against history's quiet nights: a busy baseline run is not among them and does not make
    /// tonight unstable; a busy tonight does. Compared pairwise, a busy baseline still does.
    @Test func aBusyBaselineMattersOnlyWhenItIsTheEvidence() throws {
        var factory = ResultFactory()
        let results = factory.historyResults(nights: 6, nightSpread: 0.005)
        let history = results.enumerated().map { CaseHistoryEntry(runID: "night-\($0)", result: $1) }
        let night = NightSpreadEstimate.from(history, before: "tonight")
        var busy = CaseResult.MachineLoad(
            loadAverageStart: 1.2, loadAverageEnd: 1.9, otherCPUSeconds: 0.9, wallSeconds: 1, governor: nil)
        busy.judge()
        let busyBaseline = factory.result(medianMs: 5, executions: 5, machine: busy)
        let tonight = factory.result(medianMs: 5.5, executions: 5)
        func row(_ a: CaseResult, _ b: CaseResult, againstHistory: Bool) throws -> RunComparison.Row {
            try #require(
                try Comparer.compare(
                    baselineRun: "a", baseline: [a], candidateRun: "b", candidate: [b], chips: [:],
                    thresholds: .init(latency: 0.05), nightSpreads: [ResultFactory.key: night],
                    againstHistory: againstHistory
                ).rows.first { $0.metric == "latency" })
        }
        let judged = try row(busyBaseline, tonight, againstHistory: true)
        #expect(judged.verdict == .regressed, "\(judged.reason)")
        #expect(judged.reason.contains("judged against their mean (6 nights)"))
        let pairwise = try row(busyBaseline, tonight, againstHistory: false)
        #expect(pairwise.verdict == .unstable)
        #expect(pairwise.reason.contains("baseline measured on a busy machine"))
        let busyTonight = try row(
            try #require(results.last), factory.result(medianMs: 5.5, executions: 5, machine: busy),
            againstHistory: true)
        #expect(busyTonight.verdict == .unstable)
        #expect(busyTonight.reason.hasPrefix("candidate measured on a busy machine"), "\(busyTonight.reason)")
    }
}
