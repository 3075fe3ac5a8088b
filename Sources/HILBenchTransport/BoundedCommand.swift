import Foundation
import HILBenchCore
import HILBenchSystem

/// A short helper command (scp, `ssh -O check`) run from an argument vector, killed when its time is up or
/// its task is cancelled.
public struct BoundedCommand: Sendable {
    /// How it ended: exit status (nil when it was killed for time), and the tail of its standard error.
    public struct Outcome: Sendable {
        public var status: Int32?
        public var stderr: String
        public var succeeded: Bool { status == 0 }
    }

    public var arguments: [String]
    public var timeout: Duration

    public init(_ arguments: [String], timeout: Duration) {
        self.arguments = arguments
        self.timeout = timeout
    }

    /// Runs it to its end (or its deadline); throws only when it cannot start.
    public func run(board: String) async throws -> Outcome {
        let process: SpawnedProcess
        do {
            process = try SpawnedProcess(arguments)
        } catch {
            throw HILBenchError(.transport, "\(error)", board: board, cause: error)
        }
        let tail = LockedText(limit: 4096)
        let drained = DispatchSemaphore(value: 0)
        if let reader = process.stderr {
            Thread.detachNewThread {
                while true {
                    let chunk = reader.availableData
                    if chunk.isEmpty { break }
                    tail.append(chunk)
                }
                drained.signal()
            }
        } else {
            drained.signal()
        }
        let ended = await process.waitForExit(timeout: timeout)
        if !ended {
            process.signal(SIGKILL)
            _ = await process.waitForExit(timeout: .seconds(5))
        }
        // The child's last words may still be in the pipe when its exit is seen: read them to the end (bounded, as a
        // grandchild it left behind could hold the pipe open).
        _ = drained.wait(timeout: .now() + 2)
        return Outcome(
            status: ended ? process.terminationStatus : nil,
            stderr: tail.text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
