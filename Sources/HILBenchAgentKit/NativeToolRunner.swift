import Foundation
import HILBenchCore
import HILBenchNativeTools

/// The `command` runtime: runs the native benchmark tool the case names, from the path the board configured
/// for it, with an argument array (no shell), and turns what it prints — and the side files it writes — into the
/// common result shape. Per-iteration latencies where the tool writes them; every printed figure kept under its
/// own name; never invented, absent stays absent.
struct NativeToolRunner {
    /// `runtime_options.command` names the tool (see ``NativeCommandOptions``); the board's `tools` allowlist names
    /// its executable. A path in the case (`executable`) is refused: the board alone decides what runs on it.
    static func run(
        _ spec: CaseSpec, tools: ToolAllowlist, startNs: Int64, cancellation: CaseCancellation? = nil
    ) -> CaseResult {
        var result = CaseResult(key: spec.key, status: .ok, artifactSHA256: spec.artifactSHA256)
        if spec.options["executable"] != nil {
            let named = if case .string(let name)? = spec.options["tool"] { String(name.prefix(64)) } else { "NAME" }
            return .notRun(
                spec.key, status: .failed, kind: "tool_not_allowed",
                message:
                    "runtime_options.command.executable is not accepted: the board names its tools' paths (hilbench-agent --allow-tool \(named)=PATH)"
            )
        }
        let sideFiles = FileManager.default.temporaryDirectory
            .appendingPathComponent("hilbench-\(UUID().uuidString)", isDirectory: true).path
        let options: NativeCommandOptions
        let settings: NativeToolSettings
        do {
            (options, settings) = try spec.nativeToolSettings(sideFileDirectory: sideFiles)
        } catch {
            return .notRun(spec.key, status: .failed, kind: "bad_request", message: error.description)
        }
        let tool = options.tool
        let executable: String
        do {
            executable = try tools.resolve(tool: tool.rawValue)
        } catch {
            return .notRun(spec.key, status: .failed, kind: "tool_not_allowed", message: error.description)
        }
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return .notRun(
                spec.key, status: .skipped, kind: "runtime_unavailable",
                message: "\(tool.rawValue) is not installed on the board at \(executable)")
        }
        let modelPath: String
        do {
            try FileManager.default.createDirectory(atPath: sideFiles, withIntermediateDirectories: true)
            // A tool's own model list has no file to hand it.
            modelPath = spec.format.isFile ? try linkModel(spec, into: sideFiles) : ""
        } catch {
            try? FileManager.default.removeItem(atPath: sideFiles)
            return .notRun(
                spec.key, status: .infraError, kind: "scratch", message: "cannot prepare \(sideFiles): \(error)")
        }
        defer { try? FileManager.default.removeItem(atPath: sideFiles) }
        let invocation: NativeToolInvocation
        do {
            invocation = try tool.invocation(model: modelPath, settings: settings)
        } catch {
            return .notRun(spec.key, status: .failed, kind: "unsupported", message: "\(error)")
        }

