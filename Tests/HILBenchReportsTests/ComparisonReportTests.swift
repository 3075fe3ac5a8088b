import Foundation
import HILBenchCore
import HILBenchReports
import Testing

enum ComparisonFixture {
    /// Board B against board A, per precision, for one or two models.
    static func report(
        models: [String] = ["mobilenet-v2"], projection: ComparisonReport.Projection? = nil
    ) -> ComparisonReport {
        var rows: [ComparisonReport.Row] = []
        for model in models {
            for (target, chip) in [("rock5b", "rk3588"), ("orin-nano", "orin-nano")] {
                for (index, precision) in ["fp32", "fp16", "int8"].enumerated() {
                    let significant = index != 1
                    let ratio = significant ? (target == "rock5b" ? 0.8 : 1.25) : 1.01
                    rows.append(
                        .init(
                            key: "\(target)/\(model)/onnxruntime/\(precision)/t4/b1",
                            label: "\(target) · \(model) · \(precision)",
                            dimensions: [
                                "model": model, "target": target, "chip": chip, "runtime": "onnxruntime",
                                "precision": precision,
                                "threads": "4", "batch": "1",
                            ],
                            baseline: 10, candidate: 10 * ratio, ratio: ratio, ciLow: ratio - 0.02,
                            ciHigh: ratio + 0.03,
                            pValue: significant ? 0.0001 : 0.4,
                            verdict: significant ? (ratio < 1 ? "improved" : "regressed") : "noChange",
                            significant: significant,
                            note: significant ? "beyond the 3% threshold" : "interval within ±3%"))
                }
            }
        }
        return ComparisonReport(
            title: "nightly vs release", baselineLabel: "run-a", candidateLabel: "run-b", metric: "latency_p50",
            unit: "ms",
            rows: rows, projection: projection, notes: ["p-values adjusted with holm"])
    }
}

@Suite struct ComparisonReportTests {
    @Test func theDefaultMatrixPutsBoardsInColumnsAndMarksInsignificantRatios() throws {
        let matrices = ComparisonFixture.report().matrices()
        #expect(matrices.count == 1)
        let matrix = try #require(matrices.first)
        #expect(matrix.columnDimensions == ["target"])  // chip only repeats target, so it is not a dimension of its own
        #expect(matrix.rowDimensions == ["precision"])
        #expect(matrix.columnLabels == ["rock5b", "orin-nano"])
        #expect(matrix.rowLabels == ["fp32", "fp16", "int8"])
        #expect(ComparisonReport.cellText(matrix.cells[0][0]) == "0.800× [0.780, 0.830] better")
        #expect(ComparisonReport.cellText(matrix.cells[0][1]) == "1.250× [1.230, 1.280] worse")
        #expect(ComparisonReport.cellText(matrix.cells[1][0]) == "~ 1.010× [0.990, 1.040]")
        // Geometric mean of 0.8, 1.01, 0.8 in the first column.
        let geomean = try #require(matrix.geomean?[0]?.ratio)
        #expect(abs(geomean - pow(0.8 * 1.01 * 0.8, 1.0 / 3)) < 1e-12)
    }

    @Test func anExplicitProjectionTransposesAndTheRestSplitsTables() throws {
        let report = ComparisonFixture.report(
            models: ["mobilenet-v2", "yolov8n"], projection: .init(rows: ["target"], columns: ["precision"]))
        let matrices = report.matrices()
        #expect(matrices.map(\.title) == ["model=mobilenet-v2", "model=yolov8n"])
        #expect(matrices[0].columnLabels == ["fp32", "fp16", "int8"])
        #expect(matrices[0].rowLabels == ["rock5b", "orin-nano"])
        #expect(ComparisonReport.cellText(matrices[1].cells[1][2]) == "1.250× [1.230, 1.280] worse")
    }

    @Test func aCaseWithoutARatioShowsItsVerdict() {
        var report = ComparisonFixture.report()
        report.rows[0].ratio = nil
        report.rows[0].verdict = "failed"
        report.rows[0].significant = false
        #expect(ComparisonReport.cellText(report.matrices()[0].cells[0][0]) == "failed")
    }

