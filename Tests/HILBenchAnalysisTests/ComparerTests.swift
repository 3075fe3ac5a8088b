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
        for _ in 0..<40 {
            let a = factory.result(medianMs: 5, executions: 5, iterations: 60, runSpread: 0.015)
            let b = factory.result(medianMs: 5, executions: 5, iterations: 60, runSpread: 0.015)
            let row = try #require(try compare([a], [b], thresholds: .init(latency: 0.03)).rows.first)
            #expect(row.evidence == .executions)
            if row.verdict == .regressed || row.verdict == .improved { regressed += 1 }
        }
        #expect(regressed == 0)
    }

    @Test func aTenPercentSlowdownIsRegressedAtTheExecutionLevel() throws {
        var factory = ResultFactory()
        let a = factory.result(medianMs: 5, executions: 5, runSpread: 0.01)
        let b = factory.result(medianMs: 5.5, executions: 5, runSpread: 0.01)
        let row = try #require(try compare([a], [b]).rows.first { $0.metric == "latency" })
        #expect(row.verdict == .regressed, "\(row.reason)")
        #expect(row.evidence == .executions)
        let low = try #require(row.ratioLow)
        let high = try #require(row.ratioHigh)
        #expect(low > 1.05 && high < 1.16 && low < 1.10 && high > 1.10)
        #expect(row.reason.contains("5+5 executions"))
        #expect(row.reason.contains("(descriptive)"))
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
