import ArgumentParser
import Foundation
import HILBenchAgentKit
import HILBenchCore

/// `--allow-tool NAME=PATH` and `--tools-file F`: the native tools this board lets the `command` runtime start.
/// Without either, `$XDG_CONFIG_HOME/hilbench/tools` (else `~/.config/hilbench/tools`) is read if it exists.
struct ToolOptions: ParsableArguments {
    @Option(
        name: .customLong("allow-tool"), parsing: .singleValue,
        help:
            "A native tool cases may run, NAME=/absolute/path (repeatable), e.g. trtexec=/usr/src/tensorrt/bin/trtexec."
    )
    var allowTool: [String] = []

    @Option(help: "File of allowed native tools, one NAME=/absolute/path a line (# comments).")
    var toolsFile: String?

    func validate() throws {
        _ = try allowlist()
    }

    /// The tools file's entries, then `--allow-tool` ones.
    func allowlist() throws -> ToolAllowlist {
        switch Self.read(file: toolsFile ?? Self.defaultToolsFile(), entries: allowTool) {
        case .success(let list): return list
        case .failure(let error): throw ValidationError(error.message)
        }
    }

    private static func read(file: String?, entries: [String]) -> Result<ToolAllowlist, HILBenchError> {
        Result { () throws(HILBenchError) -> ToolAllowlist in
            let fromFile =
                try file.map { path throws(HILBenchError) in try ToolAllowlist(contentsOfFile: path) }
                ?? ToolAllowlist()
            return fromFile.merging(try ToolAllowlist(entries: entries))
        }
    }

    static func defaultToolsFile() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let config = environment["XDG_CONFIG_HOME"] ?? "\(environment["HOME"] ?? NSHomeDirectory())/.config"
        let path = "\(config)/hilbench/tools"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
