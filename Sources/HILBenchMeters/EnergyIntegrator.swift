/// Streaming, constant-memory energy integration of power samples over measurement windows.
///
/// Feed samples in chunks of any size with `feed(…)`; call `finish()` for the report. Memory does not grow
/// with the number of samples (it grows only with the number of windows reported).
///
/// - Integration: trapezoids on the meter's clock, i.e. the exact integral of the piecewise-linear
///   interpolant of the samples. A window edge between two samples splits that interval; the part inside
///   the window is integrated with the interpolated power at the edge.
/// - Logic windows: a window opens when the logic bit goes 0 → 1 and closes when it goes 1 → 0. A sample's
///   logic value is the level at its instant, so an edge is placed halfway between the last sample at the
///   old level and the first at the new one (the unbiased estimate). With `minPulseNs > 0` a level change is
///   accepted only if the new level is still present at a sample at least `minPulseNs` after the edge;
///   shorter pulses (either polarity) are ignored and counted as glitches.
/// - Baseline: with `baselineNs`, the idle power is the average of the interpolated signal over (about) the
///   `baselineNs` before each window's start — never reaching back into the previous window. At least half
///   of `baselineNs` must be available, otherwise the most recent earlier baseline is reused (flagged), or
///   none exists (flagged). `.beforeFirstWindow` measures it once, before the first window.
/// - Gaps: an interval longer than 1.5 sample periods is a gap; `round(dt / period) - 1` samples (at least
///   one) are counted as lost, and every window the interval touches is flagged. The period is
///   `expectedPeriodNs` or, when nil, the median of the first 64 intervals.
public struct EnergyIntegrator: Sendable {
    /// An explicit window on the meter's clock, [beginNs, endNs).
    public struct Window: Sendable, Hashable, Codable {
        public var beginNs: Int64
        public var endNs: Int64

        public init(beginNs: Int64, endNs: Int64) {
            self.beginNs = beginNs
            self.endNs = endNs
        }
    }

    /// Where windows come from.
    public enum WindowDefinition: Sendable, Hashable, Codable {
        /// From a logic bit of the samples (bit 0 = marker): recorded as `WindowSource.meterLogic`.
        case logic(bit: Int)
        /// Given windows, already mapped onto the meter's clock (from GPIO capture or software timestamps).
        case explicit([Window], source: WindowSource = .gpioCapture)
    }

    /// Which idle span a window's baseline comes from.
    public enum BaselinePlacement: String, Sendable, Hashable, Codable {
        /// The `baselineNs` before each window (the default).
        case beforeEachWindow
        /// The `baselineNs` before the first window, reused for all.
        case beforeFirstWindow
    }

    /// The window definition.
    public let windowSource: WindowDefinition
    /// Glitch filter: shorter logic pulses are ignored (logic windows only).
    public let minPulseNs: Int64
    /// Length of the idle span measured before a window, or nil for no baseline.
    public let baselineNs: Int64?
    /// Whether net energies subtract baseline × duration.
    public let subtractBaseline: Bool
    /// Which idle span is measured.
    public let baselinePlacement: BaselinePlacement
    /// The meter's sample period, if known; nil estimates it from the first intervals.
    public let expectedPeriodNs: Int64?

    // MARK: Configuration derived at init
    let logicMask: UInt8
    /// Baseline checkpoints: one every `checkpointSpacingNs`, at most `checkpointCapacity` kept (set with the period).
    var checkpointSpacingNs: Int64 = .max
    var checkpointCapacity = 0
    /// Explicit windows sorted by begin, and their indices sorted by end.
    let plans: [Window]
    let endOrder: [Int]

    // MARK: Streaming state (constant size, except the reported windows)
    var periodNs: Int64 = 0
    var gapThresholdNs: Int64 = .max
    var periodResolved = false
    var warmTimes: [Int64] = []
    var warmWatts: [Float] = []
    var warmLogic: [UInt8] = []

