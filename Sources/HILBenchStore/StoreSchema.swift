/// Schema text both backends share, with their own types for the key and for real numbers.
enum StoreSchema {
    /// "v4: work queue, lease events": a run's cases as a queue claimed by the controllers draining it, and the history
    /// of every lease (so "no board measured by two controllers at once" can be checked from the store).
    static func queueSQL(id: String, real: String) -> String {
        """
        CREATE TABLE case_queue (
            id \(id),
            run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            case_id TEXT NOT NULL,
            board TEXT NOT NULL,
            seq INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued',
            claims INTEGER NOT NULL DEFAULT 0,
            claimed_by TEXT,
            claimed_at \(real),
            done_by TEXT,
            done_at \(real),
            UNIQUE (run_id, case_id)
        );
        CREATE INDEX case_queue_open ON case_queue(run_id, board, state, seq);
        CREATE TABLE lease_events (
            id \(id),
            board TEXT NOT NULL,
            holder TEXT NOT NULL,
            run_id TEXT,
            kind TEXT NOT NULL,
            at \(real) NOT NULL,
            expires_at \(real)
        );
        CREATE INDEX lease_events_by_board ON lease_events(board, id);
        """
    }
}
