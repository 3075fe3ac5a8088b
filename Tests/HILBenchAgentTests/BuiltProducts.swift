import Foundation

/// Paths of the executables built next to the test bundle.
enum BuiltProducts {
    static var directory: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = (exe as NSString).deletingLastPathComponent
        // The xctest bundle may be a directory on some platforms: walk up until the agent is found.
        while !dir.isEmpty, dir != "/", !FileManager.default.fileExists(atPath: dir + "/hilbench-agent") {
            dir = (dir as NSString).deletingLastPathComponent
        }
        return dir
    }

    static var agent: String { directory + "/hilbench-agent" }
    static var controller: String { directory + "/hilbench" }
}

/// A fresh temporary folder per test.
struct Scratch {
    let path: String

    init(_ label: String = "agent") throws {
        path = NSTemporaryDirectory() + "hilbench-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = "\(path)/\(name)"
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        return file
    }
}
