import Foundation
public import HILBenchCore

/// Receives progress from a run (the CLI prints it; tests record it).
public protocol RunObserver: Sendable {
    func planned(total: Int, alreadyStored: Int, runID: String)
    func started(_ key: CaseKey, index: Int, total: Int)
    func finished(_ result: CaseResult, index: Int, total: Int)
    func note(_ message: String)
    /// Something happened to a board (stopped answering, power cycle, recovery); by default shown as a note.
    func boardEvent(_ event: BoardEvent)
}

extension RunObserver {
    public func boardEvent(_ event: BoardEvent) {
        note("board \(event.board): \(event.kind.rawValue.replacingOccurrences(of: "_", with: " ")): \(event.detail)")
    }
}
