import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Synchronization
import Testing

/// Runs a built executable and collects its output.
struct Execution {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs to completion, or kills the process after `timeout` seconds so a hung run fails the test instead of
    /// hanging the suite.
    static func run(
        _ arguments: [String], in directory: String, timeout: Double = 300, environment: [String: String] = [:]
    ) throws -> Execution {
        // A bare name is looked up on PATH, as a shell (or `env`) would.
        var command = arguments
        if !command[0].contains("/"),
            let found = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
                .map({ "\($0)/\(command[0])" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        {
            command[0] = found
        }
        // Started in `directory` (set between fork and exec), reaped by SpawnedProcess (no Foundation.Process
        // reaping hazard), killed at the timeout.
        let output = try SpawnedProcess.run(
            command,
            environment: environment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(environment) { $1 },
            workingDirectory: directory, timeout: .seconds(timeout))
        return Execution(
            status: output.exit.shellStatus, stdout: String(decoding: output.stdout, as: UTF8.self),
            stderr: String(decoding: output.stderr, as: UTF8.self))
    }
}

/// The embedded default's target: this machine through a local agent, simulated marker and meter (1.5 W over 2 W idle).
func localTargetYAML(sampleRateHz: Int = 10_000, markerWire: String? = nil) -> String {
    """
    name: local
    transport:
      kind: local
      agent_path: \(BuiltProducts.agent)
    chip:
      soc: host-cpu
      price_usd: 0
      tdp_w: 15
    marker:
      backend: simulated\(markerWire.map { "\n  wire: \($0)" } ?? "")
    meter:
      kind: simulated
      sample_rate_hz: \(sampleRateHz)
      idle_w: 2.0
      active_w: 1.5
      noise_w: 0.02

    """
}

/// A lab folder laid out like the repository: Targets/, Suites/, Results/.
func makeWorkspace(
    precisions: String = "[fp32, fp16, int8]", threads: String = "[1]", iterations: Int = 40
) throws -> Scratch {
    let scratch = try Scratch("cli")
    try scratch.write("Targets/local.yaml", localTargetYAML())
    try scratch.write(
        "Suites/quickstart.yaml",
        """
        name: quickstart
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: \(precisions)
        threads: \(threads)
        measure:
          warmup: 2
          iterations: \(iterations)
        energy:
          idle_ms: 30

        """)
    return scratch
}

@Suite(.serialized, .timeLimit(.minutes(5)))
struct EndToEndTests {
    @Test func aBareRunWritesTheStoreAndTheReports() throws {
        // Given a workspace with the default file names
        let workspace = try makeWorkspace()
        // When `hilbench run` runs with no options
        let run = try Execution.run([BuiltProducts.controller, "run"], in: workspace.path)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        // Then the store has one run with three ok cases, and the reports exist
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        let runs = try store.runs()
        #expect(runs.count == 1)
        let runID = try #require(runs.first?.id)
        let results = try store.results(runID: runID)
        #expect(results.map(\.key.precision) == [.fp32, .fp16, .int8])
        #expect(results.allSatisfy { $0.status == .ok && $0.latenciesNs.count == 40 })
        // Energy from the simulated meter: 1.5 W extra inside the window, so mJ/inference ≈ 1.5 W × window / n.
        for result in results {
            let energy = try #require(result.energy)
            let window = Double(try #require(result.markerEdges.last?.timeNs) - result.markerEdges[0].timeNs) / 1e9
            let expected = 1.5 * window / 40 * 1000
            #expect(
                abs(energy.millijoulesPerInference - expected) / expected < 0.05,
                "\(energy.millijoulesPerInference) vs \(expected)")
            #expect(energy.windowSource == "meterLogic")
        }
        // Accuracy of fp16 and int8 against fp32
        #expect(results[0].accuracy == nil)
        #expect(try #require(results[1].accuracy).cosineSimilarity > 0.99)
        #expect(try #require(results[2].accuracy).top1Agreement == 1)

        let folder = workspace.path + "/Results/runs/\(runID)"
        let summary = try String(contentsOfFile: folder + "/summary.csv", encoding: .utf8).components(
            separatedBy: "\r\n"
        ).filter { !$0.isEmpty }
        #expect(summary.count == 4)
        #expect(summary[1].contains(",tinycnn,reference,"))
        #expect(summary.dropFirst().map { $0.components(separatedBy: ",")[7] } == ["fp32", "fp16", "int8"])
        let samples = try String(contentsOfFile: folder + "/samples.csv", encoding: .utf8).components(
            separatedBy: "\r\n"
        ).filter { !$0.isEmpty }
        #expect(samples.count == 1 + 3 * 40)
        let html = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        #expect(html.contains("<svg id=\"latency-chart\""))
        #expect(html.components(separatedBy: "<g class=\"bar\"").count - 1 == 3)
        #expect(run.stdout.contains("/Results/runs/\(runID)/report.html"))

        // `hilbench report` rebuilds the same summary from the store
        try FileManager.default.removeItem(atPath: folder + "/summary.csv")
        let report = try Execution.run([BuiltProducts.controller, "report", runID], in: workspace.path)
        #expect(report.status == 0, "\(report.stderr)")
        let rebuilt = try String(contentsOfFile: folder + "/summary.csv", encoding: .utf8).components(
            separatedBy: "\r\n"
        ).filter { !$0.isEmpty }
        #expect(rebuilt == summary)
    }

    @Test func validateNamesFileLineAndFieldAndExitsNonZero() throws {
        let workspace = try makeWorkspace()
        try workspace.write(
            "Suites/broken.yaml",
            "name: broken\nmodels:\n  - name: tinycnn\n    builtin: tinycnn\nruntimes: [reference]\nmeasure:\n  iterations: 0\n"
        )
        let validate = try Execution.run([BuiltProducts.controller, "validate"], in: workspace.path)
        #expect(validate.status == 1)
        #expect(
            validate.stderr.contains("Suites/broken.yaml:7:15: error: measure.iterations: must be at least 1, got 0"))
        #expect(validate.stdout.contains("ok      Suites/quickstart.yaml"))
        #expect(validate.stdout.contains("ok      Targets/local.yaml"))
        let good = try Execution.run(
            [BuiltProducts.controller, "validate", "Suites/quickstart.yaml", "Targets"], in: workspace.path)
        #expect(good.status == 0, "\(good.stderr)")
    }

    @Test func aControllerKilledMidRunLosesNoFinishedCaseAndResumeRunsOnlyTheRest() throws {
        // Given a 24-case run (2 precisions × 12 thread settings; the reference runner is single-threaded, so
        // these are 24 distinct, quick cases)
        let workspace = try makeWorkspace(
            precisions: "[fp32, int8]", threads: "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]", iterations: 60)
        let storePath = workspace.path + "/Results/hilbench.sqlite"
        // Its output goes to run.log, quoted when the test fails.
        let process = try SpawnedProcess([
            "/usr/bin/env", "-C", workspace.path, "--", "/bin/sh", "-c", "exec \"$0\" run --plain >run.log 2>&1",
            BuiltProducts.controller,
        ])
        func log() -> String { (try? String(contentsOfFile: workspace.path + "/run.log", encoding: .utf8)) ?? "" }
        // When it is killed with SIGKILL after a few cases are stored
        var storedBeforeKill = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && process.isRunning {
            if FileManager.default.fileExists(atPath: storePath), let store = try? SQLiteResultsStore(path: storePath),
                let id = try? store.runs().first?.id, let count = try? store.storedCaseIDs(runID: id).count, count >= 4
            {
                break
            }
            usleep(50_000)
        }
        process.signal(SIGKILL)
        #expect(process.waitUntilExit().signal == SIGKILL, "it ended before the kill:\n\(log())")
        let store = try SQLiteResultsStore(path: storePath)
        let runID = try #require(try store.runs().first?.id, "no run stored:\n\(log())")
        storedBeforeKill = try store.storedCaseIDs(runID: runID).count
        #expect(storedBeforeKill >= 4 && storedBeforeKill < 24)
        #expect(try store.run(id: runID)?.endedAt == nil)
        #expect(try store.integrityCheck().isEmpty)
        let before = try store.results(runID: runID)

        // Then --resume runs only the missing cases, and every case is there exactly once
        let resume = try Execution.run(
            [BuiltProducts.controller, "run", "--plain", "--resume", runID], in: workspace.path)
        #expect(resume.status == 0, "\(resume.stdout)\n\(resume.stderr)")
        #expect(resume.stdout.contains("24 cases planned, \(storedBeforeKill) already stored (resuming)"))
        let after = try store.results(runID: runID)
        #expect(after.count == 24)
        #expect(Set(after.map(\.key.id)).count == 24)
        #expect(after.allSatisfy { $0.status == .ok && $0.latenciesNs.count == 60 })
        // The cases stored before the kill are untouched.
        #expect(Array(after.prefix(before.count)) == before)
        #expect(try store.run(id: runID)?.endedAt != nil)
        #expect(try store.integrityCheck().isEmpty)
    }

    @Test func helpListsTheCommands() throws {
        let help = try Execution.run([BuiltProducts.controller, "--help"], in: NSTemporaryDirectory())
        #expect(help.status == 0)
        for command in ["run", "validate", "report", "runs", "doctor"] {
            #expect(help.stdout.contains("  \(command) "))
        }
    }
}

@Suite(.timeLimit(.minutes(3)))
struct ModelsPrepareTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func prepareWritesPinnedFp16AndInt8Variants() throws {
        let python =
            ProcessInfo.processInfo.environment["PATH"].map { path in path.split(separator: ":").map { "\($0)/python3" }
            } ?? []
        try #require(python.contains { FileManager.default.isExecutableFile(atPath: $0) }, "needs python3")
        let probe = try Execution.run(
            ["/usr/bin/env", "python3", "-c", "import onnx, onnxruntime"], in: NSTemporaryDirectory())
        try #require(probe.status == 0, "needs the onnx and onnxruntime packages")
        // Given a copy of the shipped fp32 model
        let scratch = try Scratch("prepare")
        let model = scratch.path + "/net.onnx"
        try FileManager.default.copyItem(atPath: Self.repository + "/Suites/models/tinycnn.onnx", toPath: model)
        // When prepare runs
        let run = try Execution.run(
            [BuiltProducts.controller, "models", "prepare", model, "--calibration", "4"], in: scratch.path)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        // Then both variants exist and the printed entries pin their real hashes
        for variant in ["net.fp16.onnx", "net.int8.onnx"] {
            let path = scratch.path + "/" + variant
            #expect(FileManager.default.fileExists(atPath: path))
            let sha = try SHA256.hex(ofFileAt: path)
            #expect(run.stdout.contains(sha), "\(variant) \(sha) not in:\n\(run.stdout)")
        }
        #expect(run.stdout.contains("fp32:"))
        #expect(run.stdout.contains(try SHA256.hex(ofFileAt: model)))
    }
}
