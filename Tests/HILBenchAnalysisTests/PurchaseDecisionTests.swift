import HILBenchCore
import HILBenchStats
import Testing

@testable import HILBenchAnalysis

/// The purchase decision on fixtures whose answers are worked out by hand (docs/decision.md has the rules).
@Suite struct PurchaseDecisionTests {
    static func key(_ target: String, _ precision: Precision = .fp32) -> CaseKey {
        CaseKey(target: target, model: "net", runtime: .reference, precision: precision, threads: 1, batch: 1)
    }

    /// `count` latencies: 1, 2, …, count ms (so every order statistic is known), scaled by `scale`.
    static func result(
        _ target: String, _ precision: Precision = .fp32, count: Int, scale: Double = 1, watts: Double? = nil,
        cosine: Double? = nil
    ) -> CaseResult {
        var result = CaseResult(
            key: key(target, precision), status: .ok,
            latenciesNs: (1...count).map { Int64((Double($0) * scale * 1e6).rounded()) })
        result.memory.peakRSSKiB = 100 * 1024
        if let watts {
            result.energy = CaseResult.Energy(
                windowSource: "meterLogic", meter: "simulated", windowSeconds: 1, netJoules: 1, baselineWatts: 1,
                averageWatts: watts, peakWatts: watts + 1, millijoulesPerInference: 10, inferencesPerJoule: 100,
                samples: 100, flags: [])
        }
        if let cosine {
            result.accuracy = CaseResult.Accuracy(
                reference: .fp32, maxAbsError: 0.1, meanAbsError: 0.01, cosineSimilarity: cosine, top1Agreement: nil)
        }
        return result
    }

