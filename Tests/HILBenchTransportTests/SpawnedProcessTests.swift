import Foundation
import HILBenchCore
import HILBenchSystem
import Testing

@testable import HILBenchTransport

/// Children of the transport are seen to end even while a long-lived child that closed its inherited descriptors
/// (as `ssh` does at start) is still running — the case that hung Foundation.Process and `--resume` after a cut link.
@Suite(.timeLimit(.minutes(1)))
struct SpawnedProcessTests {
    /// A stand-in for an ssh link: closes every inherited descriptor above stderr, then waits for stdin to close.
    static let linkLike = ["/usr/bin/perl", "-e", "use POSIX; POSIX::close($_) for 3..1023; <STDIN>; exit 0"]

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/perl"), "needs /usr/bin/perl"))
    func shortCommandsEndWhileALinkThatClosedItsDescriptorsRuns() async throws {
        let link = try Connection(command: Self.linkLike, board: "b1")
        try await Task.sleep(for: .milliseconds(200))  // it has closed its descriptors by now
        // Its own exit status (not nil, which would mean killed at the deadline) shows its end was seen.
        let outcome = try await BoundedCommand(["/bin/sh", "-c", "echo done >&2; exit 7"], timeout: .seconds(120)).run(
            board: "b1")
        #expect(outcome.status == 7)
        #expect(outcome.stderr == "done")
        #expect(link.isRunning)
        link.terminate(after: .seconds(2))  // closes its stdin: it exits 0
        #expect(await link.process.waitForExit(timeout: .seconds(5)))
        #expect(link.process.terminationStatus == 0)
    }

    @Test func aCommandPastItsTimeIsKilledAndSaysSo() async throws {
        let start = ContinuousClock.now
        let outcome = try await BoundedCommand(["/bin/sleep", "600"], timeout: .milliseconds(300)).run(board: "b1")
        #expect(outcome.status == nil)
        #expect(ContinuousClock.now - start < .seconds(60), "killed at its deadline, not waited out")
    }

    @Test func aMissingExecutableIsATransportErrorNamingIt() async throws {
        let error = await #expect(throws: HILBenchError.self) {
            _ = try await BoundedCommand(["/nonexistent/scp", "x"], timeout: .seconds(1)).run(board: "b1")
        }
        #expect(error?.message.contains("/nonexistent/scp") == true)
        #expect(error?.board == "b1")
    }

    @Test func aSignalledChildReportsItsSignal() async throws {
        let child = try SpawnedProcess(["/bin/sleep", "30"])
        child.signal(SIGTERM)
        #expect(await child.waitForExit(timeout: .seconds(5)))
        #expect(child.terminationStatus == 128 + SIGTERM)
    }
}
