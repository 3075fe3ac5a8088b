import Foundation
import HILBenchCore
import HILBenchStats

/// `summary.md`: a short Markdown summary for a pull request or a chat message — the top cases per model,
/// the Pareto front, trends that moved, cases that did not run, and notes. Text from the data is escaped, so a
/// board called `*x*` or `<b>` is shown as written.
public enum MarkdownSummary {
    /// How many cases per model the summary lists.
    public static let topCount = 3

    public static func render(_ report: RunReport) -> String {
        let context = HTMLReport.Context(report)
        var md = "## hilbench · \(escape(report.suite)) · run `\(code(report.runID))`\n\n"
        var counts: [String] = []
        for status in CaseResult.Status.allCases {
            let count = report.rows.filter { $0.status == status }.count
            if count > 0 { counts.append("\(count) \(status.rawValue.replacingOccurrences(of: "_", with: " "))") }
        }
        let targets = report.targets.map { target in
            var facts = [target.soc]
            if let accelerator = target.accelerator, accelerator != "none" { facts.append(accelerator) }
            facts.append(Efficiency.isUsable(target.priceUSD) ? String(format: "$%.0f", target.priceUSD!) : "no price")
            if Efficiency.isUsable(target.tdpWatts) { facts.append(String(format: "%g W TDP", target.tdpWatts!)) }
            return "**\(escape(target.name))** (\(escape(facts.joined(separator: ", "))))"
        }
        md +=
            "\(report.rows.count) cases: \(counts.joined(separator: ", ")). Targets: \(targets.joined(separator: "; ")).\n"
        md +=
            "Started \(HTMLReport.date(report.startedAt))\(report.endedAt == nil ? ", not finished" : ""); hilbench \(escape(report.controllerVersion)).\n"
        if let decision = report.decision {
            md +=
                "\n"
                + DecisionFormat.render(decision, format: .markdown).replacingOccurrences(
                    of: "## Decision", with: "### Decision")
        }

        for model in context.models {
            let ranked = context.measured(model).sorted { ($0.p50Ms ?? 0) < ($1.p50Ms ?? 0) }
            md += "\n### \(escape(model))\n\n"
            guard !ranked.isEmpty else {
                md += "No case produced latencies.\n"
                continue
            }
            md +=
                "| # | target (chip) | runtime | precision | p50 ms [95% CI] | mJ/inf | inf/s per $ | peak MiB | cosine |\n"
            md += "|---:|---|---|---|---:|---:|---:|---:|---:|\n"
            for (index, row) in ranked.prefix(topCount).enumerated() {
                let ci = row.medianLowMs.map { " [\(SVG.value($0))–\(SVG.value(row.medianHighMs))]" } ?? ""
                var cells = [
                    "\(index + 1)", "\(escape(row.key.target)) (\(escape(row.chip)))", escape(row.runtimeLabel),
                ]
                cells.append(
                    escape(row.precisionLabel) + (context.threadsVary ? " t\(row.key.threads)" : "")
                        + (context.batchVary ? " b\(row.key.batch)" : ""))
                cells.append(SVG.value(row.p50Ms) + ci)
                cells.append(row.energyText(row.millijoulesPerInference))
                let target = report.target(named: row.key.target)
                cells.append(
                    row.inferencesPerSecondPerDollar.map { SVG.value($0) }
                        ?? (Efficiency.isUsable(target?.priceUSD) ? "–" : "no price"))
                cells.append(SVG.value(row.peakRSSMiB))
                cells.append(SVG.fixed(row.cosineSimilarity, 5) + (row.worstOutput.map { " (`\(code($0))`)" } ?? ""))
                md += "| " + cells.joined(separator: " | ") + " |\n"
            }
            if ranked.count > topCount { md += "\n\(ranked.count - topCount) more in `report.html`.\n" }
            let front = context.paretoFront(model)
            if !front.isEmpty {
                md +=
                    "\nPareto front (latency × energy): "
                    + front.map {
                        "\(escape(context.label($0))) (\(SVG.value($0.p50Ms)) ms, \(SVG.value($0.millijoulesPerInference)) mJ)"
                    }.joined(separator: "; ") + ".\n"
            }
            if let best = ranked.filter({ $0.inferencesPerSecondPerDollar != nil }).max(by: {
                $0.inferencesPerSecondPerDollar! < $1.inferencesPerSecondPerDollar!
            }) {
                md +=
                    "Most per dollar: \(escape(context.label(best))) (\(SVG.value(best.inferencesPerSecondPerDollar)) inferences/s per $).\n"
            }
        }

        if !report.trends.isEmpty {
            let regressed = report.trends.filter { $0.latestVerdict == .regressed }
            let improved = report.trends.filter { $0.latestVerdict == .improved }
            md +=
                "\n### Trends\n\n\(report.trends.count) series: \(regressed.count) regressed, \(improved.count) improved in the latest run.\n"
            for (title, list) in [("Regressed", regressed), ("Improved", improved)] where !list.isEmpty {
                md += "\n\(title):\n"
                for item in list.prefix(20) {
                    let latest = item.points.last!
                    let previous = item.points.count > 1 ? item.points[item.points.count - 2].value : nil
                    let change =
                        previous.flatMap { $0 != 0 ? String(format: " (%+.1f%%)", (latest.value / $0 - 1) * 100) : nil }
                        ?? ""
                    md +=
                        "- `\(code(item.caseID))` \(escape(item.metric)): \(SVG.value(latest.value)) \(escape(item.unit))\(change)\n"
                }
                if list.count > 20 { md += "- … and \(list.count - 20) more\n" }
            }
        }

        md += numbers(report)

        // The whole failure text: a summary that clips it loses the cause, which is at the end.
        let failures = report.rows.filter { $0.status != .ok && $0.status != .accuracyFailed }
        if !failures.isEmpty {
            md += "\n### Not run (\(failures.count))\n\n"
            for row in failures.prefix(30) {
                md +=
                    "- `\(code(row.key.id))` — **\(row.status.rawValue)**\(row.failure.map { ": " + escape($0) } ?? "")\n"
            }
            if failures.count > 30 { md += "- … and \(failures.count - 30) more\n" }
        }

        if !report.events.isEmpty {
            md += "\n### Board events (\(report.events.count))\n\n"
            for event in report.events.prefix(40) {
                let name = event.kind.rawValue.replacingOccurrences(of: "_", with: " ")
                md +=
                    "- \(escape(event.board)) — **\(name)**\(event.caseID.map { " (`\(code($0))`)" } ?? ""): \(escape(oneLine(event.detail, limit: 200)))\n"
            }
            if report.events.count > 40 { md += "- … and \(report.events.count - 40) more\n" }
        }

        let notes = report.notes + context.derivedNotes
        if !notes.isEmpty {
            md += "\n### Notes\n\n"
            for note in notes { md += "- \(escape(note))\n" }
        }
        return md
    }

    /// Escapes Markdown and HTML syntax in text taken from the data (names, messages).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!":
                out.append("\\")
                out.append(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for inside a code span: backticks cannot be escaped there, so they are replaced.
    static func code(_ text: String) -> String {
        oneLine(text, limit: 200).replacingOccurrences(of: "`", with: "'")
    }

    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
