import Foundation
public import HILBenchCore

/// Renders a `RunComparison` as text, Markdown, CSV or JSON, optionally projected like benchstat:
/// one dimension (chip, runtime or precision) becomes the columns, cells show the latency ratio B/A.
public enum RunComparisonFormat {
    public enum Format: String, Sendable, CaseIterable { case text, markdown, json, csv }
    public enum Dimension: String, Sendable, CaseIterable { case target, runtime, precision }

    public static func render(_ comparison: RunComparison, format: Format, project: Dimension? = nil) -> String {
        switch format {
        case .json:
            return String(
                decoding: (try? HILBenchJSON.encoder(pretty: true).encode(comparison)) ?? Data(), as: UTF8.self) + "\n"
        case .csv:
            var text = CSV.line([
                "baseline_run", "candidate_run", "target", "model", "runtime", "precision", "threads", "batch",
                "metric", "unit",
                "baseline", "candidate", "ratio", "ratio_low", "ratio_high", "p_value", "adjusted_p_value", "verdict",
                "reason",
            ])
            for row in comparison.rows {
                text += CSV.line([
                    comparison.baselineRun, comparison.candidateRun, row.key.target, row.key.model,
                    row.key.runtime.rawValue,
                    row.key.precision.rawValue, String(row.key.threads), String(row.key.batch), row.metric, row.unit,
                    CSV.number(row.baseline), CSV.number(row.candidate), CSV.number(row.ratio),
                    CSV.number(row.ratioLow),
                    CSV.number(row.ratioHigh), CSV.number(row.pValue, digits: 10),
                    CSV.number(row.adjustedPValue, digits: 10),
                    row.verdict.rawValue, row.reason,
                ])
            }
            return text
        case .text, .markdown:
            let markdown = format == .markdown
            var out =
                markdown
                ? "### hilbench compare: `\(comparison.baselineRun)` → `\(comparison.candidateRun)`\n\n"
                : "baseline \(comparison.baselineRun) → candidate \(comparison.candidateRun)\n\n"
            if let project {
                out += table(projected(comparison, by: project), markdown: markdown)
            } else {
                let header = ["case", "metric", "A", "B", "B/A", "95% CI", "p (adj.)", "verdict"]
                let rows = comparison.rows.map { row in
                    [
                        label(row.key), row.metric, value(row.baseline, row.unit), value(row.candidate, row.unit),
                        ratioText(row),
                        interval(row), row.adjustedPValue.map(pText) ?? row.pValue.map(pText) ?? "–",
                        row.verdict.rawValue,
                    ]
                }
                out += table([header] + rows, markdown: markdown)
            }
            let explained = comparison.rows.filter { $0.verdict != .noChange }
            if !explained.isEmpty && project == nil {
                out += markdown ? "\n" : "\nwhy:\n"
                for row in explained {
                    out +=
                        (markdown ? "- " : "  ") + "\(label(row.key)) \(row.metric): \(row.verdict) — \(row.reason)\n"
                }
            }
            if let geomean = comparison.geometricMeanRatio {
                let range =
                    comparison.geometricMeanLow.map {
                        " [\(String(format: "%.3f", $0)), \(String(format: "%.3f", comparison.geometricMeanHigh ?? $0))]"
                    } ?? " (no interval: fewer than 3 cases)"
                out += "\ngeometric mean of latency ratios: \(String(format: "%.3f", geomean))\(range)\n"
            }
            out +=
                "p-values adjusted across cases with \(comparison.correction); `~` means no change beyond the practical threshold (or not significant).\n"
            if !comparison.environmentDifferences.isEmpty {
                out += "\nenvironments differ (compared on request):\n"
                for (id, list) in comparison.environmentDifferences.sorted(by: { $0.key < $1.key }) {
                    out += "  \(id): \(list.joined(separator: "; "))\n"
                }
            }
            return out
        }
    }

