import Foundation
import HILBenchCore
import HILBenchReports
import HILBenchStats
import Testing

@Suite struct HTMLTests {
    @Test func escapesEveryTextTakenFromTheData() {
        var fixture = LabFixture()
        fixture.targets[1].chip.soc = "<script>alert(1)</script>"
        fixture.targets[1].chip.accelerator = "\"quoted\" & 'single'"
        fixture.results[0].failure = .init(kind: "crash", message: "<img src=x onerror=alert(1)>")
        fixture.results[0].status = .failed
        let html = HTMLReport.render(fixture.report(suite: "suite <b>bold</b>"))
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"))
        #expect(html.contains("<title>hilbench — suite &lt;b&gt;bold&lt;/b&gt; — "))
        // The only script is the page's own, allowed by hash in the CSP.
        #expect(occurrences(of: "<script", in: html) == 1)
        #expect(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
    }

    @Test func boardEventsAreListedInOrderWithTheRetriedCase() throws {
        let fixture = LabFixture()
        let html = HTMLReport.render(fixture.report())
        let section = try #require(html.range(of: "<section id=\"board-events\">")).lowerBound
        let table = String(html[section...]).components(separatedBy: "</section>")[0]
        let kinds = ["stopped answering", "power off", "power on", "back", "retried"].map {
            "<td class=\"l\">\($0)</td>"
        }
        let positions = kinds.compactMap { table.range(of: $0)?.lowerBound }
        #expect(positions.count == 5 && positions == positions.sorted())
        #expect(table.contains("Retried after recovery: \(fixture.results[0].key.id)."))
        #expect(table.contains("relay off (GPIO gpiochip0:17)"))
        // A run where nothing happened has no such section.
        var quiet = fixture.report()
        quiet.events = []
        #expect(!HTMLReport.render(quiet).contains("board-events"))
    }

    @Test func isSelfContained() {
        let html = HTMLReport.render(LabFixture().report())
        #expect(!html.contains("src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!withoutNamespace.contains("http://") && !withoutNamespace.contains("https://"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print"))
    }

    @Test func hasARankingTablePerModelThatSortsAndFilters() {
        let fixture = LabFixture()
        let html = HTMLReport.render(fixture.report())
        #expect(occurrences(of: "class=\"rank sortable\"", in: html) == 2)
        #expect(html.contains("<table id=\"rank-m0\" class=\"rank sortable\" data-model=\"mobilenet-v2\">"))
        #expect(html.contains("<table id=\"rank-m1\" class=\"rank sortable\" data-model=\"yolov8n\">"))
        #expect(occurrences(of: "<input type=\"search\" class=\"filter\" data-table=\"rank-m", in: html) == 2)
        #expect(occurrences(of: "<label class=\"filter-box\" hidden>", in: html) == 2)  // shown by the script only
        #expect(occurrences(of: "<th scope=\"col\" data-sort=", in: html) == 2 * 19)
        // Every case is in its model's table: ranked ones numbered, the others at the bottom without a rank.
        #expect(occurrences(of: "<tr class=\"ok\" data-case=", in: html) == fixture.okCount)
        #expect(occurrences(of: "<tr class=\"skipped\" data-case=", in: html) == 6)
        // The fastest mobilenet case is on the fastest board.
        let first = html.range(of: "<td data-v=\"1\">1</td><td class=\"l\">")
        #expect(first != nil)
        #expect(html[first!.upperBound...].hasPrefix("orin-nano</td>"))
    }

