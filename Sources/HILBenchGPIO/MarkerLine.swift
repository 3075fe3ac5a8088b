/// A level change of a marker line, on `CLOCK_MONOTONIC`.
public struct MarkerEdge: Sendable, Hashable, Codable {
    /// When the level changed, in nanoseconds of `CLOCK_MONOTONIC`.
    public var timeNs: Int64
    /// The (logical, active-high) level after the change.
    public var level: Bool

    public init(timeNs: Int64, level: Bool) {
        self.timeNs = timeNs
        self.level = level
    }
}

/// The board's marker output: raised around the measured window so a meter or a capture input sees it.
public protocol MarkerLine: Sendable {
    /// Drives the marker to `active` (logical level; active-low lines are inverted by the backend).
    /// - Returns: The `CLOCK_MONOTONIC` timestamp in nanoseconds taken right after the change.
    /// - Throws: `GPIOError` when the line cannot be driven.
    func set(_ active: Bool) throws(GPIOError) -> Int64
}
