import Foundation
import HILBenchCore
import HILBenchNativeTools
import Testing

/// Suites that run native tools: the tools' own formats, and the suite's knobs checked against each tool at load.
@Suite struct NativeToolSuiteTests {
    /// A folder with an engine, an ncnn param + bin, an OpenVINO IR xml + bin and a suite header.
    struct Lab {
        let folder: TestFolder
        let engineSHA: String, paramSHA: String, ncnnBinSHA: String, xmlSHA: String, irBinSHA: String

        init() throws {
            folder = try TestFolder()
            engineSHA = try SHA256.hex(ofFileAt: folder.write("resnet.engine", bytes: [1, 2, 3]))
            paramSHA = try SHA256.hex(ofFileAt: folder.write("yolo.param", "7767517\n"))
            ncnnBinSHA = try SHA256.hex(ofFileAt: folder.write("yolo.bin", bytes: [9, 9]))
            xmlSHA = try SHA256.hex(ofFileAt: folder.write("net.xml", "<net/>"))
            irBinSHA = try SHA256.hex(ofFileAt: folder.write("net.bin", bytes: [7]))
        }

        func suite(_ tool: String, body: String, extra: String = "") throws -> String {
            try folder.write(
                "suite.yaml",
                """
                name: native
                models:
                  - name: resnet
                    artifacts:
                      fp16: {path: resnet.engine, sha256: \(engineSHA)}
                  - name: yolo
                    artifacts:
                      fp32: {path: yolo.param, sha256: \(paramSHA), weights: {path: yolo.bin, sha256: \(ncnnBinSHA)}}
                  - name: net
                    artifacts:
                      fp32: {path: net.xml, sha256: \(xmlSHA), weights: {path: net.bin, sha256: \(irBinSHA)}}
                runtimes: [command]
                runtime_options:
                  command: {tool: \(tool)\(extra)}
                \(body)
                """)
        }
    }

    @Test("the tools' own formats are formats, with weights pinned beside the graph")
    func formats() throws {
        let lab = try Lab()
        let suite = try ConfigLoader.loadSuite(at: lab.suite("trtexec", body: ""))
        #expect(suite.models.map(\.format) == [.tensorrtEngine, .ncnn, .openvinoIR])
        let yolo = try #require(suite.models[1].artifacts[.fp32])
        #expect(yolo.weights == .init(path: lab.folder.path + "/yolo.bin", sha256: lab.ncnnBinSHA))
        #expect(suite.defaultedKnobs == ["warmup", "iterations", "threads", "batch"])
        #expect(ModelFormat.from(path: "a.plan") == .tensorrtEngine)
        #expect(ModelFormat.from(path: "a.param") == .ncnn)
    }

