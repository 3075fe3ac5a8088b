import Foundation
import HILBenchNativeTools
import Testing

@Suite("Parsing through NativeToolParser, for every tool")
struct NativeToolParserTests {
    @Test("empty or blank output is an emptyInput error", arguments: NativeTool.allCases, ["", "  \n\t\n"])
    func emptyInput(tool: NativeTool, text: String) throws {
        let error = try #require(throws: NativeToolParseError.self) {
            try NativeToolParser.parse(tool: tool, text: text)
        }
        #expect(error.code == .emptyInput)
        #expect(error.tool == tool)
        #expect(error.line == nil)
    }

    @Test("garbage is a missingSummary error, never an empty report or a crash", arguments: NativeTool.allCases)
    func garbage(tool: NativeTool) throws {
        let text = try Fixture.text("garbage.txt")
        let error = try #require(throws: NativeToolParseError.self) {
            try NativeToolParser.parse(tool: tool, text: text)
        }
        #expect(error.code == .missingSummary)
        #expect(error.message.hasPrefix("no latency summary found: expected"))
    }

    @Test(
        "one tool's output is not mistaken for another's",
        arguments: [
            (NativeTool.trtexec, "benchmark_app-2023-python.txt"),
            (.benchmarkApp, "trtexec-8.6-load-engine.txt"),
            (.onnxruntimePerfTest, "benchncnn-2021-rpi3.txt"),
            (.benchncnn, "onnxruntime_perf_test-1.16-stats.txt"),
            (.benchmarkModel, "trtexec-10-summary-only.txt"),
        ])
    func wrongTool(tool: NativeTool, fixture: String) throws {
        let text = try Fixture.text(fixture)
        #expect(throws: NativeToolParseError.self) { try NativeToolParser.parse(tool: tool, text: text) }
    }

    @Test(
        "the dispatcher gives what each tool's parser gives",
        arguments: [
            (NativeTool.trtexec, "trtexec-8.6-load-engine.txt"),
            (.benchmarkModel, "benchmark_model-tf2.txt"),
            (.benchmarkApp, "benchmark_app-2023-python.txt"),
            (.onnxruntimePerfTest, "onnxruntime_perf_test-1.16-stats.txt"),
            (.benchncnn, "benchncnn-2021-rpi3.txt"),
        ])
    func dispatch(tool: NativeTool, fixture: String) throws {
        let text = try Fixture.text(fixture)
        let direct: [NativeBenchmarkReport] =
            switch tool {
            case .trtexec: try TrtexecParser().parse(text)
            case .benchmarkModel: try TFLiteBenchmarkModelParser().parse(text)
            case .benchmarkApp: try OpenVINOBenchmarkAppParser().parse(text)
            case .onnxruntimePerfTest: try OnnxRuntimePerfTestParser().parse(text)
            case .benchncnn: try BenchncnnParser().parse(text)
            }
        #expect(try NativeToolParser.parse(tool: tool, text: text) == direct)
        #expect(direct.allSatisfy { $0.tool == tool })
    }

    @Test("Windows line endings give the same reports and line numbers")
    func crlf() throws {
        let text = try Fixture.text("trtexec-8.6-load-engine.txt")
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try TrtexecParser().parse(crlf) == TrtexecParser().parse(text))

        let truncated = try Fixture.text("trtexec-truncated.txt").replacingOccurrences(of: "\n", with: "\r\n")
        let error = try #require(throws: NativeToolParseError.self) { try TrtexecParser().parse(truncated) }
        #expect(error.line == 7)
    }

    @Test("the error description names tool, line, problem, expectation and the line itself")
    func errorDescription() throws {
        let text = try Fixture.text("benchncnn-truncated.txt")
        let error = try #require(throws: NativeToolParseError.self) { try BenchncnnParser().parse(text) }
        #expect(
            error.description == """
                benchncnn: line 7: malformed line: could not read this result line (cut short?): expected a number after \
                'max =' as in '          squeezenet  min =  938.66  max =  945.04  avg =  940.61': \
                'squeezenet_int8  min =   75.74  max ='
                """)
    }

    @Test("a report encodes absent figures as absent keys and decodes back unchanged")
    func codableRoundTrip() throws {
        let report = try #require(
            try TrtexecParser().parse(try Fixture.text("trtexec-8.4-single-percentile.txt")).first)
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["toolVersion"] == nil)
        #expect(object["iterations"] == nil)
        #expect(object["tool"] as? String == "trtexec")
        let latency = try #require(object["latency"] as? [String: Any])
        #expect(latency["p90Nanoseconds"] == nil)
        #expect(latency["p99Nanoseconds"] as? Int == 1_558_530)
        #expect(try JSONDecoder().decode(NativeBenchmarkReport.self, from: data) == report)
    }

    @Test("tool names are the executables' names")
    func toolNames() {
        #expect(
            NativeTool.allCases.map(\.rawValue) == [
                "trtexec", "benchmark_model", "benchmark_app", "onnxruntime_perf_test", "benchncnn",
            ])
    }
}
