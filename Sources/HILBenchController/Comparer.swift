import Foundation
public import HILBenchCore
import HILBenchStats

/// Compares two runs case by case: latency with Mann–Whitney U and the Hodges–Lehmann ratio interval
/// (multiplicity-corrected across cases), energy and memory by ratio against the practical threshold.
public enum Comparer {
    public enum Correction: String, Sendable, CaseIterable {
        case holm
        case benjaminiHochberg = "benjamini-hochberg"
    }

    /// Refused comparison: the environments differ and the caller did not allow it.
    public struct EnvironmentMismatch: Error, Sendable, CustomStringConvertible {
        public var differences: [String: [String]]
        public var description: String {
            "the runs were measured in different environments; compare anyway with --allow-environment-mismatch:\n"
                + differences.sorted { $0.key < $1.key }.map { "  \($0.key): " + $0.value.joined(separator: "; ") }.joined(separator: "\n")
        }
    }

    /// - Parameters:
    ///   - chips: chip (SoC) by target name, for the comparable-environment key.
    public static func compare(baselineRun: String, baseline: [CaseResult], candidateRun: String, candidate: [CaseResult],
                               chips: [String: String], thresholds: SuiteConfig.Thresholds, correction: Correction = .holm,
                               alpha: Double = 0.05, allowEnvironmentMismatch: Bool = false) throws(EnvironmentMismatch) -> RunComparison {
        let baselineByID = Dictionary(baseline.map { ($0.key.id, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [String: [String]] = [:]
        for result in candidate where result.status == .ok {
            guard let before = baselineByID[result.key.id], before.status == .ok else { continue }
            let chip = chips[result.key.target] ?? result.key.target
            let diff = ComparableEnvironment(result: before, chip: chip).differences(to: ComparableEnvironment(result: result, chip: chip))
            if !diff.isEmpty { differences[result.key.id] = diff }
        }
        if !differences.isEmpty && !allowEnvironmentMismatch { throw EnvironmentMismatch(differences: differences) }

        var latencyRows: [RunComparison.Row] = []
        var otherRows: [RunComparison.Row] = []
        var comparisons: [Comparison] = []
        for result in candidate.sorted(by: { $0.key < $1.key }) {
            let key = result.key
            guard let before = baselineByID[key.id] else {
                latencyRows.append(.init(key: key, metric: "latency", unit: "ms", baseline: nil, candidate: median(result), ratio: nil, ratioLow: nil,
                                         ratioHigh: nil, pValue: nil, adjustedPValue: nil, verdict: "missing", reason: "not in the baseline run"))
                comparisons.append(Comparison(baseline: [], candidate: [], policy: .latency))
                continue
            }
            guard before.status == .ok, result.status == .ok else {
                let side = before.status != .ok ? "baseline \(before.status.rawValue)" : "candidate \(result.status.rawValue)"
                latencyRows.append(.init(key: key, metric: "latency", unit: "ms", baseline: median(before), candidate: median(result), ratio: nil,
                                         ratioLow: nil, ratioHigh: nil, pValue: nil, adjustedPValue: nil, verdict: "failed",
                                         reason: "\(side): \(result.failure?.message ?? before.failure?.message ?? "")"))
                comparisons.append(Comparison(baseline: [], candidate: [], policy: .latency))
                continue
            }
            // A native tool that printed only its summary: one figure per run (its median, else its mean), as energy.
            if before.latenciesNs.isEmpty || result.latenciesNs.isEmpty,
               let a = toolSummaryMs(before), let b = toolSummaryMs(result) {
                var row = singleValueRow(key: key, metric: "latency", unit: "ms", a: a, b: b, threshold: thresholds.latency)
                row.reason = "the tool's own summary figure, one per run (no per-iteration samples): " + row.reason
                if let throttled = throttleReason(baseline: before, candidate: result) { row.markUnstable(throttled) }
                latencyRows.append(row)
                comparisons.append(Comparison(baseline: [], candidate: [], policy: .latency))
                continue
            }
            var policy = ComparisonPolicy.latency
            policy.threshold = thresholds.latency
            policy.alpha = alpha
            let comparison = Comparison(baseline: before.latenciesNs.map(Double.init), candidate: result.latenciesNs.map(Double.init), policy: policy)
            comparisons.append(comparison)
            var latencyRow = RunComparison.Row(key: key, metric: "latency", unit: "ms", baseline: median(before), candidate: median(result),
                                               ratio: comparison.ratio, ratioLow: comparison.ratioInterval?.lower, ratioHigh: comparison.ratioInterval?.upper,
                                               pValue: comparison.pValue, adjustedPValue: nil, verdict: comparison.verdict.rawValue, reason: comparison.reason)
            // Heat is not a regression: a case that throttled on either side is unstable, whatever the numbers say.
            let throttled = throttleReason(baseline: before, candidate: result)
            if let throttled { latencyRow.markUnstable(throttled) }
            latencyRows.append(latencyRow)
            if let a = before.energy?.millijoulesPerInference, let b = result.energy?.millijoulesPerInference {
                var energyRow = singleValueRow(key: key, metric: "energy", unit: "mJ", a: a, b: b, threshold: thresholds.energy)
                if let throttled { energyRow.markUnstable(throttled) }
                otherRows.append(energyRow)
            }
            if let a = before.memory.peakRSSKiB, let b = result.memory.peakRSSKiB {
                otherRows.append(singleValueRow(key: key, metric: "memory", unit: "MiB", a: Double(a) / 1024, b: Double(b) / 1024, threshold: thresholds.memory))
            }
        }

        // Multiplicity: adjust the latency p-values across the compared cases; a verdict that no longer holds
        // at the adjusted level becomes inconclusive.
        let tested = latencyRows.indices.filter { latencyRows[$0].pValue != nil }
        let adjusted = correction == .holm
            ? PValueAdjustment.holm(tested.map { latencyRows[$0].pValue! })
            : PValueAdjustment.benjaminiHochberg(tested.map { latencyRows[$0].pValue! })
        for (index, p) in zip(tested, adjusted) {
            latencyRows[index].adjustedPValue = p
            if latencyRows[index].isSignificant && p >= alpha {
                latencyRows[index].reason = "\(latencyRows[index].verdict) before correction (p \(format(latencyRows[index].pValue!))), but \(correction.rawValue)-adjusted p \(format(p)) ≥ α \(alpha)"
                latencyRows[index].verdict = Verdict.inconclusive.rawValue
            }
        }

        let ratios = latencyRows.compactMap(\.ratio).filter { $0 > 0 && $0.isFinite }
        let geomean = ratios.count >= 2 ? try? GeometricMeanRatio(ratios: ratios) : nil
        return RunComparison(baselineRun: baselineRun, candidateRun: candidateRun, rows: latencyRows + otherRows,
                             geometricMeanRatio: geomean?.estimate ?? (ratios.count == 1 ? ratios[0] : nil),
                             geometricMeanLow: geomean?.interval?.lower, geometricMeanHigh: geomean?.interval?.upper,
                             correction: correction.rawValue, environmentDifferences: differences)
    }

    /// Why a comparison of these two results cannot be trusted for heat, or nil when neither side throttled.
    static func throttleReason(baseline: CaseResult, candidate: CaseResult) -> String? {
        let sides = [("baseline", baseline), ("candidate", candidate)].compactMap { name, result in
            result.thermal.flatMap { $0.throttled ? "\(name) throttled (\($0.throttleReasons.joined(separator: "; ")))" : nil }
        }
        return sides.isEmpty ? nil : sides.joined(separator: "; ")
    }

    /// One figure per run (energy, peak memory): no interval, so only a change inside the threshold can be called.
    static func singleValueRow(key: CaseKey, metric: String, unit: String, a: Double, b: Double, threshold: Double) -> RunComparison.Row {
        let ratio = a > 0 ? b / a : nil
        let within = ratio.map { abs($0 - 1) <= threshold } ?? false
        return .init(key: key, metric: metric, unit: unit, baseline: a, candidate: b, ratio: ratio, ratioLow: nil, ratioHigh: nil, pValue: nil,
                     adjustedPValue: nil, verdict: within ? Verdict.noChange.rawValue : Verdict.inconclusive.rawValue,
                     reason: within ? "within ±\(Int((threshold * 100).rounded()))%" : "one figure per run and \(format((ratio ?? 1) - 1, percent: true)) beyond ±\(Int((threshold * 100).rounded()))%: confirm with history")
    }

    /// The latency a native tool printed for the run (median, else mean), in ms, when it wrote no samples.
    static func toolSummaryMs(_ result: CaseResult) -> Double? {
        guard result.latenciesNs.isEmpty, let reported = result.reported,
              let ns = reported.medianNs ?? reported.meanNs else { return nil }
        return Double(ns) / 1e6
    }

    static func median(_ result: CaseResult) -> Double? {
        guard !result.latenciesNs.isEmpty else { return nil }
        let sorted = result.latenciesNs.sorted()
        let n = sorted.count
        let mid = n % 2 == 1 ? Double(sorted[n / 2]) : (Double(sorted[n / 2 - 1]) + Double(sorted[n / 2])) / 2
        return mid / 1e6
    }

    static func format(_ value: Double, percent: Bool = false) -> String {
        if percent { return String(format: "%+.1f%%", value * 100) }
        return value < 1e-3 ? String(format: "%.1e", value) : String(format: "%.4f", value)
    }
}


extension RunComparison.Row {
    /// Makes the verdict `unstable` for `reason`, keeping the figures (a p-value stays, but counts for nothing).
    mutating func markUnstable(_ reason: String) {
        verdict = Verdict.unstable.rawValue
        self.reason = reason
    }
}
