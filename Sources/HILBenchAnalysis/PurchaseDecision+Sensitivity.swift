public import HILBenchCore

extension PurchaseDecision {
    /// How much each requirement and the prices move in a sensitivity scenario (±20%).
    public static let sensitivityStep = 0.2

    /// Every written requirement tightened and loosened by 20%, and the board prices moved by ±20% (all boards, then
    /// the chosen board alone): the board verdicts that flip and the choices that change.
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
            if let limit = requirements.averageWatts {
                var moved = requirements
                moved.averageWatts = limit * factor
                add("average power limit \(change) (\(describe(limit * factor, "W")))", moved)
            }
            if let limit = requirements.peakWatts {
                var moved = requirements
                moved.peakWatts = limit * factor
                add("peak power limit \(change) (\(describe(limit * factor, "W")))", moved)
            }
            if let limit = requirements.millijoulesPerInference {
                var moved = requirements
                moved.millijoulesPerInference = limit * factor
                add("energy limit \(change) (\(describe(limit * factor, "mJ")))", moved)
            }
            if let limit = requirements.peakMiB {
                var moved = requirements
                moved.peakMiB = limit * factor
                add("memory limit \(change) (\(describe(limit * factor, "MiB")))", moved)
            }
            if let floor = requirements.minCosine {
                // The error a floor allows (1 − cosine) moves, not the cosine itself: 0.99 ± 20% would mean nothing.
                var moved = requirements
                let shift = { (value: Double) in 1 - (1 - value) * factor }
                moved.minCosine = .init(all: floor.all.map(shift), byPrecision: floor.byPrecision.mapValues(shift))
                add("accuracy error allowance \(change)", moved)
            }
            if let limit = requirements.inferencesPerSecond {
                // A throughput floor is tighter when it rises.
                var moved = requirements
                moved.inferencesPerSecond = limit / factor
                add("throughput floor \(sign < 0 ? "+" : "−")\(percent)% (\(describe(limit / factor, "/s")))", moved)
            }
            if let cost = requirements.cost, let ceiling = cost.maxPriceUSD {
                var moved = requirements
                moved.cost?.maxPriceUSD = ceiling * factor
                add("price ceiling \(change) (\(describe(ceiling * factor, "USD")))", moved)
            }
            let repriced = boards.map { board in
                var board = board
                board.priceUSD = board.usablePrice.map { $0 * factor }
                return board
            }
            add("board prices \(change)", requirements, repriced)
        }
        // The chosen board alone dearer: does another take its place?
        for model in base {
            guard let chosen = model.choice else { continue }
            let repriced = boards.map { board in
                var board = board
                if board.name == chosen.target { board.priceUSD = board.usablePrice.map { $0 * (1 + step) } }
                return board
            }
            let name = "\(chosen.target) price +\(percent)% (\(model.model))"
            if !out.contains(where: { $0.name == name }) { add(name, requirements, repriced) }
        }
        return out
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
    /// to it, and its memory the highest seen. Older results measured elsewhere are set aside and said so.
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
        var pooled: [CaseResult] = []
        for id in order {
            guard var (baseRun, base) = newest[id] else { continue }
            let measured = base.status == .ok || base.status == .accuracyFailed
            if measured {
                let chip = chips[base.key.target] ?? base.key.target
                let environment = ComparableEnvironment(result: base, chip: chip)
                for (runID, results) in runs where runID != baseRun {
                    guard let older = results.first(where: { $0.key.id == id }),
                        older.status == .ok || older.status == .accuracyFailed, !older.latenciesNs.isEmpty
                    else { continue }
                    let differences = ComparableEnvironment(result: older, chip: chip).differences(to: environment)
                    if differences.isEmpty {
                        base.latenciesNs += older.latenciesNs
                        let peak = [base.memory.peakRSSKiB, older.memory.peakRSSKiB].compactMap { $0 }.max()
                        base.memory.peakRSSKiB = peak
                        pooledCount += 1
                    } else {
                        notes.append(
                            "\(id) of run \(runID) set aside (not comparable with run \(baseRun): "
                                + differences.joined(separator: ", ") + ")")
                    }
                }
            }
            baseRun = ""
            pooled.append(base)
        }
        if pooledCount > 0 {
            notes.insert(
                "latency samples of \(pooledCount) older result\(pooledCount == 1 ? "" : "s") with the same environment "
                    + "pooled with the newest; power and energy are the newest run's", at: 0)
        }
        return (pooled, notes)
    }
}
