import Foundation
import HILBenchCore
import HILBenchReports
import Testing

@Suite struct ReportTests {
    static let target = TargetConfig(
        name: "board, \"one\"", transport: .local(agentPath: nil),
        chip: .init(soc: "soc<x>", cores: 4, priceUSD: 35, tdpWatts: 5),
        marker: .simulated, meter: .simulated)

    static func results() -> [CaseResult] {
        let key = CaseKey(
            target: "board, \"one\"", model: "tinycnn", runtime: .reference, precision: .fp32, threads: 1, batch: 1)
        // 100 latencies: 1.00 ms … 1.99 ms
        var ok = CaseResult(
            key: key, status: .ok,
            runtime: .init(name: "reference", version: "0.1.0", provider: "swift-cpu-fp32", threads: 1),
            loadNs: 2_000_000, latenciesNs: (0..<100).map { 1_000_000 + Int64($0) * 10_000 })
        ok.memory.peakRSSKiB = 10_240
        ok.energy = .init(
            windowSource: "meterLogic", meter: "simulated", windowSeconds: 0.15, netJoules: 0.225, baselineWatts: 2.0,
            averageWatts: 3.5, peakWatts: 3.6, millijoulesPerInference: 2.25, inferencesPerJoule: 444.44, samples: 1500,
            flags: [])
        let failed = CaseResult.notRun(
            key.with(precision: .int8), status: .failed, kind: "crash",
            message: "the runner killed by signal 11 <SIGSEGV>")
        return [ok, failed]
    }

    static func report() -> RunReport {
        RunReport(
            runID: "r1", suite: "quick<start>", startedAt: 1_700_000_000, endedAt: 1_700_000_060,
            controllerVersion: "0.1.0",
            gitCommit: nil, targets: [target], results: results())
    }

    @Test func summaryCSVHasOneRowPerCaseWithRFC4180Quoting() throws {
        let csv = SummaryCSV.render(Self.report())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0] == SummaryCSV.columns.joined(separator: ","))
        // The target name has a comma and quotes: quoted, quotes doubled.
        #expect(
            lines[1].hasPrefix(
                "r1,\"board, \"\"one\"\"\",soc<x>,tinycnn,reference,0.1.0,swift-cpu-fp32,fp32,1,1,ok,100,"))
        let columns = SummaryCSV.columns
        let fields = lines[1].replacingOccurrences(of: "\"board, \"\"one\"\"\"", with: "board").split(
            separator: ",", omittingEmptySubsequences: false
        ).map(String.init)
        #expect(fields.count == columns.count)
        func field(_ name: String) -> String { fields[columns.firstIndex(of: name)!] }
        #expect(field("p50_ms") == "1.495")  // type 7 median of 1.00…1.99
        #expect(field("p90_ms") == "1.891")  // 100 ≥ 64 samples: reported
        #expect(field("p99_ms") == "")  // 100 < 662 samples: absent, not zero
        #expect(field("mean_ms") == "1.495")
        #expect(field("peak_rss_mb") == "10")
        #expect(field("mj_per_inference") == "2.25")
        #expect(field("load_ms") == "2")
        #expect(lines[2].contains(",int8,1,1,failed,0,"))
        #expect(lines[2].contains(",crash: the runner killed by signal 11 <SIGSEGV>,"))
        // Throughput columns come last; price and TDP of the board are repeated for pivoting.
        #expect(field("inferences_per_s") == "668.896321")  // 1000 / 1.495 ms
        #expect(field("inferences_per_s_per_usd") == "19.1113235")  // / $35
        #expect(field("inferences_per_s_per_w") == "133.779264")  // / 5 W
        #expect(field("price_usd") == "35" && field("tdp_w") == "5")
    }

    @Test func samplesCSVIsTidyOneRowPerIteration() {
        var text = ""
        SamplesCSV.render(runID: "r1", results: Self.results()) { text += $0 }
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 101)
        #expect(lines[0] == "run_id,target,model,runtime,precision,threads,batch,iteration,latency_ns")
        #expect(lines[1] == "r1,\"board, \"\"one\"\"\",tinycnn,reference,fp32,1,1,0,1000000")
        #expect(lines[100] == "r1,\"board, \"\"one\"\"\",tinycnn,reference,fp32,1,1,99,1990000")
    }

    @Test func htmlIsSelfContainedEscapedAndCarriesTheChart() {
        let html = HTMLReport.render(Self.report())
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("<script src"))
        #expect(
            !html.contains("http://") && !html.contains("https://")
                || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("quick&lt;start&gt;"))
        #expect(!html.contains("quick<start>"))
        #expect(html.contains("soc&lt;x&gt;"))
        #expect(html.contains("&lt;SIGSEGV&gt;"))
        #expect(html.contains("<svg id=\"latency-chart\""))
        #expect(
            html.contains("data-case=\"board, &quot;one&quot;/tinycnn/reference/fp32/t1/b1\" data-p50-ms=\"1.495000\""))
        #expect(html.contains("title=\"not enough samples: have 100, need 662\""))
        #expect(html.contains("<table id=\"cases\""))
    }

    @Test func reportFilesAreWritten() throws {
        let directory = NSTemporaryDirectory() + "hilbench-report-\(UUID().uuidString)"
        let paths = try ReportWriter.write(Self.report(), results: Self.results(), to: directory)
        #expect(
            paths.map { ($0 as NSString).lastPathComponent } == [
                "report.html", "summary.csv", "tidy.csv", "samples.csv", "report.json", "summary.md",
            ])
        for path in paths { #expect(FileManager.default.fileExists(atPath: path)) }
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(directory)/report.json")))
            as? [String: Any]
        #expect((json?["rows"] as? [Any])?.count == 2)
    }
}
