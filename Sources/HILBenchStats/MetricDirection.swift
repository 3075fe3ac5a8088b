/// Which way a metric improves.
public enum MetricDirection: String, Sendable, Hashable, Codable {
    /// Smaller is better: latency, energy per inference, memory.
    case lowerIsBetter
    /// Larger is better: throughput, inferences per joule.
    case higherIsBetter
}
