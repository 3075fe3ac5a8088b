public import HILBenchNativeTools

extension NativeBenchmarkReport {
    /// Every figure in the report under its own name and unit, latencies in ms as the tools print them; absent
    /// figures stay absent. Tool-specific lines (`extra`) are kept as text under their own keys.
    public var figures: [ToolFigure] {
        var figures: [ToolFigure] = []
        func ms(_ name: String, _ ns: Int64?) {
            if let ns { figures.append(ToolFigure(name: name, value: Double(ns) / 1e6, unit: "ms")) }
        }
        func count(_ name: String, _ value: Int?) {
            if let value { figures.append(ToolFigure(name: name, value: Double(value), unit: "count")) }
        }
        func text(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { figures.append(ToolFigure(name: name, text: value)) }
        }
        ms("latency.min", latency.minNanoseconds)
        ms("latency.max", latency.maxNanoseconds)
        ms("latency.mean", latency.meanNanoseconds)
        ms("latency.median", latency.medianNanoseconds)
        ms("latency.p90", latency.p90Nanoseconds)
        ms("latency.p95", latency.p95Nanoseconds)
        ms("latency.p99", latency.p99Nanoseconds)
        ms("latency.stddev", latency.standardDeviationNanoseconds)
        for (label, ns) in latency.otherPercentilesNanoseconds.sorted(by: { $0.key < $1.key }) {
            ms("latency.\(label)", ns)
        }
        if let throughputPerSecond {
            figures.append(ToolFigure(name: "throughput", value: throughputPerSecond, unit: "1/s"))
        }
        ms("first_inference", firstInferenceNanoseconds)
        ms("init", initTimeNanoseconds)
        if let peakMemoryBytes {
            figures.append(ToolFigure(name: "peak_memory", value: Double(peakMemoryBytes) / 1_048_576, unit: "MiB"))
        }
        count("iterations", iterations)
        count("warmup_iterations", warmupIterations)
        count("threads", threads)
        count("batch", batch)
        text("model", model)
        text("device", device)
        text("precision", precision)
        text("tool_version", toolVersion)
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) { text(key, value) }
        for warning in warnings { text("warning", warning) }
        return figures
    }
}