    var last: Sample?
    var firstSampleNs: Int64 = 0
    var cum = Accumulator()
    var serial = 0
    var open: [OpenWindow] = []
    var closed: [WindowEnergy] = []
    var committedLevel = false
    var pending: PendingEdge?
    var nextBegin = 0
    var nextEnd = 0
    var checkpoints: [Checkpoint] = []
    var nextCheckpointNs: Int64 = .max
    var lastActivityEndNs: Int64?
    var lastBaseline: Baseline?
    var glitches = 0
    var nonIncreasing = 0
    /// A window closed in the interval being processed: idle time restarts at its end sample.
    var closedInThisInterval = false

    static let warmupIntervals = 64
    static let gapFactorNumerator: Int64 = 3  // gap = interval > 3/2 periods

    /// The interval between two samples beyond which a sampler of `period` lost some: a gap (also the ledger's).
    static func gapThreshold(period: Int64) -> Int64 { period * gapFactorNumerator / 2 }

    /// Samples lost in a gap spanning `spanNs` at `periodNs`: the periods it spans less the one that ended it, at
    /// least 1 (also the ledger's).
    static func samplesLost(spanNs: Int64, periodNs: Int64) -> Int {
        max(1, Int((Double(spanNs) / Double(periodNs)).rounded()) - 1)
    }
    static let checkpointsPerBaseline: Int64 = 64

    /// Creates an integrator.
    /// - Parameters:
    ///   - windowSource: `.logic(bit: 0)` for the meter's marker input, or `.explicit(windows)`.
    ///   - minPulseNs: Glitch filter for logic windows (EEMBC's runner uses 50 µs); 0 accepts every edge.
    ///   - baselineNs: Idle span measured before windows, or nil.
    ///   - subtractBaseline: Subtract baseline × duration from each window's energy.
    ///   - baselinePlacement: Before each window (default) or only before the first.
    ///   - expectedPeriodNs: The meter's sample period; nil estimates it from the first 64 intervals.
    public init(
        windowSource: WindowDefinition, minPulseNs: Int64 = 0, baselineNs: Int64? = nil, subtractBaseline: Bool = false,
        baselinePlacement: BaselinePlacement = .beforeEachWindow, expectedPeriodNs: Int64? = nil
    ) {
        self.windowSource = windowSource
        self.minPulseNs = max(0, minPulseNs)
        self.baselineNs = baselineNs.flatMap { $0 > 0 ? $0 : nil }
        self.subtractBaseline = subtractBaseline
        self.baselinePlacement = baselinePlacement
        self.expectedPeriodNs = expectedPeriodNs.flatMap { $0 > 0 ? $0 : nil }
        switch windowSource {
        case .logic(let bit):
            precondition((0..<8).contains(bit), "logic bit must be 0…7")
            logicMask = UInt8(1) << UInt8(bit)
            plans = []
            endOrder = []
        case .explicit(let windows, _):
            logicMask = 0
            let sorted = windows.map { Window(beginNs: $0.beginNs, endNs: max($0.beginNs, $0.endNs)) }
                .sorted { ($0.beginNs, $0.endNs) < ($1.beginNs, $1.endNs) }
            plans = sorted
            endOrder = sorted.indices.sorted { (sorted[$0].endNs, $0) < (sorted[$1].endNs, $1) }
        }
        if let period = self.expectedPeriodNs {
            setPeriod(period)
        } else {
            warmTimes.reserveCapacity(Self.warmupIntervals + 1)
            warmWatts.reserveCapacity(Self.warmupIntervals + 1)
            warmLogic.reserveCapacity(Self.warmupIntervals + 1)
        }
    }

    /// The `WindowSource` recorded with the report.
    public var recordedWindowSource: WindowSource {
        switch windowSource {
        case .logic: .meterLogic
        case .explicit(_, let source): source
        }
    }

    // MARK: Feeding