    /// Rows: every key dimension except `dimension`; columns: its values; cells: the latency ratio.
    static func projected(_ comparison: RunComparison, by dimension: Dimension) -> [[String]] {
        let rows = comparison.rows.filter { $0.metric == "latency" }
        func column(_ key: CaseKey) -> String {
            switch dimension {
            case .target: key.target
            case .runtime: key.runtime.rawValue
            case .precision: key.precision.rawValue
            }
        }
        func rowLabel(_ key: CaseKey) -> String {
            var parts = [key.target, key.model, key.runtime.rawValue, key.precision.rawValue]
            switch dimension {
            case .target: parts.remove(at: 0)
            case .runtime: parts.remove(at: 2)
            case .precision: parts.remove(at: 3)
            }
            return parts.joined(separator: "/") + "/t\(key.threads)"
        }
        var columns: [String] = []
        var labels: [String] = []
        var cells: [String: [String: String]] = [:]
        for row in rows {
            let c = column(row.key)
            let l = rowLabel(row.key)
            if !columns.contains(c) { columns.append(c) }
            if !labels.contains(l) { labels.append(l) }
            cells[l, default: [:]][c] =
                row.isSignificant
                ? "\(ratioText(row)) \(interval(row))"
                : (row.ratio == nil ? row.verdict.rawValue : "~ (\(ratioText(row)))")
        }
        return [["case"] + columns] + labels.map { label in [label] + columns.map { cells[label]?[$0] ?? "" } }
    }

    static func label(_ key: CaseKey) -> String {
        "\(key.target)/\(key.model)/\(key.runtime.rawValue)/\(key.precision.rawValue)/t\(key.threads)"
    }
    static func value(_ value: Double?, _ unit: String) -> String {
        value.map { String(format: "%.4g %@", $0, unit) } ?? "–"
    }
    static func ratioText(_ row: RunComparison.Row) -> String { row.ratio.map { String(format: "%.3f", $0) } ?? "–" }
    static func interval(_ row: RunComparison.Row) -> String {
        guard let low = row.ratioLow, let high = row.ratioHigh else { return "–" }
        return String(format: "[%.3f, %.3f]", low, high)
    }
    static func pText(_ p: Double) -> String { p < 1e-4 ? String(format: "%.1e", p) : String(format: "%.4f", p) }

    static func table(_ rows: [[String]], markdown: Bool) -> String {
        guard let header = rows.first else { return "" }
        if markdown {
            let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
            var out = "| " + header.map(escape).joined(separator: " | ") + " |\n"
            out += "|" + header.map { _ in " --- |" }.joined() + "\n"
            for row in rows.dropFirst() { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
            return out
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }
}

/// JUnit XML for CI: one testcase per case × metric; `failure` when regressed, `skipped` when inconclusive
/// or unstable, `error` when the case did not run for infrastructure reasons.
public enum JUnitXML {
    public static func render(
        _ comparison: RunComparison, suite: String, infraErrors: [CaseKey: String] = [:]
    ) -> String {
        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
        let rows = comparison.rows
        let failures = rows.filter { $0.verdict == .regressed }.count
        let skipped = rows.filter { [.inconclusive, .unstable, .missing].contains($0.verdict) }.count
        let errors = rows.filter { $0.verdict == .failed }.count + infraErrors.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"hilbench\" tests=\"\(rows.count + infraErrors.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
        xml +=
            "  <testsuite name=\"\(escape(suite))\" tests=\"\(rows.count + infraErrors.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
        xml +=
            "    <properties><property name=\"baseline\" value=\"\(escape(comparison.baselineRun))\"/><property name=\"candidate\" value=\"\(escape(comparison.candidateRun))\"/></properties>\n"
        for row in rows {
            let change = row.ratio.map { String(format: "%+.2f%%", ($0 - 1) * 100) } ?? "n/a"
            xml += "    <testcase classname=\"\(escape(row.key.id))\" name=\"\(escape(row.metric))\">"
            switch row.verdict {
            case .regressed:
                xml +=
                    "\n      <failure message=\"\(escape("regressed \(change): \(row.reason)"))\" type=\"regression\">\(escape("\(row.key.id) \(row.metric): \(RunComparisonFormat.value(row.baseline, row.unit)) → \(RunComparisonFormat.value(row.candidate, row.unit)), ratio \(RunComparisonFormat.ratioText(row)) \(RunComparisonFormat.interval(row))"))</failure>\n    "
            case .inconclusive, .unstable, .missing:
                xml += "\n      <skipped message=\"\(escape("\(row.verdict): \(row.reason)"))\"/>\n    "
            case .failed:
                xml += "\n      <error message=\"\(escape(row.reason))\" type=\"case-failed\"/>\n    "
            default:
                xml += "<system-out>\(escape("\(row.verdict) \(change)"))</system-out>"
            }
            xml += "</testcase>\n"
        }
        for (key, message) in infraErrors.sorted(by: { $0.key < $1.key }) {
            xml +=
                "    <testcase classname=\"\(escape(key.id))\" name=\"run\">\n      <error message=\"\(escape(message))\" type=\"infrastructure\"/>\n    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
