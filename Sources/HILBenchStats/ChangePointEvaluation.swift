/// A seeded set of synthetic nightly series with known steps, and the scoring of a detector's change points
/// against it: the benchmark `hilbench-benchmarks changepoints` scores hilbench and its peers on the same set.
///
/// The set is a grid: lengths 30, 60 and 200 runs; Gaussian noise of 1, 2 and 3% of the level; one step of
/// 1, 2, 5 or 10% (up or down) placed early (20% into the series), in the middle or late (80%), four
/// replicates of each; plus 60 series per length with no step (the A/A series).
public enum ChangePointEvaluation {
    /// Where the step sits in a series.
    public enum Position: String, Sendable, CaseIterable {
        case early, middle, late

        func index(length: Int) -> Int {
            switch self {
            case .early: length / 5
            case .middle: length / 2
            case .late: length - length / 5
            }
        }
    }

    /// One generated series and the step in it, if any.
    public struct Trial: Sendable, Hashable {
        public let values: [Double]
        /// Index of the first point after the step; nil for an A/A series.
        public let stepIndex: Int?
        /// Relative size of the step (signed), 0 for an A/A series.
        public let step: Double
        /// Relative noise (standard deviation / level).
        public let noise: Double
        public let position: Position?

        public init(
            values: [Double], stepIndex: Int? = nil, step: Double = 0, noise: Double, position: Position? = nil
        ) {
            self.values = values
            self.stepIndex = stepIndex
            self.step = step
            self.noise = noise
            self.position = position
        }
    }

    /// Scores of one detector over a set.
    public struct Score: Sendable, Hashable {
        /// Step series whose step was found within the tolerance.
        public var hits = 0
        public var stepSeries = 0
        /// Late-step series and their hits.
        public var lateHits = 0
        public var lateSeries = 0
        /// A/A series with at least one change point, and how many A/A series there were.
        public var falseAlarms = 0
        public var nullSeries = 0
        /// Change points in A/A series.
        public var nullPoints = 0
        /// Change points in step series that do not match the step.
        public var extraPoints = 0
        /// Hits and step series per step size (relative, unsigned).
        public var hitsBySize: [Double: Int] = [:]
        public var seriesBySize: [Double: Int] = [:]

        public var recall: Double { stepSeries == 0 ? 0 : Double(hits) / Double(stepSeries) }
        public var lateRecall: Double { lateSeries == 0 ? 0 : Double(lateHits) / Double(lateSeries) }
        public var falseAlarmRate: Double { nullSeries == 0 ? 0 : Double(falseAlarms) / Double(nullSeries) }
        public var falsePointsPerNullSeries: Double { nullSeries == 0 ? 0 : Double(nullPoints) / Double(nullSeries) }
    }

    public static let lengths = [30, 60, 200]
    public static let noises = [0.01, 0.02, 0.03]
    public static let steps = [0.01, 0.02, 0.05, 0.10]
    public static let replicates = 4
    public static let nullSeriesPerLength = 60

    /// The generated set, identical for a given seed on every machine; each length has its own generator, so
    /// `lengths: [60]` is exactly the 60-run part of the whole set.
    public static func nightlySeries(seed: UInt64 = 19, lengths: [Int] = lengths) -> [Trial] {
        var trials: [Trial] = []
        for length in lengths {
            var generator = Xoshiro256StarStar(seed: seed &* 1_000 &+ UInt64(length))
            for noise in noises {
                for step in steps {
                    for position in Position.allCases {
                        for replicate in 0..<replicates {
                            let signed = replicate.isMultiple(of: 2) ? step : -step
                            let at = position.index(length: length)
                            let values = (0..<length).map { i in
                                (i < at ? 100 : 100 * (1 + signed)) + 100 * noise * generator.nextGaussian()
                            }
                            trials.append(
                                Trial(
                                    values: values, stepIndex: at, step: signed, noise: noise, position: position))
                        }
                    }
                }
            }
            for k in 0..<nullSeriesPerLength {
                let noise = noises[k % noises.count]
                let values = (0..<length).map { _ in 100 + 100 * noise * generator.nextGaussian() }
                trials.append(Trial(values: values, stepIndex: nil, step: 0, noise: noise, position: nil))
            }
        }
        return trials
    }

