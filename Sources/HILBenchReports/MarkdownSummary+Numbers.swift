import Foundation
import HILBenchCore

extension MarkdownSummary {
    /// What the numbers are: cases beyond their accuracy limits, per-output accuracy with the worst output, cases
    /// that did not run the precision they say, and where the energy came from.
    static func numbers(_ report: RunReport) -> String {
        var md = ""
        let beyond = report.rows.filter { $0.status == .accuracyFailed }
        if !beyond.isEmpty {
            md +=
                "\n### Beyond accuracy limits (\(beyond.count))\n\nMeasured, but not ranked and never on a Pareto front.\n\n"
            for row in beyond {
                md +=
                    "- `\(code(row.key.id))` — **accuracy\\_failed**: \(escape((row.accuracyLimitsBroken ?? []).joined(separator: "; ")))\n"
            }
        }
        let compared = report.rows.filter {
            $0.accuracyPerOutput != nil || $0.accuracyNote != nil || $0.uncomparedOutputs != nil
        }
        if !compared.isEmpty {
            md += "\n### Accuracy per output\n\n"
            for row in compared {
                md += "- `\(code(row.key.id))`"
                if let note = row.accuracyNote {
                    md += ": \(escape(note))\n"
                    continue
                }
                md += " vs \(row.accuracyReference?.rawValue ?? "reference")"
                if let worst = row.worstOutput { md += ", worst output `\(code(worst))`" }
                md +=
                    ": "
                    + (row.accuracyPerOutput ?? []).map { output in
                        var text =
                            "`\(code(output.name))` cosine \(SVG.fixed(output.cosineSimilarity, 6)), max abs \(String(format: "%.3g", output.maxAbsError)), mean abs \(String(format: "%.3g", output.meanAbsError))"
                        if let top1 = output.top1Agreement { text += ", top-1 \(SVG.fixed(top1, 3))" }
                        if let top5 = output.top5Agreement { text += ", top-5 \(SVG.fixed(top5, 3))" }
                        return text
                    }.joined(separator: "; ")
                for missing in row.uncomparedOutputs ?? [] {
                    md += "; `\(code(missing.name))` not compared: \(escape(missing.reason))"
                }
                md += "\n"
            }
        }
        let flagged = report.rows.filter { !($0.precisionFlags ?? []).isEmpty }
        let told = report.rows.filter { $0.effectivePrecision != nil || $0.effectivePrecisionSource != nil }
        if !told.isEmpty || !flagged.isEmpty {
            md += "\n### Precision: asked and effective\n\n"
            if !flagged.isEmpty {
                md +=
                    "\(flagged.count) case\(flagged.count == 1 ? " does" : "s do") not run what \(flagged.count == 1 ? "its" : "their") precision says:\n\n"
            }
            for row in flagged { md += "- ⚠ `\(code(row.key.id))`: \(escape(row.precisionNote ?? ""))\n" }
            if !flagged.isEmpty { md += "\n" }
            md += "| case | asked | effective (where read) |\n|---|---|---|\n"
            for row in told {
                md +=
                    "| `\(code(row.key.id))` | \(escape(row.precisionLabel)) | \(escape(row.effectivePrecisionText)) |\n"
            }
        }
        let simulated = report.rows.filter(\.energyIsSimulated)
        if !simulated.isEmpty {
            md +=
                "\n**Energy of \(simulated.count) case\(simulated.count == 1 ? " is" : "s is") simulated** (a simulated meter, not a measurement of the board): "
            md +=
                report.rankSimulatedEnergy
                ? "ranked as asked.\n" : "labelled (simulated) and left out of energy rankings and Pareto fronts.\n"
        }
        return md
    }
}
