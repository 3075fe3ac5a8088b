public import HILBenchCore
import HILBenchStats

/// Judges measured cases against a suite's requirements: a verdict per board × model on confidence bounds, the
/// margin on each requirement, cost of ownership, a ranking and its sensitivity. Pure: no I/O (docs/decision.md).
public enum PurchaseDecision {
    /// What a decision needs to know about a board besides its measurements.
    public struct Board: Sendable, Equatable {
        public var name: String
        public var priceUSD: Double?
        public var tdpWatts: Double?

        public init(name: String, priceUSD: Double?, tdpWatts: Double? = nil) {
            self.name = name
            self.priceUSD = priceUSD
            self.tdpWatts = tdpWatts
        }

        /// A price that can be ranked: present, finite and above zero (`price_usd: 0` means no price).
        var usablePrice: Double? { priceUSD.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } }
    }

    static let hoursPerYear = 24 * 365.25

    /// The decision over `results` (several runs already pooled, see `pool`).
    /// - Parameters:
    ///   - reference: the suite's accuracy reference precision (it meets an accuracy floor by definition).
    ///   - sensitivity: whether to add the ±20% scenarios.
    public static func decide(
        requirements: Requirements, results: [CaseResult], boards: [Board], reference: Precision = .fp32,
        sensitivity: Bool = true, notes: [String] = []
    ) -> Decision {
        let judged = judge(requirements: requirements, results: results, boards: boards, reference: reference)
        var decision = Decision(
            requirements: requirements, cost: requirements.cost ?? Requirements.Cost(),
            costIsDefault: requirements.cost == nil, models: judged, notes: notes)
        if results.contains(where: { $0.energy?.provenance == .simulated }) {
            decision.notes.append(
                "power and energy come from a simulated meter: their checks and the energy cost describe no real board")
        }
        if sensitivity {
            decision.sensitivity = scenarios(
                requirements: requirements, results: results, boards: boards, reference: reference, base: judged)
        }
        return decision
    }

    static func judge(
        requirements: Requirements, results: [CaseResult], boards: [Board], reference: Precision
    ) -> [Decision.ModelDecision] {
        let cost = requirements.cost ?? Requirements.Cost()
        let facts = Dictionary(boards.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let measured = results.filter { $0.status == .ok || $0.status == .accuracyFailed }
        var models: [String] = []
        for result in measured where !models.contains(result.key.model) { models.append(result.key.model) }
        return models.map { model in
            let onModel = measured.filter { $0.key.model == model }
            var targets: [String] = []
            for result in onModel where !targets.contains(result.key.target) { targets.append(result.key.target) }
            let verdicts = targets.map { target in
                let board = facts[target] ?? Board(name: target, priceUSD: nil)
                let configurations = onModel.filter { $0.key.target == target }.sorted { $0.key < $1.key }.map {
                    judge($0, requirements: requirements, board: board, cost: cost, reference: reference)
                }
                return boardVerdict(target: target, board: board, configurations: configurations)
            }
            return Decision.ModelDecision(model: model, boards: rank(verdicts))
        }
    }

    // MARK: - One configuration

    static func judge(
        _ result: CaseResult, requirements: Requirements, board: Board, cost: Requirements.Cost, reference: Precision
    ) -> Decision.ConfigurationJudgement {
        var checks: [Decision.Check] = []
        let sorted = result.latenciesNs.map { Double($0) / 1e6 }.sorted()
        for budget in requirements.latency {
            checks.append(latencyCheck(budget, sorted: sorted, result: result))
        }
        let energy = result.energy
        let meterBasis = energy.map {
            $0.provenance == .simulated ? "one meter window (simulated)" : "one meter window"
        }
        if let limit = requirements.averageWatts {
            checks.append(
                figure(
                    "power.avg_w", "average power", "W", .atMost, limit, energy?.averageWatts, basis: meterBasis,
                    missing: "no power figures (the board has no meter)"))
        }
        if let limit = requirements.peakWatts {
            checks.append(
                figure(
                    "power.peak_w", "peak power", "W", .atMost, limit, energy?.peakWatts, basis: meterBasis,
                    missing: "no power figures (the board has no meter)"))
        }
        if let limit = requirements.millijoulesPerInference {
            checks.append(
                figure(
                    "energy.mj_per_inference", "energy per inference", "mJ", .atMost, limit,
                    energy?.millijoulesPerInference, basis: meterBasis,
                    missing: "no energy figures (the board has no meter)"))
        }
        if let limit = requirements.peakMiB {
            let kib = result.memory.peakRSSKiB ?? result.memory.vmHWMKiB
            checks.append(
                figure(
                    "memory.peak_mib", "peak memory", "MiB", .atMost, limit, kib.map { Double($0) / 1024 },
                    basis: "highest resident set seen", missing: "no memory figures"))
        }
        if let floor = requirements.minCosine?.floor(for: result.key.precision) {
            if result.key.precision == reference {
                checks.append(
                    Decision.Check(
                        requirement: "accuracy.min_cosine", label: "cosine vs \(reference.rawValue)", unit: "",
                        direction: .atLeast, limit: floor, judged: 1, point: nil,
                        basis: "the reference precision itself",
                        outcome: .meets, margin: 1 - floor))
            } else {
                checks.append(
                    figure(
                        "accuracy.min_cosine", "cosine vs \(reference.rawValue)", "", .atLeast, floor,
                        result.accuracy?.cosineSimilarity, basis: "worst output against the reference",
                        missing: result.accuracyNote ?? "no accuracy figures"))
            }
        }
        if result.status == .accuracyFailed {
            let broken = result.accuracy?.limitsBroken ?? []
            checks.append(
                Decision.Check(
                    requirement: "accuracy.suite_limits", label: "suite accuracy limits", unit: "", direction: .atMost,
                    limit: 0, judged: nil, point: nil, basis: "the suite's accuracy: limits", outcome: .misses,
                    margin: nil,
                    note: broken.isEmpty ? "outside the suite's accuracy limits" : broken.joined(separator: "; ")))
        }
        if let limit = requirements.inferencesPerSecond {
            checks.append(throughputCheck(limit, sorted: sorted, result: result))
        }
        if let ceiling = cost.maxPriceUSD, requirements.cost != nil {
            if let price = board.usablePrice {
                checks.append(
                    figure(
                        "cost.price_usd", "board price", "USD", .atMost, ceiling, price, basis: "board price",
                        missing: ""))
            } else {
                checks.append(
                    Decision.Check(
                        requirement: "cost.price_usd", label: "board price", unit: "USD", direction: .atMost,
                        limit: ceiling, judged: nil, point: nil, basis: "board price", outcome: .noData, margin: nil,
                        note: "the board has no price (chip.price_usd in its target file)", blocks: false))
            }
        }
        let verdict: Decision.Verdict =
            checks.contains { $0.outcome == .misses }
            ? .fails
            : checks.contains { $0.blocks && ($0.outcome == .notEnoughData || $0.outcome == .noData) }
                ? .notEnoughData : .qualifies
        return Decision.ConfigurationJudgement(
            key: result.key, verdict: verdict, checks: checks,
            ownership: ownership(result, board: board, cost: cost, sorted: sorted))
    }

    static func latencyCheck(
        _ budget: Requirements.LatencyBudget, sorted: [Double], result: CaseResult
    ) -> Decision.Check {
        let id = "latency.p\(budget.percentile)"
        let label = "p\(budget.percentile) latency"
        let fraction = Double(budget.percentile) / 100
        let need = Requirements.minimumSamples(percentile: budget.percentile)
        guard !sorted.isEmpty else {
            let note =
                result.reported != nil
                ? "the tool printed only summary figures: no per-iteration samples to bound p\(budget.percentile) with"
                : "no latency samples"
            return Decision.Check(
                requirement: id, label: label, unit: "ms", direction: .atMost, limit: budget.maxMs, judged: nil,
                point: nil, basis: "95% upper bound", outcome: .notEnoughData, margin: nil, need: need, note: note)
        }
        let point = Quantile.type7(sorted: sorted, fraction)
        guard let bound = OrderStatistics.upperBound(sorted: sorted, fraction: fraction, level: Requirements.confidence)
        else {
            return Decision.Check(
                requirement: id, label: label, unit: "ms", direction: .atMost, limit: budget.maxMs, judged: nil,
                point: point, basis: "95% upper bound", outcome: .notEnoughData, margin: nil, need: need,
                note: "not enough data: \(sorted.count) samples; a 95% bound of p\(budget.percentile) needs \(need)")
        }
        return Decision.Check(
            requirement: id, label: label, unit: "ms", direction: .atMost, limit: budget.maxMs, judged: bound,
            point: point, basis: "95% upper bound (n = \(sorted.count))",
            outcome: bound <= budget.maxMs ? .meets : .misses, margin: budget.maxMs - bound)
    }

    /// One stream's throughput, judged on its lower bound: 1000 / the 95% upper bound of the mean latency.
    static func throughputCheck(_ limit: Double, sorted: [Double], result: CaseResult) -> Decision.Check {
        let id = "throughput.inferences_per_s"
        let label = "throughput"
        guard let upperMean = OrderStatistics.meanUpperBound(sorted, level: Requirements.confidence), upperMean > 0
        else {
            return Decision.Check(
                requirement: id, label: label, unit: "/s", direction: .atLeast, limit: limit, judged: nil, point: nil,
                basis: "95% lower bound", outcome: .notEnoughData, margin: nil, need: 2,
                note: result.reported != nil ? "the tool printed only summary figures" : "fewer than 2 latency samples")
        }
        let bound = 1000 / upperMean
        let point = 1000 / (sorted.reduce(0, +) / Double(sorted.count))
        return Decision.Check(
            requirement: id, label: label, unit: "/s", direction: .atLeast, limit: limit, judged: bound, point: point,
            basis: "95% lower bound (1000 / upper bound of the mean, n = \(sorted.count))",
            outcome: bound >= limit ? .meets : .misses, margin: bound - limit)
    }

    /// A single measured figure (no interval exists for it) against a limit.
    static func figure(
        _ id: String, _ label: String, _ unit: String, _ direction: Decision.Check.Direction, _ limit: Double,
        _ value: Double?, basis: String?, missing: String
    ) -> Decision.Check {
        guard let value, value.isFinite else {
            return Decision.Check(
                requirement: id, label: label, unit: unit, direction: direction, limit: limit, judged: nil, point: nil,
                basis: basis ?? "", outcome: .noData, margin: nil, note: missing)
        }
        let margin = direction == .atMost ? limit - value : value - limit
        return Decision.Check(
            requirement: id, label: label, unit: unit, direction: direction, limit: limit, judged: value, point: nil,
            basis: basis ?? "", outcome: margin >= 0 ? .meets : .misses, margin: margin)
    }

    // MARK: - Cost of ownership

    /// Price plus electricity: active power for `dutyCycle` of the time, idle power for the rest, over `years`.
    /// Measured power where there is a meter (the idle baseline when it was measured, else none), else the chip's TDP
    /// for the active share.
    static func ownership(
        _ result: CaseResult, board: Board, cost: Requirements.Cost, sorted: [Double]
    ) -> Decision.Ownership {
        var active: Double?
        var idle: Double?
        var source: String
        if let energy = result.energy, energy.averageWatts.isFinite {
            active = energy.averageWatts
            idle = energy.baselineWatts ?? 0
            source =
                (energy.provenance == .simulated ? "simulated meter" : "meter")
                + (energy.baselineWatts == nil ? " (idle not measured: counted as 0 W)" : "")
        } else if let tdp = board.tdpWatts, tdp.isFinite, tdp > 0 {
            active = tdp
            idle = 0
            source = "chip TDP (no meter; idle counted as 0 W)"
        } else {
            source = "no power figure: energy not counted"
        }
        var kwh: Double?
        var energyUSD: Double?
        if let active, let idle {
            let averageWatts = cost.dutyCycle * active + (1 - cost.dutyCycle) * idle
            kwh = averageWatts * hoursPerYear * cost.years / 1000
            energyUSD = kwh.map { $0 * cost.kwhUSD }
        }
        let throughput = sorted.isEmpty ? nil : 1000 / (sorted.reduce(0, +) / Double(sorted.count))
        let total = board.usablePrice.map { $0 + (energyUSD ?? 0) }
        let perThousand = total.flatMap { total in throughput.map { total / ($0 / 1000) } }
        return Decision.Ownership(
            priceUSD: board.usablePrice, activeWatts: active, idleWatts: idle, powerSource: source, energyKWh: kwh,
            energyUSD: energyUSD, totalUSD: total, inferencesPerSecond: throughput,
            perThousandPerSecondUSD: perThousand)
    }

    // MARK: - A board

    static func boardVerdict(
        target: String, board: Board, configurations: [Decision.ConfigurationJudgement]
    ) -> Decision.BoardVerdict {
        let ordered = configurations.sorted(by: better)
        let best = ordered.first
        let verdict = best?.verdict ?? .notEnoughData
        return Decision.BoardVerdict(
            target: target, priceUSD: board.usablePrice, verdict: verdict, rank: nil, best: best,
            configurations: ordered, summary: summary(verdict: verdict, ordered: ordered, board: board))
    }

    /// Whether configuration `a` is better than `b`: qualifying before not-enough-data before failing; among
    /// qualifying, cheaper to own (then faster); among the others, fewer misses and the smaller first miss.
    static func better(_ a: Decision.ConfigurationJudgement, _ b: Decision.ConfigurationJudgement) -> Bool {
        func order(_ verdict: Decision.Verdict) -> Int {
            switch verdict {
            case .qualifies: 0
            case .notEnoughData: 1
            case .fails: 2
            }
        }
        if order(a.verdict) != order(b.verdict) { return order(a.verdict) < order(b.verdict) }
        if a.verdict == .qualifies {
            let costA = a.ownership?.energyUSD ?? .infinity
            let costB = b.ownership?.energyUSD ?? .infinity
            if costA != costB { return costA < costB }
            let speedA = a.ownership?.inferencesPerSecond ?? 0
            let speedB = b.ownership?.inferencesPerSecond ?? 0
            if speedA != speedB { return speedA > speedB }
            return a.key < b.key
        }
        let missesA = a.checks.filter { $0.outcome == .misses }.count
        let missesB = b.checks.filter { $0.outcome == .misses }.count
        if missesA != missesB { return missesA < missesB }
        let shortA = relativeShortfall(a)
        let shortB = relativeShortfall(b)
        if shortA != shortB { return shortA < shortB }
        return a.key < b.key
    }

    /// How far past its limit the worst missed requirement is, as a fraction of the limit.
    static func relativeShortfall(_ judgement: Decision.ConfigurationJudgement) -> Double {
        judgement.checks.filter { $0.outcome == .misses }.map { check in
            guard let used = check.usedFraction else { return Double.infinity }
            return used - 1
        }.max() ?? 0
    }

    static func summary(
        verdict: Decision.Verdict, ordered: [Decision.ConfigurationJudgement], board: Board
    ) -> String {
        guard let best = ordered.first else { return "no measured configuration" }
        switch verdict {
        case .qualifies:
            let margins = best.checks.filter { $0.outcome == .meets && $0.requirement != "cost.price_usd" }
                .compactMap { check -> (Decision.Check, Double)? in check.usedFraction.map { (check, $0) } }
                .max { $0.1 < $1.1 }
            var text = "qualifies with \(best.label)"
            if let (tightest, _) = margins, let margin = tightest.margin {
                text += "; tightest: \(tightest.label) with \(describe(margin, tightest.unit)) to spare"
            }
            if board.usablePrice == nil { text += "; no price: ranked apart" }
            return text
        case .notEnoughData:
            if let check = best.firstUnjudged {
                if check.outcome == .notEnoughData, let need = check.need {
                    return
                        "not enough data for \(check.label) at \(best.label): run at least \(need) iterations"
                        + (check.note.map { " (\($0))" } ?? "")
                }
                return "\(check.label) not judged at \(best.label): \(check.note ?? "no figure")"
            }
            return "not enough data"
        case .fails:
            var parts: [String] = []
            for configuration in ordered.prefix(3) {
                guard let failure = configuration.firstFailure else {
                    parts.append(
                        "\(configuration.label) \(configuration.verdict == .qualifies ? "qualifies" : "lacks data")")
                    continue
                }
                let met = configuration.checks.prefix { $0.outcome == .meets }.map(\.label)
                var miss = "misses \(failure.label)"
                if let margin = failure.margin {
                    miss += " by \(describe(-margin, failure.unit))"
                } else if let note = failure.note {
                    miss += " (\(note))"
                }
                let text =
                    !met.isEmpty && configuration != ordered.first
                    ? "\(configuration.label) meets \(met.joined(separator: ", ")) but \(miss)"
                    : "\(miss) at \(configuration.label)"
                parts.append(text)
            }
            if ordered.count > 3 { parts.append("\(ordered.count - 3) more configurations fail") }
            return parts.joined(separator: "; ")
        }
    }

    /// `4.1 ms`, `0.012`, `35 USD`: a margin with a sensible number of digits.
    public static func describe(_ value: Double, _ unit: String) -> String {
        let magnitude = abs(value)
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.01 ? 3 : 5
        let text = formatted(value, digits: digits)
        return unit.isEmpty ? text : "\(text) \(unit)"
    }

    static func formatted(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), !text.contains("e") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }

    // MARK: - Ranking

    /// Qualifying boards with a price by cost of ownership (ties: cost per 1,000 inferences/s, then name), then
    /// qualifying boards without one, then not enough data, then failing (nearest first).
    static func rank(_ verdicts: [Decision.BoardVerdict]) -> [Decision.BoardVerdict] {
        let priced = verdicts.filter { $0.verdict == .qualifies && $0.priceUSD != nil }.sorted { a, b in
            let totalA = a.best?.ownership?.totalUSD ?? .infinity
            let totalB = b.best?.ownership?.totalUSD ?? .infinity
            if totalA != totalB { return totalA < totalB }
            let perA = a.best?.ownership?.perThousandPerSecondUSD ?? .infinity
            let perB = b.best?.ownership?.perThousandPerSecondUSD ?? .infinity
            if perA != perB { return perA < perB }
            return a.target < b.target
        }
        let unpriced = verdicts.filter { $0.verdict == .qualifies && $0.priceUSD == nil }.sorted { a, b in
            let energyA = a.best?.ownership?.energyUSD ?? .infinity
            let energyB = b.best?.ownership?.energyUSD ?? .infinity
            return energyA != energyB ? energyA < energyB : a.target < b.target
        }
        let unjudged = verdicts.filter { $0.verdict == .notEnoughData }.sorted { $0.target < $1.target }
        let failing = verdicts.filter { $0.verdict == .fails }.sorted { a, b in
            switch (a.best, b.best) {
            case (let x?, let y?): return better(x, y)
            default: return a.target < b.target
            }
        }
        var ranked = priced
        for index in ranked.indices { ranked[index].rank = index + 1 }
        return ranked + unpriced + unjudged + failing
    }
}
