/// Something that happened to a board during a run, kept with the run so the report can say what happened:
/// a case that timed out, a power cycle and its steps, a board that came back or was given up.
public struct BoardEvent: Sendable, Codable, Equatable {
    /// What happened.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A health check's verdict (`detail` says good / bad / offline and why).
        case health
        /// A case failed because the board stopped answering.
        case stoppedAnswering = "stopped_answering"
        /// The relay cut the board's power.
        case powerOff = "power_off"
        /// The relay restored the board's power.
        case powerOn = "power_on"
        /// The board answered again after a power cycle.
        case back
        /// The board did not answer again before its boot timeout, or its relay failed.
        case lost
        /// A case was run again after recovery.
        case retried
        /// The board's remaining cases were given up (`detail` says why).
        case gaveUp = "gave_up"
    }

    public var board: String
    /// Wall-clock time, seconds since 1970.
    public var at: Double
    public var kind: Kind
    public var detail: String
    /// The case it concerns, if any.
    public var caseID: String?

    public init(board: String, at: Double, kind: Kind, detail: String, caseID: String? = nil) {
        self.board = board
        self.at = at
        self.kind = kind
        self.detail = detail
        self.caseID = caseID
    }
}
