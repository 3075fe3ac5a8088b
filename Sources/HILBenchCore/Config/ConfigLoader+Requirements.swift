import Foundation
import Yams

/// The suite's `requirements:` block: every limit range-checked and located, and each latency budget checked against
/// the samples the suite will take (a p99 the sample count cannot bound is refused here, not found out after a run).
extension ConfigLoader {
    /// The most latency samples per case the measurement design can take, in words, or nil when it is not bounded
    /// by a count (a native tool measuring for `duration_s`). A budget is refused only when even this is too few —
    /// adaptive stopping may end a case earlier, and the decision then says "not enough data" with the count it
    /// needs — never because a design that can reach the count might not.
    static func mostSamples(_ measure: SuiteConfig.Measure) -> (count: Int, words: String)? {
        if measure.durationSeconds != nil { return nil }
        let adaptive = measure.adaptive
        let perExecution = adaptive?.maxIterations ?? measure.iterations
        let executions = adaptive?.maxExecutions ?? measure.executions ?? 1
        var words =
            adaptive == nil
            ? "measure.iterations is \(measure.iterations)"
            : "measure.adaptive.max_iterations is \(perExecution)"
        if let cap = adaptive?.maxExecutions {
            words += " × adaptive.max_executions \(cap)"
        } else if let fixed = measure.executions {
            words += " × \(fixed) executions"
        }
        return (perExecution * executions, words)
    }

    static func readRequirements(_ map: YAMLMapping, measure: SuiteConfig.Measure?) -> Requirements? {
        defer { map.rejectUnknownKeys() }
        var requirements = Requirements()
        var ok = true
        func section(_ key: String, _ read: (YAMLMapping) -> Bool) {
            guard let value = map.value(key) else { return }
            guard let inner = value.mapping() else {
                ok = false
                return
            }
            defer { inner.rejectUnknownKeys() }
            if !read(inner) { ok = false }
        }
        /// Reads `key` within `range` into `apply`; false when written but wrong.
        func number(_ map: YAMLMapping, _ key: String, _ range: ClosedRange<Double>, _ apply: (Double) -> Void) -> Bool
        {
            guard let value = map.value(key) else { return true }
            guard let number = value.double(in: range) else { return false }
            apply(number)
            return true
        }
        section("latency") { latency in
            var good = true
            var present = false
            for percentile in Requirements.latencyPercentiles {
                let key = "p\(percentile)_ms"
                guard let value = latency.value(key) else { continue }
                present = true
                guard let budget = value.double(in: ConfigLimits.latencyBudgetMs) else {
                    good = false
                    continue
                }
                requirements.latency.append(.init(percentile: percentile, maxMs: budget))
                let need = Requirements.minimumSamples(percentile: percentile)
                if let measure, let design = Self.mostSamples(measure), design.count < need {
                    value.sink.error(
                        value.node, value.path,
                        "a p\(percentile) budget needs at least \(need) timed iterations for its 95% upper bound; "
                            + "\(design.words): raise it to \(need) or more")
                    good = false
                }
            }
            if !present {
                latency.sink.error(
                    latency.node, latency.path, "expected at least one of p50_ms, p90_ms, p95_ms, p99_ms")
                good = false
            }
            return good
        }
        section("power") { power in
            // Every key is read even after a bad one, so none of them is then called unknown.
            [
                number(power, "avg_w", ConfigLimits.watts) { requirements.averageWatts = $0 },
                number(power, "peak_w", ConfigLimits.watts) { requirements.peakWatts = $0 },
            ].allSatisfy { $0 }
        }
        section("energy") { energy in
            number(energy, "mj_per_inference", ConfigLimits.millijoules) { requirements.millijoulesPerInference = $0 }
        }
        section("memory") { memory in
            number(memory, "peak_mib", ConfigLimits.mebibytes) { requirements.peakMiB = $0 }
        }
        section("accuracy") { accuracy in
            guard let value = accuracy.value("min_cosine") else { return true }
            if case .mapping = value.node {
                guard let byPrecision = value.mapping() else { return false }
                var floors: [Precision: Double] = [:]
                var good = true
                for (key, keyNode, floor) in byPrecision.allEntries() {
                    guard let precision = Precision(rawValue: key) else {
                        let choices = Precision.allCases.map(\.rawValue)
                        byPrecision.sink.error(
                            keyNode, floor.path,
                            "unknown precision '\(key)'; expected one of: \(choices.joined(separator: ", "))")
                        good = false
                        continue
                    }
                    guard let number = floor.double(min: -1, max: 1) else {
                        good = false
                        continue
                    }
                    floors[precision] = number
                }
                requirements.minCosine = .init(byPrecision: floors)
                return good
            }
            guard let floor = value.double(min: -1, max: 1) else { return false }
            requirements.minCosine = .init(all: floor)
            return true
        }
        section("throughput") { throughput in
            number(throughput, "inferences_per_s", ConfigLimits.inferencesPerSecond) {
                requirements.inferencesPerSecond = $0
            }
        }
        section("cost") { map in
            var cost = Requirements.Cost()
            let good = [
                number(map, "price_usd", ConfigLimits.priceUSD) { cost.maxPriceUSD = $0 },
                number(map, "kwh_usd", ConfigLimits.kwhUSD) { cost.kwhUSD = $0 },
                number(map, "duty_cycle", ConfigLimits.dutyCycle) { cost.dutyCycle = $0 },
                number(map, "years", ConfigLimits.years) { cost.years = $0 },
            ].allSatisfy { $0 }
            requirements.cost = cost
            return good
        }
        return ok ? requirements : nil
    }
}
