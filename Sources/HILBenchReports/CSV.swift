import Foundation
public import HILBenchCore

/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF line ends.
public enum CSV {
    public static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// A number as CSV text: empty when absent, plain decimal otherwise (no thousands separators, no exponent for usual sizes).
    static func number(_ value: Double?, digits: Int = 6) -> String {
        guard let value, value.isFinite else { return "" }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    static func number(_ value: Int?) -> String { value.map(String.init) ?? "" }
}

/// `summary.csv`: one row per case.
public enum SummaryCSV {
    public static let columns = [
        "run_id", "target", "chip", "model", "runtime", "runtime_version", "provider", "precision", "threads", "batch", "status",
        "iterations", "p50_ms", "p90_ms", "p95_ms", "p99_ms", "mean_ms", "stdev_ms", "mad_ms", "cv", "median_ci_low_ms", "median_ci_high_ms",
        "outliers", "load_ms", "peak_rss_mb", "load_rss_mb", "steady_rss_mb", "mj_per_inference", "avg_w", "inferences_per_j",
        "max_abs_error", "cosine_similarity", "top1_agreement", "transport", "failure",
    ]

    public static func render(_ report: RunReport) -> String {
        var text = CSV.line(columns)
        for row in report.rows {
            text += CSV.line([
                report.runID, row.key.target, row.chip, row.key.model, row.key.runtime.rawValue, row.runtimeVersion ?? "", row.provider ?? "",
                row.key.precision.rawValue, String(row.key.threads), String(row.key.batch), row.status.rawValue, String(row.iterations),
                CSV.number(row.p50Ms), CSV.number(row.p90Ms), CSV.number(row.p95Ms), CSV.number(row.p99Ms), CSV.number(row.meanMs),
                CSV.number(row.stdevMs), CSV.number(row.madMs), CSV.number(row.cv), CSV.number(row.medianLowMs), CSV.number(row.medianHighMs),
                CSV.number(row.outliers), CSV.number(row.loadMs, digits: 3), CSV.number(row.peakRSSMiB, digits: 2), CSV.number(row.loadRSSMiB, digits: 2),
                CSV.number(row.steadyRSSMiB, digits: 2), CSV.number(row.millijoulesPerInference), CSV.number(row.averageWatts),
                CSV.number(row.inferencesPerJoule, digits: 2), CSV.number(row.maxAbsError, digits: 8), CSV.number(row.cosineSimilarity, digits: 8),
                CSV.number(row.top1Agreement, digits: 4), row.transport ?? "", row.failure ?? "",
            ])
        }
        return text
    }
}

/// `samples.csv`: tidy, one row per timed iteration.
public enum SamplesCSV {
    public static let columns = ["run_id", "target", "model", "runtime", "precision", "threads", "batch", "iteration", "latency_ns"]

    /// Streams rows to `write` (a year of samples does not fit comfortably in one string).
    public static func render(runID: String, results: [CaseResult], write: (String) -> Void) {
        write(CSV.line(columns))
        for result in results {
            let key = result.key
            let prefix = [runID, key.target, key.model, key.runtime.rawValue, key.precision.rawValue, String(key.threads), String(key.batch)]
                .map(CSV.field).joined(separator: ",")
            var chunk = ""
            chunk.reserveCapacity(result.latenciesNs.count * (prefix.count + 20))
            for (index, latency) in result.latenciesNs.enumerated() {
                chunk += prefix
                chunk += ","
                chunk += String(index)
                chunk += ","
                chunk += String(latency)
                chunk += "\r\n"
            }
            write(chunk)
        }
    }
}
