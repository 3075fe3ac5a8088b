import Foundation
import HILBenchCore
import HILBenchStore
import HILBenchSystem
import HILBenchTesting
import Testing

/// The issue's "one board hangs" night: the run finishes the other boards, power-cycles the hung one through its
/// relay (the lab's relay stops and restarts the board's namespace services), retries its case, and the report says so.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct BoardRecoveryLabTests {
    /// 500 iterations take 1.5–4 s per case on the machines seen (fp32 ~3 ms on an idle EPYC, ~8 ms on a Xeon); the
    /// timeout is several times that, so only the hung board's case reaches it, on any machine, busy or idle.
    static let suite = """
        name: recovery
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32, int8]
        threads: [1, 2]
        measure:
          warmup: 5
          iterations: 500
          timeout_s: 30
        energy:
          idle_ms: 20

        """

    /// Starts `hilbench run` in the background, waits until `board` has stored its first case, hangs that board, and
    /// waits for the run to end.
    static func runAndHang(
        board: Int, targetName: String, targets: [String], workspace: Scratch, lab: Lab
    ) throws -> (status: Int32, output: String) {
        let process = try SpawnedProcess(
            [
                BuiltProducts.controller, "run", "--plain", "--suite", "Suites/recovery.yaml", "--link-grace", "3",
                "--targets",
            ] + targets,
            stdout: .pipe, stderr: .pipe, workingDirectory: workspace.path)
        let output = CollectedOutput(process)
        // A run that never ends fails the test rather than hanging the suite.
        Thread.detachNewThread {
            if !process.waitForExitBlocking(timeout: .seconds(240)) { process.signal(SIGKILL) }
        }
        // Hang the board while its second case runs: its first is stored, the next starts at once.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if output.text.contains("ok          \(targetName)/") { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let hang = try lab.run(["hang", String(board)])
        #expect(hang.status == 0, "\(hang.stderr)")
        let exit = process.waitUntilExit()
        return (exit.shellStatus, output.waitForEnd())
    }

    @Test(.enabled(if: canMakeLab, "needs root, iproute2 and /usr/sbin/sshd to make network namespaces"))
    func hungBoardsArePowerCycledAndTheirCaseRetried() throws {
        let workspace = try makeWorkspace()
        let lab = Lab(directory: workspace.path + "/lab", targets: workspace.path + "/Targets")
        let up = try lab.run(["up", "2"])
        defer { _ = try? lab.run(["down", "--force", "--purge"]) }
        try #require(up.status == 0, "lab up failed:\n\(up.stdout)\n\(up.stderr)")
        try workspace.write("Suites/recovery.yaml", Self.suite)
        // Board 2 over HTTP, with the relay the lab wrote for it.
        let board2 = try String(contentsOfFile: lab.targets + "/lab-board2.yaml", encoding: .utf8)
        #expect(board2.contains("kind: command") && board2.contains("power-off"))
        // The relay names its lab: run by the controller without the lab's environment, it never cycles another lab's board.
        #expect(
            board2.contains("'HILBENCH_LAB_ID=\(ProcessInfo.processInfo.environment["HILBENCH_LAB_ID"] ?? "")'"),
            "\(board2)")
        let relay = String(board2[board2.range(of: "power:")!.lowerBound...])
        try workspace.write(
            "Targets/lab-http2.yaml",
            "name: lab-http2\n" + lab.httpTransport(2) + """
                chip:
                  soc: virtual-x86
                marker:
                  backend: simulated
                meter:
                  kind: simulated
                \(relay)
                """)
        let store = { try SQLiteResultsStore(path: workspace.path + "/Results/hilbench.sqlite") }

        // 1. The HTTP board hangs mid-run; the SSH board goes on.
        let http = try Self.runAndHang(
            board: 2, targetName: "lab-http2", targets: ["Targets/lab-board1.yaml", "Targets/lab-http2.yaml"],
            workspace: workspace, lab: lab)
        #expect(http.status == 0, "\(http.output)")
        let first = try #require(try store().runs().last)
        let results = try store().results(runID: first.id)
        #expect(results.count == 8)
        #expect(
            results.allSatisfy { $0.status == .ok },
            "\(results.map { "\($0.key.id) \($0.status) \($0.failure?.message ?? "")" })")
        let retried = results.filter { $0.attempts == 2 }
        #expect(
            retried.count == 1 && retried.first?.key.target == "lab-http2",
            "\(results.map { "\($0.key.id) attempts \($0.attempts ?? 1)" })")
        let events = try store().events(runID: first.id)
        #expect(events.map(\.kind) == [.stoppedAnswering, .powerOff, .powerOn, .back, .retried], "\(events)")
        #expect(events.allSatisfy { $0.board == "lab-http2" && $0.caseID == retried.first?.key.id })
        // The other board finished its cases while the hung one waited out its timeout.
        let backAt = try #require(events.first { $0.kind == .back }?.at)
        let board1End =
            results.filter { $0.key.target == "lab-board1" }.map { $0.startedAt + $0.durationSeconds }.max()
            ?? .infinity
        #expect(board1End < backAt, "board 1 ended at \(board1End), board 2 came back at \(backAt)")
        // The report shows what happened.
        let html = try String(contentsOfFile: workspace.path + "/Results/runs/\(first.id)/report.html", encoding: .utf8)
        #expect(html.contains("<section id=\"board-events\">"))
        #expect(html.contains("power off") && html.contains("stopped answering") && html.contains("answered"))
        let markdown = try String(
            contentsOfFile: workspace.path + "/Results/runs/\(first.id)/summary.md", encoding: .utf8)
        #expect(markdown.contains("### Board events (5)"))

        // 2. The SSH board hangs: its ControlMaster is dropped, the board power-cycled, and a new SSH link carries the retry.
        let ssh = try Self.runAndHang(
            board: 1, targetName: "lab-board1", targets: ["Targets/lab-board1.yaml", "Targets/lab-http2.yaml"],
            workspace: workspace, lab: lab)
        #expect(ssh.status == 0, "\(ssh.output)")
        let second = try #require(try store().runs().last)
        #expect(second.id != first.id)
        let sshResults = try store().results(runID: second.id)
        #expect(sshResults.count == 8 && sshResults.allSatisfy { $0.status == .ok })
        #expect(sshResults.filter { $0.attempts == 2 }.map(\.key.target) == ["lab-board1"])
        #expect(
            try store().events(runID: second.id).map(\.kind) == [
                .stoppedAnswering, .powerOff, .powerOn, .back, .retried,
            ])
    }
}
