import HILBenchCore

extension HTMLReport {
    /// Every figure native tools printed, one row per case × figure, under the tool's own names and units.
    static func toolFigures(_ report: RunReport) -> String {
        let rows = report.rows.filter { !($0.toolFigures ?? []).isEmpty }
        guard !rows.isEmpty else { return "" }
        var html = """
            <h3 id="tool-figures">Figures printed by native tools</h3>
            <p class="muted">As the tool printed them (†): nothing here is derived by hilbench. Throughput is the tool's own; the rankings' \
            throughput is derived (1000 / mean).</p>
            <div class="scroll"><table class="sortable"><thead><tr><th class="l" data-sort="text">Case</th><th class="l" data-sort="text">Tool</th>\
            <th class="l" data-sort="text">Figure</th><th data-sort="num">Value</th><th class="l" data-sort="text">Unit / text</th></tr></thead><tbody>

            """
        for row in rows {
            for figure in row.toolFigures ?? [] {
                html += "<tr><td class=\"l\">\(escape(row.key.id))</td><td class=\"l\">\(escape(row.tool ?? ""))</td>"
                html += "<td class=\"l\">\(escape(figure.name))</td>"
                if let value = figure.value {
                    html +=
                        "<td data-v=\"\(SVG.raw(value))\">\(escape(figure.display.split(separator: " ").first.map(String.init) ?? ""))</td>"
                    html += "<td class=\"l\">\(escape(figure.unit))</td></tr>\n"
                } else {
                    html += "<td>–</td><td class=\"l wrap\">\(escape(figure.text ?? ""))</td></tr>\n"
                }
            }
        }
        return html + "</tbody></table></div>\n"
    }
}