    /// How far from the true step a change point may be and still count: 2 runs, or 5% of the series.
    public static func tolerance(length: Int) -> Int { max(2, length / 20) }

    /// Scores `detections[k]` (change-point indices of `trials[k]`).
    public static func score(_ trials: [Trial], _ detections: [[Int]]) -> Score {
        precondition(trials.count == detections.count, "one detection list per trial")
        var score = Score()
        for (trial, points) in zip(trials, detections) {
            guard let at = trial.stepIndex else {
                score.nullSeries += 1
                score.nullPoints += points.count
                if !points.isEmpty { score.falseAlarms += 1 }
                continue
            }
            let tolerance = tolerance(length: trial.values.count)
            let hit = points.contains { abs($0 - at) <= tolerance }
            score.stepSeries += 1
            score.extraPoints += points.count - (hit ? 1 : 0)
            if hit { score.hits += 1 }
            if trial.position == .late {
                score.lateSeries += 1
                if hit { score.lateHits += 1 }
            }
            let size = abs(trial.step)
            score.hitsBySize[size, default: 0] += hit ? 1 : 0
            score.seriesBySize[size, default: 0] += 1
        }
        return score
    }

    /// The Neyman–Pearson ceiling of recall on `trials` for any detector whose A/A false-alarm rate is
    /// `falseAlarmRate`: the mean over step series of the power of a clairvoyant one-sided z-test that knows
    /// where the step is, its size, its sign and the noise, Φ(|step|/noise·√(τ(n − τ)/n) − z₁₋α).
    ///
    /// A detector that reports any change point is a test of "no step" at its false-alarm rate, so by the
    /// Neyman–Pearson lemma it cannot flag a given step series more often than that z-test, and a step counts
    /// as found only when flagged: recall ≤ this ceiling (power is concave in α, so the bound holds for the
    /// false-alarm rate averaged over noise levels too). A detector that does not know the position pays more.
    public static func neymanPearsonCeiling(_ trials: [Trial], falseAlarmRate: Double) -> Double {
        precondition(falseAlarmRate > 0 && falseAlarmRate < 1, "falseAlarmRate must be in (0, 1)")
        let critical = Special.normalQuantile(1 - falseAlarmRate)
        var total = 0.0
        var count = 0
        for trial in trials {
            guard let at = trial.stepIndex, trial.noise > 0 else { continue }
            let length = Double(trial.values.count)
            let shift = abs(trial.step) / trial.noise * (Double(at) * (length - Double(at)) / length).squareRoot()
            total += Special.normalCDF(shift - critical)
            count += 1
        }
        return count == 0 ? 0 : total / Double(count)
    }

    /// A reference detector: one test per series, the largest normal-scores rank statistic over all splits
    /// (`RankShiftStatistic`) against its exact null at `level` for the series' length (the (1 − level)
    /// quantile of `nullDraws` permutation maxima, one calibration per length), reporting at most the one
    /// change point at the best split. It is the best this statistic can do at that level without the
    /// Monte Carlo loss of a 999-permutation test; it cannot see two steps. Values must not tie.
    public static func singleShiftReference(
        _ trials: [Trial], level: Double, nullDraws: Int = 200_000, seed: UInt64 = 7
    ) -> [[Int]] {
        var critical: [Int: Double] = [:]
        var generator = Xoshiro256StarStar(seed: seed)
        return trials.map { trial in
            let length = trial.values.count
            guard length >= 3 else { return [] }
            if critical[length] == nil {
                var null = RankShiftStatistic((0..<length).map(Double.init)[...])
                let maxima = (0..<nullDraws).map { _ in null.permutedMaximum(&generator) }
                critical[length] = Quantile.type7(unsorted: maxima, 1 - level)
            }
            guard let best = RankShiftStatistic(trial.values[...]).best(), best.statistic > critical[length]!
            else { return [] }
            return [best.tau]
        }
    }
}
