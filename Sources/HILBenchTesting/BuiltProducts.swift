import Foundation
public import HILBenchSystem

/// Paths of the executables built next to the running test bundle (`hilbench`, `hilbench-agent`).
public enum BuiltProducts {
    /// The build folder: the directory of the test process, walked up until `hilbench-agent` is found.
    public static var directory: String {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        while !dir.isEmpty, dir != "/", !FileManager.default.fileExists(atPath: dir + "/hilbench-agent") {
            dir = (dir as NSString).deletingLastPathComponent
        }
        return dir
    }

    public static var agent: String { directory + "/hilbench-agent" }
    public static var controller: String { directory + "/hilbench" }

    /// Starts the built `hilbench` with `arguments` in `directory`, its output in `log`; killed with its agents if
    /// this process dies.
    public static func startController(
        _ arguments: [String], in directory: String, log: String
    ) throws -> SpawnedProcess {
        try SpawnedProcess(
            [
                "/bin/sh", "-c", "exec \"$@\" >\"$0\" 2>&1 </dev/null", log, "/usr/bin/env", "-C", directory, "--",
                controller,
            ] + arguments,
            processGroup: true, diesWithThisProcess: true)
    }
}

/// A fresh temporary folder per test, with a helper to write fixture files into it.
public struct Scratch: Sendable {
    public let path: String

    public init(_ label: String = "test") throws {
        path = NSTemporaryDirectory() + "hilbench-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` inside the folder (creating folders) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = "\(path)/\(name)"
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        return file
    }
}
