public import HILBenchCore

extension CaseResult {
    /// The result as `ResultsStore.history(of:)` returns it: everything trends, nightly judgements and execution
    /// calibration read (status, samples, executions, machine load, thermal state, energy, memory peaks, accuracy,
    /// environment), without the per-case detail no history uses — the memory timeline, warm-up latencies, marker
    /// edges, inputs and outputs. They are most of a stored case's JSON (a 250-point timeline is ~12 of ~16 KiB), and a
    /// nightly reads the whole year of every case it ran.
    public var historySummary: CaseResult {
        var summary = self
        summary.memory.timeline = []
        summary.warmupLatenciesNs = []
        summary.markerEdges = []
        summary.inputs = nil
        summary.outputs = nil
        return summary
    }
}
