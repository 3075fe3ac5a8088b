import Foundation
import HILBenchAgentKit
import HILBenchCore
import HILBenchNativeTools
import HILBenchSystem
import HILBenchTesting
import Synchronization
import Testing

/// A marker that records its edges in memory.
final class RecordingMarker: MarkerDriver, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var edges: [(Int64, Bool)] = []
    func set(_ active: Bool) throws -> Int64 {
        let now = Monotonic.nowNs()
        lock.withLock { edges.append((now, active)) }
        return now
    }
}

func spec(
    runtime: RuntimeKind = .reference, model: String = "tinycnn", precision: Precision = .fp32, iterations: Int = 30,
    timeout: Double = 60, format: ModelFormat = .builtin, sha: String? = nil
) -> CaseSpec {
    CaseSpec(
        key: CaseKey(target: "local", model: "tinycnn", runtime: runtime, precision: precision, threads: 1, batch: 1),
        model: model, format: format, artifactSHA256: sha, inputs: .init(seed: 7), warmup: 3, iterations: iterations,
        timeoutSeconds: timeout, memorySamplePeriodMs: 5, idleMs: 20, options: [:], collectOutputs: true,
        maxOutputValues: 1000, marker: .simulated)
}

@Suite(.serialized, .timeLimit(.minutes(2)))
struct MeasurementLoopTests {
    let marker = RecordingMarker()

    func runner(
        runnersDirectory: String? = RuntimeRegistry.defaultRunnersDirectory(),
        python: String? = RuntimeRegistry.findPython()
    ) -> CaseRunner {
        let marker = self.marker
        var runner = CaseRunner(
            registry: RuntimeRegistry(
                agentExecutable: BuiltProducts.agent, runnersDirectory: runnersDirectory, python: python),
            markerFactory: { _ in marker })
        runner.startTimeoutSeconds = 20
        return runner
    }

