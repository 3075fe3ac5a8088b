/// Parses TensorFlow Lite / LiteRT `benchmark_model` output, from the 2018 builds
/// (`Average inference timings in us: Warmup: …, Init: …, no stats: …`) to current LiteRT
/// (`INFO:` prefixes, `p5=`/`median=`/`p95=` on the `count=` line).
///
/// - All timings are microseconds and may be in scientific notation (`2.95034e+06`).
/// - The last `count=` line of a run is the measured run and the one before it the warm-up;
///   `count=1 curr=X` and `curr=X(all same)` mean every run took X.
/// - `device` is the delegate named in `Replacing N out of M node(s) with delegate (…) node`.
/// - `peakMemoryBytes` comes from `Overall peak memory footprint (MB) via periodic monitoring`
///   or the older `Peak memory footprint (MB): … overall=…` (MB here is MiB, as the tool divides
///   kilobytes by 1024). The newer `Memory footprint delta …` line is a delta, kept in `extra`.
/// - Android logcat prefixes (`I tflite  : `) are skipped.
public struct TFLiteBenchmarkModelParser: Sendable {
    public init() {}

    static let expectedSummary =
        "a line like 'count=50 first=2990275 curr=2913402 min=2727568 max=3189954 avg=2.95034e+06 std=109798' "
        + "or 'Inference timings in us: Init: 17187, First inference: 3512391, Warmup (avg): 3.51239e+06, "
        + "Inference (avg): 2.95034e+06'"

    /// Parses the output of one or more `benchmark_model` runs (one report per `STARTING!`).
    public func parse(_ text: String) throws(NativeToolParseError) -> [NativeBenchmarkReport] {
        let lines = try nonEmptyLines(text, tool: .benchmarkModel)
        let runs = splitRuns(lines) { Self.strip($0.text).payload.trimmed == "STARTING!" }
        var reports: [NativeBenchmarkReport] = []
        for run in runs {
            reports.append(try parseRun(run))
        }
        return reports
    }

    private struct RunStat {
        var line: OutputLine
        var count: Int
        var figures: [Substring: DecimalNumber]
        var allSame: Bool
    }

