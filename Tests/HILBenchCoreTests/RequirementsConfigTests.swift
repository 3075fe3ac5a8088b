import Foundation
import HILBenchCore
import Testing

/// The suite's `requirements:` block: read in full, and each mistake one located error.
@Suite struct RequirementsConfigTests {
    static let suite = """
        name: s
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32, fp16, int8]
        measure:
          iterations: 300
        requirements:
          latency: {p99_ms: 30, p50_ms: 10}
          power: {avg_w: 5, peak_w: 8}
          energy: {mj_per_inference: 40}
          memory: {peak_mib: 256}
          accuracy: {min_cosine: {fp16: 0.999, int8: 0.99}}
          throughput: {inferences_per_s: 25}
          cost: {price_usd: 300, kwh_usd: 0.25, duty_cycle: 0.5, years: 3}

        """

    @Test func everyRequirementIsRead() throws {
        let folder = try TestFolder()
        let loaded = try ConfigLoader.loadSuite(at: try folder.write("suite.yaml", Self.suite))
        let requirements = try #require(loaded.requirements)
        #expect(requirements.latency == [.init(percentile: 50, maxMs: 10), .init(percentile: 99, maxMs: 30)])
        #expect(requirements.averageWatts == 5 && requirements.peakWatts == 8)
        #expect(requirements.millijoulesPerInference == 40)
        #expect(requirements.peakMiB == 256)
        #expect(requirements.minCosine == .init(byPrecision: [.fp16: 0.999, .int8: 0.99]))
        #expect(requirements.minCosine?.floor(for: .fp32) == nil)
        #expect(requirements.inferencesPerSecond == 25)
        #expect(requirements.cost == .init(maxPriceUSD: 300, kwhUSD: 0.25, dutyCycle: 0.5, years: 3))
        // One floor for every precision.
        let single = try ConfigLoader.loadSuite(
            at: try folder.write(
                "single.yaml",
                Self.suite.replacingOccurrences(
                    of: "{min_cosine: {fp16: 0.999, int8: 0.99}}", with: "{min_cosine: 0.98}")))
        #expect(single.requirements?.minCosine?.floor(for: .int8) == 0.98)
        // A suite stored before requirements existed decodes with none.
        var old = loaded
        old.requirements = nil
        let json = try JSONEncoder().encode(old)
        #expect(try JSONDecoder().decode(SuiteConfig.self, from: json).requirements == nil)
        #expect(try JSONDecoder().decode(SuiteConfig.self, from: try JSONEncoder().encode(loaded)) == loaded)
    }

    static let bad: [(String, String, String, String)] = [
        (
            "a p99 the iterations cannot bound", "  iterations: 300", "  iterations: 200",
            "FILE:10:21: error: requirements.latency.p99_ms: a p99 budget needs at least 299 timed iterations for its 95% upper bound; measure.iterations is 200: raise it to 299 or more"
        ),
        (
            "adaptive stopping that can never reach the count", "  iterations: 300",
            "  iterations: 200\n  adaptive: {max_iterations: 250}",
            "FILE:11:21: error: requirements.latency.p99_ms: a p99 budget needs at least 299 timed iterations for its 95% upper bound; measure.adaptive.max_iterations is 250: raise it to 299 or more"
        ),
        (
            "adaptive executions that can never reach the count", "  iterations: 300",
            "  iterations: 50\n  adaptive: {max_iterations: 50, max_executions: 5}",
            "FILE:11:21: error: requirements.latency.p99_ms: a p99 budget needs at least 299 timed iterations for its 95% upper bound; measure.adaptive.max_iterations is 50 × adaptive.max_executions 5: raise it to 299 or more"
        ),
        (
            "an unknown percentile", "{p99_ms: 30, p50_ms: 10}", "{p98_ms: 30}",
            "FILE:10:12: error: requirements.latency: expected at least one of p50_ms, p90_ms, p95_ms, p99_ms"
        ),
        (
            "a negative power", "avg_w: 5", "avg_w: -5",
            "FILE:11:18: error: requirements.power.avg_w: must be at least 1e-06, got -5.0"
        ),
        (
            "a duty cycle above 1", "duty_cycle: 0.5", "duty_cycle: 1.5",
            "FILE:16:53: error: requirements.cost.duty_cycle: must be at most 1.0, got 1.5"
        ),
        (
            "an unknown precision under min_cosine", "fp16: 0.999", "fp12: 0.999",
            "FILE:14:27: error: requirements.accuracy.min_cosine.fp12: unknown precision 'fp12'; expected one of: fp32, fp16, int8"
        ),
        (
            "a misspelt section", "  throughput:", "  throughput_:",
            "FILE:15:3: error: requirements.throughput_: unknown key 'throughput_' (did you mean 'throughput'?); known keys here: accuracy, cost, energy, latency, memory, power, throughput"
        ),
    ]

    /// A budget is refused only when the design can never take enough samples: adaptive stopping or adaptive
    /// executions that can reach the count are accepted (if a case stops earlier, the decision says "not enough
    /// data" with the count it needs).
    @Test(arguments: [
        "  iterations: 200\n  adaptive: {max_iterations: 400}",  // 200 guaranteed, up to 400
        "  iterations: 100\n  adaptive: {max_iterations: 100, max_executions: 3}",  // up to 3 × 100
        "  iterations: 100\n  executions: 3",  // fixed 3 × 100
    ])
    func aDesignThatCanReachTheCountIsAccepted(_ measure: String) throws {
        let folder = try TestFolder()
        let file = try folder.write(
            "suite.yaml", Self.suite.replacingOccurrences(of: "  iterations: 300", with: measure))
        let loaded = try ConfigLoader.loadSuite(at: file)
        #expect(loaded.requirements?.latency.map(\.percentile) == [50, 99])
    }

    @Test(arguments: 0..<bad.count)
    func aMistakeIsOneLocatedError(_ index: Int) throws {
        let (_, from, to, expected) = Self.bad[index]
        let folder = try TestFolder()
        let file = try folder.write("suite.yaml", Self.suite.replacingOccurrences(of: from, with: to))
        let error = #expect(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: file) }
        let first = try #require(error?.diagnostics.first)
        #expect(first.description == expected.replacingOccurrences(of: "FILE", with: file))
    }
}
