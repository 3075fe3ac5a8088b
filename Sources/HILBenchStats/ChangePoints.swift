/// E-Divisive means change-point detection shaped like Apache Otava (Hunter), with an exact merge test on
/// whole segments (docs/change-points.md).
///
/// ## Algorithm
/// 1. **Split** (Otava's `split`): slide a window of `window` points (default 50) through the series;
///    the next window starts at max(last change point found in this window, start + `step`) with
///    `step` = 25 by default. In each window run hierarchical E-Divisive (Matteson & James 2014): the
///    candidate is the (τ, κ) maximising Q̂ over every current segment (`EnergyStatistic`), accepted when a
///    permutation test (points shuffled within each segment of the window, max Q̂ recomputed) gives
///    p ≤ the *weak* threshold, then repeated on the new segments. The weak threshold is Otava's
///    first-pass rule: 10·p if p < 0.05, 2·p if p < 0.5. These tests only propose candidates, so they use
///    `splitPermutations` (99 for 0.01).
/// 2. **Scan**: binary segmentation of the whole segments between candidates with `RankShiftStatistic`,
///    at the weak threshold, proposes the steps a window is too short to see.
/// 3. **Merge** (Otava's `merge`, the Hunter paper's bottom-up pass): every candidate is re-tested between
///    its neighbouring candidates on the whole neighbouring segments (at most `mergeWindow` points per side
///    when set), by a permutation test whose observed statistic is the rank statistic Z at the candidate and
///    whose null statistic is the largest Z over all split positions of the shuffled neighbourhood (so the
///    data-driven choice of the position does not inflate significance); while some p exceeds `pValue`,
///    the weakest point is dropped and its neighbours re-tested. Then, while the smallest magnitude is not
///    above `minMagnitude`, that point is dropped too. Scan and merge repeat (at most three times) while
///    the scan finds something between the surviving points.
/// 4. **Whole-series test**: when nothing survived, the whole series is tested once for a single step —
///    the largest rank statistic Z over all splits against its null, at `wholeSeriesLevel` (default
///    0.0025) — and the best split is the change point when significant. The null is exact per length for
///    3…200 distinct values (`RankShiftNull`, tabulated), a permutation test otherwise. It finds steps the
///    merge loses when the candidate it re-tests is not the step's best split; its level was chosen on
///    30,000 A/A series apart from the evaluation set so that the whole detector's A/A false-alarm rate is
///    0.30%, the rate the peers were calibrated to (docs/change-points.md).
///
/// ## Differences from Otava
/// - Otava tests with Student's t at the chosen split (no account of the choice, hence its A/A alarms);
///   this uses seeded permutation tests throughout.
/// - p = (z + 1)/(R + 1) with R = 999 permutations by default, 1199 in an untabulated whole-series test (Otava's
///   original mode: z/(R + 1) with R = 100, which reports p = 0 and so cannot really test at 0.001). Tests
///   stop early once significance is out of reach (`SequentialPermutationTest`), so quiet windows cost a
///   few permutations.
/// - The merge and scan test is a normal-scores rank statistic, O(L) per permutation, robust to lone
///   outliers; Otava's recompute after a removal touches the removed point's right neighbours, this one the
///   two neighbours of the removed point.
///
/// Cost: O(window²) per split permutation and O(L) per merge permutation; a 1000-point series takes about
/// 10 ms of CPU in release builds (`StatsBenchmarks.eDivisiveTiming()`, `hilbench-benchmarks changepoints`).
/// Results are deterministic for a given `seed`.
public struct ChangePoints: Sendable, Hashable {
    /// Points per window (Otava `--window`, default 50).
    public var window: Int
    /// How far the window moves when it finds nothing new (default window / 2 = 25).
    public var step: Int
    /// Significance level of the final change points (Otava `-P`, default 0.001).
    public var pValue: Double
    /// Minimum |relative change| of the segment means to keep a change point (Otava `-M`, default 0).
    public var minMagnitude: Double
    /// Permutations per test (default 999, enough to reach p = 0.001; the whole-series test uses at least
    /// as many, `wholeSeriesPermutations`).
    public var permutations: Int
    /// Seed of the permutation generator.
    public var seed: UInt64
    /// Points per side the merge step re-tests a change point on; nil (the default) for the whole
    /// neighbouring segments.
    public var mergeWindow: Int?
    /// Level of the whole-series test run when the other steps find no change point; nil turns it off.
    public var wholeSeriesLevel: Double?
    /// Critical values of the whole-series test per length (`RankShiftNull.standard`); an empty table makes it a
    /// permutation test at every length, as before 2026-12-06 evening.
    public var nullTable: RankShiftNull

