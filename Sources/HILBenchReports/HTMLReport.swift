import Foundation
import HILBenchCore

/// `report.html`: one self-contained file (inline CSS, inline SVG, no network), escaped throughout.
public enum HTMLReport {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func fmt(_ value: Double?, _ digits: Int = 3) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    private static func date(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    public static func render(_ report: RunReport) -> String {
        var html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>hilbench — \(escape(report.suite)) — \(escape(report.runID))</title>
        <style>
        :root { color-scheme: light dark; --fg: #1d232a; --bg: #ffffff; --muted: #5b6672; --line: #d5dbe1; --bar: #2f6db5; --bar2: #d2691e; --bar3: #2e8b57; --head: #f2f5f8; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6e9ec; --bg: #15191d; --muted: #9aa5b1; --line: #34404c; --bar: #6fa8ff; --bar2: #ffab66; --bar3: #6fd39b; --head: #1f252b; } }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 2rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
        .muted { color: var(--muted); }
        table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: right; white-space: nowrap; }
        th { background: var(--head); position: sticky; top: 0; } td.l, th.l { text-align: left; }
        tr.failed td, tr.infra_error td { color: #b00020; } tr.skipped td { color: var(--muted); }
        svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
        svg .axis { stroke: var(--muted); } svg .grid { stroke: var(--line); }
        svg .fp32 { fill: var(--bar); } svg .fp16 { fill: var(--bar2); } svg .int8 { fill: var(--bar3); } svg .whisker { stroke: var(--fg); stroke-width: 1.5; }
        @media print { body { margin: 0; } th { position: static; } }
        </style>
        </head>
        <body>
        <h1>hilbench report — \(escape(report.suite))</h1>
        <p class="muted">Run <code>\(escape(report.runID))</code> · started \(escape(date(report.startedAt))) · ended \(escape(date(report.endedAt))) · hilbench \(escape(report.controllerVersion))\(report.gitCommit.map { " · suite commit <code>\(escape(String($0.prefix(12))))</code>" } ?? "")</p>
        <h2>Targets</h2>
        <table><thead><tr><th class="l">Target</th><th class="l">Chip</th><th>Cores</th><th class="l">Accelerator</th><th>Price (USD)</th><th>TDP (W)</th><th class="l">Transport</th><th class="l">CPU</th><th class="l">Kernel</th><th class="l">OS</th></tr></thead><tbody>

        """
        for target in report.targets {
            let env = report.environment[target.name]
            html += "<tr><td class=\"l\">\(escape(target.name))</td><td class=\"l\">\(escape(target.soc))</td><td>\(target.cores.map(String.init) ?? "–")</td>"
            html += "<td class=\"l\">\(escape(target.accelerator ?? "–"))</td><td>\(fmt(target.priceUSD, 2))</td><td>\(fmt(target.tdpWatts, 1))</td>"
            html += "<td class=\"l\">\(escape(target.transport))</td><td class=\"l\">\(escape(env?.cpuModel ?? "–"))</td><td class=\"l\">\(escape(env?.kernel ?? "–"))</td><td class=\"l\">\(escape(env?.os ?? "–"))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        html += latencyChart(report)
        html += summaryTable(report)
        html += """
        <p class="muted">Latency percentiles are type 7 (linear interpolation) over every timed iteration. A tail percentile is shown only when the
        sample count supports it at 99% confidence (MLPerf's rule: 64 samples for p90, 662 for p99); otherwise the cell says why.
        The median interval is distribution-free (order statistics, 95%). Energy is the trapezoidal integral over the marker window minus the idle baseline.</p>
        </body>
        </html>

        """
        return html
    }

    private static func summaryTable(_ report: RunReport) -> String {
        var html = """
        <h2>Cases</h2>
        <table id="cases"><thead><tr><th class="l">Target</th><th class="l">Model</th><th class="l">Runtime</th><th class="l">Precision</th><th>Threads</th>
        <th>n</th><th>p50 (ms)</th><th>median 95% CI (ms)</th><th>p90 (ms)</th><th>p99 (ms)</th><th>mean (ms)</th><th>CV</th><th>Peak RSS (MiB)</th>
        <th>mJ / inference</th><th>Avg W</th><th>Max abs err</th><th>Cosine</th><th>Top-1</th><th class="l">Status</th></tr></thead><tbody>

        """
        for row in report.rows {
            let p99 = row.p99Ms.map { fmt($0) } ?? "<span class=\"muted\" title=\"\(escape(row.p99Note ?? ""))\">n/a</span>"
            let ci = row.medianLowMs.map { "\(fmt($0))–\(fmt(row.medianHighMs))" } ?? "–"
            let status = row.failure.map { "\(row.status.rawValue): \($0)" } ?? row.status.rawValue
            html += "<tr class=\"\(escape(row.status.rawValue))\"><td class=\"l\">\(escape(row.key.target))</td><td class=\"l\">\(escape(row.key.model))</td>"
            html += "<td class=\"l\">\(escape(row.key.runtime.rawValue))\(row.runtimeVersion.map { " <span class=\"muted\">\(escape($0))</span>" } ?? "")</td>"
            html += "<td class=\"l\">\(escape(row.key.precision.rawValue))</td><td>\(row.key.threads)</td><td>\(row.iterations)</td>"
            html += "<td>\(fmt(row.p50Ms))</td><td>\(ci)</td><td>\(fmt(row.p90Ms))</td><td>\(p99)</td><td>\(fmt(row.meanMs))</td><td>\(fmt(row.cv, 3))</td>"
            html += "<td>\(fmt(row.peakRSSMiB, 1))</td><td>\(fmt(row.millijoulesPerInference, 4))</td><td>\(fmt(row.averageWatts, 3))</td>"
            html += "<td>\(row.maxAbsError.map { String(format: "%.3g", $0) } ?? "–")</td><td>\(fmt(row.cosineSimilarity, 5))</td><td>\(fmt(row.top1Agreement, 2))</td>"
            html += "<td class=\"l\">\(escape(status))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// Horizontal bars: median latency per case grouped by target × model × runtime, one bar per precision, with the
    /// median's 95% interval as a whisker.
    static func latencyChart(_ report: RunReport) -> String {
        let rows = report.rows.filter { $0.p50Ms != nil }
        guard !rows.isEmpty else { return "<h2>Latency</h2><p class=\"muted\">No case produced latencies.</p>\n" }
        let maxValue = rows.map { max($0.p50Ms ?? 0, $0.medianHighMs ?? 0) }.max() ?? 1
        let labelWidth = 330.0, plotWidth = 520.0, barHeight = 18.0, gap = 6.0
        let height = Double(rows.count) * (barHeight + gap) + 50
        var svg = "<h2>Latency by runtime × precision</h2>\n"
        svg += "<svg id=\"latency-chart\" role=\"img\" aria-labelledby=\"latency-title latency-desc\" width=\"\(Int(labelWidth + plotWidth + 90))\" height=\"\(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<title id=\"latency-title\">Median latency per case (ms)</title><desc id=\"latency-desc\">Bars show the median latency; whiskers show its 95% confidence interval. Bars are labelled with the case and value, so colour is not needed to read them.</desc>\n"
        let scale = plotWidth / (maxValue * 1.05)
        for tick in 0...4 {
            let value = maxValue * 1.05 * Double(tick) / 4
            let x = labelWidth + value * scale
            svg += "<line class=\"grid\" x1=\"\(fmt(x, 1))\" y1=\"10\" x2=\"\(fmt(x, 1))\" y2=\"\(fmt(height - 30, 1))\"/>"
            svg += "<text x=\"\(fmt(x, 1))\" y=\"\(fmt(height - 14, 1))\" text-anchor=\"middle\">\(fmt(value, value < 1 ? 3 : 2))</text>\n"
        }
        svg += "<text x=\"\(fmt(labelWidth + plotWidth / 2, 1))\" y=\"\(fmt(height - 1, 1))\" text-anchor=\"middle\">median latency (ms)</text>\n"
        for (index, row) in rows.enumerated() {
            let y = 10 + Double(index) * (barHeight + gap)
            let value = row.p50Ms ?? 0
            let label = "\(row.key.target) · \(row.key.model) · \(row.key.runtime.rawValue) · \(row.key.precision.rawValue) · t\(row.key.threads)"
            svg += "<g class=\"bar\" data-case=\"\(escape(row.key.id))\" data-p50-ms=\"\(fmt(value, 6))\">"
            svg += "<text x=\"\(fmt(labelWidth - 8, 1))\" y=\"\(fmt(y + barHeight * 0.72, 1))\" text-anchor=\"end\">\(escape(label))</text>"
            svg += "<rect class=\"\(escape(row.key.precision.rawValue))\" x=\"\(fmt(labelWidth, 1))\" y=\"\(fmt(y, 1))\" width=\"\(fmt(max(1, value * scale), 1))\" height=\"\(fmt(barHeight, 1))\"><title>\(escape(label)): \(fmt(value)) ms</title></rect>"
            if let low = row.medianLowMs, let high = row.medianHighMs {
                let mid = y + barHeight / 2
                svg += "<line class=\"whisker\" x1=\"\(fmt(labelWidth + low * scale, 1))\" y1=\"\(fmt(mid, 1))\" x2=\"\(fmt(labelWidth + high * scale, 1))\" y2=\"\(fmt(mid, 1))\"/>"
            }
            svg += "<text x=\"\(fmt(labelWidth + max(value, row.medianHighMs ?? 0) * scale + 6, 1))\" y=\"\(fmt(y + barHeight * 0.72, 1))\">\(fmt(value))</text></g>\n"
        }
        svg += "</svg>\n"
        return svg
    }
}