    /// Feeds a chunk of samples (any size; chunks must follow each other in time).
    /// - Parameters:
    ///   - timesNs: Sample instants on the meter's clock.
    ///   - watts: Power per sample.
    ///   - logic: Logic bits per sample, or nil when the meter has none (levels read as 0).
    public mutating func feed(
        timesNs: UnsafeBufferPointer<Int64>, watts: UnsafeBufferPointer<Float>, logic: UnsafeBufferPointer<UInt8>?
    ) {
        precondition(timesNs.count == watts.count, "timesNs and watts must have the same length")
        precondition(logic.map { $0.count == timesNs.count } ?? true, "logic must be nil or as long as timesNs")
        let n = timesNs.count
        guard n > 0, let tBase = timesNs.baseAddress, let wBase = watts.baseAddress else { return }
        let lBase = logic?.baseAddress
        var i = 0
        if !periodResolved {
            while i < n, warmTimes.count <= Self.warmupIntervals {
                warmTimes.append(tBase[i])
                warmWatts.append(wBase[i])
                warmLogic.append(lBase?[i] ?? 0)
                i += 1
            }
            guard warmTimes.count > Self.warmupIntervals else { return }
            resolvePeriodAndReplay()
        }
        // `prevIndex` is the index in this chunk of the sample held in `last` (none yet: the first sample
        // of a chunk always takes the per-sample path, which links it to the previous chunk).
        var prevIndex = Int.min
        @inline(__always)
        func slow(_ index: Int) {
            if process(Sample(t: tBase[index], w: wBase[index], bits: lBase?[index] ?? 0)) { prevIndex = index }
        }
        while i < n {
            guard i > 0, prevIndex == i - 1 else {
                slow(i)
                i += 1
                continue
            }
            // The block ends before the next time the per-sample path must look at (checkpoint, glitch-filter
            // confirmation, explicit boundary).
            var end = min(n, i + Self.blockSize)
            let deadline = nextDeadline()
            if deadline != .max { end = Self.firstIndex(in: tBase, from: i, to: end, atOrAfter: deadline) }
            guard end - i >= Self.minimumFastSpan else {
                // Too few samples before the deadline: take them, and the sample at the deadline, one by one.
                for index in i..<max(end, i + 1) { slow(index) }
                i = max(end, i + 1)
                continue
            }
            if tryFastSpan(tBase, wBase, lBase, from: i, to: end) {
                prevIndex = end - 1
                i = end
                continue
            }
            // An edge or a gap is somewhere in the block: go through it in small spans.
            while i < end {
                let spanEnd = min(end, i + Self.smallSpan)
                if prevIndex == i - 1, spanEnd - i >= Self.minimumFastSpan,
                    tryFastSpan(tBase, wBase, lBase, from: i, to: spanEnd)
                {
                    prevIndex = spanEnd - 1
                } else {
                    for index in i..<spanEnd { slow(index) }
                }
                i = spanEnd
            }
        }
    }

    /// Feeds a whole trace (or a chunk of one).
    public mutating func feed(_ trace: PowerTrace) {
        precondition(trace.isConsistent, "PowerTrace arrays differ in length")
        trace.timesNs.withUnsafeBufferPointer { times in
            trace.watts.withUnsafeBufferPointer { watts in
                if trace.logic.isEmpty {
                    feed(timesNs: times, watts: watts, logic: nil)
                } else {
                    trace.logic.withUnsafeBufferPointer { logic in
                        feed(timesNs: times, watts: watts, logic: logic)
                    }
                }
            }
        }
    }

    // MARK: Period estimate

    mutating func setPeriod(_ period: Int64) {
        periodNs = period
        gapThresholdNs = period > 0 ? Self.gapThreshold(period: period) : .max
        periodResolved = true
        if let baseline = baselineNs {
            // Fine enough for a span of at least 7/8 of baselineNs, coarse enough (64 samples) that the
            // per-sample path runs rarely at high sample rates.
            let coarsest = max(1, baseline / 8)
            let finest = max(1, baseline / Self.checkpointsPerBaseline)
            let spacing = min(coarsest, max(finest, period.multipliedReportingOverflow(by: 64).partialValue))
            checkpointSpacingNs = spacing
            let extra = min(4096, Int(minPulseNs / spacing) + 2)
            checkpointCapacity = Int(baseline / spacing) + 8 + extra
        }
    }