    /// Creates a detector with Otava-like defaults.
    public init(
        window: Int = 50, step: Int? = nil, pValue: Double = 0.001, minMagnitude: Double = 0,
        permutations: Int = 999, seed: UInt64 = 0x4F54_4156_41,  // "OTAVA"
        mergeWindow: Int? = nil, wholeSeriesLevel: Double? = 0.0025, nullTable: RankShiftNull = .standard
    ) {
        self.nullTable = nullTable
        self.mergeWindow = mergeWindow
        self.wholeSeriesLevel = wholeSeriesLevel
        self.window = window
        self.step = step ?? max(1, window / 2)
        self.pValue = pValue
        self.minMagnitude = minMagnitude
        self.permutations = permutations
        self.seed = seed
    }

    /// Permutations of the windowed split's tests, O(window²) each: they only propose candidates (the merge
    /// step decides), so the fewest that can reach the weak threshold — 99 for 0.01.
    var splitPermutations: Int {
        min(permutations, max(99, Int((1 / weakPValue).rounded(.up)) - 1))
    }

    /// Permutations of the whole-series test: enough that two permuted maxima may reach the observed one and
    /// the test still be significant (1199 at 0.0025), so a step just beyond the level is not lost to Monte
    /// Carlo noise; at least `permutations`. Only where `nullTable` has no critical value.
    func wholeSeriesPermutations(_ level: Double) -> Int {
        max(permutations, Int((3 / level).rounded(.up)) - 1)
    }

    /// The first-pass threshold for weak change points (Otava's rule).
    public var weakPValue: Double {
        pValue < 0.05 ? pValue * 10 : (pValue < 0.5 ? pValue * 2 : pValue)
    }

    /// Change points of `series`, sorted by index.
    ///
    /// Throws when a value is NaN or infinite (fill or drop missing runs first) or a setting is out of
    /// range.
    public func detect(_ series: [Double]) throws(StatsError) -> [ChangePoint] {
        try validate(series)
        guard series.count >= 3 else { return [] }
        var generator = Xoshiro256StarStar(seed: seed)
        let weak = scan(series, split(series, &generator), &generator)
        var points = merge(series, weak, &generator)
        // Weak candidates that did not survive may have hidden a step from the scan: look again between
        // the final points, a bounded number of times.
        for _ in 0..<3 {
            let indices = points.map(\.index)
            let again = scan(series, indices, &generator)
            if again == indices { break }
            points = merge(series, again, &generator)
        }
        if points.isEmpty, let wholeSeriesLevel {
            points = wholeSeriesTest(series, level: wholeSeriesLevel, &generator)
        }
        return points
    }

    /// Detects change points and judges the newest point against the stable segment before it.
    public func judgeNewest(_ series: [Double]) throws(StatsError) -> NewestPointJudgement? {
        judgeNewest(series, changePoints: try detect(series))
    }

    /// Judges the newest point of `series` given change points already computed for it.
    public func judgeNewest(_ series: [Double], changePoints: [ChangePoint]) -> NewestPointJudgement? {
        guard let newest = series.last else { return nil }
        let newestIndex = series.count - 1
        let starts = changePoints.map(\.index).filter { $0 <= newestIndex }.sorted()
        let segmentStart = starts.last ?? 0
        var reference: Range<Int>?
        if segmentStart < newestIndex {
            reference = segmentStart..<newestIndex
        } else if newestIndex > 0 {
            let previousStart = starts.dropLast().last ?? 0
            reference = previousStart..<newestIndex
        }
        var median: Double?
        var mad: Double?
        if let reference {
            let values = Array(series[reference])
            median = Quantile.type7(unsorted: values, 0.5)
            let deviations = values.map { abs($0 - median!) }
            mad = Quantile.type7(unsorted: deviations, 0.5) * Summary.madNormalScale
        }
        return NewestPointJudgement(
            newestIndex: newestIndex, newestValue: newest, changePoints: changePoints,
            segmentStart: segmentStart, referenceSegment: reference, referenceMedian: median,
            referenceScaledMAD: mad)
    }

