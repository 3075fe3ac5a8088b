import Foundation
import HILBenchCore
import HILBenchReports

/// The end-of-run table on the terminal.
enum SummaryTable {
    static func render(_ report: RunReport) -> String {
        let header = [
            "target", "model", "runtime", "prec", "ran", "thr", "n", "p50 ms", "p99 ms", "peak MiB", "mJ/inf", "cos",
            "status",
        ]
        var rows: [[String]] = [header]
        let f = { (value: Double?, digits: Int) in value.map { String(format: "%.\(digits)f", $0) } ?? "–" }
        for row in report.rows {
            // Simulated energy is marked on the terminal too; the worst output follows the cosine when there are several.
            let energy = f(row.millijoulesPerInference, 4) + (row.energyIsSimulated ? " sim" : "")
            let cosine =
                f(row.cosineSimilarity, 4)
                + ((row.accuracyPerOutput?.count ?? 0) > 1 ? row.worstOutput.map { " (\($0))" } ?? "" : "")
            rows.append([
                row.key.target, row.key.model, row.runtimeLabel, row.precisionLabel, row.effectivePrecision ?? "–",
                String(row.key.threads), String(row.iterations), f(row.p50Ms, 3),
                row.p99Ms.map { String(format: "%.3f", $0) } ?? "n/a",
                f(row.peakRSSMiB, 1), energy, cosine, row.status.rawValue,
            ])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index < 5 || index == 12
                    ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }
            .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
