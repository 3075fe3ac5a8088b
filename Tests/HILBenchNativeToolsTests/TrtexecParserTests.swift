import HILBenchNativeTools
import Testing

@Suite("trtexec output")
struct TrtexecParserTests {
    static let cases: [ParseCase] = [
        ParseCase(
            "trtexec-10-summary-only.txt",
            NativeBenchmarkReport(
                tool: .trtexec,
                throughputPerSecond: 130.298,
                latency: NativeLatencySummary(
                    minNanoseconds: 5_386_720, maxNanoseconds: 13_366_400, meanNanoseconds: 7_606_280,
                    medianNanoseconds: 7_160_920, p90Nanoseconds: 10_299_600, p95Nanoseconds: 10_869_800,
                    p99Nanoseconds: 12_967_500),
                extra: [
                    "enqueue_time":
                        "min = 2.72876 ms, max = 15.0201 ms, mean = 7.63062 ms, median = 7.86694 ms, percentile(90%) = 10.1792 ms, percentile(95%) = 11.7217 ms, percentile(99%) = 14.1848 ms",
                    "h2d_latency":
                        "min = 0.0065918 ms, max = 0.0698242 ms, mean = 0.0122212 ms, median = 0.00814819 ms, percentile(90%) = 0.0253906 ms, percentile(95%) = 0.0270996 ms, percentile(99%) = 0.0515137 ms",
                    "gpu_compute_time":
                        "min = 5.34595 ms, max = 13.3388 ms, mean = 7.58404 ms, median = 7.14139 ms, percentile(90%) = 10.2881 ms, percentile(95%) = 10.8175 ms, percentile(99%) = 12.9485 ms",
                    "d2h_latency":
                        "min = 0.00390625 ms, max = 0.110596 ms, mean = 0.0100141 ms, median = 0.00439453 ms, percentile(90%) = 0.0254517 ms, percentile(95%) = 0.0319824 ms, percentile(99%) = 0.0994873 ms",
                    "total_host_walltime": "3.00082 s",
                    "total_gpu_compute_time": "2.96536 s",
                ])),
        ParseCase(
            "trtexec-8.6-load-engine.txt",
            NativeBenchmarkReport(
                tool: .trtexec, toolVersion: "8.6.0", model: "./model-FP32.plan", device: "NVIDIA GeForce RTX 3090",
                precision: "FP32", iterations: 63030, warmupIterations: 4141, throughputPerSecond: 21009.2,
                latency: NativeLatencySummary(
                    minNanoseconds: 49_011, maxNanoseconds: 617_065, meanNanoseconds: 53_324, medianNanoseconds: 51_758,
                    p90Nanoseconds: 53_223, p95Nanoseconds: 53_772, p99Nanoseconds: 63_080),
                initTimeNanoseconds: 5_849_870,
                extra: [
                    "command": "trtexec --loadEngine=./model-FP32.plan --shapes=tensor-0:4x1x28x28 --verbose",
                    "result": "PASSED",
                    "batch": "Explicit",
                    "min_iterations": "10",
                    "min_duration": "3s (+ 200ms warm up)",
                    "percentiles": "90,95,99",
                    "compute_capability": "8.6",
                    "engine_load_time": "0.00682958 sec.",
                    "warmup_duration": "200 ms",
                    "timing_duration": "3.00012 s",
                    "enqueue_time":
                        "min = 0.0224609 ms, max = 0.0961761 ms, mean = 0.0255501 ms, median = 0.0253906 ms, percentile(90%) = 0.0264893 ms, percentile(95%) = 0.0280762 ms, percentile(99%) = 0.0400391 ms",
                    "h2d_latency":
                        "min = 0.00354004 ms, max = 0.131775 ms, mean = 0.00427174 ms, median = 0.00415039 ms, percentile(90%) = 0.00463867 ms, percentile(95%) = 0.00488281 ms, percentile(99%) = 0.00549316 ms",
                    "gpu_compute_time":
                        "min = 0.041748 ms, max = 0.609253 ms, mean = 0.0451127 ms, median = 0.0439453 ms, percentile(90%) = 0.0449219 ms, percentile(95%) = 0.045105 ms, percentile(99%) = 0.0521851 ms",
                    "d2h_latency":
                        "min = 0.00268555 ms, max = 0.0254517 ms, mean = 0.00392396 ms, median = 0.00366211 ms, percentile(90%) = 0.00488281 ms, percentile(95%) = 0.00500488 ms, percentile(99%) = 0.00537109 ms",
                    "total_host_walltime": "3.00012 s",
                    "total_gpu_compute_time": "2.84346 s",
                ],
                warnings: [
                    "GPU compute time is unstable, with coefficient of variance = 44.3558%. If not already in use, "
                        + "locking GPU clock frequency or adding --useSpinWait may improve the stability."
                ])),
        ParseCase(
            "trtexec-8.4-single-percentile.txt",
            NativeBenchmarkReport(
                tool: .trtexec, throughputPerSecond: 716.632,
                latency: NativeLatencySummary(
                    minNanoseconds: 1_347_600, maxNanoseconds: 1_565_700, meanNanoseconds: 1_386_290,
                    medianNanoseconds: 1_380_370, p99Nanoseconds: 1_558_530),
                extra: [
                    "enqueue_time":
                        "min = 0.0109863 ms, max = 0.0975342 ms, mean = 0.022185 ms, median = 0.0200195 ms, percentile(99%) = 0.071167 ms",
                    "h2d_latency": "min = 0 ms, max = 0 ms, mean = 0 ms, median = 0 ms, percentile(99%) = 0 ms",
                    "gpu_compute_time":
                        "min = 1.3476 ms, max = 1.5657 ms, mean = 1.38629 ms, median = 1.38037 ms, percentile(99%) = 1.55853 ms",
                    "d2h_latency": "min = 0 ms, max = 0 ms, mean = 0 ms, median = 0 ms, percentile(99%) = 0 ms",
                    "total_host_walltime": "3.00294 s",
                    "total_gpu_compute_time": "2.9833 s",
                ],
                warnings: [
                    "GPU compute time is unstable, with coefficient of variance = 2.10486%. If not already in use, "
                        + "locking GPU clock frequency or adding --useSpinWait may improve the stability."
                ])),
        ParseCase(
            "trtexec-7-host-latency.txt",
            NativeBenchmarkReport(
                tool: .trtexec, throughputPerSecond: 0,
                latency: NativeLatencySummary(
                    minNanoseconds: 1_640_580, maxNanoseconds: 6_291_500, meanNanoseconds: 1_660_690,
                    medianNanoseconds: 1_656_010, p99Nanoseconds: 1_670_650),
                extra: [
                    "end_to_end_min": "1.66368 ms",
                    "end_to_end_max": "7.65552 ms",
                    "end_to_end_mean": "3.00909 ms",
                    "end_to_end_median": "3.01636 ms",
                    "end_to_end_p99": "3.03931 ms",
                    "total_host_walltime": "3.00461 s",
                    "enqueue_time_min": "0.91 ms",
                    "enqueue_time_max": "1.2 ms",
                    "enqueue_time_median": "0.935 ms",
                    "gpu_compute_time_min": "1.549 ms",
                    "gpu_compute_time_max": "6.19 ms",
                    "gpu_compute_time_mean": "1.5615 ms",
                    "gpu_compute_time_median": "1.5601 ms",
                    "gpu_compute_time_p99": "1.573 ms",
                    "total_gpu_compute_time": "2.8234 s",
                    "result": "PASSED",
                ])),
        ParseCase(
            "trtexec-wrapped-prefix.txt",
            NativeBenchmarkReport(
                tool: .trtexec, throughputPerSecond: 120.699,
                latency: NativeLatencySummary(
                    minNanoseconds: 9_114_140, maxNanoseconds: 11_744_200, meanNanoseconds: 9_810_050,
                    medianNanoseconds: 9_764_040, p90Nanoseconds: 10_107_500, p95Nanoseconds: 10_162_400,
                    p99Nanoseconds: 11_474_200),
                extra: [
                    "enqueue_time":
                        "min = 0.516296 ms, max = 0.598633 ms, mean = 0.531443 ms, median = 0.5271 ms, percentile(90%) = 0.546875 ms, percentile(95%) = 0.564575 ms, percentile(99%) = 0.580566 ms",
                    "h2d_latency":
                        "min = 1.55066 ms, max = 1.57336 ms, mean = 1.55492 ms, median = 1.55444 ms, percentile(90%) = 1.55664 ms, percentile(95%) = 1.55835 ms, percentile(99%) = 1.56458 ms",
                    "gpu_compute_time":
                        "min = 7.54407 ms, max = 10.1723 ms, mean = 8.23978 ms, median = 8.19409 ms, percentile(90%) = 8.5354 ms, percentile(95%) = 8.59131 ms, percentile(99%) = 9.90002 ms",
                    "d2h_latency":
                        "min = 0.0130615 ms, max = 0.0170898 ms, mean = 0.015342 ms, median = 0.0153809 ms, percentile(90%) = 0.0162354 ms, percentile(95%) = 0.0163574 ms, percentile(99%) = 0.0168457 ms",
                    "total_host_walltime": "3.02405 s",
                    "total_gpu_compute_time": "3.00752 s",
                ])),
    ]

