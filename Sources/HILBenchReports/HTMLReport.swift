import Foundation
import HILBenchCore
import HILBenchStats

/// `report.html`: one self-contained file (inline CSS, SVG and one small script, no network), escaped throughout.
///
/// Sections: run header and targets; a ranking table per model (sortable and filterable with the script, plain
/// HTML without it); charts — latency with the median's 95% interval, latency distributions (empirical CDF),
/// energy per inference against latency with the Pareto front, throughput per watt and per dollar, accuracy
/// against the reference precision, memory; trends with change points and verdicts when the report carries
/// history; cases that did not run; every figure of every case; method notes.
public enum HTMLReport {
    /// Escapes text for HTML content and attributes (`Markup.escape`).
    public static func escape(_ text: String) -> String { Markup.escape(text) }

    static func date(_ seconds: Double?) -> String {
        guard let seconds else { return "–" }
        return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
    }

    public static func render(_ report: RunReport) -> String {
        let context = Context(report)
        var html = ""
        html.reserveCapacity(64 * 1024 + report.rows.count * 6 * 1024 + report.trends.count * 4 * 1024)
        html += """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(escape(contentSecurityPolicy))">
            <title>hilbench — \(escape(report.suite)) — \(escape(report.runID))</title>
            <style>\(style)</style>
            </head>
            <body>

            """
        html += header(report, context)
        if let decision = report.decision { html += Self.decision(decision) }
        html += targets(report)
        html += rankings(report, context)
        html += latencyChart(report, context)
        html += distributions(context)
        html += energyScatter(context)
        html += efficiency(context)
        html += accuracy(context)
        html += memory(context)
        if !report.trends.isEmpty { html += trends(report.trends) }
        html += numbers(report)
        html += notRun(report)
        html += boardEvents(report)
        html += summaryTable(report)
        html += method(report, context)
        html += "<script>\(script)</script>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Header

    private static func header(_ report: RunReport, _ context: Context) -> String {
        var counts: [String] = []
        for status in CaseResult.Status.allCases {
            let count = report.rows.filter { $0.status == status }.count
            if count > 0 { counts.append("\(count) \(status.rawValue.replacingOccurrences(of: "_", with: " "))") }
        }
        var html = "<header>\n<h1>hilbench report — \(escape(report.suite))</h1>\n"
        html +=
            "<p class=\"muted\">Run <code>\(escape(report.runID))</code> · started \(escape(date(report.startedAt))) · "
        html += report.endedAt == nil ? "not finished" : "ended \(escape(date(report.endedAt)))"
        html += " · hilbench \(escape(report.controllerVersion))"
        html += report.gitCommit.map { " · suite commit <code>\(escape(String($0.prefix(12))))</code>" } ?? ""
        html +=
            "</p>\n<p id=\"counts\">\(report.rows.count) cases on \(report.targets.count) target\(report.targets.count == 1 ? "" : "s")"
        html +=
            " and \(context.models.count) model\(context.models.count == 1 ? "" : "s"): \(escape(counts.joined(separator: ", ")))</p>\n"
        var links = report.decision == nil ? [] : [("decision", "Decision")]
        links += [
            ("targets", "Targets"), ("rankings", "Rankings"), ("latency", "Latency"), ("distribution", "Distributions"),
            ("energy", "Energy vs latency"), ("efficiency", "Per watt & per dollar"), ("accuracy", "Accuracy"),
            ("memory", "Memory"),
        ]
        if !report.trends.isEmpty { links.append(("trends", "Trends")) }
        if report.rows.contains(where: { $0.status != .ok }) { links.append(("not-run", "Not run")) }
        links += [("all-cases", "All figures"), ("method", "Method")]
        html +=
            "<nav aria-label=\"sections\"><ul>" + links.map { "<li><a href=\"#\($0.0)\">\($0.1)</a></li>" }.joined()
            + "</ul></nav>\n</header>\n"
        return html
    }

    private static func targets(_ report: RunReport) -> String {
        var html = """
            <section id="targets"><h2>Targets</h2>
            <div class="scroll"><table id="targets-table"><thead><tr><th class="l">Target</th><th class="l">Chip</th><th>Cores</th><th class="l">Accelerator</th><th>Price (USD)</th><th>TDP (W)</th><th class="l">Transport</th>
            <th class="l">CPU</th><th>CPUs seen</th><th>Memory (GiB)</th><th class="l">Kernel</th><th class="l">OS</th><th class="l">Arch</th><th class="l">Governor</th><th class="l">Agent</th><th class="l">Python</th></tr></thead><tbody>

            """
        for target in report.targets {
            let env = report.environment[target.name]
            html +=
                "<tr><td class=\"l\">\(escape(target.name))</td><td class=\"l\">\(escape(target.soc))</td><td>\(target.cores.map(String.init) ?? "–")</td>"
            html += "<td class=\"l\">\(escape(target.accelerator ?? "–"))</td>"
            html +=
                "<td>\(Efficiency.isUsable(target.priceUSD) ? SVG.fixed(target.priceUSD, 2) : "<span class=\"muted\">no price</span>")</td>"
            html +=
                "<td>\(Efficiency.isUsable(target.tdpWatts) ? SVG.fixed(target.tdpWatts, 1) : "<span class=\"muted\">no TDP</span>")</td>"
            html +=
                "<td class=\"l\">\(escape(target.transport))</td><td class=\"l\">\(escape(env?.cpuModel ?? "–"))</td>"
            html +=
                "<td>\(env.map { String($0.cores) } ?? "–")\(env?.cpuQuotaCores.map { " (quota \(SVG.value($0)))" } ?? "")</td>"
            html += "<td>\(env.map { SVG.fixed(Double($0.memoryBytes) / 1_073_741_824, 1) } ?? "–")</td>"
            html +=
                "<td class=\"l\">\(escape(env?.kernel ?? "–"))</td><td class=\"l\">\(escape(env?.os ?? "–"))</td><td class=\"l\">\(escape(env?.architecture ?? "–"))</td>"
            html +=
                "<td class=\"l\">\(escape(env?.governor ?? "–"))</td><td class=\"l\">\(escape(env?.agentVersion ?? "–"))</td><td class=\"l\">\(escape(env?.pythonVersion ?? "–"))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n</section>\n"
    }

