/// Who held each board when, rebuilt from the stored lease events, and the checks a shared lab's history must pass:
/// no two holders on one board at once, and every case stored by a controller while it held the case's board.
public struct LeaseHistory: Sendable {
    /// One holder's uninterrupted time on a board (store clock).
    public struct Holding: Sendable, Equatable {
        public var board: String
        public var holder: LeaseHolder
        public var runID: String?
        public var start: Double
        /// When it ended (released, lapsed, stolen); nil while still held as far as the history knows.
        public var end: Double?

        public func covers(_ time: Double) -> Bool { time >= start && time <= (end ?? .infinity) }
    }

    public let holdings: [Holding]

    /// - Parameter leases: the current leases: a holding still open ends at its lease's expiry.
    public init(events: [LeaseEvent], leases: [BoardLease] = []) {
        var done: [Holding] = []
        var open: [String: Holding] = [:]
        for event in events {
            switch event.kind {
            case .acquired:
                // A new holding; one still open for another holder means the history missed its end.
                if let current = open[event.board], current.holder == event.holder { continue }
                if var current = open.removeValue(forKey: event.board) {
                    current.end = nil
                    done.append(current)
                }
                open[event.board] = Holding(
                    board: event.board, holder: event.holder, runID: event.runID, start: event.at, end: nil)
            case .released, .expired, .stolen:
                guard var current = open[event.board], current.holder == event.holder else { continue }
                current.end = event.at
                done.append(current)
                open[event.board] = nil
            }
        }
        for (board, var holding) in open {
            if let lease = leases.first(where: { $0.board == board && $0.holder == holding.holder }) {
                holding.end = lease.expiresAt
            }
            done.append(holding)
        }
        holdings = done.sorted { ($0.board, $0.start) < ($1.board, $1.start) }
    }

    /// Pairs of holdings of one board by different holders that overlap in time (empty when all is well).
    public func overlaps() -> [String] {
        var problems: [String] = []
        let boards = Dictionary(grouping: holdings, by: \.board)
        for (board, list) in boards.sorted(by: { $0.key < $1.key }) {
            for (index, first) in list.enumerated() {
                for second in list[(index + 1)...] where second.holder != first.holder {
                    if first.start < (second.end ?? .infinity) && second.start < (first.end ?? .infinity) {
                        problems.append(
                            "board \(board) held by \(first.holder) from \(first.start) to \(first.end ?? .infinity) "
                                + "and by \(second.holder) from \(second.start) to \(second.end ?? .infinity)")
                    }
                }
            }
        }
        return problems
    }

    /// Done cases not claimed and stored within one holding of the board by the controller that stored them (empty
    /// when every case was measured under its controller's lease). Pass the measured cases: a case recorded as not
    /// run (its board unreachable or busy) is stored without holding its board.
    public func casesOutsideTheirHolder(_ queue: [QueueEntry]) -> [String] {
        queue.filter { $0.state == .done }.compactMap { entry in
            guard let holder = entry.doneBy, let claimed = entry.claimedAt, let stored = entry.doneAt else {
                return "case \(entry.caseID) is done without a claim or holder"
            }
            // The claim counts when it was this holder's (a later claim by another holder found the case stored).
            let times = entry.claimedBy == holder ? [claimed, stored] : [stored]
            let covered = holdings.contains { holding in
                holding.board == entry.board && holding.holder == holder && times.allSatisfy(holding.covers)
            }
            return covered
                ? nil
                : "case \(entry.caseID) on \(entry.board) was claimed at \(claimed) and stored at \(stored) by "
                    + "\(holder), outside any lease it held on the board"
        }
    }
}