    @Test func theUpperBoundOfAPercentileIsTheOrderStatisticScipyPicks() throws {
        // scipy.stats.binom.ppf(0.95, 1000, 0.99) = 995: the 996th smallest of 1…1000 bounds p99 from above.
        let sorted = (1...1000).map(Double.init)
        #expect(OrderStatistics.upperBound(sorted: sorted, fraction: 0.99, level: 0.95) == 996)
        // binom.ppf(0.95, 299, 0.99) = 298: with 299 samples the maximum is the bound; with 298 there is none.
        #expect(OrderStatistics.upperBound(sorted: Array(sorted.prefix(299)), fraction: 0.99, level: 0.95) == 299)
        #expect(OrderStatistics.upperBound(sorted: Array(sorted.prefix(298)), fraction: 0.99, level: 0.95) == nil)
        // binom.ppf(0.95, 100, 0.5) = 58: the median's bound is the 59th of 100.
        #expect(OrderStatistics.upperBound(sorted: Array(sorted.prefix(100)), fraction: 0.5, level: 0.95) == 59)
        // The loader's rule and the bound agree on where a bound starts to exist.
        for percentile in Requirements.latencyPercentiles {
            let need = Requirements.minimumSamples(percentile: percentile)
            let fraction = Double(percentile) / 100
            #expect(OrderStatistics.minimumCountForUpperBound(fraction: fraction, level: 0.95) == need)
            #expect(OrderStatistics.upperBoundIndex(count: need, fraction: fraction, level: 0.95) != nil)
            #expect(OrderStatistics.upperBoundIndex(count: need - 1, fraction: fraction, level: 0.95) == nil)
        }
        #expect(
            Requirements.latencyPercentiles.map { Requirements.minimumSamples(percentile: $0) } == [5, 29, 59, 299])
        // Student t: mean of 1…10 is 5.5, s = 3.0277, t(0.95, 9) = 1.8331 → 5.5 + 1.8331 · 3.0277 / √10 = 7.2551.
        let mean = try #require(OrderStatistics.meanUpperBound((1...10).map(Double.init), level: 0.95))
        #expect(abs(mean - 7.2551) < 1e-3)
    }

    @Test func aBoardThatMeetsThePointEstimateButNotTheBoundFails() throws {
        // 1000 samples of 1…1000 × 0.01 ms: the type-7 p99 is 9.9001 ms, its 95% upper bound the 996th value, 9.96 ms.
        // A 9.93 ms budget is met by the point estimate and missed by the bound, by 0.03 ms.
        let requirements = Requirements(latency: [.init(percentile: 99, maxMs: 9.93)])
        let decision = PurchaseDecision.decide(
            requirements: requirements, results: [Self.result("a", count: 1000, scale: 0.01)],
            boards: [.init(name: "a", priceUSD: 100)])
        let board = try #require(decision.models.first?.boards.first)
        let check = try #require(board.best?.checks.first)
        #expect(abs(try #require(check.point) - 9.9001) < 1e-9)
        #expect(try #require(check.point) < 9.93)
        #expect(check.judged == 9.96)
        #expect(check.outcome == .misses)
        #expect(abs(try #require(check.margin) + 0.03) < 1e-9)
        #expect(board.verdict == .fails)
        #expect(board.rank == nil)
        #expect(board.summary == "misses p99 latency by 0.030 ms at reference fp32 t1")
        #expect(decision.models.first?.choice == nil)
    }

    @Test func aPercentileWithoutEnoughSamplesIsNotEnoughDataWithTheIterationsNeeded() throws {
        // 200 samples, all far below the budget: still no 95% bound of p99 (it needs 299).
        let requirements = Requirements(latency: [.init(percentile: 99, maxMs: 1000)])
        let decision = PurchaseDecision.decide(
            requirements: requirements, results: [Self.result("a", count: 200)],
            boards: [.init(name: "a", priceUSD: 100)])
        let board = try #require(decision.models.first?.boards.first)
        let check = try #require(board.best?.checks.first)
        #expect(check.outcome == .notEnoughData)
        #expect(check.need == 299)
        #expect(check.judged == nil)
        #expect(board.verdict == .notEnoughData)
        #expect(board.summary.hasPrefix("not enough data for p99 latency at reference fp32 t1: run at least 299"))
        // The same samples bound p90 (29 needed): the 188th of 200 (binom.ppf(0.95, 200, 0.9) = 187).
        let p90 = PurchaseDecision.decide(
            requirements: Requirements(latency: [.init(percentile: 90, maxMs: 190)]),
            results: [Self.result("a", count: 200)], boards: [.init(name: "a", priceUSD: 100)])
        let p90Check = try #require(p90.models.first?.boards.first?.best?.checks.first)
        #expect(p90Check.judged == 188)
        #expect(p90Check.outcome == .meets)
        #expect(p90Check.margin == 2)
    }

    @Test func aTieIsBrokenByCostOfOwnership() throws {
        // Identical measurements, so identical verdicts and energy; the cheaper board ranks first.
        let requirements = Requirements(
            latency: [.init(percentile: 99, maxMs: 2000)], cost: .init(kwhUSD: 0.25, dutyCycle: 0.5, years: 3))
        let decision = PurchaseDecision.decide(
            requirements: requirements,
            results: [
                Self.result("dear", count: 1000, watts: 5), Self.result("cheap", count: 1000, watts: 5),
                Self.result("free", count: 1000, watts: 5),
            ],
            boards: [
                .init(name: "dear", priceUSD: 300), .init(name: "cheap", priceUSD: 120),
                .init(name: "free", priceUSD: 0),
            ])
        let boards = try #require(decision.models.first).boards
        #expect(boards.map(\.target) == ["cheap", "dear", "free"])
        #expect(boards.map(\.rank) == [1, 2, nil])
        #expect(boards.allSatisfy { $0.verdict == .qualifies })
        // Energy: (0.5 · 5 W + 0.5 · 1 W idle) · 24 · 365.25 · 3 h = 78.894 kWh, × 0.25 = 19.7235 USD.
        let cheap = try #require(boards[0].best?.ownership)
        #expect(abs(try #require(cheap.energyKWh) - 78.894) < 1e-9)
        #expect(abs(try #require(cheap.totalUSD) - 139.7235) < 1e-9)
        // Capacity: mean latency 500.5 ms → 1.998 inferences/s; per 1,000/s: 139.7235 / 0.001998 = 69,930.6 USD.
        #expect(abs(try #require(cheap.perThousandPerSecondUSD) - 139.7235 * 500.5) < 1e-6)
        // A board with price 0 has no price: it qualifies but is ranked apart, and says so.
        #expect(boards[2].priceUSD == nil)
        #expect(boards[2].summary.contains("no price: ranked apart"))
        #expect(decision.models.first?.choice?.target == "cheap")
    }

    @Test func theFirstFailingRequirementIsNamedPerConfiguration() throws {
        // int8 is fast enough but loses accuracy; fp16 is accurate but slower than the budget; fp32 too slow.
        let requirements = Requirements(
            latency: [.init(percentile: 99, maxMs: 0.6)], minCosine: .init(byPrecision: [.fp16: 0.999, .int8: 0.99]))
        let results = [
            Self.result("b", .fp32, count: 400, scale: 0.01 / 4),  // 400 samples: the bound is the maximum, 1.0 ms
            Self.result("b", .fp16, count: 400, scale: 0.0016, cosine: 0.9995),  // bound 0.64 ms: misses by 0.04 ms
            Self.result("b", .int8, count: 400, scale: 0.001, cosine: 0.95),  // bound 0.4 ms: meets; cosine misses by 0.04
        ]
        let decision = PurchaseDecision.decide(
            requirements: requirements, results: results, boards: [.init(name: "b", priceUSD: 50)])
        let board = try #require(decision.models.first?.boards.first)
        #expect(board.verdict == .fails)
        // Nearest first: fp16 misses by 6% of its budget, int8 by 400% of its error allowance, fp32 by 66%.
        #expect(board.configurations.map(\.key.precision) == [.fp16, .fp32, .int8])
        #expect(board.best?.firstFailure?.requirement == "latency.p99")
        #expect(
            board.summary
                == "misses p99 latency by 0.040 ms at reference fp16 t1; misses p99 latency by 0.400 ms at reference fp32 t1; "
                + "reference int8 t1 meets p99 latency but misses cosine vs fp32 by 0.040")
    }

    @Test func sensitivityNamesTheVerdictsThatFlipAndTheChoiceThatChanges() throws {
        // Board "fast" bounds p99 at 9.96 ms, "slow" at 19.92 ms; a 20 ms budget: both qualify, "slow" cheaper.
        let requirements = Requirements(latency: [.init(percentile: 99, maxMs: 20)], cost: .init(maxPriceUSD: 200))
        let results = [Self.result("fast", count: 1000, scale: 0.01), Self.result("slow", count: 1000, scale: 0.02)]
        let decision = PurchaseDecision.decide(
            requirements: requirements, results: results,
            boards: [.init(name: "fast", priceUSD: 190), .init(name: "slow", priceUSD: 100)])
        #expect(decision.models.first?.choice?.target == "slow")
        let tighter = try #require(decision.sensitivity.first { $0.name.hasPrefix("p99 latency budget −20%") })
        #expect(tighter.name == "p99 latency budget −20% (16.0 ms)")
        #expect(tighter.flips == [.init(model: "net", target: "slow", from: .qualifies, to: .fails)])
        #expect(tighter.choiceChanges == [.init(model: "net", from: "slow", to: "fast")])
        let looser = try #require(decision.sensitivity.first { $0.name.hasPrefix("p99 latency budget +20%") })
        #expect(looser.flips.isEmpty)
        // Prices +20%: "fast" costs 228 > 200, so it stops qualifying; the choice stays.
        let dearer = try #require(decision.sensitivity.first { $0.name == "board prices +20%" })
        #expect(dearer.flips == [.init(model: "net", target: "fast", from: .qualifies, to: .fails)])
        #expect(dearer.choiceChanges.isEmpty)
        let ceiling = try #require(decision.sensitivity.first { $0.name.hasPrefix("price ceiling −20%") })
        #expect(ceiling.flips == [.init(model: "net", target: "fast", from: .qualifies, to: .fails)])
    }

    /// Electricity price and duty cycle move the cost of ownership: a frugal dearer board overtakes a hungry cheap
    /// one when power costs more or the board works more (hand-worked: 24 · 365.25 · 3 h = 26,298 h).
    @Test func sensitivityMovesTheElectricityPriceAndTheDutyCycle() throws {
        let requirements = Requirements(
            latency: [.init(percentile: 99, maxMs: 2000)], cost: .init(kwhUSD: 0.25, dutyCycle: 0.5, years: 3))
        let results = [
            Self.result("frugal", count: 1000, watts: 2), Self.result("hungry", count: 1000, watts: 10),
        ]
        let boards: [PurchaseDecision.Board] = [
            .init(name: "frugal", priceUSD: 129), .init(name: "hungry", priceUSD: 100),
        ]
        let decision = PurchaseDecision.decide(requirements: requirements, results: results, boards: boards)
        // frugal: (0.5 · 2 + 0.5 · 1 W idle) · 26,298 h = 39.447 kWh → 9.86 USD → 138.86 USD;
        // hungry: (0.5 · 10 + 0.5 · 1) · 26,298 h = 144.639 kWh → 36.16 USD → 136.16 USD: hungry is chosen.
        #expect(decision.models.first?.choice?.target == "hungry")
        let totals = try #require(decision.models.first?.boards).compactMap { $0.best?.ownership?.totalUSD }
        #expect(zip(totals, [136.15975, 138.86175]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(totals)")
        func scenario(_ name: String) throws -> Decision.Scenario {
            try #require(decision.sensitivity.first { $0.name == name }, "\(decision.sensitivity.map(\.name))")
        }
        // 0.30 USD/kWh: frugal 129 + 11.83 = 140.83, hungry 100 + 43.39 = 143.39.
        #expect(
            try scenario("electricity price +20% (0.300 USD/kWh)").choiceChanges == [
                .init(model: "net", from: "hungry", to: "frugal")
            ])
        #expect(try scenario("electricity price −20% (0.200 USD/kWh)").choiceChanges.isEmpty)
        // Duty 0.6: frugal 1.6 W → 139.52 USD, hungry 6.4 W → 142.08 USD.
        #expect(
            try scenario("duty cycle +20% (0.600)").choiceChanges == [
                .init(model: "net", from: "hungry", to: "frugal")
            ])
        #expect(try scenario("duty cycle −20% (0.400)").choiceChanges.isEmpty)
        // No verdict flips: cost moves the ranking, not whether a board qualifies.
        #expect(
            decision.sensitivity.filter { $0.name.hasPrefix("electricity") || $0.name.hasPrefix("duty") }
                .allSatisfy { $0.flips.isEmpty })

        // Without cost: the defaults move too (0.25 USD/kWh, duty 1); a duty cycle of 1 cannot rise.
        let defaults = PurchaseDecision.decide(
            requirements: Requirements(latency: [.init(percentile: 99, maxMs: 2000)]), results: results, boards: boards)
        let names = defaults.sensitivity.map(\.name)
        #expect(names.contains("electricity price −20% (0.200 USD/kWh)"))
        #expect(names.contains("electricity price +20% (0.300 USD/kWh)"))
        #expect(names.contains("duty cycle −20% (0.800)"))
        #expect(!names.contains { $0.hasPrefix("duty cycle +") }, "\(names)")
    }

    /// Pooled runs pool their power and energy too, when the same meter measured them the same way: average power
    /// weighted by window time, the highest peak, energy per inference weighted by each run's iterations.
    @Test func pooledRunsPoolTheirPowerAndEnergy() throws {
        var older = Self.result("a", count: 200, watts: 4)
        older.environment = EnvironmentInfo(
            hostname: "h", cpuModel: "cpu-1", cores: 2, memoryBytes: 1, kernel: "k", os: "o", architecture: "x",
            governor: nil, frequenciesMHz: [], temperaturesC: [:], agentVersion: "1", pythonVersion: nil,
            cpuQuotaCores: nil)
        older.energy?.windowSeconds = 1
        older.energy?.millijoulesPerInference = 10
        var newer = older
        newer.latenciesNs = Array(newer.latenciesNs.prefix(50))
        newer.energy?.averageWatts = 8
        newer.energy?.peakWatts = 12
        newer.energy?.windowSeconds = 3
        newer.energy?.millijoulesPerInference = 20
        newer.energy?.baselineWatts = 2
        let pooled = PurchaseDecision.pool([("r1", [older]), ("r2", [newer])], chips: [:])
        let energy = try #require(pooled.results.first?.energy)
        #expect(energy.averageWatts == 7)  // (4 W · 1 s + 8 W · 3 s) / 4 s of windows
        #expect(energy.peakWatts == 12)
        #expect(energy.baselineWatts == 1.75)  // (1 W · 1 s + 2 W · 3 s) / 4 s
        #expect(energy.millijoulesPerInference == 12)  // (10 mJ · 200 + 20 mJ · 50) / 250 inferences
        #expect(abs(energy.inferencesPerJoule - 1000 / 12.0) < 1e-12)
        #expect(energy.windowSeconds == 4)
        #expect(energy.note == "pooled over 2 runs")
        #expect(
            pooled.notes.first?.hasSuffix(
                "power and energy pooled for 1 case (time-weighted average power, "
                    + "highest peak, energy per inference over all iterations)") == true, "\(pooled.notes)")
        // A 7.5 W average limit: the pooled 7 W meets it, where the newest run's 8 W alone would have failed it.
        let decision = PurchaseDecision.decide(
            requirements: Requirements(averageWatts: 7.5), results: pooled.results,
            boards: [.init(name: "a", priceUSD: 10)])
        #expect(decision.models.first?.boards.first?.verdict == .qualifies)

        // Another meter: not pooled, said so; the newest run's figures stay.
        var elsewhere = older
        elsewhere.energy?.meter = "ppk2"
        let apart = PurchaseDecision.pool([("r1", [elsewhere]), ("r2", [newer])], chips: [:])
        #expect(apart.results.first?.energy == newer.energy)
        #expect(apart.results.first?.latenciesNs.count == 250, "latency is still pooled")
        #expect(
            apart.notes.contains(
                "a/net/reference/fp32/t1/b1: power and energy of run r1 not pooled (meter ppk2, meterLogic windows; "
                    + "run r2: simulated, meterLogic)"), "\(apart.notes)")
    }

    @Test func runsWithTheSameEnvironmentArePooledAndOthersSetAside() throws {
        var older = Self.result("a", count: 200)
        older.environment = EnvironmentInfo(
            hostname: "h", cpuModel: "cpu-1", cores: 2, memoryBytes: 1, kernel: "k", os: "o", architecture: "x",
            governor: nil, frequenciesMHz: [], temperaturesC: [:], agentVersion: "1", pythonVersion: nil,
            cpuQuotaCores: nil)
        var newer = older
        newer.latenciesNs = Array(newer.latenciesNs.prefix(150))
        var elsewhere = older
        elsewhere.environment?.cpuModel = "cpu-2"
        let pooled = PurchaseDecision.pool([("r1", [older]), ("r2", [newer])], chips: [:])
        #expect(pooled.results.count == 1)
        #expect(pooled.results[0].latenciesNs.count == 350)
        let apart = PurchaseDecision.pool([("r1", [elsewhere]), ("r2", [newer])], chips: [:])
        #expect(apart.results[0].latenciesNs.count == 150)
        #expect(
            apart.notes == [
                "a/net/reference/fp32/t1/b1 of run r1 set aside (not comparable with run r2: cpu: cpu-2 → cpu-1)"
            ])
        // 350 pooled samples support a p99 bound that neither run alone (200, 150) does.
        let decision = PurchaseDecision.decide(
            requirements: Requirements(latency: [.init(percentile: 99, maxMs: 1000)]), results: pooled.results,
            boards: [.init(name: "a", priceUSD: 10)])
        #expect(decision.models.first?.boards.first?.verdict == .qualifies)
    }
}