    @Test(arguments: Precision.allCases)
    func theReferenceRunnerIsMeasuredIterationByIteration(precision: Precision) throws {
        // When a case runs on the built-in network
        let result = runner().run(spec(precision: precision))
        // Then every timed iteration has its latency, inside the marker window
        #expect(
            result.status == .ok, "\(result.failure.map { "\($0.kind): \($0.message)\n\($0.stderrTail ?? "")" } ?? "")")
        #expect(result.latenciesNs.count == 30)
        #expect(result.warmupLatenciesNs.count == 3)
        #expect(result.latenciesNs.allSatisfy { $0 > 0 })
        #expect(result.durationSeconds > Double(result.latenciesNs.reduce(0, +)) / 1e9)
        let begin = try #require(result.windowBeginNs)
        let end = try #require(result.windowEndNs)
        #expect(end - begin >= result.latenciesNs.reduce(0, +))
        #expect(marker.edges.map(\.1) == [true, false])
        #expect(marker.edges[0].0 <= begin && end <= marker.edges[1].0)
        #expect(result.markerEdges.map(\.level) == [true, false])
        #expect(result.runtime?.name == "reference")
        #expect(result.runtime?.provider == "swift-cpu-\(precision.rawValue)")
        #expect((result.loadNs ?? 0) > 0)
        // Memory: rusage peak and the /proc sampler agree on order of magnitude
        let peak = try #require(result.memory.peakRSSKiB)
        #expect(peak > 1000)
        #expect((result.memory.loadRSSKiB ?? 0) > 0 && (result.memory.loadRSSKiB ?? 0) <= peak)
        #expect(!result.memory.timeline.isEmpty)
        // Outputs for the accuracy check
        let output = try #require(result.outputs?.first)
        #expect(output.shape == [1, 10])
        #expect(output.values.count == 10)
        #expect(output.sha256.count == 64)
        // Environment
        #expect(result.environment?.cores == ProcessInfo.processInfo.activeProcessorCount)
        #expect(result.environment?.kernel.isEmpty == false)
    }

    @Test func precisionsDifferInOutputsButAgreeOnTheClass() throws {
        let fp32 = runner().run(spec(precision: .fp32, iterations: 5))
        let int8 = runner().run(spec(precision: .int8, iterations: 5))
        let accuracy = try #require(
            AccuracyComparison.compare(int8.outputs ?? [], with: fp32.outputs ?? [], referencePrecision: .fp32))
        #expect(accuracy.maxAbsError > 0)
        #expect(accuracy.cosineSimilarity > 0.95)
        #expect(accuracy.top1Agreement == 1)
    }

    /// `inject_wait_ms` (the drain benchmark's boards that wait rather than compute): every timed inference lasts at
    /// least the wait, and a value out of range is refused at load, naming the option.
    @Test func anInjectedWaitLengthensEveryInferenceAndABadOneIsRefused() throws {
        var waiting = spec(iterations: 5)
        waiting.options = ["inject_wait_ms": .int(30)]
        let result = runner().run(waiting)
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        #expect(result.latenciesNs.count == 5)
        #expect(result.latenciesNs.allSatisfy { $0 >= 30_000_000 }, "\(result.latenciesNs)")
        var bad = spec(iterations: 5)
        bad.options = ["inject_wait_ms": .double(-1)]
        let refused = runner().run(bad)
        #expect(refused.status == .failed)
        #expect(refused.failure?.message.contains("inject_wait_ms must be a number of ms from 0 to 10000") == true)
        var unknown = spec(iterations: 5)
        unknown.options = ["inject_nap": .int(1)]
        let unknownResult = runner().run(unknown)
        #expect(unknownResult.failure?.message.contains("(known: inject_slowdown, inject_wait_ms)") == true)
    }

    @Test func anUnknownBuiltinFailsAtLoadWithTheRunnersMessage() {
        let result = runner().run(spec(model: "resnet9000"))
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "load_failed")
        #expect(result.failure?.message.contains("resnet9000") == true)
        #expect(result.latenciesNs.isEmpty)
    }

    @Test func anArtifactWhoseHashChangedIsNotMeasured() throws {
        let scratch = try Scratch()
        let model = try scratch.write("m.onnx", "tampered")
        let result = runner().run(
            spec(runtime: .onnxruntime, model: model, format: .onnx, sha: String(repeating: "0", count: 64)))
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "artifact_mismatch")
        #expect(result.failure?.message.contains(SHA256.hex(of: Array("tampered".utf8))) == true)
    }

    // MARK: - Runner failure paths, with small fake runners standing in for onnxruntime_runner.py

    func fakeRunner(_ body: String) throws -> String {
        let scratch = try Scratch()
        try scratch.write("runner_common.py", "")
        try scratch.write(
            "onnxruntime_runner.py",
            """
            import json, sys, os, time, signal
            def say(obj):
                sys.stdout.write(json.dumps(obj) + "\\n"); sys.stdout.flush()
            \(body)
            """)
        return scratch.path
    }

    static let helloLoad = """
        say({"op": "hello", "protocol": 1, "runner": "fake", "runtime_version": "0"})
        sys.stdin.readline(); say({"op": "loaded", "load_ns": 5, "runtime": "fake", "runtime_version": "0", "provider": "cpu", "threads": 1, "inputs": [], "outputs": []})
        sys.stdin.readline(); say({"op": "warmed", "latencies_ns": [1, 2, 3]})
        sys.stdin.readline()
        """

    @Test func aCrashingRunnerIsRecordedWithItsSignalAndStderr() throws {
        let dir = try fakeRunner(
            Self.helloLoad
                + "\nsys.stderr.write('Segmentation fault in kernel\\n'); sys.stderr.flush(); os.kill(os.getpid(), signal.SIGSEGV)\n"
        )
        let result = runner(runnersDirectory: dir).run(spec(runtime: .onnxruntime, model: "/dev/null", format: .onnx))
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "crash")
        // The phase is named (#13): 'measured' is the answer to the timed iterations.
        #expect(
            result.failure?.message
                == "the runner killed by signal 11 (SIGSEGV) while waiting for 'measured' (the timed iterations)")
        #expect(result.failure?.stderrTail?.contains("Segmentation fault in kernel") == true)
    }

    /// A cancellation seen in the same wake-up as the runner's reply: the reply is read after the kill, and the next
    /// request finds the runner's input closed. The case is cancelled, not crashed (AgentRouterTests saw this
    /// under load as `crash`).
    @Test func aRunnerKilledForACancellationRightAfterAReplyIsCancelledNotCrashed() throws {
        // It closes its input and says hello: the request after the hello cannot be written, as to a killed runner.
        let dir = try fakeRunner(
            """
            os.close(0)
            say({"op": "hello", "protocol": 1, "runner": "fake", "runtime_version": "0"})
            time.sleep(60)
            """)
        var slowTicks = spec(runtime: .onnxruntime, model: "/dev/null", format: .onnx)
        // No tick before the hello arrives: the first wake-up reads it and sees the cancellation together.
        slowTicks.memorySamplePeriodMs = 60_000
        let cancellation = CaseCancellation()
        cancellation.cancel()
        let result = runner(runnersDirectory: dir).run(slowTicks, cancellation: cancellation)
        #expect(result.status == .infraError)
        #expect(result.failure?.kind == "cancelled", "\(result.failure?.message ?? "")")
    }

    @Test func garbageOnStdoutIsAProtocolError() throws {
        let dir = try fakeRunner(
            Self.helloLoad + "\nprint('Using CPU backend, 4 threads'); sys.stdout.flush(); time.sleep(5)\n")
        let result = runner(runnersDirectory: dir).run(spec(runtime: .onnxruntime, model: "/dev/null", format: .onnx))
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "protocol")
        #expect(
            result.failure?.message
                == #"the runner wrote a line that is not a protocol message while 'measured' was expected: "Using CPU backend, 4 threads""#
        )
    }

    @Test func aHungRunnerIsKilledWithItsWholeProcessGroupAtTheTimeout() throws {
        let scratch = try Scratch()
        let pidFile = scratch.path + "/grandchild.pid"
        let dir = try fakeRunner(
            Self.helloLoad + """

                import subprocess
                child = subprocess.Popen(["sleep", "300"])
                open("\(pidFile)", "w").write(str(child.pid))
                time.sleep(300)
                """)
        let started = Date()
        let result = runner(runnersDirectory: dir).run(
            spec(runtime: .onnxruntime, model: "/dev/null", timeout: 3, format: .onnx))
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "timeout")
        #expect(
            result.failure?.message
                == "the runner did not answer 'measured' within the case timeout of 3.0 s; its process group was killed"
        )
        // The runner's own child (same process group) is gone too.
        let grandchild = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8)))
        var gone = false
        for _ in 0..<100 where !gone {
            gone =
                kill(grandchild, 0) != 0
                || (try? String(contentsOfFile: "/proc/\(grandchild)/stat", encoding: .utf8))?.contains(") Z ") == true
            if !gone { usleep(20_000) }
        }
        #expect(gone)
    }

    @Test func anImportErrorIsReportedAsSuch() throws {
        let dir = try fakeRunner(
            """
            say({"op": "error", "code": "import_failed", "message": "No module named 'onnxruntime'"})
            sys.exit(3)
            """)
        let result = runner(runnersDirectory: dir).run(spec(runtime: .onnxruntime, model: "/dev/null", format: .onnx))
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "import_failed")
        #expect(result.failure?.message == "during start-up: No module named 'onnxruntime'")
    }

    @Test func aMissingPythonSkipsThePythonRuntimesWithAReason() {
        let result = runner(python: nil).run(spec(runtime: .openvino, model: "/dev/null", format: .onnx))
        #expect(result.status == .skipped)
        #expect(result.failure?.message.contains("no python3 found") == true)
    }
}

