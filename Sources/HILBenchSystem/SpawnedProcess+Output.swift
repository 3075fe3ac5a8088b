public import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

extension SpawnedProcess {
    /// What a finished command printed, and how it ended.
    public struct Output: Sendable {
        public var exit: Exit
        public var stdout: Data
        public var stderr: Data
        public var succeeded: Bool { exit.code == 0 }
        /// Standard error as text, trimmed: what a failure message quotes.
        public var stderrText: String {
            String(decoding: stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Runs a command to its end, collecting both output streams (read side by side, so a child that fills one
    /// pipe while we read the other cannot deadlock). For short commands a CLI runs and waits for.
    /// - Parameters:
    ///   - input: written to the child's stdin (from a thread of its own), which is then closed; nil: /dev/null.
    ///   - timeout: the child is killed (SIGKILL) when it has not ended by then; its exit then says so.
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, workingDirectory: String? = nil,
        input: Data? = nil, timeout: Duration? = nil
    ) throws -> Output {
        let process = try SpawnedProcess(
            arguments, environment: environment, stdin: input == nil ? .null : .pipe, stdout: .pipe, stderr: .pipe,
            workingDirectory: workingDirectory)
        if let input, let stdin = process.stdin {
            Thread.detachNewThread {
                // A child that exits without reading raises SIGPIPE on the writing thread: blocked on this thread,
                // which ends with it pending, so the write just fails with EPIPE.
                var pipeSignal = sigset_t()
                sigemptyset(&pipeSignal)
                sigaddset(&pipeSignal, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
                try? stdin.write(contentsOf: input)
                try? stdin.close()
            }
        }
        if let timeout {
            Thread.detachNewThread {
                if !process.waitForExitBlocking(timeout: timeout) { process.signal(SIGKILL) }
            }
        }
        let errors = Mutex(Data())
        let drained = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let data = process.stderr?.readDataToEndOfFile() ?? Data()
            errors.withLock { $0 = data }
            drained.signal()
        }
        let output = process.stdout?.readDataToEndOfFile() ?? Data()
        drained.wait()
        let exit = process.waitUntilExit()
        return Output(exit: exit, stdout: output, stderr: errors.withLock { $0 })
    }

    /// Waits, without a deadline, until the child has ended.
    @discardableResult
    public func waitUntilExit() -> Exit {
        while true {
            if let ended { return ended }
            usleep(1_000)
        }
    }
}