    // MARK: - Rankings

    private static func rankings(_ report: RunReport, _ context: Context) -> String {
        var html = "<section id=\"rankings\"><h2>Rankings</h2>\n"
        html +=
            "<p class=\"muted\">One table per model, ranked by median latency. Click a header to sort (again to reverse; the address then links to that order); type in the box to filter rows. "
        html +=
            "Throughput is one stream: 1000 / mean latency. Per watt divides by the chip's TDP, per dollar by the board's price.</p>\n"
        if context.models.isEmpty { html += "<p class=\"muted\">No cases.</p>\n" }
        for (index, model) in context.models.enumerated() {
            let rows = context.rows(model)
            let ranked = rows.filter { $0.status == .ok && $0.p50Ms != nil }.sorted {
                ($0.p50Ms ?? 0) < ($1.p50Ms ?? 0)
            }
            let rest = rows.filter { !($0.status == .ok && $0.p50Ms != nil) }
            let id = "rank-m\(index)"
            html += "<h3 id=\"model-m\(index)\">\(escape(model))</h3>\n"
            html += glance(model, ranked, context)
            html +=
                "<label class=\"filter-box\" hidden><span class=\"muted\">Filter: </span><input type=\"search\" class=\"filter\" data-table=\"\(id)\" placeholder=\"e.g. int8 or a board name\" aria-label=\"Filter the \(escape(model)) ranking\"></label>\n"
            html +=
                "<div class=\"scroll\"><table id=\"\(id)\" class=\"rank sortable\" data-model=\"\(escape(model))\"><caption class=\"muted\">\(escape(model)): \(ranked.count) ranked case\(ranked.count == 1 ? "" : "s")\(rest.isEmpty ? "" : ", \(rest.count) without a result") </caption><thead><tr>"
            let headers: [(String, String, Bool)] = [
                ("#", "num", false), ("Target", "text", true), ("Chip", "text", true), ("Runtime", "text", true),
                ("Precision", "text", true),
                ("Threads", "num", false), ("Batch", "num", false), ("p50 (ms)", "num", false),
                ("95% CI of median (ms)", "num", false),
                ("p99 (ms)", "num", false), ("Inferences/s", "num", false), ("mJ / inference", "num", false),
                ("Inferences / J", "num", false),
                ("Inf/s per W (TDP)", "num", false), ("Inf/s per $", "num", false), ("Peak RSS (MiB)", "num", false),
                ("Max abs error", "num", false), ("Cosine", "num", false), ("Status", "text", true),
            ]
            html += headers.map {
                "<th scope=\"col\" data-sort=\"\($0.1)\"\($0.2 ? " class=\"l\"" : "")>\(escape($0.0))</th>"
            }.joined()
            html += "</tr></thead><tbody>\n"
            for (position, row) in (ranked + rest).enumerated() {
                let rank = position < ranked.count ? String(position + 1) : ""
                html += rankingRow(row, rank: rank, context: context)
            }
            html += "</tbody></table></div>\n"
        }
        return html + "</section>\n"
    }

    private static func glance(_ model: String, _ ranked: [RunReport.Row], _ context: Context) -> String {
        guard let fastest = ranked.first else {
            return "<p class=\"muted\">No case of this model produced latencies.</p>\n"
        }
        var items = [
            "Fastest: <strong>\(escape(fastest.label(chip: true)))</strong> — \(SVG.value(fastest.p50Ms)) ms median"
        ]
        if let frugal = ranked.filter({ $0.rankedEnergy(context.report) != nil }).min(by: {
            $0.millijoulesPerInference! < $1.millijoulesPerInference!
        }) {
            items.append(
                "Least energy: <strong>\(escape(frugal.label(chip: true)))</strong> — \(SVG.value(frugal.millijoulesPerInference)) mJ per inference"
            )
        }
        if let value = ranked.filter({ $0.inferencesPerSecondPerDollar != nil }).max(by: {
            $0.inferencesPerSecondPerDollar! < $1.inferencesPerSecondPerDollar!
        }) {
            items.append(
                "Most per dollar: <strong>\(escape(value.label(chip: true)))</strong> — \(SVG.value(value.inferencesPerSecondPerDollar)) inferences/s per $"
            )
        } else {
            items.append("Per dollar: <span class=\"muted\">no price for any target of this model</span>")
        }
        let front = context.paretoFront(model)
        if !front.isEmpty {
            items.append(
                "Pareto front (latency × energy): "
                    + front.map { "<strong>\(escape($0.label(chip: true)))</strong>" }.joined(separator: ", "))
        }
        return "<ul class=\"glance\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
    }

    private static func rankingRow(_ row: RunReport.Row, rank: String, context: Context) -> String {
        let target = context.report.target(named: row.key.target)
        func num(_ value: Double?, _ text: String? = nil, title: String? = nil) -> String {
            let shown = text ?? SVG.value(value)
            return "<td data-v=\"\(SVG.raw(value))\"\(title.map { " title=\"\(escape($0))\"" } ?? "")>\(shown)</td>"
        }
        var html = "<tr class=\"\(escape(row.status.rawValue))\" data-case=\"\(escape(row.key.id))\">"
        html +=
            "<td data-v=\"\(rank)\">\(rank.isEmpty ? "–" : rank)</td><td class=\"l\">\(escape(row.key.target))</td><td class=\"l\">\(escape(row.chip))</td>"
        html +=
            "<td class=\"l\">\(escape(row.key.runtime.rawValue))\(row.runtimeVersion.map { " <span class=\"muted\">\(escape(String($0.prefix(24))))</span>" } ?? "")</td>"
        html += precisionCell(row) + "<td>\(row.key.threads)</td><td>\(row.key.batch)</td>"
        html += num(row.p50Ms)
        html += num(row.medianLowMs, row.medianLowMs.map { "\(SVG.value($0))–\(SVG.value(row.medianHighMs))" } ?? "–")
        html +=
            row.p99Ms != nil
            ? num(row.p99Ms)
            : num(nil, row.iterations > 0 ? "<span class=\"muted\">n/a</span>" : "–", title: row.p99Note)
        html += num(row.inferencesPerSecond)
        html +=
            row.millijoulesPerInference != nil || row.status != .ok
            ? num(row.millijoulesPerInference, energyHTML(row, row.millijoulesPerInference))
            : num(nil, "<span class=\"muted\">no meter</span>")
        html += num(row.inferencesPerJoule)
        if row.status == .ok, row.inferencesPerSecond != nil, !Efficiency.isUsable(target?.tdpWatts) {
            html += num(nil, "<span class=\"muted\">no TDP</span>")
        } else {
            html += num(row.inferencesPerSecondPerWatt)
        }
        if row.status == .ok, row.inferencesPerSecond != nil, !Efficiency.isUsable(target?.priceUSD) {
            html += num(nil, "<span class=\"muted\">no price</span>")
        } else {
            html += num(row.inferencesPerSecondPerDollar)
        }
        html += num(row.peakRSSMiB)
        html += num(row.maxAbsError, row.maxAbsError.map { String(format: "%.3g", $0) } ?? "–")
        html += num(row.cosineSimilarity, SVG.fixed(row.cosineSimilarity, 6))
        html += "<td class=\"l\">\(escape(row.status.rawValue))\(failureDetails(row))</td></tr>\n"
        return html
    }

    // MARK: - Not run, all figures, method

    private static func notRun(_ report: RunReport) -> String {
        let rows = report.rows.filter { $0.status != .ok }
        guard !rows.isEmpty else { return "" }
        var html =
            "<section id=\"not-run\"><h2>Cases without a result</h2>\n<p class=\"muted\">Failed and infra-error cases are never counted as performance results; skipped cases could not run on that board.</p>\n"
        html +=
            "<div class=\"scroll\"><table id=\"not-run-table\"><thead><tr><th class=\"l\">Case</th><th class=\"l\">Status</th><th class=\"l\">Why</th></tr></thead><tbody>\n"
        for row in rows {
            html +=
                "<tr class=\"\(escape(row.status.rawValue))\"><td class=\"l\">\(escape(row.key.id))</td><td class=\"l\">\(escape(row.status.rawValue))</td><td class=\"l wrap\">\(row.failure == nil ? "–" : failureDetails(row, open: true))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n</section>\n"
    }

    private static func boardEvents(_ report: RunReport) -> String {
        guard !report.events.isEmpty else { return "" }
        let retried = report.rows.filter { ($0.attempts ?? 1) > 1 }.map(\.key.id)
        var html =
            "<section id=\"board-events\"><h2>Board events</h2>\n<p class=\"muted\">What happened to the boards during the run: cases they did not answer, power cycles through their relays, and whether they came back."
        if !retried.isEmpty { html += " Retried after recovery: \(retried.map(escape).joined(separator: ", "))." }
        html +=
            "</p>\n<div class=\"scroll\"><table id=\"board-events-table\"><thead><tr><th class=\"l\">Time (UTC)</th><th class=\"l\">Board</th><th class=\"l\">Event</th><th class=\"l\">Case</th><th class=\"l\">Detail</th></tr></thead><tbody>\n"
        for event in report.events {
            html +=
                "<tr class=\"\(escape(event.kind.rawValue))\"><td class=\"l\">\(escape(date(event.at)))</td><td class=\"l\">\(escape(event.board))</td><td class=\"l\">\(escape(event.kind.rawValue.replacingOccurrences(of: "_", with: " ")))</td><td class=\"l\">\(escape(event.caseID ?? "–"))</td><td class=\"l wrap\">\(escape(event.detail))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n</section>\n"
    }

    private static func summaryTable(_ report: RunReport) -> String {
        var html = """
            <section id="all-cases"><h2>All figures</h2>
            <div class="scroll"><table id="cases" class="sortable"><thead><tr><th class="l" data-sort="text">Target</th><th class="l" data-sort="text">Model</th><th class="l" data-sort="text">Runtime</th><th class="l" data-sort="text">Precision</th><th data-sort="num">Threads</th>
            <th data-sort="num">Batch</th><th data-sort="num">n</th><th class="l" data-sort="text">Stopped</th><th data-sort="num">p50 (ms)</th><th data-sort="num">median 95% CI (ms)</th><th data-sort="num">p90 (ms)</th><th data-sort="num">p99 (ms)</th><th data-sort="num">mean (ms)</th><th data-sort="num">CV</th><th data-sort="num">Load (ms)</th>
            <th data-sort="num">Load RSS (MiB)</th><th data-sort="num">Steady RSS (MiB)</th><th data-sort="num">Peak RSS (MiB)</th><th data-sort="num">mJ / inference</th><th data-sort="num">Avg W</th><th data-sort="num">Max abs err</th><th data-sort="num">Mean abs err</th><th data-sort="num">Cosine</th><th data-sort="num">Top-1</th><th class="l" data-sort="text">Status</th></tr></thead><tbody>

            """
        for row in report.rows {
            func cell(_ value: Double?, _ text: String) -> String { "<td data-v=\"\(SVG.raw(value))\">\(text)</td>" }
            let p99 =
                row.p99Ms.map { SVG.fixed($0, 3) }
                ?? (row.iterations == 0
                    ? "–" : "<span class=\"muted\" title=\"\(escape(row.p99Note ?? ""))\">n/a</span>")
            let ci = row.medianLowMs.map { "\(SVG.fixed($0, 3))–\(SVG.fixed(row.medianHighMs, 3))" } ?? "–"
            html +=
                "<tr class=\"\(escape(row.status.rawValue))\"><td class=\"l\">\(escape(row.key.target))</td><td class=\"l\">\(escape(row.key.model))</td>"
            html +=
                "<td class=\"l\">\(escape(row.runtimeLabel))\(row.runtimeVersion.map { " <span class=\"muted\">\(escape($0))</span>" } ?? "")</td>"
            html +=
                precisionCell(row)
                + "<td>\(row.key.threads)</td><td>\(row.key.batch)</td><td>\(row.iterations)</td><td class=\"l\">\(escape(row.stopReason ?? "–"))</td>"
            html +=
                cell(row.p50Ms, SVG.fixed(row.p50Ms, 3)) + cell(row.medianLowMs, ci)
                + cell(row.p90Ms, SVG.fixed(row.p90Ms, 3)) + cell(row.p99Ms, p99)
            html +=
                cell(row.meanMs, SVG.fixed(row.meanMs, 3)) + cell(row.cv, SVG.fixed(row.cv, 3))
                + cell(row.loadMs, SVG.fixed(row.loadMs, 1))
            html +=
                cell(row.loadRSSMiB, SVG.fixed(row.loadRSSMiB, 1))
                + cell(row.steadyRSSMiB, SVG.fixed(row.steadyRSSMiB, 1))
                + cell(row.peakRSSMiB, SVG.fixed(row.peakRSSMiB, 1))
            html +=
                cell(
                    row.millijoulesPerInference,
                    SVG.fixed(row.millijoulesPerInference, 4)
                        + (row.energyIsSimulated ? " <span class=\"sim\">(simulated)</span>" : ""))
                + cell(row.averageWatts, SVG.fixed(row.averageWatts, 3))
            html +=
                cell(row.maxAbsError, row.maxAbsError.map { String(format: "%.3g", $0) } ?? "–")
                + cell(row.meanAbsError, row.meanAbsError.map { String(format: "%.3g", $0) } ?? "–")
            html +=
                cell(row.cosineSimilarity, SVG.fixed(row.cosineSimilarity, 5))
                + cell(row.top1Agreement, SVG.fixed(row.top1Agreement, 2))
            html += "<td class=\"l wrap\">\(escape(row.status.rawValue))\(failureDetails(row))</td></tr>\n"
        }
        html += "</tbody></table></div>\n"
        return html + toolFigures(report) + "</section>\n"
    }

    private static func method(_ report: RunReport, _ context: Context) -> String {
        var html = "<section id=\"method\"><h2>Method and notes</h2>\n<ul>\n"
        for note in report.notes { html += "<li>\(escape(note))</li>\n" }
        for note in context.derivedNotes { html += "<li>\(escape(note))</li>\n" }
        html += """
            <li>Latency percentiles are type 7 (linear interpolation) over every timed iteration. A tail percentile is shown only when the
            sample count supports it at 99% confidence (MLPerf's rule: 64 samples for p90, 662 for p99); otherwise the cell says n/a and why.</li>
            <li>The median's interval is distribution-free (order statistics, 95%); the whiskers on the latency chart are that interval.</li>
            <li>Energy is the trapezoidal integral of the meter's samples over the marker window, minus the idle baseline where the suite asks;
            per inference divides it by the timed iterations. An inference is one timed iteration (one call on a batch).</li>
            <li>† marks a native tool's case: its figures are the tool's own (trtexec, benchmark_model, benchmark_app,
            onnxruntime_perf_test, benchncnn), each under its own name in the tool-figures table; where the tool wrote no per-iteration
            times, its percentiles are shown as printed and a comparison has one figure per run.</li>
            <li>Throughput (derived) is one stream: 1000 / mean latency in ms; a tool's printed throughput is listed apart as the tool's. Per watt uses the chip's TDP from the target file (a rating, not a measurement;
            inferences per joule is the measured counterpart). Per dollar uses the board's price; a target without a price (or price 0) shows “no price”.</li>
            <li>The Pareto front holds the cases no other case beats on both median latency and energy per inference; lower-left is better.</li>
            <li>Accuracy compares each precision's outputs with the reference precision's on the same inputs: max absolute error and cosine similarity.</li>

            """
        return html + "</ul>\n</section>\n"
    }
}

