internal import Foundation
import Synchronization

extension GPIOEdgeCapture {
    /// The simulated backend of edge capture: a controller input "wired" to a simulated marker line, i.e. a reader of
    /// the line's wire file (`SimulatedMarkerLine`). Edges appended to the wire after the capture was created come out
    /// of the same stream, thread and lost-edge detection as kernel events would, with the wire's `CLOCK_MONOTONIC`
    /// timestamps (the kernel's clock too, for a board on this machine).
    /// - Parameters:
    ///   - wirePath: The wire file (it may not exist yet).
    ///   - pollInterval: How often the file is checked for new lines.
    public static func simulated(wirePath: String, pollInterval: Duration = .milliseconds(2)) -> GPIOEdgeCapture {
        let tail = WireTail(path: wirePath)
        let source = EdgeEventSource(
            wait: { timeoutNs in
                let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeoutNs))
                while DispatchTime.now().uptimeNanoseconds < deadline {
                    if tail.hasNewBytes() { return true }
                    Thread.sleep(forTimeInterval: min(0.002, Double(timeoutNs) / 1e9))
                }
                return tail.hasNewBytes()
            },
            read: { tail.readEvents() },
            close: {})
        return GPIOEdgeCapture(
            source: source, chipPath: "simulated wire \(wirePath)", offset: 0, pollInterval: pollInterval)
    }
}

/// Reads complete new lines of a marker wire file from where the last read stopped (starting at the file's size when
/// the tail was made: edges from before the capture are not its business).
private final class WireTail: Sendable {
    private struct State {
        var offset: UInt64
        var partial: [UInt8] = []
        var sequence: UInt64 = 0
    }
    private let path: String
    private let state: Mutex<State>

    init(path: String) {
        self.path = path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value ?? 0
        state = Mutex(State(offset: size))
    }

    private func size() -> UInt64 {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value ?? 0
    }

    func hasNewBytes() -> Bool { size() > state.withLock { $0.offset } }

    func readEvents() -> [RawEdgeEvent] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return state.withLock { state in
            guard (try? handle.seek(toOffset: state.offset)) != nil, let data = try? handle.readToEnd(), !data.isEmpty
            else { return [] }
            state.offset += UInt64(data.count)
            var events: [RawEdgeEvent] = []
            for byte in data {
                guard byte == 0x0A else {
                    state.partial.append(byte)
                    continue
                }
                let fields = String(decoding: state.partial, as: UTF8.self).split(separator: " ")
                state.partial.removeAll(keepingCapacity: true)
                // A line that is not "<t_ns> <0|1>" is not an edge the wire could carry: skipped (the wire's own reader
                // reports it with its line number).
                guard fields.count == 2, let time = Int64(fields[0]), fields[1] == "0" || fields[1] == "1" else {
                    continue
                }
                state.sequence += 1
                events.append(RawEdgeEvent(timestampNs: time, rising: fields[1] == "1", lineSeqno: state.sequence))
            }
            return events
        }
    }
}
