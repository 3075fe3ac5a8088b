import Foundation
import HILBenchStats

/// `compare.html`: the speedup matrices as tables, a forest plot of every ratio with its interval, and the rows
/// in a sortable table. Self-contained like `report.html` (same style, script and Content-Security-Policy).
public enum ComparisonHTML {
    public static func render(_ report: ComparisonReport) -> String {
        let escape = HTMLReport.escape
        var html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(escape(HTMLReport.contentSecurityPolicy))">
            <title>hilbench compare — \(escape(report.title))</title>
            <style>\(HTMLReport.style)</style>
            </head>
            <body>
            <header><h1>\(escape(report.title))</h1>
            <p>A (baseline): <strong>\(escape(report.baselineLabel))</strong> → B (candidate): <strong>\(escape(report.candidateLabel))</strong> · metric \(escape(report.metric)) (\(escape(report.unit)))</p>
            <p class="muted">\(escape(report.legend))</p></header>

            """
        let verdicts = Dictionary(grouping: report.rows, by: \.verdict).mapValues(\.count)
        html +=
            "<p id=\"verdict-counts\">"
            + verdicts.sorted { $0.key < $1.key }.map { "\($0.value) \(escape($0.key))" }.joined(separator: ", ")
            + "</p>\n"
        html += "<section id=\"matrix\"><h2>Speedup matrix</h2>\n"
        for (index, matrix) in report.matrices().enumerated() {
            if !matrix.title.isEmpty { html += "<h3>\(escape(matrix.title))</h3>\n" }
            let corner = matrix.rowDimensions.isEmpty ? "case" : matrix.rowDimensions.joined(separator: " · ")
            html +=
                "<div class=\"scroll\"><table id=\"matrix-\(index)\" class=\"matrix\"><thead><tr><th class=\"l\" scope=\"col\">\(escape(corner))</th>"
            html +=
                matrix.columnLabels.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            for (rowIndex, label) in matrix.rowLabels.enumerated() {
                html +=
                    "<tr><th class=\"l\" scope=\"row\">\(escape(label))</th>"
                    + matrix.cells[rowIndex].map(cell).joined() + "</tr>\n"
            }
            if let geomean = matrix.geomean {
                html +=
                    "<tr class=\"geomean\"><th class=\"l\" scope=\"row\">geomean</th>" + geomean.map(cell).joined()
                    + "</tr>\n"
            }
            html += "</tbody></table></div>\n"
        }
        html += "</section>\n"
        html += forest(report)
        html += details(report)
        if !report.notes.isEmpty {
            html +=
                "<section id=\"notes\"><h2>Notes</h2><ul>" + report.notes.map { "<li>\(escape($0))</li>" }.joined()
                + "</ul></section>\n"
        }
        html += "<script>\(HTMLReport.script)</script>\n</body>\n</html>\n"
        return html
    }

    private static func cell(_ cell: SpeedupMatrix.Cell?) -> String {
        guard let cell else { return "<td></td>" }
        let verdictClass =
            cell.significant
                && (cell.verdict == Verdict.regressed.rawValue || cell.verdict == Verdict.improved.rawValue)
            ? " class=\"verdict-\(cell.verdict)\"" : ""
        return
            "<td\(verdictClass) data-ratio=\"\(SVG.raw(cell.ratio))\" data-significant=\"\(cell.significant)\" title=\"\(HTMLReport.escape(cell.verdict + (cell.pValue.map { ", p = \(String(format: "%.3g", $0))" } ?? "")))\">\(HTMLReport.escape(ComparisonReport.cellText(cell)))</td>"
    }

    /// Every ratio with its interval on a log axis around 1: the shape is the verdict (▲ worse, ▼ better, ● no
    /// significant difference, ◇ otherwise).
    static func forest(_ report: ComparisonReport) -> String {
        let rows = report.rows.filter { $0.ratio.map { $0 > 0 && $0.isFinite } ?? false }
        guard !rows.isEmpty else { return "" }
        let labelWidth = 340.0
        let plotWidth = 460.0
        let rowHeight = 18.0
        let top = 24.0
        let bottom = top + Double(rows.count) * rowHeight
        let values =
            rows.flatMap { [$0.ratio!, $0.ciLow ?? $0.ratio!, $0.ciHigh ?? $0.ratio!] }.filter { $0 > 0 } + [1]
        let spread = max(values.map { abs(log10($0)) }.max() ?? 0.05, 0.02) * 1.15
        let x = { (ratio: Double) in labelWidth + (log10(ratio) + spread) / (2 * spread) * plotWidth }
        var html = "<section id=\"forest\"><h2>Ratios with their intervals</h2>\n"
        html += SVG.open(
            id: "forest-chart", width: labelWidth + plotWidth + 150, height: bottom + 44,
            title: "Ratio B/A per case with its interval",
            desc:
                "One row per case: the point is the ratio B/A of \(report.metric), the whisker its interval, on a log axis centred on 1 (no change). Triangle up: worse; triangle down: better; circle: not significant; diamond: other verdicts.",
            attributes: "data-chart=\"forest\"")
        for tick in [0.5, 0.67, 0.8, 0.9, 0.95, 1, 1.05, 1.1, 1.25, 1.5, 2].filter({ abs(log10($0)) <= spread }) {
            html +=
                SVG.line(x(tick), top - 6, x(tick), bottom, cls: tick == 1 ? "axis" : "grid")
                + SVG.text(x(tick), bottom + 14, String(format: "%g", tick), anchor: "middle", cls: "small")
        }
        html += SVG.text(
            labelWidth + plotWidth / 2, bottom + 32, "ratio B/A (log scale; 1 = no change)", anchor: "middle")
        html += SVG.text(labelWidth, 12, report.direction == .lowerIsBetter ? "← B better" : "← B worse", cls: "small")
        html +=
            SVG.text(
                labelWidth + plotWidth, 12, report.direction == .lowerIsBetter ? "B worse →" : "B better →",
                anchor: "end", cls: "small") + "\n"
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + 6
            let worse = row.verdict == Verdict.regressed.rawValue
            let better = row.verdict == Verdict.improved.rawValue
            let shape: SVG.Shape = !row.significant ? .circle : worse ? .triangle : better ? .triangleDown : .diamond
            let cls = !row.significant ? "mk s6" : worse ? "regressed" : better ? "improved" : "inconclusive"
            html +=
                "<g class=\"ratio\" data-case=\"\(HTMLReport.escape(row.key))\" data-ratio=\"\(SVG.raw(row.ratio))\" data-verdict=\"\(HTMLReport.escape(row.verdict))\">"
            html += SVG.text(labelWidth - 10, y + 4, row.label, anchor: "end")
            if let low = row.ciLow, let high = row.ciHigh, low > 0, high > 0 {
                html += SVG.line(x(max(low, pow(10, -spread))), y, x(min(high, pow(10, spread))), y, cls: "whisker")
            }
            html += shape.element(x(row.ratio!), y, size: 4.5, cls: cls)
            html += SVG.text(
                labelWidth + plotWidth + 8, y + 4,
                ComparisonReport.cellText(
                    SpeedupMatrix.Cell(
                        key: row.key, ratio: row.ratio, ciLow: nil, ciHigh: nil, pValue: nil, verdict: row.verdict,
                        significant: row.significant)), cls: "small")
            html += "<title>\(HTMLReport.escape(row.label)): \(HTMLReport.escape(row.verdict))</title></g>\n"
        }
        return html + "</svg>\n</section>\n"
    }

    private static func details(_ report: ComparisonReport) -> String {
        let escape = HTMLReport.escape
        var html =
            "<section id=\"rows\"><h2>Every case</h2>\n<div class=\"scroll\"><table id=\"comparison-rows\" class=\"sortable\"><thead><tr>"
        html +=
            [
                ("Case", "text"), ("A", "num"), ("B", "num"), ("B/A", "num"), ("Interval", "num"), ("p", "num"),
                ("Verdict", "text"), ("Note", "text"),
            ]
            .map { "<th data-sort=\"\($0.1)\"\($0.1 == "text" ? " class=\"l\"" : "")>\($0.0)</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for row in report.rows {
            html +=
                "<tr><td class=\"l\">\(escape(row.label))</td><td data-v=\"\(SVG.raw(row.baseline))\">\(SVG.value(row.baseline))</td><td data-v=\"\(SVG.raw(row.candidate))\">\(SVG.value(row.candidate))</td>"
            html +=
                "<td data-v=\"\(SVG.raw(row.ratio))\">\(row.ratio.map { (row.significant ? "" : "~ ") + ComparisonReport.ratioText($0) } ?? "–")</td>"
            html +=
                "<td data-v=\"\(SVG.raw(row.ciLow))\">\(row.ciLow.map { "\(ComparisonReport.number($0))–\(ComparisonReport.number(row.ciHigh ?? $0))" } ?? "–")</td>"
            html += "<td data-v=\"\(SVG.raw(row.pValue))\">\(row.pValue.map { String(format: "%.3g", $0) } ?? "–")</td>"
            html +=
                "<td class=\"l verdict-\(escape(row.verdict))\">\(escape(row.verdict))</td><td class=\"l wrap\">\(escape(row.note ?? ""))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n</section>\n"
    }
}
