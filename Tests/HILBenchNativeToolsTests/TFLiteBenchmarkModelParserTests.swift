import HILBenchNativeTools
import Testing

@Suite("TFLite / LiteRT benchmark_model output")
struct TFLiteBenchmarkModelParserTests {
    static let cases: [ParseCase] = [
        ParseCase(
            "benchmark_model-2018-legacy.txt",
            NativeBenchmarkReport(
                tool: .benchmarkModel, model: "/data/local/tmp/tflite/tfmodel/mobilenet_v1_1.0_224_quant.tflite",
                iterations: 15, warmupIterations: 7,
                latency: NativeLatencySummary(
                    minNanoseconds: 66_699_000, maxNanoseconds: 66_838_000, meanNanoseconds: 66_767_600,
                    standardDeviationNanoseconds: 39_000),
                initTimeNanoseconds: 9_933_000,
                extra: ["warmup_avg": "76605.9 us"])),
        ParseCase(
            "benchmark_model-tf2.txt",
            NativeBenchmarkReport(
                tool: .benchmarkModel, model: "yolov5s-fp16.tflite", threads: 4, iterations: 50, warmupIterations: 1,
                latency: NativeLatencySummary(
                    minNanoseconds: 2_727_568_000, maxNanoseconds: 3_189_954_000, meanNanoseconds: 2_950_340_000,
                    standardDeviationNanoseconds: 109_798_000),
                initTimeNanoseconds: 17_187_000, firstInferenceNanoseconds: 3_512_391_000,
                peakMemoryBytes: 145_551_786,
                extra: [
                    "model_file_size": "14.4911 MB", "warmup_avg": "3.51239e+06 us", "peak_memory_init": "4.92969 MB",
                ])),
        ParseCase(
            "benchmark_model-litert-percentiles.txt",
            NativeBenchmarkReport(
                tool: .benchmarkModel, iterations: 1000,
                latency: NativeLatencySummary(
                    minNanoseconds: 49_088_000, maxNanoseconds: 686_105_000, meanNanoseconds: 63_743_200,
                    medianNanoseconds: 51_891_000, p95Nanoseconds: 68_628_000, standardDeviationNanoseconds: 60_716_000,
                    otherPercentilesNanoseconds: ["p5": 49_620_000]),
                initTimeNanoseconds: 119_515_000, firstInferenceNanoseconds: 87_112_000,
                extra: [
                    "warmup_avg": "58147.4 us", "memory_delta_init": "55.4961 MB", "memory_delta_overall": "55.4961 MB",
                ])),
        ParseCase(
            "benchmark_model-android-logcat.txt",
            NativeBenchmarkReport(
                tool: .benchmarkModel, model: "/data/local/tmp/mobilenet_v1_1.0_224.tflite",
                device: "TfLiteGpuDelegateV2",
                threads: 4, iterations: 191, warmupIterations: 94,
                latency: NativeLatencySummary(
                    minNanoseconds: 5_102_000, maxNanoseconds: 5_498_000, meanNanoseconds: 5_236_700,
                    standardDeviationNanoseconds: 61_000),
                initTimeNanoseconds: 583_951_000, firstInferenceNanoseconds: 18_011_000,
                extra: [
                    "use_gpu": "1", "delegated_nodes": "31/31", "delegate_partitions": "1", "warmup_avg": "5324.41 us",
                ])),
        ParseCase(
            "benchmark_model-xnnpack-peak.synthetic.txt",
            NativeBenchmarkReport(
                tool: .benchmarkModel, model: "mobilenet_v2_1.0_224.tflite", device: "XNNPACK delegate", threads: 4,
                iterations: 162, warmupIterations: 5,
                latency: NativeLatencySummary(
                    minNanoseconds: 6_044_000, maxNanoseconds: 7_311_000, meanNanoseconds: 6_160_310,
                    medianNanoseconds: 6_125_000, p95Nanoseconds: 6_356_000, standardDeviationNanoseconds: 143_000,
                    otherPercentilesNanoseconds: ["p5": 6_063_000]),
                initTimeNanoseconds: 24_316_000, firstInferenceNanoseconds: 7_034_000, peakMemoryBytes: 36_265_945,
                extra: [
                    "min_num_runs": "100", "min_warmup_runs": "5", "use_xnnpack": "1", "model_file_size": "13.9786 MB",
                    "warmup_avg": "6120 us", "memory_delta_init": "21.3203 MB", "memory_delta_overall": "27.3828 MB",
                    "delegate_coverage": "complete",
                ])),
    ]

    @Test("every field of each benchmark_model generation's output", arguments: cases)
    func parsesEveryField(_ parseCase: ParseCase) throws {
        let reports = try TFLiteBenchmarkModelParser().parse(try Fixture.text(parseCase.fixture))
        #expect(reports == parseCase.expected)
    }

