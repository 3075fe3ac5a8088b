import Foundation
import HILBenchCore
import HILBenchReports
import Testing

@Suite struct CSVTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("", ""),
    ])
    func quotesPerRFC4180(_ input: String, _ expected: String) {
        #expect(CSV.field(input) == expected)
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tleading tab", "'\tleading tab"),
        ("\rleading cr", "\"'\rleading cr\""),
        ("-", "'-"),
        ("=1,2", "\"'=1,2\""),
    ])
    func guardsFormulaInjection(_ input: String, _ expected: String) {
        #expect(CSV.field(input) == expected)
    }

    @Test(arguments: ["-12", "-0.5", "+3.25", "-1.2e-07", "1e+09", "0"])
    func leavesPlainNumbersAlone(_ number: String) {
        #expect(CSV.field(number) == number)
    }

    @Test func aHostileBoardNameIsNeutralisedInEveryCSV() throws {
        var fixture = LabFixture()
        fixture.targets[0].name = "=cmd|' /C calc'!A0"
        fixture.results = fixture.results.map { result in
            var copy = result
            if copy.key.target == "rock5b" { copy.key.target = fixture.targets[0].name }
            return copy
        }
        let report = fixture.report()
        for csv in [SummaryCSV.render(report), TidyCSV.render(report)] {
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.contains { $0.contains(",'=cmd|' /C calc'!A0,") })
            #expect(!lines.contains { $0.contains(",=cmd") })
        }
        var samples = ""
        SamplesCSV.render(runID: "r", results: fixture.results) { samples += $0 }
        #expect(samples.contains("r,'=cmd|' /C calc'!A0,mobilenet-v2,"))
    }

    @Test func tidyHasOneRowPerCaseAndMetricWithTheDocumentedColumns() throws {
        let fixture = LabFixture()
        let csv = TidyCSV.render(fixture.report())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines[0] == "run_id,target,chip,model,runtime,precision,threads,batch,metric,value,unit,provenance,text")
        #expect(lines.count == 1 + 54 * TidyCSV.metrics.count)
        #expect(
            Set(TidyCSV.metrics.map(\.name)).isSuperset(of: [
                "latency_p50", "latency_p90", "latency_p99", "latency_mean", "peak_rss", "load_ms", "mj_per_inference",
                "avg_w",
                "inferences_per_second", "inferences_per_joule", "max_abs_error", "cosine",
                "inferences_per_second_per_dollar",
            ]))
        for line in lines.dropFirst() {
            #expect(line.split(separator: ",", omittingEmptySubsequences: false).count == 13)
        }
        // The 700-iteration case has a p99; the 200-iteration ones leave it empty.
        let p99 = lines.filter { $0.contains(",latency_p99,") }
        #expect(p99.count == 54)
        #expect(p99.filter { !$0.contains(",latency_p99,,ms,") }.count == 3)  // mobilenet/onnxruntime/fp32 on each board
        // Failed and skipped cases keep their rows with empty values.
        let skipped = lines.filter { $0.contains("rpi5,bcm2712,yolov8n,openvino,int8,") }
        #expect(skipped.count == TidyCSV.metrics.count)
        #expect(skipped.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[9].isEmpty })
        // Per dollar: 1000 / mean ms / price.
        let report = fixture.report()
        let row = try #require(report.rows.first { $0.key.id == "rpi5/yolov8n/litert/int8/t4/b1" })
        let perDollar = try #require(
            lines.first { $0.contains("rpi5,bcm2712,yolov8n,litert,int8,4,1,inferences_per_second_per_dollar,") })
        let value = try #require(Double(perDollar.split(separator: ",")[9]))
        #expect(abs(value - 1000 / row.meanMs! / 80) < 1e-6)
    }

    @Test(
        .enabled(
            if: ToolRun.run(["python3", "-c", "import pandas"], timeout: 60)?.status == 0,
            "pandas is not installed (pip install pandas)"))
    func pandasReadsTidyAndSummaryWithTheRightTypes() throws {
        let directory = try temporaryDirectory("pandas")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixture = LabFixture()
        try ReportWriter.write(fixture.report(), results: fixture.results, to: directory)
        let script = """
            import sys, pandas as pd
            d = sys.argv[1]
            t = pd.read_csv(d + '/tidy.csv')
            s = pd.read_csv(d + '/summary.csv')
            assert list(t.columns) == ['run_id','target','chip','model','runtime','precision','threads','batch','metric','value','unit','provenance','text'], list(t.columns)
            assert t['value'].dtype.kind == 'f', t['value'].dtype
            assert t['threads'].dtype.kind == 'i'
            wide = t.pivot_table(index=['target','model','runtime','precision'], columns='metric', values='value')
            assert 'latency_p50' in wide.columns and 'inferences_per_second_per_dollar' in wide.columns
            assert s['p50_ms'].dtype.kind == 'f' and s['status'].isin(['ok','skipped','failed','infra_error']).all()
            print(len(t), len(s), int(t['value'].notna().sum()), (s['status'] == 'ok').sum())
            """
        let run = try #require(ToolRun.run(["python3", "-c", script, directory], timeout: 120))
        #expect(run.status == 0, "\(run.stderr)")
        let numbers = run.stdout.split(separator: " ").compactMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(numbers.count == 4)
        #expect(numbers.first == 54 * TidyCSV.metrics.count)
        #expect(numbers.dropFirst().first == 54)
        #expect(numbers.last == fixture.okCount)
    }

    /// A native tool's figures: numbers in `value` (in the tool's unit), words in `text`; `value` stays numeric.
    @Test func tidyKeepsANativeToolsTextFiguresInTheirOwnColumn() throws {
        var fixture = LabFixture()
        let index = try #require(fixture.results.firstIndex { $0.status == .ok })
        var reported = ReportedLatency(tool: "benchmark_app", iterations: 200, meanNs: 9_040_000)
        reported.figures = [
            ToolFigure(name: "throughput", value: 110.59, unit: "1/s"),
            ToolFigure(name: "device", text: "Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz"),
            ToolFigure(name: "precision", text: "f32, \"bf16\" hint"),
            ToolFigure(name: "setting.warmup", text: "tool's own: one warm-up inference"),
        ]
        fixture.results[index].reported = reported
        let key = fixture.results[index].key
        let csv = TidyCSV.render(fixture.report())
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let prefix = ",\(key.model),\(key.runtime.rawValue),\(key.precision.rawValue),\(key.threads),\(key.batch),"
        let tool = lines.filter { $0.contains(prefix + "tool.") }
        #expect(tool.count == 4)
        #expect(tool.contains { $0.hasSuffix(prefix + "tool.throughput,110.59,1/s,printed,") })
        #expect(
            tool.contains { $0.hasSuffix(prefix + "tool.device,,,printed,Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz") })
        #expect(tool.contains { $0.hasSuffix(prefix + "tool.precision,,,printed,\"f32, \"\"bf16\"\" hint\"") })
        #expect(
            tool.contains { $0.hasSuffix(prefix + "tool.setting.warmup,,,derived,tool's own: one warm-up inference") })
        guard ToolRun.run(["python3", "-c", "import pandas"], timeout: 60)?.status == 0 else { return }
        let directory = try temporaryDirectory("pandas-text")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try ReportWriter.write(fixture.report(), results: fixture.results, to: directory)
        let script = """
            import sys, pandas as pd
            t = pd.read_csv(sys.argv[1] + '/tidy.csv')
            assert t['value'].dtype.kind == 'f', t['value'].dtype
            print(t.loc[t['metric'] == 'tool.precision', 'text'].iloc[0])
            print(t.loc[t['metric'] == 'tool.throughput', 'value'].iloc[0])
            """
        let run = try #require(ToolRun.run(["python3", "-c", script, directory], timeout: 120))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "f32, \"bf16\" hint\n110.59\n")
    }
}