    @Test func chartsCarryOnePointPerCase() {
        let fixture = LabFixture()
        let report = fixture.report()
        let html = HTMLReport.render(report)
        let measured = report.rows.filter { $0.status == .ok }
        // (a) one bar per measured case, (b) one CDF line per case, (c) one scatter point per case with energy.
        #expect(occurrences(of: "<g class=\"bar\" data-case=", in: html) == measured.count)
        #expect(occurrences(of: "<polyline class=\"cdf ", in: html) == measured.count)
        #expect(occurrences(of: "<g class=\"pt\" data-case=", in: html) == measured.count)
        // (d) four efficiency figures per case, as bars or as "no …" text.
        #expect(occurrences(of: "data-metric=\"per-dollar\"", in: html) == measured.count)
        #expect(occurrences(of: "data-metric=\"per-watt\"", in: html) == measured.count)
        // (e) one accuracy row per fp16/int8 case, (f) one memory row per case.
        #expect(
            occurrences(of: "<g class=\"acc\" data-case=", in: html)
                == measured.filter { $0.key.precision != .fp32 }.count)
        #expect(occurrences(of: "<g class=\"mem\" data-case=", in: html) == measured.count)
        // (g) the two trend series, their change point and the verdict markers.
        #expect(occurrences(of: "data-chart=\"trend\"", in: html) == 2)
        #expect(occurrences(of: "<g class=\"change-point\"", in: html) == 1)
        #expect(html.contains("data-verdict=\"regressed\""))
        #expect(html.contains("data-verdict=\"improved\""))
        // Every SVG names itself.
        #expect(occurrences(of: "<svg ", in: html) == occurrences(of: "-title\">", in: html))
        #expect(occurrences(of: "<svg ", in: html) == occurrences(of: "<desc id=", in: html))
    }

    @Test func thePerDollarViewSaysNoPriceAndNeverDividesByZero() {
        let fixture = LabFixture(priceOfThirdBoard: 0)
        let report = fixture.report()
        #expect(report.rows.filter { $0.key.target == "rpi5" }.allSatisfy { $0.inferencesPerSecondPerDollar == nil })
        let html = HTMLReport.render(report)
        let rpi = report.rows.filter { $0.key.target == "rpi5" && $0.status == .ok }.count
        #expect(occurrences(of: ">no price</text>", in: html) == rpi)
        #expect(html.contains("<span class=\"muted\">no price</span>"))
        for bad in [">inf<", ">nan<", "=\"inf\"", "=\"nan\"", ">NaN<", "Infinity"] {
            #expect(!html.contains(bad), "\(bad)")
        }
    }

    @Test func theParetoPathGoesThroughTheFrontInLatencyOrder() throws {
        let report = LabFixture().report()
        let html = HTMLReport.render(report)
        #expect(occurrences(of: "<path class=\"pareto\" data-front=", in: html) == 2)
        // Recompute the front of the first model and compare with the points marked in the chart.
        let rows = report.rows.filter { $0.key.model == "mobilenet-v2" && $0.status == .ok }
        let front = ParetoFront.indices(x: rows.map { $0.p50Ms! }, y: rows.map { $0.millijoulesPerInference! }).map {
            rows[$0].key.id
        }
        #expect(!front.isEmpty)
        let chart = try #require(
            html.components(separatedBy: "id=\"pareto-m0\"").dropFirst().first?.components(separatedBy: "</svg>").first)
        for id in front {
            #expect(chart.contains("data-case=\"\(id)\" data-latency-ms=") && chart.contains("data-pareto=\"true\""))
        }
        #expect(occurrences(of: "data-pareto=\"true\"", in: chart) == front.count)
        #expect(chart.contains("data-front=\"\(front.count)\""))
    }

    @Test func aLongTrendIsDownsampledButKeepsChangePointsAndVerdicts() {
        var points: [TrendSeries.Point] = []
        for run in 0..<1000 {
            let verdict: Verdict? = run == 500 ? .regressed : (run == 777 ? .unstable : .noChange)
            points.append(
                .init(
                    runID: "r\(run)", time: Double(run) * 86_400, value: run < 500 ? 10 + Double(run % 7) * 0.01 : 12,
                    verdict: verdict))
        }
        let series = TrendSeries(
            caseID: "b/m/onnxruntime/fp32/t1/b1", metric: "latency_p50", unit: "ms", points: points,
            changePointIndices: [500, 901])
        var report = LabFixture().report(withTrends: false)
        report.trends = [series]
        let html = HTMLReport.render(report)
        #expect(html.contains("data-points=\"1000\""))
        let drawn =
            html.components(separatedBy: "data-drawn=\"").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) }
            ?? 0
        #expect(drawn <= HTMLReport.trendPointLimit + 4)
        #expect(drawn >= 100)
        #expect(html.contains("<g class=\"change-point\" data-index=\"500\" data-run=\"r500\">"))
        #expect(html.contains("<g class=\"change-point\" data-index=\"901\" data-run=\"r901\">"))
        #expect(html.contains("<g class=\"verdict\" data-verdict=\"regressed\" data-run=\"r500\">"))
        #expect(html.contains("<g class=\"verdict\" data-verdict=\"unstable\" data-run=\"r777\">"))
        #expect(html.contains("<table id=\"trend-flagged\"") == false)  // the latest run is no change
    }

    @Test func aNativeToolsSummaryFiguresAreShownWithoutADistribution() throws {
        var fixture = LabFixture()
        let key = CaseKey(
            target: "rock5b", model: "mobilenet-v2", runtime: .command, precision: .int8, threads: 4, batch: 1)
        var result = CaseResult(
            key: key, status: .ok, runtime: .init(name: "trtexec", version: "10.3", provider: "gpu", threads: 4))
        result.reported = ReportedLatency(
            tool: "trtexec", iterations: 500, meanNs: 3_100_000, medianNs: 3_000_000, p90Ns: 3_300_000,
            throughputPerSecond: 1290.5)
        result.reported?.figures = [
            ToolFigure(name: "throughput", value: 1290.5, unit: "1/s"),
            ToolFigure(name: "warning", text: "GPU compute time is <unstable>"),
        ]
        result.stopReason = "fixed"
        fixture.results.append(result)
        let report = fixture.report()
        let row = try #require(report.rows.last)
        #expect(row.p50Ms == 3 && row.p90Ms == 3.3 && row.p99Ms == nil && row.p99Note == "not reported by trtexec")
        #expect(row.latency == nil && row.medianLowMs == nil && row.iterations == 500 && row.stopReason == "fixed")
        #expect(abs(row.inferencesPerSecond! - 1000 / 3.1) < 1e-9)
        let html = HTMLReport.render(report)
        #expect(occurrences(of: "<g class=\"bar\" data-case=", in: html) == fixture.okCount)
        #expect(occurrences(of: "<polyline class=\"cdf ", in: html) == fixture.okCount - 1)  // no samples, no CDF
        #expect(
            html.contains(
                "data-case=\"rock5b/mobilenet-v2/command/int8/t4/b1\" data-p50-ms=\"3.000000\" data-ci-low-ms=\"\""))
        #expect(html.contains("title=\"not reported by trtexec\""))
        // The tool's own figures: marked †, its throughput apart from the derived one, every figure listed, escaped.
        #expect(row.tool == "trtexec" && row.toolThroughputPerSecond == 1290.5 && row.perIterationSamples == false)
        #expect(html.contains("trtexec† · int8"))
        #expect(html.contains("<h3 id=\"tool-figures\">Figures printed by native tools</h3>"))
        #expect(
            html.contains("<td class=\"l\">throughput</td><td data-v=\"1290.5\">1290.5</td><td class=\"l\">1/s</td>"))
        #expect(html.contains("GPU compute time is &lt;unstable&gt;"))
        let tidy = TidyCSV.render(report)
        #expect(tidy.contains(",mobilenet-v2,command,int8,4,1,tool.throughput,1290.5,1/s,printed,\r\n"))
    }

    @Test func aReportWithoutMeasurementsStillRenders() {
        let key = CaseKey(target: "b", model: "m", runtime: .onnxruntime, precision: .fp32, threads: 1, batch: 1)
        let target = TargetConfig(
            name: "b", transport: .local(agentPath: nil), chip: .init(soc: "x"), marker: .simulated, meter: .none)
        let report = RunReport(
            runID: "r", suite: "s", startedAt: 0, endedAt: nil, controllerVersion: "0", gitCommit: nil,
            targets: [target],
            results: [.notRun(key, status: .skipped, kind: "skipped", message: "no artifact for fp32")])
        let html = HTMLReport.render(report)
        #expect(html.contains("No case produced latencies."))
        #expect(html.contains("no artifact for fp32"))
        #expect(html.hasSuffix("</html>\n"))
    }
}

