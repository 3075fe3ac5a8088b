public import HILBenchCore

extension ComparisonReport {
    /// One metric of a `RunComparison` (the controller's run-against-run result) as a comparison report.
    ///
    /// - Parameters:
    ///   - metric: the `RunComparison.Row.metric` to take (`latency`, `energy`, `memory`).
    ///   - chips: chip (SoC) by target name, so the matrix can use chips as columns.
    public init(
        _ comparison: RunComparison, metric: String = "latency", chips: [String: String] = [:],
        projection: Projection? = nil
    ) {
        let rows = comparison.rows.filter { $0.metric == metric }
        self.init(
            title: "hilbench compare: \(comparison.baselineRun) → \(comparison.candidateRun)",
            baselineLabel: comparison.baselineRun, candidateLabel: comparison.candidateRun, metric: metric,
            unit: rows.first?.unit ?? "",
            rows: rows.map { row in
                var dimensions = [
                    "model": row.key.model, "target": row.key.target, "runtime": row.key.runtime.rawValue,
                    "precision": row.key.precision.rawValue, "threads": String(row.key.threads),
                    "batch": String(row.key.batch),
                ]
                if let chip = chips[row.key.target] { dimensions["chip"] = chip }
                return Row(
                    key: row.key.id, label: row.key.id, dimensions: dimensions, baseline: row.baseline,
                    candidate: row.candidate,
                    ratio: row.ratio, ciLow: row.ratioLow, ciHigh: row.ratioHigh,
                    pValue: row.adjustedPValue ?? row.pValue,
                    verdict: row.verdict.rawValue, significant: row.isSignificant, note: row.reason)
            },
            projection: projection,
            notes: ["p-values adjusted across cases with \(comparison.correction)."]
                + comparison.environmentDifferences.sorted { $0.key < $1.key }.map {
                    "environments differ for \($0.key): \($0.value.joined(separator: "; "))"
                })
    }
}
