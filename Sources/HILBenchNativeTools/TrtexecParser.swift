/// Parses TensorRT `trtexec` output: the `=== Performance summary ===` of TensorRT 8 to 10 and
/// the `Host Latency` / `GPU Compute` blocks of TensorRT 7.
///
/// - Headline latency is trtexec's `Latency` (TensorRT 7: `Host Latency`): H2D + GPU compute + D2H
///   per query. GPU compute, enqueue and transfer figures are kept in `extra` as printed.
/// - `iterations` and `warmupIterations` come from `Timing trace has N queries` and
///   `Warmup completed N queries` (queries count batch items under implicit batch).
/// - `toolVersion` is `TensorRT version: x.y.z` when printed (8.6+), else the `[TensorRT vNNNN]` tag.
/// - `initTimeNanoseconds` is `Engine deserialized in … sec`.
/// - Timestamps (`[08/21/2023-14:59:38]`), severities (`[I]`) and wrapper tags (`[INFO]`) are skipped.
public struct TrtexecParser: Sendable {
    public init() {}

    static let expectedSummary =
        "a line like '[I] Latency: min = 30.7003 ms, max = 31.6415 ms, mean = 30.8066 ms, median = 30.7695 ms, "
        + "percentile(99%) = 31.5444 ms' (TensorRT 8+) or a 'Host Latency' block (TensorRT 7)"

    /// Parses the console output of one or more `trtexec` runs (one report per `&&&& RUNNING`).
    public func parse(_ text: String) throws(NativeToolParseError) -> [NativeBenchmarkReport] {
        let lines = try nonEmptyLines(text, tool: .trtexec)
        let runs = splitRuns(lines) { Self.strip($0.text).payload.hasPrefix("&&&& RUNNING") }
        var reports: [NativeBenchmarkReport] = []
        for run in runs {
            reports.append(try parseRun(run))
        }
        return reports
    }

    // MARK: - One run

    private enum OldBlock { case none, hostLatency, enqueue, gpuCompute }

