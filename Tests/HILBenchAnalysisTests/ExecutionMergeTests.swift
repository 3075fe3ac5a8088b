import Foundation
import HILBenchCore
import Testing

/// `CaseResult.merging(executions:)`: what the controller stores for a case measured as several executions.
@Suite struct ExecutionMergeTests {
    static let key = CaseKey(target: "local", model: "m", runtime: .reference, precision: .fp32, threads: 1, batch: 1)

    static func execution(_ latencies: [Int64], joules: Double, otherCPU: Double, peakKiB: Int) -> CaseResult {
        var result = CaseResult(
            key: key, status: .ok, warmupLatenciesNs: [9], latenciesNs: latencies, startedAt: 100, durationSeconds: 2)
        result.memory.peakRSSKiB = peakKiB
        result.energy = .init(
            windowSource: "meterLogic", meter: "sim", windowSeconds: 1, netJoules: joules, baselineWatts: nil,
            averageWatts: joules, peakWatts: joules * 2,
            millijoulesPerInference: joules * 1000 / Double(latencies.count),
            inferencesPerJoule: 1, samples: 100, flags: ["a"])
        var load = CaseResult.MachineLoad(
            loadAverageStart: 0.5, loadAverageEnd: 0.7, otherCPUSeconds: otherCPU, wallSeconds: 2,
            governor: "performance")
        load.judge()
        result.machine = load
        return result
    }

    @Test func executionsKeepTheirSamplesTheirLoadAndSumTheirEnergy() throws {
        let merged = try #require(
            CaseResult.merging(executions: [
                Self.execution([1, 2, 3], joules: 0.3, otherCPU: 0.02, peakKiB: 100),
                Self.execution([4, 5], joules: 0.2, otherCPU: 1.8, peakKiB: 120),
            ]))
        #expect(merged.latenciesNs == [1, 2, 3, 4, 5])
        #expect(merged.executionSamples == [[1, 2, 3], [4, 5]])
        #expect(merged.executions?.map(\.iterations) == [3, 2])
        #expect(merged.executions?.map(\.warmup) == [1, 1])
        #expect(merged.executions?.map { $0.machine?.noisy } == [false, true])
        #expect(merged.memory.peakRSSKiB == 120)
        #expect(merged.durationSeconds == 4)
        let energy = try #require(merged.energy)
        #expect(abs(energy.netJoules - 0.5) < 1e-12)
        #expect(abs(energy.millijoulesPerInference - 100) < 1e-9)  // 0.5 J over 5 inferences
        #expect(energy.flags == ["a"])
        #expect(abs((merged.machine?.otherCPUSeconds ?? 0) - 1.82) < 1e-12)
        #expect(
            merged.noisyReason
                == "other processes used 0.9 cores on average (limit 0.25), load average 0.7 (1 of 2 executions)")
    }

    @Test func aFailedExecutionFailsTheCaseAndSaysWhich() throws {
        let crash = CaseResult.notRun(Self.key, status: .failed, kind: "crash", message: "segfault")
        let merged = try #require(
            CaseResult.merging(executions: [Self.execution([1], joules: 0.1, otherCPU: 0, peakKiB: 1), crash]))
        #expect(merged.status == .failed)
        #expect(merged.failure?.message == "execution 2 of 2: segfault")
    }

    @Test func oneExecutionIsStoredAsIs() throws {
        let one = Self.execution([1, 2], joules: 0.1, otherCPU: 0, peakKiB: 1)
        #expect(CaseResult.merging(executions: [one]) == one)
        #expect(CaseResult.merging(executions: []) == nil)
    }
}