    /// Median of the buffered intervals, then the buffered samples go through the normal path.
    mutating func resolvePeriodAndReplay() {
        var intervals: [Int64] = []
        intervals.reserveCapacity(warmTimes.count)
        for k in warmTimes.indices.dropFirst() where warmTimes[k] > warmTimes[k - 1] {
            intervals.append(warmTimes[k] - warmTimes[k - 1])
        }
        intervals.sort()
        setPeriod(intervals.isEmpty ? 0 : intervals[(intervals.count - 1) / 2])
        let (times, watts, logic) = (warmTimes, warmWatts, warmLogic)
        warmTimes = []
        warmWatts = []
        warmLogic = []
        for k in times.indices {
            _ = process(Sample(t: times[k], w: watts[k], bits: logic[k]))
        }
    }

    // MARK: The per-sample path (every event goes through here)

    /// Processes one sample; returns false when it was dropped (time did not increase).
    @discardableResult
    mutating func process(_ sample: Sample) -> Bool {
        guard let prev = last else {
            begin(with: sample)
            return true
        }
        let dt = sample.t &- prev.t
        guard dt > 0 else {
            nonIncreasing += 1
            return false
        }
        serial += 1
        var lost = 0
        if dt > gapThresholdNs {
            lost = Self.samplesLost(spanNs: dt, periodNs: periodNs)
        }
        let segment = Segment(
            t0: prev.t, w0: Double(prev.w), t1: sample.t, w1: Double(sample.w), serial: serial, lost: lost)
        // Baselines use whole intervals only: they end at the last sample before a window and restart at
        // the first sample after one, so the interpolated ramp across an edge never counts as idle.
        let idleEnd = IdleEnd(timeNs: prev.t, cum: cum)
        var from = prev.t
        var edgeInThisInterval = false
        if logicMask != 0 {
            if (sample.bits ^ prev.bits) & logicMask != 0 {
                let edge = prev.t + dt / 2
                integrate(segment, from: from, to: edge)
                from = edge
                edgeInThisInterval = true
                rawEdge(
                    rising: sample.bits & logicMask != 0, at: edge, value: segment.value(at: edge), idleEnd: idleEnd)
            }
        } else if !plans.isEmpty {
            while let boundary = nextBoundary(), boundary.time <= sample.t {
                integrate(segment, from: from, to: boundary.time)
                from = boundary.time
                edgeInThisInterval = true
                apply(boundary, value: segment.value(at: boundary.time), idleEnd: idleEnd)
            }
        }
        integrate(segment, from: from, to: sample.t)
        addSampleMembership(sample.w)
        last = sample
        if edgeInThisInterval {
            pending?.idleRestart = Checkpoint(t: sample.t, accumulator: cum)
            if closedInThisInterval {
                closedInThisInterval = false
                insertCheckpoint(Checkpoint(t: sample.t, accumulator: cum))
            }
        }
        if let edge = pending, sample.t - edge.timeNs >= minPulseNs {
            pending = nil
            commit(edge)
        }
        if sample.t >= nextCheckpointNs {
            insertCheckpoint(Checkpoint(t: sample.t, accumulator: cum))
            nextCheckpointNs = sample.t + checkpointSpacingNs
        }
        return true
    }

    /// The first sample: windows already open at the start of the capture are opened here.
    mutating func begin(with sample: Sample) {
        last = sample
        firstSampleNs = sample.t
        if baselineNs != nil {
            insertCheckpoint(Checkpoint(t: sample.t, accumulator: cum))
            nextCheckpointNs = sample.t + checkpointSpacingNs
        }
        if logicMask != 0 {
            if sample.bits & logicMask != 0 {
                committedLevel = true
                openWindow(
                    beginNs: sample.t, planIndex: nil, accumulator: Accumulator(peak: sample.w),
                    idleEnd: nil, flags: [.windowOpenAtStart])
            }
        } else {
            while let boundary = nextBoundary(), boundary.time <= sample.t {
                apply(boundary, value: Double(sample.w), idleEnd: nil, clampedTo: sample.t)
            }
        }
        closedInThisInterval = false  // the checkpoint at the first sample already marks idle time
        addSampleMembership(sample.w)
    }

