/// Parses OpenVINO `benchmark_app` output (C++ and Python), from 2021 (`Latency:    1.25 ms`
/// on one line) to current releases (a `Latency:` block with `Median`/`Average`/`Min`/`Max` or
/// `N percentile`, in ms, or in µs for sub-millisecond averages in the newest builds).
///
/// - The one-line 2021 `Latency:` figure is the median unless the run set `-latency_percentile`;
///   it is stored as the median, with the printed text in `extra["latency"]`.
/// - Latencies per data-shape group (dynamic shapes) are not parsed; the overall block is.
/// - `MULTI` device runs print no latency: such a report has a throughput and an empty latency.
/// - `toolVersion` is the first `Build ……… 2023.0.0-…` line (the runtime's build).
/// - `initTimeNanoseconds` is `Compile model took` (2022+) or `Load network took` (older).
public struct OpenVINOBenchmarkAppParser: Sendable {
    public init() {}

    static let expectedSummary =
        "a block like '[ INFO ] Latency:' followed by '[ INFO ]    Median:        4.99 ms', "
        + "or a line like '[ INFO ] Throughput:   1161.75 FPS'"

    /// Parses the output of one or more `benchmark_app` runs (one report per `[Step 1/11]`).
    public func parse(_ text: String) throws(NativeToolParseError) -> [NativeBenchmarkReport] {
        let lines = try nonEmptyLines(text, tool: .benchmarkApp)
        let runs = splitRuns(lines) { Self.strip($0.text).payload.trimmed.hasPrefix("[Step 1/") }
        var reports: [NativeBenchmarkReport] = []
        for run in runs {
            reports.append(try parseRun(run))
        }
        return reports
    }

    private enum LatencyBlock { case none, overall, groups }

    private func parseRun(_ lines: [OutputLine]) throws(NativeToolParseError) -> NativeBenchmarkReport {
        var report = NativeBenchmarkReport(tool: .benchmarkApp)
        var block = LatencyBlock.none
        var latencyHeader: OutputLine?
        var lastStep: OutputLine?
        var firstErrorLine: OutputLine?
        var build: String?
        var apiVersion: String?

        lineLoop: for line in lines {
            let (severity, payload) = Self.strip(line.text)
            let text = payload.trimmed
            if severity == "E", firstErrorLine == nil { firstErrorLine = line }
            if text.isEmpty { continue }

            if block != .none {
                if let (key, value) = text.splitOnce(":"), let figure = Self.latencyFigure(key) {
                    if block == .overall {
                        try read(figure: figure, value: value, line: line, into: &report.latency)
                    }
                    continue
                }
                if text.hasPrefix("Data shape:") || (block == .groups && text.first?.isNumber == true) { continue }
                block = .none
            }

            if text.hasPrefix("[Step ") {
                lastStep = line
                if text.hasPrefix("[Step 10/"), let open = text.firstIndex(of: "("), text.last == ")" {
                    report.extra["measurement"] = String(
                        text[text.index(after: open)..<text.index(before: text.endIndex)])
                }
                continue
            }
            if text == "Latency:" {
                block = .overall
                latencyHeader = line
                continue
            }
            if text.hasPrefix("Latency for each data shape group") {
                block = .groups
                continue
            }
            if let rest = text.dropping(prefix: "First inference took ") {
                if case .value(let nanoseconds) = scanDuration(rest) { report.firstInferenceNanoseconds = nanoseconds }
                continue
            }
            for (prefix, isInit) in [
                ("Compile model took ", true), ("Load network took ", true),
                ("Read model took ", false), ("Read network took ", false),
            ] {
                guard let rest = text.dropping(prefix: prefix) else { continue }
                if isInit {
                    if case .value(let nanoseconds) = scanDuration(rest) { report.initTimeNanoseconds = nanoseconds }
                } else {
                    report.extra["read_model_time"] = String(rest.trimmed)
                }
                continue lineLoop
            }
            if let (key, value) = Self.dottedPair(text) {
                if key == "Build", build == nil { build = String(value) }
                if key == "API version", apiVersion == nil { apiVersion = String(value) }
                continue
            }
            guard let (key, value) = text.splitOnce(":") else { continue }
            switch key {
            case "Latency":
                // 2021: `Latency:    1.25 ms`, the median (or the -latency_percentile figure).
                guard case .value(let nanoseconds) = scanDuration(value) else {
                    throw .malformed(.benchmarkApp, line, expected: "'Latency: <number> ms'")
                }
                report.latency.medianNanoseconds = nanoseconds
                report.extra["latency"] = String(value)
            case "Throughput":
                guard let throughput = scanDouble(value) else {
                    throw .malformed(.benchmarkApp, line, expected: "'Throughput: <number> FPS'")
                }
                report.throughputPerSecond = throughput
            case "Count":
                guard let count = scanInteger(value) else {
                    throw .malformed(.benchmarkApp, line, expected: "'Count: <number> iterations'")
                }
                report.iterations = count
            case "Duration":
                report.extra["duration"] = String(value)
            case "Execution Devices":
                report.device = Self.deviceList(value)
            case "Model batch size", "Network batch size":
                report.batch = scanInteger(value)
            case "NETWORK_NAME":
                report.model = String(value)
            case "INFERENCE_NUM_THREADS":
                report.threads = scanInteger(value)
            case "INFERENCE_PRECISION_HINT":
                report.precision = Self.unwrapType(value)
            case "NUM_STREAMS":
                report.extra["num_streams"] = String(value)
            case "PERFORMANCE_HINT":
                report.extra["performance_hint"] = String(value)
            case "OPTIMAL_NUMBER_OF_INFER_REQUESTS":
                report.extra["optimal_infer_requests"] = String(value)
            default:
                break
            }
        }
        report.toolVersion = build ?? apiVersion

        if report.latency.isEmpty && report.throughputPerSecond == nil {
            if let latencyHeader {
                throw NativeToolParseError(
                    .missingSummary, tool: .benchmarkApp, line: latencyHeader.number,
                    lineText: latencyHeader.trimmedText,
                    message: "the latency block is cut short: expected lines like '[ INFO ]    Median:        4.99 ms'")
            }
            if firstErrorLine == nil, let lastStep, lastStep.text.contains("[Step 11/") {
                throw NativeToolParseError(
                    .missingSummary, tool: .benchmarkApp, line: lastStep.number, lineText: lastStep.trimmedText,
                    message: "the statistics report is cut short: expected 'Count:', 'Latency:' and 'Throughput:' lines"
                )
            }
            throw .missing(.benchmarkApp, expected: Self.expectedSummary, errorLine: firstErrorLine, partial: report)
        }
        return report
    }