    private func validate(_ series: [Double]) throws(StatsError) {
        let context = "ChangePoints.detect"
        if let index = series.firstIndex(where: { !$0.isFinite }) {
            throw StatsError(
                .nonFiniteValue, context: context,
                message: "point #\(index) is \(series[index]); fill or drop missing runs first")
        }
        if window < 2 || step < 1 {
            throw StatsError(
                .invalidParameter, context: context,
                message: "window must be >= 2 and step >= 1, got \(window) and \(step)")
        }
        try StatsError.checkLevel(pValue, name: "pValue", context: context)
        if let wholeSeriesLevel {
            try StatsError.checkLevel(wholeSeriesLevel, name: "wholeSeriesLevel", context: context)
        }
        if permutations < 1 {
            throw StatsError(
                .invalidParameter, context: context, message: "permutations must be at least 1, got \(permutations)")
        }
        if Double(permutations + 1) * pValue < 1 - 1e-9 {
            throw StatsError(
                .invalidParameter, context: context,
                message:
                    "\(permutations) permutations cannot reach p <= \(pValue); use at least \(Int((1 / pValue).rounded(.up)) - 1)"
            )
        }
    }

    // MARK: Split

    private func split(_ series: [Double], _ generator: inout Xoshiro256StarStar) -> [Int] {
        var found = Set<Int>()
        var start = 0
        var energy = EnergyStatistic()
        let test = SequentialPermutationTest(permutations: splitPermutations, alpha: weakPValue)
        while start < series.count {
            let end = min(start + window, series.count)
            let points = divisive(Array(series[start..<end]), test, &energy, &generator).map { $0 + start }
            found.formUnion(points)
            start = max(points.max() ?? 0, start + step)
        }
        return found.sorted()
    }

    /// Hierarchical E-Divisive inside one window; returns local indices of accepted change points.
    private func divisive(
        _ values: [Double], _ test: SequentialPermutationTest, _ energy: inout EnergyStatistic,
        _ generator: inout Xoshiro256StarStar
    ) -> [Int] {
        var points: [Int] = []
        var shuffled = values
        while true {
            shuffled = values  // segments changed: each must be permuted among its own values
            let bounds = [0] + points + [values.count]
            guard let candidate = values.withUnsafeBufferPointer({ best(in: $0, bounds: bounds, &energy) }) else {
                break
            }
            let outcome = test.run(observed: candidate.qhat) {
                // Permute within each segment, then take the best split over all segments.
                for s in 0..<(bounds.count - 1) {
                    var i = bounds[s + 1]
                    while i - bounds[s] > 1 {
                        let j = bounds[s] + generator.nextIndex(below: i - bounds[s])
                        i -= 1
                        shuffled.swapAt(i, j)
                    }
                }
                return shuffled.withUnsafeBufferPointer { best(in: $0, bounds: bounds, &energy)?.qhat ?? -.infinity }
            }
            guard outcome.significant else { break }
            points.append(candidate.index)
            points.sort()
        }
        return points
    }

    private func best(
        in values: UnsafeBufferPointer<Double>, bounds: [Int], _ energy: inout EnergyStatistic
    ) -> (index: Int, qhat: Double)? {
        var result: (index: Int, qhat: Double)?
        for s in 0..<(bounds.count - 1) where bounds[s + 1] - bounds[s] > 1 {
            if let candidate = energy.bestSplit(values, bounds[s], bounds[s + 1]),
                result == nil || candidate.qhat > result!.qhat
            {
                result = candidate
            }
        }
        return result
    }

    // MARK: Scan

    /// Binary segmentation of the segments between `points` with the rank statistic, at the weak level:
    /// finds steps the windows cannot see (a small step needs more points on each side than a window
    /// holds). Returns `points` with the new candidates, sorted.
    private func scan(_ series: [Double], _ points: [Int], _ generator: inout Xoshiro256StarStar) -> [Int] {
        let test = SequentialPermutationTest(permutations: permutations, alpha: weakPValue)
        var found = points
        var pending = zip([0] + points, points + [series.count]).map { $0..<$1 }
        while let segment = pending.popLast() {
            guard segment.count >= 4 else { continue }
            var statistic = RankShiftStatistic(series[segment])
            guard let best = statistic.best() else { continue }
            let outcome = test.run(observed: best.statistic) { statistic.permutedMaximum(&generator) }
            guard outcome.significant else { continue }
            let index = segment.lowerBound + best.tau
            found.append(index)
            pending.append(segment.lowerBound..<index)
            pending.append(index..<segment.upperBound)
        }
        return found.sorted()
    }