    mutating func addSampleMembership(_ watts: Float) {
        cum.addSample(watts)
        for k in open.indices { open[k].accumulator.addSample(watts) }
        pending?.fromEdge.addSample(watts)
    }

    /// Integrates [from, to] of one interval into every running accumulator.
    mutating func integrate(_ segment: Segment, from: Int64, to: Int64) {
        guard to > from else { return }
        let twice = segment.twiceEnergy(from: from, to: to)
        cum.add(twice, segment)
        for k in open.indices { open[k].accumulator.add(twice, segment) }
        pending?.fromEdge.add(twice, segment)
    }

    // MARK: Logic edges and the glitch filter

    mutating func rawEdge(rising: Bool, at time: Int64, value: Double, idleEnd: IdleEnd) {
        if pending != nil {
            // The level went back before the change was confirmed: a glitch.
            pending = nil
            glitches += 1
            return
        }
        guard rising != committedLevel else { return }
        let edge = PendingEdge(
            timeNs: time, rising: rising, value: Float(value), idleEnd: idleEnd,
            fromEdge: Accumulator(peak: Float(value)), windowAtEdge: open.first?.accumulator
        )
        if minPulseNs == 0 {
            commit(edge)
        } else {
            pending = edge
        }
    }

    mutating func commit(_ edge: PendingEdge) {
        if edge.rising {
            committedLevel = true
            openWindow(
                beginNs: edge.timeNs, planIndex: nil, accumulator: edge.fromEdge, idleEnd: edge.idleEnd, flags: [])
        } else {
            committedLevel = false
            guard !open.isEmpty else { return }
            var window = open.removeFirst()
            if let atEdge = edge.windowAtEdge { window.accumulator = atEdge }
            closeWindow(window, endNs: edge.timeNs, value: edge.value, notClosed: false)
            // Confirmed later than the interval it lies in: the idle restart point was kept with the edge.
            if let restart = edge.idleRestart { insertCheckpoint(restart) } else { closedInThisInterval = true }
        }
    }

    // MARK: Explicit windows

    struct Boundary {
        var time: Int64
        var isEnd: Bool
        var plan: Int
    }

    /// The next explicit boundary; at equal times an end comes before a begin.
    func nextBoundary() -> Boundary? {
        let begin = nextBegin < plans.count ? plans[nextBegin].beginNs : Int64.max
        let end = nextEnd < endOrder.count ? plans[endOrder[nextEnd]].endNs : Int64.max
        if nextEnd < endOrder.count, end <= begin {
            return Boundary(time: end, isEnd: true, plan: endOrder[nextEnd])
        }
        if nextBegin < plans.count {
            return Boundary(time: begin, isEnd: false, plan: nextBegin)
        }
        return nil
    }

    mutating func apply(_ boundary: Boundary, value: Double, idleEnd: IdleEnd?, clampedTo firstSample: Int64? = nil) {
        let time = max(boundary.time, firstSample ?? boundary.time)
        if boundary.isEnd {
            nextEnd += 1
            if let k = open.firstIndex(where: { $0.planIndex == boundary.plan }) {
                let window = open.remove(at: k)
                closeWindow(window, endNs: time, value: Float(value), notClosed: false)
                closedInThisInterval = true
            }
        } else {
            nextBegin += 1
            let flags: Set<EnergyFlag> = boundary.time < time ? [.windowOpenAtStart] : []
            openWindow(
                beginNs: time, planIndex: boundary.plan, accumulator: Accumulator(peak: Float(value)),
                idleEnd: idleEnd, flags: flags)
        }
    }

    // MARK: Opening and closing windows

