/// A native tool's output could not be turned into a report: which tool, where, and what was expected.
public struct NativeToolParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, extensible code for the kind of problem.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The text was empty or only whitespace.
        public static let emptyInput = Code("empty input")
        /// No result summary was found (garbage, the wrong tool's output, or a run cut short).
        public static let missingSummary = Code("missing summary")
        /// A result line was recognised but could not be read (often a truncated line).
        public static let malformedLine = Code("malformed line")
        /// A number was out of range or not finite.
        public static let invalidValue = Code("invalid value")
        /// The tool itself reported that the run failed, and printed no result.
        public static let toolReportedFailure = Code("tool reported failure")
        public var description: String { name }
    }

    public var code: Code
    /// The tool whose output was being read.
    public var tool: NativeTool
    /// 1-based line number in the text given to the parser, when one line is at fault.
    public var line: Int?
    /// That line's text, when one line is at fault.
    public var lineText: String?
    /// What was wrong and what was expected.
    public var message: String
    /// What the output said before it failed (version, device, model, settings), when the tool printed any:
    /// a failed run keeps the settings parsed before the failure.
    public var partial: NativeBenchmarkReport?

    public init(
        _ code: Code, tool: NativeTool, line: Int? = nil, lineText: String? = nil, message: String,
        partial: NativeBenchmarkReport? = nil
    ) {
        self.partial = partial
        self.code = code
        self.tool = tool
        self.line = line
        self.lineText = lineText
        self.message = message
    }

    /// `benchmark_app: line 12: malformed line: <message>: '<line text>'`.
    public var description: String {
        var text = "\(tool.rawValue): "
        if let line { text += "line \(line): " }
        text += "\(code): \(message)"
        if let lineText { text += ": '\(lineText)'" }
        return text
    }
}
