/// How a board's `CLOCK_MONOTONIC` maps onto the controller's, so marker edges the board timestamped can cut windows
/// out of a meter trace the controller timestamped.
///
/// Same kernel (the embedded default, the virtual lab: one boot id): the clocks are one clock, offset 0, uncertainty 0.
/// Otherwise the controller asks the board for its clock and takes the midpoint of the request: offset = board −
/// midpoint, uncertainty = half the round trip (the board answered somewhere inside it).
public struct ClockMapping: Sendable, Codable, Equatable {
    /// `same_kernel` or `round_trip`.
    public var method: String
    /// Board clock minus controller clock (ns).
    public var offsetNs: Int64
    /// The offset is known to ± this (ns).
    public var uncertaintyNs: Int64

    public init(method: String, offsetNs: Int64, uncertaintyNs: Int64) {
        self.method = method
        self.offsetNs = offsetNs
        self.uncertaintyNs = uncertaintyNs
    }

    /// One clock: the board shares the controller's kernel.
    public static let sameKernel = ClockMapping(method: "same_kernel", offsetNs: 0, uncertaintyNs: 0)

    /// From one exchange: the board read `boardNs` while the controller's clock went from `sentNs` to `receivedNs`.
    public static func roundTrip(boardNs: Int64, sentNs: Int64, receivedNs: Int64) -> ClockMapping {
        let midpoint = sentNs + (receivedNs - sentNs) / 2
        return ClockMapping(
            method: "round_trip", offsetNs: boardNs - midpoint, uncertaintyNs: max(0, (receivedNs - sentNs + 1) / 2))
    }

    /// A board timestamp on the controller's clock.
    public func controllerTime(_ boardNs: Int64) -> Int64 { boardNs - offsetNs }
}