    // MARK: - Pieces

    private enum LatencyFigure {
        case median, mean, min, max
        case percentile(String)
    }

    private static func latencyFigure(_ key: Substring) -> LatencyFigure? {
        switch key.lowercased() {
        case "median": return .median
        case "average", "avg": return .mean
        case "min": return .min
        case "max": return .max
        default:
            // `90 percentile`
            let parts = key.split(separator: " ")
            guard parts.count == 2, parts[1] == "percentile", DecimalNumber.parse(parts[0]) != nil else { return nil }
            return .percentile(String(parts[0]))
        }
    }

    private func read(
        figure: LatencyFigure, value: Substring, line: OutputLine, into latency: inout NativeLatencySummary
    ) throws(NativeToolParseError) {
        let nanoseconds: Int64
        switch scanDuration(value) {
        case .value(let value): nanoseconds = value
        case .notFinite: return
        case .invalid: throw .malformed(.benchmarkApp, line, expected: "'<name>: <number> ms'")
        }
        switch figure {
        case .median: latency.medianNanoseconds = nanoseconds
        case .mean: latency.meanNanoseconds = nanoseconds
        case .min: latency.minNanoseconds = nanoseconds
        case .max: latency.maxNanoseconds = nanoseconds
        case .percentile(let label): latency.setPercentile(label, nanoseconds)
        }
    }

    /// `Build ................................. 2023.0.0-10926-b4452d56304-releases/2023/0`.
    private static func dottedPair(_ text: Substring) -> (key: Substring, value: Substring)? {
        guard let dots = text.firstRange(of: " ..") else { return nil }
        let key = text[text.startIndex..<dots.lowerBound].trimmed
        let value = text[dots.lowerBound...].drop(while: { $0 == "." || $0 == " " }).trimmed
        guard !key.isEmpty, !value.isEmpty else { return nil }
        return (key, value)
    }

    /// `['CPU']`, `[ CPU ]`, `[ GPU.0 CPU ]`, `CPU` as `CPU` or `GPU.0, CPU`.
    private static func deviceList(_ text: Substring) -> String {
        let names = text.split(whereSeparator: { "[]',\" ".contains($0) })
        return names.isEmpty ? String(text) : names.joined(separator: ", ")
    }

    /// `<Type: 'float32'>` as `float32`; other values unchanged.
    private static func unwrapType(_ text: Substring) -> String {
        guard text.hasPrefix("<"), let open = text.firstIndex(of: "'"),
            let close = text[text.index(after: open)...].firstIndex(of: "'")
        else { return String(text) }
        return String(text[text.index(after: open)..<close])
    }

    /// Severity (`I`, `W`, `E`, `D`) and message of a `[ INFO ] …` line.
    static func strip(_ text: Substring) -> (severity: Character?, payload: Substring) {
        let rest = text.drop(while: \.isWhitespace)
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return (nil, rest) }
        let tag = rest[rest.index(after: rest.startIndex)..<close].trimmed
        let severity: Character?
        switch tag {
        case "INFO": severity = "I"
        case "WARNING", "WARN": severity = "W"
        case "ERROR": severity = "E"
        case "DEBUG": severity = "D"
        default: return (nil, rest)
        }
        return (severity, rest[rest.index(after: close)...])
    }
}