    @Test("a suite that writes no knob plans runnable trtexec cases, and each tool only its own formats")
    func defaultsPlanTrtexec() throws {
        let lab = try Lab()
        let suite = try ConfigLoader.loadSuite(at: lab.suite("trtexec", body: ""))
        let target = TargetConfig(
            name: "jetson", transport: .local(agentPath: nil), chip: .init(soc: "orin"), marker: .simulated,
            meter: .simulated)
        let plan = Planner.plan(suite: suite, targets: [target], capabilities: [:])
        // trtexec loads the engine only: ncnn and OpenVINO IR models are no cells of it.
        #expect(Set(plan.map(\.key.model)) == ["resnet"])
        let runnable = try #require(plan.first { $0.spec != nil }?.spec)
        #expect(runnable.key.precision == .fp16)
        #expect(runnable.suiteDefaults == ["warmup", "iterations", "threads", "batch"])
        let (options, settings) = try runnable.nativeToolSettings(sideFileDirectory: "/tmp/x")
        let invocation = try options.tool.invocation(model: runnable.model, settings: settings)
        #expect(
            invocation.arguments == [
                "--loadEngine=\(lab.folder.path)/resnet.engine", "--iterations=200", "--duration=0",
                "--exportTimes=/tmp/x/trtexec-times.json",
            ])
        #expect(invocation.applied["warmup"] == "tool's own: 200 ms")
    }

    @Test("a weights file on a one-file format, and an IR without its weights, are refused")
    func weightsRules() throws {
        let lab = try Lab()
        let path = try lab.folder.write(
            "bad.yaml",
            """
            name: bad
            models:
              - name: m
                artifacts:
                  fp16: {path: resnet.engine, sha256: \(lab.engineSHA), weights: {path: yolo.bin, sha256: \(lab.ncnnBinSHA)}}
              - name: n
                artifacts:
                  fp32: {path: net.xml, sha256: \(lab.xmlSHA)}
            runtimes: [command]
            runtime_options:
              command: {tool: trtexec}
            """)
        let error = try #require(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: path) }
        let lines = error.diagnostics.map(\.description)
        #expect(
            lines.contains(
                "\(path):5:118: error: models[0].artifacts.fp16.weights: a tensorrt-engine model is one file; only openvino-ir and ncnn have a weights file"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "\(path):8:13: error: models[1].artifacts.fp32.weights: an OpenVINO IR model is its .xml and its .bin"
                )
            })
    }

    struct Refused: Sendable, CustomTestStringConvertible {
        var tool: String
        var body: String
        var extra: String = ""
        /// The diagnostic, with FILE for the path.
        var expected: String
        var testDescription: String { "\(tool): \(expected.prefix(40))" }
    }

    @Test(
        "a value the suite wrote that the tool cannot honour is refused at its line, with what the tool offers",
        arguments: [
            Refused(
                tool: "trtexec", body: "measure:\n  warmup: 10\n",
                expected:
                    "FILE:16:11: error: measure.warmup: trtexec warms up for a time (--warmUp=<ms>), not a number of runs: write measure.warmup_s (e.g. 0.2) or warmup: 0"
            ),
            Refused(
                tool: "trtexec", body: "threads: [4]\n",
                expected:
                    "FILE:15:10: error: threads: trtexec has no inference thread count; it offers parallel streams (runtime_options.command.streams)"
            ),
            Refused(
                tool: "benchmark_app", body: "measure:\n  warmup: 5\n",
                expected:
                    "FILE:16:11: error: measure.warmup: benchmark_app runs one warm-up inference (its 'First inference'), not configurable: write warmup: 1 or leave it out"
            ),
            Refused(
                tool: "onnxruntime_perf_test", body: "models:\n", extra: "",
                expected: "FILE:15:1: error: models: duplicate key 'models' (first at line 2)"),
            Refused(
                tool: "benchncnn", body: "", extra: ", streams: 2",
                expected:
                    "FILE:14:39: error: runtime_options.command.streams: benchncnn runs one inference at a time (no streams)"
            ),
            Refused(
                tool: "trtexec", body: "", extra: ", executable: /usr/bin/trtexec",
                expected:
                    "FILE:14:28: error: runtime_options.command.executable: a suite names the tool, not its path; the board's agent maps it (hilbench-agent --allow-tool NAME=/path)"
            ),
            Refused(
                tool: "benchncnn", body: "measure:\n  duration_s: 10\n", extra: ", input_shapes: [[227, 227, 3]]",
                expected:
                    "FILE:16:15: error: measure.duration_s: benchncnn runs a loop count (its first argument), not a time: write measure.iterations instead"
            ),
            Refused(
                tool: "trtexec", body: "measure:\n  duration_s: 2.5\n",
                expected:
                    "FILE:16:15: error: measure.duration_s: trtexec takes whole seconds; got 2.5 (write e.g. 3)"
            ),
            Refused(
                tool: "trtexec", body: "measure:\n  duration_s: 400\n",
                expected:
                    "FILE:16:15: error: measure.duration_s: must be shorter than measure.timeout_s (300.0 s), after which the tool is stopped; got 400.0"
            ),
            Refused(
                tool: "trtexec", body: "", extra: ", device: npu",
                expected:
                    "FILE:14:36: error: runtime_options.command.device: trtexec runs on gpu, gpu<N> (--device=N) or dla<N> (--useDLACore=N); got 'npu'"
            ),
        ])
    func refusedAtTheLine(_ refused: Refused) throws {
        let lab = try Lab()
        let path = try lab.suite(refused.tool, body: refused.body, extra: refused.extra)
        let error = try #require(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: path) }
        #expect(
            error.diagnostics.map(\.description).contains(
                refused.expected.replacingOccurrences(of: "FILE", with: path)),
            "\(error.diagnostics.map(\.description))")
    }

    @Test("values a tool can honour pass: warm-up time for trtexec, warmup 1 for benchmark_app, 8 for benchncnn")
    func honoured() throws {
        let lab = try Lab()
        #expect(
            try ConfigLoader.loadSuite(at: lab.suite("trtexec", body: "measure:\n  warmup_s: 0.5\n")).measure
                .warmupSeconds == 0.5)
        #expect(
            try ConfigLoader.loadSuite(at: lab.suite("trtexec", body: "measure:\n  warmup: 0\n")).measure.warmup == 0)
        #expect(
            try ConfigLoader.loadSuite(at: lab.suite("benchmark_app", body: "measure:\n  warmup: 1\nthreads: [4]\n"))
                .threads == [4])
        let ncnn = try ConfigLoader.loadSuite(
            at: lab.suite(
                "benchncnn", body: "measure:\n  warmup: 8\n",
                extra: ", input_shapes: [[640, 640, 3]], device: gpu"))
        #expect(ncnn.defaultedKnobs == ["iterations", "threads", "batch"])
    }

    @Test("duration_s is a native-tool knob: planned into the case, refused beside a runtime that counts iterations")
    func durationKnob() throws {
        let lab = try Lab()
        let suite = try ConfigLoader.loadSuite(at: lab.suite("trtexec", body: "measure:\n  duration_s: 10\n"))
        #expect(suite.measure.durationSeconds == 10)
        let target = TargetConfig(
            name: "jetson", transport: .local(agentPath: nil), chip: .init(soc: "orin"), marker: .simulated,
            meter: .simulated)
        let spec = try #require(
            Planner.plan(suite: suite, targets: [target], capabilities: [:]).first { $0.spec != nil }?.spec)
        #expect(spec.durationSeconds == 10)
        try spec.validate()
        let (options, settings) = try spec.nativeToolSettings(sideFileDirectory: nil)
        #expect(try options.tool.arguments(model: spec.model, settings: settings).contains("--duration=10"))

        // onnxruntime_perf_test runs one test mode: a count or a time.
        let onnxSHA = try SHA256.hex(ofFileAt: lab.folder.write("net.onnx", bytes: [8]))
        let both = try lab.folder.write(
            "both.yaml",
            """
            name: both
            models:
              - name: net
                artifacts:
                  fp32: {path: net.onnx, sha256: \(onnxSHA)}
            runtimes: [command]
            runtime_options:
              command: {tool: onnxruntime_perf_test}
            measure:
              iterations: 50
              duration_s: 10
            """)
        let refused = try #require(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: both) }
        #expect(
            refused.diagnostics.map(\.description).contains(
                "\(both):11:15: error: measure.duration_s: onnxruntime_perf_test runs either a count (-m times -r) or a "
                    + "time (-m duration -t), not both: remove measure.iterations or measure.duration_s"),
            "\(refused.diagnostics.map(\.description))")

        let mixed = try lab.folder.write(
            "mixed.yaml",
            """
            name: mixed
            models:
              - name: tiny
                builtin: tinycnn
            runtimes: [reference]
            measure:
              duration_s: 10
            """)
        let error = try #require(throws: ConfigError.self) { try ConfigLoader.loadSuite(at: mixed) }
        #expect(
            error.diagnostics.map(\.description).contains {
                $0.hasPrefix(
                    "\(mixed):7:15: error: measure.duration_s: runtime reference measures a number of iterations")
            }, "\(error.diagnostics.map(\.description))")
    }

    @Test("a tool's own model list: each printed row is a case, its executions merged row by row")
    func ownModelRows() throws {
        let planned = CaseKey(target: "pi", model: "zoo", runtime: .command, precision: .fp16, threads: 4, batch: 1)
        func run(_ squeezenetMs: Double) -> CaseResult {
            var result = CaseResult(key: planned, status: .ok)
            result.memory.peakRSSKiB = 90_000
            var parent = ReportedLatency(tool: "benchncnn")
            parent.rows = [("squeezenet", squeezenetMs), ("squeezenet_int8", 30), ("odd name/x", 5), ("squeezenet", 1)]
                .map { name, ms in
                    var row = ReportedLatency(tool: "benchncnn", meanNs: Int64(ms * 1e6))
                    row.model = name
                    row.figures = [ToolFigure(name: "latency.mean", value: ms, unit: "ms")]
                    return row
                }
            result.reported = parent
            return result
        }
        let rows = CaseResult.mergingModelRows(executions: [run(20), run(22), run(21)])
        #expect(
            rows.map(\.key.id) == [
                "pi/zoo.squeezenet/command/fp32/t4/b1", "pi/zoo.squeezenet_int8/command/int8/t4/b1",
                "pi/zoo.odd_name_x/command/fp32/t4/b1",
            ])
        let squeezenet = rows[0]
        #expect(squeezenet.executions?.map(\.printedLatencyNs) == [20_000_000, 22_000_000, 21_000_000])
        #expect(squeezenet.printedSummaryLatencyNs == 21_000_000)
        #expect(squeezenet.reported?.rows == nil && squeezenet.reported?.model == "squeezenet")
        #expect(squeezenet.memory.peakRSSKiB == nil, "the process's memory is no one model's")
        #expect(rows.allSatisfy { CaseResult.isModelRow($0.key, of: planned) })
        #expect(!CaseResult.isModelRow(planned, of: planned))
        // A failed execution: one failed result under the planned key.
        var failed = run(20)
        failed.status = .failed
        #expect(CaseResult.mergingModelRows(executions: [run(20), failed]).map(\.key) == [planned])
    }
}
