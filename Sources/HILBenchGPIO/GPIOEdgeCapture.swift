internal import Foundation
import Synchronization

/// Edge capture on a controller GPIO input wired to the board's marker: kernel-timestamped edges as an
/// `AsyncThrowingStream`.
///
/// The line is requested in `init`, so the kernel queues edges from then on. `edges()` starts a dedicated
/// thread that blocks in the libgpiod wait call (with `pollInterval` as timeout, so it notices cancellation)
/// and yields each edge. The stream ends when the consumer cancels or drops it; the thread then releases
/// the line.
///
/// Timestamps are the kernel's: `CLOCK_MONOTONIC` with libgpiod v2 (requested explicitly) and with v1 on
/// kernels ≥ 5.7. Lost edges are detected by sequence-number gaps (v2) or by two consecutive edges with
/// the same level (v1, whose kernel FIFO holds 16 events) and counted in `suspectedLostEdges`.
public final class GPIOEdgeCapture: Sendable {
    /// Where the capture reads (the resolved chip path, or a description for a test source).
    public let chipPath: String
    /// The line offset.
    public let offset: UInt32
    /// How long one blocking wait may last before the thread checks for cancellation.
    public let pollInterval: Duration

    private let source: EdgeEventSource
    private let started = Atomic<Bool>(false)
    private let lostEdges = Atomic<Int>(0)

    /// Requests the line for both-edge events.
    /// - Parameters:
    ///   - chip: `/dev/gpiochipN`, `gpiochipN` or a chip label.
    ///   - offset: Line offset of the input.
    ///   - activeLow: Invert the level (edges are reported as logical levels).
    ///   - bias: Input bias.
    ///   - consumer: Consumer name recorded by the kernel.
    ///   - pollInterval: Longest blocking wait before a cancellation check.
    ///   - devRoot: Where chip names and labels are looked up.
    /// - Throws: `GPIOError` naming the chip, line, failing call and errno text.
    public init(
        chip: GPIOChipSelector, offset: UInt32, activeLow: Bool = false, bias: GPIOBias = .asIs,
        consumer: String = "hilbench", pollInterval: Duration = .milliseconds(50), devRoot: String = "/dev"
    ) throws(GPIOError) {
        let path = try chip.resolvePath(devRoot: devRoot)
        let line = try RequestedLine(
            chipPath: path, offset: offset, consumer: consumer, kind: .bothEdges(activeLow: activeLow, bias: bias)
        )
        self.chipPath = path
        self.offset = offset
        self.pollInterval = pollInterval
        self.source = EdgeEventSource(
            wait: { (timeout) throws(GPIOError) -> Bool in try line.waitForEvents(timeoutNs: timeout) },
            read: { () throws(GPIOError) -> [RawEdgeEvent] in try line.readEvents() },
            close: { line.close() }
        )
    }

    /// A capture over any event source (tests drive the thread and stream logic with a scripted source).
    init(source: EdgeEventSource, chipPath: String, offset: UInt32, pollInterval: Duration) {
        self.chipPath = chipPath
        self.offset = offset
        self.pollInterval = pollInterval
        self.source = source
    }

    /// Edges suspected lost so far (sequence gaps in v2, repeated levels in v1).
    public var suspectedLostEdges: Int { lostEdges.load(ordering: .relaxed) }

    /// Starts the capture thread and returns its edges. Call once per capture.
    ///
    /// The stream finishes when its consumer stops iterating (cancellation), and throws a `GPIOError` if
    /// waiting or reading fails. A second call returns a stream that throws `.alreadyStarted`.
    public func edges() -> AsyncThrowingStream<MarkerEdge, any Error> {
        let (stream, continuation) = AsyncThrowingStream<MarkerEdge, any Error>.makeStream()
        guard !started.exchange(true, ordering: .acquiringAndReleasing) else {
            continuation.finish(
                throwing: GPIOError(
                    code: .alreadyStarted, chip: chipPath, line: offset, operation: "edges()", errnoCode: nil,
                    message: "this capture is already streaming; create a new GPIOEdgeCapture for another window"))
            return stream
        }
        let stop = StopFlag()
        continuation.onTermination = { _ in stop.flag.store(true, ordering: .releasing) }
        let timeoutNs = Self.nanoseconds(pollInterval)
        let thread = Thread { [source, self] in
            defer { source.close() }
            var lastLevel: Bool?
            var lastSeqno: UInt64 = 0
            while !stop.flag.load(ordering: .acquiring) {
                do {
                    guard try source.wait(timeoutNs) else { continue }
                    for event in try source.read() {
                        if event.lineSeqno != 0 {
                            if lastSeqno != 0, event.lineSeqno > lastSeqno + 1 {
                                lostEdges.add(Int(event.lineSeqno - lastSeqno - 1), ordering: .relaxed)
                            }
                            lastSeqno = event.lineSeqno
                        } else if lastLevel == event.rising {
                            lostEdges.add(1, ordering: .relaxed)
                        }
                        lastLevel = event.rising
                        continuation.yield(MarkerEdge(timeNs: event.timestampNs, level: event.rising))
                    }
                } catch {
                    continuation.finish(throwing: error)
                    return
                }
            }
            continuation.finish()
        }
        thread.name = "hilbench-gpio-edges"
        thread.start()
        return stream
    }

    /// Releases the line without streaming (a started stream releases it when it ends).
    public func close() {
        if !started.exchange(true, ordering: .acquiringAndReleasing) { source.close() }
    }

    deinit {
        if !started.load(ordering: .acquiring) { source.close() }
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return max(1_000_000, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// The blocking operations the capture thread needs, as closures (libgpiod in production, a script in tests).
struct EdgeEventSource: Sendable {
    /// Waits up to the given nanoseconds; true when events are pending.
    var wait: @Sendable (_ timeoutNs: Int64) throws(GPIOError) -> Bool
    /// Reads pending events (may block if none).
    var read: @Sendable () throws(GPIOError) -> [RawEdgeEvent]
    /// Releases the underlying line (idempotent).
    var close: @Sendable () -> Void
}

private final class StopFlag: Sendable {
    let flag = Atomic<Bool>(false)
}