    @Test("every field of each trtexec version's output", arguments: cases)
    func parsesEveryField(_ parseCase: ParseCase) throws {
        let reports = try TrtexecParser().parse(try Fixture.text(parseCase.fixture))
        #expect(reports == parseCase.expected)
    }

    static let failures: [FailureCase] = [
        FailureCase(
            "trtexec-failed.txt", .toolReportedFailure, line: 12,
            "first error at line 7: '[03/26/2022-11:00:30] [E] Failed to parse onnx file'"),
        FailureCase(
            "trtexec-truncated.txt", .malformedLine, line: 7, "expected comma-separated 'name = <number> ms' figures"),
        FailureCase(
            "trtexec-summary-header-only.txt", .missingSummary, line: 5, "the performance summary is cut short"),
        FailureCase("trtexec-build-only.txt", .missingSummary, line: nil, "--skipInference"),
        FailureCase(
            "garbage.txt", .missingSummary, line: nil,
            "no latency summary found: expected a line like '[I] Latency: min = 30.7003 ms"),
    ]

    @Test("failed, cut-short and foreign output give a located error", arguments: failures)
    func reportsFailures(_ failure: FailureCase) throws {
        try expectFailure(failure, tool: .trtexec)
    }

    @Test("one report per '&&&& RUNNING' in concatenated output")
    func splitsRuns() throws {
        let first = try Fixture.text("trtexec-8.6-load-engine.txt")
        let reports = try TrtexecParser().parse(first + "\n" + first)
        #expect(reports.count == 2)
        #expect(reports[0] == reports[1])
    }

