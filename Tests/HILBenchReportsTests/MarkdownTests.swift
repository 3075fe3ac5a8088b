import Foundation
import HILBenchCore
import HILBenchReports
import Testing

@Suite struct MarkdownTests {
    @Test func summarisesTopCasesFailuresTrendsAndNotes() throws {
        let md = MarkdownSummary.render(LabFixture().report())
        #expect(md.hasPrefix("## hilbench · board-selection · run `20260101-000000-lab1`\n"))
        #expect(md.contains("54 cases: 46 ok, 6 skipped, 1 failed, 1 infra error."))
        #expect(md.contains("**rock5b** (rk3588, npu-6tops, $149, 10 W TDP)"))
        #expect(md.contains("\n### mobilenet-v2\n") && md.contains("\n### yolov8n\n"))
        let mobilenet = try #require(
            md.components(separatedBy: "### mobilenet-v2").dropFirst().first?.components(separatedBy: "###").first)
        let rows = mobilenet.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| #") }
        #expect(rows.count == MarkdownSummary.topCount)
        #expect(rows[0].hasPrefix("| 1 | orin-nano (orin-nano) | openvino | int8 | "))
        #expect(mobilenet.contains("Pareto front (latency × energy): "))
        #expect(mobilenet.contains("Most per dollar: "))
        #expect(md.contains("### Trends\n\n2 series: 0 regressed, 1 improved in the latest run."))
        #expect(md.contains("- `rpi5/yolov8n/litert/int8/t4/b1` latency\\_p50: "))
        #expect(md.contains("### Not run (8)"))
        #expect(
            md.contains(
                "- `orin-nano/yolov8n/litert/fp16/t4/b1` — **failed**: crash: the runner was killed by signal 11 (SIGSEGV)"
            ))
        #expect(
            md.contains(
                "- `rock5b/mobilenet-v2/openvino/int8/t4/b1` — **infra\\_error**: unreachable: the board did not answer within 30 s"
            )
                || md.contains(
                    "- `rock5b/mobilenet-v2/openvino/int8/t4/b1` — **infra_error**: unreachable: the board did not answer within 30 s"
                ))
        #expect(md.contains("### Notes\n\n- p99 is withheld for 43 cases (not enough samples: have 200, need 662)."))
    }

    @Test func escapesMarkdownAndHTMLInNames() {
        var fixture = LabFixture()
        fixture.targets[2].name = "*pi*|<b>"
        fixture.results = fixture.results.map { result in
            var copy = result
            if copy.key.target == "rpi5" { copy.key.target = "*pi*|<b>" }
            return copy
        }
        let md = MarkdownSummary.render(fixture.report())
        #expect(md.contains("**\\*pi\\*\\|&lt;b&gt;** (bcm2712, $80, 12 W TDP)"))
        // Outside code spans (where text is literal) the raw name never appears.
        let outsideCode = md.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            .joined()
        #expect(!outsideCode.contains("*pi*|<b>"))
        #expect(md.contains("- `*pi*|<b>/yolov8n/openvino/int8/t4/b1` — **skipped**"))
    }

    @Test func saysNoPriceWhereABoardHasNone() {
        let md = MarkdownSummary.render(LabFixture(priceOfThirdBoard: nil).report())
        #expect(md.contains("**rpi5** (bcm2712, no price, 12 W TDP)"))
        #expect(md.contains("- No price for rpi5: no per-dollar figures there."))
    }
}
