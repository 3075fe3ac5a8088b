import HILBenchNativeTools
import Testing

@Suite("onnxruntime_perf_test output")
struct OnnxRuntimePerfTestParserTests {
    static let cases: [ParseCase] = [
        ParseCase(
            "onnxruntime_perf_test-2019.txt",
            NativeBenchmarkReport(
                tool: .onnxruntimePerfTest, iterations: 1000,
                latency: NativeLatencySummary(
                    minNanoseconds: 55_977_700, maxNanoseconds: 62_347_200, meanNanoseconds: 58_805_300,
                    medianNanoseconds: 58_710_800, p90Nanoseconds: 59_984_500, p95Nanoseconds: 60_567_600,
                    p99Nanoseconds: 61_951_700, otherPercentilesNanoseconds: ["p99.9": 62_347_200]),
                extra: ["total_time_cost": "58.8053", "total_run_time": "58.8102 s"])),
        ParseCase(
            "onnxruntime_perf_test-2020-no-space.txt",
            NativeBenchmarkReport(
                tool: .onnxruntimePerfTest, iterations: 1,
                latency: NativeLatencySummary(meanNanoseconds: 734_606_000),
                initTimeNanoseconds: 1_841_490_000,
                extra: [
                    "intra_op_num_threads": "0", "total_inference_time_cost": "0.734606 s",
                    "total_inference_run_time": "0.734761 s",
                ])),
        ParseCase(
            "onnxruntime_perf_test-1.3-acl.txt",
            NativeBenchmarkReport(
                tool: .onnxruntimePerfTest, iterations: 10,
                latency: NativeLatencySummary(meanNanoseconds: 144_871_000),
                initTimeNanoseconds: 127_918_000, peakMemoryBytes: 158_171_136,
                extra: [
                    "total_inference_time_cost": "1.44871 s", "total_inference_run_time": "1.44916 s",
                    "avg_cpu_usage": "68 %",
                ])),
        ParseCase(
            "onnxruntime_perf_test-1.16-stats.txt",
            NativeBenchmarkReport(
                tool: .onnxruntimePerfTest, iterations: 100, throughputPerSecond: 538.184,
                latency: NativeLatencySummary(
                    minNanoseconds: 1_834_040, maxNanoseconds: 1_903_120, meanNanoseconds: 1_857_390,
                    medianNanoseconds: 1_856_740, p90Nanoseconds: 1_872_150, p95Nanoseconds: 1_873_930,
                    p99Nanoseconds: 1_903_120, otherPercentilesNanoseconds: ["p99.9": 1_903_120]),
                initTimeNanoseconds: 10_201_600, firstInferenceNanoseconds: 2_000_000, peakMemoryBytes: 36_696_064,
                extra: [
                    "total_inference_time_cost": "0.185739 s", "total_inference_run_time": "0.18581 s",
                    "avg_cpu_usage": "96 %",
                ])),
    ]

    @Test("every field of each onnxruntime_perf_test generation's output", arguments: cases)
    func parsesEveryField(_ parseCase: ParseCase) throws {
        let reports = try OnnxRuntimePerfTestParser().parse(try Fixture.text(parseCase.fixture))
        #expect(reports == parseCase.expected)
    }

    static let failures: [FailureCase] = [
        FailureCase(
            "onnxruntime_perf_test-truncated.txt", .missingSummary, line: 4,
            "the output stops before the latency figures"),
        FailureCase(
            "onnxruntime_perf_test-malformed.txt", .malformedLine, line: 5,
            "expected 'Average inference time cost: <number> <unit>'"),
        FailureCase(
            "onnxruntime_perf_test-error.synthetic.txt", .toolReportedFailure, line: 1, "the tool printed an error"),
        FailureCase(
            "garbage.txt", .missingSummary, line: nil,
            "no latency summary found: expected a line like 'Average inference time cost: 1.85739 ms'"),
    ]

    @Test("errors, cut-short and foreign output give a located error", arguments: failures)
    func reportsFailures(_ failure: FailureCase) throws {
        try expectFailure(failure, tool: .onnxruntimePerfTest)
    }

    @Test("a positive intra-op thread count is the report's threads")
    func threads() throws {
        let text = "Setting intra_op_num_threads to 4\nAverage inference time cost: 1.5 ms\n"
        let report = try #require(try OnnxRuntimePerfTestParser().parse(text).first)
        #expect(report.threads == 4)
        #expect(report.extra["intra_op_num_threads"] == "4")
    }

    @Test(
        "the result file gives one latency per run, in ns",
        arguments: [
            ("onnxruntime_perf_test-result.synthetic.csv", [Int64(1_856_740), 1_834_040, 1_903_120]),
            ("onnxruntime_perf_test-result-six-columns.synthetic.csv", [Int64(1_856_740), 1_834_040]),
        ])
    func resultFile(fixture: String, expected: [Int64]) throws {
        #expect(try OnnxRuntimePerfTestParser().parseResultFile(try Fixture.text(fixture)) == expected)
    }

    @Test("a result row whose time is not a number is an error with its line")
    func badResultRow() throws {
        let error = try #require(throws: NativeToolParseError.self) {
            try OnnxRuntimePerfTestParser().parseResultFile("model,0.0018,36696064,96,0\nmodel,abc,36696064,96,1\n")
        }
        #expect(error.code == .malformedLine)
        #expect(error.line == 2)
        #expect(error.lineText == "model,abc,36696064,96,1")
    }
}
