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

extension ResultFactory {
    /// Nights of one build as a store's history gives them: each night's level off by its own night effect of
    /// relative size `nightSpread`, then `executions` executions around it.
    mutating func history(
        nights: Int, medianMs: Double = 5, nightSpread: Double, executions: Int = 5, runSpread: Double = 0.01,
        key: CaseKey = ResultFactory.key
    ) -> [CaseHistoryEntry] {
        historyResults(
            nights: nights, medianMs: medianMs, nightSpread: nightSpread, executions: executions,
            runSpread: runSpread, key: key
        ).enumerated().map { CaseHistoryEntry(runID: "night-\($0)", result: $1) }
    }

    /// The whole results of `history(…)`'s nights (night `i` is run `night-i`).
    mutating func historyResults(
        nights: Int, medianMs: Double = 5, nightSpread: Double, executions: Int = 5, runSpread: Double = 0.01,
        key: CaseKey = ResultFactory.key
    ) -> [CaseResult] {
        (0..<nights).map { _ in
            let level = medianMs * (1 + nightSpread * gaussian())
            return result(medianMs: level, executions: executions, runSpread: runSpread, key: key)
        }
    }

    /// A night-level estimate from `nights` generated nights.
    mutating func nightSpread(
        nights: Int = 10, nightSpread: Double, key: CaseKey = ResultFactory.key
    )
        -> NightSpreadEstimate
    {
        NightSpreadEstimate.from(history(nights: nights, nightSpread: nightSpread, key: key), before: "tonight")
    }
}

func compare(
    _ a: [CaseResult], _ b: [CaseResult], thresholds: SuiteConfig.Thresholds = .init(latency: 0.05),
    nightSpreads: [CaseKey: NightSpreadEstimate] = [:]
) throws -> RunComparison {
    try Comparer.compare(
        baselineRun: "a", baseline: a, candidateRun: "b", candidate: b, chips: [:], thresholds: thresholds,
        nightSpreads: nightSpreads)
}
