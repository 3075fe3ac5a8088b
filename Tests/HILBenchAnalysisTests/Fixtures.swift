import Foundation
import HILBenchCore
import HILBenchStats

@testable import HILBenchAnalysis

/// Results built from a seeded generator: `executions` groups of `iterations` latencies around `medianMs`, each
/// execution shifted by its own run-level offset (the machine's state) of relative size `runSpread`.
struct ResultFactory {
    var random = Xoshiro256StarStar(seed: 42)

    static let key = CaseKey(
        target: "local", model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1)

    mutating func gaussian() -> Double {
        let u = max(random.nextUnit(), 1e-12)
        let v = random.nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    mutating func result(
        medianMs: Double, executions: Int, iterations: Int = 50, runSpread: Double = 0.01,
        iterationNoise: Double = 0.02,
        key: CaseKey = ResultFactory.key, machine: CaseResult.MachineLoad? = nil
    ) -> CaseResult {
        var samples: [Int64] = []
        var list: [CaseResult.Execution] = []
        for index in 0..<executions {
            let level = medianMs * (1 + runSpread * gaussian())
            for _ in 0..<iterations { samples.append(Int64(level * (1 + iterationNoise * abs(gaussian())) * 1e6)) }
            list.append(
                .init(iterations: iterations, warmup: 5, startedAt: Double(index), durationSeconds: 1, machine: machine)
            )
        }
        var result = CaseResult(key: key, status: .ok, latenciesNs: samples)
        result.executions = executions > 1 ? list : nil
        result.machine = executions > 1 ? nil : machine
        result.memory.peakRSSKiB = 10_240
        return result
    }
}

func compare(
    _ a: [CaseResult], _ b: [CaseResult], thresholds: SuiteConfig.Thresholds = .init(latency: 0.05)
) throws -> RunComparison {
    try Comparer.compare(
        baselineRun: "a", baseline: a, candidateRun: "b", candidate: b, chips: [:], thresholds: thresholds)
}
