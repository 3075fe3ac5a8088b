import HILBenchNativeTools
import Testing

@Suite("Output cut at any point")
struct TruncationRobustnessTests {
    static let fixtures: [(NativeTool, String)] = [
        (.trtexec, "trtexec-8.6-load-engine.txt"),
        (.trtexec, "trtexec-7-host-latency.txt"),
        (.benchmarkModel, "benchmark_model-tf2.txt"),
        (.benchmarkModel, "benchmark_model-xnnpack-peak.synthetic.txt"),
        (.benchmarkApp, "benchmark_app-2025-cpp.synthetic.txt"),
        (.benchmarkApp, "benchmark_app-2022-cpp-dynamic.txt"),
        (.onnxruntimePerfTest, "onnxruntime_perf_test-1.16-stats.txt"),
        (.benchncnn, "benchncnn-2019-adreno.txt"),
        (.benchncnn, "benchncnn-cpu-gpu-compare.txt"),
    ]

    /// A session's output can stop anywhere (timeout, lost link, full disk). Every prefix must give
    /// either reports that carry a figure, or a parse error: never a crash, never an empty report.
    @Test("every prefix gives reports with figures or a parse error", arguments: fixtures)
    func prefixes(tool: NativeTool, fixture: String) throws {
        let text = try Fixture.text(fixture)
        var cuts = Set(text.indices.enumerated().filter { $0.offset % 5 == 0 }.map(\.element))
        cuts.formUnion(text.indices.filter { text[$0] == "\n" })
        cuts.insert(text.endIndex)
        for cut in cuts {
            let prefix = String(text[..<cut])
            do {
                let reports = try NativeToolParser.parse(tool: tool, text: prefix)
                #expect(!reports.isEmpty)
                for report in reports {
                    #expect(
                        !report.latency.isEmpty || report.throughputPerSecond != nil,
                        "empty report from a prefix of \(fixture) ending '\(prefix.suffix(40))'")
                }
            } catch {
                #expect(error.tool == tool)
                if let line = error.line {
                    #expect(line >= 1 && line <= prefix.split(separator: "\n", omittingEmptySubsequences: false).count)
                }
            }
        }
    }
}
