import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import HILBenchTransport
import Testing

extension VirtualLabTests {
    /// Over SSH a model is uploaded once into the board agent's own store (by sha256, through the ControlMaster),
    /// and every case runs from that copy, not from the controller's path.
    @Test(
        .enabled(if: canMakeLab && hasOnnxRuntime, "needs root, iproute2, /usr/sbin/sshd and python3 with onnxruntime"))
    func sshBoardsRunModelsFromTheirOwnStore() async throws {
        let workspace = try makeWorkspace()
        let lab = Lab(directory: workspace.path + "/lab", targets: workspace.path + "/Targets")
        let up = try lab.run(["up", "1"])
        defer { _ = try? lab.run(["down", "--force", "--purge"]) }
        try #require(up.status == 0, "lab up failed:\n\(up.stdout)\n\(up.stderr)")
        let boardStore = "/tmp/hilbench-board-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: boardStore) }
        let board = try String(contentsOfFile: lab.targets + "/lab-board1.yaml", encoding: .utf8)
        try workspace.write(
            "Targets/lab-store.yaml",
            board.replacingOccurrences(of: "name: lab-board1", with: "name: lab-store")
                .replacingOccurrences(of: "  kind: ssh\n", with: "  kind: ssh\n  artifact_store: \(boardStore)\n"))
        let model = try Data(contentsOf: URL(fileURLWithPath: Lab.repository + "/Suites/models/tinycnn.onnx"))
        let sha = SHA256.hex(of: model)
        try FileManager.default.createDirectory(
            atPath: workspace.path + "/Suites/models", withIntermediateDirectories: true)
        try model.write(to: URL(fileURLWithPath: workspace.path + "/Suites/models/tinycnn.onnx"))
        try workspace.write(
            "Suites/file.yaml",
            """
            name: file
            models:
              - name: tinycnn-onnx
                artifacts:
                  fp32: {path: models/tinycnn.onnx, sha256: "\(sha)"}
            runtimes: [onnxruntime]
            precisions: [fp32]
            measure: {warmup: 2, iterations: 20, timeout_s: 60}

            """)
        let run = [
            BuiltProducts.controller, "run", "--plain", "--suite", "Suites/file.yaml", "--targets",
            "Targets/lab-store.yaml",
        ]
        let store = try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite")
        func lastResult() throws -> CaseResult? {
            try store.runs().last.flatMap { try store.results(runID: $0.id).first }
        }
        func storeEntries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: boardStore)) ?? []).sorted()
        }

        // 1. First run: uploaded into the board's store (complete, named by its hash, no upload file left).
        let first = try Execution.run(run, in: workspace.path)
        #expect(first.status == 0, "\(first.stdout)\n\(first.stderr)")
        #expect(try lastResult()?.status == .ok, "\(first.stdout)")
        #expect(storeEntries() == [sha])
        #expect(FileManager.default.contents(atPath: "\(boardStore)/\(sha)") == model)

        // 2. The board runs its own copy: a case whose controller-side path does not exist still runs, from the store,
        //    and nothing is uploaded again.
        let target = try ConfigLoader.loadTarget(at: workspace.path + "/Targets/lab-store.yaml")
        let controlDirectory = "/tmp/hilbench-test-ssh-\(getpid())"
        try FileManager.default.createDirectory(
            atPath: controlDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: controlDirectory) }
        let transport = try TransportFactory.make(
            for: target, agentCommand: [BuiltProducts.agent], controlDirectory: controlDirectory)
        func spec(model path: String) -> CaseSpec {
            CaseSpec(
                key: CaseKey(
                    target: "lab-store", model: "tinycnn-onnx", runtime: .onnxruntime, precision: .fp32, threads: 1,
                    batch: 1),
                model: path, format: .onnx, artifactSHA256: sha, inputs: .init(seed: 1234), warmup: 2, iterations: 20,
                timeoutSeconds: 60,
                memorySamplePeriodMs: 50, idleMs: 0, options: [:], collectOutputs: false, maxOutputValues: 0,
                marker: .init(backend: .none))
        }
        let stored =
            try FileManager.default.attributesOfItem(atPath: "\(boardStore)/\(sha)")[.modificationDate] as? Date
        let fromStore = try await transport.run(
            spec(model: workspace.path + "/no-such-model.onnx"), timeout: .seconds(120))
        #expect(fromStore.status == .ok && fromStore.latenciesNs.count == 20, "\(fromStore.failure?.message ?? "")")
        #expect(
            try FileManager.default.attributesOfItem(atPath: "\(boardStore)/\(sha)")[.modificationDate] as? Date
                == stored)

        // 3. The board's copy rots: the agent finds out and drops it, the upload of a wrong controller file is refused by
        //    hash (an infrastructure error naming it), and nothing corrupt is left in the store.
        try Data(repeating: 0x33, count: model.count).write(to: URL(fileURLWithPath: "\(boardStore)/\(sha)"))
        let wrong = try workspace.write("wrong.onnx", String(repeating: "x", count: model.count))
        let refused = await #expect(throws: HILBenchError.self) {
            _ = try await transport.run(spec(model: wrong), timeout: .seconds(120))
        }
        #expect(refused?.message.contains("nothing was stored") == true, "\(String(describing: refused))")
        #expect(storeEntries().isEmpty)
        await transport.close()

        // 4. The controller's file restored: uploaded again, and measured.
        try model.write(to: URL(fileURLWithPath: workspace.path + "/Suites/models/tinycnn.onnx"))
        let fourth = try Execution.run(run, in: workspace.path)
        #expect(fourth.status == 0, "\(fourth.stdout)\n\(fourth.stderr)")
        #expect(try lastResult()?.status == .ok)
        #expect(storeEntries() == [sha])
    }
}
