import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// Thousands of generated runner replies — the protocol's own lines with bytes flipped, cut short, values swapped for
/// extremes and wrong types, or replaced by noise — each written by a runner in place of the reply the agent expects.
/// Every case must fail with a clear kind and message: no crash of the agent, no hang, no negative latency.
///
/// The fake runner is a `/bin/sh` script (given to the registry as its "python"), so a case costs a few milliseconds.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct RunnerLineGeneratedFuzzTests {
    static let extremes = [
        "-1", "1e400", "-1e400", "\"x\"", "null", "[]", "{}", "NaN", "-0", "18446744073709551616", "true",
        "\"\u{202E}\"",
        "[1e400]", "[-5,-6,-7]", "\"" + String(repeating: "z", count: 3_000) + "\"",
    ]

    /// One generated hostile reply for the normal reply `line`.
    static func mutate(_ line: String, with random: inout SeededGenerator) -> [UInt8] {
        var bytes = Array(line.utf8)
        switch random.int(0...5) {
        case 0:  // flip a few bytes
            for _ in 0..<random.int(1...5) { bytes[random.int(0...bytes.count - 1)] = random.byte() }
        case 1:  // cut short
            bytes = Array(bytes.prefix(random.int(0...bytes.count - 1)))
        case 2:  // one value replaced by an extreme or a wrong type
            let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
            if let colon = colons.isEmpty ? nil : random.pick(colons) {
                var end = colon + 1
                var depth = 0
                while end < bytes.count {
                    let byte = bytes[end]
                    if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { depth += 1 }
                    if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    if byte == UInt8(ascii: ","), depth == 0 { break }
                    end += 1
                }
                bytes.replaceSubrange((colon + 1)..<end, with: Array(random.pick(extremes).utf8))
            }
        case 3:  // noise
            bytes = (0..<random.int(1...400)).map { _ in random.byte() }
        case 4:  // an extra key, or a key twice
            let key = random.chance(0.5) ? "\"op\":\"measured\"," : "\"zz\":\(random.pick(extremes)),"
            if let brace = bytes.firstIndex(of: UInt8(ascii: "{")) {
                bytes.insert(contentsOf: Array(key.utf8), at: brace + 1)
            }
        default:  // another phase's reply
            bytes = Array(random.pick(RunnerLineFuzzTests.normal).utf8)
        }
        bytes.removeAll { $0 == 0x0A }
        return bytes + [0x0A]
    }

    @Test func generatedRepliesFailTheCaseClearly() throws {
        let scratch = try Scratch("fuzz-sh-runner")
        try scratch.write("normal.txt", RunnerLineFuzzTests.normal.joined(separator: "\n") + "\n")
        // Replies up to the phase (reading the agent's request before each but the first), then the payload, then exit.
        try scratch.write(
            "onnxruntime_runner.py",
            """
            n=$(cat "\(scratch.path)/phase")
            i=0
            while [ "$i" -lt "$n" ]; do
              [ "$i" -gt 0 ] && read -r _
              sed -n "$((i + 1))p" "\(scratch.path)/normal.txt"
              i=$((i + 1))
            done
            [ "$n" -gt 0 ] && read -r _
            cat "\(scratch.path)/payload.bin"

            """)
        var runner = CaseRunner(
            registry: RuntimeRegistry(
                agentExecutable: BuiltProducts.agent, runnersDirectory: scratch.path, python: "/bin/sh"),
            markerFactory: { _ in RecordingMarker() })
        runner.startTimeoutSeconds = 10
        var random = SeededGenerator(seed: 0x5EED_F022)
        var kinds: [String: Int] = [:]
        let count = 1_000
        for index in 0..<count {
            let phase = random.int(0...3)
            let payload = Self.mutate(RunnerLineFuzzTests.normal[phase], with: &random)
            try scratch.write("phase", "\(phase)\n")
            try Data(payload).write(to: URL(fileURLWithPath: scratch.path + "/payload.bin"))
            let result = runner.run(
                spec(runtime: .onnxruntime, model: "/dev/null", iterations: 3, timeout: 5, format: .onnx))
            let shown =
                "#\(index) phase \(phase): \(String(decoding: payload.prefix(120), as: UTF8.self).debugDescription)"
            let failure = try #require(result.failure, "\(shown): status \(result.status) without a failure")
            #expect(result.status == .failed, "\(shown): \(failure.kind): \(failure.message)")
            #expect(
                RunnerLineFuzzTests.allowedKinds.contains(failure.kind.rawValue),
                "\(shown): kind \(failure.kind): \(failure.message)")
            #expect(
                !failure.message.trimmingCharacters(in: .whitespaces).isEmpty && failure.message.count <= 2_000,
                "\(shown): message \(failure.message.count) characters")
            #expect(result.latenciesNs.allSatisfy { $0 >= 0 }, "\(shown): latencies \(result.latenciesNs.prefix(5))")
            kinds[failure.kind.rawValue, default: 0] += 1
        }
        // The generator reaches both ways of failing: lines that are not the protocol, and runners that stop.
        #expect(kinds.values.reduce(0, +) == count)
        #expect((kinds["protocol"] ?? 0) > count / 4 && (kinds["crash"] ?? 0) > 0, "\(kinds)")
    }
}
