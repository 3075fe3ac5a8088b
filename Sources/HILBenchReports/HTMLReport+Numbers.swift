import Foundation
import HILBenchCore

extension HTMLReport {
    /// The precision cell: the asked precision, what the runtime says it ran, and a flag when they disagree.
    static func precisionCell(_ row: RunReport.Row) -> String {
        let flagged = !(row.precisionFlags ?? []).isEmpty
        var html =
            "<td class=\"l\(flagged ? " mismatch" : "")\"\(row.precisionNote.map { " title=\"\(escape($0))\"" } ?? "")>\(escape(row.precisionLabel))"
        if row.effectivePrecision != nil || row.effectivePrecisionSource != nil {
            html += " <span class=\"muted eff\">ran \(escape(row.effectivePrecisionText))</span>"
        }
        return html + "</td>"
    }

    /// An energy figure, labelled when a simulated meter produced it.
    static func energyHTML(_ row: RunReport.Row, _ value: Double?) -> String {
        SVG.value(value)
            + (value != nil && row.energyIsSimulated
                ? " <span class=\"sim\" title=\"from a simulated meter: describes no board\">(simulated)</span>" : "")
    }

    /// The whole failure text behind a details element whose summary is the cause (the text's last line).
    static func failureDetails(_ row: RunReport.Row, open: Bool = false) -> String {
        guard let failure = row.failure else { return "" }
        let phase = row.failurePhase.map { " (phase: \(escape($0)))" } ?? ""
        return
            " <details class=\"failure\"\(open && failure.count <= 240 ? " open" : "")><summary>\(escape(FailureText.cause(failure, limit: 120)))</summary>"
            + "<pre class=\"wrap\">\(escape(failure))\(phase)</pre></details>"
    }

    /// Cases beyond their accuracy limits, accuracy output by output, asked vs effective precision, inputs.
    static func numbers(_ report: RunReport) -> String {
        var html = ""
        let compared = report.rows.filter {
            $0.accuracyPerOutput != nil || $0.accuracyNote != nil || $0.uncomparedOutputs != nil
        }
        if !compared.isEmpty {
            html +=
                "<section id=\"accuracy-outputs\"><h2>Accuracy per output</h2>\n<p class=\"muted\">Each output against the reference precision's on the same inputs. The case's figures elsewhere are its worst output's; cases beyond the suite's limits are <code>accuracy_failed</code> and never ranked.</p>\n"
            html +=
                "<div class=\"scroll\"><table id=\"accuracy-outputs-table\"><thead><tr><th class=\"l\">Case</th><th class=\"l\">Output</th><th>Values</th><th>Max abs err</th><th>Mean abs err</th><th>Cosine</th><th>Top-1</th><th>Top-5</th><th class=\"l\">Note</th></tr></thead><tbody>\n"
            for row in compared {
                if let note = row.accuracyNote {
                    html +=
                        "<tr><td class=\"l\">\(escape(row.key.id))</td><td class=\"l\">–</td><td colspan=\"6\"></td><td class=\"l wrap\">\(escape(note))</td></tr>\n"
                    continue
                }
                for output in row.accuracyPerOutput ?? [] {
                    let worst = output.name == row.worstOutput && (row.accuracyPerOutput?.count ?? 0) > 1
                    let broken = (row.accuracyLimitsBroken ?? []).filter { $0.hasPrefix("output '\(output.name)'") }
                    html +=
                        "<tr class=\"\(broken.isEmpty ? "" : "accuracy_failed")\" data-case=\"\(escape(row.key.id))\" data-output=\"\(escape(output.name))\"><td class=\"l\">\(escape(row.key.id))</td>"
                    html +=
                        "<td class=\"l\">\(escape(output.name))\(worst ? " <strong>(worst)</strong>" : "")</td><td>\(output.values)</td>"
                    html +=
                        "<td>\(String(format: "%.3g", output.maxAbsError))</td><td>\(String(format: "%.3g", output.meanAbsError))</td>"
                    html +=
                        "<td>\(SVG.fixed(output.cosineSimilarity, 6))</td><td>\(SVG.fixed(output.top1Agreement, 3))</td><td>\(SVG.fixed(output.top5Agreement, 3))</td>"
                    html += "<td class=\"l wrap\">\(escape(broken.joined(separator: "; ")))</td></tr>\n"
                }
                for missing in row.uncomparedOutputs ?? [] {
                    html +=
                        "<tr data-case=\"\(escape(row.key.id))\" data-output=\"\(escape(missing.name))\"><td class=\"l\">\(escape(row.key.id))</td><td class=\"l\">\(escape(missing.name))</td><td colspan=\"6\"></td><td class=\"l wrap\">not compared: \(escape(missing.reason))</td></tr>\n"
                }
            }
            html += "</tbody></table></div>\n</section>\n"
        }
        let told = report.rows.filter {
            $0.effectivePrecision != nil || $0.effectivePrecisionSource != nil || !($0.precisionFlags ?? []).isEmpty
        }
        let withInputs = report.rows.filter { !($0.inputs ?? []).isEmpty }
        if !told.isEmpty || !withInputs.isEmpty {
            html +=
                "<section id=\"precision\"><h2>Precision and inputs</h2>\n<p class=\"muted\">The precision each case asked for, what its runtime says it computed in (and where that was read), and the inputs it was fed. ⚠ marks a case that did not run what its precision says.</p>\n"
            html +=
                "<div class=\"scroll\"><table id=\"precision-table\"><thead><tr><th class=\"l\">Case</th><th class=\"l\">Asked</th><th class=\"l\">Effective</th><th class=\"l\">Note</th><th class=\"l\">Inputs (dtype, shape, source, sha256)</th></tr></thead><tbody>\n"
            for row in report.rows
            where told.contains(where: { $0.key == row.key }) || withInputs.contains(where: { $0.key == row.key }) {
                let inputs = (row.inputs ?? []).map { input in
                    var text = "\(input.name) \(input.dtype) \(input.shape) \(input.source)"
                    if let values = input.values, values.count <= 4 {
                        text += " = " + values.map { SVG.value($0) }.joined(separator: ", ")
                    }
                    return escape(text + " sha256 \(input.sha256.prefix(12))…")
                }.joined(separator: "<br>")
                html +=
                    "<tr data-case=\"\(escape(row.key.id))\"><td class=\"l\">\(escape(row.key.id))</td>\(precisionCell(row))<td class=\"l\">\(escape(row.effectivePrecisionText))</td>"
                html +=
                    "<td class=\"l wrap\">\(escape(row.precisionNote ?? ""))</td><td class=\"l wrap\">\(inputs.isEmpty ? "–" : inputs)</td></tr>\n"
            }
            html += "</tbody></table></div>\n</section>\n"
        }
        return html
    }
}
