/// Parses ONNX Runtime `onnxruntime_perf_test` output, from the 2019 builds (`Total time cost:`,
/// `Min Latency is 0.0559777 sec`) to current ones (`Session creation time cost`, `First inference
/// time cost`, `Number of inferences per second`, `P50 Latency: … s` with `-s`).
///
/// - Units are mixed as printed: the average is in ms, min/max/percentiles in s, memory in bytes.
/// - `P50` is stored as the median and `P999` as `p99.9`.
/// - The tool does not print the model, execution provider or warm-up count (one warm-up run is
///   built in); those stay nil. `threads` comes from `Setting intra_op_num_threads to N` (0, which
///   means "ONNX Runtime chooses", leaves it nil; the printed value is in `extra`).
public struct OnnxRuntimePerfTestParser: Sendable {
    public init() {}

    static let expectedSummary =
        "a line like 'Average inference time cost: 1.85739 ms' or 'Min Latency: 0.00183404 s'"

    /// Parses the console output of one `onnxruntime_perf_test` run.
    public func parse(_ text: String) throws(NativeToolParseError) -> [NativeBenchmarkReport] {
        let lines = try nonEmptyLines(text, tool: .onnxruntimePerfTest)
        var report = NativeBenchmarkReport(tool: .onnxruntimePerfTest)
        var lastRecognised: OutputLine?
        var firstErrorLine: OutputLine?

        for line in lines {
            let text = line.text.trimmed
            if text.isEmpty { continue }
            if let rest = text.dropping(prefix: "Setting intra_op_num_threads to ") {
                // 0 means "let ONNX Runtime choose": not a thread count.
                report.extra["intra_op_num_threads"] = String(rest.trimmed)
                if let threads = scanInteger(rest), threads > 0 { report.threads = threads }
                continue
            }
            // `Min Latency: 0.00183404 s` or, in old builds, `Min Latency is 0.0559777 sec`.
            var pair = text.splitOnce(":")
            if let range = text.firstRange(of: " Latency is ") {
                pair = (text[text.startIndex..<range.upperBound].dropLast(3).trimmed, text[range.upperBound...].trimmed)
            }
            if let (key, value) = pair, try read(key: key, value: value, line: line, into: &report) {
                lastRecognised = line
            } else if firstErrorLine == nil, Self.looksLikeError(text) {
                firstErrorLine = line
            }
        }

        if report.latency.isEmpty {
            if let lastRecognised, firstErrorLine == nil {
                throw NativeToolParseError(
                    .missingSummary, tool: .onnxruntimePerfTest, line: lastRecognised.number,
                    lineText: lastRecognised.trimmedText,
                    message:
                        "the output stops before the latency figures: expected 'Average inference time cost: <number> ms'"
                )
            }
            throw .missing(
                .onnxruntimePerfTest, expected: Self.expectedSummary, errorLine: firstErrorLine, partial: report)
        }
        return [report]
    }

    /// Reads one `key: value` line; false when the key is not one of the tool's result lines.
    private func read(
        key: Substring, value: Substring, line: OutputLine, into report: inout NativeBenchmarkReport
    ) throws(NativeToolParseError) -> Bool {
        func duration(defaultUnit: TimeUnit? = nil) throws(NativeToolParseError) -> Int64? {
            switch scanDuration(value, defaultUnit: defaultUnit) {
            case .value(let nanoseconds): return nanoseconds
            case .notFinite: return nil
            case .invalid: throw .malformed(.onnxruntimePerfTest, line, expected: "'\(key): <number> <unit>'")
            }
        }
        func integer() throws(NativeToolParseError) -> Int {
            guard let value = scanInteger(value) else {
                throw .malformed(.onnxruntimePerfTest, line, expected: "'\(key): <whole number>'")
            }
            return value
        }
        switch key {
        case "Session creation time cost": report.initTimeNanoseconds = try duration()
        case "First inference time cost": report.firstInferenceNanoseconds = try duration()
        case "Average inference time cost", "Average time cost": report.latency.meanNanoseconds = try duration()
        case "Total inference requests", "Total iterations": report.iterations = try integer()
        case "Runs": if report.iterations == nil { report.iterations = try integer() }
        case "Number of inferences per second":
            guard let throughput = scanDouble(value) else {
                throw .malformed(.onnxruntimePerfTest, line, expected: "'\(key): <number>'")
            }
            report.throughputPerSecond = throughput
        case "Peak working set size":
            // `36696064 bytes`, or `36696064` from the statistics dump.
            let bytes = try integer()
            if report.peakMemoryBytes == nil { report.peakMemoryBytes = Int64(bytes) }
        case "Min Latency": report.latency.minNanoseconds = try duration()
        case "Max Latency": report.latency.maxNanoseconds = try duration()
        case "P50 Latency": report.latency.medianNanoseconds = try duration()
        case "P90 Latency": report.latency.p90Nanoseconds = try duration()
        case "P95 Latency": report.latency.p95Nanoseconds = try duration()
        case "P99 Latency": report.latency.p99Nanoseconds = try duration()
        case "P999 Latency":
            if let value = try duration() { report.latency.otherPercentilesNanoseconds["p99.9"] = value }
        case "Total inference time cost": report.extra["total_inference_time_cost"] = String(value)
        case "Total inference run time": report.extra["total_inference_run_time"] = String(value)
        case "Total time cost": report.extra["total_time_cost"] = String(value)
        case "Total run time": report.extra["total_run_time"] = String(value)
        case "Avg CPU usage": if report.extra["avg_cpu_usage"] == nil { report.extra["avg_cpu_usage"] = String(value) }
        case "Total CPU usage": report.extra["total_cpu_usage"] = String(value)
        default: return false
        }
        return true
    }

    /// ORT's own error log lines (`[E:onnxruntime:…]`) and exception messages.
    private static func looksLikeError(_ text: Substring) -> Bool {
        if text.contains("[E:onnxruntime") || text.contains("[F:onnxruntime") { return true }
        let lowered = text.lowercased()
        return lowered.hasPrefix("error") || lowered.contains(" failed") || lowered.contains("exception")
    }
}
