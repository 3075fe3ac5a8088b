import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// The garbage lines are the same on every run.
typealias RunnerFuzzRandom = SeededGenerator

/// A fake runner that answers correctly up to one phase, then writes a hostile line instead of the expected reply.
/// Every such case must end `.failed` with a clear kind and message: never a crash of the agent, never a hang.
@Suite(.timeLimit(.minutes(2)))
struct RunnerLineFuzzTests {
    /// Which reply the hostile line replaces.
    enum Phase: Int, Sendable, CaseIterable { case hello, loaded, warmed, measured, outputs }
    /// What the runner does after the hostile line.
    enum After: String, Sendable { case exit, sleep }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var phase: Phase
        var payload: [UInt8]
        var after: After = .exit
        var testDescription: String { "\(name) instead of '\(phase)'" }
    }

    static func line(_ text: String) -> [UInt8] { Array((text + "\n").utf8) }

    static let cases: [Case] = {
        var cases: [Case] = []
        var random = RunnerFuzzRandom(seed: 31)
        for index in 0..<5 {
            var bytes = (0..<Int.random(in: 1...300, using: &random)).map { _ in
                UInt8.random(in: 0...255, using: &random)
            }
            bytes.removeAll { $0 == 0x0A }
            cases.append(
                Case(name: "random bytes #\(index)", phase: Phase.allCases[index % 5], payload: bytes + [0x0A]))
        }
        let texts: [(String, Phase, String)] = [
            ("latencies as a string", .measured, #"{"op":"measured","latencies_ns":"x"}"#),
            ("NaN strings", .measured, #"{"op":"measured","latencies_ns":["NaN","NaN","NaN"]}"#),
            ("NaN literals", .measured, #"{"op":"measured","latencies_ns":[NaN,NaN,NaN]}"#),
            (
                "overflowing latencies", .measured,
                #"{"op":"measured","latencies_ns":[1e400,99999999999999999999999,1]}"#
            ),
            ("fractional latencies", .measured, #"{"op":"measured","latencies_ns":[1.5,2.5,3.5]}"#),
            ("negative latencies, then EOF", .measured, #"{"op":"measured","latencies_ns":[-1,-2,-3]}"#),
            ("too few latencies", .measured, #"{"op":"measured","latencies_ns":[1]}"#),
            ("latencies null", .measured, #"{"op":"measured","latencies_ns":null}"#),
            ("protocol 2", .hello, #"{"op":"hello","protocol":2,"runner":"fake"}"#),
            ("protocol as a string", .hello, #"{"op":"hello","protocol":"1"}"#),
            ("protocol huge", .hello, #"{"op":"hello","protocol":1e400}"#),
            ("op a number", .loaded, #"{"op":42}"#),
            ("empty object", .loaded, "{}"),
            ("JSON array", .warmed, "[1,2,3]"),
            ("JSON null", .warmed, "null"),
            ("wrong op", .warmed, #"{"op":"measured","latencies_ns":[1]}"#),
            ("negative load time, then EOF", .loaded, #"{"op":"loaded","load_ns":-5,"threads":-1}"#),
            ("error without code or message", .loaded, #"{"op":"error"}"#),
            ("error with a code", .measured, #"{"op":"error","code":"fuzz_error","message":"out of memory"}"#),
            ("outputs with wrong types", .outputs, #"{"op":"outputs","outputs":[{"name":1,"shape":"x"}]}"#),
            ("deeply nested", .loaded, String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
            (
                "deeply nested objects", .measured,
                String(repeating: #"{"op":"#, count: 20_000) + "1" + String(repeating: "}", count: 20_000)
            ),
            ("an empty line then EOF", .hello, ""),
            ("a blank line then EOF", .measured, "   \t "),
        ]
        cases += texts.map { Case(name: $0.0, phase: $0.1, payload: line($0.2)) }
        cases.append(
            Case(
                name: "a million latencies", phase: .measured,
                payload: line(
                    #"{"op":"measured","latencies_ns":["#
                        + Array(repeating: "123456", count: 1_000_000).joined(separator: ",") + "]}")))
        cases.append(
            Case(
                name: "NUL bytes and invalid UTF-8", phase: .warmed,
                payload: [0x7B, 0x00, 0xC3, 0x28, 0xFF, 0xFE, 0x7D, 0x0A]))
        cases.append(
            Case(
                name: "8 MB without a newline, then EOF", phase: .loaded,
                payload: Array(repeating: 0x61, count: 8 << 20)))
        cases.append(
            Case(
                name: "half a line, then silence", phase: .measured, payload: Array(#"{"op":"meas"#.utf8), after: .sleep
            ))
        cases.append(Case(name: "silence", phase: .warmed, payload: [], after: .sleep))
        return cases
    }()

    /// The normal replies, in protocol order, for a case of 3 iterations with 1 warmup.
    static let normal = [
        #"{"op": "hello", "protocol": 1, "runner": "fake", "runtime_version": "0"}"#,
        #"{"op": "loaded", "load_ns": 5, "runtime": "fake", "runtime_version": "0", "provider": "cpu", "threads": 1, "inputs": [], "outputs": []}"#,
        #"{"op": "warmed", "latencies_ns": [1]}"#,
        #"{"op": "measured", "latencies_ns": [1, 2, 3]}"#,
    ]

    func fakeRunner(_ fuzz: Case) throws -> String {
        let scratch = try Scratch("fuzz-runner")
        try scratch.write("runner_common.py", "")
        try scratch.write("payload.bin", "")
        try Data(fuzz.payload).write(to: URL(fileURLWithPath: scratch.path + "/payload.bin"))
        try scratch.write(
            "onnxruntime_runner.py",
            """
            import sys, time
            normal = \(Self.normal.map { "'\($0)'" }.joined(separator: ", ").replacingOccurrences(of: "\n", with: ""))
            normal = [normal] if isinstance(normal, str) else list(normal)
            for index in range(\(fuzz.phase.rawValue)):
                if index > 0:
                    sys.stdin.readline()
                sys.stdout.write(normal[index] + "\\n"); sys.stdout.flush()
            if \(fuzz.phase.rawValue) > 0:
                sys.stdin.readline()
            sys.stdout.buffer.write(open("\(scratch.path)/payload.bin", "rb").read()); sys.stdout.flush()
            if "\(fuzz.after.rawValue)" == "sleep":
                time.sleep(60)
            """)
        return scratch.path
    }

    static let allowedKinds: Set<String> = ["protocol", "crash", "timeout", "runner_error", "fuzz_error"]

    @Test(arguments: cases)
    func aHostileRunnerLineFailsTheCaseClearly(_ fuzz: Case) throws {
        // Given a runner that writes a hostile line where a reply belongs
        let directory = try fakeRunner(fuzz)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var runner = CaseRunner(
            registry: RuntimeRegistry(
                agentExecutable: BuiltProducts.agent, runnersDirectory: directory, python: RuntimeRegistry.findPython()),
            markerFactory: { _ in RecordingMarker() })
        runner.startTimeoutSeconds = 10
        // When the case runs
        let result = runner.run(
            spec(runtime: .onnxruntime, model: "/dev/null", iterations: 3, timeout: 5, format: .onnx))
        // Then it fails and says why (a hang past the case's timeouts would trip the suite's time limit)
        let failure = try #require(result.failure, "\(fuzz.testDescription): status \(result.status) without a failure")
        #expect(result.status == .failed, "\(fuzz.testDescription): \(failure.kind): \(failure.message)")
        #expect(
            Self.allowedKinds.contains(failure.kind.rawValue),
            "\(fuzz.testDescription): kind \(failure.kind.rawValue.debugDescription): \(failure.message)")
        #expect(!failure.message.trimmingCharacters(in: .whitespaces).isEmpty, "\(fuzz.testDescription): empty message")
        #expect(failure.message.count <= 2_000, "\(fuzz.testDescription): a \(failure.message.count)-character message")
        #expect(
            result.latenciesNs.isEmpty || result.latenciesNs.allSatisfy { $0 >= 0 },
            "\(fuzz.testDescription): latencies \(result.latenciesNs.prefix(5))")
    }
}
