import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchStore
import HILBenchTesting
import Testing

/// The purchase decision end to end: the embedded default and two lab boards with CPU quotas (50% and 10% of a
/// core), a suite with requirements, `hilbench run` → report.html's Decision section and `hilbench choose`.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct DecisionLabTests {
    static func suite(requirements: String) -> String {
        """
        name: decide
        models:
          - name: tinycnn
            builtin: tinycnn
        runtimes: [reference]
        precisions: [fp32, int8]
        measure:
          warmup: 5
          iterations: 400
          timeout_s: 120
        energy:
          idle_ms: 20
        \(requirements)
        """
    }

    @Test(.enabled(if: canMakeLab, "needs root, iproute2 and /usr/sbin/sshd to make network namespaces"))
    func theQuotaLimitedBoardFailsLatencyByAMarginAndTheOthersAreRankedByCost() throws {
        let workspace = try makeWorkspace()
        let lab = Lab(directory: workspace.path + "/lab", targets: workspace.path + "/Targets")
        let up = try lab.run(["up", "2", "--cpu-quota", "50,10"])
        defer { _ = try? lab.run(["down", "--force", "--purge"]) }
        try #require(up.status == 0, "lab up failed:\n\(up.stdout)\n\(up.stderr)")
        // Prices: the slowest board is the cheapest, so only the requirements keep it from being chosen.
        try workspace.write(
            "Targets/local.yaml", localTargetYAML().replacingOccurrences(of: "price_usd: 0", with: "price_usd: 120"))
        let board1 = try String(contentsOfFile: lab.targets + "/lab-board1.yaml", encoding: .utf8)
        try workspace.write(
            "Targets/lab-board1.yaml", board1.replacingOccurrences(of: "price_usd: 35", with: "price_usd: 80"))
        let targets = ["Targets/local.yaml", "Targets/lab-board1.yaml", "Targets/lab-board2.yaml"]
        let run = [BuiltProducts.controller, "run", "--plain", "--suite", "Suites/decide.yaml", "--targets"] + targets
        let store = try ResultsStore(path: workspace.path + "/Results/hilbench.sqlite")

        // 1. Calibration: each board's best 95% bound of p99, so the budget sits between the boards on this machine
        //    whatever its speed (no test asserts a duration).
        try workspace.write("Suites/decide.yaml", Self.suite(requirements: ""))
        let calibration = try Execution.run(run, in: workspace.path)
        #expect(calibration.status == 0, "\(calibration.stdout)\n\(calibration.stderr)")
        let first = try #require(try store.runs().last)
        let measured = PurchaseDecision.decide(
            requirements: Requirements(latency: [.init(percentile: 99, maxMs: 1e9)]),
            results: try store.results(runID: first.id), boards: [], sensitivity: false)
        var bounds: [String: Double] = [:]
        for board in try #require(measured.models.first).boards {
            bounds[board.target] = board.configurations.compactMap { $0.checks.first?.judged }.min()
        }
        let slow = try #require(bounds["lab-board2"])
        let fast = try #require([bounds["local"], bounds["lab-board1"]].compactMap { $0 }.max())
        try #require(bounds.count == 3 && slow > 3 * fast, "the 10% board is not clearly the slowest: \(bounds)")
        let budget = (slow * fast).squareRoot()

        // 2. The suite with requirements: latency between the boards, cost of ownership over 3 years.
        try workspace.write(
            "Suites/decide.yaml",
            Self.suite(
                requirements: """
                    requirements:
                      latency: {p99_ms: \(String(format: "%.4f", budget))}
                      memory: {peak_mib: 4096}
                      cost: {kwh_usd: 0.25, duty_cycle: 0.5, years: 3}

                    """))
        let decided = try Execution.run(run, in: workspace.path)
        #expect(decided.status == 0, "\(decided.stdout)\n\(decided.stderr)")
        #expect(decided.stdout.contains("Decision\nrequirements: p99 latency ≤"), "\(decided.stdout)")
        let second = try #require(try store.runs().last)

        // 3. `hilbench choose` from the stored run, as JSON: who qualifies, with what, ranked by cost of ownership.
        let choose = [BuiltProducts.controller, "choose", "--suite", "Suites/decide.yaml"]
        let json = try Execution.run(choose + [second.id, "--format", "json"], in: workspace.path)
        #expect(json.status == 0, "\(json.stderr)")
        let decision = try JSONDecoder().decode(Decision.self, from: Data(json.stdout.utf8))
        let boards = try #require(decision.models.first).boards
        let described = boards.map { "\($0.target) \($0.verdict.rawValue) \($0.summary)" }.joined(separator: "\n")
        #expect(
            Set(boards.filter { $0.verdict == .qualifies }.map(\.target)) == ["local", "lab-board1"], "\(described)")
        let qualified = boards.filter { $0.verdict == .qualifies }
        #expect(qualified.map(\.rank) == [1, 2], "\(described)")
        let totals = qualified.compactMap { $0.best?.ownership?.totalUSD }
        #expect(totals.count == 2 && totals[0] <= totals[1], "\(described)")
        #expect(qualified.allSatisfy { ($0.best?.checks.first?.judged ?? .infinity) <= budget })
        let slowBoard = try #require(boards.last)
        #expect(slowBoard.target == "lab-board2" && slowBoard.verdict == .fails, "\(described)")
        let failure = try #require(slowBoard.best?.firstFailure)
        #expect(failure.requirement == "latency.p99")
        let margin = try #require(failure.margin)
        #expect(margin < 0)
        #expect(slowBoard.summary.hasPrefix("misses p99 latency by "), "\(slowBoard.summary)")
        #expect(slowBoard.summary.contains(PurchaseDecision.describe(-margin, "ms")), "\(slowBoard.summary)")

        // 4. The same in text, Markdown and CSV.
        let text = try Execution.run(choose, in: workspace.path)
        #expect(text.status == 0 && text.stdout.contains("lab-board2  fails"), "\(text.stdout)")
        #expect(text.stdout.contains("sensitivity (±20%)"))
        let markdown = try Execution.run(choose + ["--format", "markdown"], in: workspace.path)
        #expect(markdown.stdout.hasPrefix("## Decision\n"))
        let csv = try Execution.run(choose + ["--format", "csv"], in: workspace.path)
        #expect(csv.stdout.contains(",lab-board2,fails,,35,true,reference "), "\(csv.stdout)")

        // 5. report.html: the Decision section first, the failing board's margin past the limit in the chart.
        let html = try String(
            contentsOfFile: "\(workspace.path)/Results/runs/\(second.id)/report.html", encoding: .utf8)
        let decisionAt = try #require(html.range(of: "<section id=\"decision\">"))
        let targetsAt = try #require(html.range(of: "<section id=\"targets\">"))
        #expect(decisionAt.lowerBound < targetsAt.lowerBound)
        #expect(html.contains("<tr class=\"verdict-fails\" data-board=\"lab-board2\" data-verdict=\"fails\">"))
        #expect(html.contains("<g class=\"margin misses\" data-board=\"lab-board2\" data-requirement=\"latency.p99\""))
        #expect(html.contains("Choice: <strong>\(qualified[0].target)</strong>"))
        if let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: {
            FileManager.default.isExecutableFile(atPath: $0)
        }) {
            let page = try Execution.run(
                [
                    chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--user-data-dir=\(workspace.path)/chromium", "--dump-dom",
                    "file://\(workspace.path)/Results/runs/\(second.id)/report.html",
                ], in: workspace.path, timeout: 120)
            #expect(page.status == 0)
            #expect(page.stdout.contains("data-js=\"ready\""))
            #expect(page.stdout.contains("data-chart=\"margins\""))
            #expect(!page.stdout.contains("data-js-error=\""))
        }
    }
}
