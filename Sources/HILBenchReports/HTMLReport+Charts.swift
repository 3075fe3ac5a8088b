import Foundation
import HILBenchCore

/// The per-run charts, each an inline SVG with a title, a description, axis labels and a legend that uses
/// shapes, dash patterns or text — never colour alone. Every data mark carries `data-case` (and its values as
/// `data-*`), so tests and scripts can read the chart back.
extension HTMLReport {
    // MARK: (a) latency with the median's interval

    /// Horizontal bars: median latency per case, one block per model with its own scale, the median's 95%
    /// interval as a whisker. One `<g class="bar">` per case with latencies.
    static func latencyChart(_ report: RunReport, _ context: Context) -> String {
        var html = "<section id=\"latency\"><h2>Latency by chip × runtime × precision</h2>\n"
        let models = context.models.filter { !context.measured($0).isEmpty }
        guard !models.isEmpty else { return html + "<p class=\"muted\">No case produced latencies.</p>\n</section>\n" }
        html +=
            "<p class=\"muted\">Bars: median latency; whiskers: its 95% confidence interval (distribution-free). Each model has its own scale. Shorter is better.</p>\n"
        let labelWidth = 330.0
        let plotWidth = 520.0
        let barHeight = 16.0
        let gap = 6.0
        let titleHeight = 26.0
        let axisHeight = 46.0
        let height = models.reduce(0.0) {
            $0 + titleHeight + Double(context.measured($1).count) * (barHeight + gap) + axisHeight
        }
        html += SVG.open(
            id: "latency-chart", width: labelWidth + plotWidth + 80, height: height,
            title: "Median latency per case (ms), by model",
            desc:
                "Bars show the median latency of each case; whiskers show the 95% confidence interval of the median. Bars are labelled with target, runtime and precision and their value, so colour is not needed to read them.",
            attributes: "data-chart=\"latency\"")
        var y = 0.0
        for model in models {
            let rows = context.measured(model)
            html += SVG.text(0, y + 17, "model: \(model)", cls: "head") + "\n"
            y += titleHeight
            let maxValue = rows.map { max($0.p50Ms ?? 0, $0.medianHighMs ?? 0) }.max() ?? 1
            let scale = Scale(values: [0, maxValue], range: (labelWidth, labelWidth + plotWidth), zero: true)
            let top = y
            let bottom = y + Double(rows.count) * (barHeight + gap)
            html += "<g class=\"grid\">"
            for tick in scale.ticks {
                html += SVG.line(scale(tick), top - 4, scale(tick), bottom, cls: "grid")
                html += SVG.text(scale(tick), bottom + 14, SVG.tick(tick), anchor: "middle", cls: "small")
            }
            html +=
                "</g>"
                + SVG.text(labelWidth + plotWidth / 2, bottom + 32, "median latency (ms) — \(model)", anchor: "middle")
                + "\n"
            for (index, row) in rows.enumerated() {
                let rowY = top + Double(index) * (barHeight + gap)
                let value = row.p50Ms ?? 0
                let label = row.label(threads: context.threadsVary, batch: context.batchVary, chip: true)
                html +=
                    "<g class=\"bar\" data-case=\"\(escape(row.key.id))\" data-p50-ms=\"\(SVG.fixed(value, 6))\" data-ci-low-ms=\"\(SVG.raw(row.medianLowMs))\" data-ci-high-ms=\"\(SVG.raw(row.medianHighMs))\">"
                html += SVG.text(labelWidth - 8, rowY + barHeight * 0.78, label, anchor: "end")
                html +=
                    "<rect class=\"\(escape(row.key.precision.rawValue))\" x=\"\(SVG.coord(labelWidth))\" y=\"\(SVG.coord(rowY))\" width=\"\(SVG.coord(max(1, scale(value) - labelWidth)))\" height=\"\(SVG.coord(barHeight))\">"
                html +=
                    "<title>\(escape(label)): median \(SVG.value(value)) ms\(row.medianLowMs.map { ", 95% CI \(SVG.value($0))–\(SVG.value(row.medianHighMs)) ms" } ?? "")</title></rect>"
                if let low = row.medianLowMs, let high = row.medianHighMs {
                    let mid = rowY + barHeight / 2
                    html += SVG.line(scale(low), mid, scale(high), mid, cls: "whisker")
                    html +=
                        SVG.line(scale(low), mid - 4, scale(low), mid + 4, cls: "whisker")
                        + SVG.line(scale(high), mid - 4, scale(high), mid + 4, cls: "whisker")
                }
                html +=
                    SVG.text(
                        scale(max(value, row.medianHighMs ?? 0)) + 6, rowY + barHeight * 0.78, SVG.value(value),
                        cls: "small") + "</g>\n"
            }
            y = bottom + axisHeight
        }
        return html + "</svg>\n</section>\n"
    }

