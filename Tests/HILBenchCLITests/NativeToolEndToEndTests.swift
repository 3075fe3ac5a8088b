import Foundation
import HILBenchAnalysis
import HILBenchController
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// Native tools through `hilbench run` with a suite that writes no knob: a fake tool on the board prints a real
/// recorded output and writes the side files the real tool writes; the board configures it, the suite names it.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct NativeToolEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HILBenchNativeToolsTests/Fixtures").path

    /// The board's allowlist, as its owner writes it: the local agent reads `$XDG_CONFIG_HOME/hilbench/tools`.
    static func boardAllows(_ scratch: Scratch, _ entry: String) throws -> [String: String] {
        try scratch.write("board-config/hilbench/tools", "# tools this board runs\n\(entry)\n")
        return ["XDG_CONFIG_HOME": scratch.path + "/board-config"]
    }

    /// A workspace whose suite runs `tool` on `model` (written with `bytes`) at fp16, nothing else set.
    func workspace(tool: String, model: String, script: String) throws -> (Scratch, String) {
        let scratch = try Scratch("native")
        try scratch.write("Targets/local.yaml", localTargetYAML())
        let modelPath = try scratch.write("Suites/\(model)", "serialised engine bytes\n")
        let sha = try SHA256.hex(ofFileAt: modelPath)
        try scratch.write(
            "Suites/native.yaml",
            """
            name: native
            models:
              - name: resnet
                artifacts:
                  fp16: {path: \(model), sha256: \(sha)}
            runtimes: [command]
            runtime_options:
              command: {tool: \(tool)}

            """)
        let fake = try scratch.write("board/\(tool)", script, executable: true)
        return (scratch, fake)
    }

    @Test func trtexecRunsWithTheDefaultSuiteAndItsExportedTimesAreTheSamples() throws {
        let (workspace, fake) = try workspace(
            tool: "trtexec", model: "resnet.engine",
            script: """
                #!/bin/sh
                printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
                for argument in "$@"; do
                  case "$argument" in --exportTimes=*) cp "\(Self.fixtures)/trtexec-export-times.json" "${argument#--exportTimes=}";; esac
                done
                cat "\(Self.fixtures)/trtexec-8.6-load-engine.txt"
                """)
        let validate = try Execution.run(
            [BuiltProducts.controller, "validate", "Suites/native.yaml"], in: workspace.path)
        #expect(validate.status == 0, "\(validate.stderr)")
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--suite", "Suites/native.yaml"],
            in: workspace.path, environment: try Self.boardAllows(workspace, "trtexec=\(fake)"))
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().first?.id)
        let results = try store.results(runID: runID)
        let ran = try #require(results.first { $0.key.precision == .fp16 })
        #expect(ran.status == .ok, "\(ran.failure?.message ?? "")")
        // The suite's defaults became trtexec's flags; its warm-up count became trtexec's own 200 ms.
        let arguments = try String(contentsOfFile: workspace.path + "/board/args.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // The engine reaches trtexec under its own name and extension (a link in the case's scratch folder).
        #expect(
            arguments.first?.hasPrefix("--loadEngine=/") == true && arguments.first?.hasSuffix("/resnet.engine") == true
        )
        #expect(arguments.contains("--iterations=200") && arguments.contains("--duration=0"))
        #expect(arguments.contains { $0.hasPrefix("--exportTimes=") })
        #expect(!arguments.contains { $0.hasPrefix("--warmUp") })
        // The exported per-query times are the samples (latencyMs of each entry).
        #expect(ran.latenciesNs == [51_126, 50_171, 617_065])
        let reported = try #require(ran.reported)
        #expect(reported.perIterationSamples == true)
        let figures = try #require(reported.figures)
        #expect(figures.contains(ToolFigure(name: "throughput", value: 21009.2, unit: "1/s")))
        // Printed 0.0630798 ms; latencies are kept to the nanosecond.
        #expect(figures.contains(ToolFigure(name: "latency.p99", value: 0.06308, unit: "ms")))
        #expect(figures.contains(ToolFigure(name: "setting.warmup", text: "tool's own: 200 ms")))
        #expect(figures.contains { $0.name == "device" && $0.text == "NVIDIA GeForce RTX 3090" })
        #expect(ran.runtime?.version == "8.6.0")

        // report.json keeps every figure, the tool's throughput apart from the derived one.
        let json = try String(contentsOfFile: workspace.path + "/Results/runs/\(runID)/report.json", encoding: .utf8)
        #expect(json.contains("\"toolThroughputPerSecond\" : 21009.2"))
        #expect(json.contains("\"name\" : \"latency.p99\""))
        let tidy = try String(contentsOfFile: workspace.path + "/Results/runs/\(runID)/tidy.csv", encoding: .utf8)
        #expect(tidy.contains(",resnet,command,fp16,1,1,tool.throughput,21009.2,1/s,printed,\r\n"))
        // Words the tool printed are rows too, in the `text` column.
        #expect(tidy.contains(",resnet,command,fp16,1,1,tool.device,,,printed,NVIDIA GeForce RTX 3090\r\n"))
        #expect(tidy.contains(",resnet,command,fp16,1,1,tool.setting.warmup,,,derived,tool's own: 200 ms\r\n"))
        let html = try String(contentsOfFile: workspace.path + "/Results/runs/\(runID)/report.html", encoding: .utf8)
        #expect(html.contains("All figures"))
        #expect(html.contains("trtexec"))
    }

    /// One tool run through `hilbench run`: its model files, the fake's script body, a figure it must keep.
    struct ToolRun: Sendable, CustomTestStringConvertible {
        var tool: String
        var model: String
        var weights: String?
        var options: String = ""
        var script: String
        var figure: ToolFigure
        var samples: Int
        var testDescription: String { tool }
    }

    static let otherTools: [ToolRun] = [
        ToolRun(
            tool: "benchmark_model", model: "mobilenet.tflite",
            script: "cat \"FIXTURES/benchmark_model-tf2.txt\" >&2",
            figure: ToolFigure(name: "latency.mean", value: 2950.34, unit: "ms"), samples: 0),
        ToolRun(
            tool: "benchmark_app", model: "net.xml", weights: "net.bin",
            script: "cat \"FIXTURES/benchmark_app-2022-cpp-static.txt\"",
            figure: ToolFigure(name: "throughput", value: 110.59, unit: "1/s"), samples: 0),
        ToolRun(
            tool: "onnxruntime_perf_test", model: "net.onnx",
            script: "for a; do last=$a; done\ncp \"FIXTURES/onnxruntime_perf_test-result.synthetic.csv\" \"$last\"\n"
                + "cat \"FIXTURES/onnxruntime_perf_test-1.16-stats.txt\"",
            figure: ToolFigure(name: "latency.p99.9", value: 1.90312, unit: "ms"), samples: 3),
        ToolRun(
            tool: "benchncnn", model: "squeezenet.param", weights: "squeezenet.bin",
            options: ", input_shapes: [[227, 227, 3]]",
            script: "cat \"FIXTURES/benchncnn-jetson-nano-vulkan.txt\"",
            figure: ToolFigure(name: "latency.mean", value: 36, unit: "ms"), samples: 0),
    ]

    @Test(arguments: otherTools)
    func eachToolRunsWithTheDefaultSuite(_ tool: ToolRun) throws {
        let scratch = try Scratch("native")
        try scratch.write("Targets/local.yaml", localTargetYAML())
        let sha = try SHA256.hex(ofFileAt: scratch.write("Suites/\(tool.model)", "model bytes\n"))
        var weights = ""
        if let file = tool.weights {
            let weightsSHA = try SHA256.hex(ofFileAt: scratch.write("Suites/\(file)", "weights\n"))
            weights = ", weights: {path: \(file), sha256: \(weightsSHA)}"
        }
        try scratch.write(
            "Suites/native.yaml",
            """
            name: native
            models:
              - name: m
                artifacts:
                  fp32: {path: \(tool.model), sha256: \(sha)\(weights)}
            runtimes: [command]
            runtime_options:
              command: {tool: \(tool.tool)\(tool.options)}

            """)
        let fake = try scratch.write(
            "board/\(tool.tool)",
            "#!/bin/sh\n" + tool.script.replacingOccurrences(of: "FIXTURES", with: Self.fixtures) + "\n",
            executable: true)
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--suite", "Suites/native.yaml"], in: scratch.path,
            environment: try Self.boardAllows(scratch, "\(tool.tool)=\(fake)"))
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: scratch.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().first?.id)
        let result = try #require(try store.results(runID: runID).first { $0.key.precision == .fp32 })
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        #expect(result.latenciesNs.count == tool.samples)
        #expect(result.reported?.perIterationSamples == (tool.samples > 0))
        #expect(result.reported?.figures?.contains(tool.figure) == true, "\(result.reported?.figures ?? [])")
        let json = try String(contentsOfFile: scratch.path + "/Results/runs/\(runID)/report.json", encoding: .utf8)
        #expect(json.contains("\"tool\" : \"\(tool.tool)\""))
    }

    /// `builtin: benchncnn`: benchncnn without `param=` runs its own model list; each model becomes a case of its own,
    /// named by the model, and two runs compare model by model.
    @Test func benchncnnsOwnModelListGivesOneCasePerModel() throws {
        let scratch = try Scratch("native")
        try scratch.write("Targets/local.yaml", localTargetYAML())
        try scratch.write(
            "Suites/zoo.yaml",
            """
            name: zoo
            models:
              - name: zoo
                builtin: benchncnn
            runtimes: [command]
            runtime_options:
              command: {tool: benchncnn}

            """)
        let fake = try scratch.write(
            "board/benchncnn",
            """
            #!/bin/sh
            printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
            cat "\(Self.fixtures)/benchncnn-zoo-ryzen-cpu.txt"

            """, executable: true)
        let environment = try Self.boardAllows(scratch, "benchncnn=\(fake)")
        let validate = try Execution.run([BuiltProducts.controller, "validate", "Suites/zoo.yaml"], in: scratch.path)
        #expect(validate.status == 0, "\(validate.stdout)\n\(validate.stderr)")
        var runIDs: [String] = []
        for _ in 0..<2 {
            let run = try Execution.run(
                [BuiltProducts.controller, "run", "--plain", "--suite", "Suites/zoo.yaml"], in: scratch.path,
                environment: environment)
            #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
            let store = try SQLiteResultsStore(path: scratch.path + "/Results/hilbench.sqlite")
            let newest = try #require(try store.runs().map(\.id).first { !runIDs.contains($0) })
            runIDs.append(newest)
        }
        // Its own list: the loop count, threads, powersave, device, cooling down, and no param=.
        let arguments = try String(contentsOfFile: scratch.path + "/board/args.txt", encoding: .utf8)
        #expect(arguments == "200\n1\n0\n-1\n0\n")
        let store = try SQLiteResultsStore(path: scratch.path + "/Results/hilbench.sqlite")
        let results = try store.results(runID: runIDs[0])
        #expect(results.count == 30, "\(results.map(\.key.id))")
        #expect(results.allSatisfy { $0.status == .ok && $0.latenciesNs.isEmpty })
        let squeezenet = try #require(results.first { $0.key.model == "zoo.squeezenet" })
        #expect(squeezenet.key.precision == .fp32)
        #expect(squeezenet.reported?.meanNs == 22_880_000)
        #expect(
            squeezenet.reported?.figures?.contains(ToolFigure(name: "latency.max", value: 24.07, unit: "ms")) == true)
        #expect(
            squeezenet.reported?.figures?.contains(ToolFigure(name: "setting.warmup", text: "tool's own: 8 loops"))
                == true)
        // benchncnn's `_int8` models are its int8-quantised graphs.
        let int8 = try #require(results.first { $0.key.model == "zoo.vgg16_int8" })
        #expect(int8.key.precision == .int8)
        #expect(int8.reported?.meanNs == 1_844_780_000)
        #expect(results.contains { $0.key.model == "zoo.yolov4-tiny" })
        let json = try String(
            contentsOfFile: scratch.path + "/Results/runs/\(runIDs[0])/report.json", encoding: .utf8)
        #expect(json.contains("\"model\" : \"zoo.mobilenetv2_yolov3\""))

        // The second run compares with the first model by model (one printed figure per run each).
        let compare = try Execution.run(
            [BuiltProducts.controller, "compare", runIDs[0], runIDs[1], "--format", "csv"], in: scratch.path)
        #expect(compare.status == 0, "\(compare.stderr)")
        let latency = compare.stdout.components(separatedBy: "\r\n").filter { $0.contains(",latency,ms,") }
        #expect(latency.count == 30)
        // Same printed figures both runs: no change, or unstable when this machine was busy (then said so).
        #expect(
            latency.allSatisfy {
                $0.contains(",noChange,") || $0.contains(",unstable,\"baseline measured on a busy machine")
                    || $0.contains(",unstable,\"candidate measured on a busy machine")
            }, "\(latency)")
        #expect(latency.contains { $0.contains(",zoo.squeezenet,command,fp32,1,1,latency,ms,22.88,22.88,1,") })
        #expect(latency.contains { $0.contains(",zoo.vgg16_int8,command,int8,1,1,latency,ms,1844.78,1844.78,1,") })
    }

    @Test func durationSecondsBecomesTheToolsOwnTimeLimit() throws {
        let scratch = try Scratch("native")
        try scratch.write("Targets/local.yaml", localTargetYAML())
        let sha = try SHA256.hex(ofFileAt: scratch.write("Suites/net.xml", "<net/>\n"))
        let weightsSHA = try SHA256.hex(ofFileAt: scratch.write("Suites/net.bin", "weights\n"))
        try scratch.write(
            "Suites/native.yaml",
            """
            name: native
            models:
              - name: net
                artifacts:
                  fp32: {path: net.xml, sha256: \(sha), weights: {path: net.bin, sha256: \(weightsSHA)}}
            runtimes: [command]
            runtime_options:
              command: {tool: benchmark_app}
            measure:
              duration_s: 15

            """)
        let fake = try scratch.write(
            "board/benchmark_app",
            """
            #!/bin/sh
            printf '%s\\n' "$@" > "$(dirname "$0")/args.txt"
            cat "\(Self.fixtures)/benchmark_app-2023-python.txt"

            """, executable: true)
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--suite", "Suites/native.yaml"], in: scratch.path,
            environment: try Self.boardAllows(scratch, "benchmark_app=\(fake)"))
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        let arguments = try String(contentsOfFile: scratch.path + "/board/args.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // `-t 15` and no `-niter`: the time decides, not hilbench's default count.
        #expect(arguments.firstIndex(of: "-t").map { arguments[$0 + 1] } == "15", "\(arguments)")
        #expect(!arguments.contains("-niter"))
        let store = try SQLiteResultsStore(path: scratch.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().first?.id)
        let result = try #require(try store.results(runID: runID).first)
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        #expect(result.reported?.figures?.contains(ToolFigure(name: "setting.duration", text: "at least 15 s")) == true)
    }

    @Test func aFailingToolGivesAFailedCaseWithEveryErrorLineInTheReport() throws {
        let (workspace, fake) = try workspace(
            tool: "trtexec", model: "resnet.onnx",
            script: """
                #!/bin/sh
                cat "\(Self.fixtures)/trtexec-failed.txt"
                exit 1
                """)
        let run = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--suite", "Suites/native.yaml"],
            in: workspace.path, environment: try Self.boardAllows(workspace, "trtexec=\(fake)"))
        #expect(run.status == 3, "\(run.stdout)\n\(run.stderr)")
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runID = try #require(try store.runs().first?.id)
        let failed = try #require(try store.results(runID: runID).first { $0.key.precision == .fp16 })
        #expect(failed.status == .failed)
        // What trtexec printed before it failed stays: the model it was given and the run's command.
        let kept = try #require(failed.reported?.figures)
        #expect(kept.contains(ToolFigure(name: "model", text: "crack_onnx.onnx")))
        #expect(
            kept.contains {
                $0.name == "command" && $0.text?.hasSuffix("--onnx=crack_onnx.onnx --saveEngine=crack.trt") == true
            })
        let fixture = try String(contentsOfFile: Self.fixtures + "/trtexec-failed.txt", encoding: .utf8)
        let errorLines = fixture.split(separator: "\n").filter { $0.contains("[E]") }
        #expect(errorLines.count >= 2)
        let json = try String(contentsOfFile: workspace.path + "/Results/runs/\(runID)/report.json", encoding: .utf8)
        for line in errorLines {
            #expect(failed.failure?.message.contains(line.trimmingCharacters(in: .whitespaces)) == true, "\(line)")
            // JSON escapes the slash; compare on a slash-free part of the line.
            let marker = String(line.split(separator: "]").last ?? "").trimmingCharacters(in: .whitespaces).prefix(30)
            #expect(json.contains(marker), "\(marker)")
        }
    }
}

