/// E-Divisive means change-point detection with permutation tests, shaped like Apache Otava (Hunter).
///
/// ## Algorithm
/// 1. **Split** (Otava's `split`): slide a window of `window` points (default 50) through the series;
///    the next window starts at max(last change point found in this window, start + `step`) with
///    `step` = 25 by default. In each window run hierarchical E-Divisive (Matteson & James 2014): the
///    candidate is the (τ, κ) maximising Q̂ over every current segment (`EnergyStatistic`), accepted when a
///    permutation test (points shuffled within each segment of the window, max Q̂ recomputed) gives
///    p ≤ the *weak* threshold, then repeated on the new segments. The weak threshold is Otava's
///    first-pass rule: 10·p if p < 0.05, 2·p if p < 0.5.
/// 2. **Merge** (Otava's `merge`, the Hunter paper's bottom-up pass): every weak change point is re-tested
///    between its neighbouring segments, using at most `window` points on each side (bounded cost), by a
///    permutation test whose observed statistic is Q̂ at the change point and whose null statistic is the
///    largest Q̂ over all split positions of the shuffled neighbourhood (so the data-driven choice of the
///    position does not inflate significance); while some p exceeds `pValue`, the weakest point is
///    dropped and its neighbours re-tested. Then, while the smallest magnitude is not
///    above `minMagnitude`, that point is dropped too.
///
/// ## Differences from Otava
/// - Otava's default windowed mode tests with Student's t (it replaced permutations because they were slow
///   and random); this uses seeded permutation tests throughout, as in Otava's `--orig-edivisive` and
///   MongoDB's signal-processing library, but windowed.
/// - p = (z + 1)/(R + 1) with R = 999 permutations by default (Otava's original mode: z/(R + 1) with
///   R = 100, which reports p = 0 and so cannot really test at 0.001). Tests stop early once significance
///   is out of reach (`SequentialPermutationTest`), so quiet windows cost a few permutations.
/// - The merge step re-tests with the energy statistic on bounded neighbourhoods, with the split position
///   maximised under the null, instead of a t-test on whole segments at the chosen split; Otava's recompute after a removal touches the removed point's right neighbours,
///   this one the two neighbours of the removed point.
///
/// Cost: O(window²) per permutation; a 1000-point series takes milliseconds in release builds
/// (`StatsBenchmarks.eDivisiveTiming()`). Results are deterministic for a given `seed`.
public struct ChangePoints: Sendable, Hashable {
    /// Points per window (Otava `--window`, default 50).
    public var window: Int
    /// How far the window moves when it finds nothing new (default window / 2 = 25).
    public var step: Int
    /// Significance level of the final change points (Otava `-P`, default 0.001).
    public var pValue: Double
    /// Minimum |relative change| of the segment means to keep a change point (Otava `-M`, default 0).
    public var minMagnitude: Double
    /// Permutations per test (default 999, enough to reach p = 0.001).
    public var permutations: Int
    /// Seed of the permutation generator.
    public var seed: UInt64

    /// Creates a detector with Otava-like defaults.
    public init(
        window: Int = 50, step: Int? = nil, pValue: Double = 0.001, minMagnitude: Double = 0,
        permutations: Int = 999, seed: UInt64 = 0x4F54_4156_41  // "OTAVA"
    ) {
        self.window = window
        self.step = step ?? max(1, window / 2)
        self.pValue = pValue
        self.minMagnitude = minMagnitude
        self.permutations = permutations
        self.seed = seed
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
        let weak = split(series, &generator)
        return merge(series, weak, &generator)
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
            throw StatsError(.nonFiniteValue, context: context, message: "point #\(index) is \(series[index]); fill or drop missing runs first")
        }
        if window < 2 || step < 1 {
            throw StatsError(.invalidParameter, context: context, message: "window must be >= 2 and step >= 1, got \(window) and \(step)")
        }
        try StatsError.checkLevel(pValue, name: "pValue", context: context)
        if permutations < 1 {
            throw StatsError(.invalidParameter, context: context, message: "permutations must be at least 1, got \(permutations)")
        }
        if Double(permutations + 1) * pValue < 1 - 1e-9 {
            throw StatsError(
                .invalidParameter, context: context,
                message: "\(permutations) permutations cannot reach p <= \(pValue); use at least \(Int((1 / pValue).rounded(.up)) - 1)")
        }
    }

    // MARK: Split

    private func split(_ series: [Double], _ generator: inout Xoshiro256StarStar) -> [Int] {
        var found = Set<Int>()
        var start = 0
        var energy = EnergyStatistic()
        let test = SequentialPermutationTest(permutations: permutations, alpha: weakPValue)
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
            guard let candidate = values.withUnsafeBufferPointer({ best(in: $0, bounds: bounds, &energy) }) else { break }
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
               result == nil || candidate.qhat > result!.qhat {
                result = candidate
            }
        }
        return result
    }

    // MARK: Merge

    private func merge(_ series: [Double], _ weak: [Int], _ generator: inout Xoshiro256StarStar) -> [ChangePoint] {
        var indices = weak
        var pValues = [Double]()
        let test = SequentialPermutationTest(permutations: permutations, alpha: pValue)
        func retest(_ k: Int) -> Double {
            let previous = k > 0 ? indices[k - 1] : 0
            let next = k + 1 < indices.count ? indices[k + 1] : series.count
            let index = indices[k]
            let left = Array(series[max(previous, index - window)..<index])
            let right = Array(series[index..<min(next, index + window)])
            var pooled = left + right
            let observed = pooled.withUnsafeBufferPointer { EnergyStatistic.fixedSplit($0, split: left.count) }
            // The null statistic maximises over split positions: the change point's position was itself
            // chosen as a maximum, and testing only its fixed split would overstate significance.
            return test.run(observed: observed) {
                generator.shuffle(&pooled)
                return pooled.withUnsafeBufferPointer { EnergyStatistic.maxOverSplits($0) }
            }.pValue
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
