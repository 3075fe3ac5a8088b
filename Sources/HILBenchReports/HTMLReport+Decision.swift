import HILBenchAnalysis
import HILBenchCore

extension HTMLReport {
    /// The Decision section, at the top: boards that qualify ranked by cost of ownership, why the others do not,
    /// the margin chart (each requirement's judged figure against its limit, per board) and the sensitivity.
    static func decision(_ decision: Decision) -> String {
        var html = "<section id=\"decision\"><h2>Decision</h2>\n"
        html +=
            "<p id=\"requirements\">Requirements: \(escape(DecisionFormat.requirementsLine(decision.requirements)))</p>\n"
        html +=
            "<p class=\"muted\">Latency budgets are judged on the one-sided 95% upper confidence bound of the percentile "
            + "(distribution-free, from order statistics), throughput on the 95% lower bound; power, energy and memory "
            + "on the measured figure. Cost of ownership: board price + energy at \(escape(DecisionFormat.costLine(decision))). "
            + "Boards without a price are ranked apart.</p>\n"
        for (index, model) in decision.models.enumerated() {
            html += "<h3>\(escape(model.model))</h3>\n"
            if let choice = model.choice, let best = choice.best {
                html +=
                    "<p class=\"choice\">Choice: <strong>\(escape(choice.target))</strong> with \(escape(best.label))"
                    + " — \(escape(money(best.ownership?.totalUSD))) USD to own</p>\n"
            } else {
                html += "<p class=\"choice\">No board with a price qualifies.</p>\n"
            }
            html +=
                "<div class=\"scroll\"><table id=\"decision-m\(index)\" class=\"decision\" data-model=\"\(escape(model.model))\"><thead><tr>"
                + "<th>Rank</th><th class=\"l\">Board</th><th class=\"l\">Verdict</th><th class=\"l\">Configuration</th>"
                + "<th>Price (USD)</th><th>Energy (USD)</th><th>Cost of ownership (USD)</th><th>USD per 1000/s</th>"
                + "<th class=\"l\">Why</th></tr></thead><tbody>\n"
            for board in model.boards {
                let ownership = board.best?.ownership
                html +=
                    "<tr class=\"verdict-\(board.verdict.rawValue)\" data-board=\"\(escape(board.target))\" data-verdict=\"\(board.verdict.rawValue)\">"
                html += "<td>\(board.rank.map(String.init) ?? "–")</td><td class=\"l\">\(escape(board.target))</td>"
                html += "<td class=\"l\">\(escape(DecisionFormat.verdictText(board)))</td>"
                html += "<td class=\"l\">\(escape(board.best?.label ?? "–"))</td>"
                html +=
                    "<td>\(board.priceUSD == nil ? "<span class=\"muted\">no price</span>" : money(board.priceUSD))</td>"
                html += "<td>\(money(ownership?.energyUSD))</td><td>\(money(ownership?.totalUSD))</td>"
                html += "<td>\(money(ownership?.perThousandPerSecondUSD))</td>"
                html += "<td class=\"l wrap\">\(escape(board.summary))</td></tr>\n"
            }
            html += "</tbody></table></div>\n"
            html += marginChart(model, index: index)
            html += marginTable(model)
        }
        if !decision.sensitivity.isEmpty {
            html += "<h3 id=\"sensitivity\">Sensitivity</h3>\n"
            html +=
                "<p class=\"muted\">Each requirement moved by ±20% (and the prices): the verdicts that flip show how "
                + "fragile the choice is.</p>\n<ul class=\"sensitivity\">\n"
            for scenario in decision.sensitivity {
                let flips = scenario.flips.isEmpty && scenario.choiceChanges.isEmpty ? "" : " class=\"flips\""
                html +=
                    "<li\(flips)>\(escape(scenario.name)): \(escape(DecisionFormat.scenarioText(scenario)))</li>\n"
            }
            html += "</ul>\n"
        }
        if !decision.notes.isEmpty {
            html += "<ul class=\"notes\">" + decision.notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    private static func money(_ value: Double?) -> String { DecisionFormat.money(value) }

    /// One bar per board × judged requirement: the share of the limit its judged figure uses (100%: at the limit).
    static func marginChart(_ model: Decision.ModelDecision, index: Int) -> String {
        var bars: [(board: String, check: Decision.Check, used: Double)] = []
        for board in model.boards {
            for check in board.best?.checks ?? [] {
                if let used = check.usedFraction, used.isFinite { bars.append((board.target, check, used)) }
            }
        }
        guard !bars.isEmpty else { return "<p class=\"muted\">No requirement could be judged: no margin chart.</p>\n" }
        let labelWidth = 300.0
        let plotWidth = 420.0
        let rowHeight = 20.0
        let top = 26.0
        let height = top + Double(bars.count) * rowHeight + 24
        let width = labelWidth + plotWidth + 120
        let maximum = max(1.25, min(4, (bars.map(\.used).max() ?? 1) * 1.05))
        let x = { (used: Double) in labelWidth + min(used, maximum) / maximum * plotWidth }
        let id = "margins-m\(index)"
        var svg = SVG.open(
            id: id, width: width, height: height, title: "Margins — \(model.model)",
            desc:
                "Share of each requirement's limit used by each board's best configuration (judged on its bound); "
                + "the line at 100% is the limit, bars past it miss.", attributes: "data-chart=\"margins\"")
        svg += SVG.text(labelWidth, 14, "share of the limit used (bound / limit)", cls: "small")
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            let outcome = bar.check.outcome == .meets ? "meets" : "misses"
            svg +=
                "<g class=\"margin \(outcome)\" data-board=\"\(escape(bar.board))\" data-requirement=\"\(escape(bar.check.requirement))\" data-used=\"\(SVG.raw(bar.used))\">"
            svg += SVG.text(labelWidth - 6, y + 13, "\(bar.board) · \(bar.check.label)", anchor: "end", cls: "small")
            svg +=
                "<rect x=\"\(SVG.coord(labelWidth))\" y=\"\(SVG.coord(y + 3))\" width=\"\(SVG.coord(max(1, x(bar.used) - labelWidth)))\" height=\"\(SVG.coord(rowHeight - 6))\"/>"
            let margin = bar.check.margin.map { PurchaseDecision.describe($0, bar.check.unit) } ?? ""
            svg += SVG.text(
                x(bar.used) + 4, y + 13, "\(Int((bar.used * 100).rounded()))%  (margin \(margin))", cls: "small")
            svg += "</g>\n"
        }
        svg += SVG.line(x(1), top - 4, x(1), top + Double(bars.count) * rowHeight + 2, cls: "limit")
        svg += SVG.text(x(1), top + Double(bars.count) * rowHeight + 16, "limit", anchor: "middle", cls: "small")
        svg += "</svg>"
        return
            "<figure>\(svg)<figcaption>Margins of each board's best configuration for \(escape(model.model)).</figcaption></figure>\n"
    }