/// A native tool that printed only summary figures is compared on one figure per run, and says so.
@Suite struct NativeToolComparisonTests {
    func result(medianNs: Int64?, meanNs: Int64) -> CaseResult {
        var result = CaseResult(
            key: CaseKey(target: "pi", model: "m", runtime: .command, precision: .fp32, threads: 1, batch: 1),
            status: .ok)
        result.reported = ReportedLatency(tool: "benchmark_model", iterations: 50, meanNs: meanNs, medianNs: medianNs)
        return result
    }

    @Test func summaryOnlyCasesAreComparedOnOneFigurePerRun() throws {
        let comparison = try Comparer.compare(
            baselineRun: "a", baseline: [result(medianNs: nil, meanNs: 10_000_000)], candidateRun: "b",
            candidate: [result(medianNs: nil, meanNs: 10_200_000)], chips: [:], thresholds: .init(latency: 0.03))
        let row = try #require(comparison.rows.first { $0.metric == "latency" })
        #expect(row.baseline == 10 && row.candidate == 10.2)
        #expect(abs((row.ratio ?? 0) - 1.02) < 1e-12)
        #expect(row.pValue == nil)
        #expect(row.verdict == .noChange)
        #expect(
            row.reason.hasPrefix("the tool's own summary figure, one per run (no per-iteration samples): within ±3%"))

        let slower = try Comparer.compare(
            baselineRun: "a", baseline: [result(medianNs: 10_000_000, meanNs: 11_000_000)], candidateRun: "b",
            candidate: [result(medianNs: 12_000_000, meanNs: 11_000_000)], chips: [:], thresholds: .init(latency: 0.03))
        let changed = try #require(slower.rows.first { $0.metric == "latency" })
        #expect(changed.candidate == 12)  // the printed median, not the mean
        #expect(changed.verdict == .inconclusive)
        #expect(changed.reason.contains("one figure per run and +20.0% beyond ±3%: confirm with history"))
    }
}