    @Test func textAndMarkdownShowTheMatrixWithTildes() {
        let report = ComparisonFixture.report()
        let text = report.render(.text)
        #expect(text.contains("A: run-a  →  B: run-b"))
        #expect(text.contains("precision"))
        #expect(text.contains("~ 1.010× [0.990, 1.040]"))
        #expect(text.contains("geomean"))
        #expect(text.contains("~: not significant"))
        let markdown = report.render(.markdown)
        #expect(markdown.contains("| precision | rock5b | orin-nano |\n|---|---:|---:|\n"))
        #expect(markdown.contains("| fp16 | ~ 1.010× [0.990, 1.040] | ~ 1.010× [0.990, 1.040] |"))
    }

    @Test func csvIsOneRowPerCaseWithDimensionsAndTheInjectionGuard() throws {
        var report = ComparisonFixture.report()
        report.rows[0].label = "=evil()"
        let lines = report.render(.csv).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 6)
        #expect(
            lines[0]
                == "baseline_label,candidate_label,key,label,model,target,chip,runtime,precision,threads,batch,metric,unit,baseline,candidate,ratio,ci_low,ci_high,p_value,verdict,significant,note"
        )
        #expect(
            lines[1].hasPrefix(
                "run-a,run-b,rock5b/mobilenet-v2/onnxruntime/fp32/t4/b1,'=evil(),mobilenet-v2,rock5b,rk3588,onnxruntime,fp32,4,1,latency_p50,ms,10,8,0.8,0.78,0.83,0.0001,improved,true,"
            ))
    }

    @Test func jsonCarriesTheRowsAndTheMatrices() throws {
        let json = ComparisonFixture.report().render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(((object["comparison"] as? [String: Any])?["rows"] as? [Any])?.count == 6)
        #expect((object["matrices"] as? [Any])?.count == 1)
    }

    @Test func htmlHasTheMatrixTheForestPlotAndEscapes() {
        var report = ComparisonFixture.report()
        report.candidateLabel = "<b>run-b</b>"
        let html = report.render(.html)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<table id=\"matrix-0\" class=\"matrix\">"))
        #expect(occurrences(of: "<g class=\"ratio\" data-case=", in: html) == 6)
        #expect(html.contains("&lt;b&gt;run-b&lt;/b&gt;") && !html.contains("<b>run-b</b>"))
        #expect(html.contains("class=\"verdict-improved\""))
        #expect(html.contains(">~ 1.010× [0.990, 1.040]</td>"))
        #expect(occurrences(of: "<svg ", in: html) == occurrences(of: "<desc id=", in: html))
    }

    @Test func aRunComparisonBecomesAComparisonReportOfOneMetric() throws {
        let key = CaseKey(target: "rock5b", model: "m", runtime: .onnxruntime, precision: .int8, threads: 1, batch: 1)
        let comparison = RunComparison(
            baselineRun: "a", candidateRun: "b",
            rows: [
                .init(
                    key: key, metric: "latency", unit: "ms", baseline: 2, candidate: 1.6, ratio: 0.8, ratioLow: 0.78,
                    ratioHigh: 0.82, pValue: 0.001,
                    adjustedPValue: 0.002, verdict: .improved, reason: "faster"),
                .init(
                    key: key, metric: "energy", unit: "mJ", baseline: 5, candidate: 5, ratio: 1, ratioLow: nil,
                    ratioHigh: nil, pValue: nil,
                    adjustedPValue: nil, verdict: .noChange, reason: "same"),
            ],
            geometricMeanRatio: 0.8, geometricMeanLow: nil, geometricMeanHigh: nil, correction: "holm",
            environmentDifferences: [:])
        let report = ComparisonReport(comparison, chips: ["rock5b": "rk3588"])
        #expect(report.rows.count == 1)
        let row = try #require(report.rows.first)
        #expect(row.key == key.id && row.significant && row.pValue == 0.002 && row.dimensions["chip"] == "rk3588")
        #expect(report.unit == "ms")
    }
}
