import Foundation
import HILBenchCore
import HILBenchStats

/// The comparison as text (aligned columns for a terminal), Markdown (for a pull request), CSV (one row per
/// case) and JSON (the report and its matrices). HTML is `ComparisonHTML`.
extension ComparisonReport {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, csv, json, html
    }

    /// The comparison in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .text: renderText(markdown: false)
        case .markdown: renderText(markdown: true)
        case .csv: renderCSV()
        case .json: renderJSON()
        case .html: ComparisonHTML.render(self)
        }
    }

    var legend: String {
        let better = direction == .lowerIsBetter ? "below 1 is better" : "above 1 is better"
        return
            "ratio B/A of \(metric) (\(unit)), \(better); [low, high]: \(Int((confidence * 100).rounded()))% interval; "
            + "~: not significant; better/worse: the verdict says the change is beyond the threshold."
    }

    private func renderText(markdown: Bool) -> String {
        let escape: (String) -> String = { text in markdown ? MarkdownSummary.escape(text) : text }
        var out = markdown ? "### \(escape(title))\n\n" : "\(title)\n"
        out +=
            markdown
            ? "A: **\(escape(baselineLabel))** → B: **\(escape(candidateLabel))**\n\n"
            : "A: \(baselineLabel)  →  B: \(candidateLabel)\n\n"
        for matrix in matrices() {
            if !matrix.title.isEmpty { out += markdown ? "**\(escape(matrix.title))**\n\n" : "\(matrix.title)\n" }
            let corner = matrix.rowDimensions.isEmpty ? "case" : matrix.rowDimensions.joined(separator: " · ")
            // Labels come from the data and are escaped; cell texts are ours (`~`, `[…]` are literal there in GFM).
            var table = [[escape(corner)] + matrix.columnLabels.map(escape)]
            for (index, label) in matrix.rowLabels.enumerated() {
                table.append([escape(label)] + matrix.cells[index].map(ComparisonReport.cellText))
            }
            if let geomean = matrix.geomean { table.append(["geomean"] + geomean.map(ComparisonReport.cellText)) }
            out += markdown ? markdownTable(table) : textTable(table)
            out += "\n"
        }
        out += markdown ? "_\(escape(legend))_\n" : legend + "\n"
        for note in notes { out += markdown ? "- \(escape(note))\n" : "note: \(note)\n" }
        return out
    }

    private func markdownTable(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var out =
            "| " + header.joined(separator: " | ") + " |\n|"
            + header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined() + "\n"
        for row in rows.dropFirst() { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    private func textTable(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == 0
                    ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The CSV's columns: fixed ones, then one per dimension found in the rows.
    public var csvColumns: [String] {
        let names = Set(rows.flatMap { $0.dimensions.keys })
        let dimensions = Self.dimensionOrder.filter(names.contains) + names.subtracting(Self.dimensionOrder).sorted()
        return ["baseline_label", "candidate_label", "key", "label"] + dimensions
            + [
                "metric", "unit", "baseline", "candidate", "ratio", "ci_low", "ci_high", "p_value", "verdict",
                "significant", "note",
            ]
    }

    private func renderCSV() -> String {
        let columns = csvColumns
        let dimensions = Array(columns[4..<(columns.count - 11)])
        var text = CSV.line(columns)
        for row in rows {
            text += CSV.line(
                [baselineLabel, candidateLabel, row.key, row.label] + dimensions.map { row.dimensions[$0] ?? "" } + [
                    metric, unit, CSV.significant(row.baseline), CSV.significant(row.candidate),
                    CSV.significant(row.ratio),
                    CSV.significant(row.ciLow), CSV.significant(row.ciHigh), CSV.significant(row.pValue), row.verdict,
                    row.significant ? "true" : "false", row.note ?? "",
                ])
        }
        return text
    }

    private struct JSONDocument: Encodable {
        var schemaVersion = 1
        var comparison: ComparisonReport
        var matrices: [SpeedupMatrix]
    }

    private func renderJSON() -> String {
        let document = JSONDocument(comparison: self, matrices: matrices())
        let data = (try? HILBenchJSON.encoder(pretty: true).encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