    private func parseRun(_ lines: [OutputLine]) throws(NativeToolParseError) -> NativeBenchmarkReport {
        var report = NativeBenchmarkReport(tool: .trtexec)
        var section: Substring = ""
        var summaryHeader: OutputLine?
        var failedLine: OutputLine?
        var firstErrorLine: OutputLine?
        var skipInference = false
        var versionLine: String?
        var versionTag: String?
        var optionsModel: String?
        var loadedEngine: String?
        var oldBlock = OldBlock.none

        for line in lines {
            let (severity, payload) = Self.strip(line.text)
            let text = payload.trimmed
            if severity == "E" || severity == "F", firstErrorLine == nil { firstErrorLine = line }
            // Warnings about the measurement: `[W] * GPU compute time is unstable, …`, continued on `[W]   …` lines.
            if severity == "W" {
                if text.hasPrefix("* ") {
                    report.warnings.append(String(text.dropFirst(2)))
                    continue
                }
                if line.text.contains("[W]   "), !report.warnings.isEmpty, !text.isEmpty {
                    report.warnings[report.warnings.count - 1] += " " + text
                    continue
                }
            }

            if text.hasPrefix("&&&&") {
                if text.hasPrefix("&&&& RUNNING") {
                    versionTag = Self.versionTag(in: text)
                    if let range = text.firstRange(of: " # ") {
                        report.extra["command"] = String(text[range.upperBound...])
                    }
                } else if text.hasPrefix("&&&& PASSED") {
                    report.extra["result"] = "PASSED"
                } else if text.hasPrefix("&&&& FAILED") {
                    report.extra["result"] = "FAILED"
                    failedLine = line
                }
                continue
            }
            if text.hasPrefix("==="), text.hasSuffix("==="), text.count > 6 {
                section = text.dropFirst(3).dropLast(3).trimmed
                if section == "Performance summary" { summaryHeader = line }
                oldBlock = .none
                continue
            }

            // TensorRT 7 blocks: a bare header, then `key: value` lines.
            switch text {
            case "Host Latency":
                oldBlock = .hostLatency
                continue
            case "Enqueue Time":
                oldBlock = .enqueue
                continue
            case "GPU Compute":
                oldBlock = .gpuCompute
                continue
            default: break
            }
            if oldBlock != .none {
                if try readOldBlockLine(text, line: line, block: oldBlock, into: &report) { continue }
                oldBlock = .none
            }

            // Summary lines; the verbose explanations after the summary reuse the same names.
            let inSummary = section == "Performance summary"
            if inSummary, let rest = text.dropping(prefix: "Latency: ") {
                guard let latency = Self.latencySummary(rest) else {
                    throw .malformed(.trtexec, line, expected: "comma-separated 'name = <number> ms' figures")
                }
                report.latency = latency
                continue
            }
            if inSummary, let rest = text.dropping(prefix: "Throughput: ") {
                guard let value = scanDouble(rest) else {
                    throw .malformed(.trtexec, line, expected: "'Throughput: <number> qps'")
                }
                report.throughputPerSecond = value
                continue
            }
            if let rest = text.dropping(prefix: "Warmup completed ") {
                // `Warmup completed 14 queries over 500 ms`
                if let count = scanInteger(rest.prefix(while: { !$0.isWhitespace })) { report.warmupIterations = count }
                if let range = rest.firstRange(of: " over ") {
                    report.extra["warmup_duration"] = String(rest[range.upperBound...])
                }
                continue
            }
            if let rest = text.dropping(prefix: "Timing trace has ") {
                // `Timing trace has 101 queries over 3.08403 s`
                if let count = scanInteger(rest.prefix(while: { !$0.isWhitespace })) { report.iterations = count }
                if let range = rest.firstRange(of: " over ") {
                    report.extra["timing_duration"] = String(rest[range.upperBound...])
                }
                continue
            }
            if let rest = text.dropping(prefix: "Engine deserialized in ") {
                if case .value(let nanoseconds) = scanDuration(rest) { report.initTimeNanoseconds = nanoseconds }
                continue
            }
            if let rest = text.dropping(prefix: "Engine loaded in ") {
                report.extra["engine_load_time"] = String(rest.trimmed)
                continue
            }
            if let rest = text.dropping(prefix: "Engine built in ") {
                report.extra["engine_build_time"] = String(rest.trimmed)
                continue
            }

            guard let (key, value) = text.splitOnce(":") else { continue }
            if inSummary, let extraKey = Self.summaryExtraKeys[String(key)] {
                report.extra[extraKey] = String(value)
                continue
            }
            switch (section, key) {
            case ("Model Options", "Model"):
                if !value.isEmpty { optionsModel = String(value) }
            case (_, "Load engine"):
                if !value.isEmpty { loadedEngine = String(value) }
            case (_, "Skip inference"):
                skipInference = value == "Enabled"
            case ("Build Options", "Precision"):
                report.precision = String(value)
            case ("System Options", "DLACore"):
                if !value.isEmpty { report.extra["dla_core"] = String(value) }
            case ("Inference Options", "Batch"):
                if let batch = scanInteger(value) {
                    report.batch = batch
                } else {
                    report.extra["batch"] = String(value)
                }
            case ("Inference Options", "Iterations"):
                report.extra["min_iterations"] = String(value)
            case ("Inference Options", "Duration"):
                report.extra["min_duration"] = String(value)
            case ("Inference Options", "Warmup"):
                report.extra["warmup_option"] = String(value)
            case ("Reporting Options", "Percentile"), ("Reporting Options", "Percentiles"):
                report.extra["percentiles"] = String(value)
            case ("Device Information", "Selected Device"):
                report.device = String(value)
            case ("Device Information", "Compute Capability"):
                report.extra["compute_capability"] = String(value)
            case (_, "TensorRT version"):
                versionLine = String(value)
            default:
                break
            }
        }

        report.model = optionsModel ?? loadedEngine
        report.toolVersion = versionLine ?? versionTag

        if report.latency.isEmpty {
            if let failedLine {
                throw NativeToolParseError(
                    .toolReportedFailure, tool: .trtexec, line: failedLine.number, lineText: failedLine.trimmedText,
                    message: "trtexec reported FAILED and printed no performance summary"
                        + (firstErrorLine.map { " (first error at line \($0.number): '\($0.trimmedText)')" } ?? ""),
                    partial: report)
            }
            if let summaryHeader {
                throw NativeToolParseError(
                    .missingSummary, tool: .trtexec, line: summaryHeader.number, lineText: summaryHeader.trimmedText,
                    message: "the performance summary is cut short: expected a 'Latency: min = … ms, …' line after it")
            }
            if skipInference {
                throw NativeToolParseError(
                    .missingSummary, tool: .trtexec,
                    message: "no performance summary: the run used --skipInference (engine build only)")
            }
            throw .missing(.trtexec, expected: Self.expectedSummary, errorLine: firstErrorLine, partial: report)
        }
        return report
    }

    /// Summary lines other than `Latency` and `Throughput`, kept as printed.
    private static let summaryExtraKeys: [String: String] = [
        "End-to-End Host Latency": "end_to_end_host_latency",
        "Enqueue Time": "enqueue_time",
        "H2D Latency": "h2d_latency",
        "GPU Compute Time": "gpu_compute_time",
        "D2H Latency": "d2h_latency",
        "Total Host Walltime": "total_host_walltime",
        "Total GPU Compute Time": "total_gpu_compute_time",
    ]

