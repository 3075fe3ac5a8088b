import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An in-process marker line for machines without GPIO chips (CI, the virtual lab, the local target).
///
/// It keeps every level change and, when given a wire file, appends each one to it so a simulated meter
/// in another process can see the marker.
///
/// ## Wire format
/// One line per level change, ASCII, appended with `O_APPEND` in a single `write(2)`:
/// ```
/// <t_ns> <0|1>\n
/// ```
/// `t_ns` is a decimal `CLOCK_MONOTONIC` timestamp in nanoseconds, the second field the logical level after
/// the change. Lines are in time order; the level before the first line is 0. Several runs may append to
/// the same file; a reader takes the last line at or before its start as the initial level and ignores an
/// unterminated last line (a write in progress).
public final class SimulatedMarkerLine: MarkerLine {
    /// The wire file edges are appended to, if any.
    public let wirePath: String?

    private struct State {
        var edges: [MarkerEdge] = []
        var level = false
        var wireFD: Int32 = -1
    }
    private let state = Mutex(State())

    /// Creates a line at level 0.
    /// - Parameter wirePath: File to append edges to (created on the first edge), or nil to keep them in memory only.
    public init(wirePath: String?) {
        self.wirePath = wirePath
    }

    /// Every level change so far, in time order.
    public var edges: [MarkerEdge] { state.withLock { $0.edges } }

    /// The current logical level.
    public var level: Bool { state.withLock { $0.level } }

    /// Sets the level. A call that does not change the level records nothing but still returns the time.
    /// - Throws: `GPIOError` (`.wireWrite`) when the wire file cannot be opened or written; the level is then unchanged.
    public func set(_ active: Bool) throws(GPIOError) -> Int64 {
        try state.withLock { (state) throws(GPIOError) -> Int64 in
            let now = monotonicNowNs()
            guard active != state.level else { return now }
            if let wirePath {
                try Self.append(MarkerEdge(timeNs: now, level: active), to: wirePath, fd: &state.wireFD)
            }
            state.level = active
            state.edges.append(MarkerEdge(timeNs: now, level: active))
            return now
        }
    }

    private static func append(_ edge: MarkerEdge, to path: String, fd: inout Int32) throws(GPIOError) {
        if fd < 0 {
            fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let code = currentErrno()
                throw GPIOError(
                    code: .wireWrite, chip: path, line: nil, operation: "open", errnoCode: code,
                    message: "cannot open the simulated marker wire file \(path) for appending")
            }
        }
        let text = "\(edge.timeNs) \(edge.level ? 1 : 0)\n"
        var bytes = Array(text.utf8)
        let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let code = written < 0 ? currentErrno() : Int32(EIO)
            throw GPIOError(
                code: .wireWrite, chip: path, line: nil, operation: "write", errnoCode: code,
                message: "cannot append an edge to the simulated marker wire file \(path)")
        }
    }

    deinit {
        state.withLock { state in
            if state.wireFD >= 0 { _ = Glibc.close(state.wireFD) }
            state.wireFD = -1
        }
    }
}
