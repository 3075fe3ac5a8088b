import Foundation
public import HILBenchCore

/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF line ends.
///
/// Text that a spreadsheet would run as a formula — a field starting with `=`, `+`, `-`, `@`, tab or CR — gets a
/// leading `'` (OWASP "CSV Injection"), so a board called `=HYPERLINK(…)` is shown, not executed. Plain
/// numbers such as `-0.5` or `1e-07` are left alone. Readers that need the exact text strip one leading `'`.
public enum CSV {
    /// One field: the formula guard, then RFC 4180 quoting.
    public static func field(_ text: String) -> String {
        let guarded = needsFormulaGuard(text) ? "'" + text : text
        if guarded.utf8.contains(where: {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }) {
            return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return guarded
    }

    /// A record: fields joined by commas, ended by CRLF.
    public static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

    /// Whether a field would start a spreadsheet formula (and is not simply a number).
    public static func needsFormulaGuard(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isPlainNumber(text)
        default: return false
        }
    }

    /// `-12`, `+3.5`, `-1.2e-07`: a decimal number and nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

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

    /// A number with 9 significant digits (exponent form for very small or large values, which pandas and
    /// spreadsheets read); empty when absent or not finite.
    static func significant(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.9g", value)
    }
}

/// `summary.csv`: one row per case (wide).
public enum SummaryCSV {
    public static let columns = [
        "run_id", "target", "chip", "model", "runtime", "runtime_version", "provider", "precision", "threads", "batch",
        "status",
        "iterations", "p50_ms", "p90_ms", "p95_ms", "p99_ms", "mean_ms", "stdev_ms", "mad_ms", "cv", "median_ci_low_ms",
        "median_ci_high_ms",
        "outliers", "load_ms", "peak_rss_mb", "load_rss_mb", "steady_rss_mb", "mj_per_inference", "avg_w",
        "inferences_per_j",
        "max_abs_error", "cosine_similarity", "top1_agreement", "transport", "failure",
        "inferences_per_s", "inferences_per_s_per_w", "inferences_per_s_per_usd", "price_usd", "tdp_w",
        "effective_precision", "effective_precision_source", "precision_flags", "energy_provenance",
        "latency_provenance",
        "worst_output", "accuracy_note", "failure_phase",
    ]

    public static func render(_ report: RunReport) -> String {
        var text = CSV.line(columns)
        for row in report.rows {
            let target = report.target(named: row.key.target)
            text += CSV.line([
                report.runID, row.key.target, row.chip, row.key.model, row.key.runtime.rawValue,
                row.runtimeVersion ?? "", row.provider ?? "",
                row.key.precision.rawValue, String(row.key.threads), String(row.key.batch), row.status.rawValue,
                String(row.iterations),
                CSV.number(row.p50Ms), CSV.number(row.p90Ms), CSV.number(row.p95Ms), CSV.number(row.p99Ms),
                CSV.number(row.meanMs),
                CSV.number(row.stdevMs), CSV.number(row.madMs), CSV.number(row.cv), CSV.number(row.medianLowMs),
                CSV.number(row.medianHighMs),
                CSV.number(row.outliers), CSV.number(row.loadMs, digits: 3), CSV.number(row.peakRSSMiB, digits: 2),
                CSV.number(row.loadRSSMiB, digits: 2),
                CSV.number(row.steadyRSSMiB, digits: 2), CSV.number(row.millijoulesPerInference),
                CSV.number(row.averageWatts),
                CSV.number(row.inferencesPerJoule, digits: 2), CSV.significant(row.maxAbsError),
                CSV.number(row.cosineSimilarity, digits: 8),
                CSV.number(row.top1Agreement, digits: 4), row.transport ?? "", row.failure ?? "",
                CSV.significant(row.inferencesPerSecond), CSV.significant(row.inferencesPerSecondPerWatt),
                CSV.significant(row.inferencesPerSecondPerDollar),
                CSV.number(Efficiency.isUsable(target?.priceUSD) ? target?.priceUSD : nil, digits: 2),
                CSV.number(Efficiency.isUsable(target?.tdpWatts) ? target?.tdpWatts : nil, digits: 2),
                row.effectivePrecision ?? "", row.effectivePrecisionSource ?? "",
                (row.precisionFlags ?? []).joined(separator: ";"),
                row.energyProvenance?.rawValue ?? "", row.latencyProvenance?.rawValue ?? "", row.worstOutput ?? "",
                row.accuracyNote ?? "",
                row.failurePhase ?? "",
            ])
        }
        return text
    }
}

/// `samples.csv`: tidy, one row per timed iteration.
public enum SamplesCSV {
    public static let columns = [
        "run_id", "target", "model", "runtime", "precision", "threads", "batch", "iteration", "latency_ns",
    ]

    /// Streams rows to `write` (a year of samples does not fit comfortably in one string).
    public static func render(runID: String, results: [CaseResult], write: (String) -> Void) {
        write(CSV.line(columns))
        for result in results {
            let key = result.key
            let prefix = [
                runID, key.target, key.model, key.runtime.rawValue, key.precision.rawValue, String(key.threads),
                String(key.batch),
            ]
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
