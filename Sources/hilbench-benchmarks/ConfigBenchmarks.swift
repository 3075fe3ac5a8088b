import Foundation
import HILBenchCore

/// The speed of refusing hostile configuration files (the same structural extremes as ConfigFuzzTests).
enum ConfigBenchmarks {
    static let extremes: [(String, String)] = [
        (
            "nested lists 1000 deep",
            "name: " + String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000) + "\n"
        ),
        ("nested block mappings 200 deep", (0..<200).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()),
        ("unclosed nesting 10000 deep", "name: " + String(repeating: "[", count: 10_000) + "\n"),
        ("a 900 KB line", "name: " + String(repeating: "x", count: 900_000) + "\n"),
        ("over the size limit", "# " + String(repeating: "x", count: (1 << 20) + 10) + "\n"),
        ("many keys", (0..<20_000).map { "k\($0): \($0)\n" }.joined()),
    ]

    /// Loads each extreme as a suite and as a target (best of 3 each) and returns the slowest.
    static func slowestExtreme() throws -> (label: String, seconds: Double) {
        let folder = NSTemporaryDirectory() + "hilbench-config-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var slowest = (label: "", seconds: 0.0)
        for (index, (label, text)) in extremes.enumerated() {
            let file = "\(folder)/extreme-\(index).yaml"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            for load in [{ _ = try? ConfigLoader.loadSuite(at: file) }, { _ = try? ConfigLoader.loadTarget(at: file) }]
            {
                var best = Double.infinity
                for _ in 0..<3 {
                    let start = ContinuousClock.now
                    load()
                    best = min(best, (ContinuousClock.now - start) / .seconds(1))
                }
                if best > slowest.seconds { slowest = (label, best) }
            }
        }
        return slowest
    }
}

/// SHA-256 throughput over a file, through the same call that pins model artifacts.
enum SHA256Benchmark {
    static func fileThroughput(megabytes: Int) throws -> (megabytes: Int, mbPerSecond: Double) {
        let size = megabytes << 20
        var bytes = [UInt8](repeating: 0, count: size)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: (index &* 2_654_435_761) >> 7) }
        let path = NSTemporaryDirectory() + "hilbench-sha-bench-\(getpid())"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw HILBenchError(.io, "cannot write \(path) for the sha256 benchmark")
        }
        defer { unlink(path) }
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            _ = try SHA256.hex(ofFileAt: path)
            best = min(best, (ContinuousClock.now - start) / .seconds(1))
        }
        return (megabytes, Double(size) / best / 1e6)
    }
}