        let child: ChildProcess
        do {
            child = try ChildProcess(
                arguments: [executable] + invocation.arguments,
                workingDirectory: workingDirectory(tool: tool, executable: executable, model: modelPath))
        } catch {
            return .notRun(spec.key, status: .failed, kind: "spawn", message: "\(error)")
        }
        child.closeStdin()
        var stdout = ""
        let deadline = startNs + Int64(spec.timeoutSeconds * 1e9)
        var sampler = MemorySampler(pid: child.pid, periodMs: spec.memorySamplePeriodMs)
        readLoop: while true {
            let tick = {
                sampler.sample(phase: "measure")
                if cancellation?.isCancelled == true { child.killGroup() }
            }
            switch child.readLine(deadlineNs: deadline, tickNs: sampler.periodNs, tick: tick) {
            case .line(let line): stdout += line + "\n"
            case .eof:
                if cancellation?.isCancelled == true {
                    child.killGroup()
                    child.reap(blocking: true)
                    return .notRun(
                        spec.key, status: .infraError, kind: "cancelled",
                        message:
                            "the case was cancelled by the controller; \(tool.rawValue)'s process group was killed",
                        stderrTail: child.stderrTail.tail(lines: 30))
                }
                break readLoop
            case .timeout:
                child.killGroup()
                child.reap(blocking: true)
                return .notRun(
                    spec.key, status: .failed, kind: "timeout",
                    message:
                        "\(tool.rawValue) did not finish within \(spec.timeoutSeconds) s; its process group was killed",
                    stderrTail: child.stderrTail.tail(lines: 30))
            }
        }
        let termination = child.finish(graceNs: 5_000_000_000)
        result.memory.peakRSSKiB = child.maxRSSKiB
        result.memory.vmHWMKiB = sampler.maxHWMKiB
        result.memory.timeline = sampler.timeline
        // Some tools log to stderr (benchmark_model), others to stdout: parse both, stdout first.
        let text = stdout + child.stderrTail.tail(lines: 100_000)
        let settingFigures = invocation.applied.sorted(by: { $0.key < $1.key }).map {
            ToolFigure(name: "setting.\($0.key)", text: $0.value)
        }
        result.reported = ReportedLatency(tool: tool.rawValue)
        result.reported?.figures = settingFigures
        result.reported?.extra["arguments"] = invocation.arguments.joined(separator: " ")
        let reports: [NativeBenchmarkReport]
        do {
            reports = try NativeToolParser.parse(tool: tool, text: text)
        } catch {
            // Every error line the tool printed, not only the first: the tail may have scrolled past the cause.
            let errors = NativeToolParser.errorLines(in: text)
            result.status = .failed
            result.failure = .init(
                kind: termination == .exited(0) ? "protocol" : "crash",
                message: (["\(tool.rawValue) \(termination): \(error)"] + errors).joined(separator: "\n"),
                stderrTail: child.stderrTail.tail(lines: 30))
            // The settings the tool printed before it failed (version, device, model) stay with the failure.
            let before = error.partial?.figures ?? []
            result.reported?.figures = before + settingFigures + errors.map { ToolFigure(name: "error", text: $0) }
            if let partial = error.partial {
                result.runtime = .init(
                    name: tool.rawValue, version: partial.toolVersion ?? "unknown",
                    provider: partial.device ?? options.device ?? "unknown",
                    threads: partial.threads ?? spec.key.threads)
            }
            return result
        }
        if settings.ownModels {
            return ownModels(
                result, reports: reports, tool: tool, options: options, settingFigures: settingFigures,
                arguments: invocation.arguments, termination: termination, text: text,
                stderrTail: child.stderrTail.tail(lines: 30))
        }
        guard let report = row(for: [spec.model, modelPath], in: reports) else {
            return .notRun(
                spec.key, status: .failed, kind: "protocol", message: "\(tool.rawValue) printed no benchmark summary")
        }
        result.runtime = .init(
            name: tool.rawValue, version: report.toolVersion ?? "unknown",
            provider: report.device ?? options.device ?? "unknown", threads: report.threads ?? spec.key.threads)
        result.loadNs = report.initTimeNanoseconds
        var samples = report.iterationLatenciesNanoseconds ?? []
        var sideFileNote: String?
        if let path = invocation.exportTimesPath ?? invocation.resultFilePath {
            (samples, sideFileNote) = readSideFile(tool: tool, path: path, fallback: samples)
        }
        result.latenciesNs = samples
        var reported = Self.reported(report, tool: tool)
        reported.extra["arguments"] = invocation.arguments.joined(separator: " ")
        reported.figures =
            report.figures + settingFigures + (sideFileNote.map { [ToolFigure(name: "warning", text: $0)] } ?? [])
        reported.perIterationSamples = !samples.isEmpty
        result.reported = reported
        result.stopReason = "fixed"
        if termination != .exited(0) {
            result.status = .failed
            let errors = NativeToolParser.errorLines(in: text)
            result.failure = .init(
                kind: "crash",
                message: (["\(tool.rawValue) \(termination) after printing its results"] + errors)
                    .joined(separator: "\n"), stderrTail: child.stderrTail.tail(lines: 30))
        }
        return result
    }

    /// Where the tool runs. benchncnn loads `<name>.param` relative to its working directory — every model of its
    /// own list in every version (ncnn `benchmark/benchncnn.cpp`: `sprintf(parampath, MODEL_DIR "%s.param", …)`
    /// with an empty MODEL_DIR; ncnn's README: "copy all param files to the current directory") — so it runs in
    /// the folder of its allowlisted path (the board's owner puts the `.param` files there, or lists a symbolic
    /// link to benchncnn placed among them: the path is not resolved), and with a model file in the case's folder
    /// that holds the model and its weights. Other tools keep the agent's.
    static func workingDirectory(tool: NativeTool, executable: String, model: String) -> String? {
        guard tool == .benchncnn else { return nil }
        return ((model.isEmpty ? executable : model) as NSString).deletingLastPathComponent
    }

    /// A parsed report in the stored shape: the headline figures as printed, in ns.
    private static func reported(_ report: NativeBenchmarkReport, tool: NativeTool) -> ReportedLatency {
        let latency = report.latency
        return ReportedLatency(
            tool: tool.rawValue, iterations: report.iterations, minNs: latency.minNanoseconds,
            maxNs: latency.maxNanoseconds,
            meanNs: latency.meanNanoseconds, medianNs: latency.medianNanoseconds, p90Ns: latency.p90Nanoseconds,
            p95Ns: latency.p95Nanoseconds, p99Ns: latency.p99Nanoseconds,
            throughputPerSecond: report.throughputPerSecond,
            peakMemoryBytes: report.peakMemoryBytes, extra: report.extra)
    }

    /// A run of the tool's own model list: one row per model the tool printed, each with its figures and how the
    /// knobs were honoured; the controller stores each row as a case of its own. Summary figures only.
    private static func ownModels(
        _ result: CaseResult, reports: [NativeBenchmarkReport], tool: NativeTool, options: NativeCommandOptions,
        settingFigures: [ToolFigure], arguments: [String], termination: ChildProcess.Termination, text: String,
        stderrTail: String
    ) -> CaseResult {
        var result = result
        let named = reports.filter { $0.model?.isEmpty == false }
        guard let first = named.first else {
            return .notRun(
                result.key, status: .failed, kind: "protocol", message: "\(tool.rawValue) printed no model's figures")
        }
        result.runtime = .init(
            name: tool.rawValue, version: first.toolVersion ?? "unknown",
            provider: first.device ?? options.device ?? "unknown", threads: first.threads ?? result.key.threads)
        var parent = ReportedLatency(tool: tool.rawValue)
        parent.extra["arguments"] = arguments.joined(separator: " ")
        parent.figures = settingFigures
        parent.perIterationSamples = false
        parent.rows = named.map { report in
            var row = Self.reported(report, tool: tool)
            row.model = report.model
            row.extra["arguments"] = arguments.joined(separator: " ")
            row.figures = report.figures + settingFigures
            row.perIterationSamples = false
            return row
        }
        result.reported = parent
        result.stopReason = "fixed"
        if termination != .exited(0) {
            result.status = .failed
            result.failure = .init(
                kind: "crash",
                message: (["\(tool.rawValue) \(termination) after printing its results"]
                    + NativeToolParser.errorLines(in: text)).joined(separator: "\n"), stderrTail: stderrTail)
        }
        return result
    }

    /// The report of this case's model: benchncnn prints one row per model, named by its param file or network
    /// name; the other tools print one report per run (the last one counts).
    private static func row(for paths: [String], in reports: [NativeBenchmarkReport]) -> NativeBenchmarkReport? {
        reports.last { report in
            guard let name = report.model else { return false }
            return paths.contains { path in
                let file = (path as NSString).lastPathComponent
                return name == path || name == file || name == (file as NSString).deletingPathExtension
                    || (name as NSString).lastPathComponent == file
            }
        } ?? reports.last
    }

    /// The model as the tool needs to see it: a file named with its format's extension (trtexec tells ONNX from an
    /// engine by it; a board's artifact store names files by sha256), with its weights beside it under the same
    /// stem (OpenVINO and ncnn find the `.bin` next to the graph). Symbolic links in the case's scratch folder.
    private static func linkModel(_ spec: CaseSpec, into folder: String) throws -> String {
        var stem = ((spec.model as NSString).lastPathComponent as NSString).deletingPathExtension
        // A board's store names files by sha256: the tool then sees the case's model name instead.
        if ConfigLimits.isHexDigest(stem) { stem = spec.key.model }
        let name = stem.isEmpty || stem.hasPrefix(".") ? "model" : stem
        let extensions: [ModelFormat: String] = [
            .onnx: "onnx", .tflite: "tflite", .openvinoIR: "xml",
            .tensorrtEngine: "engine", .ncnn: "param",
        ]
        guard let ext = extensions[spec.format] else { return spec.model }
        // An engine keeps its own extension (.plan, .trt): trtexec loads any of them with --loadEngine.
        let current = (spec.model as NSString).pathExtension.lowercased()
        let keep = spec.format == .tensorrtEngine && ["engine", "plan", "trt"].contains(current)
        let link = "\(folder)/\(name).\(keep ? current : ext)"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: absolute(spec.model))
        if let weights = spec.weights {
            try FileManager.default.createSymbolicLink(
                atPath: "\(folder)/\(name).bin", withDestinationPath: absolute(weights))
        }
        return link
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Per-iteration times from the tool's side file; a missing or unreadable file keeps the summary figures and
    /// says why (older tool versions do not write it).
    private static func readSideFile(tool: NativeTool, path: String, fallback: [Int64]) -> ([Int64], String?) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (fallback, "\(tool.rawValue) wrote no per-iteration file at \(path): summary figures only")
        }
        do {
            switch tool {
            case .trtexec: return (try TrtexecParser().parseExportedTimes(text), nil)
            case .onnxruntimePerfTest: return (try OnnxRuntimePerfTestParser().parseResultFile(text), nil)
            default: return (fallback, nil)
            }
        } catch {
            return (fallback, "per-iteration file unreadable: \(error)")
        }
    }
}