    /// One `key: value` line of a TensorRT 7 block; false when the line is not part of the block.
    private func readOldBlockLine(
        _ text: Substring, line: OutputLine, block: OldBlock, into report: inout NativeBenchmarkReport
    ) throws(NativeToolParseError) -> Bool {
        guard let (key, value) = text.splitOnce(":") else { return false }
        let prefix: String
        switch block {
        case .none: return false
        case .hostLatency: prefix = ""
        case .enqueue: prefix = "enqueue_time_"
        case .gpuCompute: prefix = "gpu_compute_time_"
        }
        switch key {
        case "min", "max", "mean", "median", "percentile":
            // `1.64058 ms (end to end 1.66368 ms)` or `1.67065 ms at 99% (end to end 3.03931 ms at 99%)`
            var main = value
            var endToEnd: Substring?
            if let open = value.firstRange(of: "(end to end ") {
                main = value[value.startIndex..<open.lowerBound].trimmed
                var inner = value[open.upperBound...].trimmed
                if inner.last == ")" { inner = inner.dropLast() }
                if let at = inner.firstRange(of: " at ") { inner = inner[inner.startIndex..<at.lowerBound] }
                endToEnd = inner
            }
            var label: Substring?
            if key == "percentile", let at = main.firstRange(of: " at ") {
                label = main[at.upperBound...].trimmed
                main = main[main.startIndex..<at.lowerBound]
                if label?.last == "%" { label = label?.dropLast() }
            }
            if block != .hostLatency {
                report.extra[prefix + (label.map { "p\($0)" } ?? String(key))] = String(main)
                return true
            }
            let scan = scanDuration(main)
            guard scan != .invalid, key != "percentile" || label != nil else {
                throw .malformed(.trtexec, line, expected: "'\(key): <number> ms'")
            }
            if case .value(let nanoseconds) = scan {
                switch key {
                case "min": report.latency.minNanoseconds = nanoseconds
                case "max": report.latency.maxNanoseconds = nanoseconds
                case "mean": report.latency.meanNanoseconds = nanoseconds
                case "median": report.latency.medianNanoseconds = nanoseconds
                default: report.latency.setPercentile(String(label!), nanoseconds)
                }
            }
            if let endToEnd {
                report.extra["end_to_end_" + (label.map { "p\($0)" } ?? String(key))] = String(endToEnd)
            }
            return true
        case "throughput":
            guard block == .hostLatency else { return false }
            guard let value = scanDouble(value) else {
                throw .malformed(.trtexec, line, expected: "'throughput: <number> qps'")
            }
            report.throughputPerSecond = value
            return true
        case "walltime":
            report.extra["total_host_walltime"] = String(value)
            return true
        case "total compute time":
            report.extra["total_gpu_compute_time"] = String(value)
            return true
        default:
            return false
        }
    }

    // MARK: - Pieces

    /// Severity letter (`I`, `W`, `E`, `V`, `F`) and the text after the leading tags.
    static func strip(_ text: Substring) -> (severity: Character?, payload: Substring) {
        var rest = text.drop(while: \.isWhitespace)
        var severity: Character?
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
            let tag = rest[rest.index(after: rest.startIndex)..<close]
            if let letter = severityLetter(tag) {
                severity = severity ?? letter
            } else if !(tag.contains("/") && tag.contains(":")) && tag != "TRT" {
                break  // not a timestamp, severity or TRT tag: part of the message
            }
            rest = rest[rest.index(after: close)...].drop(while: \.isWhitespace)
        }
        return (severity, rest)
    }

    private static func severityLetter(_ tag: Substring) -> Character? {
        switch tag {
        case "I", "INFO": "I"
        case "W", "WARN", "WARNING": "W"
        case "E", "ERROR": "E"
        case "F", "FATAL": "F"
        case "V", "VERBOSE": "V"
        default: nil
        }
    }

    /// `v8601` from `&&&& RUNNING TensorRT.trtexec [TensorRT v8601] # trtexec …`.
    private static func versionTag(in text: Substring) -> String? {
        guard let start = text.firstRange(of: "[TensorRT ") else { return nil }
        let rest = text[start.upperBound...]
        guard let close = rest.firstIndex(of: "]") else { return nil }
        return String(rest[rest.startIndex..<close])
    }

    /// `min = 30.7003 ms, max = 31.6415 ms, …, percentile(99%) = 31.5444 ms`; nil when any part is
    /// not of that shape (a line cut short included).
    static func latencySummary(_ text: Substring) -> NativeLatencySummary? {
        var summary = NativeLatencySummary()
        var sawFigure = false
        for part in text.split(separator: ",") {
            guard let (key, value) = part.splitOnce("=") else { return nil }
            let scan = scanDuration(value)
            guard scan != .invalid else { return nil }
            guard case .value(let nanoseconds) = scan else {
                sawFigure = true
                continue
            }
            switch key {
            case "min": summary.minNanoseconds = nanoseconds
            case "max": summary.maxNanoseconds = nanoseconds
            case "mean": summary.meanNanoseconds = nanoseconds
            case "median": summary.medianNanoseconds = nanoseconds
            default:
                // `percentile(90%)`
                guard let label = key.dropping(prefix: "percentile("), label.hasSuffix("%)") else { return nil }
                summary.setPercentile(String(label.dropLast(2)), nanoseconds)
            }
            sawFigure = true
        }
        return sawFigure ? summary : nil
    }
}
