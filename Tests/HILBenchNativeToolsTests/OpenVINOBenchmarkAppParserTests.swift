import HILBenchNativeTools
import Testing

@Suite("OpenVINO benchmark_app output")
struct OpenVINOBenchmarkAppParserTests {
    static let asyncFourStreams =
        "Start inference asynchronously, 4 inference requests using 4 streams for CPU, limits: 60000 ms duration"

    static let cases: [ParseCase] = [
        ParseCase(
            "benchmark_app-2021.2-python.txt",
            NativeBenchmarkReport(
                tool: .benchmarkApp, iterations: 181_728, throughputPerSecond: 3028.72,
                latency: NativeLatencySummary(medianNanoseconds: 1_250_000),
                extra: ["duration": "60001.53 ms", "latency": "1.25 ms"])),
        ParseCase(
            "benchmark_app-2022-cpp-static.txt",
            NativeBenchmarkReport(
                tool: .benchmarkApp, iterations: 6640, throughputPerSecond: 110.59,
                latency: NativeLatencySummary(
                    minNanoseconds: 18_550_000, maxNanoseconds: 88_960_000, meanNanoseconds: 36_120_000,
                    medianNanoseconds: 35_360_000),
                firstInferenceNanoseconds: 26_260_000,
                extra: ["measurement": asyncFourStreams, "duration": "60039.70 ms"])),
        ParseCase(
            "benchmark_app-2022-cpp-dynamic.txt",
            NativeBenchmarkReport(
                tool: .benchmarkApp, iterations: 5199, throughputPerSecond: 86.59,
                latency: NativeLatencySummary(
                    minNanoseconds: 8_440_000, maxNanoseconds: 115_650_000, meanNanoseconds: 46_070_000,
                    medianNanoseconds: 41_580_000),
                firstInferenceNanoseconds: 26_800_000,
                extra: ["measurement": asyncFourStreams, "duration": "60043.34 ms"])),
        ParseCase(
            "benchmark_app-2023-python.txt",
            NativeBenchmarkReport(
                tool: .benchmarkApp, device: "CPU", iterations: 17436, throughputPerSecond: 1161.75,
                latency: NativeLatencySummary(
                    minNanoseconds: 2_840_000, maxNanoseconds: 24_600_000, meanNanoseconds: 5_030_000,
                    medianNanoseconds: 4_990_000),
                firstInferenceNanoseconds: 7_140_000,
                extra: [
                    "measurement": "Start inference asynchronously, 6 inference requests, limits: 15000 ms duration",
                    "duration": "15008.41 ms",
                ])),
        ParseCase(
            "benchmark_app-2025-cpp.synthetic.txt",
            NativeBenchmarkReport(
                tool: .benchmarkApp, toolVersion: "2025.3.0-19807-44526285f24-releases/2025/3", model: "torch_jit",
                device: "CPU", threads: 4, precision: "f32", batch: 1, iterations: 1000, throughputPerSecond: 1230.86,
                latency: NativeLatencySummary(
                    minNanoseconds: 768_020, maxNanoseconds: 1_406_550, meanNanoseconds: 801_870,
                    p90Nanoseconds: 842_100),
                initTimeNanoseconds: 187_330_000, firstInferenceNanoseconds: 1_210_000,
                extra: [
                    "read_model_time": "12.48 ms", "optimal_infer_requests": "1", "num_streams": "1",
                    "performance_hint": "LATENCY",
                    "measurement": "Start inference synchronously, limits: 1000 iterations",
                    "duration": "812.44 ms",
                ])),
    ]

    @Test("every field of each benchmark_app generation's output", arguments: cases)
    func parsesEveryField(_ parseCase: ParseCase) throws {
        let reports = try OpenVINOBenchmarkAppParser().parse(try Fixture.text(parseCase.fixture))
        #expect(reports == parseCase.expected)
    }

    static let failures: [FailureCase] = [
        FailureCase("benchmark_app-error.synthetic.txt", .toolReportedFailure, line: 6, "the tool printed an error"),
        FailureCase("benchmark_app-truncated.txt", .missingSummary, line: 5, "the latency block is cut short"),
        FailureCase(
            "benchmark_app-truncated-latency-line.txt", .malformedLine, line: 6, "expected '<name>: <number> ms'"),
        FailureCase(
            "garbage.txt", .missingSummary, line: nil,
            "no latency summary found: expected a block like '[ INFO ] Latency:'"),
    ]

    @Test("errors, cut-short and foreign output give a located error", arguments: failures)
    func reportsFailures(_ failure: FailureCase) throws {
        try expectFailure(failure, tool: .benchmarkApp)
    }

    @Test("a MULTI run prints no latency: the report has the throughput and an empty latency")
    func throughputOnly() throws {
        let text = """
            [ INFO ] Count:      1200 iterations
            [ INFO ] Duration:   10012.50 ms
            [ INFO ] Throughput: 119.85 FPS
            """
        let report = try #require(try OpenVINOBenchmarkAppParser().parse(text).first)
        #expect(report.throughputPerSecond == 119.85)
        #expect(report.iterations == 1200)
        #expect(report.latency.isEmpty)
    }

    @Test("Python's <Type: 'float32'> precision and ['GPU.0', 'CPU'] device list are unwrapped")
    func pythonPropertyFormats() throws {
        let text = """
            [ INFO ]   INFERENCE_PRECISION_HINT: <Type: 'float32'>
            [ INFO ] Execution Devices:['GPU.0', 'CPU']
            [ INFO ] Throughput: 10.00 FPS
            """
        let report = try #require(try OpenVINOBenchmarkAppParser().parse(text).first)
        #expect(report.precision == "float32")
        #expect(report.device == "GPU.0, CPU")
    }
}
