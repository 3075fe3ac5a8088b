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
        #expect(lines[0] == "run_id,target,chip,model,runtime,precision,threads,batch,metric,value,unit,provenance")
        #expect(lines.count == 1 + 54 * TidyCSV.metrics.count)
        #expect(
            Set(TidyCSV.metrics.map(\.name)).isSuperset(of: [
                "latency_p50", "latency_p90", "latency_p99", "latency_mean", "peak_rss", "load_ms", "mj_per_inference",
                "avg_w",
                "inferences_per_second", "inferences_per_joule", "max_abs_error", "cosine",
                "inferences_per_second_per_dollar",
            ]))
        for line in lines.dropFirst() {
            #expect(line.split(separator: ",", omittingEmptySubsequences: false).count == 12)
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
            assert list(t.columns) == ['run_id','target','chip','model','runtime','precision','threads','batch','metric','value','unit','provenance'], list(t.columns)
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
}
