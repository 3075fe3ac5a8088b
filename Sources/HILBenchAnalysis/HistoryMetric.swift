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
            return SortedLatencies(result).map { $0.median / 1e6 }
        case .energy: return result.energy?.millijoulesPerInference
        case .memory: return result.memory.peakRSSKiB.map { Double($0) / 1024 }
        }
    }

    /// The run's figure from its history row: the same as `value(_:)` of the whole result.
    public func value(_ row: CaseHistoryRow) -> Double? {
        guard row.status == .ok else { return nil }
        switch self {
        case .latency:
            if let printed = row.printedSummaryLatencyNs { return printed / 1e6 }
            return row.medianLatencyNs.map { $0 / 1e6 }
        case .energy: return row.energyMillijoulesPerInference
        case .memory: return row.peakRSSKiB.map { Double($0) / 1024 }
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

extension HistoryMetric {
    /// `value(result)` and, for latency, the interval of its median (ns) — from one sort of the samples.
    func valueAndInterval(_ result: CaseResult) -> (value: Double, interval: (lower: Double, upper: Double)?)? {
        guard self == .latency, result.status == .ok, result.printedSummaryLatencyNs == nil else {
            return value(result).map { ($0, self == .latency ? medianInterval(result) : nil) }
        }
        return SortedLatencies(result).map { ($0.median / 1e6, $0.medianInterval) }
    }
}

extension HistoryMetric {
    /// `value(row)` and, for latency, the interval of its samples' median (ns): `valueAndInterval` of the whole result.
    func valueAndInterval(_ row: CaseHistoryRow) -> (value: Double, interval: (lower: Double, upper: Double)?)? {
        value(row).map { ($0, self == .latency ? row.medianIntervalNs : nil) }
    }
}

/// The interval of a result's median latency (ns), when its sample is large enough.
func medianInterval(_ result: CaseResult) -> (lower: Double, upper: Double)? {
    SortedLatencies(result)?.medianInterval
}

/// A result's latencies sorted, for the median and its 95% interval exactly as `Summary` gives them, without the rest
/// of a `Summary`: its percentile table's sample-count rule alone takes ~8,000 logarithms, and a nightly reads every
/// case of a year of history (73,000 results for 200 cases).
struct SortedLatencies {
    let sorted: [Double]

    /// Nil without samples (where `Summary` throws).
    init?(_ result: CaseResult) {
        guard !result.latenciesNs.isEmpty else { return nil }
        sorted = result.latenciesNs.map(Double.init).sorted()
    }

    var median: Double { Quantile.type7(sorted: sorted, 0.5) }

    var medianInterval: (lower: Double, upper: Double)? {
        OrderStatistics.interval(sorted: sorted, fraction: 0.5, level: 0.95).map { ($0.lower, $0.upper) }
    }
}
