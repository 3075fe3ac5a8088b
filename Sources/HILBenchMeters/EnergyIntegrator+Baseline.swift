// Idle-baseline measurement with constant memory.
//
// Window starts are only known once the edge is seen (or confirmed by the glitch filter), so the samples
// before a window are already gone. Instead of keeping them, the integrator keeps a small sorted ring of
// checkpoints of the whole-trace running sums, one every `spacing` = clamp(64 sample periods,
// baselineNs/64, baselineNs/8), plus one at every window end. The baseline of a window starting at `b` is
// the mean power between the oldest checkpoint at or after max(b - baselineNs, end of the previous window)
// and the last sample before `b`: an exact average of the interpolated signal over a span of at least baselineNs - spacing
// (minus one sample period) when enough idle time exists. The span used is reported with the window.

extension EnergyIntegrator {
    /// The whole-trace sums at one instant.
    struct Checkpoint: Sendable {
        var t: Int64
        var twiceEnergy: Double
        var samples: Int
        var lost: Int

        init(t: Int64, accumulator: Accumulator) {
            self.t = t
            self.twiceEnergy = accumulator.twiceEnergy
            self.samples = accumulator.samples
            self.lost = accumulator.lost
        }
    }

    /// A measured idle power.
    struct Baseline: Sendable {
        var watts: Double
        var spanNs: Int64
        var samples: Int
        var lost: Int
    }

    mutating func insertCheckpoint(_ checkpoint: Checkpoint) {
        guard checkpointCapacity > 0 else { return }
        if let lastPoint = checkpoints.last, lastPoint.t > checkpoint.t {
            let index = checkpoints.firstIndex { $0.t > checkpoint.t } ?? checkpoints.endIndex
            checkpoints.insert(checkpoint, at: index)
        } else {
            checkpoints.append(checkpoint)
        }
        if checkpoints.count > checkpointCapacity { checkpoints.removeFirst(checkpoints.count - checkpointCapacity) }
    }

    /// The baseline for a window opening at `beginNs`, recording why there is none or why it was reused.
    mutating func measureBaseline(beginNs: Int64, idleEnd: IdleEnd?, flags: inout Set<EnergyFlag>) -> Baseline? {
        guard let span = baselineNs else {
            if subtractBaseline { flags.insert(.noBaseline) }
            return nil
        }
        if baselinePlacement == .beforeFirstWindow, let first = lastBaseline {
            if first.lost > 0 { flags.insert(.baselineLostSamples) }
            return first
        }
        var lower = beginNs - span
        if let end = lastActivityEndNs { lower = max(lower, end) }
        if !open.isEmpty { lower = beginNs }  // overlapping explicit windows: no idle time before this one
        if let end = idleEnd, let start = checkpoints.first(where: { $0.t >= lower && $0.t < end.timeNs }),
            end.timeNs - start.t >= (span + 1) / 2
        {
            let length = end.timeNs - start.t
            let baseline = Baseline(
                watts: (end.cum.twiceEnergy - start.twiceEnergy) / (2 * Double(length)),
                spanNs: length, samples: end.cum.samples - start.samples + 1, lost: end.cum.lost - start.lost
            )
            if baseline.lost > 0 { flags.insert(.baselineLostSamples) }
            lastBaseline = baseline
            return baseline
        }
        if let previous = lastBaseline {
            flags.insert(.baselineReused)
            if previous.lost > 0 { flags.insert(.baselineLostSamples) }
            return previous
        }
        flags.insert(.noBaseline)
        return nil
    }
}