    private func parseRun(_ lines: [OutputLine]) throws(NativeToolParseError) -> NativeBenchmarkReport {
        var report = NativeBenchmarkReport(tool: .benchmarkModel)
        var stats: [RunStat] = []
        var timings: [Substring: Substring] = [:]
        var timingsLine: OutputLine?
        var sessionInit: Int64?
        var loadedModel: String?
        var explicitDelegate: String?
        var createdDelegate: String?
        var firstErrorLine: OutputLine?

        for line in lines {
            let (severity, payload) = Self.strip(line.text)
            let text = payload.trimmed
            if severity == "E" || severity == "F", firstErrorLine == nil { firstErrorLine = line }

            if text.hasPrefix("count=") {
                stats.append(try Self.runStat(text, line: line))
                continue
            }
            if let rest = text.dropping(prefix: "Inference timings in us:")
                ?? text.dropping(prefix: "Average inference timings in us:")
            {
                timingsLine = line
                for part in rest.split(separator: ",") {
                    guard let (key, value) = part.splitOnce(":") else {
                        throw .malformed(.benchmarkModel, line, expected: "comma-separated 'name: <number>' timings")
                    }
                    timings[key] = value
                }
                continue
            }
            if let rest = text.dropping(prefix: "Initialized session in ") {
                if case .value(let nanoseconds) = scanDuration(rest) { sessionInit = nanoseconds }
                continue
            }
            if let rest = text.dropping(prefix: "Loaded model ") {
                loadedModel = String(rest)
                continue
            }
            if let rest = text.dropping(prefix: "Replacing ") {
                // `Replacing 2168 out of 2168 node(s) with delegate (TfLiteXNNPackDelegate) node, yielding 1 partitions`
                let words = rest.split(separator: " ")
                if words.count >= 3, words[1] == "out", words[2] == "of", words.count >= 4 {
                    report.extra["delegated_nodes"] = "\(words[0])/\(words[3])"
                }
                if let open = rest.firstRange(of: "delegate ("),
                    let close = rest[open.upperBound...].firstIndex(of: ")")
                {
                    report.device = String(rest[open.upperBound..<close])
                }
                if let yielding = rest.firstRange(of: "yielding ") {
                    report.extra["delegate_partitions"] = String(rest[yielding.upperBound...].prefix(while: \.isNumber))
                }
                continue
            }
            if let rest = text.dropping(prefix: "Explicitly applied ") {
                // `Explicitly applied GPU delegate, and the model graph will be completely executed by the delegate.`
                // `… partially executed by the delegate w/ 44 delegate kernels.`
                if let end = rest.firstRange(of: " delegate") {
                    explicitDelegate = String(rest[..<end.lowerBound]) + " delegate"
                }
                if rest.contains("completely executed") { report.extra["delegate_coverage"] = "complete" }
                if rest.contains("partially executed") { report.extra["delegate_coverage"] = "partial" }
                if let kernels = rest.firstRange(of: "w/ ") {
                    report.extra["delegate_kernels"] = String(rest[kernels.upperBound...].prefix(while: \.isNumber))
                }
                continue
            }
            if let rest = text.dropping(prefix: "Created TensorFlow Lite "), rest.contains("delegate") {
                // `Created TensorFlow Lite XNNPACK delegate for CPU.` (also after an `INFO: ` tag)
                createdDelegate = String(rest.trimmed.hasSuffix(".") ? rest.trimmed.dropLast() : rest.trimmed)
                continue
            }
            if let rest = text.dropping(prefix: "Going to apply "), let count = rest.split(separator: " ").first {
                report.extra["delegates_applied"] = String(count)
                continue
            }
            if let rest = text.dropping(prefix: "Peak memory footprint (MB):") {
                let figures = Self.equalsPairs(rest)
                if let overall = figures["overall"], let bytes = overall.scaled(multiplier: 1_048_576, powerOfTen: 0) {
                    report.peakMemoryBytes = bytes
                }
                if let initial = figures["init"] { report.extra["peak_memory_init"] = "\(initial.text) MB" }
                continue
            }
            if let rest = text.dropping(prefix: "Overall peak memory footprint (MB) via periodic monitoring:") {
                guard let number = DecimalNumber.parse(rest),
                    let bytes = number.scaled(multiplier: 1_048_576, powerOfTen: 0)
                else {
                    throw .malformed(.benchmarkModel, line, expected: "'… via periodic monitoring: <number>'")
                }
                report.peakMemoryBytes = bytes
                continue
            }
            if let rest = text.dropping(prefix: "Memory footprint delta from the start of the tool (MB):") {
                let figures = Self.equalsPairs(rest)
                if let initial = figures["init"] { report.extra["memory_delta_init"] = "\(initial.text) MB" }
                if let overall = figures["overall"] { report.extra["memory_delta_overall"] = "\(overall.text) MB" }
                continue
            }
            if let rest = text.dropping(prefix: "The input model file size (MB):") {
                report.extra["model_file_size"] = "\(rest.trimmed) MB"
                continue
            }
            // Parameter lines: `Num threads: [4]`.
            if let (key, value) = text.splitOnce(":"), value.hasPrefix("["), value.hasSuffix("]") {
                let setting = value.dropFirst().dropLast().trimmed
                switch key.lowercased() {
                case "graph": if !setting.isEmpty { report.model = String(setting) }
                case "num threads", "#threads used for cpu inference": report.threads = scanInteger(setting)
                case "min num runs": report.extra["min_num_runs"] = String(setting)
                case "min warmup runs": report.extra["min_warmup_runs"] = String(setting)
                case "use gpu": report.extra["use_gpu"] = String(setting)
                case "use nnapi": report.extra["use_nnapi"] = String(setting)
                case "use xnnpack": report.extra["use_xnnpack"] = String(setting)
                case "use hexagon": report.extra["use_hexagon"] = String(setting)
                case "external delegate path": report.extra["external_delegate_path"] = String(setting)
                default: break
                }
            }
        }

        if report.model == nil { report.model = loadedModel }
        // The delegate the tool says it applied, else the one it created; `Replacing … with delegate (…)` wins.
        if report.device == nil { report.device = explicitDelegate ?? createdDelegate }

        // The measured run is the last `count=` line; the warm-up is the one before it. With a
        // single `count=` line and no timings line, the output may stop after the warm-up run.
        if stats.count == 1, timingsLine == nil, let only = stats.first {
            throw NativeToolParseError(
                .missingSummary, tool: .benchmarkModel, line: only.line.number, lineText: only.line.trimmedText,
                message: "the output stops after one run's statistics (the warm-up?): expected a second 'count=' "
                    + "line or 'Inference timings in us: …'")
        }
        if let measured = stats.last {
            report.iterations = measured.count
            if stats.count >= 2 { report.warmupIterations = stats[stats.count - 2].count }
            try Self.fill(&report.latency, from: measured)
        }
        if let timingsLine {
            func figure(_ key: Substring) throws(NativeToolParseError) -> Int64? {
                guard let value = timings[key] else { return nil }
                switch scanDuration(value, defaultUnit: .microseconds) {
                case .value(let nanoseconds): return nanoseconds
                case .notFinite: return nil
                case .invalid: throw .malformed(.benchmarkModel, timingsLine, expected: "'\(key): <number>' in µs")
                }
            }
            report.initTimeNanoseconds = try figure("Init")
            report.firstInferenceNanoseconds = try figure("First inference")
            if let warmup = timings["Warmup (avg)"] ?? timings["Warmup"] { report.extra["warmup_avg"] = "\(warmup) us" }
            if report.latency.meanNanoseconds == nil {
                let average = try figure("Inference (avg)")
                let legacyAverage = try figure("no stats")
                report.latency.meanNanoseconds = average ?? legacyAverage
            }
        }
        if report.initTimeNanoseconds == nil { report.initTimeNanoseconds = sessionInit }

        if report.latency.isEmpty {
            if let measured = stats.last, measured.count == 0 {
                throw NativeToolParseError(
                    .missingSummary, tool: .benchmarkModel, line: measured.line.number,
                    lineText: measured.line.trimmedText,
                    message: "the measured run did no inference (count=0; --dry_run or --num_runs=0?)")
            }
            throw .missing(.benchmarkModel, expected: Self.expectedSummary, errorLine: firstErrorLine, partial: report)
        }
        return report
    }

