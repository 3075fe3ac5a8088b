import Foundation
import HILBenchNativeTools
import Testing

/// Reads a text fixture shipped in `Fixtures/` (see `Fixtures/README.md` for where each comes from).
enum Fixture {
    static func text(_ name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "fixture \(name) is missing from the test bundle")
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// One fixture and every report a parser must return for it, field by field.
struct ParseCase: Sendable, CustomTestStringConvertible {
    var fixture: String
    var expected: [NativeBenchmarkReport]

    init(_ fixture: String, _ expected: NativeBenchmarkReport...) {
        self.fixture = fixture
        self.expected = expected
    }

    var testDescription: String { fixture }
}

/// One fixture whose parse must fail, with the code and line the error must name.
struct FailureCase: Sendable, CustomTestStringConvertible {
    var fixture: String
    var code: NativeToolParseError.Code
    var line: Int?
    /// Text the message must contain.
    var messageContains: String

    init(_ fixture: String, _ code: NativeToolParseError.Code, line: Int?, _ messageContains: String) {
        self.fixture = fixture
        self.code = code
        self.line = line
        self.messageContains = messageContains
    }

    var testDescription: String { fixture }
}

/// Parses `fixture` and expects the failure described by `failure`.
func expectFailure(
    _ failure: FailureCase, tool: NativeTool, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let text = try Fixture.text(failure.fixture)
    let error = try #require(throws: NativeToolParseError.self, sourceLocation: sourceLocation) {
        try NativeToolParser.parse(tool: tool, text: text)
    }
    #expect(error.tool == tool, sourceLocation: sourceLocation)
    #expect(error.code == failure.code, sourceLocation: sourceLocation)
    #expect(error.line == failure.line, sourceLocation: sourceLocation)
    #expect(error.message.contains(failure.messageContains), "\(error)", sourceLocation: sourceLocation)
    if let line = failure.line {
        // The error quotes the offending line as it appears in the fixture.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(error.lineText == lines[line - 1].trimmingCharacters(in: .whitespaces), sourceLocation: sourceLocation)
    } else {
        #expect(error.lineText == nil, sourceLocation: sourceLocation)
    }
}