    /// Opens a window; `idleEnd` is the last sample before it (nil when the capture starts inside it).
    mutating func openWindow(
        beginNs: Int64, planIndex: Int?, accumulator: Accumulator, idleEnd: IdleEnd?,
        flags: Set<EnergyFlag>
    ) {
        var flags = flags
        let baseline = measureBaseline(beginNs: beginNs, idleEnd: idleEnd, flags: &flags)
        open.append(
            OpenWindow(
                beginNs: beginNs, planIndex: planIndex, accumulator: accumulator, baseline: baseline, flags: flags))
    }

    /// Closes a window. The caller records where idle time restarts (the first sample after the end).
    mutating func closeWindow(_ window: OpenWindow, endNs: Int64, value: Float?, notClosed: Bool) {
        var window = window
        if let value { window.accumulator.peak = max(window.accumulator.peak, value) }
        if notClosed { window.flags.insert(.windowNotClosed) }
        closed.append(Self.report(window, endNs: endNs, subtractBaseline: subtractBaseline))
        lastActivityEndNs = max(lastActivityEndNs ?? endNs, endNs)
    }

    static func report(_ window: OpenWindow, endNs: Int64, subtractBaseline: Bool) -> WindowEnergy {
        var flags = window.flags
        let acc = window.accumulator
        let duration = max(0, endNs - window.beginNs)
        let gross = acc.twiceEnergy / 2e9
        var net = gross
        if subtractBaseline, let baseline = window.baseline {
            net = gross - baseline.watts * Double(duration) / 1e9
        }
        if acc.lost > 0 { flags.insert(.lostSamples) }
        if acc.samples == 0 { flags.insert(.noSamplesInWindow) }
        let peak = acc.peak.isFinite ? Double(acc.peak) : 0
        return WindowEnergy(
            index: 0, beginNs: window.beginNs, endNs: window.beginNs + duration, durationNs: duration,
            grossEnergyJ: gross, baselineW: window.baseline?.watts, baselineSpanNs: window.baseline?.spanNs ?? 0,
            netEnergyJ: net, averageW: duration > 0 ? gross * 1e9 / Double(duration) : peak, peakW: peak,
            sampleCount: acc.samples, gapCount: acc.gaps, lostSamples: acc.lost, flags: flags.sorted()
        )
    }

    // MARK: Finishing

    /// The report for everything fed so far. Windows still open end at the last sample (flagged).
    public func finish() -> EnergyReport {
        var copy = self
        if !copy.periodResolved { copy.resolvePeriodAndReplay() }
        return copy.finalReport()
    }

    mutating func finalReport() -> EnergyReport {
        let lastNs = last?.t ?? 0
        let lastValue = last?.w
        // A change still waiting for confirmation at the end is not confirmed: the window stays as it was.
        pending = nil
        while !open.isEmpty {
            let window = open.removeFirst()
            closeWindow(window, endNs: lastNs, value: lastValue, notClosed: true)
        }
        // Explicit windows the capture never reached.
        while let boundary = nextBoundary() {
            if boundary.isEnd {
                nextEnd += 1
            } else {
                nextBegin += 1
                let plan = plans[boundary.plan]
                var flags: Set<EnergyFlag> = [.windowNotClosed, .noSamplesInWindow]
                if subtractBaseline { flags.insert(.noBaseline) }
                closed.append(
                    WindowEnergy(
                        index: 0, beginNs: plan.beginNs, endNs: plan.beginNs, durationNs: 0, grossEnergyJ: 0,
                        baselineW: nil,
                        baselineSpanNs: 0, netEnergyJ: 0, averageW: 0, peakW: 0, sampleCount: 0, gapCount: 0,
                        lostSamples: 0,
                        flags: flags.sorted()))
            }
        }
        var windows = closed.sorted { ($0.beginNs, $0.endNs) < ($1.beginNs, $1.endNs) }
        for k in windows.indices { windows[k].index = k }
        var flags = Set(windows.flatMap(\.flags))
        if windows.isEmpty { flags.insert(.noWindows) }
        if nonIncreasing > 0 { flags.insert(.nonIncreasingTimestamps) }
        let duration = windows.reduce(Int64(0)) { $0 + $1.durationNs }
        let gross = windows.reduce(0.0) { $0 + $1.grossEnergyJ }
        let totals = EnergyTotals(
            windowCount: windows.count, durationNs: duration, grossEnergyJ: gross,
            netEnergyJ: windows.reduce(0.0) { $0 + $1.netEnergyJ },
            averageW: duration > 0 ? gross * 1e9 / Double(duration) : 0,
            peakW: windows.map(\.peakW).max() ?? 0,
            sampleCount: windows.reduce(0) { $0 + $1.sampleCount },
            lostSamples: windows.reduce(0) { $0 + $1.lostSamples }
        )
        let trace = TraceSummary(
            firstSampleNs: last == nil ? 0 : firstSampleNs, lastSampleNs: lastNs, sampleCount: cum.samples,
            samplePeriodNs: periodNs, gapCount: cum.gaps, lostSamples: cum.lost, glitchesFiltered: glitches,
            nonIncreasingTimestamps: nonIncreasing, energyJ: cum.twiceEnergy / 2e9
        )
        return EnergyReport(
            windowSource: recordedWindowSource, subtractBaseline: subtractBaseline, baselineNs: baselineNs,
            minPulseNs: minPulseNs, windows: windows, totals: totals, trace: trace, flags: flags.sorted()
        )
    }
}