    // MARK: - Pieces

    /// `count=50 first=… curr=… min=… max=… avg=… std=… [p5=… median=… p95=…]`, or `count=1 curr=…`.
    private static func runStat(_ text: Substring, line: OutputLine) throws(NativeToolParseError) -> RunStat {
        var figures: [Substring: DecimalNumber] = [:]
        var count: Int?
        var allSame = false
        for token in text.split(whereSeparator: \.isWhitespace) {
            guard let (key, rawValue) = token.splitOnce("=") else {
                if token == "(all" || token == "same)" {
                    allSame = true
                    continue
                }
                throw .malformed(.benchmarkModel, line, expected: "space-separated 'name=<number>' figures")
            }
            var value = rawValue
            if let open = value.firstIndex(of: "(") {
                allSame = value[open...].hasPrefix("(all")
                value = value[value.startIndex..<open]
            }
            guard let number = DecimalNumber.parse(value) else {
                throw .malformed(.benchmarkModel, line, expected: "'\(key)=<number>'")
            }
            if key == "count" { count = number.integerValue } else { figures[key] = number }
        }
        guard let count else {
            throw .malformed(.benchmarkModel, line, expected: "'count=<whole number>'")
        }
        return RunStat(line: line, count: count, figures: figures, allSame: allSame || count == 1)
    }

    private static func fill(_ latency: inout NativeLatencySummary, from stat: RunStat) throws(NativeToolParseError) {
        guard stat.count > 0 else { return }
        func microseconds(_ number: DecimalNumber) throws(NativeToolParseError) -> Int64 {
            guard let nanoseconds = number.nanoseconds(in: .microseconds) else {
                throw NativeToolParseError(
                    .invalidValue, tool: .benchmarkModel, line: stat.line.number,
                    lineText: stat.line.trimmedText, message: "\(number.text) µs is out of range")
            }
            return nanoseconds
        }
        for (key, number) in stat.figures {
            let value = try microseconds(number)
            switch key {
            case "min": latency.minNanoseconds = value
            case "max": latency.maxNanoseconds = value
            case "avg": latency.meanNanoseconds = value
            case "std": latency.standardDeviationNanoseconds = value
            case "median": latency.medianNanoseconds = value
            case "first", "curr": break
            default:
                if key.first == "p", key.dropFirst().allSatisfy({ $0.isNumber || $0 == "." }), key.count > 1 {
                    latency.setPercentile(String(key.dropFirst()), value)
                }
            }
        }
        // `count=1 curr=X` / `curr=X(all same)`: the tool states every run took X.
        if stat.allSame, let current = stat.figures["curr"] {
            let value = try microseconds(current)
            latency.minNanoseconds = latency.minNanoseconds ?? value
            latency.maxNanoseconds = latency.maxNanoseconds ?? value
            latency.meanNanoseconds = latency.meanNanoseconds ?? value
        }
    }

    /// `init=4.92969 overall=138.809` as numbers by name.
    private static func equalsPairs(_ text: Substring) -> [Substring: DecimalNumber] {
        var result: [Substring: DecimalNumber] = [:]
        for token in text.split(whereSeparator: \.isWhitespace) {
            if let (key, value) = token.splitOnce("="), let number = DecimalNumber.parse(value) { result[key] = number }
        }
        return result
    }

    /// Severity and message of a line, without `INFO: ` or an Android logcat `I tflite  : ` prefix.
    static func strip(_ text: Substring) -> (severity: Character?, payload: Substring) {
        let rest = text.drop(while: \.isWhitespace)
        for (prefix, severity) in [
            ("INFO:", "I"), ("WARNING:", "W"), ("WARN:", "W"), ("ERROR:", "E"),
            ("VERBOSE:", "V"), ("FATAL:", "F"),
        ] as [(String, Character)] {
            if let payload = rest.dropping(prefix: prefix) { return (severity, payload.drop(while: \.isWhitespace)) }
        }
        // logcat: `I tflite  : …`, `01-02 03:04:05.678  1234  1234 I tflite  : …`, `I/tflite  ( 1234): …`
        if let tag = rest.firstRange(of: "tflite") {
            let before = rest[rest.startIndex..<tag.lowerBound]
            var after = rest[tag.upperBound...].drop(while: { $0 == " " })
            if after.first == "(", let close = after.firstIndex(of: ")") {
                after = after[after.index(after: close)...].drop(while: { $0 == " " })
            }
            let tail = Array(before.suffix(2))
            let boundary = before.dropLast(2).last
            if after.first == ":", tail.count == 2, tail[1] == " " || tail[1] == "/",
                "VDIWEF".contains(tail[0]), boundary == nil || boundary!.isWhitespace
            {
                let letter: Character = tail[0] == "D" ? "V" : tail[0]
                return (letter, after.dropFirst().drop(while: { $0 == " " }))
            }
        }
        return (nil, rest)
    }
}