extension HTMLReport {
    /// What every section needs, computed once: models, ordered rows, target indices, the Pareto fronts.
    struct Context {
        let report: RunReport
        let models: [String]
        let threadsVary: Bool
        let batchVary: Bool
        private let rowsByModel: [String: [RunReport.Row]]
        private let targetOrder: [String: Int]
        private let fronts: [String: [RunReport.Row]]

        init(_ report: RunReport) {
            self.report = report
            models = report.models
            threadsVary = Set(report.rows.map(\.key.threads)).count > 1
            batchVary = Set(report.rows.map(\.key.batch)).count > 1
            var order: [String: Int] = [:]
            for target in report.targets where order[target.name] == nil { order[target.name] = order.count }
            for row in report.rows where order[row.key.target] == nil { order[row.key.target] = order.count }
            targetOrder = order
            var byModel: [String: [RunReport.Row]] = [:]
            for row in report.rows { byModel[row.key.model, default: []].append(row) }
            for (model, rows) in byModel {
                byModel[model] = rows.sorted { a, b in
                    let ta = order[a.key.target] ?? 0
                    let tb = order[b.key.target] ?? 0
                    if ta != tb { return ta < tb }
                    return (a.key.runtime, a.key.precision, a.key.threads, a.key.batch) < (
                        b.key.runtime, b.key.precision, b.key.threads, b.key.batch
                    )
                }
            }
            rowsByModel = byModel
            var fronts: [String: [RunReport.Row]] = [:]
            for (model, rows) in byModel {
                // Simulated energy describes no board: it is ranked only when the report asks for it.
                let points = rows.filter { $0.status == .ok && $0.p50Ms != nil && $0.rankedEnergy(report) != nil }
                let front = ParetoFront.indices(
                    x: points.map { $0.p50Ms! }, y: points.map { $0.millijoulesPerInference! })
                fronts[model] = front.map { points[$0] }
            }
            self.fronts = fronts
        }

