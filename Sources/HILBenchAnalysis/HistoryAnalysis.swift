import Foundation
public import HILBenchCore
import HILBenchStats

/// One run of a case's history: its run and the figures history reads (`CaseHistoryRow`), as the store returns
/// them (`ResultsStore.historyRows(of:)`).
public struct CaseHistoryEntry: Sendable, Equatable {
    public var runID: String
    public var row: CaseHistoryRow

    public init(runID: String, row: CaseHistoryRow) {
        self.runID = runID
        self.row = row
    }

    /// The entry of a whole (or summarised) stored result.
    public init(runID: String, result: CaseResult) {
        self.init(runID: runID, row: CaseHistoryRow(result))
    }
}

/// Change points and run-to-run spread over one case × metric's history (one value per run).
public enum HistoryAnalysis {
    public struct Point: Sendable, Equatable {
        public var runID: String
        public var value: Double
    }

    /// Nights a history needs before it judges: fewer, and the spread it would estimate is a guess.
    public static let minimumNights = 5

    /// The metric's value per run, skipping runs where the case did not produce it and runs measured on a busy machine
    /// or while throttling (their figures say more about the machine than the build; the newest run is kept so the
    /// series always ends with tonight's value).
    public static func series(_ history: [CaseHistoryEntry], metric: HistoryMetric) -> [Point] {
        history.enumerated().compactMap { index, entry in
            guard entry.row.trusted || index == history.count - 1 else { return nil }
            return metric.value(entry.row).map { Point(runID: entry.runID, value: $0) }
        }
    }

    public struct Judgement: Sendable, Equatable {
        /// Where new segments start (E-Divisive on the run-level values).
        public var changePoints: [Int]
        public var summary: String
        /// Whether a change point lands on the newest run.
        public var newestIsChange: Bool
        /// Newest / median of its reference segment − 1.
        public var relativeChange: Double?
        /// Run-to-run spread of the reference segment: scaled MAD / median (a relative standard deviation).
        public var relativeSpread: Double?
        /// Points in the series.
        public var nights: Int
        /// Points the newest one was judged against (its stable reference segment).
        public var referenceNights: Int
    }

    /// E-Divisive change points and the newest value against the last stable segment.
    public static func judge(_ values: [Double]) -> Judgement {
        let detector = ChangePoints()
        guard values.count >= 3, let judgement = try? detector.judgeNewest(values) else {
            return Judgement(
                changePoints: [],
                summary: "\(values.count) run\(values.count == 1 ? "" : "s"): too few to look for change points",
                newestIsChange: false, relativeChange: nil, relativeSpread: nil, nights: values.count,
                referenceNights: max(0, values.count - 1))
        }
        let indices = judgement.changePoints.map(\.index)
        var spread: Double?
        if let median = judgement.referenceMedian, median != 0, let mad = judgement.referenceScaledMAD {
            spread = mad / abs(median)
        }
        var text = "change points: " + (indices.isEmpty ? "none" : indices.map(String.init).joined(separator: ", "))
        text +=
            "; the newest run is in a segment of \(judgement.runsInCurrentSegment) run\(judgement.runsInCurrentSegment == 1 ? "" : "s")"
        if let change = judgement.relativeChange {
            text += String(format: ", %+.2f%% against the last stable segment", change * 100)
        }
        if let spread { text += String(format: " (run-to-run spread %.2f%%", spread * 100) }
        if let z = judgement.robustZ { text += String(format: ", robust z %.1f", z) }
        if spread != nil { text += ")" }
        return Judgement(
            changePoints: indices, summary: text, newestIsChange: judgement.changePointAtNewest,
            relativeChange: judgement.relativeChange, relativeSpread: spread, nights: values.count,
            referenceNights: judgement.referenceSegment?.count ?? 0)
    }
}
