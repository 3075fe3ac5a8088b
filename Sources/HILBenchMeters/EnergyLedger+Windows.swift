// Windows over the ledger: energies as differences of cumulative energy, with the integrator's rules for
// clamping, baselines and flags (EnergyIntegrator.swift), so a report from the ledger reads like one from a
// buffered trace.

extension EnergyLedger {
    /// The report for `windows` (on the meter's clock) over everything fed so far.
    ///
    /// Energies are exact while the ledger holds one mark per sample; once it has thinned, an edge inside a
    /// multi-sample interval is placed at the interval's mean power, the window is flagged `edgesInterpolated`
    /// and `edgeUncertaintyJ` bounds the error: (highest − lowest power in the interval) × its length / 4 per edge.
    /// - Parameters:
    ///   - windows: The windows, in any order.
    ///   - source: Where they came from (recorded with the report).
    ///   - baselineNs: Idle span averaged before a window, or nil.
    ///   - subtractBaseline: Subtract baseline × duration from each window.
    ///   - baselinePlacement: Before each window, or once before the first.
    public mutating func report(
        windows: [EnergyIntegrator.Window], source: WindowSource, baselineNs: Int64? = nil,
        subtractBaseline: Bool = false, baselinePlacement: EnergyIntegrator.BaselinePlacement = .beforeEachWindow
    ) -> EnergyReport {
        seal()
        let span = baselineNs.flatMap { $0 > 0 ? $0 : nil }
        let sorted = windows.map { EnergyIntegrator.Window(beginNs: $0.beginNs, endNs: max($0.beginNs, $0.endNs)) }
            .sorted { ($0.beginNs, $0.endNs) < ($1.beginNs, $1.endNs) }
        var results: [WindowEnergy] = []
        results.reserveCapacity(sorted.count)
        var lastBaseline: (watts: Double, spanNs: Int64, lost: Int)?
        var latestEnd: Int64?  // the latest end among the windows before (sorted by begin)
        for window in sorted {
            defer { latestEnd = max(latestEnd ?? window.endNs, window.endNs) }
            var flags: Set<EnergyFlag> = []
            guard started, window.beginNs <= lastT else {
                // The capture never reached this window.
                flags = [.windowNotClosed, .noSamplesInWindow]
                if subtractBaseline { flags.insert(.noBaseline) }
                results.append(Self.empty(window, flags: flags))
                continue
            }
            let first = marks[0].t
            var begin = window.beginNs
            if begin < first {
                begin = first
                flags.insert(.windowOpenAtStart)
            }
            var end = max(begin, window.endNs)
            if end > lastT {
                end = lastT
                flags.insert(.windowNotClosed)
            }
            var uncertainty = 0.0
            let gross =
                (cumulative(at: end, uncertainty: &uncertainty) - cumulative(at: begin, uncertainty: &uncertainty))
                / 2e9
            let count = samplesBefore(end) - samplesBefore(begin)
            let (gapCount, lost) = gapsTouching(from: begin, to: end)
            if lost > 0 { flags.insert(.lostSamples) }
            if count == 0 { flags.insert(.noSamplesInWindow) }
            if uncertainty > 0 { flags.insert(.edgesInterpolated) }
            // Baseline: the idle span before the window, never reaching into an earlier window.
            var baseline: (watts: Double, spanNs: Int64, lost: Int)?
            if let span {
                if baselinePlacement == .beforeFirstWindow, let reused = lastBaseline {
                    baseline = reused
                } else {
                    var lower = max(begin - span, first)
                    if let latestEnd {
                        // An earlier window still open at this begin leaves no idle time before it.
                        lower = latestEnd > window.beginNs ? begin : max(lower, latestEnd)
                    }
                    if begin - lower >= (span + 1) / 2 {
                        var ignored = 0.0
                        let twice =
                            cumulative(at: begin, uncertainty: &ignored) - cumulative(at: lower, uncertainty: &ignored)
                        let measured = (
                            watts: twice / (2 * Double(begin - lower)), spanNs: begin - lower,
                            lost: gapsTouching(from: lower, to: begin).lost
                        )
                        lastBaseline = measured
                        baseline = measured
                    } else if let previous = lastBaseline {
                        flags.insert(.baselineReused)
                        baseline = previous
                    } else {
                        flags.insert(.noBaseline)
                    }
                }
                if let baseline, baseline.lost > 0 { flags.insert(.baselineLostSamples) }
            } else if subtractBaseline {
                flags.insert(.noBaseline)
            }
            let duration = end - begin
            var net = gross
            if subtractBaseline, let baseline { net = gross - baseline.watts * Double(duration) / 1e9 }
            let peak = Double(peak(from: begin, to: end))
            results.append(
                WindowEnergy(
                    index: 0, beginNs: begin, endNs: end, durationNs: duration, grossEnergyJ: gross,
                    baselineW: baseline?.watts, baselineSpanNs: baseline?.spanNs ?? 0, netEnergyJ: net,
                    averageW: duration > 0 ? gross * 1e9 / Double(duration) : peak, peakW: peak,
                    sampleCount: count, gapCount: gapCount, lostSamples: lost, flags: flags.sorted(),
                    edgeUncertaintyJ: uncertainty > 0 ? uncertainty / 1e9 : nil))
        }
        for k in results.indices { results[k].index = k }
        var flags = Set(results.flatMap(\.flags))
        if results.isEmpty { flags.insert(.noWindows) }
        if nonIncreasing > 0 { flags.insert(.nonIncreasingTimestamps) }
        let duration = results.reduce(Int64(0)) { $0 + $1.durationNs }
        let gross = results.reduce(0.0) { $0 + $1.grossEnergyJ }
        let totals = EnergyTotals(
            windowCount: results.count, durationNs: duration, grossEnergyJ: gross,
            netEnergyJ: results.reduce(0.0) { $0 + $1.netEnergyJ },
            averageW: duration > 0 ? gross * 1e9 / Double(duration) : 0,
            peakW: results.map(\.peakW).max() ?? 0,
            sampleCount: results.reduce(0) { $0 + $1.sampleCount },
            lostSamples: results.reduce(0) { $0 + $1.lostSamples })
        let trace = TraceSummary(
            firstSampleNs: started ? marks[0].t : 0, lastSampleNs: started ? lastT : 0, sampleCount: samples,
            samplePeriodNs: periodNs, gapCount: totalGaps, lostSamples: totalLost, glitchesFiltered: 0,
            nonIncreasingTimestamps: nonIncreasing, energyJ: twice / 2e9)
        return EnergyReport(
            windowSource: source, subtractBaseline: subtractBaseline, baselineNs: span, minPulseNs: 0,
            windows: results, totals: totals, trace: trace, flags: flags.sorted())
    }

