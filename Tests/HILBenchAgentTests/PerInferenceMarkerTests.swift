import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchTesting
import Testing

/// Who toggles the marker when a case asks for per-inference windows: the runner (simulated wire, runner lists
/// `marker_wire`), or the agent once around the run with a note saying why.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct PerInferenceMarkerTests {
    func caseRunner(_ marker: RecordingMarker) -> CaseRunner {
        var runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), markerFactory: { _ in marker })
        runner.startTimeoutSeconds = 20
        return runner
    }

    @Test func theReferenceRunnerTogglesTheSimulatedWireAroundEachInference() throws {
        let scratch = try Scratch("wire")
        let wire = scratch.path + "/marker.edges"
        var perInference = spec(iterations: 12)
        perInference.energyWindows = .perInference
        perInference.marker = .init(backend: .simulated, wire: wire)
        let marker = RecordingMarker()
        let result = caseRunner(marker).run(perInference)
        #expect(result.status == .ok, "\(result.failure.map { "\($0.kind): \($0.message)" } ?? "")")
        #expect(result.markerWindows == "per_inference")
        #expect(result.markerNote == nil)
        // The agent's own line stays low; the runner wrote 2 edges per inference, t0/t1 of its timing.
        #expect(marker.edges.isEmpty)
        let lines = try String(contentsOfFile: wire, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == result.markerEdges.map { "\($0.timeNs) \($0.level ? 1 : 0)" })
        #expect(lines.count == 24)
        #expect(
            (0..<12).allSatisfy {
                result.markerEdges[2 * $0 + 1].timeNs - result.markerEdges[2 * $0].timeNs == result.latenciesNs[$0]
            })
        #expect(result.windowBeginNs == result.markerEdges.first?.timeNs)
        #expect(result.windowEndNs == result.markerEdges.last?.timeNs)
    }

    @Test(arguments: [
        TargetConfig.Marker(backend: .libgpiod, chip: "gpiochip0", line: 17), TargetConfig.Marker(backend: .simulated),
    ])
    func withoutAWireTheAgentTogglesOncePerRunAndSaysWhy(marker line: TargetConfig.Marker) throws {
        var perInference = spec(iterations: 5)
        perInference.energyWindows = .perInference
        perInference.marker = line
        let marker = RecordingMarker()
        let result = caseRunner(marker).run(perInference)
        #expect(result.status == .ok)
        #expect(result.markerWindows == "per_run")
        #expect(marker.edges.map(\.1) == [true, false])
        #expect(result.markerEdges.map(\.level) == [true, false])
        let note = try #require(result.markerNote)
        #expect(note.hasPrefix("per-inference windows asked, but the "))
        #expect(note.hasSuffix("; one window around the whole run instead"))
        #expect(note.contains(line.backend == .libgpiod ? "libgpiod line held by the agent" : "no wire file"))
    }

    @Test func anOlderRunnerWithoutTheCapabilityIsNeverAskedAndTheFallbackIsNoted() throws {
        // A runner from before per-inference windows: no capabilities in hello; it logs the measure requests it gets.
        let scratch = try Scratch("oldrunner")
        let log = scratch.path + "/requests.jsonl"
        let wire = scratch.path + "/marker.edges"
        try scratch.write("runner_common.py", "")
        try scratch.write(
            "onnxruntime_runner.py",
            """
            import json, sys
            def say(obj):
                sys.stdout.write(json.dumps(obj) + "\\n"); sys.stdout.flush()
            say({"op": "hello", "protocol": 1, "runner": "old", "runtime_version": "0"})
            for line in sys.stdin:
                req = json.loads(line)
                op = req["op"]
                if op == "exit":
                    break
                if op == "load":
                    say({"op": "loaded", "load_ns": 5, "runtime": "old", "runtime_version": "0", "provider": "cpu", "threads": 1, "inputs": [], "outputs": []})
                elif op == "warmup":
                    say({"op": "warmed", "latencies_ns": [1000] * req["iterations"]})
                elif op == "measure":
                    open("\(log)", "a").write(json.dumps(req) + "\\n")
                    say({"op": "measured", "begin_ns": 1, "end_ns": 2, "latencies_ns": [1000] * req["iterations"]})
                elif op == "outputs":
                    say({"op": "outputs", "outputs": []})

            """)
        var perInference = spec(runtime: .onnxruntime, model: "/dev/null", iterations: 6, format: .onnx)
        perInference.energyWindows = .perInference
        perInference.marker = .init(backend: .simulated, wire: wire)
        let marker = RecordingMarker()
        var runner = CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent, runnersDirectory: scratch.path),
            markerFactory: { _ in marker })
        runner.startTimeoutSeconds = 20
        let result = runner.run(perInference)
        #expect(
            result.status == .ok, "\(result.failure.map { "\($0.kind): \($0.message) \($0.stderrTail ?? "")" } ?? "")")
        #expect(result.markerWindows == "per_run")
        #expect(
            result.markerNote
                == "per-inference windows asked, but the old runner cannot toggle the marker (no 'marker_wire' in its hello); one window around the whole run instead"
        )
        #expect(marker.edges.map(\.1) == [true, false])
        let requests = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(requests == [#"{"iterations": 6, "op": "measure"}"#])
        #expect(!FileManager.default.fileExists(atPath: wire))
    }

    @Test func aPerRunCaseHasNoNote() throws {
        let marker = RecordingMarker()
        let result = caseRunner(marker).run(spec(iterations: 5))
        #expect(result.markerWindows == "per_run")
        #expect(result.markerNote == nil)
        #expect(marker.edges.map(\.1) == [true, false])
    }
}
