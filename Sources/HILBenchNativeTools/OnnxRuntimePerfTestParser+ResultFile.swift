extension OnnxRuntimePerfTestParser {
    /// Per-run latencies, in nanoseconds and file order, from the result file named as the last
    /// argument of `onnxruntime_perf_test` (`model,time_s,peak_bytes,cpu_%,run` rows).
    ///
    /// Rows with six fields (`model,submission_s,total_s,peak,cpu,run`, ONNX Runtime since late
    /// 2025) give the total time. Blank lines and the `Min Latency: …` statistics the tool appends
    /// are skipped. The tool appends to the file: rows of earlier runs are included if the file
    /// was not fresh.
    /// - Throws: ``NativeToolParseError`` for a row whose time is not a number, or a file with no rows.
    public func parseResultFile(_ text: String) throws(NativeToolParseError) -> [Int64] {
        let lines = try nonEmptyLines(text, tool: .onnxruntimePerfTest)
        var latencies: [Int64] = []
        for line in lines {
            let fields = line.text.trimmed.split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count == 5 || fields.count == 6 else { continue }
            let time = fields[fields.count == 5 ? 1 : 2]
            guard let number = DecimalNumber.parse(time), let nanoseconds = number.nanoseconds(in: .seconds) else {
                throw .malformed(.onnxruntimePerfTest, line, expected: "'model,<seconds>,<peak bytes>,<cpu %>,<run>'")
            }
            latencies.append(nanoseconds)
        }
        guard !latencies.isEmpty else {
            throw NativeToolParseError(
                .missingSummary, tool: .onnxruntimePerfTest,
                message: "no result rows found: expected lines like 'model,0.00185674,36696064,96,0'")
        }
        return latencies
    }
}
