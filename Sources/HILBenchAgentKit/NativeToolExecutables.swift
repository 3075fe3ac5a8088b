import Foundation
public import HILBenchNativeTools

/// Where this board keeps its native benchmark tools: configured on the board, never sent over the network.
/// A case names the tool (`trtexec`); the agent runs the executable the board configured for it, or none.
public struct NativeToolExecutables: Sendable, Equatable {
    /// Executable paths by tool.
    public var paths: [NativeTool: String]

    public init(_ paths: [NativeTool: String] = [:]) {
        self.paths = paths
    }

    /// The tools named in the agent's environment: `HILBENCH_TOOL_TRTEXEC=/usr/src/tensorrt/bin/trtexec`,
    /// `HILBENCH_TOOL_BENCHMARK_MODEL=…` (the tool's name upper-cased). Only absolute paths count.
    public static func fromEnvironment(_ environment: [String: String]) -> NativeToolExecutables {
        var paths: [NativeTool: String] = [:]
        for tool in NativeTool.allCases {
            if let path = environment[variable(for: tool)], path.hasPrefix("/") { paths[tool] = path }
        }
        return NativeToolExecutables(paths)
    }

    /// The tools named in this process's environment (see ``fromEnvironment(_:)``).
    public static func fromProcessEnvironment() -> NativeToolExecutables {
        fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The environment variable that configures `tool`.
    public static func variable(for tool: NativeTool) -> String { "HILBENCH_TOOL_" + tool.rawValue.uppercased() }

    /// The executable configured for `tool`, or why there is none. The one place a tool becomes a path.
    public func resolve(_ tool: NativeTool) -> Result<String, NativeToolUnavailable> {
        guard let path = paths[tool] else {
            return .failure(NativeToolUnavailable(message: "\(tool.rawValue) is not configured on this board "
                + "(set \(Self.variable(for: tool))=/path/to/\(tool.rawValue) for its agent)"))
        }
        return .success(path)
    }
}

/// A tool the board has not configured.
public struct NativeToolUnavailable: Error, Sendable, Equatable {
    public var message: String
}
