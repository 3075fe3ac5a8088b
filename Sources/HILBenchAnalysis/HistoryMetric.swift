public import HILBenchCore
import HILBenchStats

/// The metrics `history` and `nightly` follow, one figure per run.
public enum HistoryMetric: String, Sendable, CaseIterable {
    case latency, energy, memory

    public var unit: String {
        switch self {
        case .latency: "ms"
        case .energy: "mJ"
        case .memory: "MiB"
        }
    }

    /// How a verdict on a native tool's summary-only latency says what it was judged on.
    public static let toolSummaryNote = "the tool's own summary figure, one per run (no per-iteration samples)"

    /// The run's figure: median latency (ms), energy per inference (mJ), peak RSS (MiB); nil when not ok.
    /// A native tool that printed only a summary gives its printed median (else mean) as the run's latency: one
    /// figure per run, judged against history's run-to-run spread, never taken for samples.
    public func value(_ result: CaseResult) -> Double? {
        guard result.status == .ok else { return nil }
        switch self {
        case .latency:
            if let printed = result.printedSummaryLatencyNs { return printed / 1e6 }
            guard let summary = try? Summary(result.latenciesNs.map(Double.init)) else { return nil }
            return summary.median / 1e6
        case .energy: return result.energy?.millijoulesPerInference
        case .memory: return result.memory.peakRSSKiB.map { Double($0) / 1024 }
        }
    }

    /// The suite's practical threshold for this metric.
    public func threshold(_ thresholds: SuiteConfig.Thresholds) -> Double {
        switch self {
        case .latency: thresholds.latency
        case .energy: thresholds.energy
        case .memory: thresholds.memory
        }
    }
}

/// The interval of a result's median latency (ns), when its sample is large enough.
func medianInterval(_ result: CaseResult) -> (lower: Double, upper: Double)? {
    guard let interval = (try? Summary(result.latenciesNs.map(Double.init)))?.medianInterval else { return nil }
    return (interval.lower, interval.upper)
}
