internal import CGPIOD
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One requested libgpiod line (output or edge events), owning its C handle.
///
/// The handle lives behind a `Mutex`, so the owner is honestly `Sendable`; it is released by `close()`
/// or, at the latest, in `deinit`.
final class RequestedLine: Sendable {
    let chipPath: String
    let offset: UInt32
    private let handle: Mutex<UnsafeMutablePointer<cgpiod_line>?>

    enum Kind {
        case output(activeLow: Bool, initiallyActive: Bool)
        case bothEdges(activeLow: Bool, bias: GPIOBias)
    }

    init(chipPath: String, offset: UInt32, consumer: String, kind: Kind) throws(GPIOError) {
        self.chipPath = chipPath
        self.offset = offset
        var step: Int32 = 0
        let raw: UnsafeMutablePointer<cgpiod_line>?
        let operation: String
        switch kind {
        case .output(let activeLow, let initiallyActive):
            raw = cgpiod_request_output(chipPath, offset, consumer, activeLow ? 1 : 0, initiallyActive ? 1 : 0, &step)
            operation =
                GPIOLibrary.apiMajor == 1 ? "gpiod_line_request_output_flags" : "gpiod_chip_request_lines (output)"
        case .bothEdges(let activeLow, let bias):
            raw = cgpiod_request_both_edges(chipPath, offset, consumer, activeLow ? 1 : 0, bias.cValue, &step)
            operation =
                GPIOLibrary.apiMajor == 1
                ? "gpiod_line_request_both_edges_events_flags" : "gpiod_chip_request_lines (both edges)"
        }
        guard let raw else {
            let code = currentErrno()
            throw Self.requestError(
                step: step, errno: code, chipPath: chipPath, offset: offset, requestOperation: operation)
        }
        handle = Mutex(raw)
    }

    private static func requestError(
        step: Int32, errno: Int32, chipPath: String, offset: UInt32, requestOperation: String
    ) -> GPIOError {
        switch step {
        case Int32(CGPIOD_STEP_OPEN_CHIP):
            let hint =
                switch errno {
                case ENOENT: "the chip does not exist; list chips with `gpiodetect` or GPIOLibrary.chips()"
                case EACCES: "permission denied; add the user to the gpio group or fix the udev rule"
                default: "check the target's gpio.chip"
                }
            return GPIOError(
                code: .chipOpen, chip: chipPath, line: offset, operation: "gpiod_chip_open", errnoCode: errno,
                message: "cannot open GPIO chip \(chipPath): \(hint)")
        case Int32(CGPIOD_STEP_GET_LINE):
            return GPIOError(
                code: .lineRequest, chip: chipPath, line: offset, operation: "gpiod_chip_get_line", errnoCode: errno,
                message: "chip \(chipPath) has no line \(offset); check the target's gpio.line")
        case Int32(CGPIOD_STEP_ALLOC):
            return GPIOError(
                code: .lineRequest, chip: chipPath, line: offset, operation: "allocation", errnoCode: errno,
                message: "out of memory while requesting line \(offset)")
        default:
            let hint =
                errno == EBUSY
                ? "the line is in use by another consumer (see `gpioinfo`)" : "check offset, direction and permissions"
            return GPIOError(
                code: .lineRequest, chip: chipPath, line: offset, operation: requestOperation, errnoCode: errno,
                message: "cannot request line \(offset) on \(chipPath): \(hint)")
        }
    }

    private func closedError(_ operation: String) -> GPIOError {
        GPIOError(
            code: .closed, chip: chipPath, line: offset, operation: operation, errnoCode: nil,
            message: "the line was already released; request it again")
    }

    /// Drives the logical value and returns `CLOCK_MONOTONIC` right after the ioctl returned.
    func set(_ active: Bool) throws(GPIOError) -> Int64 {
        try handle.withLock { (raw) throws(GPIOError) -> Int64 in
            guard let line = raw else { throw closedError("set value") }
            guard cgpiod_set_value(line, active ? 1 : 0) == 0 else {
                let code = currentErrno()
                throw GPIOError(
                    code: .setValue, chip: chipPath, line: offset,
                    operation: GPIOLibrary.apiMajor == 1 ? "gpiod_line_set_value" : "gpiod_line_request_set_value",
                    errnoCode: code, message: "cannot drive line \(offset) \(active ? "active" : "inactive")")
            }
            return monotonicNowNs()
        }
    }

    /// Waits up to `timeoutNs` for edge events: true when some are pending.
    func waitForEvents(timeoutNs: Int64) throws(GPIOError) -> Bool {
        try handle.withLock { (raw) throws(GPIOError) -> Bool in
            guard let line = raw else { throw closedError("wait for events") }
            let result = cgpiod_wait_events(line, timeoutNs)
            if result < 0 {
                let code = currentErrno()
                if code == EINTR { return false }
                throw GPIOError(
                    code: .eventWait, chip: chipPath, line: offset,
                    operation: GPIOLibrary.apiMajor == 1
                        ? "gpiod_line_event_wait" : "gpiod_line_request_wait_edge_events",
                    errnoCode: code, message: "waiting for edges on line \(offset) failed")
            }
            return result == 1
        }
    }

    /// Reads the queued edge events (at most one kernel FIFO's worth).
    func readEvents() throws(GPIOError) -> [RawEdgeEvent] {
        try handle.withLock { (raw) throws(GPIOError) -> [RawEdgeEvent] in
            guard let line = raw else { throw closedError("read events") }
            var buffer = [cgpiod_event](repeating: cgpiod_event(), count: Int(CGPIOD_EVENT_BATCH))
            let count = buffer.withUnsafeMutableBufferPointer {
                cgpiod_read_events(line, $0.baseAddress, UInt32(CGPIOD_EVENT_BATCH))
            }
            guard count >= 0 else {
                let code = currentErrno()
                throw GPIOError(
                    code: .eventRead, chip: chipPath, line: offset,
                    operation: GPIOLibrary.apiMajor == 1
                        ? "gpiod_line_event_read_multiple" : "gpiod_line_request_read_edge_events",
                    errnoCode: code, message: "reading edges on line \(offset) failed")
            }
            return buffer.prefix(Int(count)).map {
                RawEdgeEvent(
                    timestampNs: Int64(truncatingIfNeeded: $0.timestamp_ns), rising: $0.rising != 0,
                    lineSeqno: $0.line_seqno)
            }
        }
    }

    /// Releases the line (idempotent).
    func close() {
        handle.withLock { raw in
            if let line = raw { cgpiod_release(line) }
            raw = nil
        }
    }

    deinit { close() }
}

/// An edge event as read from libgpiod, before it becomes a `MarkerEdge`.
struct RawEdgeEvent: Sendable, Hashable {
    var timestampNs: Int64
    var rising: Bool
    /// Per-line sequence number (v2); 0 when the API has none (v1).
    var lineSeqno: UInt64
}

extension GPIOBias {
    var cValue: Int32 {
        switch self {
        case .asIs: Int32(CGPIOD_BIAS_AS_IS)
        case .disabled: Int32(CGPIOD_BIAS_DISABLED)
        case .pullDown: Int32(CGPIOD_BIAS_PULL_DOWN)
        case .pullUp: Int32(CGPIOD_BIAS_PULL_UP)
        }
    }
}
