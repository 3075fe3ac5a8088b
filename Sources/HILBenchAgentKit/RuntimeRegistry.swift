import Foundation
public import HILBenchCore
import HILBenchSystem

/// Knows how to start a runner for each runtime on this board, and which runtimes are installed.
public struct RuntimeRegistry: Sendable {
    /// The command that starts the agent (`hilbench-agent`, or `hilbench agent`): it hosts the built-in
    /// reference runner as its `reference-runner` subcommand.
    public var agentCommand: [String]
    /// Folder with the Python runner scripts.
    public var runnersDirectory: String?
    /// The Python interpreter that runs Python runners.
    public var python: String?
    /// Native tools the `command` runtime may start, named by the board's owner (none by default).
    public var tools: ToolAllowlist

    public init(
        agentCommand: [String], runnersDirectory: String? = RuntimeRegistry.defaultRunnersDirectory(),
        python: String? = RuntimeRegistry.findPython(), tools: ToolAllowlist = ToolAllowlist()
    ) {
        precondition(!agentCommand.isEmpty)
        self.agentCommand = agentCommand
        self.runnersDirectory = runnersDirectory
        self.python = python
        self.tools = tools
    }

    /// A registry whose agent is the `hilbench-agent` executable at `agentExecutable`.
    public init(
        agentExecutable: String, runnersDirectory: String? = RuntimeRegistry.defaultRunnersDirectory(),
        python: String? = RuntimeRegistry.findPython(), tools: ToolAllowlist = ToolAllowlist()
    ) {
        self.init(agentCommand: [agentExecutable], runnersDirectory: runnersDirectory, python: python, tools: tools)
    }

    /// The command line that starts a runner for `runtime`, or why there is none.
    public func command(for runtime: RuntimeKind) -> Result<[String], HILBenchError> {
        switch runtime {
        case .reference:
            return .success(agentCommand + ["reference-runner"])
        case .command:
            return .failure(
                HILBenchError(.runner, "the command runtime runs a tool of the board's allowlist (--allow-tool)"))
        case .onnxruntime, .openvino, .litert:
            guard let python else {
                return .failure(
                    HILBenchError(
                        .runner,
                        "no python3 found on PATH (set HILBENCH_PYTHON); \(runtime.rawValue) runs through Python"))
            }
            guard let runnersDirectory else {
                return .failure(
                    HILBenchError(
                        .runner, "the Python runner scripts were not found next to the agent (set HILBENCH_RUNNERS_DIR)"
                    ))
            }
            let script = "\(runnersDirectory)/\(runtime.rawValue)_runner.py"
            guard FileManager.default.fileExists(atPath: script) else {
                return .failure(HILBenchError(.runner, "runner script missing: \(script)"))
            }
            return .success([python, "-u", script])
        }
    }

    /// Probes which runtimes can be imported, with their versions. One Python process for all of them.
    public func probe(timeoutSeconds: Double = 60) -> (runtimes: [AgentInfo.Runtime], pythonVersion: String?) {
        var result = [
            AgentInfo.Runtime(
                runtime: .reference, available: true, version: AgentProtocol.softwareVersion, reason: nil),
            tools.executables.isEmpty
                ? AgentInfo.Runtime(
                    runtime: .command, available: false, version: nil,
                    reason: "no native tool allowed on this board (hilbench-agent --allow-tool NAME=PATH)")
                : AgentInfo.Runtime(
                    runtime: .command, available: true,
                    version: "native tools: \(tools.allowedNames.joined(separator: ", "))", reason: nil),
        ]
        let pythonRuntimes = RuntimeKind.allCases.filter { !$0.pythonModules.isEmpty && $0 != .command }
        guard let python else {
            result += pythonRuntimes.map {
                .init(runtime: $0, available: false, version: nil, reason: "no python3 on PATH")
            }
            return (result, nil)
        }
        let script = """
            import json, sys, importlib
            found = {"python": sys.version.split()[0]}
            for name in \(pythonRuntimes.flatMap(\.pythonModules).map { "\"\($0)\"" }.joined(separator: ", ").wrappedInBrackets):
                try:
                    module = importlib.import_module(name)
                    version = getattr(module, "__version__", None)
                    if version is None and name == "openvino":
                        from openvino import get_version
                        version = get_version()
                    found[name] = {"ok": True, "version": str(version)}
                except Exception as error:
                    found[name] = {"ok": False, "error": type(error).__name__ + ": " + str(error)}
            sys.stdout.write(json.dumps(found) + "\\n")
            """
        guard let child = try? ChildProcess(arguments: [python, "-c", script]) else {
            result += pythonRuntimes.map {
                .init(runtime: $0, available: false, version: nil, reason: "cannot start \(python)")
            }
            return (result, nil)
        }
        child.closeStdin()
        let line = child.readLine(deadlineNs: Monotonic.nowNs() + Int64(timeoutSeconds * 1e9))
        _ = child.finish(graceNs: 1_000_000_000)
        guard case .line(let text) = line, let data = text.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            let why = "the import probe failed: \(child.stderrTail.tail(lines: 3))"
            result += pythonRuntimes.map { .init(runtime: $0, available: false, version: nil, reason: why) }
            return (result, nil)
        }
        for runtime in pythonRuntimes {
            var reasons: [String] = []
            var entry: AgentInfo.Runtime?
            for module in runtime.pythonModules {
                guard let info = json[module] as? [String: Any] else { continue }
                if info["ok"] as? Bool == true {
                    entry = .init(runtime: runtime, available: true, version: info["version"] as? String, reason: nil)
                    break
                }
                reasons.append("\(module): \(info["error"] as? String ?? "import failed")")
            }
            if var found = entry, case .failure(let error) = command(for: runtime) {
                found.available = false
                found.reason = error.message
                entry = found
            }
            result.append(
                entry
                    ?? .init(runtime: runtime, available: false, version: nil, reason: reasons.joined(separator: "; ")))
        }
        return (result, json["python"] as? String)
    }

    /// `HILBENCH_RUNNERS_DIR`, else the resource bundle next to the executable, else the source tree.
    public static func defaultRunnersDirectory() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let dir = environment["HILBENCH_RUNNERS_DIR"] { return dir }
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let exeDir = (exe as NSString).deletingLastPathComponent
        let candidates = [
            "\(exeDir)/hilbench_HILBenchAgentKit.resources/Runners",
            "\(exeDir)/share/hilbench/runners",
            ((#filePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Runners"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: "\($0)/runner_common.py") }
    }

    /// `HILBENCH_PYTHON`, else `python3` on PATH.
    public static func findPython() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let python = environment["HILBENCH_PYTHON"] { return python }
        return findExecutable("python3")
    }

    /// Searches PATH for an executable.
    public static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

extension String {
    fileprivate var wrappedInBrackets: String { "[" + self + "]" }
}
