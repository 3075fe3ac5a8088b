public import HILBenchCore

/// nightly.md: the verdict counts and the rows that are not `noChange`, for CI to post.
public enum NightlySummary {
    public static func markdown(_ comparison: RunComparison, suite: String) -> String {
        let counts = Dictionary(grouping: comparison.rows, by: \.verdict).mapValues(\.count)
        var text = "## hilbench nightly — \(suite)\n\n"
        text += "Run `\(comparison.candidateRun)` against baseline `\(comparison.baselineRun)`: "
        let order: [RunComparison.Verdict] = [
            .regressed, .improved, .noChange, .inconclusive, .unstable, .failed, .missing,
        ]
        text +=
            order.compactMap { verdict in counts[verdict].map { "\($0) \(verdict.rawValue)" } }.joined(separator: ", ")
            + ".\n\n"
        let notable = comparison.rows.filter { $0.verdict != .noChange }
        if notable.isEmpty {
            text += "Every case × metric is within its threshold.\n"
        } else {
            var subset = comparison
            subset.rows = notable
            text +=
                RunComparisonFormat.render(subset, format: .markdown).split(separator: "\n", maxSplits: 1).last.map(
                    String.init) ?? ""
        }
        return text
    }
}
