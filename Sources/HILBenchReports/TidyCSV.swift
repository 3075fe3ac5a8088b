import HILBenchCore

/// `tidy.csv`: long format, one row per case × metric, for pandas (`pd.read_csv`) and spreadsheets' pivot tables.
///
/// Every case gets a row for every metric in `metrics`; `value` is empty where the case has no figure (a
/// failed or skipped case, a p99 without enough samples, a board without a price), so row counts are
/// predictable: cases × metrics. Cases of native tools then add one row per figure the tool printed
/// (`tool.latency.p99`, `tool.throughput` in the tool's units; `tool.device`, `tool.precision`, `tool.warning` with
/// their words in `text` and `value` empty, so `value` stays numeric for pandas) and one per knob as hilbench mapped
/// it (`tool.setting.warmup`, provenance `derived`). Whether a case ran is in `summary.csv`'s `status` and in
/// `report.json`.
public enum TidyCSV {
    public static let columns = [
        "run_id", "target", "chip", "model", "runtime", "precision", "threads", "batch", "metric", "value", "unit",
        "provenance", "text",
    ]

    /// A metric: its name in the `metric` column, its unit, and how to read it from a row.
    public struct Metric: Sendable {
        public let name: String
        public let unit: String
        /// What kind of figure it is: latency and derived figures follow the row's latency provenance (derived, or
        /// printed by a native tool); energy figures the meter's (measured or simulated).
        public let kind: Kind
        let value: @Sendable (RunReport.Row) -> Double?

        public enum Kind: Sendable { case latency, energy, measured, derived }

        init(name: String, unit: String, kind: Kind = .latency, value: @escaping @Sendable (RunReport.Row) -> Double?) {
            self.name = name
            self.unit = unit
            self.kind = kind
            self.value = value
        }

        /// The `provenance` cell for a row: empty when the row has no figure.
        public func provenance(_ row: RunReport.Row) -> String {
            guard value(row) != nil else { return "" }
            switch kind {
            case .latency: return (row.latencyProvenance ?? .derived).rawValue
            case .energy: return (row.energyProvenance == .simulated ? Provenance.simulated : .derived).rawValue
            case .measured: return Provenance.measured.rawValue
            case .derived: return Provenance.derived.rawValue
            }
        }
    }

    /// The metrics written, in order.
    public static let metrics: [Metric] = [
        Metric(name: "iterations", unit: "count") { $0.iterations > 0 ? Double($0.iterations) : nil },
        Metric(name: "latency_p50", unit: "ms") { $0.p50Ms },
        Metric(name: "latency_p90", unit: "ms") { $0.p90Ms },
        Metric(name: "latency_p95", unit: "ms") { $0.p95Ms },
        Metric(name: "latency_p99", unit: "ms") { $0.p99Ms },
        Metric(name: "latency_mean", unit: "ms") { $0.meanMs },
        Metric(name: "latency_stdev", unit: "ms") { $0.stdevMs },
        Metric(name: "latency_cv", unit: "ratio") { $0.cv },
        Metric(name: "latency_median_ci_low", unit: "ms") { $0.medianLowMs },
        Metric(name: "latency_median_ci_high", unit: "ms") { $0.medianHighMs },
        Metric(name: "load_ms", unit: "ms", kind: .measured) { $0.loadMs },
        Metric(name: "peak_rss", unit: "MiB", kind: .measured) { $0.peakRSSMiB },
        Metric(name: "load_rss", unit: "MiB", kind: .measured) { $0.loadRSSMiB },
        Metric(name: "steady_rss", unit: "MiB", kind: .measured) { $0.steadyRSSMiB },
        Metric(name: "mj_per_inference", unit: "mJ", kind: .energy) { $0.millijoulesPerInference },
        Metric(name: "avg_w", unit: "W", kind: .energy) { $0.averageWatts },
        Metric(name: "inferences_per_second", unit: "1/s") { $0.inferencesPerSecond },
        Metric(name: "inferences_per_joule", unit: "1/J", kind: .energy) { $0.inferencesPerJoule },
        Metric(name: "inferences_per_second_per_watt", unit: "1/s/W") { $0.inferencesPerSecondPerWatt },
        Metric(name: "inferences_per_second_per_dollar", unit: "1/s/USD") { $0.inferencesPerSecondPerDollar },
        Metric(name: "max_abs_error", unit: "output", kind: .derived) { $0.maxAbsError },
        Metric(name: "mean_abs_error", unit: "output", kind: .derived) { $0.meanAbsError },
        Metric(name: "cosine", unit: "ratio", kind: .derived) { $0.cosineSimilarity },
        Metric(name: "top1_agreement", unit: "ratio", kind: .derived) { $0.top1Agreement },
    ]

    public static func render(_ report: RunReport) -> String {
        var text = CSV.line(columns)
        text.reserveCapacity(report.rows.count * metrics.count * 90)
        let run = CSV.field(report.runID)
        for row in report.rows {
            let prefix =
                run + ","
                + [
                    row.key.target, row.chip, row.key.model, row.key.runtime.rawValue, row.key.precision.rawValue,
                    String(row.key.threads), String(row.key.batch),
                ].map(CSV.field).joined(separator: ",") + ","
            for metric in metrics {
                text += prefix
                text += metric.name
                text += ","
                text += CSV.significant(metric.value(row))
                text += ","
                text += CSV.field(metric.unit)
                text += ","
                text += metric.provenance(row)
                text += ",\r\n"
            }
            // A native tool's own figures follow, named `tool.<figure>`: numbers in the tool's units, words in `text`.
            for figure in row.toolFigures ?? [] {
                let provenance: Provenance = figure.name.hasPrefix("setting.") ? .derived : .printed
                text += prefix + CSV.field("tool." + figure.name) + ","
                text += figure.value.map { CSV.significant($0) } ?? ""
                text += "," + CSV.field(figure.unit) + "," + provenance.rawValue + ","
                text += figure.value == nil ? CSV.field(figure.text ?? "") : ""
                text += "\r\n"
            }
        }
        return text
    }
}
