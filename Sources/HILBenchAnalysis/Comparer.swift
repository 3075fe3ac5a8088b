import Foundation
public import HILBenchCore
public import HILBenchStats

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
                + differences.sorted { $0.key < $1.key }.map { "  \($0.key): " + $0.value.joined(separator: "; ") }
                .joined(separator: "\n")
        }
    }

    /// - Parameters:
    ///   - chips: chip (SoC) by target name, for the comparable-environment key.
    ///   - nightSpreads: each case's night-to-night spread from its history (`NightSpreadEstimate`); a case without
    ///     one cannot be called regressed or improved at the execution level.
    ///   - againstHistory: judge each candidate against the mean of the nights its spread was estimated from (nightly
    ///     with its baseline 'last') rather than against the baseline run alone.
    public static func compare(
        baselineRun: String, baseline: [CaseResult], candidateRun: String, candidate: [CaseResult],
        chips: [String: String], thresholds: SuiteConfig.Thresholds, correction: Correction = .holm,
        alpha: Double = 0.05, allowEnvironmentMismatch: Bool = false,
        nightSpreads: [CaseKey: NightSpreadEstimate] = [:], againstHistory: Bool = false
    ) throws(EnvironmentMismatch) -> RunComparison {
        let baselineByID = Dictionary(baseline.map { ($0.key.id, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [String: [String]] = [:]
        for result in candidate where result.status == .ok {
            guard let before = baselineByID[result.key.id], before.status == .ok else { continue }
            let chip = chips[result.key.target] ?? result.key.target
            let diff = ComparableEnvironment(result: before, chip: chip).differences(
                to: ComparableEnvironment(result: result, chip: chip))
            if !diff.isEmpty { differences[result.key.id] = diff }
        }
        if !differences.isEmpty && !allowEnvironmentMismatch { throw EnvironmentMismatch(differences: differences) }

        var latencyRows: [RunComparison.Row] = []
        var otherRows: [RunComparison.Row] = []
        for result in candidate.sorted(by: { $0.key < $1.key }) {
            let key = result.key
            guard let before = baselineByID[key.id] else {
                latencyRows.append(
                    .init(
                        key: key, metric: "latency", unit: "ms", baseline: nil, candidate: median(result), ratio: nil,
                        ratioLow: nil,
                        ratioHigh: nil, pValue: nil, adjustedPValue: nil, verdict: .missing,
                        reason: "not in the baseline run"))
                continue
            }
            guard before.status == .ok, result.status == .ok else {
                let side =
                    before.status != .ok ? "baseline \(before.status.rawValue)" : "candidate \(result.status.rawValue)"
                latencyRows.append(
                    .init(
                        key: key, metric: "latency", unit: "ms", baseline: median(before), candidate: median(result),
                        ratio: nil,
                        ratioLow: nil, ratioHigh: nil, pValue: nil, adjustedPValue: nil, verdict: .failed,
                        reason: "\(side): \(result.failure?.message ?? before.failure?.message ?? "")"))
                continue
            }
            // A native tool that printed only its summary: one figure per run (its median, else its mean), as energy.
            if before.latenciesNs.isEmpty || result.latenciesNs.isEmpty,
                let a = toolSummaryMs(before), let b = toolSummaryMs(result)
            {
                var row = singleValueRow(
                    key: key, metric: "latency", unit: "ms", a: a, b: b, threshold: thresholds.latency)
                row.reason = HistoryMetric.toolSummaryNote + ": " + row.reason
                let distrust = [
                    throttleReason(baseline: before, candidate: result),
                    noiseReason(baseline: before, candidate: result),
                ]
                .compactMap { $0 }.joined(separator: "; ")
                if !distrust.isEmpty { row.markUnstable(distrust) }
                latencyRows.append(row)
                continue
            }
            var policy = ComparisonPolicy.latency
            policy.threshold = thresholds.latency
            policy.alpha = alpha
            var latencyRow = latencyRow(
                key: key, before: before, after: result, policy: policy, night: nightSpreads[key],
                againstHistory: againstHistory)
            // Heat and a busy machine are not regressions: such a case is unstable, whatever the numbers say.
            let distrust = [
                throttleReason(baseline: before, candidate: result), noiseReason(baseline: before, candidate: result),
            ]
            .compactMap { $0 }.joined(separator: "; ")
            let untrusted = distrust.isEmpty ? nil : distrust
            // Judged against history's quiet nights, the baseline run is not evidence (a busy one is not among them):
            // only tonight's own heat or load can make the latency verdict untrustworthy.
            let judgedAgainstHistory =
                againstHistory && (nightSpreads[key]?.nights.count ?? 0) >= NightLevelSpread.minimumNights
                && latencyRow.evidence == .executions
            let latencyDistrust =
                judgedAgainstHistory
                ? [throttleReason(baseline: nil, candidate: result), noiseReason(baseline: nil, candidate: result)]
                    .compactMap { $0 }.joined(separator: "; ") : distrust
            if !latencyDistrust.isEmpty { latencyRow.markUnstable(latencyDistrust) }
            latencyRows.append(latencyRow)
            if let a = before.energy?.millijoulesPerInference, let b = result.energy?.millijoulesPerInference {
                var energyRow = singleValueRow(
                    key: key, metric: "energy", unit: "mJ", a: a, b: b, threshold: thresholds.energy)
                if let untrusted { energyRow.markUnstable(untrusted) }
                otherRows.append(energyRow)
            }
            if let a = before.memory.peakRSSKiB, let b = result.memory.peakRSSKiB {
                otherRows.append(
                    singleValueRow(
                        key: key, metric: "memory", unit: "MiB", a: Double(a) / 1024, b: Double(b) / 1024,
                        threshold: thresholds.memory))
            }
        }

        // Multiplicity: adjust the latency p-values across the compared cases; a verdict that no longer holds
        // at the adjusted level becomes inconclusive.
        let tested = latencyRows.indices.filter { latencyRows[$0].pValue != nil }
        let adjusted =
            correction == .holm
            ? PValueAdjustment.holm(tested.map { latencyRows[$0].pValue! })
            : PValueAdjustment.benjaminiHochberg(tested.map { latencyRows[$0].pValue! })
        for (index, p) in zip(tested, adjusted) {
            latencyRows[index].adjustedPValue = p
            if latencyRows[index].isSignificant && p >= alpha {
                latencyRows[index].reason =
                    "\(latencyRows[index].verdict) before correction (p \(format(latencyRows[index].pValue!))), but \(correction.rawValue)-adjusted p \(format(p)) ≥ α \(alpha)"
                latencyRows[index].verdict = .inconclusive
            }
        }

        let ratios = latencyRows.compactMap(\.ratio).filter { $0 > 0 && $0.isFinite }
        let geomean = ratios.count >= 2 ? try? GeometricMeanRatio(ratios: ratios) : nil
        // A t interval over 2 cases has 1 degree of freedom (t = 12.7): printed, it would look informative and is not.
        let geomeanInterval = ratios.count >= minimumCasesForGeometricMeanInterval ? geomean?.interval : nil
        return RunComparison(
            baselineRun: baselineRun, candidateRun: candidateRun, rows: latencyRows + otherRows,
            geometricMeanRatio: geomean?.estimate ?? (ratios.count == 1 ? ratios[0] : nil),
            geometricMeanLow: geomeanInterval?.lower, geometricMeanHigh: geomeanInterval?.upper,
            correction: correction.rawValue, environmentDifferences: differences)
    }

    /// Fewest cases whose geometric-mean ratio gets an interval.
    public static let minimumCasesForGeometricMeanInterval = 3

    /// The latency row of two ok results. With at least 2 executions per side the verdict is execution-level
    /// (`ExecutionLevelRatio`, with the case's night-to-night spread when history has it): `regressed` needs that
    /// interval wholly beyond the threshold, and a known night-level spread — two runs are two nights, and without
    /// history nothing says how far nights drift. Noise is judged at that level too: executions that disagree by
    /// more than the policy's CV limit make the row `unstable`; the pooled iterations' CV (which mostly measures that
    /// disagreement) is descriptive. With one execution on a side, the iteration-level test (Mann–Whitney U,
    /// Hodges–Lehmann) is descriptive only: it never says `regressed`/`improved` (history may, see `NightlyJudge`).
    static func latencyRow(
        key: CaseKey, before: CaseResult, after: CaseResult, policy: ComparisonPolicy,
        night: NightSpreadEstimate? = nil, againstHistory: Bool = false
    ) -> RunComparison.Row {
        let a = before.executionSamples.map { $0.map(Double.init) }
        let b = after.executionSamples.map { $0.map(Double.init) }
        let executionLevel = a.count >= 2 && b.count >= 2
        var withinPolicy = policy
        if executionLevel { withinPolicy.maximumCoefficientOfVariation = .infinity }
        let within = Comparison(
            baseline: before.latenciesNs.map(Double.init), candidate: after.latenciesNs.map(Double.init),
            policy: withinPolicy)
        var row = RunComparison.Row(
            key: key, metric: "latency", unit: "ms", baseline: median(before), candidate: median(after),
            ratio: within.ratio, ratioLow: within.ratioInterval?.lower, ratioHigh: within.ratioInterval?.upper,
            pValue: within.pValue, adjustedPValue: nil, verdict: RunComparison.Verdict(within.verdict),
            reason: within.reason, evidence: .iterations)
        if within.verdict == .unstable { return row }
        let descriptive =
            "within-run " + (within.pValue.map { "Mann–Whitney p=\(format($0))" } ?? "test") + ", "
            + (within.ratio.map { "iteration ratio \(String(format: "%.4f", $0))" } ?? "no ratio") + " (descriptive)"
        guard executionLevel else {
            if within.verdict.isSignificantChange {
                row.verdict = .inconclusive
                row.reason =
                    "one execution per side (\(a.count)/\(b.count)): \(within.reason) — iterations of one run cannot tell a change from "
                    + "run-to-run spread; measure more executions (measure.executions ≥ 2) or let history decide"
            }
            return row
        }
        let reference = againstHistory ? night?.nights ?? [] : []
        let judged =
            reference.count >= NightLevelSpread.minimumNights
            ? try? ExecutionLevelRatio(referenceNights: reference, candidate: b, confidence: policy.confidence)
            : try? ExecutionLevelRatio(
                baseline: a, candidate: b, confidence: policy.confidence, nightSpread: night?.spread)
        guard let level = judged else {
            row.verdict = .unstable
            row.reason = "no execution-level interval (non-positive samples); \(descriptive)"
            return row
        }
        let t = policy.threshold
        let lo = level.interval.lower
        let hi = level.interval.upper
        let worse = policy.direction == .lowerIsBetter ? lo > 1 + t : hi < 1 - t
        let better = policy.direction == .lowerIsBetter ? hi < 1 - t : lo > 1 + t
        var verdict: RunComparison.Verdict =
            worse ? .regressed : better ? .improved : (lo >= 1 - t && hi <= 1 + t) ? .noChange : .inconclusive
        let band = "±\(format(t * 100, plain: true))%"
        let words: [RunComparison.Verdict: String] = [
            .regressed: "worse beyond \(band)", .improved: "better beyond \(band)",
            .noChange: "interval within \(band)", .inconclusive: "interval not decisive against \(band)",
        ]
        let nightWords: String
        if let spread = level.nightSpread, let night {
            nightWords =
                "night-to-night spread \(format(spread.spread * 100, plain: true))% over "
                + "\(spread.nights) earlier nights"
                + (night.note.map { " (\($0))" } ?? "")
                + (level.referenceNights.map { ", judged against their mean (\($0) nights)" } ?? "")
        } else {
            nightWords = "night-to-night spread unknown (\(night?.note ?? "no history given"))"
        }
        row.ratio = level.ratio
        row.ratioLow = lo
        row.ratioHigh = hi
        row.pValue = level.pValue
        row.evidence = .executions
        var reason =
            "\(words[verdict] ?? "") at the execution level: ratio \(String(format: "%.4f", level.ratio)) "
            + "[\(String(format: "%.4f", lo)), \(String(format: "%.4f", hi))] over "
            + "\(level.baselineExecutions)+\(level.candidateExecutions) executions, "
            + "p=\(format(level.pValue)), run-to-run spread \(format(level.baselineSpread * 100, plain: true))%/"
            + "\(format(level.candidateSpread * 100, plain: true))%, \(nightWords)"
            + [("baseline", level.baselineSlow), ("candidate", level.candidateSlow)].compactMap { side, slow in
                slow?.summary.map { ", \(side): \($0)" }
            }.joined()
            + "; \(descriptive)"
        let noisiest = max(level.baselineSpread, level.candidateSpread)
        if noisiest > policy.maximumCoefficientOfVariation {
            let side = level.baselineSpread >= level.candidateSpread ? "baseline" : "candidate"
            verdict = .unstable
            reason =
                "\(side) executions too noisy: they disagree by \(format(noisiest * 100, plain: true))% "
                + "> \(format(policy.maximumCoefficientOfVariation * 100, plain: true))%; " + reason
        } else if verdict.statsVerdict?.isSignificantChange == true && level.nightSpread == nil {
            // Two runs are two occasions: without the history's night-to-night spread the interval covers only the
            // executions, and a night that drifted would look decisive.
            reason = "\(verdict.rawValue) over the executions, but \(nightWords): " + reason
            verdict = .inconclusive
        }
        row.verdict = verdict
        row.reason = reason
        return row
    }

    /// Why the machine was too busy on either side to compare these results, or nil.
    static func noiseReason(baseline: CaseResult?, candidate: CaseResult) -> String? {
        let sides = [("baseline", baseline), ("candidate", candidate)].compactMap { name, result in
            result?.noisyReason.map { "\(name) measured on a busy machine: \($0)" }
        }
        return sides.isEmpty ? nil : sides.joined(separator: "; ")
    }

    /// Why a comparison of these two results cannot be trusted for heat, or nil when neither side throttled.
    static func throttleReason(baseline: CaseResult?, candidate: CaseResult) -> String? {
        let sides = [("baseline", baseline), ("candidate", candidate)].compactMap { name, result in
            result?.thermal.flatMap {
                $0.throttled ? "\(name) throttled (\($0.throttleReasons.joined(separator: "; ")))" : nil
            }
        }
        return sides.isEmpty ? nil : sides.joined(separator: "; ")
    }

    /// One figure per run (energy, peak memory): no interval, so only a change inside the threshold can be called.
    static func singleValueRow(
        key: CaseKey, metric: String, unit: String, a: Double, b: Double, threshold: Double
    ) -> RunComparison.Row {
        let ratio = a > 0 ? b / a : nil
        let within = ratio.map { abs($0 - 1) <= threshold } ?? false
        return .init(
            key: key, metric: metric, unit: unit, baseline: a, candidate: b, ratio: ratio, ratioLow: nil,
            ratioHigh: nil, pValue: nil,
            adjustedPValue: nil, verdict: within ? .noChange : .inconclusive,
            reason: within
                ? "within ±\(Int((threshold * 100).rounded()))%"
                : "one figure per run and \(format((ratio ?? 1) - 1, percent: true)) beyond ±\(Int((threshold * 100).rounded()))%: confirm with history",
            evidence: .singleFigure)
    }

    /// The latency a native tool printed for the run (median, else mean; over several executions the median of
    /// theirs), in ms, when it wrote no samples.
    static func toolSummaryMs(_ result: CaseResult) -> Double? {
        result.printedSummaryLatencyNs.map { $0 / 1e6 }
    }

    static func median(_ result: CaseResult) -> Double? {
        guard !result.latenciesNs.isEmpty else { return nil }
        let sorted = result.latenciesNs.sorted()
        let n = sorted.count
        let mid = n % 2 == 1 ? Double(sorted[n / 2]) : (Double(sorted[n / 2 - 1]) + Double(sorted[n / 2])) / 2
        return mid / 1e6
    }

    /// A p-value or ratio: 4 decimals, or 2 significant digits below 0.001 (never "0.0" beside 1.8e-50); `plain`
    /// for percentages (up to 2 decimals, no exponent).
    static func format(_ value: Double, percent: Bool = false, plain: Bool = false) -> String {
        if percent { return String(format: "%+.1f%%", value * 100) }
        if plain { return "\((value * 100).rounded() / 100)" }
        return value < 1e-3 ? String(format: "%.1e", value) : String(format: "%.4f", value)
    }
}

extension RunComparison.Row {
    /// Makes the verdict `unstable` for `reason`, keeping the figures (a p-value stays, but counts for nothing).
    mutating func markUnstable(_ reason: String) {
        verdict = .unstable
        self.reason = reason
    }
}

extension RunComparison.Verdict {
    /// The run-level word for a verdict of the statistics module.
    public init(_ verdict: Verdict) {
        switch verdict {
        case .regressed: self = .regressed
        case .improved: self = .improved
        case .noChange: self = .noChange
        case .inconclusive: self = .inconclusive
        case .unstable: self = .unstable
        }
    }

    /// The statistics module's verdict, nil for `missing` and `failed` (no pair was judged).
    public var statsVerdict: Verdict? {
        switch self {
        case .regressed: .regressed
        case .improved: .improved
        case .noChange: .noChange
        case .inconclusive: .inconclusive
        case .unstable: .unstable
        case .missing, .failed: nil
        }
    }
}

extension Verdict {
    /// `regressed` or `improved`.
    var isSignificantChange: Bool { self == .regressed || self == .improved }
}
