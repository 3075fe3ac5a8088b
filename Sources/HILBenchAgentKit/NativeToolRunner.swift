import Foundation
public import HILBenchCore
import HILBenchNativeTools

/// The `command` runtime: runs a native benchmark tool on the board with an argument array (no shell) and turns
/// what it prints into the common result shape. Per-iteration latencies where the tool gives them; otherwise
/// the figures it reports, as printed — never invented, absent stays absent.
struct NativeToolRunner {
    /// `runtime_options.command`: `tool` (trtexec, benchmark_model, benchmark_app, onnxruntime_perf_test,
    /// benchncnn), resolved to an executable by the board's `tools` allowlist; `input_shapes` for benchncnn.
    /// A path in the case (`executable`) is refused: the board alone decides what runs on it.
    static func run(_ spec: CaseSpec, tools: ToolAllowlist, startNs: Int64, cancellation: CaseCancellation? = nil) -> CaseResult {
        var result = CaseResult(key: spec.key, status: .ok, artifactSHA256: spec.artifactSHA256)
        guard case .string(let toolName)? = spec.options["tool"], let tool = NativeTool(rawValue: toolName) else {
            return .notRun(spec.key, status: .failed, kind: "bad_request",
                           message: "runtime_options.command.tool must name one of: \(NativeTool.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if spec.options["executable"] != nil {
            return .notRun(spec.key, status: .failed, kind: "tool_not_allowed",
                           message: "runtime_options.command.executable is not accepted: the board names its tools' paths (hilbench-agent --allow-tool \(tool.rawValue)=PATH)")
        }
        let executable: String
        do {
            executable = try tools.resolve(tool: tool.rawValue)
        } catch {
            return .notRun(spec.key, status: .failed, kind: "tool_not_allowed", message: error.description)
        }
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return .notRun(spec.key, status: .skipped, kind: "runtime_unavailable", message: "\(tool.rawValue) is not installed on the board at \(executable)")
        }
        let unknown = spec.options.keys.filter { !["tool", "input_shapes"].contains($0) }.sorted()
        guard unknown.isEmpty else {
            return .notRun(spec.key, status: .failed, kind: "unsupported", message: "command runtime: unknown option(s) \(unknown.joined(separator: ", ")) (known: tool, input_shapes)")
        }
        var shapes: [[Int]] = []
        if case .list(let list)? = spec.options["input_shapes"] {
            shapes = list.map { item in
                if case .list(let dims) = item { return dims.compactMap { if case .int(let d) = $0 { d } else { nil } } }
                return []
            }
        }
        let arguments: [String]
        do {
            arguments = try tool.arguments(model: spec.model, threads: spec.key.threads > 0 ? spec.key.threads : nil,
                                           iterations: spec.iterations, warmup: spec.warmup, inputShapes: shapes)
        } catch {
            return .notRun(spec.key, status: .failed, kind: "unsupported", message: "\(error)")
        }
        let child: ChildProcess
        do { child = try ChildProcess(arguments: [executable] + arguments) } catch {
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
                    return .notRun(spec.key, status: .infraError, kind: "cancelled",
                                   message: "the case was cancelled by the controller; \(tool.rawValue)'s process group was killed",
                                   stderrTail: child.stderrTail.tail(lines: 30))
                }
                break readLoop
            case .timeout:
                child.killGroup()
                child.reap(blocking: true)
                return .notRun(spec.key, status: .failed, kind: "timeout",
                               message: "\(tool.rawValue) did not finish within \(spec.timeoutSeconds) s; its process group was killed",
                               stderrTail: child.stderrTail.tail(lines: 30))
            }
        }
        let termination = child.finish(graceNs: 5_000_000_000)
        result.memory.peakRSSKiB = child.maxRSSKiB
        result.memory.vmHWMKiB = sampler.maxHWMKiB
        result.memory.timeline = sampler.timeline
        // Some tools log to stderr (benchmark_model), others to stdout: parse both, stdout first.
        let text = stdout + child.stderrTail.tail(lines: 100_000)
        let reports: [NativeBenchmarkReport]
        do {
            reports = try NativeToolParser.parse(tool: tool, text: text)
        } catch {
            return .notRun(spec.key, status: .failed, kind: termination == .exited(0) ? "protocol" : "crash",
                           message: "\(tool.rawValue) \(termination): \(error)", stderrTail: child.stderrTail.tail(lines: 30))
        }
        guard let report = reports.last else {
            return .notRun(spec.key, status: .failed, kind: "protocol", message: "\(tool.rawValue) printed no benchmark summary")
        }
        result.runtime = .init(name: tool.rawValue, version: report.toolVersion ?? "unknown", provider: report.device ?? "unknown",
                               threads: report.threads ?? spec.key.threads)
        result.latenciesNs = report.iterationLatenciesNanoseconds ?? []
        result.loadNs = report.initTimeNanoseconds
        let latency = report.latency
        result.reported = ReportedLatency(tool: tool.rawValue, iterations: report.iterations, minNs: latency.minNanoseconds, maxNs: latency.maxNanoseconds,
                                          meanNs: latency.meanNanoseconds, medianNs: latency.medianNanoseconds, p90Ns: latency.p90Nanoseconds,
                                          p95Ns: latency.p95Nanoseconds, p99Ns: latency.p99Nanoseconds, throughputPerSecond: report.throughputPerSecond,
                                          peakMemoryBytes: report.peakMemoryBytes, extra: report.extra)
        result.stopReason = "fixed"
        if termination != .exited(0) {
            result.status = .failed
            result.failure = .init(kind: "crash", message: "\(tool.rawValue) \(termination) after printing its results", stderrTail: child.stderrTail.tail(lines: 30))
        }
        return result
    }
}