        /// A model's rows, ordered by target (as listed), runtime, precision, threads, batch.
        func rows(_ model: String) -> [RunReport.Row] { rowsByModel[model] ?? [] }

        /// A model's rows that have latencies.
        func measured(_ model: String) -> [RunReport.Row] { rows(model).filter { $0.status == .ok && $0.p50Ms != nil } }

        func paretoFront(_ model: String) -> [RunReport.Row] { fronts[model] ?? [] }

        /// The series index of a target (its marker shape and colour).
        func targetIndex(_ name: String) -> Int { targetOrder[name] ?? 0 }

        var targetNames: [String] { targetOrder.sorted { $0.value < $1.value }.map(\.key) }

        func label(_ row: RunReport.Row) -> String { row.label(threads: threadsVary, batch: batchVary) }

        /// Notes the data call for: tail percentiles withheld, missing prices, energy flags.
        var derivedNotes: [String] {
            var notes: [String] = []
            let withheld = report.rows.filter { $0.status == .ok && $0.p99Ms == nil && $0.iterations > 0 }
            if let example = withheld.first?.p99Note {
                notes.append(
                    "p99 is withheld for \(withheld.count) case\(withheld.count == 1 ? "" : "s") (\(example)).")
            }
            let noPrice = report.targets.filter { !Efficiency.isUsable($0.priceUSD) }.map(\.name)
            if !noPrice.isEmpty {
                notes.append("No price for \(noPrice.joined(separator: ", ")): no per-dollar figures there.")
            }
            let noTDP = report.targets.filter { !Efficiency.isUsable($0.tdpWatts) }.map(\.name)
            if !noTDP.isEmpty {
                notes.append("No TDP for \(noTDP.joined(separator: ", ")): no per-watt figures there.")
            }
            let flagged = report.rows.filter { !$0.energyFlags.isEmpty }
            for row in flagged.prefix(10) {
                notes.append("Energy of \(row.key.id) is flagged: \(row.energyFlags.joined(separator: ", ")).")
            }
            if flagged.count > 10 { notes.append("… and \(flagged.count - 10) more cases with flagged energy.") }
            let hot = report.rows.filter { !($0.throttleReasons ?? []).isEmpty }
            for row in hot.prefix(10) {
                notes.append(
                    "\(row.key.id) throttled: \((row.throttleReasons ?? []).joined(separator: "; ")); its figures are not comparable (verdicts: unstable)."
                )
            }
            if hot.count > 10 { notes.append("… and \(hot.count - 10) more cases that throttled.") }
            return notes
        }
    }
}
