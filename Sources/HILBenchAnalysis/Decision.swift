public import HILBenchCore

/// A purchase decision: which boards meet the suite's requirements, with which configuration, and what each costs to
/// own. Built by `PurchaseDecision.decide`; rendered by `hilbench choose` and the report's Decision section.
public struct Decision: Sendable, Codable, Equatable {
    public var requirements: Requirements
    /// The cost parameters used (the suite's, or the defaults when it names none).
    public var cost: Requirements.Cost
    /// Whether `cost` is the defaults, not the suite's.
    public var costIsDefault: Bool
    /// One decision per model, in the order the models first appear.
    public var models: [ModelDecision]
    /// How the verdicts change when a requirement or the prices move.
    public var sensitivity: [Scenario]
    /// Remarks on the data (runs pooled or set aside, simulated meters).
    public var notes: [String]

    public init(
        requirements: Requirements, cost: Requirements.Cost, costIsDefault: Bool, models: [ModelDecision],
        sensitivity: [Scenario] = [], notes: [String] = []
    ) {
        self.requirements = requirements
        self.cost = cost
        self.costIsDefault = costIsDefault
        self.models = models
        self.sensitivity = sensitivity
        self.notes = notes
    }

    /// A verdict on a board or one of its configurations.
    public enum Verdict: String, Sendable, Codable, Equatable {
        /// Every requirement met on its bound.
        case qualifies
        /// At least one requirement missed.
        case fails
        /// Nothing missed, but at least one requirement could not be judged (too few samples, no figure).
        case notEnoughData = "not_enough_data"
    }

    /// The boards measured with one model, ranked: qualifying boards with a price by cost of ownership, then
    /// qualifying boards without a price (ranked apart), then boards without enough data, then those that fail.
    public struct ModelDecision: Sendable, Codable, Equatable {
        public var model: String
        public var boards: [BoardVerdict]

        public init(model: String, boards: [BoardVerdict]) {
            self.model = model
            self.boards = boards
        }

        /// The cheapest qualifying board with a price, if any.
        public var choice: BoardVerdict? { boards.first { $0.verdict == .qualifies && $0.rank != nil } }
    }

    /// One board's verdict for one model: its best configuration and every configuration judged.
    public struct BoardVerdict: Sendable, Codable, Equatable {
        public var target: String
        public var priceUSD: Double?
        public var verdict: Verdict
        /// 1-based rank by cost of ownership among qualifying boards with a price; nil otherwise.
        public var rank: Int?
        /// The configuration the verdict rests on: the cheapest to own that qualifies, else the one nearest to it.
        public var best: ConfigurationJudgement?
        /// Every configuration measured on the board, best first.
        public var configurations: [ConfigurationJudgement]
        /// In words: what qualifies, or what fails first and by how much.
        public var summary: String

        public init(
            target: String, priceUSD: Double?, verdict: Verdict, rank: Int?, best: ConfigurationJudgement?,
            configurations: [ConfigurationJudgement], summary: String
        ) {
            self.target = target
            self.priceUSD = priceUSD
            self.verdict = verdict
            self.rank = rank
            self.best = best
            self.configurations = configurations
            self.summary = summary
        }
    }

    /// One configuration (runtime × precision × threads × batch) on a board, judged requirement by requirement.
    public struct ConfigurationJudgement: Sendable, Codable, Equatable {
        public var key: CaseKey
        public var verdict: Verdict
        public var checks: [Check]
        public var ownership: Ownership?

        public init(key: CaseKey, verdict: Verdict, checks: [Check], ownership: Ownership?) {
            self.key = key
            self.verdict = verdict
            self.checks = checks
            self.ownership = ownership
        }

        /// `reference int8 t1` (batch added when not 1).
        public var label: String {
            "\(key.runtime.rawValue) \(key.precision.rawValue) t\(key.threads)"
                + (key.batch == 1 ? "" : " b\(key.batch)")
        }

        /// The first requirement missed, in the order of the requirements block.
        public var firstFailure: Check? { checks.first { $0.outcome == .misses } }
        /// The first requirement that could not be judged and blocks the verdict.
        public var firstUnjudged: Check? { checks.first { $0.blocks && $0.outcome != .misses } }
    }

    /// One requirement against one configuration.
    public struct Check: Sendable, Codable, Equatable {
        public enum Direction: String, Sendable, Codable, Equatable {
            case atMost = "at_most"
            case atLeast = "at_least"
        }

        public enum Outcome: String, Sendable, Codable, Equatable {
            case meets
            case misses
            /// Too few samples for the bound; `need` says how many iterations would do.
            case notEnoughData = "not_enough_data"
            /// No figure to judge (no meter, no accuracy figures, no price).
            case noData = "no_data"
        }

