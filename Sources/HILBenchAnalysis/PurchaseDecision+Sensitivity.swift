public import HILBenchCore

extension PurchaseDecision {
    /// How much each requirement and the prices move in a sensitivity scenario (±20%).
    public static let sensitivityStep = 0.2

    /// One quantity a scenario moves: how to read it, how to write it back, and its words.
    private struct Lever: Sendable {
        var name: String
        var unit: String
        var read: @Sendable (Requirements) -> Double?
        var write: @Sendable (inout Requirements, Double) -> Void
        /// A floor (throughput) is tighter when it rises: it moves by the inverse factor.
        var isFloor = false
        /// The most the moved value may be (a duty cycle is at most 1).
        var ceiling = Double.infinity
    }

    /// The limits and cost inputs a sensitivity scenario moves, each by itself (latency budgets and accuracy floors
    /// are per requirement, prices per board: handled beside this table).
    private static let levers: [Lever] = [
        Lever(name: "average power limit", unit: "W", read: \.averageWatts) { $0.averageWatts = $1 },
        Lever(name: "peak power limit", unit: "W", read: \.peakWatts) { $0.peakWatts = $1 },
        Lever(name: "energy limit", unit: "mJ", read: \.millijoulesPerInference) { $0.millijoulesPerInference = $1 },
        Lever(name: "memory limit", unit: "MiB", read: \.peakMiB) { $0.peakMiB = $1 },
        Lever(
            name: "throughput floor", unit: "/s", read: \.inferencesPerSecond, write: { $0.inferencesPerSecond = $1 },
            isFloor: true),
        Lever(name: "price ceiling", unit: "USD", read: { $0.cost?.maxPriceUSD }) { $0.cost?.maxPriceUSD = $1 },
        // Electricity and use move the cost of ownership, and so the ranking, even when no cost: was written
        // (then from the defaults).
        Lever(name: "electricity price", unit: "USD/kWh", read: { ($0.cost ?? .init()).kwhUSD }) {
            $0.cost = $0.cost ?? .init()
            $0.cost?.kwhUSD = $1
        },
        Lever(
            name: "duty cycle", unit: "", read: { ($0.cost ?? .init()).dutyCycle },
            write: {
                $0.cost = $0.cost ?? .init()
                $0.cost?.dutyCycle = $1
            }, ceiling: 1),
    ]

    /// Every written requirement tightened and loosened by 20%, the electricity price and duty cycle moved by ±20%
    /// (the duty cycle at most 1), and the board prices moved by ±20% (all boards, then the chosen board alone): the
    /// board verdicts that flip and the choices that change.
    static func scenarios(
        requirements: Requirements, results: [CaseResult], boards: [Board], reference: Precision,
        base: [Decision.ModelDecision]
    ) -> [Decision.Scenario] {
        var out: [Decision.Scenario] = []
        func add(_ name: String, _ moved: Requirements, _ movedBoards: [Board] = boards) {
            let judged = judge(requirements: moved, results: results, boards: movedBoards, reference: reference)
            out.append(compare(name: name, base: base, moved: judged))
        }
        let step = sensitivityStep
        let percent = Int((step * 100).rounded())
        for sign in [-1.0, 1.0] {
            let factor = 1 + sign * step
            let change = sign < 0 ? "−\(percent)%" : "+\(percent)%"
            for (index, budget) in requirements.latency.enumerated() {
                var moved = requirements
                moved.latency[index].maxMs = budget.maxMs * factor
                add("p\(budget.percentile) latency budget \(change) (\(describe(budget.maxMs * factor, "ms")))", moved)
            }
            for lever in levers {
                guard let value = lever.read(requirements) else { continue }
                let target = min(lever.isFloor ? value / factor : value * factor, lever.ceiling)
                guard target != value else { continue }  // a duty cycle of 1 cannot rise
                var moved = requirements
                lever.write(&moved, target)
                let shown = lever.isFloor ? (sign < 0 ? "+\(percent)%" : "−\(percent)%") : change
                add("\(lever.name) \(shown) (\(describe(target, lever.unit)))", moved)
            }
            if let floor = requirements.minCosine {
                // The error a floor allows (1 − cosine) moves, not the cosine itself: 0.99 ± 20% would mean nothing.
                var moved = requirements
                let shift = { (value: Double) in 1 - (1 - value) * factor }
                moved.minCosine = .init(all: floor.all.map(shift), byPrecision: floor.byPrecision.mapValues(shift))
                add("accuracy error allowance \(change)", moved)
            }
            add("board prices \(change)", requirements, repriced(boards, by: factor) { _ in true })
        }
        // The chosen board alone dearer: does another take its place?
        for model in base {
            guard let chosen = model.choice else { continue }
            let name = "\(chosen.target) price +\(percent)% (\(model.model))"
            if !out.contains(where: { $0.name == name }) {
                add(name, requirements, repriced(boards, by: 1 + step) { $0.name == chosen.target })
            }
        }
        return out
    }

