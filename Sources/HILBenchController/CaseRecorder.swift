import Foundation
import HILBenchCore
import HILBenchStore
import Logging
import Synchronization

/// Where a finished case goes: judged (effective precision, accuracy against the reference precision), stored in its
/// own transaction — or, when the store refuses it, kept as `unsaved-*.json` in the run's folder so nothing measured
/// is lost and the run goes on — then shown.
struct CaseRecorder: Sendable {
    let store: any ResultsStore
    let runID: String
    /// Who stores (marks the case done in the queue).
    let holder: String
    let suite: SuiteConfig
    let runDirectory: String
    let references: ReferenceOutputs
    let observer: any RunObserver

    /// Judges, stores and shows one case's final result (all its executions merged); returns what was recorded.
    @discardableResult
    func record(_ merged: CaseResult, index: Int, total: Int, logger: Logger) async -> CaseResult {
        let result = RunController.judgeNumbers(merged, suite: suite, references: references)
        do {
            try await store.save(result, runID: runID, by: holder)
        } catch {
            // One case never aborts the run: its result is kept next to the report, and the run goes on.
            let kept = Self.keepUnsaved(result, in: runDirectory)
            observer.note(
                "case \(result.key.id) could not be stored (\(error)); its result is kept in \(kept ?? "the log")")
            logger.error("case not stored", metadata: ["error": "\(error)", "kept": "\(kept ?? "-")"])
        }
        logger.info("case finished", metadata: ["status": "\(result.status.rawValue)"])
        observer.finished(result, index: index, total: total)
        return result
    }

    /// Writes a result the store refused to `unsaved-<n>.json` in the run's folder; returns the path.
    static func keepUnsaved(_ result: CaseResult, in runDirectory: String) -> String? {
        guard let data = try? HILBenchJSON.encoder().encode(result) else { return nil }
        let path = "\(runDirectory)/unsaved-\(UUID().uuidString.prefix(8)).json"
        return FileManager.default.createFile(atPath: path, contents: data) ? path : nil
    }
}

/// Reference-precision outputs by case (precision-independent key), for accuracy of the other precisions.
final class ReferenceOutputs: Sendable {
    private struct State {
        var outputs: [String: [CaseResult.Output]] = [:]
        var failures: [String: String] = [:]
    }
    private let state = Mutex(State())

    // Any fixed precision: the slot ignores it.
    private static func slot(_ key: CaseKey) -> String { key.with(precision: .fp32).id }
    func set(_ value: [CaseResult.Output], for key: CaseKey) { state.withLock { $0.outputs[Self.slot(key)] = value } }
    func get(_ key: CaseKey) -> [CaseResult.Output]? { state.withLock { $0.outputs[Self.slot(key)] } }

    /// Keeps a reference case's outputs, or why it has none (so the other precisions can say it).
    func record(_ result: CaseResult) {
        if let outputs = result.outputs, result.status == .ok || result.status == .accuracyFailed {
            set(outputs, for: result.key)
        } else {
            let why = result.failure.map { "\($0.kind): \(FailureText.cause($0.message))" } ?? "it returned no outputs"
            state.withLock {
                $0.failures[Self.slot(result.key)] =
                    "the reference \(result.key.precision.rawValue) case \(result.status.rawValue) (\(why))"
            }
        }
    }

    /// Why the reference has no outputs for this case, when it failed.
    func failure(_ key: CaseKey) -> String? { state.withLock { $0.failures[Self.slot(key)] } }
}
