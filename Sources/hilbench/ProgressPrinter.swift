import Foundation
import HILBenchController
import HILBenchCore
import HILBenchStats
import Synchronization

/// Progress on the terminal: a live line (case i/N, the case, elapsed, ETA) on a TTY, plain lines otherwise.
final class ProgressPrinter: RunObserver, Sendable {
    private let live: Bool
    private let start = Date()
    /// Observers are called from the boards' tasks: the counts, and the terminal, are taken under this lock.
    private let counts = Mutex(Counts())

    private struct Counts {
        var finishedThisSession = 0
        var skippedAtStart = 0
    }

    init(live: Bool) { self.live = live }

    private func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%02d:%02d", s / 60, s % 60)
    }

    private func emit(_ text: String, transient: Bool) {
        if live {
            let line = transient ? "\r\u{1B}[2K" + text : "\r\u{1B}[2K" + text + "\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        } else if !transient {
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }

    func planned(total: Int, alreadyStored: Int, runID: String) {
        counts.withLock {
            $0.skippedAtStart = alreadyStored
            emit(
                "run \(runID): \(total) cases planned"
                    + (alreadyStored > 0 ? ", \(alreadyStored) already stored (resuming)" : ""), transient: false)
        }
    }

    func started(_ key: CaseKey, index: Int, total: Int) {
        counts.withLock { counts in
            let elapsed = Date().timeIntervalSince(start)
            let done = counts.finishedThisSession
            let remaining = total - counts.skippedAtStart - done
            let eta = done > 0 ? clock(elapsed / Double(done) * Double(remaining)) : "--:--"
            emit("[\(index)/\(total)] \(key.id)  elapsed \(clock(elapsed))  ETA \(eta)", transient: true)
        }
    }

    func finished(_ result: CaseResult, index: Int, total: Int) {
        counts.withLock {
            $0.finishedThisSession += 1
            let median: String = {
                // The type-7 median every report prints (an even count averages the middle two).
                guard !result.latenciesNs.isEmpty else { return "" }
                let median = Quantile.type7(unsorted: result.latenciesNs.map(Double.init), 0.5)
                let executions = result.executions.map { "  \($0.count) executions" } ?? ""
                let noisy = result.noisyReason.map { "  noisy: \($0)" } ?? ""
                return String(format: "  median %.3f ms", median / 1e6) + executions + noisy
            }()
            // Padded to 11 so that columns line up; a longer status (accuracy_failed) is written out whole.
            let status =
                result.status.rawValue.count < 11
                ? result.status.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0) : result.status.rawValue
            let precision = result.effectivePrecision?.note.map { "  [precision: \($0)]" } ?? ""
            let why = result.failure.map { "  (\($0.kind): \(FailureText.cause($0.message, limit: 160)))" } ?? ""
            emit("[\(index)/\(total)] \(status) \(result.key.id)\(median)\(why)\(precision)", transient: false)
        }
    }

    func note(_ message: String) {
        counts.withLock { _ in emit(message, transient: false) }
    }

    func done() {
        counts.withLock { _ in if live { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) } }
    }
}