@Suite(.timeLimit(.minutes(2))) struct BoardLockTests {
    @Test func aSecondCaseOnTheSameBoardIsRefusedWhileOneRuns() throws {
        let lock = BoardLock(path: NSTemporaryDirectory() + "hilbench-lock-\(UUID().uuidString)")
        // flock locks belong to open file descriptions: a second open in this process contends like another agent would.
        let inner: Int?? = lock.withLock { lock.withLock { 1 } }
        #expect(inner == .some(nil))
        #expect(lock.withLock { 2 } == 2)  // released afterwards
    }

    /// A case cancelled while another holds the board stops waiting (it waited out its whole timeout before, so a
    /// DELETE left it `running` while another agent of the machine measured).
    @Test func aCancelledCaseStopsWaitingForTheBoard() throws {
        let lock = BoardLock(path: NSTemporaryDirectory() + "hilbench-lock-\(UUID().uuidString)")
        let asked = Mutex(0)
        let inner: Int?? = lock.withLock {
            // Cancelled on the third look: within the hour it would otherwise wait.
            lock.withLock(
                waitSeconds: 3600,
                cancelled: {
                    asked.withLock {
                        $0 += 1
                        return $0 >= 3
                    }
                }
            ) { 1 }
        }
        #expect(inner == .some(nil))
        #expect(asked.withLock { $0 } == 3)
        #expect(lock.withLock(cancelled: { true }) { 2 } == 2, "a free board is taken whatever the cancellation")
    }
}