    @Test("the verbose explanations after the summary do not overwrite it")
    func ignoresExplanations() throws {
        let reports = try TrtexecParser().parse(try Fixture.text("trtexec-8.6-load-engine.txt"))
        let report = try #require(reports.first)
        #expect(report.throughputPerSecond == 21009.2)
        #expect(report.extra["gpu_compute_time"]?.hasPrefix("min = ") == true)
    }

    @Test("--exportTimes JSON gives one latency per query, in ns")
    func exportedTimes() throws {
        let latencies = try TrtexecParser().parseExportedTimes(try Fixture.text("trtexec-export-times.json"))
        #expect(latencies == [51_126, 50_171, 617_065])
    }

    @Test("an --exportTimes file without latencyMs is an error that names the entry")
    func exportedTimesWithoutLatency() throws {
        let error = try #require(throws: NativeToolParseError.self) {
            try TrtexecParser().parseExportedTimes(#"[ { "latencyMs" : 0.05 }, { "computeMs" : 0.04 } ]"#)
        }
        #expect(error.code == .malformedLine)
        #expect(error.message.contains("missing 'latencyMs' at [1]"), "\(error)")
    }

    @Test("an empty --exportTimes array is an error, not an empty list")
    func exportedTimesEmpty() throws {
        let error = try #require(throws: NativeToolParseError.self) { try TrtexecParser().parseExportedTimes("[]") }
        #expect(error.code == .missingSummary)
    }
}

/// Real trtexec summaries with the warnings it prints about the measurement.
@Suite("trtexec measurement warnings")
struct TrtexecWarningTests {
    @Test func warningsAreKeptWithTheirContinuationLines() throws {
        let bound = try #require(
            try NativeToolParser.parse(tool: .trtexec, text: Fixture.text("trtexec-2026-enqueue-bound.txt")).last)
        #expect(
            bound.warnings == [
                "Throughput may be bound by Enqueue Time rather than GPU Compute and the GPU may be under-utilized. "
                    + "If not already in use, --useCudaGraph (utilize CUDA graphs where possible) may increase the throughput."
            ])
        #expect(bound.latency.meanNanoseconds == 148_179_000)
        #expect(bound.latency.p99Nanoseconds == 150_300_000)
        #expect(bound.throughputPerSecond == nil)  // not printed in this excerpt: not invented
        let unstable = try #require(
            try NativeToolParser.parse(tool: .trtexec, text: Fixture.text("trtexec-8.4-single-percentile.txt")).last)
        #expect(
            unstable.warnings == [
                "GPU compute time is unstable, with coefficient of variance = 2.10486%. "
                    + "If not already in use, locking GPU clock frequency or adding --useSpinWait may improve the stability."
            ])
    }

    @Test func aFullSummaryWithoutWarningsHasNone() throws {
        let report = try #require(
            try NativeToolParser.parse(tool: .trtexec, text: Fixture.text("trtexec-2024-rtx-full-summary.txt")).last)
        #expect(report.warnings.isEmpty)
        #expect(report.throughputPerSecond == 32.7261)
        #expect(report.latency.medianNanoseconds == 30_758_500)
        #expect(report.latency.p95Nanoseconds == 30_839_600)
        #expect(report.extra["total_host_walltime"] == "3.08622 s")
    }
}

@Suite("A failed trtexec run keeps what it printed before failing")
struct TrtexecPartialTests {
    @Test func theFailureCarriesTheSettingsParsedBeforeIt() throws {
        let error = try #require(throws: NativeToolParseError.self) {
            try NativeToolParser.parse(tool: .trtexec, text: Fixture.text("trtexec-failed.txt"))
        }
        #expect(error.code == .toolReportedFailure)
        let partial = try #require(error.partial)
        #expect(partial.model == "crack_onnx.onnx")
        #expect(partial.extra["result"] == "FAILED")
        #expect(partial.latency.isEmpty)
    }
}
