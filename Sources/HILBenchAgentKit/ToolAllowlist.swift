import Foundation
public import HILBenchCore
public import HILBenchNativeTools

/// The native tools this board lets a case run, each mapped to its executable by the board's owner
/// (`hilbench-agent serve --allow-tool trtexec=/usr/src/tensorrt/bin/trtexec`, or `--tools-file`).
///
/// A case names a tool; it never names a path. Whoever holds the agent's token can only start the programs
/// listed here, with arguments the agent builds itself.
public struct ToolAllowlist: Sendable, Equatable {
    /// A case asked for a tool this board does not list. Over HTTP: 403 with `allowed`.
    public struct NotAllowed: Error, Sendable, CustomStringConvertible {
        public var tool: String
        public var allowed: [String]
        public var description: String {
            let listed =
                allowed.isEmpty ? "none (start the agent with --allow-tool NAME=PATH)" : allowed.joined(separator: ", ")
            return "native tool \(tool.prefix(64).debugDescription) is not allowed on this board; allowed: \(listed)"
        }
    }

    /// Tool → absolute path of its executable on this board.
    public private(set) var executables: [NativeTool: String]

    /// An empty list allows no native tool (the default: nothing runs that the board did not name).
    public init(_ executables: [NativeTool: String] = [:]) {
        self.executables = executables
    }

    /// Parses `NAME=/absolute/path` entries (`--allow-tool`), refusing unknown tool names, relative paths and
    /// a tool listed twice with different paths.
    public init(entries: [String], source: String = "--allow-tool") throws(HILBenchError) {
        var executables: [NativeTool: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else {
                throw HILBenchError(.usage, "\(source) wants NAME=/absolute/path, got \(entry.debugDescription)")
            }
            let name = entry[..<equals].trimmingCharacters(in: .whitespaces)
            let path = entry[entry.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let tool = NativeTool(rawValue: name) else {
                throw HILBenchError(
                    .usage, "\(source): unknown tool \(name.debugDescription); known: \(Self.knownNames)")
            }
            guard path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                throw HILBenchError(
                    .usage,
                    "\(source): \(name)'s executable must be an absolute path without '..', got \(path.debugDescription)"
                )
            }
            if let other = executables[tool], other != path {
                throw HILBenchError(.usage, "\(source): \(name) is listed twice (\(other) and \(path))")
            }
            executables[tool] = path
        }
        self.executables = executables
    }

    /// Reads a tools file: one `NAME=/absolute/path` a line; blank lines and `#` comments are skipped.
    public init(contentsOfFile path: String) throws(HILBenchError) {
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20 else {
            throw HILBenchError(.config, "cannot read the tools file \(path) (at most 1 MiB)")
        }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        try self.init(entries: lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }, source: path)
    }

    /// This list and `other`'s entries (the command line's `--allow-tool` after a tools file).
    public func merging(_ other: ToolAllowlist) -> ToolAllowlist {
        ToolAllowlist(executables.merging(other.executables) { $1 })
    }

    /// The executable for `tool`, or `NotAllowed` listing what this board allows.
    public func resolve(tool: String) throws(NotAllowed) -> String {
        guard let known = NativeTool(rawValue: tool), let path = executables[known] else {
            throw NotAllowed(tool: tool, allowed: allowedNames)
        }
        return path
    }

    /// The allowed tools' names, sorted.
    public var allowedNames: [String] { executables.keys.map(\.rawValue).sorted() }

    private static var knownNames: String { NativeTool.allCases.map(\.rawValue).joined(separator: ", ") }
}
