/// The outcome of comparing a candidate sample with a baseline sample (see `Comparison`).
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// Significantly worse, by more than the practical threshold.
    case regressed
    /// Significantly better, by more than the practical threshold.
    case improved
    /// The whole confidence interval of the ratio lies within ±threshold.
    case noChange
    /// Neither: the interval straddles the threshold or the test disagrees; collect more samples.
    case inconclusive
    /// A sample is too small or too noisy to judge; fix the measurement before comparing.
    case unstable
}
