import Foundation
import HILBenchStats

/// (g) Trend charts for nightly reports: one small chart per case × metric, the series downsampled for drawing
/// (change points and judged points always kept), change points as dashed verticals labelled "CP", verdicts as
/// shapes (▲ regressed, ▼ improved, ◇ inconclusive, ✕ unstable).
extension HTMLReport {
    /// The most points of a series drawn as the line (plus the kept change points and judged points).
    public static let trendPointLimit = 120
    /// The most verdict markers drawn per series (regressed and improved first).
    public static let trendMarkerLimit = 40

    static func trends(_ series: [TrendSeries]) -> String {
        var html = "<section id=\"trends\"><h2>Trends</h2>\n"
        html +=
            "<p class=\"muted\">Each chart is one case and metric across runs (time across, value up; the band is the per-run interval where known). Dashed verticals marked CP are change points (a shift in the series); shapes mark each run's verdict against its baseline: ▲ regressed, ▼ improved, ◇ inconclusive, ✕ unstable (no change is unmarked). Long series are downsampled for drawing; change points and judged runs are always kept.</p>\n"
        html += trendLegend()
        html += trendSummary(series)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var models: [String] = []
        var byModel: [String: [(Int, TrendSeries)]] = [:]
        for (index, item) in series.enumerated() {
            if byModel[item.model] == nil { models.append(item.model) }
            byModel[item.model, default: []].append((index, item))
        }
        let rank: (TrendSeries) -> Int = { item in
            switch item.latestVerdict {
            case .regressed: 0
            case .improved: 1
            case .unstable, .inconclusive: 2
            default: 3
            }
        }
        for model in models {
            let items = byModel[model]!.sorted { (rank($0.1), $0.0) < (rank($1.1), $1.0) }
            html += "<h3>\(escape(model))</h3>\n<div class=\"grid\">\n"
            for (index, item) in items { html += trendChart(item, id: "trend-\(index)", formatter: formatter) }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    private static func trendLegend() -> String {
        var html = SVG.open(
            id: "trend-legend", width: 760, height: 26, title: "Legend of the trend charts",
            desc:
                "A solid line is the value per run, a shaded band its interval, a dashed vertical labelled CP a change point; triangle up regressed, triangle down improved, hollow diamond inconclusive, cross unstable."
        )
        html += "<polyline class=\"trend\" points=\"4,14 34,8\"/>" + SVG.text(40, 16, "value per run")
        html += "<rect class=\"band\" x=\"136\" y=\"5\" width=\"26\" height=\"12\"/>" + SVG.text(168, 16, "interval")
        html += SVG.line(236, 3, 236, 22, cls: "cp") + SVG.text(242, 16, "CP = change point")
        html += SVG.Shape.triangle.element(378, 11, size: 5, cls: "regressed") + SVG.text(388, 16, "regressed")
        html += SVG.Shape.triangleDown.element(468, 11, size: 5, cls: "improved") + SVG.text(478, 16, "improved")
        html += SVG.Shape.diamond.element(556, 11, size: 5, cls: "inconclusive") + SVG.text(566, 16, "inconclusive")
        html += SVG.Shape.cross.element(660, 11, size: 5, cls: "unstable") + SVG.text(670, 16, "unstable")
        return html + "</svg>\n"
    }

    private static func trendSummary(_ series: [TrendSeries]) -> String {
        var counts: [Verdict: Int] = [:]
        for item in series { if let verdict = item.latestVerdict { counts[verdict, default: 0] += 1 } }
        var html = "<p id=\"trend-counts\">\(series.count) series; latest run: "
        html += Verdict.allCases.map { "\(counts[$0] ?? 0) \(verdictWord($0))" }.joined(separator: ", ") + ".</p>\n"
        let flagged = series.filter { $0.latestVerdict == .regressed || $0.latestVerdict == .improved }
        guard !flagged.isEmpty else { return html }
        html +=
            "<div class=\"scroll\"><table id=\"trend-flagged\" class=\"sortable\"><thead><tr><th class=\"l\" data-sort=\"text\">Case</th><th class=\"l\" data-sort=\"text\">Metric</th>"
        html +=
            "<th data-sort=\"num\">Previous</th><th data-sort=\"num\">Latest</th><th data-sort=\"num\">Change</th><th class=\"l\" data-sort=\"text\">Verdict</th><th class=\"l\" data-sort=\"text\">Latest run</th></tr></thead><tbody>\n"
        for item in flagged.sorted(by: {
            ($0.latestVerdict == .regressed ? 0 : 1, $0.caseID) < ($1.latestVerdict == .regressed ? 0 : 1, $1.caseID)
        }) {
            let latest = item.points.last!
            let previous = item.points.count > 1 ? item.points[item.points.count - 2].value : nil
            let change = previous.flatMap { $0 != 0 ? latest.value / $0 - 1 : nil }
            let verdict = latest.verdict ?? .noChange
            html +=
                "<tr><td class=\"l\">\(escape(item.caseID))</td><td class=\"l\">\(escape(item.metric)) (\(escape(item.unit)))</td>"
            html +=
                "<td data-v=\"\(SVG.raw(previous))\">\(SVG.value(previous))</td><td data-v=\"\(SVG.raw(latest.value))\">\(SVG.value(latest.value))</td>"
            html +=
                "<td data-v=\"\(SVG.raw(change))\">\(change.map { String(format: "%+.1f%%", $0 * 100) } ?? "–")</td>"
            html +=
                "<td class=\"l verdict-\(verdict.rawValue)\">\(verdictSymbol(verdict)) \(verdictWord(verdict))</td><td class=\"l\">\(escape(latest.runID))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    static func verdictWord(_ verdict: Verdict) -> String {
        switch verdict {
        case .regressed: "regressed"
        case .improved: "improved"
        case .noChange: "no change"
        case .inconclusive: "inconclusive"
        case .unstable: "unstable"
        }
    }

    static func verdictSymbol(_ verdict: Verdict) -> String {
        switch verdict {
        case .regressed: "▲"
        case .improved: "▼"
        case .noChange: "="
        case .inconclusive: "◇"
        case .unstable: "✕"
        }
    }

    static func trendChart(_ series: TrendSeries, id: String, formatter: ISO8601DateFormatter) -> String {
        let points = series.points
        let n = points.count
        let left = 58.0
        let right = 368.0
        let top = 38.0
        let bottom = 128.0
        guard n > 0 else {
            return
                "<figure><p class=\"muted\">\(escape(series.caseID)) · \(escape(series.metric)): no runs.</p></figure>\n"
        }
        var times = points.map(\.time)
        let increasing = zip(times, times.dropFirst()).allSatisfy { $0 < $1 }
        if !increasing { times = (0..<n).map(Double.init) }
        let xs = Scale(values: times, range: (left, right))
        var values = points.map(\.value)
        for point in points {
            if let low = point.ciLow { values.append(low) }
            if let high = point.ciHigh { values.append(high) }
        }
        let ys = Scale(values: values, range: (bottom, top))
        // Judged points to mark: regressed and improved first, then the rest, up to the limit.
        let judged = points.indices.filter { points[$0].verdict != nil && points[$0].verdict != .noChange }
        let strong = judged.filter { points[$0].verdict == .regressed || points[$0].verdict == .improved }
        let weak = judged.filter { points[$0].verdict != .regressed && points[$0].verdict != .improved }
        let marked = Array((strong + weak).prefix(trendMarkerLimit)).sorted()
        let changePoints = series.changePointIndices.filter { $0 >= 0 && $0 < n }.sorted()
        let drawn = Downsampling.indices(
            x: times, y: points.map(\.value), threshold: trendPointLimit, keep: Set(marked).union(changePoints))
        let latest = points[n - 1]
        let first = formatter.string(from: Date(timeIntervalSince1970: points[0].time))
        let last = formatter.string(from: Date(timeIntervalSince1970: latest.time))
        var desc = "\(n) runs from \(first) to \(last); latest value \(SVG.value(latest.value)) \(series.unit)"
        if let verdict = latest.verdict { desc += ", verdict \(verdictWord(verdict))" }
        desc +=
            changePoints.isEmpty
            ? "; no change points."
            : "; change points at "
                + changePoints.map {
                    "\(points[$0].runID) (\(formatter.string(from: Date(timeIntervalSince1970: points[$0].time))))"
                }.joined(separator: ", ") + "."
        var html =
            "<figure>"
            + SVG.open(
                id: id, width: 380, height: 164, title: "\(series.caseID): \(series.metric) (\(series.unit)) over runs",
                desc: desc,
                attributes:
                    "data-chart=\"trend\" data-case=\"\(escape(series.caseID))\" data-metric=\"\(escape(series.metric))\" data-points=\"\(n)\" data-drawn=\"\(drawn.count)\" data-change-points=\"\(changePoints.count)\" data-marked=\"\(marked.count)\""
            )
        html +=
            SVG.text(0, 12, series.caseID, cls: "small")
            + SVG.text(
                0, 25,
                "\(series.metric) (\(series.unit))\(series.direction == .lowerIsBetter ? ", lower is better" : ", higher is better")",
                cls: "small")
        html += "<g class=\"grid\">"
        for tick in thinned(ys.ticks, max: 4) {
            html +=
                SVG.line(left, ys(tick), right, ys(tick), cls: "grid")
                + SVG.text(left - 5, ys(tick) + 4, SVG.tick(tick), anchor: "end", cls: "small")
        }
        html += "</g>" + SVG.line(left, bottom, right, bottom, cls: "axis")
        html +=
            SVG.text(left, bottom + 14, increasing ? first : "run 1", cls: "small")
            + SVG.text(right, bottom + 14, increasing ? last : "run \(n)", anchor: "end", cls: "small")
        html += SVG.text(
            (left + right) / 2, bottom + 28, increasing ? "run date" : "run", anchor: "middle", cls: "small")
        if points.contains(where: { $0.ciLow != nil && $0.ciHigh != nil }) {
            var upper = ""
            var lower: [String] = []
            for index in drawn {
                let point = points[index]
                let x = SVG.coord(xs(times[index]))
                upper += (upper.isEmpty ? "M" : "L") + x + "," + SVG.coord(ys(point.ciHigh ?? point.value))
                lower.append("L" + x + "," + SVG.coord(ys(point.ciLow ?? point.value)))
            }
            html += "<path class=\"band\" d=\"\(upper)\(lower.reversed().joined())Z\"/>"
        }
        var line = ""
        line.reserveCapacity(drawn.count * 12)
        for index in drawn { line += SVG.coord(xs(times[index])) + "," + SVG.coord(ys(points[index].value)) + " " }
        html += "<polyline class=\"trend\" points=\"\(line)\"/>\n"
        for index in changePoints {
            let x = xs(times[index])
            let before = Self.segmentMean(points, from: changePoints.last(where: { $0 < index }) ?? 0, to: index)
            let after = Self.segmentMean(points, from: index, to: changePoints.first(where: { $0 > index }) ?? n)
            html +=
                "<g class=\"change-point\" data-index=\"\(index)\" data-run=\"\(escape(points[index].runID))\">"
                + SVG.line(x, top - 2, x, bottom, cls: "cp")
            html += SVG.text(x + 2, top + 6, "CP", cls: "small")
            html +=
                "<title>change point at run \(escape(points[index].runID)): mean \(SVG.value(before)) → \(SVG.value(after)) \(escape(series.unit))</title></g>"
        }
        for index in marked {
            let point = points[index]
            guard let verdict = point.verdict else { continue }
            let shape: SVG.Shape =
                switch verdict {
                case .regressed: .triangle
                case .improved: .triangleDown
                case .inconclusive: .diamond
                default: .cross
                }
            html += "<g class=\"verdict\" data-verdict=\"\(verdict.rawValue)\" data-run=\"\(escape(point.runID))\">"
            html += shape.element(xs(times[index]), ys(point.value), size: 4, cls: verdict.rawValue)
            html +=
                "<title>\(escape(point.runID)): \(SVG.value(point.value)) \(escape(series.unit)), \(verdictWord(verdict))</title></g>"
        }
        return html + "\n</svg></figure>\n"
    }

    private static func segmentMean(_ points: [TrendSeries.Point], from start: Int, to end: Int) -> Double? {
        guard start < end else { return nil }
        var sum = 0.0
        for index in start..<end { sum += points[index].value }
        return sum / Double(end - start)
    }
}