    /// The boards with the prices of those `which` picks multiplied by `factor`.
    private static func repriced(_ boards: [Board], by factor: Double, _ which: (Board) -> Bool) -> [Board] {
        boards.map { board in
            var board = board
            if which(board) { board.priceUSD = board.usablePrice.map { $0 * factor } }
            return board
        }
    }

    static func compare(
        name: String, base: [Decision.ModelDecision], moved: [Decision.ModelDecision]
    ) -> Decision.Scenario {
        var flips: [Decision.Flip] = []
        var changes: [Decision.ChoiceChange] = []
        for before in base {
            guard let after = moved.first(where: { $0.model == before.model }) else { continue }
            for board in before.boards {
                guard let now = after.boards.first(where: { $0.target == board.target }), now.verdict != board.verdict
                else { continue }
                flips.append(.init(model: before.model, target: board.target, from: board.verdict, to: now.verdict))
            }
            if before.choice?.target != after.choice?.target {
                changes.append(.init(model: before.model, from: before.choice?.target, to: after.choice?.target))
            }
        }
        return Decision.Scenario(name: name, flips: flips, choiceChanges: changes)
    }

    /// Results of several runs as one set: for each case, the newest run's result, with the latency samples of older
    /// runs whose comparable environment (chip, CPU, runtime build, model bytes, threads, agent) is the same added
    /// to it, its memory the highest seen, and its power and energy pooled over the same runs where the same meter
    /// measured them the same way (`pooledEnergy`). Older results measured elsewhere are set aside and said so.
    /// - Parameter runs: oldest first.
    public static func pool(
        _ runs: [(runID: String, results: [CaseResult])], chips: [String: String]
    ) -> (results: [CaseResult], notes: [String]) {
        var newest: [String: (runID: String, result: CaseResult)] = [:]
        var order: [String] = []
        for (runID, results) in runs {
            for result in results {
                if newest[result.key.id] == nil { order.append(result.key.id) }
                let measured = result.status == .ok || result.status == .accuracyFailed
                // A newer failure does not hide an older measurement.
                if let existing = newest[result.key.id], !measured,
                    existing.result.status == .ok || existing.result.status == .accuracyFailed
                {
                    continue
                }
                newest[result.key.id] = (runID, result)
            }
        }
        var notes: [String] = []
        var pooledCount = 0
        var energyPooledCount = 0
        var pooled: [CaseResult] = []
        for id in order {
            guard var (baseRun, base) = newest[id] else { continue }
            let measured = base.status == .ok || base.status == .accuracyFailed
            if measured {
                let chip = chips[base.key.target] ?? base.key.target
                let environment = ComparableEnvironment(result: base, chip: chip)
                // Energy per inference is weighted by each run's own iterations.
                var energy = base.energy.map { (figures: $0, iterations: base.latenciesNs.count, runs: 1) }
                for (runID, results) in runs where runID != baseRun {
                    guard let older = results.first(where: { $0.key.id == id }),
                        older.status == .ok || older.status == .accuracyFailed, !older.latenciesNs.isEmpty
                    else { continue }
                    let differences = ComparableEnvironment(result: older, chip: chip).differences(to: environment)
                    guard differences.isEmpty else {
                        notes.append(
                            "\(id) of run \(runID) set aside (not comparable with run \(baseRun): "
                                + differences.joined(separator: ", ") + ")")
                        continue
                    }
                    if let olderEnergy = older.energy {
                        if let sofar = energy {
                            if let merged = pooledEnergy(
                                sofar.figures, weight: sofar.iterations, olderEnergy, weight: older.latenciesNs.count)
                            {
                                energy = (merged, sofar.iterations + older.latenciesNs.count, sofar.runs + 1)
                            } else {
                                notes.append(
                                    "\(id): power and energy of run \(runID) not pooled (meter \(olderEnergy.meter), "
                                        + "\(olderEnergy.windowSource) windows; run \(baseRun): \(sofar.figures.meter), "
                                        + "\(sofar.figures.windowSource))")
                            }
                        } else {
                            energy = (olderEnergy, older.latenciesNs.count, 1)
                        }
                    }
                    base.latenciesNs += older.latenciesNs
                    let peak = [base.memory.peakRSSKiB, older.memory.peakRSSKiB].compactMap { $0 }.max()
                    base.memory.peakRSSKiB = peak
                    pooledCount += 1
                }
                if let energy, energy.runs > 1 {
                    var figures = energy.figures
                    figures.note = [figures.note, "pooled over \(energy.runs) runs"].compactMap { $0 }.joined(
                        separator: "; ")
                    base.energy = figures
                    energyPooledCount += 1
                } else {
                    base.energy = energy?.figures
                }
            }
            baseRun = ""
            pooled.append(base)
        }
        if pooledCount > 0 {
            let energyText =
                energyPooledCount == 0
                ? "power and energy are one run's"
                : "power and energy pooled for \(energyPooledCount) case\(energyPooledCount == 1 ? "" : "s") "
                    + "(time-weighted average power, highest peak, energy per inference over all iterations)"
            notes.insert(
                "latency samples of \(pooledCount) older result\(pooledCount == 1 ? "" : "s") with the same environment "
                    + "pooled with the newest; \(energyText)", at: 0)
        }
        return (pooled, notes)
    }

