import Foundation

/// How much a case's level moves from night to night (run to run, on different occasions) beyond what its
/// executions within a night show: the random effect one level above the executions.
///
/// Model (Kalibera & Jones 2013, three levels): the log median of execution j on night i is
/// μ + Nᵢ + Eᵢⱼ with Nᵢ ~ (0, σ²_N), Eᵢⱼ ~ (0, σ²_E). A night's mean ȳᵢ over its kᵢ executions has variance
/// σ²_N + σ²_E/kᵢ, so the one-way random-effects method of moments gives
/// σ̂²_N = max(0, var(ȳᵢ) − mean(s²ᵢ/kᵢ)) with sᵢ the spread of night i's executions; its degrees of freedom are
/// nights − 1. Two runs on different nights differ by Nᵦ − Nₐ on top of their executions: a variance 2σ²_N that
/// no number of executions within the two runs can show or shrink.
public struct NightLevelSpread: Sendable, Hashable {
    /// σ²_N, the night effect's variance on the log scale (≈ relative variance).
    public let variance: Double
    /// Degrees of freedom of the estimate: nights − 1.
    public let degreesOfFreedom: Double
    /// Nights it was estimated from.
    public let nights: Int
    /// Standard deviation of the nights' mean log medians (σ²_N + σ²_E/k together: what a run-level series shows).
    public let nightMeanSpread: Double

    /// Fewest nights an estimate is made from (2 degrees of freedom; fewer, and it is a guess).
    public static let minimumNights = 3

    /// σ_N, ≈ the relative standard deviation of a night's level.
    public var spread: Double { variance.squareRoot() }

    public init(variance: Double, degreesOfFreedom: Double, nights: Int, nightMeanSpread: Double) {
        self.variance = variance
        self.degreesOfFreedom = degreesOfFreedom
        self.nights = nights
        self.nightMeanSpread = nightMeanSpread
    }

    /// Estimates σ²_N from earlier nights of one build.
    /// - Parameter nights: per night, the log medians of its executions (at least 2 each); at least
    ///   `minimumNights` nights.
    public init(nights: [[Double]]) throws(StatsError) {
        let context = "NightLevelSpread.init"
        guard nights.count >= Self.minimumNights else {
            throw StatsError(
                .invalidParameter, context: context,
                message: "needs at least \(Self.minimumNights) nights, got \(nights.count)")
        }
        var means: [Double] = []
        var squaredErrors: [Double] = []
        for night in nights {
            guard night.count >= 2 else {
                throw StatsError(
                    .invalidParameter, context: context,
                    message: "each night needs at least 2 executions, got \(night.count)")
            }
            try StatsError.checkSample(night, context: context)
            let (mean, variance) = Self.meanVariance(night)
            means.append(mean)
            squaredErrors.append(variance / Double(night.count))
        }
        let between = Self.meanVariance(means).variance
        let within = squaredErrors.reduce(0, +) / Double(squaredErrors.count)
        self.init(
            variance: max(0, between - within), degreesOfFreedom: Double(nights.count - 1), nights: nights.count,
            nightMeanSpread: between.squareRoot())
    }

    static func meanVariance(_ x: [Double]) -> (mean: Double, variance: Double) {
        let mean = x.reduce(0, +) / Double(x.count)
        return (mean, x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1))
    }
}
