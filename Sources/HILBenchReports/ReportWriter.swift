public import Foundation
public import HILBenchCore

/// Writes a run's report files into its folder.
public enum ReportWriter {
    /// Writes `report.html`, `summary.csv`, `tidy.csv`, `samples.csv`, `report.json` and `summary.md`; returns
    /// their paths in that order. Each file is written to a temporary name and renamed, so a reader never sees half a file.
    @discardableResult
    public static func write(_ report: RunReport, results: [CaseResult], to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let html = "\(directory)/report.html"
        let summary = "\(directory)/summary.csv"
        let tidy = "\(directory)/tidy.csv"
        let samples = "\(directory)/samples.csv"
        let json = "\(directory)/report.json"
        let markdown = "\(directory)/summary.md"
        try HTMLReport.render(report).write(toFile: html, atomically: true, encoding: .utf8)
        try SummaryCSV.render(report).write(toFile: summary, atomically: true, encoding: .utf8)
        try TidyCSV.render(report).write(toFile: tidy, atomically: true, encoding: .utf8)
        try jsonEncoder(for: report).encode(report).write(to: URL(fileURLWithPath: json), options: .atomic)
        try MarkdownSummary.render(report).write(toFile: markdown, atomically: true, encoding: .utf8)

        let temporary = samples + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw HILBenchError(.io, "cannot write \(temporary): check that \(directory) is writable")
        }
        SamplesCSV.render(runID: report.runID, results: results) { handle.write(Data($0.utf8)) }
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: samples)
        try FileManager.default.moveItem(atPath: temporary, toPath: samples)
        return [html, summary, tidy, samples, json, markdown]
    }

    /// Trend points above which `report.json` is written compact instead of indented (a year of nightly
    /// history is tens of MB indented, about half that compact).
    public static let compactJSONTrendPoints = 20_000

    /// The encoder for `report.json`: indented for people, compact for long histories.
    public static func jsonEncoder(for report: RunReport) -> JSONEncoder {
        HILBenchJSON.encoder(pretty: report.trends.reduce(0) { $0 + $1.points.count } <= compactJSONTrendPoints)
    }
}
