import Foundation
import HILBenchAnalysis
import HILBenchCore
import HILBenchReports
import Testing

/// The Decision section of report.html and the `hilbench choose` formats, on the three-board lab fixture.
@Suite struct DecisionReportTests {
    /// p90 ≤ 10 ms and int8 within cosine 0.999: rock5b and orin-nano qualify for mobilenet-v2 (fp16 or fp32),
    /// rpi5 is too slow at fp32/fp16 and its int8 loses accuracy (0.9985); nobody runs yolov8n (40 ms) in 10 ms.
    static func report() -> (RunReport, LabFixture) {
        let fixture = LabFixture()
        var report = fixture.report()
        var suite = SuiteConfig(name: "lab", models: [], runtimes: [.onnxruntime], precisions: Precision.allCases)
        suite.requirements = Requirements(
            latency: [.init(percentile: 90, maxMs: 10)], minCosine: .init(byPrecision: [.int8: 0.999]),
            cost: .init(kwhUSD: 0.3, dutyCycle: 0.25, years: 5))
        report.decide(suite: suite, targets: fixture.targets, results: fixture.results)
        return (report, fixture)
    }

    @Test func theDecisionComesFirstWithQualifyingBoardsRankedByCost() throws {
        let (report, _) = Self.report()
        let decision = try #require(report.decision)
        let mobilenet = try #require(decision.models.first { $0.model == "mobilenet-v2" })
        #expect(mobilenet.boards.filter { $0.verdict == .qualifies }.map(\.target) == ["rock5b", "orin-nano"])
        #expect(mobilenet.boards.map(\.rank) == [1, 2, nil])
        let rpi5 = try #require(mobilenet.boards.last)
        #expect(rpi5.target == "rpi5" && rpi5.verdict == .fails)
        #expect(rpi5.summary.contains("misses p90 latency by"), "\(rpi5.summary)")
        #expect(
            rpi5.configurations.contains {
                $0.key.precision == .int8 && $0.firstFailure?.requirement == "accuracy.min_cosine"
            })
        let yolo = try #require(decision.models.first { $0.model == "yolov8n" })
        #expect(yolo.choice == nil && yolo.boards.allSatisfy { $0.verdict == .fails })

        let html = HTMLReport.render(report)
        let decisionAt = try #require(html.range(of: "<section id=\"decision\">")).lowerBound
        #expect(decisionAt < (try #require(html.range(of: "<section id=\"targets\">")).lowerBound))
        #expect(html.contains("<li><a href=\"#decision\">Decision</a></li>"))
        #expect(html.contains("Choice: <strong>rock5b</strong>"))
        #expect(html.contains("<p class=\"choice\">No board with a price qualifies.</p>"))
        #expect(html.contains("<tr class=\"verdict-fails\" data-board=\"rpi5\" data-verdict=\"fails\">"))
        // One bar per board × judged requirement of its best configuration, each past the limit marked.
        let bars = mobilenet.boards.reduce(0) { $0 + ($1.best?.checks.filter { $0.usedFraction != nil }.count ?? 0) }
        #expect(html.components(separatedBy: "data-board=\"").count - 1 >= bars)
        #expect(html.contains("<g class=\"margin misses\" data-board=\"rpi5\""))
        #expect(html.contains("<g class=\"margin meets\" data-board=\"rock5b\" data-requirement=\"latency.p90\""))
        #expect(html.contains("data-chart=\"margins\""))
        #expect(html.contains("<h3 id=\"sensitivity\">Sensitivity</h3>"))
    }

    @Test func theFormatsCarryTheSameDecision() throws {
        let (report, _) = Self.report()
        let decision = try #require(report.decision)
        // report.json keeps it, and reads back.
        let json = try ReportWriter.jsonEncoder(for: report).encode(report)
        let back = try JSONDecoder().decode(RunReport.self, from: json)
        #expect(back.decision == decision)
        let choose = try JSONDecoder().decode(
            Decision.self, from: Data(DecisionFormat.render(decision, format: .json).utf8))
        #expect(choose == decision)
        let text = DecisionFormat.render(decision, format: .text)
        #expect(text.hasPrefix("Decision\nrequirements: p90 latency ≤ 10 ms · cosine int8 ≥ 0.999\n"))
        #expect(text.contains("cost of ownership: price + energy at 0.3 USD/kWh · duty cycle 25% · 5 years\n"))
        let markdown = MarkdownSummary.render(report)
        #expect(markdown.contains("### Decision"))
        let csv = DecisionFormat.render(decision, format: .csv)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("model,target,board_verdict,rank,price_usd,best,configuration") == true)
        let checks = decision.models.reduce(0) { total, model in
            total + model.boards.reduce(0) { $0 + $1.configurations.reduce(0) { $0 + max(1, $1.checks.count) } }
        }
        #expect(lines.count == checks + 1)
        #expect(lines.contains { $0.hasPrefix("mobilenet-v2,rock5b,qualifies,1,149,true,") })
    }
}
