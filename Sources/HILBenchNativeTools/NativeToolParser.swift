import Foundation

/// Parses the text output of any supported native benchmark tool into reports.
public enum NativeToolParser {
    /// Parses `text` as printed by `tool` (stdout and stderr together are fine).
    ///
    /// Every tool but `benchncnn` gives one report per run found in the text (normally one);
    /// `benchncnn` gives one report per model line.
    /// - Throws: ``NativeToolParseError`` for empty or unrecognised text, a run cut short, or a
    ///   run the tool itself reported as failed.
    public static func parse(tool: NativeTool, text: String) throws(NativeToolParseError) -> [NativeBenchmarkReport] {
        switch tool {
        case .trtexec: try TrtexecParser().parse(text)
        case .benchmarkModel: try TFLiteBenchmarkModelParser().parse(text)
        case .benchmarkApp: try OpenVINOBenchmarkAppParser().parse(text)
        case .onnxruntimePerfTest: try OnnxRuntimePerfTestParser().parse(text)
        case .benchncnn: try BenchncnnParser().parse(text)
        }
    }
}

// MARK: - Shared steps

/// The lines of `text`, or an `emptyInput` error when there is nothing but whitespace.
func nonEmptyLines(_ text: String, tool: NativeTool) throws(NativeToolParseError) -> [OutputLine] {
    guard text.contains(where: { !$0.isWhitespace }) else {
        throw NativeToolParseError(
            .emptyInput, tool: tool,
            message: "the output is empty: run the tool and pass its stdout and stderr")
    }
    return outputLines(text)
}

/// Splits output into runs at the lines where `isStart` holds; lines before the first start
/// belong to the first run. Output without any start line is one run.
func splitRuns(_ lines: [OutputLine], isStart: (OutputLine) -> Bool) -> [[OutputLine]] {
    var runs: [[OutputLine]] = []
    var current: [OutputLine] = []
    var sawStart = false
    for line in lines {
        if isStart(line) {
            if sawStart {
                runs.append(current)
                current = []
            }
            sawStart = true
        }
        current.append(line)
    }
    runs.append(current)
    return runs
}

extension NativeToolParseError {
    static func malformed(_ tool: NativeTool, _ line: OutputLine, expected: String) -> NativeToolParseError {
        NativeToolParseError(
            .malformedLine, tool: tool, line: line.number, lineText: line.trimmedText,
            message: "could not read this result line (cut short?): expected \(expected)")
    }

    /// The summary is missing; names the tool's own error line when it printed one.
    static func missing(
        _ tool: NativeTool, expected: String, errorLine: OutputLine?,
        partial: NativeBenchmarkReport? = nil
    ) -> NativeToolParseError {
        if let errorLine {
            return NativeToolParseError(
                .toolReportedFailure, tool: tool, line: errorLine.number, lineText: errorLine.trimmedText,
                message: "the tool printed an error and no result summary", partial: partial)
        }
        return NativeToolParseError(
            .missingSummary, tool: tool, message: "no latency summary found: expected \(expected)",
            partial: partial)
    }
}

extension NativeToolParser {
    /// Every line of `text` that reports an error or a failure, trimmed, in order: trtexec's `[E]`/`[F]` and
    /// `&&&& FAILED`, OpenVINO's `[ ERROR ]`, LiteRT's `ERROR:`, ONNX Runtime's `[E:` and `Error`/`Exception`
    /// lines, and any line that says `error`, `failed`, `unsupported`, `could not` and the like (benchncnn's
    /// `input tensor shape empty!`). A failed run keeps them all, not only the first.
    public static func errorLines(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { return nil }
            let lower = line.lowercased()
            let words = [
                "error", "failed", "exception", "segmentation fault", "unsupported", "empty!", "not exist", "cannot ",
                "could not", "unrecognized", "usage:",
            ]
            let marked =
                line.contains("[E]") || line.contains("[F]") || line.contains("[E:")
                || words.contains { lower.contains($0) }
            // Settings echoes like "--allowGPUFallback: Disabled" or "Errors: 0" are not errors.
            guard marked, !lower.hasPrefix("errors: 0") else { return nil }
            return String(line)
        }
    }
}
