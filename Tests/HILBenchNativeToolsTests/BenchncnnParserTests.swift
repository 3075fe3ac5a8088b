import HILBenchNativeTools
import Testing

@Suite("ncnn benchncnn output")
struct BenchncnnParserTests {
    /// A report for one model line with the header every line of a run shares.
    static func line(
        _ model: String, _ min: Int64, _ max: Int64, _ avg: Int64, device: String?, threads: Int?, loops: Int?,
        precision: String? = nil, extra: [String: String]
    ) -> NativeBenchmarkReport {
        NativeBenchmarkReport(
            tool: .benchncnn, model: model, device: device, threads: threads, precision: precision, iterations: loops,
            latency: NativeLatencySummary(minNanoseconds: min, maxNanoseconds: max, meanNanoseconds: avg), extra: extra)
    }

    static let rpi = ["powersave": "0", "cooling_down": "1", "gpu_device": "-1"]
    static let android = ["powersave": "2", "cooling_down": "0", "gpu_device": "-1"]
    static let adreno = ["powersave": "0", "gpu_device": "-1"]
    static let jetson = ["powersave": "0", "cooling_down": "1", "gpu_device": "1"]

    static let cases: [ParseCase] = [
        ParseCase(
            "benchncnn-2021-rpi3.txt",
            line("squeezenet", 93_770_000, 94_780_000, 94_250_000, device: "cpu", threads: 4, loops: 8, extra: rpi),
            line(
                "squeezenet_int8", 75_740_000, 76_210_000, 75_940_000, device: "cpu", threads: 4, loops: 8,
                precision: "int8", extra: rpi),
            line("mobilenet", 113_180_000, 118_140_000, 114_710_000, device: "cpu", threads: 4, loops: 8, extra: rpi)),
        ParseCase(
            "benchncnn-2021-android-big-cores.txt",
            line("squeezenet", 4_210_000, 4_360_000, 4_270_000, device: "cpu", threads: 4, loops: 10, extra: android),
            line(
                "squeezenet_int8", 4_920_000, 5_230_000, 5_040_000, device: "cpu", threads: 4, loops: 10,
                precision: "int8", extra: android),
            line(
                "efficientnetv2_b0", 12_310_000, 12_590_000, 12_450_000, device: "cpu", threads: 4, loops: 10,
                extra: android)),
        ParseCase(
            "benchncnn-2019-adreno.txt",
            line("squeezenet", 21_290_000, 23_880_000, 22_510_000, device: "cpu", threads: 8, loops: 4, extra: adreno),
            line(
                "squeezenet-int8", 19_840_000, 24_120_000, 22_450_000, device: "cpu", threads: 8, loops: 4,
                precision: "int8", extra: adreno),
            line("vgg16", 322_050_000, 335_430_000, 326_090_000, device: "cpu", threads: 8, loops: 4, extra: adreno)),
        ParseCase(
            "benchncnn-jetson-nano-vulkan.txt",
            line(
                "squeezenet", 35_560_000, 36_620_000, 36_000_000, device: "gpu 1", threads: 4, loops: 8, extra: jetson),
            line(
                "squeezenet_int8", 26_940_000, 27_470_000, 27_210_000, device: "gpu 1", threads: 4, loops: 8,
                precision: "int8", extra: jetson)),
        ParseCase(
            "benchncnn-intel-vulkan.synthetic.txt",
            line(
                "squeezenet", 6_020_000, 6_410_000, 6_170_000, device: "Intel(R) UHD Graphics 630 (CFL GT2)",
                threads: 1,
                loops: 10, extra: ["powersave": "0", "cooling_down": "1", "gpu_device": "0"])),
        ParseCase(
            "benchncnn-cpu-gpu-compare.txt",
            line(
                "squeezenet", 5_140_000, 5_230_000, 5_190_000, device: "cpu", threads: nil, loops: nil,
                extra: ["user_time": "5.18 ms", "sys_time": "0.00 ms"]),
            line(
                "squeezenet", 1_300_000, 1_350_000, 1_330_000, device: "gpu", threads: nil, loops: nil,
                extra: ["user_time": "0.13 ms", "sys_time": "0.05 ms", "speed_ratio": "3.90x", "cpu_ratio": "3.48%"])),
    ]

    @Test("one report per model line, every field, for each benchncnn generation", arguments: cases)
    func parsesEveryField(_ parseCase: ParseCase) throws {
        let reports = try BenchncnnParser().parse(try Fixture.text(parseCase.fixture))
        #expect(reports == parseCase.expected)
    }

    static let failures: [FailureCase] = [
        FailureCase("benchncnn-truncated.txt", .malformedLine, line: 7, "expected a number after 'max ='"),
        FailureCase("benchncnn-per-second-fork.txt", .malformedLine, line: 6, "expected 'min = <number>' (ms)"),
        FailureCase("benchncnn-shape-missing.txt", .toolReportedFailure, line: 1, "the tool printed an error"),
        FailureCase(
            "garbage.txt", .missingSummary, line: nil, "expected a line like '          squeezenet  min =  938.66"),
    ]

    @Test("cut-short lines, unknown variants and errors give a located error", arguments: failures)
    func reportsFailures(_ failure: FailureCase) throws {
        try expectFailure(failure, tool: .benchncnn)
    }

    @Test("a custom model is named by the param path the tool printed")
    func customModel() throws {
        let text = """
            loop_count = 4
            num_threads = 2
            powersave = 0
            gpu_device = -1
            cooling_down = 0
            /models/yolo_int8.param  min =   10.00  max =   12.50  avg =   11.25
            """
        let report = try #require(try BenchncnnParser().parse(text).first)
        #expect(report.model == "/models/yolo_int8.param")
        #expect(report.precision == "int8")
        #expect(report.latency.meanNanoseconds == 11_250_000)
    }
}

/// benchncnn with `param=`, as hilbench runs it: one row, named by the param file.
@Suite("benchncnn param= runs")
struct BenchncnnParamTests {
    @Test(arguments: [
        ("benchncnn-2023-param-vulkan.txt", "squeezenet.param", Int64(11_400_000), 0),
        ("benchncnn-2023-param-cpu.txt", "vgg16.param", Int64(28_640_000), -1),
    ])
    func oneRowNamedByTheParamFile(file: String, model: String, ns: Int64, gpu: Int) throws {
        let reports = try NativeToolParser.parse(tool: .benchncnn, text: Fixture.text(file))
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(report.model == model)
        #expect(report.threads == 8)
        #expect(report.iterations == 1)
        #expect(
            report.latency.minNanoseconds == ns && report.latency.maxNanoseconds == ns
                && report.latency.meanNanoseconds == ns)
    }

    @Test func aFourDimensionalShapeFailsWithTheToolsFirstErrorAndKeepsBoth() throws {
        let text = try Fixture.text("benchncnn-2023-shape-4d.txt")
        let error = try #require(throws: NativeToolParseError.self) {
            try NativeToolParser.parse(tool: .benchncnn, text: text)
        }
        #expect(error.code == .toolReportedFailure)
        #expect(
            NativeToolParser.errorLines(in: text) == ["unsupported input shape size 4", "input tensor shape empty!"])
    }
}
