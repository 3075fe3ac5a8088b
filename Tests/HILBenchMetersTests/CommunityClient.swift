import Foundation
import HILBenchSystem
import Testing

/// Runs one of the scripts in `Clients/` (community clients from PyPI driving a simulator, unmodified) and returns
/// the JSON object it prints.
enum CommunityClient {
    static func run(
        _ script: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws -> [String: Any] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Clients/\(script)"
        ).path
        let output = try SpawnedProcess.run(
            ["/usr/bin/env", "python3", path] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
        guard output.succeeded else {
            Issue.record("\(script) exited \(output.exit.shellStatus): \(output.stderrText)")
            return [:]
        }
        let data = output.stdout
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        return (try JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }
}
