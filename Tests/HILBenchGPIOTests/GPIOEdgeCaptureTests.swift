import Foundation
import Synchronization
import Testing

@testable import HILBenchGPIO

@Suite("GPIO edge capture (scripted source)", .timeLimit(.minutes(1)))
struct GPIOEdgeCaptureTests {
    /// A source that hands out scripted batches, then times out until closed.
    final class ScriptedSource: Sendable {
        let batches: Mutex<[[RawEdgeEvent]]>
        let closed = Atomic<Bool>(false)
        let failure: GPIOError?

        init(_ batches: [[RawEdgeEvent]], failure: GPIOError? = nil) {
            self.batches = Mutex(batches)
            self.failure = failure
        }

        var source: EdgeEventSource {
            EdgeEventSource(
                wait: { (_) throws(GPIOError) -> Bool in
                    let pending = self.batches.withLock { !$0.isEmpty }
                    if !pending, let failure = self.failure { throw failure }
                    if !pending { usleep(1_000) }
                    return pending
                },
                read: { () throws(GPIOError) -> [RawEdgeEvent] in self.batches.withLock { $0.removeFirst() } },
                close: { self.closed.store(true, ordering: .releasing) })
        }
    }

    func event(_ t: Int64, _ rising: Bool, seq: UInt64 = 0) -> RawEdgeEvent {
        RawEdgeEvent(timestampNs: t, rising: rising, lineSeqno: seq)
    }

    @Test func deliversEdgesAndCountsV1Losses() async throws {
        let script = ScriptedSource([[event(10, true), event(20, false)], [event(30, false), event(40, true)]])
        let capture = GPIOEdgeCapture(
            source: script.source, chipPath: "scripted", offset: 1, pollInterval: .milliseconds(5))
        var received: [MarkerEdge] = []
        for try await edge in capture.edges() {
            received.append(edge)
            if received.count == 4 { break }
        }
        #expect(received.map(\.timeNs) == [10, 20, 30, 40])
        #expect(received.map(\.level) == [true, false, false, true])
        #expect(capture.suspectedLostEdges == 1)  // two falling edges in a row
        try await waitUntil { script.closed.load(ordering: .acquiring) }
    }

    @Test func countsV2SequenceGaps() async throws {
        let script = ScriptedSource([[event(10, true, seq: 1), event(20, false, seq: 2), event(50, true, seq: 5)]])
        let capture = GPIOEdgeCapture(
            source: script.source, chipPath: "scripted", offset: 1, pollInterval: .milliseconds(5))
        var count = 0
        for try await _ in capture.edges() {
            count += 1
            if count == 3 { break }
        }
        #expect(capture.suspectedLostEdges == 2)
    }

    @Test func cancellationEndsTheStreamAndReleasesTheLine() async throws {
        let script = ScriptedSource([])
        let capture = GPIOEdgeCapture(
            source: script.source, chipPath: "scripted", offset: 1, pollInterval: .milliseconds(5))
        let stream = capture.edges()
        let consumer = Task {
            var count = 0
            for try await _ in stream { count += 1 }
            return count
        }
        try await Task.sleep(for: .milliseconds(20))
        consumer.cancel()
        #expect(try await consumer.value == 0)
        try await waitUntil { script.closed.load(ordering: .acquiring) }
    }

    @Test func waitFailureFinishesTheStreamWithTheError() async throws {
        let failure = GPIOError(
            code: .eventWait, chip: "scripted", line: 1, operation: "gpiod_line_event_wait", errnoCode: EIO,
            message: "boom")
        let script = ScriptedSource([[event(10, true)]], failure: failure)
        let capture = GPIOEdgeCapture(
            source: script.source, chipPath: "scripted", offset: 1, pollInterval: .milliseconds(5))
        var received: [MarkerEdge] = []
        let error = await #expect(throws: GPIOError.self) {
            for try await edge in capture.edges() { received.append(edge) }
        }
        #expect(received == [MarkerEdge(timeNs: 10, level: true)])
        #expect(error?.code == .eventWait)
        #expect(error?.errnoText == "Input/output error")
        try await waitUntil { script.closed.load(ordering: .acquiring) }
    }

    @Test func secondStreamIsRefused() async throws {
        let script = ScriptedSource([])
        let capture = GPIOEdgeCapture(
            source: script.source, chipPath: "scripted", offset: 1, pollInterval: .milliseconds(5))
        let first = capture.edges()
        let error = await #expect(throws: GPIOError.self) {
            for try await _ in capture.edges() {}
        }
        #expect(error?.code == .alreadyStarted)
        _ = first
    }

    func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(2)) }
        #expect(condition())
    }
}
