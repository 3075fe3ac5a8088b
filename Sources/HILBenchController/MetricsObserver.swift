import Foundation
public import HILBenchCore
import HILBenchReports
import Synchronization

/// Counts what a run does — cases by board and status, case durations, board events and states — and keeps a
/// Prometheus text file up to date (written to a temporary file and renamed after every case and event, so a scraper
/// or node_exporter's textfile collector never reads half a file). Passes everything on to `next`.
public final class MetricsObserver: RunObserver, Sendable {
    private let next: any RunObserver
    private let path: String?
    private let suite: String
    private let started = Date().timeIntervalSince1970
    private let state = Mutex(State())

    private struct State {
        var runID = ""
        var planned = 0
        var storedBefore = 0
        var cases: [Key: Int] = [:]
        var durations: [String: (sum: Double, count: Int)] = [:]
        var events: [Key: Int] = [:]
        var boardState: [String: String] = [:]
        /// Whether a write failure was already reported.
        var reported = false
    }

    private struct Key: Hashable {
        var board: String
        var label: String
    }

    /// The board states `hilbench_board_state` reports, one sample each (1 for the current one).
    public static let states = ["good", "offline", "lost", "given_up"]

    /// - Parameters:
    ///   - path: The file to keep up to date (nil: count only; `render()` gives the text).
    ///   - suite: The suite name, a label of `hilbench_run_info`.
    public init(wrapping next: any RunObserver, path: String?, suite: String) {
        self.next = next
        self.path = path
        self.suite = suite
    }

    public func planned(total: Int, alreadyStored: Int, runID: String) {
        state.withLock {
            $0.runID = runID
            $0.planned = total
            $0.storedBefore = alreadyStored
        }
        write()
        next.planned(total: total, alreadyStored: alreadyStored, runID: runID)
    }

    public func started(_ key: CaseKey, index: Int, total: Int) {
        next.started(key, index: index, total: total)
    }

    public func finished(_ result: CaseResult, index: Int, total: Int) {
        state.withLock {
            let board = result.key.target
            $0.cases[Key(board: board, label: result.status.rawValue), default: 0] += 1
            if result.status != .skipped {
                $0.durations[board, default: (0, 0)].sum += result.durationSeconds
                $0.durations[board, default: (0, 0)].count += 1
            }
            if result.status == .ok { $0.boardState[board] = "good" }
        }
        write()
        next.finished(result, index: index, total: total)
    }

    public func note(_ message: String) { next.note(message) }

    public func boardEvent(_ event: BoardEvent) {
        state.withLock {
            $0.events[Key(board: event.board, label: event.kind.rawValue), default: 0] += 1
            switch event.kind {
            case .stoppedAnswering, .powerOff, .powerOn: $0.boardState[event.board] = "offline"
            case .back: $0.boardState[event.board] = "good"
            case .lost: $0.boardState[event.board] = "lost"
            case .gaveUp: $0.boardState[event.board] = "given_up"
            case .health, .retried: break
            }
        }
        write()
        next.boardEvent(event)
    }

    /// The metrics now, in the text exposition format.
    public func render() -> String {
        state.withLock { state in
            let (runID, planned, storedBefore) = (state.runID, state.planned, state.storedBefore)
            let (cases, durations, events, boardState) = (state.cases, state.durations, state.events, state.boardState)
            let run: [(name: String, value: String)] = [("run", runID)]
            var families: [PrometheusText.Family] = [
                .init(
                    "hilbench_run_info", .gauge, help: "The run these metrics describe (always 1).",
                    samples: [.init(1, labels: run + [("suite", suite)])]),
                .init(
                    "hilbench_run_start_time_seconds", .gauge,
                    help: "When this controller started the run (Unix time).",
                    samples: [.init(started, labels: run)]),
                .init(
                    "hilbench_run_cases_planned", .gauge, help: "Cases in the run's plan.",
                    samples: [.init(Double(planned), labels: run)]),
                .init(
                    "hilbench_run_cases_stored_before", .gauge,
                    help: "Cases already stored when this controller started (a resumed run).",
                    samples: [.init(Double(storedBefore), labels: run)]),
            ]
            families.append(
                .init(
                    "hilbench_cases_total", .counter, help: "Cases finished by this controller, by board and status.",
                    samples: cases.keys.sorted { ($0.board, $0.label) < ($1.board, $1.label) }.map {
                        .init(Double(cases[$0] ?? 0), labels: run + [("board", $0.board), ("status", $0.label)])
                    }))
            let boards = durations.keys.sorted()
            families.append(
                .init(
                    "hilbench_case_duration_seconds", .summary, help: "Wall time of the dispatched cases, by board.",
                    samples: boards.flatMap { board in
                        [
                            PrometheusText.Sample(
                                durations[board]?.sum ?? 0, labels: run + [("board", board)], suffix: "_sum"),
                            PrometheusText.Sample(
                                Double(durations[board]?.count ?? 0), labels: run + [("board", board)], suffix: "_count"
                            ),
                        ]
                    }))
            families.append(
                .init(
                    "hilbench_board_events_total", .counter,
                    help: "Board events (stopped answering, power cycles, recoveries), by kind.",
                    samples: events.keys.sorted { ($0.board, $0.label) < ($1.board, $1.label) }.map {
                        .init(Double(events[$0] ?? 0), labels: run + [("board", $0.board), ("kind", $0.label)])
                    }))
            families.append(
                .init(
                    "hilbench_board_state", .gauge, help: "Each board's state in this run (1 for the current one).",
                    samples: boardState.keys.sorted().flatMap { board in
                        Self.states.map { state in
                            PrometheusText.Sample(
                                boardState[board] == state ? 1 : 0, labels: run + [("board", board), ("state", state)])
                        }
                    }))
            families.append(
                .init(
                    "hilbench_metrics_updated_time_seconds", .gauge,
                    help: "When this file was last written (Unix time).",
                    samples: [.init(Date().timeIntervalSince1970, labels: run)]))
            return PrometheusText(families).render()
        }
    }

    /// Writes the file now (temporary file + rename). Errors are reported once through `next` and otherwise ignored:
    /// metrics never stop a run.
    public func write() {
        guard let path else { return }
        let text = render()
        let temporary = path + ".tmp-\(getpid())"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 {
                throw HILBenchError(.io, "cannot rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            reportOnce("cannot write the metrics file \(path): \(error)")
        }
    }

    private func reportOnce(_ message: String) {
        let first = state.withLock { state -> Bool in
            defer { state.reported = true }
            return !state.reported
        }
        if first { next.note(message) }
    }
}