    static func empty(_ window: EnergyIntegrator.Window, flags: Set<EnergyFlag>) -> WindowEnergy {
        WindowEnergy(
            index: 0, beginNs: window.beginNs, endNs: window.beginNs, durationNs: 0, grossEnergyJ: 0, baselineW: nil,
            baselineSpanNs: 0, netEnergyJ: 0, averageW: 0, peakW: 0, sampleCount: 0, gapCount: 0, lostSamples: 0,
            flags: flags.sorted())
    }

    // MARK: Reading the marks (after `seal()`)

    /// Index of the first mark at or after `t` (marks.count when none).
    func firstMark(atOrAfter t: Int64) -> Int {
        var low = 0
        var high = marks.count
        while low < high {
            let mid = (low + high) / 2
            if marks[mid].t < t { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// 2 × ∫ P dt from the first sample to `t` (W·ns), for t within the capture. Inside an interval of
    /// several samples the interval's mean power is used and the bound of that guess is added to `uncertainty`.
    func cumulative(at t: Int64, uncertainty: inout Double) -> Double {
        let i = firstMark(atOrAfter: t)
        if i == 0 { return 0 }
        if i == marks.count { return marks[marks.count - 1].twice }
        let b = marks[i]
        if b.t == t { return b.twice }
        let a = marks[i - 1]
        let length = Double(b.t - a.t)
        let offset = Double(t - a.t)
        if b.samples - a.samples == 1 {
            let value = Double(a.w) + Double(b.w - a.w) * (offset / length)
            return a.twice + offset * (Double(a.w) + value)
        }
        let range = Double(max(b.hi, a.w)) - Double(min(b.lo, a.w))
        uncertainty += 2 * range * length / 4  // in the same 2 × W·ns units
        return a.twice + (b.twice - a.twice) * (offset / length)
    }

    /// Samples whose instant is before `t`.
    func samplesBefore(_ t: Int64) -> Int {
        let i = firstMark(atOrAfter: t)
        if i == 0 { return 0 }
        if i == marks.count { return samples }
        let b = marks[i]
        if b.t == t { return b.samples - 1 }
        let a = marks[i - 1]
        let inside = b.samples - a.samples  // evenly spread over (a.t, b.t]
        let reached = (Double(inside) * Double(t - a.t) / Double(b.t - a.t)).rounded(.up)
        return a.samples + min(inside - 1, max(0, Int(reached) - 1))
    }

    /// The highest power in [from, to]: the interpolated values at the edges and every sample between (once
    /// the marks are thinned, the whole range of an interval an edge falls in: conservative).
    func peak(from: Int64, to: Int64) -> Float {
        func edge(_ t: Int64) -> Float {
            let i = firstMark(atOrAfter: t)
            if i == 0 { return marks[0].w }
            if i == marks.count { return marks[marks.count - 1].w }
            let b = marks[i]
            if b.t == t { return b.w }
            let a = marks[i - 1]
            if b.samples - a.samples > 1 { return max(b.hi, a.w) }
            return a.w + (b.w - a.w) * Float(Double(t - a.t) / Double(b.t - a.t))
        }
        var result = max(edge(from), edge(to))
        var j = firstMark(atOrAfter: from)
        if j < marks.count, marks[j].t == from { j += 1 }
        while j < marks.count, marks[j].t < to {
            result = max(result, marks[j].hi)
            j += 1
        }
        return result
    }

    /// Gaps whose interval overlaps (from, to), and the samples they lost.
    func gapsTouching(from: Int64, to: Int64) -> (count: Int, lost: Int) {
        var low = 0
        var high = gaps.count
        while low < high {
            let mid = (low + high) / 2
            if gaps[mid].toNs <= from { low = mid + 1 } else { high = mid }
        }
        var count = 0
        var lost = 0
        var k = low
        while k < gaps.count, gaps[k].fromNs < to {
            count += gaps[k].count
            lost += gaps[k].lost
            k += 1
        }
        return (count, lost)
    }
}
