import HILBenchAnalysis
import HILBenchCore
import HILBenchReports
import Testing

/// What `hilbench nightly` prints for a row judged against a short history: the verdict word once, then the reason.
@Suite struct NightlyFormatTests {
    static let key = CaseKey(
        target: "local", model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1)

    /// An energy row (one figure per run) within its threshold, judged with 3 nights where 5 are needed.
    static func judged() -> RunComparison {
        let row = RunComparison.Row(
            key: key, metric: "energy", unit: "mJ", baseline: 10, candidate: 10.2, ratio: 1.02, ratioLow: nil,
            ratioHigh: nil, pValue: nil, adjustedPValue: nil, verdict: .noChange, reason: "within ±5%",
            evidence: .singleFigure)
        let comparison = RunComparison(
            baselineRun: "run-a", candidateRun: "run-b", rows: [row], geometricMeanRatio: nil, geometricMeanLow: nil,
            geometricMeanHigh: nil, correction: "holm", environmentDifferences: [:])
        var judged = comparison
        judged.rows[0] = NightlyJudge.judge(
            row, history: HistoryAnalysis.judge([10, 10.1, 10.2]), threshold: 0.05)
        return judged
    }

    @Test func shortHistorySaysInconclusiveOnce() throws {
        let text = RunComparisonFormat.render(Self.judged(), format: .text)
        let lines = text.split(separator: "\n").map(String.init)
        let why = try #require(lines.firstIndex(of: "why:"), "\(text)")
        #expect(
            lines[why + 1]
                == "  local/tinycnn/reference/fp32/t1 energy: inconclusive — need 5 nights of history, have 3; "
                + "within ±5%")
    }

    @Test func nightlySummaryAndJUnitSayInconclusiveOnce() {
        let comparison = Self.judged()
        let markdown = NightlySummary.markdown(comparison, suite: "smoke")
        #expect(
            markdown.contains(
                "\n- local/tinycnn/reference/fp32/t1 energy: inconclusive — need 5 nights of history, have 3; "
                    + "within ±5%\n"), "\(markdown)")
        let junit = JUnitXML.render(comparison, suite: "smoke", infraErrors: [:])
        #expect(
            junit.contains("<skipped message=\"inconclusive: need 5 nights of history, have 3; within ±5%\"/>"),
            "\(junit)")
        for output in [markdown, junit] {
            #expect(!output.contains("inconclusive — inconclusive") && !output.contains("inconclusive: inconclusive"))
        }
    }
}
