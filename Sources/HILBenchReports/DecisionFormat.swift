import Foundation
public import HILBenchAnalysis
public import HILBenchCore

/// `hilbench choose` output: the decision table as text, Markdown, JSON or CSV.
public enum DecisionFormat {
    public enum Format: String, Sendable, CaseIterable { case text, markdown, json, csv }

    public static func render(_ decision: Decision, format: Format) -> String {
        switch format {
        case .json:
            let data = (try? HILBenchJSON.encoder(pretty: true).encode(decision)) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        case .csv: return csv(decision)
        case .text, .markdown: return table(decision, markdown: format == .markdown)
        }
    }

    /// The requirements in one line: `p99 latency ≤ 30 ms · average power ≤ 5 W · …`.
    public static func requirementsLine(_ requirements: Requirements) -> String {
        var parts = requirements.latency.map { "p\($0.percentile) latency ≤ \(number($0.maxMs)) ms" }
        if let v = requirements.averageWatts { parts.append("average power ≤ \(number(v)) W") }
        if let v = requirements.peakWatts { parts.append("peak power ≤ \(number(v)) W") }
        if let v = requirements.millijoulesPerInference { parts.append("energy ≤ \(number(v)) mJ/inference") }
        if let v = requirements.peakMiB { parts.append("peak memory ≤ \(number(v)) MiB") }
        if let floor = requirements.minCosine {
            var text = floor.all.map { "cosine ≥ \(number($0))" } ?? ""
            let each = floor.byPrecision.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) ≥ \(number($0.value))" }
            if !each.isEmpty { text += (text.isEmpty ? "cosine " : ", ") + each.joined(separator: ", ") }
            parts.append(text)
        }
        if let v = requirements.inferencesPerSecond { parts.append("throughput ≥ \(number(v))/s") }
        if let v = requirements.cost?.maxPriceUSD { parts.append("price ≤ \(number(v)) USD") }
        return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }

    /// `0.25 USD/kWh · duty cycle 50% · 3 years`.
    public static func costLine(_ decision: Decision) -> String {
        let cost = decision.cost
        return
            "\(number(cost.kwhUSD)) USD/kWh · duty cycle \(number(cost.dutyCycle * 100))% · \(number(cost.years)) years"
            + (decision.costIsDefault ? " (defaults: the suite has no cost:)" : "")
    }

    /// A limit as written: `30`, `0.25`, `0.999` (no padding zeros).
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = PurchaseDecision.describe(value, "")
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func money(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.2f", value)
    }

    static func verdictText(_ board: Decision.BoardVerdict) -> String {
        switch board.verdict {
        case .qualifies: board.priceUSD == nil ? "qualifies (no price)" : "qualifies"
        case .fails: "fails"
        case .notEnoughData: "not enough data"
        }
    }

    /// One line per board and model, the margins of each board's best configuration, the sensitivity and notes.
    static func table(_ decision: Decision, markdown: Bool) -> String {
        var out = markdown ? "## Decision\n\n" : "Decision\n"
        out += "requirements: \(requirementsLine(decision.requirements))\n"
        out += "cost of ownership: price + energy at \(costLine(decision))\n"
        for model in decision.models {
            out += markdown ? "\n### \(model.model)\n\n" : "\nmodel \(model.model)\n"
            var rows = [
                [
                    "rank", "board", "verdict", "configuration", "price USD", "energy USD", "cost of ownership USD",
                    "USD per 1000/s", "why",
                ]
            ]
            for board in model.boards {
                let ownership = board.best?.ownership
                rows.append([
                    board.rank.map(String.init) ?? "–", board.target, verdictText(board), board.best?.label ?? "–",
                    money(board.priceUSD), money(ownership?.energyUSD), money(ownership?.totalUSD),
                    money(ownership?.perThousandPerSecondUSD), board.summary,
                ])
            }
            out += RunComparisonFormat.table(rows, markdown: markdown)
            out += markdown ? "\nMargins of each board's best configuration:\n\n" : "\nmargins (best configuration)\n"
            var margins = [["board", "configuration", "requirement", "limit", "judged", "basis", "margin", "outcome"]]
            for board in model.boards {
                guard let best = board.best else { continue }
                for check in best.checks {
                    margins.append([
                        board.target, best.label, check.label, limitText(check),
                        check.judged.map { PurchaseDecision.describe($0, check.unit) } ?? "–", check.basis,
                        check.margin.map { PurchaseDecision.describe($0, check.unit) } ?? "–", outcomeText(check),
                    ])
                }
            }
            out += RunComparisonFormat.table(margins, markdown: markdown)
        }
        if !decision.sensitivity.isEmpty {
            out += markdown ? "\n### Sensitivity (±20%)\n\n" : "\nsensitivity (±20%)\n"
            for scenario in decision.sensitivity {
                out += (markdown ? "- " : "  ") + "\(scenario.name): \(scenarioText(scenario))\n"
            }
        }
        if !decision.notes.isEmpty {
            out += markdown ? "\n" : "\nnotes\n"
            for note in decision.notes { out += (markdown ? "- " : "  ") + note + "\n" }
        }
        return out
    }

    static func limitText(_ check: Decision.Check) -> String {
        (check.direction == .atMost ? "≤ " : "≥ ") + PurchaseDecision.describe(check.limit, check.unit)
    }

    static func outcomeText(_ check: Decision.Check) -> String {
        switch check.outcome {
        case .meets: "meets"
        case .misses: "misses" + (check.note.map { ": \($0)" } ?? "")
        case .notEnoughData: "not enough data" + (check.need.map { ": needs \($0) iterations" } ?? "")
        case .noData: "no data" + (check.note.map { ": \($0)" } ?? "")
        }
    }

    /// `slow qualifies → fails; choice slow → fast`, or `no verdict flips`.
    public static func scenarioText(_ scenario: Decision.Scenario) -> String {
        var parts = scenario.flips.map { flip in
            "\(flip.target) (\(flip.model)) \(flip.from.rawValue) → \(flip.to.rawValue)"
        }
        parts += scenario.choiceChanges.map { change in
            "choice for \(change.model): \(change.from ?? "none") → \(change.to ?? "none")"
        }
        return parts.isEmpty ? "no verdict flips" : parts.joined(separator: "; ")
    }

    /// One row per configuration × requirement (tidy), with the board's verdict, rank and cost on every row.
    static func csv(_ decision: Decision) -> String {
        var out = CSV.line([
            "model", "target", "board_verdict", "rank", "price_usd", "best", "configuration", "runtime", "precision",
            "threads", "batch", "configuration_verdict", "requirement", "limit", "direction", "judged", "point",
            "basis", "outcome", "margin", "need", "energy_usd", "total_usd", "usd_per_1000_per_s",
        ])
        for model in decision.models {
            for board in model.boards {
                for configuration in board.configurations {
                    let ownership = configuration.ownership
                    let common = [
                        model.model, board.target, board.verdict.rawValue, CSV.number(board.rank),
                        CSV.number(board.priceUSD), configuration == board.best ? "true" : "false", configuration.label,
                        configuration.key.runtime.rawValue, configuration.key.precision.rawValue,
                        String(configuration.key.threads), String(configuration.key.batch),
                        configuration.verdict.rawValue,
                    ]
                    let cost = [
                        CSV.number(ownership?.energyUSD), CSV.number(ownership?.totalUSD),
                        CSV.number(ownership?.perThousandPerSecondUSD),
                    ]
                    if configuration.checks.isEmpty {
                        out += CSV.line(common + Array(repeating: "", count: 9) + cost)
                    }
                    for check in configuration.checks {
                        out += CSV.line(
                            common + [
                                check.requirement, CSV.number(check.limit), check.direction.rawValue,
                                CSV.number(check.judged), CSV.number(check.point), check.basis, check.outcome.rawValue,
                                CSV.number(check.margin), CSV.number(check.need),
                            ] + cost)
                    }
                }
            }
        }
        return out
    }
}