    // MARK: Merge

    private func merge(_ series: [Double], _ weak: [Int], _ generator: inout Xoshiro256StarStar) -> [ChangePoint] {
        var indices = weak
        var pValues = [Double]()
        let test = SequentialPermutationTest(permutations: permutations, alpha: pValue)
        func retest(_ k: Int) -> Double {
            let index = indices[k]
            var lower = k > 0 ? indices[k - 1] : 0
            var upper = k + 1 < indices.count ? indices[k + 1] : series.count
            if let mergeWindow {
                lower = max(lower, index - mergeWindow)
                upper = min(upper, index + mergeWindow)
            }
            var statistic = RankShiftStatistic(series[lower..<upper])
            if statistic.isDegenerate { return 1 }
            // The null statistic maximises over split positions: the change point's position was itself
            // chosen from the data, and testing only its fixed split would overstate significance.
            let observed = statistic.statistic(at: index - lower)
            return test.run(observed: observed) { statistic.permutedMaximum(&generator) }.pValue
        }
        for k in indices.indices { pValues.append(retest(k)) }
        func remove(_ k: Int) {
            indices.remove(at: k)
            pValues.remove(at: k)
            if k > 0 { pValues[k - 1] = retest(k - 1) }
            if k < indices.count { pValues[k] = retest(k) }
        }
        while !indices.isEmpty {
            let weakest = pValues.indices.max { pValues[$0] < pValues[$1] }!
            if pValues[weakest] > pValue * (1 + 1e-12) {
                remove(weakest)
                continue
            }
            let points = describe(series, indices, pValues)
            let smallest = points.indices.min { points[$0].magnitude < points[$1].magnitude }!
            if points[smallest].magnitude > minMagnitude {
                return points
            }
            remove(smallest)
        }
        return []
    }

    // MARK: Whole-series test

    /// One test of the whole series for a single step: the largest Z over all splits against the null of that
    /// maximum, so the test has its level exactly whatever the noise distribution. For distinct values of a
    /// tabulated length and level the null is `nullTable`'s critical value (no Monte Carlo loss: a step whose
    /// p is just under the level is always found, where 1999 permutations found it about two times in three)
    /// and the point's p-value is the smallest tabulated level it passes; otherwise a permutation test.
    func wholeSeriesTest(
        _ series: [Double], level: Double, _ generator: inout Xoshiro256StarStar
    ) -> [ChangePoint] {
        var statistic = RankShiftStatistic(series[...])
        guard let best = statistic.best() else { return [] }
        let pValue: Double
        if !statistic.hasTies,
            let significant = nullTable.isSignificant(best.statistic, length: series.count, level: level)
        {
            guard significant, let bound = nullTable.pValueBound(best.statistic, length: series.count) else {
                return []
            }
            pValue = bound
        } else {
            let test = SequentialPermutationTest(permutations: wholeSeriesPermutations(level), alpha: level)
            let outcome = test.run(observed: best.statistic) { statistic.permutedMaximum(&generator) }
            guard outcome.significant else { return [] }
            pValue = outcome.pValue
        }
        let point = describe(series, [best.tau], [pValue])
        return point[0].magnitude > minMagnitude ? point : []
    }

    private func describe(_ series: [Double], _ indices: [Int], _ pValues: [Double]) -> [ChangePoint] {
        indices.indices.map { k in
            let previous = k > 0 ? indices[k - 1] : 0
            let next = k + 1 < indices.count ? indices[k + 1] : series.count
            let before = ChangePoints.meanAndDeviation(series[previous..<indices[k]])
            let after = ChangePoints.meanAndDeviation(series[indices[k]..<next])
            return ChangePoint(
                index: indices[k], pValue: pValues[k], meanBefore: before.mean, meanAfter: after.mean,
                standardDeviationBefore: before.deviation, standardDeviationAfter: after.deviation)
        }
    }

    private static func meanAndDeviation(_ values: ArraySlice<Double>) -> (mean: Double, deviation: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, (squares / Double(values.count)).squareRoot())
    }
}
