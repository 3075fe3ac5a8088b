import HILBenchCore

/// Copies runs — with their cases (samples and outputs bit-exact), board events and start/end times — from one store
/// to another, whatever the backends (SQLite → PostgreSQL and back), so a lab can move its history.
///
/// Resumable: a run already in the target gets only its cases the target does not hold yet, and its events only when
/// the target has none for it; copying twice changes nothing. Leases are live state, not history: not copied.
public enum StoreCopy {
    /// What one run's copy did.
    public struct Copied: Sendable, Equatable {
        public var runID: String
        /// Cases written to the target.
        public var cases: Int
        /// Cases the target already held.
        public var alreadyThere: Int
        public var events: Int
    }

    /// Copies `runIDs` (nil: every run, oldest first); `progress` hears each run when it is done.
    @discardableResult
    public static func copy(
        from source: any ResultsStore, to target: any ResultsStore, runIDs: [String]? = nil,
        progress: (Copied) -> Void = { _ in }
    ) async throws(StoreError) -> [Copied] {
        var runs: [RunRecord] = []
        if let runIDs {
            for id in runIDs {
                guard let run = try await source.run(id: id) else {
                    throw StoreError(.notFound, "no run \(id) in the store to copy from", store: source.location)
                }
                runs.append(run)
            }
        } else {
            runs = try await source.runs()
        }
        var copied: [Copied] = []
        for run in runs {
            let existing = try await target.run(id: run.id)
            if existing == nil { try await target.createRun(run) }
            let there = existing == nil ? [] : try await target.storedCaseIDs(runID: run.id)
            var written = 0
            for result in try await source.results(runID: run.id, includeOutputs: true)
            where !there.contains(result.key.id) {
                try await target.save(result, runID: run.id)
                written += 1
            }
            var events = 0
            if try await target.events(runID: run.id).isEmpty {
                for event in try await source.events(runID: run.id) {
                    try await target.record(event, runID: run.id)
                    events += 1
                }
            }
            // A run the source finished is finished in the target too (a copy interrupted before this retries it).
            if let endedAt = run.endedAt, existing?.endedAt != endedAt {
                try await target.finishRun(id: run.id, endedAt: endedAt)
            }
            let done = Copied(runID: run.id, cases: written, alreadyThere: there.count, events: events)
            progress(done)
            copied.append(done)
        }
        return copied
    }
}