    /// The figures behind the chart, including the requirements that could not be judged.
    static func marginTable(_ model: Decision.ModelDecision) -> String {
        var html =
            "<details><summary>Every requirement of every configuration</summary><div class=\"scroll\"><table class=\"margins\"><thead><tr>"
            + "<th class=\"l\">Board</th><th class=\"l\">Configuration</th><th class=\"l\">Requirement</th><th>Limit</th>"
            + "<th>Judged</th><th>Point</th><th class=\"l\">Basis</th><th>Margin</th><th class=\"l\">Outcome</th></tr></thead><tbody>\n"
        for board in model.boards {
            for configuration in board.configurations {
                for check in configuration.checks {
                    html += "<tr class=\"\(check.outcome.rawValue)\"><td class=\"l\">\(escape(board.target))</td>"
                    html +=
                        "<td class=\"l\">\(escape(configuration.label))</td><td class=\"l\">\(escape(check.label))</td>"
                    html += "<td>\(escape(DecisionFormat.limitText(check)))</td>"
                    html += "<td>\(escape(check.judged.map { PurchaseDecision.describe($0, check.unit) } ?? "–"))</td>"
                    html += "<td>\(escape(check.point.map { PurchaseDecision.describe($0, check.unit) } ?? "–"))</td>"
                    html += "<td class=\"l\">\(escape(check.basis))</td>"
                    html += "<td>\(escape(check.margin.map { PurchaseDecision.describe($0, check.unit) } ?? "–"))</td>"
                    html += "<td class=\"l\">\(escape(DecisionFormat.outcomeText(check)))</td></tr>\n"
                }
            }
        }
        return html + "</tbody></table></div></details>\n"
    }
}
