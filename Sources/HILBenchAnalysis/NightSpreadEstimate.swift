import Foundation
public import HILBenchCore
public import HILBenchStats

/// A case's night-to-night spread as its history shows it, for the execution-level verdict (`NightLevelSpread`),
/// or why there is none yet.
public struct NightSpreadEstimate: Sendable, Equatable {
    /// The estimate; nil when history is too short.
    public var spread: NightLevelSpread?
    /// What it rests on, in words, when that is worth saying (too few nights, the nights after a change point).
    public var note: String?
    /// The nights it was estimated from: per night, its executions' log medians, slow ones set aside
    /// (`SlowExecutions`; a nightly judges tonight against their mean when it compares with history).
    public var nights: [[Double]]

    public init(spread: NightLevelSpread?, note: String?, nights: [[Double]] = []) {
        self.spread = spread
        self.note = note
        self.nights = nights
    }

    /// Earlier nights pooled (the newest ones).
    public static let recentNights = 10

    /// The spread from the case's earlier runs: runs before `candidateRunID` (all when it is not in the history),
    /// ok, measured on a quiet machine without throttling, with ≥ 2 executions (each night's slow executions set
    /// aside); only those after the last change
    /// point of their run-level series (a past regression is not night-to-night noise); the newest `recentNights`.
    public static func from(_ history: [CaseHistoryEntry], before candidateRunID: String) -> NightSpreadEstimate {
        let earlier = history.firstIndex { $0.runID == candidateRunID }.map { Array(history[..<$0]) } ?? history
        var nights: [[Double]] = []
        for entry in earlier {
            let row = entry.row
            guard row.status == .ok, row.trusted else { continue }
            guard row.executionMediansNs.count >= 2, row.executionSamplesPositive else { continue }
            // Each night's typical executions: the ones something outside the benchmark slowed set aside, as the
            // verdict sets aside tonight's.
            nights.append(SlowExecutions(logMedians: row.executionMediansNs.map { log($0) }).kept)
        }
        var note: String?
        let means = nights.map { $0.reduce(0, +) / Double($0.count) }
        if let last = (try? ChangePoints().detect(means))?.last {
            nights = Array(nights[last.index...])
            note = "the nights since a change point \(means.count - last.index) nights back"
        }
        nights = Array(nights.suffix(recentNights))
        guard nights.count >= NightLevelSpread.minimumNights, let spread = try? NightLevelSpread(nights: nights) else {
            return NightSpreadEstimate(
                spread: nil,
                note: "\(nights.count) earlier quiet night\(nights.count == 1 ? "" : "s") with ≥ 2 executions"
                    + (note.map { " (\($0))" } ?? "") + ", need \(NightLevelSpread.minimumNights)")
        }
        return NightSpreadEstimate(spread: spread, note: note, nights: nights)
    }
}

extension NightSpreadEstimate {
    /// `from(_:before:)` for each of `keys`, `concurrency` at a time (each estimate is pure and its change points
    /// seeded, so the same as one at a time): `compare` and `nightly` estimate every case of a run.
    public static func from(
        _ histories: [CaseKey: [CaseHistoryEntry]], keys: [CaseKey], before candidateRunID: String, concurrency: Int
    ) async -> [CaseKey: NightSpreadEstimate] {
        let keys = Array(Set(keys))
        return await withTaskGroup(of: (CaseKey, NightSpreadEstimate).self) { group in
            var next = 0
            var estimates: [CaseKey: NightSpreadEstimate] = [:]
            func start() {
                let key = keys[next]
                let history = histories[key] ?? []
                group.addTask { (key, from(history, before: candidateRunID)) }
                next += 1
            }
            while next < min(max(1, concurrency), keys.count) { start() }
            while let (key, estimate) = await group.next() {
                estimates[key] = estimate
                if next < keys.count { start() }
            }
            return estimates
        }
    }
}