/// The `command` runtime: a native tool's printed figures become the result, nothing invented.
@Suite struct NativeToolRuntimeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("HILBenchNativeToolsTests/Fixtures").path

    func spec(tool: String = "benchmark_model", options: [String: OptionValue] = [:]) -> CaseSpec {
        CaseSpec(
            key: CaseKey(target: "local", model: "yolo", runtime: .command, precision: .fp16, threads: 4, batch: 1),
            model: "/models/yolov5s-fp16.tflite", format: .tflite, artifactSHA256: nil, inputs: .init(), warmup: 1,
            iterations: 50,
            timeoutSeconds: 20, memorySamplePeriodMs: 10, idleMs: 0,
            options: options.merging(["tool": .string(tool)]) { $1 },
            collectOutputs: false, maxOutputValues: 0, marker: .init(backend: .none))
    }

    /// A runner whose board allows `tools` (name → executable).
    func runner(_ tools: [NativeTool: String] = [:]) -> CaseRunner {
        CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent, tools: ToolAllowlist(tools)),
            markerFactory: { _ in RecordingMarker() })
    }

    @Test func benchmarkModelsFiguresAreTakenAsPrintedWithItsArguments() throws {
        let scratch = try Scratch()
        let tool = try scratch.write(
            "benchmark_model",
            """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(scratch.path)/args.txt"
            cat "\(Self.fixtures)/benchmark_model-tf2.txt" 1>&2
            """, executable: true)
        let result = runner([.benchmarkModel: tool]).run(spec())
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        #expect(result.runtime?.name == "benchmark_model")
        #expect(result.runtime?.threads == 4)
        #expect(result.latenciesNs.isEmpty)  // benchmark_model prints no per-iteration latencies
        let reported = try #require(result.reported)
        // benchmark_model prints microseconds: avg=2.95034e+06 µs on this phone is 2.95 s
        #expect(reported.meanNs == 2_950_340_000)
        #expect(reported.minNs == 2_727_568_000)
        #expect(reported.maxNs == 3_189_954_000)
        #expect(reported.iterations == 50)
        #expect(reported.p99Ns == nil)  // not printed, so not invented
        #expect(result.loadNs == 17_187_000)
        let arguments = try String(contentsOfFile: scratch.path + "/args.txt", encoding: .utf8).split(separator: "\n")
            .map(String.init)
        #expect(arguments.contains { $0.hasPrefix("--graph=/") && $0.hasSuffix("/yolov5s-fp16.tflite") })
        #expect(arguments.contains("--num_threads=4"))
        #expect(arguments.contains("--num_runs=50"))
    }

    @Test func aGraphStoredUnderItsHashReachesTheToolWithItsExtensionAndItsWeightsBesideIt() throws {
        // As on a board whose artifact store names files by sha256: no extension, weights elsewhere.
        let scratch = try Scratch()
        let graph = try scratch.write("store/1111", "<net/>\n")
        let weights = try scratch.write("store/2222", "weights\n")
        let tool = try scratch.write(
            "benchmark_app",
            """
            #!/bin/sh
            printf '%s\\n' "$2" > "\(scratch.path)/model.txt"
            cat "${2%.xml}.bin" > "\(scratch.path)/weights.txt"
            cat "\(Self.fixtures)/benchmark_app-2022-cpp-static.txt"
            """, executable: true)
        var ir = spec(tool: "benchmark_app")
        ir.model = graph
        ir.format = .openvinoIR
        ir.weights = weights
        ir.weightsSHA256 = try SHA256.hex(ofFileAt: weights)
        ir.warmup = 10
        ir.suiteDefaults = ["warmup"]
        let result = runner([.benchmarkApp: tool]).run(ir)
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        let model = try String(contentsOfFile: scratch.path + "/model.txt", encoding: .utf8)
        #expect(model.hasSuffix("/1111.xml\n"))
        #expect(try String(contentsOfFile: scratch.path + "/weights.txt", encoding: .utf8) == "weights\n")
        // The hilbench default of 10 warm-up runs became benchmark_app's own single warm-up, said so.
        #expect(
            result.reported?.figures?.contains(
                ToolFigure(
                    name: "setting.warmup", text: "tool's own: one warm-up inference (its 'First inference')")) == true)

        // Weights that do not match their pin are refused before the tool runs.
        ir.weightsSHA256 = String(repeating: "0", count: 64)
        let mismatch = runner([.benchmarkApp: tool]).run(ir)
        #expect(mismatch.status == .failed)
        #expect(mismatch.failure?.kind == "artifact_mismatch")
    }

    @Test func aMissingToolIsSkippedAndGarbageIsAClearFailure() throws {
        let missing = runner([.trtexec: "/nonexistent/trtexec"]).run(spec(tool: "trtexec"))
        #expect(missing.status == .skipped)
        #expect(missing.failure?.message == "trtexec is not installed on the board at /nonexistent/trtexec")

        let scratch = try Scratch()
        let garbage = try scratch.write(
            "tool",
            """
            #!/bin/sh
            echo 'ERROR: Could not open model'
            echo 'ERROR: Failed to mmap model'
            echo 'Segmentation fault (core dumped)'
            exit 139
            """, executable: true)
        let result = runner([.benchmarkModel: garbage]).run(spec())
        #expect(result.status == .failed)
        #expect(result.failure?.kind == "crash", "\(result.failure?.message ?? "")")
        let lines = try #require(result.failure?.message).split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("benchmark_model exited with status 139:") == true)
        // Every error line the tool printed, not only the first.
        #expect(
            Array(lines.dropFirst()) == [
                "ERROR: Could not open model", "ERROR: Failed to mmap model", "Segmentation fault (core dumped)",
            ])
        #expect(result.reported?.figures?.filter { $0.name == "error" }.count == 3)
    }

    /// benchncnn opens each model of its own list as `<name>.param` in its working directory (ncnn's README: "copy
    /// all param files to the current directory"): run without `param=` it starts in the folder of its allowlisted
    /// path, wherever the agent was started; with a model file, in the case's folder holding the model and weights.
    @Test func benchncnnStartsInTheFolderHoldingItsParamFiles() throws {
        let scratch = try Scratch()
        let zoo = scratch.path + "/ncnn/benchmark"
        try scratch.write("ncnn/benchmark/squeezenet.param", "7767517\n")
        // Like the real one: no param file in the working directory, no figures.
        let tool = try scratch.write(
            "ncnn/benchmark/benchncnn",
            """
            #!/bin/sh
            pwd -P > "\(scratch.path)/cwd.txt"
            ls >> "\(scratch.path)/cwd.txt"
            test -f squeezenet.param || { echo "fopen squeezenet.param failed" 1>&2; exit 1; }
            cat "\(Self.fixtures)/benchncnn-zoo-ryzen-cpu.txt" 1>&2
            """, executable: true)
        var own = spec(tool: "benchncnn")
        own.format = .toolModels
        own.model = ""
        own.key.precision = .fp32
        own.warmup = 8
        #expect(FileManager.default.currentDirectoryPath != zoo)
        let result = runner([.benchncnn: tool]).run(own)
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        #expect((result.reported?.rows?.count ?? 0) > 1)
        let seen = try String(contentsOfFile: scratch.path + "/cwd.txt", encoding: .utf8).split(separator: "\n")
        let real = try #require(realpath(zoo, nil))
        defer { free(real) }
        #expect(seen == [Substring(String(cString: real)), "benchncnn", "squeezenet.param"])

        // A model file: the case's own folder, where the model is linked under its name with its weights.
        let model = try scratch.write("models/squeezenet.param", "7767517\n")
        let weights = try scratch.write("models/squeezenet.bin", "")
        var file = spec(tool: "benchncnn", options: ["input_shapes": .list([.list([.int(227), .int(227), .int(3)])])])
        file.format = .ncnn
        file.model = model
        file.weights = weights
        file.key.model = "squeezenet"
        file.key.precision = .fp32
        file.warmup = 8
        _ = runner([.benchncnn: tool]).run(file)
        let caseFolder = try String(contentsOfFile: scratch.path + "/cwd.txt", encoding: .utf8).split(separator: "\n")
        #expect(caseFolder.first?.contains("/hilbench-") == true, "\(caseFolder)")
        #expect(Array(caseFolder.dropFirst()) == ["squeezenet.bin", "squeezenet.param"])
    }

    /// Attack 1 of issue 18: a path sent with the case never runs; only the board's allowlist names executables.
    @Test func onlyTheBoardsAllowlistNamesWhatRuns() throws {
        let scratch = try Scratch()
        let marker = scratch.path + "/ran"
        let payload = try scratch.write("payload.sh", "#!/bin/sh\ntouch \(marker)\n", executable: true)
        let allowed = try scratch.write("benchmark_model", "#!/bin/sh\ntouch \(marker)\n", executable: true)
        let viaPath = runner([.benchmarkModel: allowed]).run(spec(options: ["executable": .string(payload)]))
        #expect(viaPath.failure?.kind == "tool_not_allowed")
        let unlisted = runner([.benchmarkModel: allowed]).run(spec(tool: "trtexec"))
        #expect(unlisted.failure?.kind == "tool_not_allowed")
        #expect(
            unlisted.failure?.message
                == "native tool \"trtexec\" is not allowed on this board; allowed: benchmark_model")
        let none = runner().run(spec())
        #expect(
            none.failure?.message
                == "native tool \"benchmark_model\" is not allowed on this board; allowed: none (start the agent with --allow-tool NAME=PATH)"
        )
        #expect(!FileManager.default.fileExists(atPath: marker), "nothing ran")
    }

    /// Attack 6 of issue 18: cancelling a `command` case kills the tool's whole process group at once.
    @Test func cancellingACommandCaseKillsTheToolAndWhatItStarted() throws {
        let scratch = try Scratch()
        let pids = scratch.path + "/pids"
        let tool = try scratch.write(
            "benchmark_model", "#!/bin/sh\nsleep 600 &\necho $$ $! > \(pids)\nwait\n", executable: true)
        let cancellation = CaseCancellation()
        let canceller = Thread {
            while !FileManager.default.fileExists(atPath: pids) { usleep(10_000) }
            cancellation.cancel()
        }
        canceller.start()
        var long = spec()
        long.timeoutSeconds = 600
        let result = runner([.benchmarkModel: tool]).run(long, cancellation: cancellation)
        #expect(result.status == .infraError)
        #expect(result.failure?.kind == "cancelled", "\(result.failure?.message ?? "")")
        let started = try String(contentsOfFile: pids, encoding: .utf8).split(separator: " ").compactMap {
            pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(started.count == 2)
        for _ in 0..<500 where started.contains(where: processIsRunning) { usleep(10_000) }
        #expect(!started.contains(where: processIsRunning), "the tool and its child are gone")
    }
}

