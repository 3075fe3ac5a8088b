import HILBenchNativeTools
import Testing

@Suite("Command lines for the native tools")
struct NativeToolArgumentsTests {
    typealias Settings = NativeToolSettings

    /// hilbench's defaults as a suite that writes nothing gives them: 10 warm-up runs, 200 iterations, 1 thread.
    static let defaults = Settings(
        warmup: .init(.runs(10), given: false), iterations: .init(200, given: false),
        threads: .init(1, given: false), batch: .init(1, given: false), precision: "fp32")

    @Test("hilbench's defaults run every tool; a default the tool cannot honour becomes the tool's own, said so")
    func defaultsRunEverywhere() throws {
        let trt = try NativeTool.trtexec.invocation(model: "/m/resnet.engine", settings: Self.defaults)
        #expect(trt.arguments == ["--loadEngine=/m/resnet.engine", "--iterations=200", "--duration=0"])
        #expect(trt.applied["warmup"] == "tool's own: 200 ms")
        #expect(trt.applied["threads"] == "tool's own: the GPU's scheduling")
        #expect(
            try NativeTool.benchmarkModel.arguments(model: "m.tflite", settings: Self.defaults) == [
                "--graph=m.tflite", "--num_threads=1", "--num_runs=200", "--min_secs=0", "--warmup_runs=10",
                "--warmup_min_secs=0",
            ])
        let app = try NativeTool.benchmarkApp.invocation(model: "m.xml", settings: Self.defaults)
        #expect(app.arguments == ["-m", "m.xml", "-niter", "200", "-nthreads", "1"])
        #expect(app.applied["warmup"] == "tool's own: one warm-up inference (its 'First inference')")
        #expect(
            try NativeTool.onnxruntimePerfTest.arguments(model: "m.onnx", settings: Self.defaults) == [
                "-I", "-s", "-m", "times", "-r", "200", "-x", "1", "m.onnx",
            ])
        var ncnn = Self.defaults
        ncnn.inputShapes = [[227, 227, 3]]
        #expect(
            try NativeTool.benchncnn.arguments(model: "a.param", settings: ncnn) == [
                "200", "1", "0", "-1", "0", "param=a.param", "shape=[227,227,3]",
            ])
    }

    @Test("the suite's knobs become each tool's own flags, as separate array elements")
    func knobsToFlags() throws {
        var onnx = Settings(
            warmup: .init(.seconds(0.5), given: true), iterations: .init(100, given: true),
            precision: "fp16", streams: 2, device: "dla1", extraArguments: ["--useCudaGraph"],
            sideFileDirectory: "/tmp/case")
        let trt = try NativeTool.trtexec.invocation(model: "/m/yolo.onnx", settings: onnx)
        #expect(
            trt.arguments == [
                "--onnx=/m/yolo.onnx", "--warmUp=500", "--iterations=100", "--duration=0", "--fp16", "--streams=2",
                "--useDLACore=1", "--allowGPUFallback", "--exportTimes=/tmp/case/trtexec-times.json", "--useCudaGraph",
            ])
        #expect(trt.exportTimesPath == "/tmp/case/trtexec-times.json")
        onnx.precision = "int8"
        onnx.device = "gpu1"
        onnx.streams = nil
        #expect(try NativeTool.trtexec.arguments(model: "/m/yolo.onnx", settings: onnx).contains("--int8"))
        #expect(try NativeTool.trtexec.arguments(model: "/m/yolo.onnx", settings: onnx).contains("--device=1"))
        // A serialised engine carries its precision: no flag.
        #expect(try !NativeTool.trtexec.arguments(model: "/m/yolo.plan", settings: onnx).contains("--int8"))

        let tflite = Settings(
            warmup: .init(.seconds(2), given: true), threads: .init(4, given: true), device: "xnnpack")
        #expect(
            try NativeTool.benchmarkModel.arguments(model: "m.tflite", settings: tflite) == [
                "--graph=m.tflite", "--num_threads=4", "--warmup_runs=1", "--warmup_min_secs=2", "--use_xnnpack=true",
            ])
        let ov = Settings(
            warmup: .init(.runs(1), given: true), batch: .init(8, given: true), streams: 4, requests: 8,
            device: "npu")
        #expect(
            try NativeTool.benchmarkApp.arguments(model: "m.xml", settings: ov) == [
                "-m", "m.xml", "-b", "8", "-nstreams", "4", "-nireq", "8", "-d", "NPU",
            ])
        let ort = Settings(
            iterations: .init(50, given: true), requests: 2, device: "CUDA", sideFileDirectory: "/tmp/c/")
        let perf = try NativeTool.onnxruntimePerfTest.invocation(model: "m.onnx", settings: ort)
        #expect(
            perf.arguments == [
                "-I", "-s", "-m", "times", "-r", "50", "-c", "2", "-e", "cuda", "m.onnx",
                "/tmp/c/onnxruntime_perf_test-result.csv",
            ])
        #expect(perf.resultFilePath == "/tmp/c/onnxruntime_perf_test-result.csv")
        let ncnn = Settings(threads: .init(4, given: true), device: "gpu", inputShapes: [[640, 640, 3], [1]])
        #expect(
            try NativeTool.benchncnn.arguments(model: "y.param", settings: ncnn) == [
                "4", "4", "0", "0", "0", "param=y.param", "shape=[640,640,3],[1]",
            ])
    }

    @Test("a path with spaces or shell characters stays one argument, unquoted")
    func noShellQuoting() throws {
        let path = "/data/my models/$(rm -rf x);.tflite"
        #expect(try NativeTool.benchmarkModel.arguments(model: path) == ["--graph=\(path)"])
        #expect(try NativeTool.benchmarkApp.arguments(model: path) == ["-m", path])
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var tool: NativeTool
        var settings: NativeToolSettings
        var setting: String
        /// Words the message must hold: what the tool offers instead.
        var offers: String
        var testDescription: String { "\(tool.rawValue) \(setting)" }
    }

    @Test(
        "values the suite wrote that a tool cannot honour are refused with what it offers",
        arguments: [
            Refusal(
                tool: .trtexec, settings: Settings(threads: .init(4, given: true)), setting: "threads",
                offers: "streams"),
            Refusal(
                tool: .trtexec, settings: Settings(warmup: .init(.runs(10), given: true)), setting: "warmup",
                offers: "measure.warmup_s"),
            Refusal(
                tool: .trtexec, settings: Settings(batch: .init(8, given: true)), setting: "batch", offers: "--shapes="),
            Refusal(tool: .trtexec, settings: Settings(device: "npu"), setting: "device", offers: "dla<N>"),
            Refusal(
                tool: .benchmarkApp, settings: Settings(warmup: .init(.runs(5), given: true)), setting: "warmup",
                offers: "warmup: 1"),
            Refusal(
                tool: .benchmarkApp, settings: Settings(warmup: .init(.seconds(1), given: true)), setting: "warmup_s",
                offers: "First inference"),
            Refusal(
                tool: .onnxruntimePerfTest, settings: Settings(warmup: .init(.runs(0), given: true)), setting: "warmup",
                offers: "warmup: 1"),
            Refusal(
                tool: .onnxruntimePerfTest, settings: Settings(streams: 2), setting: "streams",
                offers: "concurrent runs"),
            Refusal(
                tool: .benchncnn,
                settings: Settings(
                    warmup: .init(.runs(2), given: true), threads: .init(4, given: true),
                    inputShapes: [[1]]), setting: "warmup", offers: "warmup: 8"),
            Refusal(tool: .benchncnn, settings: Settings(inputShapes: [[1]]), setting: "threads", offers: "positional"),
            Refusal(
                tool: .benchncnn, settings: Settings(threads: .init(4, given: true)), setting: "input_shapes",
                offers: "[[227, 227, 3]]"),
            Refusal(
                tool: .benchncnn, settings: Settings(threads: .init(4, given: true), inputShapes: [[0, 3]]),
                setting: "input_shapes", offers: "input_shapes"),
            Refusal(tool: .benchmarkModel, settings: Settings(device: "tpu"), setting: "device", offers: "xnnpack"),
            Refusal(
                tool: .benchmarkModel, settings: Settings(iterations: .init(0, given: true)), setting: "iterations",
                offers: "at least 1"),
            Refusal(
                tool: .benchmarkModel, settings: Settings(warmup: .init(.runs(-1), given: true)), setting: "warmup",
                offers: "negative"),
        ])
    func refusals(_ refusal: Refusal) throws {
        let error = try #require(throws: NativeToolArgumentError.self) {
            try refusal.tool.invocation(model: "m", settings: refusal.settings)
        }
        #expect(error.tool == refusal.tool)
        #expect(error.setting == refusal.setting)
        #expect(error.message.contains(refusal.offers))
        #expect(error.description.hasPrefix("\(refusal.tool.rawValue): \(refusal.setting): "))
    }

    @Test("an empty model path is refused", arguments: NativeTool.allCases)
    func emptyModel(tool: NativeTool) throws {
        let error = try #require(throws: NativeToolArgumentError.self) { try tool.arguments(model: "") }
        #expect(error.setting == "model")
    }

    @Test("duration_s becomes each tool's own time limit; with iterations written too, both are minimums")
    func durationToFlags() throws {
        var timed = Self.defaults
        timed.duration = 5
        let trt = try NativeTool.trtexec.invocation(model: "/m/a.engine", settings: timed)
        #expect(trt.arguments == ["--loadEngine=/m/a.engine", "--duration=5"])
        #expect(trt.applied["duration"] == "at least 5 s (iterations: trtexec's own minimum)")
        #expect(
            try NativeTool.benchmarkModel.arguments(model: "m.tflite", settings: timed) == [
                "--graph=m.tflite", "--num_threads=1", "--num_runs=1", "--min_secs=5", "--max_secs=150",
                "--warmup_runs=10", "--warmup_min_secs=0",
            ])
        #expect(
            try NativeTool.benchmarkApp.arguments(model: "m.xml", settings: timed) == [
                "-m", "m.xml", "-t", "5", "-nthreads", "1",
            ])
        #expect(
            try NativeTool.onnxruntimePerfTest.arguments(model: "m.onnx", settings: timed) == [
                "-I", "-s", "-m", "duration", "-t", "5", "-x", "1", "m.onnx",
            ])
        // Written iterations stay a minimum beside the time where the tool allows both.
        timed.iterations = .init(300, given: true)
        #expect(
            try NativeTool.trtexec.arguments(model: "/m/a.engine", settings: timed) == [
                "--loadEngine=/m/a.engine", "--duration=5", "--iterations=300",
            ])
        #expect(
            try NativeTool.benchmarkApp.arguments(model: "m.xml", settings: timed) == [
                "-m", "m.xml", "-t", "5", "-niter", "300", "-nthreads", "1",
            ])
        timed.duration = 200.5
        let long = try NativeTool.benchmarkModel.invocation(model: "m.tflite", settings: timed)
        #expect(long.arguments.contains("--min_secs=200.5") && long.arguments.contains("--max_secs=200.5"))
        #expect(long.applied["duration"] == "at least 200.5 s and 300 runs (stopped at 200.5 s)")
    }

    @Test(
        "duration_s a tool cannot honour is refused with what it offers",
        arguments: [
            (NativeTool.onnxruntimePerfTest, 5.0, true, "runs either a count (-m times -r) or a time"),
            (NativeTool.trtexec, 2.5, false, "trtexec takes whole seconds; got 2.5 (write e.g. 3)"),
            (NativeTool.benchmarkApp, 0.5, false, "benchmark_app takes whole seconds; got 0.5 (write e.g. 1)"),
            (NativeTool.benchncnn, 5.0, false, "runs a loop count (its first argument), not a time"),
        ])
    func durationRefused(_ tool: NativeTool, _ seconds: Double, _ iterationsGiven: Bool, _ message: String) throws {
        var settings = Self.defaults
        settings.duration = seconds
        settings.inputShapes = [[227, 227, 3]]
        settings.iterations = .init(100, given: iterationsGiven)
        let error = try #require(throws: NativeToolArgumentError.self) {
            try tool.invocation(model: "m", settings: settings)
        }
        #expect(error.setting == "duration_s")
        #expect(error.message.contains(message), "\(error.message)")
    }
}
