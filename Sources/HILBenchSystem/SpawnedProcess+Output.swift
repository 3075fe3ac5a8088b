public import Foundation
import Synchronization

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
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, workingDirectory: String? = nil
    ) throws -> Output {
        let process = try SpawnedProcess(
            arguments, environment: environment, stdout: .pipe, stderr: .pipe, workingDirectory: workingDirectory)
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