    static let failures: [FailureCase] = [
        FailureCase("benchmark_model-model-missing.txt", .toolReportedFailure, line: 4, "the tool printed an error"),
        FailureCase(
            "benchmark_model-cut-after-warmup.txt", .missingSummary, line: 3,
            "the output stops after one run's statistics"),
        FailureCase(
            "benchmark_model-2018-two-runs.txt", .missingSummary, line: 44,
            "the output stops after one run's statistics"),
        FailureCase("benchmark_model-truncated-count.txt", .malformedLine, line: 4, "expected 'max=<number>'"),
        FailureCase(
            "garbage.txt", .missingSummary, line: nil, "no latency summary found: expected a line like 'count=50"),
    ]

    @Test("missing model, cut-short and foreign output give a located error", arguments: failures)
    func reportsFailures(_ failure: FailureCase) throws {
        try expectFailure(failure, tool: .benchmarkModel)
    }

    @Test("one report per 'STARTING!' in concatenated output")
    func splitsRuns() throws {
        let text =
            "STARTING!\n" + (try Fixture.text("benchmark_model-2018-legacy.txt"))
            + (try Fixture.text("benchmark_model-tf2.txt"))
        let reports = try TFLiteBenchmarkModelParser().parse(text)
        #expect(reports.map(\.iterations) == [15, 50])
        #expect(
            reports.map(\.model) == [
                "/data/local/tmp/tflite/tfmodel/mobilenet_v1_1.0_224_quant.tflite", "yolov5s-fp16.tflite",
            ])
    }

    @Test("'count=1 curr=X' and '(all same)' mean every run took X")
    func singleRun() throws {
        let text = """
            INFO: count=1 curr=3512391
            INFO: count=3 curr=6120(all same)
            """
        let report = try #require(try TFLiteBenchmarkModelParser().parse(text).first)
        #expect(report.iterations == 3)
        #expect(report.warmupIterations == 1)
        #expect(
            report.latency
                == NativeLatencySummary(
                    minNanoseconds: 6_120_000, maxNanoseconds: 6_120_000, meanNanoseconds: 6_120_000))
    }

    @Test("a measured run with count=0 is an error, not a zero latency")
    func dryRun() throws {
        let text = """
            INFO: count=0
            INFO: count=0
            """
        let error = try #require(throws: NativeToolParseError.self) { try TFLiteBenchmarkModelParser().parse(text) }
        #expect(error.code == .missingSummary)
        #expect(error.line == 2)
        #expect(error.message.contains("count=0"))
    }
}

/// Real outputs with delegates stated in lines other than `Replacing … with delegate (…)`.
@Suite("benchmark_model delegates and devices")
struct TFLiteDelegateLineTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var device: String?
        var iterations: Int
        var warmup: Int
        var meanNs: Int64
        var initNs: Int64
        var firstNs: Int64
        var extra: [String: String]
        var testDescription: String { file }
    }

    @Test(arguments: [
        Expected(
            file: "benchmark_model-2021-rpi-xnnpack-int8.txt", device: "XNNPACK delegate for CPU", iterations: 50,
            warmup: 9,
            meanNs: 55_043_200, initNs: 18_777_000, firstNs: 64_791_000,
            extra: ["memory_delta_overall": "18.7227 MB", "model_file_size": "3.67827 MB"]),
        Expected(
            file: "benchmark_model-2020-android-gpu-delegate.txt", device: "GPU delegate", iterations: 50, warmup: 4,
            meanNs: 119_375_000, initNs: 870_557_000, firstNs: 130_565_000,
            extra: ["delegate_coverage": "complete", "use_gpu": "1"]),
        Expected(
            file: "benchmark_model-2022-logcat-nnapi-partial.txt", device: "NNAPI delegate", iterations: 75, warmup: 40,
            meanNs: 12_167_600, initNs: 126_059_000, firstNs: 32_942_000,
            extra: ["delegate_coverage": "partial", "delegate_kernels": "44"]),
        Expected(
            file: "benchmark_model-2021-rpi4-no-delegate.txt", device: nil, iterations: 14192, warmup: 7028,
            meanNs: 69_691, initNs: 1_304_000, firstNs: 2_071_000, extra: ["delegates_applied": "0"]),
    ])
    func delegateIsKept(_ expected: Expected) throws {
        let report = try #require(
            try NativeToolParser.parse(tool: .benchmarkModel, text: Fixture.text(expected.file)).last)
        #expect(report.device == expected.device)
        #expect(report.iterations == expected.iterations)
        #expect(report.warmupIterations == expected.warmup)
        #expect(report.latency.meanNanoseconds == expected.meanNs)
        #expect(report.initTimeNanoseconds == expected.initNs)
        #expect(report.firstInferenceNanoseconds == expected.firstNs)
        for (key, value) in expected.extra { #expect(report.extra[key] == value, "\(key)") }
    }
}