// MARK: - Internal state types

extension EnergyIntegrator {
    struct Sample: Sendable {
        var t: Int64
        var w: Float
        var bits: UInt8
    }

    /// One interval between two accepted samples, with its linear interpolant.
    struct Segment {
        let t0: Int64
        let w0: Double
        let t1: Int64
        let w1: Double
        let serial: Int
        let lost: Int

        func value(at t: Int64) -> Double {
            if t == t0 { return w0 }
            if t == t1 { return w1 }
            return w0 + (w1 - w0) * (Double(t - t0) / Double(t1 - t0))
        }

        /// 2 × ∫ P dt over [from, to] in W·ns (the factor 2 of the trapezoid is applied once, at the end).
        func twiceEnergy(from: Int64, to: Int64) -> Double {
            Double(to - from) * (value(at: from) + value(at: to))
        }
    }

    /// Running sums for one window (or the whole trace).
    struct Accumulator: Sendable {
        var twiceEnergy = 0.0
        var peak: Float = -.infinity
        var samples = 0
        var gaps = 0
        var lost = 0
        var lastGapSerial = -1

        init(peak: Float = -.infinity) {
            self.peak = peak
        }

        mutating func add(_ twice: Double, _ segment: Segment) {
            twiceEnergy += twice
            if segment.lost > 0, lastGapSerial != segment.serial {
                lastGapSerial = segment.serial
                gaps += 1
                lost += segment.lost
            }
        }

        mutating func addSample(_ watts: Float) {
            samples += 1
            if watts > peak { peak = watts }
        }
    }

    /// The last sample before a window and the whole-trace sums there (where a baseline span ends).
    struct IdleEnd: Sendable {
        var timeNs: Int64
        var cum: Accumulator
    }

    /// A logic change waiting for the glitch filter to confirm it.
    struct PendingEdge: Sendable {
        var timeNs: Int64
        var rising: Bool
        var value: Float
        /// The last sample before the edge (where the baseline of an opening window ends).
        var idleEnd: IdleEnd
        /// The first sample after the edge (where idle time restarts if a closing edge is confirmed).
        var idleRestart: Checkpoint?
        /// Sums from the edge on (become the window's sums if an opening edge is confirmed).
        var fromEdge: Accumulator
        /// The open window's sums at the edge (become final if a closing edge is confirmed).
        var windowAtEdge: Accumulator?
    }

    struct OpenWindow: Sendable {
        var beginNs: Int64
        var planIndex: Int?
        var accumulator: Accumulator
        var baseline: Baseline?
        var flags: Set<EnergyFlag>
    }
}