    /// Two runs' power and energy as one: average and idle power weighted by window time, the highest peak, energy
    /// per inference weighted by each run's iterations, windows and samples added. Nil when they were not measured
    /// alike (another meter, window source, window mode or provenance): such figures are not pooled.
    static func pooledEnergy(
        _ a: CaseResult.Energy, weight aIterations: Int, _ b: CaseResult.Energy, weight bIterations: Int
    ) -> CaseResult.Energy? {
        guard a.meter == b.meter, a.windowSource == b.windowSource, a.windows == b.windows,
            (a.provenance ?? .measured) == (b.provenance ?? .measured)
        else { return nil }
        let seconds = a.windowSeconds + b.windowSeconds
        let iterations = aIterations + bIterations
        guard seconds > 0, iterations > 0 else { return nil }
        func byTime(_ x: Double, _ y: Double) -> Double { (x * a.windowSeconds + y * b.windowSeconds) / seconds }
        var out = a
        out.windowSeconds = seconds
        out.netJoules = a.netJoules + b.netJoules
        out.averageWatts = byTime(a.averageWatts, b.averageWatts)
        out.peakWatts = max(a.peakWatts, b.peakWatts)
        out.baselineWatts = a.baselineWatts.flatMap { x in b.baselineWatts.map { y in byTime(x, y) } }
        out.millijoulesPerInference =
            (a.millijoulesPerInference * Double(aIterations) + b.millijoulesPerInference * Double(bIterations))
            / Double(iterations)
        out.inferencesPerJoule = out.millijoulesPerInference > 0 ? 1000 / out.millijoulesPerInference : 0
        out.samples = a.samples + b.samples
        out.flags = a.flags + b.flags.filter { !a.flags.contains($0) }
        out.windowCount = a.windowCount.flatMap { x in b.windowCount.map { x + $0 } }
        // Per run only: the spread of single windows and the clock mapping cannot be added up.
        out.perWindow = nil
        out.clockMapping = nil
        return out
    }
}
