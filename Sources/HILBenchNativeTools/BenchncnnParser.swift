/// Parses ncnn `benchncnn` output (printed on stderr): one report per model line
/// `          squeezenet  min =  938.66  max =  945.04  avg =  940.61` (ms).
///
/// - Newer builds benchmarking CPU and GPU together (`gpu device` given as `-1,0`) print
///   `squeezenet cpu min = … avg = …  user = …  sys = …  speed_ratio = …x  cpu_ratio = …%`;
///   `cpu`/`gpu` becomes the device, the rest goes to `extra`.
/// - `threads` and `iterations` come from the `num_threads =` and `loop_count =` header lines.
///   Warm-up loops are fixed by the tool and not printed: `warmupIterations` stays nil.
/// - `device` is `cpu` when `gpu_device = -1` (the tool's meaning of -1), else the Vulkan device
///   name from its `[0 NVIDIA GeForce RTX 3090]  queueC=…` line when printed, else `gpu <index>`.
/// - `precision` is `int8` for `_int8` (older builds: `-int8`) models, as the tool encodes it in the
///   name; else nil.
/// - There are no percentiles, throughput or memory figures.
public struct BenchncnnParser: Sendable {
    public init() {}

    static let exampleLine = "'          squeezenet  min =  938.66  max =  945.04  avg =  940.61'"

    /// Parses `benchncnn` output into one report per model line, in output order.
    public func parse(_ text: String) throws(NativeToolParseError) -> [NativeBenchmarkReport] {
        let lines = try nonEmptyLines(text, tool: .benchncnn)
        var header: [Substring: Substring] = [:]
        var gpuNames: [Int: String] = [:]
        var reports: [NativeBenchmarkReport] = []
        var firstErrorLine: OutputLine?

        for line in lines {
            let text = line.text.trimmed
            if text.isEmpty { continue }
            if let result = try Self.resultLine(text, line: line) {
                var report = NativeBenchmarkReport(tool: .benchncnn, model: String(result.model))
                report.latency.minNanoseconds = result.min
                report.latency.maxNanoseconds = result.max
                report.latency.meanNanoseconds = result.avg
                if let device = result.device { report.device = String(device) }
                report.extra = result.extra
                reports.append(apply(header: header, gpuNames: gpuNames, to: report))
                continue
            }
            // `[0 NVIDIA GeForce RTX 3090]  queueC=2[8]  queueG=0[16]  queueT=1[2]`
            if text.first == "[", let close = text.firstIndex(of: "]") {
                let inside = text[text.index(after: text.startIndex)..<close]
                if let space = inside.firstIndex(of: " "), let index = Int(inside[inside.startIndex..<space]) {
                    gpuNames[index] = String(inside[inside.index(after: space)...].trimmed)
                }
                continue
            }
            if let (key, value) = text.splitOnce("="), !key.contains(" ") {
                header[key] = value
                continue
            }
            // ncnn's own complaints: `fopen x.param failed`, `input tensor shape empty!`, usage.
            let lowered = text.lowercased()
            if firstErrorLine == nil,
                lowered.contains(" failed") || lowered.contains("empty!") || lowered.contains("not exists")
                    || lowered.hasPrefix("usage:") || lowered.contains("unrecognized arg")
            {
                firstErrorLine = line
            }
        }
        guard !reports.isEmpty else {
            throw .missing(.benchncnn, expected: "a line like \(Self.exampleLine)", errorLine: firstErrorLine)
        }
        return reports
    }

    private func apply(
        header: [Substring: Substring], gpuNames: [Int: String], to report: NativeBenchmarkReport
    ) -> NativeBenchmarkReport {
        var report = report
        report.threads = header["num_threads"].flatMap { scanInteger($0) }
        report.iterations = header["loop_count"].flatMap { scanInteger($0) }
        if let powersave = header["powersave"] { report.extra["powersave"] = String(powersave) }
        if let cooling = header["cooling_down"] { report.extra["cooling_down"] = String(cooling) }
        if let gpuDevice = header["gpu_device"] {
            report.extra["gpu_device"] = String(gpuDevice)
            if report.device == nil, let index = Int(gpuDevice) {
                report.device = index < 0 ? "cpu" : (gpuNames[index] ?? "gpu \(index)")
            } else if report.device == "gpu", let index = Int(gpuDevice), let name = gpuNames[index] {
                report.device = name
            }
        }
        if let model = report.model, model.hasSuffix("_int8") || model.hasSuffix("-int8") || model.contains("_int8.") {
            report.precision = "int8"
        }
        return report
    }

    private struct ResultLine {
        var model: Substring
        var device: Substring?
        var min: Int64
        var max: Int64
        var avg: Int64
        var extra: [String: String]
    }

    /// A model result line, nil for other lines; throws for a result line that cannot be read.
    private static func resultLine(_ text: Substring, line: OutputLine) throws(NativeToolParseError) -> ResultLine? {
        guard let minRange = text.firstRange(of: " min =") ?? text.firstRange(of: " min=") else { return nil }
        var name = text[text.startIndex..<minRange.lowerBound].trimmed
        guard !name.isEmpty else { return nil }
        var device: Substring?
        if let space = name.lastIndex(of: " ") {
            let last = name[name.index(after: space)...]
            if last == "cpu" || last == "gpu" {
                device = last
                name = name[name.startIndex..<space].trimmed
            }
        }
        // `min =  938.66  max =  945.04  avg =  940.61  user = …  sys = …  speed_ratio =   1.00x  cpu_ratio = …%`
        var figures: [Substring: Substring] = [:]
        var rest = text[text.index(after: minRange.lowerBound)...]
        while !rest.isEmpty {
            let key = rest.prefix(while: { $0 != "=" && !$0.isWhitespace })
            var after = rest[key.endIndex...].drop(while: \.isWhitespace)
            guard !key.isEmpty, after.first == "=" else {
                throw .malformed(.benchncnn, line, expected: "'name = <number>' figures as in \(exampleLine)")
            }
            after = after.dropFirst().drop(while: \.isWhitespace)
            let value = after.prefix(while: { !$0.isWhitespace })
            guard !value.isEmpty else {
                throw .malformed(.benchncnn, line, expected: "a number after '\(key) =' as in \(exampleLine)")
            }
            figures[key] = value
            rest = after[value.endIndex...].drop(while: \.isWhitespace)
        }
        func milliseconds(_ key: Substring) throws(NativeToolParseError) -> Int64 {
            guard let value = figures[key], let number = DecimalNumber.parse(value),
                let nanoseconds = number.nanoseconds(in: .milliseconds)
            else {
                throw .malformed(.benchncnn, line, expected: "'\(key) = <number>' (ms) as in \(exampleLine)")
            }
            return nanoseconds
        }
        var extra: [String: String] = [:]
        for (key, value) in figures where !["min", "max", "avg"].contains(key) {
            let unit = (key == "user" || key == "sys") ? " ms" : ""
            extra[key == "user" || key == "sys" ? "\(key)_time" : String(key)] = "\(value)\(unit)"
        }
        return ResultLine(
            model: name, device: device,
            min: try milliseconds("min"), max: try milliseconds("max"), avg: try milliseconds("avg"), extra: extra)
    }
}