        /// `latency.p99`, `power.avg_w`, `power.peak_w`, `energy.mj_per_inference`, `memory.peak_mib`,
        /// `accuracy.min_cosine`, `accuracy.suite_limits`, `throughput.inferences_per_s`, `cost.price_usd`.
        public var requirement: String
        /// `p99 latency`, `average power`, …
        public var label: String
        public var unit: String
        public var direction: Direction
        public var limit: Double
        /// The figure judged: a confidence bound where there is one, else the measured figure.
        public var judged: Double?
        /// The point estimate, when `judged` is a bound.
        public var point: Double?
        /// What `judged` is: `95% upper bound (n = 320)`, `one meter window (simulated)`, `board price`.
        public var basis: String
        public var outcome: Outcome
        /// Headroom in `unit`: positive when met, negative when missed (limit − judged, or judged − limit for an
        /// at-least requirement); nil when not judged.
        public var margin: Double?
        /// Iterations that would support the bound (`notEnoughData` only).
        public var need: Int?
        /// Why there is no figure, or what qualifies it.
        public var note: String?
        /// Whether this requirement blocks a verdict when it cannot be judged (a missing price does not: such a board
        /// is ranked apart).
        public var blocks: Bool

        public init(
            requirement: String, label: String, unit: String, direction: Direction, limit: Double, judged: Double?,
            point: Double?, basis: String, outcome: Outcome, margin: Double?, need: Int? = nil, note: String? = nil,
            blocks: Bool = true
        ) {
            self.requirement = requirement
            self.label = label
            self.unit = unit
            self.direction = direction
            self.limit = limit
            self.judged = judged
            self.point = point
            self.basis = basis
            self.outcome = outcome
            self.margin = margin
            self.need = need
            self.note = note
            self.blocks = blocks
        }

        /// The share of the limit used, for the margin chart: judged / limit (at most) or limit / judged (at least);
        /// for a cosine floor, the error 1 − cosine against the error the floor allows. Above 1: missed.
        public var usedFraction: Double? {
            guard let judged, outcome == .meets || outcome == .misses else { return nil }
            if requirement == "accuracy.min_cosine" {
                let allowed = 1 - limit
                let error = 1 - judged
                if allowed <= 0 { return error <= 0 ? 1 : 2 }
                return max(0, error) / allowed
            }
            switch direction {
            case .atMost: return limit > 0 ? judged / limit : nil
            case .atLeast: return judged > 0 ? limit / judged : nil
            }
        }
    }

    /// What a board costs to own with one configuration: its price and the energy over the stated years.
    public struct Ownership: Sendable, Codable, Equatable {
        public var priceUSD: Double?
        /// Power while inferring and while idle (W), and where they came from.
        public var activeWatts: Double?
        public var idleWatts: Double?
        public var powerSource: String
        public var energyKWh: Double?
        public var energyUSD: Double?
        /// Price plus energy; nil without a price.
        public var totalUSD: Double?
        /// Inferences per second of one stream (the capacity the cost buys).
        public var inferencesPerSecond: Double?
        /// `totalUSD` per 1,000 inferences per second of capacity.
        public var perThousandPerSecondUSD: Double?

        public init(
            priceUSD: Double?, activeWatts: Double?, idleWatts: Double?, powerSource: String, energyKWh: Double?,
            energyUSD: Double?, totalUSD: Double?, inferencesPerSecond: Double?, perThousandPerSecondUSD: Double?
        ) {
            self.priceUSD = priceUSD
            self.activeWatts = activeWatts
            self.idleWatts = idleWatts
            self.powerSource = powerSource
            self.energyKWh = energyKWh
            self.energyUSD = energyUSD
            self.totalUSD = totalUSD
            self.inferencesPerSecond = inferencesPerSecond
            self.perThousandPerSecondUSD = perThousandPerSecondUSD
        }
    }

    /// One "what if": a requirement or the prices moved, and the board verdicts that flip.
    public struct Scenario: Sendable, Codable, Equatable {
        /// `p99 latency budget −20% (24 ms)`.
        public var name: String
        public var flips: [Flip]
        /// The cheapest qualifying board per model under the scenario, where it differs from the decision's.
        public var choiceChanges: [ChoiceChange]

        public init(name: String, flips: [Flip], choiceChanges: [ChoiceChange]) {
            self.name = name
            self.flips = flips
            self.choiceChanges = choiceChanges
        }
    }

    public struct Flip: Sendable, Codable, Equatable {
        public var model: String
        public var target: String
        public var from: Verdict
        public var to: Verdict

        public init(model: String, target: String, from: Verdict, to: Verdict) {
            self.model = model
            self.target = target
            self.from = from
            self.to = to
        }
    }

    public struct ChoiceChange: Sendable, Codable, Equatable {
        public var model: String
        public var from: String?
        public var to: String?

        public init(model: String, from: String?, to: String?) {
            self.model = model
            self.from = from
            self.to = to
        }
    }
}
