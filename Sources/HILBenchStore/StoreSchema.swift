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

extension StoreSchema {
    /// "v6: case history rows": per stored case, the few figures history reads (`CaseHistoryRow`), so a nightly reads
    /// a year of 200 cases without decoding their JSON or samples. One row per case, deleted with it.
    static func historySQL(key: String, real: String, bool: String, blob: String, integer: String) -> String {
        """
        CREATE TABLE case_history (
            case_row \(key) PRIMARY KEY NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            started_at \(real) NOT NULL,
            noisy_reason TEXT,
            throttled \(bool) NOT NULL,
            median_ns \(real),
            median_lower_ns \(real),
            median_upper_ns \(real),
            printed_latency_ns \(real),
            execution_medians_ns \(blob) NOT NULL,
            executions_positive \(bool) NOT NULL,
            energy_mj \(real),
            peak_rss_kib \(integer)
        )
        """
    }

    /// The columns of `case_history` after `case_row`, in the order `CaseHistoryRow`'s initialiser takes them.
    static let historyColumns =
        "started_at, noisy_reason, throttled, median_ns, median_lower_ns, median_upper_ns, printed_latency_ns, "
        + "execution_medians_ns, executions_positive, energy_mj, peak_rss_kib"

    /// `historyColumns` qualified by their table, for queries that join `runs` (which has its own `started_at`).
    static let historySelection = historyColumns.split(separator: ", ").map { "case_history.\($0)" }
        .joined(separator: ", ")
}