@Suite struct PrometheusTextTests {
    @Test func familiesRenderWithHelpTypeAndEscapedLabels() {
        let text = PrometheusText([
            .init(
                "hilbench_cases_total", .counter, help: "Cases by board\nand status.",
                samples: [
                    .init(3, labels: [("board", "rpi5"), ("status", "ok")]),
                    .init(1, labels: [("board", "say \"hi\"\\now\nthen"), ("status", "infra_error")]),
                ]),
            .init("hilbench_empty", .gauge, help: "Left out: no samples.", samples: []),
            .init(
                "hilbench_case_duration_seconds", .summary, help: "Durations.",
                samples: [
                    .init(12.5, labels: [("board", "rpi5")], suffix: "_sum"),
                    .init(3, labels: [("board", "rpi5")], suffix: "_count"),
                ]),
            .init(
                "hilbench_odd", .gauge, help: "Odd values.", samples: [.init(.nan), .init(-.infinity), .init(0.000125)]),
        ]).render()
        #expect(
            text == """
                # HELP hilbench_cases_total Cases by board\\nand status.
                # TYPE hilbench_cases_total counter
                hilbench_cases_total{board="rpi5",status="ok"} 3
                hilbench_cases_total{board="say \\"hi\\"\\\\now\\nthen",status="infra_error"} 1
                # HELP hilbench_case_duration_seconds Durations.
                # TYPE hilbench_case_duration_seconds summary
                hilbench_case_duration_seconds_sum{board="rpi5"} 12.5
                hilbench_case_duration_seconds_count{board="rpi5"} 3
                # HELP hilbench_odd Odd values.
                # TYPE hilbench_odd gauge
                hilbench_odd NaN
                hilbench_odd -Inf
                hilbench_odd 0.000125

                """)
    }
}
