extension NativeTool {
    /// The arguments (without the executable) that run `model` with the given settings, as an
    /// array for a process API; nothing is quoted or joined into a shell string.
    ///
    /// A `nil` setting leaves the tool's default. Settings a tool cannot honour throw rather than
    /// being dropped silently:
    /// - `trtexec` has no thread count, and warms up for a duration (`--warmUp=<ms>`), not a count.
    ///   `--duration=0` is added with `iterations` so that the count, not the default 3 s, decides.
    ///   `.onnx` models use `--onnx=`, anything else `--loadEngine=` (a serialised engine).
    /// - `benchmark_model` gets `--min_secs=0` / `--warmup_min_secs=0` with the counts, so the
    ///   counts are not stretched to the default minimum durations.
    /// - `benchmark_app` runs exactly one warm-up inference: only `warmup: 1` is accepted.
    /// - `onnxruntime_perf_test` runs exactly one warm-up inference (only `warmup: 1` is accepted);
    ///   `-I` generates inputs (no test-data folder needed) and `-s` prints percentiles.
    /// - `benchncnn` takes positional arguments and a custom model needs its input shapes:
    ///   `threads` and `inputShapes` are required; loops default to the tool's 4; powersave 0
    ///   (all cores), CPU only (`-1`) and no 10 s cooling-down pause are passed. Its warm-up count is
    ///   fixed (8 on CPU): only `warmup: 8` is accepted.
    /// - Parameters:
    ///   - model: Model path as the board sees it (`.onnx`, `.engine`, `.tflite`, `.xml`, `.param`).
    ///   - threads: Inference threads.
    ///   - iterations: Measured iterations.
    ///   - warmup: Warm-up iterations.
    ///   - inputShapes: Input shapes, for `benchncnn` only (`[[227, 227, 3]]`); ignored by other tools.
    /// - Throws: ``NativeToolArgumentError`` for an empty model path, a non-positive count, or a
    ///   setting the tool cannot honour.
    public func arguments(
        model: String,
        threads: Int? = nil,
        iterations: Int? = nil,
        warmup: Int? = nil,
        inputShapes: [[Int]] = []
    ) throws(NativeToolArgumentError) -> [String] {
        guard !model.isEmpty else { throw NativeToolArgumentError(tool: self, setting: "model", message: "the model path is empty") }
        if let threads, threads < 1 {
            throw NativeToolArgumentError(tool: self, setting: "threads", message: "threads must be at least 1, got \(threads)")
        }
        if let iterations, iterations < 1 {
            throw NativeToolArgumentError(tool: self, setting: "iterations", message: "iterations must be at least 1, got \(iterations)")
        }
        if let warmup, warmup < 0 {
            throw NativeToolArgumentError(tool: self, setting: "warmup", message: "warmup must not be negative, got \(warmup)")
        }

        switch self {
        case .trtexec:
            if threads != nil {
                throw NativeToolArgumentError(
                    tool: self, setting: "threads", message: "trtexec has no inference thread count; pass threads: nil")
            }
            if warmup != nil {
                throw NativeToolArgumentError(
                    tool: self, setting: "warmup",
                    message: "trtexec warms up for a duration (--warmUp=<ms>, default 200 ms), not a number of iterations; pass warmup: nil")
            }
            var arguments = [model.lowercased().hasSuffix(".onnx") ? "--onnx=\(model)" : "--loadEngine=\(model)"]
            if let iterations { arguments += ["--iterations=\(iterations)", "--duration=0"] }
            return arguments

        case .benchmarkModel:
            var arguments = ["--graph=\(model)"]
            if let threads { arguments.append("--num_threads=\(threads)") }
            if let iterations { arguments += ["--num_runs=\(iterations)", "--min_secs=0"] }
            if let warmup { arguments += ["--warmup_runs=\(warmup)", "--warmup_min_secs=0"] }
            return arguments

        case .benchmarkApp:
            try requireFixedWarmup(warmup, 1)
            var arguments = ["-m", model]
            if let iterations { arguments += ["-niter", String(iterations)] }
            if let threads { arguments += ["-nthreads", String(threads)] }
            return arguments

        case .onnxruntimePerfTest:
            try requireFixedWarmup(warmup, 1)
            var arguments = ["-I", "-s"]
            if let iterations { arguments += ["-m", "times", "-r", String(iterations)] }
            if let threads { arguments += ["-x", String(threads)] }
            arguments.append(model)
            return arguments

        case .benchncnn:
            try requireFixedWarmup(warmup, 8)
            guard let threads else {
                throw NativeToolArgumentError(
                    tool: self, setting: "threads",
                    message: "benchncnn takes positional arguments and its default thread count depends on the board; give threads")
            }
            guard !inputShapes.isEmpty, inputShapes.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 > 0 } }) else {
                throw NativeToolArgumentError(
                    tool: self, setting: "inputShapes",
                    message: "benchncnn needs the model's input shapes for param=<model>, e.g. [[227, 227, 3]]")
            }
            let shapes = inputShapes.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",")
            return [String(iterations ?? 4), String(threads), "0", "-1", "0", "param=\(model)", "shape=\(shapes)"]
        }
    }

    private func requireFixedWarmup(_ warmup: Int?, _ fixed: Int) throws(NativeToolArgumentError) {
        guard let warmup, warmup != fixed else { return }
        throw NativeToolArgumentError(
            tool: self, setting: "warmup",
            message: "\(rawValue) runs a fixed \(fixed) warm-up iteration(s) and cannot be set to \(warmup); pass warmup: nil")
    }
}

/// A native tool cannot be run with the requested settings.
public struct NativeToolArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The tool the arguments were for.
    public var tool: NativeTool
    /// The offending setting: `model`, `threads`, `iterations`, `warmup` or `inputShapes`.
    public var setting: String
    /// What is wrong and how to fix it.
    public var message: String

    public init(tool: NativeTool, setting: String, message: String) {
        self.tool = tool
        self.setting = setting
        self.message = message
    }

    public var description: String { "\(tool.rawValue): \(setting): \(message)" }
}