    // MARK: (b) distributions

    /// Empirical CDFs from each case's downsampled distribution: one panel per target × runtime (× threads ×
    /// batch), one line per precision with its own dash pattern, a shared x scale per model.
    static func distributions(_ context: Context) -> String {
        var html = "<section id=\"distribution\"><h2>Latency distributions</h2>\n"
        html +=
            "<p class=\"muted\">Empirical CDF of the timed iterations: the fraction of iterations at or below a latency (at most \(LatencyDistribution.maximumPoints) points per case). A steep line is consistent; a long flat top is a tail of slow iterations. Line style and the legend mark the precision; panels of a model share the x scale, which ends at the largest 99.9th percentile (each case's maximum is in its legend).</p>\n"
        var any = false
        for (modelIndex, model) in context.models.enumerated() {
            let rows = context.measured(model).filter { $0.latency != nil }
            guard !rows.isEmpty else { continue }
            any = true
            html += "<h3>\(escape(model))</h3>\n<div class=\"grid\">\n"
            // The x range ends at the largest p99.9 (the exact maximum for small samples): a single slow iteration
            // would otherwise squeeze every curve against the left edge. The legend gives each case's maximum.
            let tail = rows.map { row -> Double in
                let distribution = row.latency!
                let index = distribution.cumulative.firstIndex { $0 >= 0.999 } ?? (distribution.valuesMs.count - 1)
                return distribution.valuesMs[index]
            }
            let scale = Scale(
                values: rows.map { $0.latency!.valuesMs.first! } + tail, range: (48, 300), log: true, logRatio: 8)
            let xLimit = tail.max() ?? .infinity
            var groups: [(String, [RunReport.Row])] = []
            for row in rows {
                var name = "\(row.key.target) · \(row.key.runtime.rawValue)"
                if context.threadsVary { name += " · t\(row.key.threads)" }
                if context.batchVary { name += " · b\(row.key.batch)" }
                if let index = groups.firstIndex(where: { $0.0 == name }) {
                    groups[index].1.append(row)
                } else {
                    groups.append((name, [row]))
                }
            }
            for (groupIndex, group) in groups.enumerated() {
                let (name, members) = group
                let legendTop = 196.0
                let height = legendTop + Double(members.count) * 15 + 4
                let yOf = { (p: Double) in 148 - p * 114 }
                let summary = members.map { "\($0.key.precision.rawValue) median \(SVG.value($0.p50Ms)) ms" }.joined(
                    separator: ", ")
                html +=
                    "<figure>"
                    + SVG.open(
                        id: "cdf-m\(modelIndex)-\(groupIndex)", width: 330, height: height,
                        title: "Latency distribution: \(model) on \(name)",
                        desc:
                            "Empirical cumulative distribution of iteration latency per precision (\(summary)). x: latency in ms\(scale.note); y: fraction of iterations at or below.",
                        attributes: "data-chart=\"cdf\"")
                html += SVG.text(0, 12, name, cls: "head")
                html += "<g class=\"grid\">"
                for p in [0.0, 0.5, 0.9, 1.0] {
                    html +=
                        SVG.line(48, yOf(p), 300, yOf(p), cls: "grid")
                        + SVG.text(44, yOf(p) + 4, SVG.tick(p), anchor: "end", cls: "small")
                }
                for tick in thinned(scale.ticks, max: 6) {
                    html +=
                        SVG.line(scale(tick), yOf(1), scale(tick), yOf(0), cls: "grid")
                        + SVG.text(scale(tick), 162, SVG.tick(tick), anchor: "middle", cls: "small")
                }
                html += "</g>" + SVG.text(174, 178, "latency (ms)\(scale.note)", anchor: "middle", cls: "small")
                html += SVG.text(48, 26, "fraction of iterations ≤ x", cls: "small") + "\n"
                for (index, row) in members.enumerated() {
                    let distribution = row.latency!
                    let dashIndex = Precision.allCases.firstIndex(of: row.key.precision) ?? 0
                    let dash = SVG.dash(dashIndex)
                    var points = ""
                    points.reserveCapacity(distribution.valuesMs.count * 12)
                    for (value, p) in zip(distribution.valuesMs, distribution.cumulative) where value <= xLimit {
                        points += SVG.coord(scale(value)) + "," + SVG.coord(yOf(p)) + " "
                    }
                    html +=
                        "<polyline class=\"cdf \(escape(row.key.precision.rawValue))\" data-case=\"\(escape(row.key.id))\" data-n=\"\(distribution.count)\" data-points=\"\(distribution.valuesMs.count)\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") points=\"\(points)\"><title>\(escape(context.label(row))): \(distribution.count) iterations, median \(SVG.value(row.p50Ms)) ms</title></polyline>\n"
                    let legendY = legendTop + Double(index) * 15
                    html +=
                        "<line class=\"cdf \(escape(row.key.precision.rawValue))\" x1=\"4\" y1=\"\(SVG.coord(legendY - 4))\" x2=\"30\" y2=\"\(SVG.coord(legendY - 4))\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
                    html +=
                        SVG.text(
                            36, legendY,
                            "\(row.key.precision.rawValue): p50 \(SVG.value(row.p50Ms)) · p90 \(SVG.value(row.p90Ms)) · max \(SVG.value(distribution.valuesMs.last)) ms · n=\(distribution.count)",
                            cls: "small") + "\n"
                }
                html += "</svg></figure>\n"
            }
            html += "</div>\n"
        }
        if !any { html += "<p class=\"muted\">No case produced latencies.</p>\n" }
        return html + "</section>\n"
    }

    // MARK: (c) energy vs latency with the Pareto front

    static func energyScatter(_ context: Context) -> String {
        var html = "<section id=\"energy\"><h2>Energy per inference vs latency</h2>\n"
        html +=
            "<p class=\"muted\">Each point is a case: median latency across, energy per inference up. Lower-left is better on both. The dashed staircase is the Pareto front — the cases no other case beats on both; its points are ringed and numbered, and the list under the chart names them. Marker shape (and colour) is the target; see the legend.</p>\n"
        for (modelIndex, model) in context.models.enumerated() {
            let measured = context.measured(model)
            guard !measured.isEmpty else { continue }
            html += "<h3>\(escape(model))</h3>\n"
            let rows = measured.filter { $0.rankedEnergy(context.report) != nil }
            guard !rows.isEmpty else {
                let simulated = measured.contains { $0.energyIsSimulated && $0.millijoulesPerInference != nil }
                html +=
                    simulated
                    ? "<p class=\"muted\" data-chart=\"pareto-simulated\">Energy of \(escape(model)) comes from a simulated meter: it describes no board, so it is not charted or ranked (the tables show it, labelled simulated; <code>--rank-simulated-energy</code> charts it).</p>\n"
                    : "<p class=\"muted\" data-chart=\"pareto-empty\">No energy figures for \(escape(model)): these targets have no power meter.</p>\n"
                continue
            }
            let front = context.paretoFront(model)
            let frontIDs = Set(front.map(\.key.id))
            let left = 78.0
            let right = 560.0
            let top = 16.0
            let bottom = 360.0
            let xs = Scale(values: rows.map { $0.p50Ms! }, range: (left, right), log: true, zero: true)
            let ys = Scale(
                values: rows.map { $0.millijoulesPerInference! }, range: (bottom, top), log: true, zero: true)
            let targets = context.targetNames.filter { name in rows.contains { $0.key.target == name } }
            html += SVG.open(
                id: "pareto-m\(modelIndex)", width: 860, height: 410,
                title: "Energy per inference vs median latency: \(model)",
                desc: "\(rows.count) cases. Pareto front (lower-left is better): "
                    + front.map {
                        "\(context.label($0)) (\(SVG.value($0.p50Ms)) ms, \(SVG.value($0.millijoulesPerInference)) mJ)"
                    }.joined(separator: "; ") + ".",
                attributes: "data-chart=\"pareto\" data-model=\"\(escape(model))\" data-front=\"\(front.count)\"")
            html += "<g class=\"grid\">"
            for tick in thinned(xs.ticks, max: 8) {
                html +=
                    SVG.line(xs(tick), top, xs(tick), bottom, cls: "grid")
                    + SVG.text(xs(tick), bottom + 15, SVG.tick(tick), anchor: "middle", cls: "small")
            }
            for tick in thinned(ys.ticks, max: 8) {
                html +=
                    SVG.line(left, ys(tick), right, ys(tick), cls: "grid")
                    + SVG.text(left - 6, ys(tick) + 4, SVG.tick(tick), anchor: "end", cls: "small")
            }
            html += "</g>"
            html += SVG.line(left, bottom, right, bottom, cls: "axis") + SVG.line(left, top, left, bottom, cls: "axis")
            html += SVG.text((left + right) / 2, bottom + 34, "median latency (ms)\(xs.note)", anchor: "middle")
            html +=
                SVG.text(
                    16, (top + bottom) / 2, "energy per inference (mJ)\(ys.note)", anchor: "middle",
                    extra: "transform=\"rotate(-90 16 \(SVG.coord((top + bottom) / 2)))\"") + "\n"
            if !front.isEmpty {
                var d =
                    "M\(SVG.coord(xs(front[0].p50Ms!))),\(SVG.coord(top))V\(SVG.coord(ys(front[0].millijoulesPerInference!)))"
                for row in front.dropFirst() {
                    d += "H\(SVG.coord(xs(row.p50Ms!)))V\(SVG.coord(ys(row.millijoulesPerInference!)))"
                }
                d += "H\(SVG.coord(right))"
                html +=
                    "<path class=\"pareto\" data-front=\"\(front.count)\" d=\"\(d)\"><title>Pareto front: \(front.count) case\(front.count == 1 ? "" : "s")</title></path>\n"
            }
            let frontNumber = Dictionary(
                front.enumerated().map { ($0.element.key.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
            for row in rows {
                let x = xs(row.p50Ms!)
                let y = ys(row.millijoulesPerInference!)
                let series = context.targetIndex(row.key.target)
                let onFront = frontIDs.contains(row.key.id)
                html +=
                    "<g class=\"pt\" data-case=\"\(escape(row.key.id))\" data-latency-ms=\"\(SVG.raw(row.p50Ms))\" data-mj=\"\(SVG.raw(row.millijoulesPerInference))\" data-pareto=\"\(onFront)\">"
                if onFront {
                    html += "<circle class=\"front-ring\" cx=\"\(SVG.coord(x))\" cy=\"\(SVG.coord(y))\" r=\"9\"/>"
                }
                html += SVG.Shape.forIndex(series).element(x, y, cls: "mk s\(series % 8)")
                html +=
                    "<title>\(escape(context.label(row))): \(SVG.value(row.p50Ms)) ms, \(SVG.value(row.millijoulesPerInference)) mJ per inference\(onFront ? " (Pareto front)" : "")</title>"
                if onFront { html += SVG.text(x + 11, y - 8, String(frontNumber[row.key.id] ?? 0), cls: "halo") }
                html += "</g>\n"
            }
            // Legend: one shape per target, then the front's line and ring.
            var legendY = top + 8
            html += SVG.text(600, legendY, "target (shape)", cls: "head")
            for name in targets {
                legendY += 20
                let series = context.targetIndex(name)
                let chip = context.report.target(named: name)?.soc
                html +=
                    SVG.Shape.forIndex(series).element(608, legendY - 4, cls: "mk s\(series % 8)")
                    + SVG.text(622, legendY, name + (chip.map { " (\($0))" } ?? ""))
            }
            legendY += 28
            html +=
                "<path class=\"pareto\" d=\"M596,\(SVG.coord(legendY - 12))V\(SVG.coord(legendY - 4))H616\"/>"
                + SVG.text(622, legendY, "Pareto front (staircase)")
            legendY += 20
            html +=
                "<circle class=\"front-ring\" cx=\"608\" cy=\"\(SVG.coord(legendY - 4))\" r=\"8\"/>"
                + SVG.text(622, legendY, "on the front (numbered as listed below)") + "\n"
            html += "</svg>\n"
            html += "<ol class=\"front\" aria-label=\"Pareto front of \(escape(model)), fastest first\">"
            for row in front {
                html +=
                    "<li>\(escape(row.label(threads: context.threadsVary, batch: context.batchVary, chip: true))) — \(SVG.value(row.p50Ms)) ms, \(SVG.value(row.millijoulesPerInference)) mJ per inference</li>"
            }
            html += "</ol>\n"
            let missing = measured.count - rows.count
            if missing > 0 {
                html +=
                    "<p class=\"muted\">\(missing) case\(missing == 1 ? "" : "s") of \(escape(model)) have no energy figure and are not drawn.</p>\n"
            }
        }
        return html + "</section>\n"
    }

    // MARK: (d) per watt and per dollar

    static func efficiency(_ context: Context) -> String {
        var html = "<section id=\"efficiency\"><h2>Throughput per watt and per dollar</h2>\n"
        html +=
            "<p class=\"muted\">Inferences per second (one stream, 1000 / mean latency), per watt of the chip's TDP, per joule as measured by the meter, and per US dollar of the board's price. Longer is better. “no price”, “no TDP” and “no meter” mark figures the target file or the lab does not provide (never a division by zero).</p>\n"
        for (modelIndex, model) in context.models.enumerated() {
            let rows = context.measured(model).filter { $0.inferencesPerSecond != nil }
            guard !rows.isEmpty else { continue }
            html += "<h3>\(escape(model))</h3>\n"
            struct Column {
                let metric: String, title: String, missing: String
                let value: (RunReport.Row) -> Double?
            }
            let columns = [
                Column(metric: "per-second", title: "inferences/s", missing: "–") { $0.inferencesPerSecond },
                Column(metric: "per-watt", title: "inf/s per W (TDP)", missing: "no TDP") {
                    $0.inferencesPerSecondPerWatt
                },
                Column(metric: "per-joule", title: "inf/J (measured)", missing: "no meter / simulated") {
                    $0.energyIsSimulated && !context.report.rankSimulatedEnergy ? nil : $0.inferencesPerJoule
                },
                Column(metric: "per-dollar", title: "inf/s per $", missing: "no price") {
                    $0.inferencesPerSecondPerDollar
                },
            ]
            let labelWidth = 300.0
            let columnWidth = 160.0
            let gap = 24.0
            let rowHeight = 20.0
            let top = 40.0
            let height = top + Double(rows.count) * rowHeight + 10
            html += SVG.open(
                id: "efficiency-m\(modelIndex)", width: labelWidth + Double(columns.count) * (columnWidth + gap) + 40,
                height: height,
                title: "Throughput per watt and per dollar: \(model)",
                desc:
                    "For each case of \(model): inferences per second, per watt of TDP, per joule measured, and per US dollar of board price, as bars labelled with their values; missing figures are written out as no price, no TDP or no meter.",
                attributes: "data-chart=\"efficiency\" data-model=\"\(escape(model))\"")
            for (columnIndex, column) in columns.enumerated() {
                let x0 = labelWidth + Double(columnIndex) * (columnWidth + gap)
                let values = rows.compactMap(column.value)
                let maxValue = values.max() ?? 1
                html +=
                    SVG.text(x0, 14, column.title, cls: "head")
                    + SVG.text(x0, 30, values.isEmpty ? "" : "max \(SVG.value(maxValue))", cls: "small")
                html += SVG.line(x0, top - 4, x0, height - 6, cls: "axis") + "\n"
                for (index, row) in rows.enumerated() {
                    let y = top + Double(index) * rowHeight
                    if let value = column.value(row) {
                        let width = maxValue > 0 ? max(1, value / maxValue * (columnWidth - 50)) : 1
                        html +=
                            "<rect class=\"ebar\" data-case=\"\(escape(row.key.id))\" data-metric=\"\(column.metric)\" data-value=\"\(SVG.raw(value))\" x=\"\(SVG.coord(x0))\" y=\"\(SVG.coord(y))\" width=\"\(SVG.coord(width))\" height=\"14\"><title>\(escape(context.label(row))): \(SVG.value(value)) \(escape(column.title))</title></rect>"
                        html += SVG.text(x0 + width + 4, y + 11, SVG.value(value), cls: "small")
                    } else {
                        html += SVG.text(
                            x0 + 4, y + 11, column.missing, cls: "na",
                            extra: "data-case=\"\(escape(row.key.id))\" data-metric=\"\(column.metric)\"")
                    }
                }
                html += "\n"
            }
            for (index, row) in rows.enumerated() {
                html += SVG.text(
                    labelWidth - 10, top + Double(index) * rowHeight + 11, context.label(row), anchor: "end")
            }
            html += "\n</svg>\n"
        }
        return html + "</section>\n"
    }

    // MARK: (e) accuracy

    static func accuracy(_ context: Context) -> String {
        var html = "<section id=\"accuracy\"><h2>Accuracy against the reference precision</h2>\n"
        html +=
            "<p class=\"muted\">Each lower precision's outputs against the reference precision's (usually fp32) on the same inputs: maximum absolute error, and 1 − cosine similarity (0 means identical direction). Both on log scales; further left is closer to the reference. Marker shape is the precision.</p>\n"
        var any = false
        for (modelIndex, model) in context.models.enumerated() {
            let rows = context.rows(model).filter {
                $0.status == .ok && ($0.maxAbsError != nil || $0.cosineSimilarity != nil)
                    && $0.key.precision != ($0.accuracyReference ?? .fp32)
            }
            guard !rows.isEmpty else { continue }
            any = true
            html += "<h3>\(escape(model))</h3>\n"
            let labelWidth = 300.0
            let panelWidth = 280.0
            let gap = 40.0
            let rowHeight = 20.0
            let top = 36.0
            let bottom = top + Double(rows.count) * rowHeight
            let errors = rows.compactMap(\.maxAbsError).filter { $0 > 0 }
            let distances = rows.compactMap { $0.cosineSimilarity.map { 1 - $0 } }.filter { $0 > 0 }
            let errorScale = Scale(
                values: errors.isEmpty ? [1e-6, 1] : [errors.min()! / 3, errors.max()! * 3],
                range: (labelWidth, labelWidth + panelWidth), log: true, logRatio: 1)
            let distanceScale = Scale(
                values: distances.isEmpty ? [1e-9, 1e-3] : [distances.min()! / 3, distances.max()! * 3],
                range: (labelWidth + panelWidth + gap, labelWidth + 2 * panelWidth + gap), log: true, logRatio: 1)
            html += SVG.open(
                id: "accuracy-m\(modelIndex)", width: labelWidth + 2 * panelWidth + gap + 90, height: bottom + 44,
                title: "Accuracy against the reference precision: \(model)",
                desc:
                    "Per case of \(model) with a lower precision: maximum absolute error and 1 − cosine similarity against the reference outputs, on log scales, each point labelled with its value.",
                attributes: "data-chart=\"accuracy\" data-model=\"\(escape(model))\"")
            for (scale, title) in [(errorScale, "max abs error (log)"), (distanceScale, "1 − cosine similarity (log)")]
            {
                html += SVG.text(scale.start, 14, title, cls: "head") + "<g class=\"grid\">"
                for tick in thinned(scale.ticks, max: 5) {
                    html +=
                        SVG.line(scale(tick), top - 6, scale(tick), bottom, cls: "grid")
                        + SVG.text(
                            scale(tick), bottom + 14, String(format: "%.0e", tick), anchor: "middle", cls: "small")
                }
                html += "</g>"
            }
            html += "\n"
            for (index, row) in rows.enumerated() {
                let y = top + Double(index) * rowHeight + 7
                let shape = SVG.Shape.forIndex(Precision.allCases.firstIndex(of: row.key.precision) ?? 0)
                let precision = escape(row.key.precision.rawValue)
                html +=
                    "<g class=\"acc\" data-case=\"\(escape(row.key.id))\" data-max-abs=\"\(SVG.raw(row.maxAbsError))\" data-cosine=\"\(SVG.raw(row.cosineSimilarity))\">"
                html += SVG.text(labelWidth - 10, y + 4, context.label(row), anchor: "end")
                if let error = row.maxAbsError {
                    let x = errorScale(error > 0 ? error : errorScale.low)
                    html +=
                        shape.element(x, y, size: 4.5, cls: "mk \(precision)")
                        + SVG.text(x + 8, y + 4, error > 0 ? String(format: "%.3g", error) : "0", cls: "small")
                }
                if let cosine = row.cosineSimilarity {
                    let distance = 1 - cosine
                    let x = distanceScale(distance > 0 ? distance : distanceScale.low)
                    html +=
                        shape.element(x, y, size: 4.5, cls: "mk \(precision)")
                        + SVG.text(
                            x + 8, y + 4, distance > 0 ? String(format: "%.2g", distance) : "0 (identical)",
                            cls: "small")
                }
                html +=
                    "<title>\(escape(context.label(row))): max abs error \(row.maxAbsError.map { String(format: "%.3g", $0) } ?? "–"), cosine \(SVG.fixed(row.cosineSimilarity, 6))</title></g>\n"
            }
            html += "</svg>\n<ul class=\"glance\">"
            for precision in Precision.allCases {
                let group = rows.filter { $0.key.precision == precision }
                guard
                    let worst = group.filter({ $0.cosineSimilarity != nil }).min(by: {
                        $0.cosineSimilarity! < $1.cosineSimilarity!
                    })
                else { continue }
                let maxError = group.compactMap(\.maxAbsError).max()
                html +=
                    "<li>\(precision.rawValue): worst cosine \(SVG.fixed(worst.cosineSimilarity, 6)) (\(escape(context.label(worst)))), largest max abs error \(maxError.map { String(format: "%.3g", $0) } ?? "–")</li>"
            }
            html += "</ul>\n"
        }
        if !any {
            html +=
                "<p class=\"muted\">No accuracy comparisons: only the reference precision ran, or outputs were not collected.</p>\n"
        }
        return html + "</section>\n"
    }

    // MARK: (f) memory

    static func memory(_ context: Context) -> String {
        var html = "<section id=\"memory\"><h2>Memory</h2>\n"
        html +=
            "<p class=\"muted\">Resident memory of the runner process: right after loading the model (▲), the median during the timed iterations (●), and the peak (■, from wait4). Shorter is better.</p>\n"
        var any = false
        for (modelIndex, model) in context.models.enumerated() {
            let rows = context.rows(model).filter {
                $0.status == .ok && ($0.peakRSSMiB != nil || $0.loadRSSMiB != nil || $0.steadyRSSMiB != nil)
            }
            guard !rows.isEmpty else { continue }
            any = true
            html += "<h3>\(escape(model))</h3>\n"
            let labelWidth = 300.0
            let plotWidth = 420.0
            let rowHeight = 20.0
            let top = 40.0
            let bottom = top + Double(rows.count) * rowHeight
            let maxValue =
                rows.flatMap { [$0.peakRSSMiB, $0.loadRSSMiB, $0.steadyRSSMiB].compactMap { $0 } }.max() ?? 1
            let scale = Scale(values: [0, maxValue], range: (labelWidth, labelWidth + plotWidth), zero: true)
            html += SVG.open(
                id: "memory-m\(modelIndex)", width: labelWidth + plotWidth + 260, height: bottom + 44,
                title: "Memory per case: \(model)",
                desc:
                    "Per case of \(model): resident memory after load (triangle), steady during iterations (circle) and peak (square), in MiB.",
                attributes: "data-chart=\"memory\" data-model=\"\(escape(model))\"")
            html +=
                SVG.Shape.triangle.element(labelWidth + 6, 12, size: 4.5, cls: "mk s0")
                + SVG.text(labelWidth + 16, 16, "after load")
            html +=
                SVG.Shape.circle.element(labelWidth + 106, 12, size: 4.5, cls: "mk s1")
                + SVG.text(labelWidth + 116, 16, "steady (median)")
            html +=
                SVG.Shape.square.element(labelWidth + 236, 12, size: 4.5, cls: "mk s2")
                + SVG.text(labelWidth + 246, 16, "peak (wait4)")
            html += "<g class=\"grid\">"
            for tick in scale.ticks {
                html +=
                    SVG.line(scale(tick), top - 6, scale(tick), bottom, cls: "grid")
                    + SVG.text(scale(tick), bottom + 14, SVG.tick(tick), anchor: "middle", cls: "small")
            }
            html +=
                "</g>" + SVG.text(labelWidth + plotWidth / 2, bottom + 32, "resident set size (MiB)", anchor: "middle")
                + "\n"
            for (index, row) in rows.enumerated() {
                let y = top + Double(index) * rowHeight + 7
                let values = [row.loadRSSMiB, row.steadyRSSMiB, row.peakRSSMiB].compactMap { $0 }
                html +=
                    "<g class=\"mem\" data-case=\"\(escape(row.key.id))\" data-peak-mib=\"\(SVG.raw(row.peakRSSMiB))\" data-load-mib=\"\(SVG.raw(row.loadRSSMiB))\" data-steady-mib=\"\(SVG.raw(row.steadyRSSMiB))\">"
                html += SVG.text(labelWidth - 10, y + 4, context.label(row), anchor: "end")
                if let low = values.min(), let high = values.max() {
                    html += SVG.line(scale(low), y, scale(high), y, cls: "memline")
                }
                if let load = row.loadRSSMiB {
                    html += SVG.Shape.triangle.element(scale(load), y, size: 4.5, cls: "mk s0")
                }
                if let steady = row.steadyRSSMiB {
                    html += SVG.Shape.circle.element(scale(steady), y, size: 4.5, cls: "mk s1")
                }
                if let peak = row.peakRSSMiB {
                    html += SVG.Shape.square.element(scale(peak), y, size: 4.5, cls: "mk s2")
                }
                let parts = [
                    row.loadRSSMiB.map { "load \(SVG.value($0))" }, row.steadyRSSMiB.map { "steady \(SVG.value($0))" },
                    row.peakRSSMiB.map { "peak \(SVG.value($0))" },
                ].compactMap { $0 }
                html += SVG.text(
                    scale(values.max() ?? 0) + 10, y + 4, parts.joined(separator: " · ") + " MiB", cls: "small")
                html +=
                    "<title>\(escape(context.label(row))): load \(SVG.value(row.loadRSSMiB)), steady \(SVG.value(row.steadyRSSMiB)), peak \(SVG.value(row.peakRSSMiB)) MiB</title></g>\n"
            }
            html += "</svg>\n"
        }
        if !any { html += "<p class=\"muted\">No memory figures.</p>\n" }
        return html + "</section>\n"
    }

    /// At most `max` ticks, keeping every k-th.
    static func thinned(_ ticks: [Double], max: Int) -> [Double] {
        guard ticks.count > max else { return ticks }
        let step = Int((Double(ticks.count) / Double(max)).rounded(.up))
        return ticks.enumerated().filter { $0.offset % step == 0 }.map(\.element)
    }
}
