public import HILBenchNativeTools

extension NativeTool {
    /// The model formats this tool loads.
    public var modelFormats: Set<ModelFormat> {
        switch self {
        case .trtexec: [.onnx, .tensorrtEngine]
        case .benchmarkModel: [.tflite]
        case .benchmarkApp: [.openvinoIR, .onnx]
        case .onnxruntimePerfTest: [.onnx]
        case .benchncnn: [.ncnn, .toolModels]
        }
    }
}

/// `runtime_options.command` read into typed values: which tool, and its tool-specific knobs.
///
/// The tool is named, never its path: the board resolves the executable from its own configuration.
public struct NativeCommandOptions: Sendable, Equatable {
    /// The option keys the `command` runtime knows.
    public static let known = ["tool", "device", "streams", "requests", "arguments", "input_shapes"]

    public var tool: NativeTool
    public var device: String?
    public var streams: Int?
    public var requests: Int?
    public var arguments: [String]
    public var inputShapes: [[Int]]

    /// A problem with one option; `option` is its key under `runtime_options.command`.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var option: String
        public var message: String
        public var description: String { "runtime_options.command.\(option): \(message)" }
    }

    /// Reads the option map; the first problem found is thrown.
    public init(_ options: [String: OptionValue]) throws(Problem) {
        let tools = NativeTool.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value = options["tool"] else {
            throw Problem(option: "tool", message: "missing: name the tool, one of \(tools)")
        }
        guard case .string(let name) = value, let tool = NativeTool(rawValue: name) else {
            throw Problem(option: "tool", message: "'\(value)' is not a tool hilbench knows; one of \(tools)")
        }
        self.tool = tool
        if options["executable"] != nil {
            throw Problem(
                option: "executable",
                message: "a suite names the tool, not its path; the board's agent maps it "
                    + "(hilbench-agent --allow-tool \(name)=/path)")
        }
        if let unknown = options.keys.filter({ !Self.known.contains($0) }).sorted().first {
            throw Problem(option: unknown, message: "unknown option (known: \(Self.known.joined(separator: ", ")))")
        }
        switch options["device"] {
        case nil: device = nil
        case .string(let text)? where !text.isEmpty && !text.hasPrefix("-"): device = text
        case let other?:
            throw Problem(option: "device", message: "expected a device, delegate or provider name, got '\(other)'")
        }
        func count(_ key: String) throws(Problem) -> Int? {
            switch options[key] {
            case nil: return nil
            case .int(let n)? where n >= 1 && n <= 1024: return n
            case let other?: throw Problem(option: key, message: "expected a count from 1 to 1024, got '\(other)'")
            }
        }
        streams = try count("streams")
        requests = try count("requests")
        switch options["arguments"] {
        case nil: arguments = []
        case .list(let items)?:
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else {
                    throw Problem(
                        option: "arguments", message: "expected a list of strings (one argument each), got '\(item)'")
                }
                strings.append(text)
            }
            arguments = strings
        case let other?: throw Problem(option: "arguments", message: "expected a list of strings, got '\(other)'")
        }
        switch options["input_shapes"] {
        case nil: inputShapes = []
        case .list(let items)?:
            var shapes: [[Int]] = []
            for item in items {
                guard case .list(let dims) = item else {
                    throw Problem(
                        option: "input_shapes", message: "expected a list of shapes like [[227, 227, 3]], got '\(item)'"
                    )
                }
                var shape: [Int] = []
                for dim in dims {
                    guard case .int(let n) = dim, n >= 1 else {
                        throw Problem(
                            option: "input_shapes", message: "dimensions must be positive integers, got '\(dim)'")
                    }
                    shape.append(n)
                }
                shapes.append(shape)
            }
            inputShapes = shapes
        case let other?: throw Problem(option: "input_shapes", message: "expected a list of shapes, got '\(other)'")
        }
    }
}

/// The knobs of a native-tool case, as the suite gave them; the same mapping serves `hilbench validate` and the agent.
public enum NativeToolKnobs {
    /// The suite knobs a user may leave out; a tool that cannot honour hilbench's default for one uses its own.
    public static let defaultable = ["warmup", "iterations", "threads", "batch"]

    /// The settings for one case of `tool`.
    /// - Parameter defaulted: the knobs the suite did not write (see ``SuiteConfig/defaultedKnobs``).
    public static func settings(
        options: NativeCommandOptions, warmup: Int, warmupSeconds: Double?, durationSeconds: Double? = nil,
        iterations: Int, threads: Int, batch: Int, precision: Precision, defaulted: Set<String>,
        sideFileDirectory: String? = nil, ownModels: Bool = false
    ) -> NativeToolSettings {
        let warmupKnob: NativeToolSettings.Knob<NativeToolSettings.Warmup> =
            if let warmupSeconds { .init(.seconds(warmupSeconds), given: true) } else {
                .init(.runs(warmup), given: !defaulted.contains("warmup"))
            }
        return NativeToolSettings(
            warmup: warmupKnob, iterations: .init(iterations, given: !defaulted.contains("iterations")),
            threads: .init(threads, given: !defaulted.contains("threads")),
            batch: .init(batch, given: !defaulted.contains("batch")), precision: precision.rawValue,
            streams: options.streams, requests: options.requests, device: options.device,
            inputShapes: options.inputShapes, extraArguments: options.arguments, sideFileDirectory: sideFileDirectory,
            duration: durationSeconds, ownModels: ownModels)
    }
}

extension CaseSpec {
    /// The tool and its settings for this case of the `command` runtime.
    public func nativeToolSettings(
        sideFileDirectory: String?
    ) throws(NativeCommandOptions.Problem)
        -> (options: NativeCommandOptions, settings: NativeToolSettings)
    {
        let options = try NativeCommandOptions(self.options)
        let settings = NativeToolKnobs.settings(
            options: options, warmup: warmup, warmupSeconds: warmupSeconds, durationSeconds: durationSeconds,
            iterations: iterations,
            threads: key.threads, batch: key.batch, precision: key.precision, defaulted: Set(suiteDefaults ?? []),
            sideFileDirectory: sideFileDirectory, ownModels: format == .toolModels)
        return (options, settings)
    }
}
