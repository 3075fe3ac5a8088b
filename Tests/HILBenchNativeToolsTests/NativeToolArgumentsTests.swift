import HILBenchNativeTools
import Testing

@Suite("Command lines for the native tools")
struct NativeToolArgumentsTests {
    @Test("every supported setting becomes the tool's own flag, as separate array elements")
    func fullSettings() throws {
        #expect(try NativeTool.trtexec.arguments(model: "/opt/models/resnet50.onnx", iterations: 200) == [
            "--onnx=/opt/models/resnet50.onnx", "--iterations=200", "--duration=0",
        ])
        #expect(try NativeTool.trtexec.arguments(model: "resnet50 fp16.engine") == ["--loadEngine=resnet50 fp16.engine"])
        #expect(try NativeTool.benchmarkModel.arguments(model: "m.tflite", threads: 4, iterations: 100, warmup: 10) == [
            "--graph=m.tflite", "--num_threads=4", "--num_runs=100", "--min_secs=0", "--warmup_runs=10",
            "--warmup_min_secs=0",
        ])
        #expect(try NativeTool.benchmarkApp.arguments(model: "model.xml", threads: 4, iterations: 100, warmup: 1) == [
            "-m", "model.xml", "-niter", "100", "-nthreads", "4",
        ])
        #expect(try NativeTool.onnxruntimePerfTest.arguments(model: "model.onnx", threads: 2, iterations: 100) == [
            "-I", "-s", "-m", "times", "-r", "100", "-x", "2", "model.onnx",
        ])
        #expect(try NativeTool.benchncnn.arguments(
            model: "yolo.param", threads: 4, iterations: 10, warmup: 8, inputShapes: [[640, 640, 3]]) == [
            "10", "4", "0", "-1", "0", "param=yolo.param", "shape=[640,640,3]",
        ])
    }

    @Test("nil settings leave the tool's defaults")
    func defaults() throws {
        #expect(try NativeTool.benchmarkModel.arguments(model: "m.tflite") == ["--graph=m.tflite"])
        #expect(try NativeTool.benchmarkApp.arguments(model: "m.xml") == ["-m", "m.xml"])
        #expect(try NativeTool.onnxruntimePerfTest.arguments(model: "m.onnx") == ["-I", "-s", "m.onnx"])
        #expect(try NativeTool.benchncnn.arguments(model: "a.param", threads: 1, inputShapes: [[227, 227, 3], [1]]) == [
            "4", "1", "0", "-1", "0", "param=a.param", "shape=[227,227,3],[1]",
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
        var threads: Int?
        var iterations: Int?
        var warmup: Int?
        var shapes: [[Int]] = []
        var setting: String
        var testDescription: String { "\(tool.rawValue) \(setting)" }
    }

    @Test("settings a tool cannot honour are refused, not dropped", arguments: [
        Refusal(tool: .trtexec, threads: 4, setting: "threads"),
        Refusal(tool: .trtexec, warmup: 10, setting: "warmup"),
        Refusal(tool: .benchmarkApp, warmup: 5, setting: "warmup"),
        Refusal(tool: .onnxruntimePerfTest, warmup: 0, setting: "warmup"),
        Refusal(tool: .benchncnn, threads: 4, warmup: 2, shapes: [[1]], setting: "warmup"),
        Refusal(tool: .benchncnn, shapes: [[1]], setting: "threads"),
        Refusal(tool: .benchncnn, threads: 4, setting: "inputShapes"),
        Refusal(tool: .benchncnn, threads: 4, shapes: [[0, 3]], setting: "inputShapes"),
        Refusal(tool: .benchmarkModel, threads: 0, setting: "threads"),
        Refusal(tool: .benchmarkModel, iterations: 0, setting: "iterations"),
        Refusal(tool: .benchmarkModel, warmup: -1, setting: "warmup"),
    ])
    func refusals(_ refusal: Refusal) throws {
        let error = try #require(throws: NativeToolArgumentError.self) {
            try refusal.tool.arguments(
                model: "m", threads: refusal.threads, iterations: refusal.iterations, warmup: refusal.warmup,
                inputShapes: refusal.shapes)
        }
        #expect(error.tool == refusal.tool)
        #expect(error.setting == refusal.setting)
        #expect(error.description.hasPrefix("\(refusal.tool.rawValue): \(refusal.setting): "))
    }

    @Test("an empty model path is refused", arguments: NativeTool.allCases)
    func emptyModel(tool: NativeTool) throws {
        let error = try #require(throws: NativeToolArgumentError.self) { try tool.arguments(model: "") }
        #expect(error.setting == "model")
    }
}