@Suite(.serialized, .timeLimit(.minutes(2)))
struct AdaptiveStoppingTests {
    func runner() -> CaseRunner {
        CaseRunner(
            registry: RuntimeRegistry(agentExecutable: BuiltProducts.agent), markerFactory: { _ in RecordingMarker() })
    }

    @Test func iteratesInBatchesUntilTheMediansIntervalIsNarrowEnough() throws {
        var adaptiveSpec = spec(iterations: 20)
        adaptiveSpec.adaptive = .init(targetHalfWidth: 0.02, batch: 25, maxIterations: 2000, maxSeconds: 60)
        let result = runner().run(adaptiveSpec)
        #expect(result.status == .ok, "\(result.failure?.message ?? "")")
        #expect(result.latenciesNs.count >= 20)
        #expect((result.latenciesNs.count - 20) % 25 == 0)
        if result.stopReason == "converged" {
            #expect(AdaptiveStopping.medianIsPrecise(result.latenciesNs, targetHalfWidth: 0.02))
            // It stopped at the first batch that was precise enough.
            if result.latenciesNs.count > 20 {
                #expect(
                    !AdaptiveStopping.medianIsPrecise(Array(result.latenciesNs.dropLast(25)), targetHalfWidth: 0.02))
            }
        } else {
            #expect(result.stopReason == "max_iterations" || result.stopReason == "max_seconds")
        }
    }

    @Test func anUnreachableTargetStopsAtTheIterationCap() {
        var adaptiveSpec = spec(iterations: 10)
        adaptiveSpec.adaptive = .init(targetHalfWidth: 0.000_001, batch: 10, maxIterations: 40, maxSeconds: 60)
        let result = runner().run(adaptiveSpec)
        #expect(result.status == .ok)
        #expect(result.latenciesNs.count == 40)
        #expect(result.stopReason == "max_iterations")
    }

    @Test func withoutAdaptiveTheCountIsFixed() {
        let result = runner().run(spec(iterations: 15))
        #expect(result.latenciesNs.count == 15)
        #expect(result.stopReason == "fixed")
    }

    @Test func theStoppingRuleFollowsTheOrderStatisticInterval() {
        // 1000 samples within ±0.5% of 1 ms: the median's 95% interval is far inside ±1%.
        let tight = (0..<1000).map { 1_000_000 + Int64(($0 * 7919) % 10_000) - 5_000 }
        #expect(AdaptiveStopping.medianIsPrecise(tight, targetHalfWidth: 0.01))
        // 10 samples spread over ±50%: not precise.
        let wide = (0..<10).map { 500_000 + Int64($0) * 100_000 }
        #expect(!AdaptiveStopping.medianIsPrecise(wide, targetHalfWidth: 0.01))
        #expect(!AdaptiveStopping.medianIsPrecise([], targetHalfWidth: 0.5))
    }
}
