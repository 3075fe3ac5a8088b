import Foundation
public import HILBenchCore

/// Writes a run's report files into its folder.
public enum ReportWriter {
    /// Writes `summary.csv`, `samples.csv`, `report.html` and `report.json`; returns their paths.
    @discardableResult
    public static func write(_ report: RunReport, results: [CaseResult], to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let summary = "\(directory)/summary.csv"
        let samples = "\(directory)/samples.csv"
        let html = "\(directory)/report.html"
        let json = "\(directory)/report.json"
        try SummaryCSV.render(report).write(toFile: summary, atomically: true, encoding: .utf8)
        try HTMLReport.render(report).write(toFile: html, atomically: true, encoding: .utf8)
        try HILBenchJSON.encoder(pretty: true).encode(report).write(to: URL(fileURLWithPath: json), options: .atomic)

        let temporary = samples + ".partial"
        FileManager.default.createFile(atPath: temporary, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: temporary) else {
            throw HILBenchError(.io, "cannot write \(temporary)")
        }
        SamplesCSV.render(runID: report.runID, results: results) { handle.write(Data($0.utf8)) }
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: samples)
        try FileManager.default.moveItem(atPath: temporary, toPath: samples)
        return [html, summary, samples, json]
    }
}
