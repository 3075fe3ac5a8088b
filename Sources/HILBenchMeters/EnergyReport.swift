/// Where the window boundaries of an energy result came from, best first.
public enum WindowSource: String, Codable, Sendable, CaseIterable {
    /// The meter's own logic input sampled the marker on the meter's clock (best).
    case meterLogic
    /// A controller GPIO input captured the marker edges with kernel timestamps.
    case gpioCapture
    /// Only the board's software timestamps (worst: clock offset and scheduling jitter).
    case softwareTimestamps
}

/// Something a consumer of an energy number must know. Flags never stop a report; they qualify it.
public enum EnergyFlag: String, Codable, Sendable, CaseIterable, Comparable {
    /// Samples were lost inside the window (an interval longer than 1.5 sample periods).
    case lostSamples
    /// A baseline was asked for but none could be measured; the net energy equals the gross energy.
    case noBaseline
    /// The idle span before this window was too short; an earlier window's baseline was used.
    case baselineReused
    /// Samples were lost inside the baseline span.
    case baselineLostSamples
    /// The capture ended before the window closed; the window ends at the last sample.
    case windowNotClosed
    /// The capture began inside the window; the window starts at the first sample.
    case windowOpenAtStart
    /// No sample instant lies inside the window (its energy is interpolated from its neighbours only).
    case noSamplesInWindow
    /// The window's edges fell inside checkpoint intervals of a thinned `EnergyLedger` (a long capture whose
    /// windows were known only at its end): its energy is interpolated there, within `edgeUncertaintyJ`.
    case edgesInterpolated
    /// Report level: no window was found (marker never seen, or no explicit window given).
    case noWindows
    /// Report level: samples whose time did not increase were dropped.
    case nonIncreasingTimestamps

    public static func < (lhs: EnergyFlag, rhs: EnergyFlag) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// Energy in one measurement window.
public struct WindowEnergy: Sendable, Hashable, Codable {
    /// Position of the window in time order, from 0.
    public var index: Int
    /// Window begin and end on the meter's clock (ns). For logic windows an edge lies halfway between the
    /// last sample at the old level and the first at the new one.
    public var beginNs: Int64
    public var endNs: Int64
    /// `endNs - beginNs`.
    public var durationNs: Int64
    /// ∫ P dt over the window (J): trapezoids on the samples, partial intervals at the edges interpolated.
    public var grossEnergyJ: Double
    /// Idle power measured before the window (W), if any.
    public var baselineW: Double?
    /// Length of the span the baseline was averaged over (ns), 0 when none.
    public var baselineSpanNs: Int64
    /// Gross energy minus baseline × duration when subtraction was asked and a baseline exists; else gross.
    public var netEnergyJ: Double
    /// Gross energy / duration (W).
    public var averageW: Double
    /// The highest power of the interpolated signal inside the window (W).
    public var peakW: Double
    /// Samples whose instant lies in [begin, end).
    public var sampleCount: Int
    /// Intervals longer than 1.5 sample periods touching the window.
    public var gapCount: Int
    /// Samples those gaps are estimated to have lost.
    public var lostSamples: Int
    /// Qualifications, sorted.
    public var flags: [EnergyFlag]
    /// Bound on the error of `grossEnergyJ` from edges interpolated inside ledger checkpoints (J); nil when exact.
    public var edgeUncertaintyJ: Double? = nil

    /// Duration in seconds.
    public var durationSeconds: Double { Double(durationNs) * 1e-9 }
}

/// Sums over all windows of a report.
public struct EnergyTotals: Sendable, Hashable, Codable {
    public var windowCount: Int
    /// Summed window durations (ns).
    public var durationNs: Int64
    public var grossEnergyJ: Double
    public var netEnergyJ: Double
    /// Gross energy / summed duration (W); 0 when there is no window.
    public var averageW: Double
    /// Highest window peak (W); 0 when there is no window.
    public var peakW: Double
    public var sampleCount: Int
    public var lostSamples: Int
}

/// Facts about the whole trace that was fed.
public struct TraceSummary: Sendable, Hashable, Codable {
    /// First and last accepted sample instants (ns); 0 when nothing was fed.
    public var firstSampleNs: Int64
    public var lastSampleNs: Int64
    /// Accepted samples.
    public var sampleCount: Int
    /// The sample period used for gap detection (given, or the median of the first intervals); 0 if unknown.
    public var samplePeriodNs: Int64
    /// Intervals longer than 1.5 periods, and the samples they are estimated to have lost, over the whole trace.
    public var gapCount: Int
    public var lostSamples: Int
    /// Marker pulses shorter than `minPulseNs` that were ignored.
    public var glitchesFiltered: Int
    /// Samples dropped because their time did not increase.
    public var nonIncreasingTimestamps: Int
    /// ∫ P dt over the whole trace (J).
    public var energyJ: Double
}

/// The result of integrating a trace: per-window energies, totals and qualifications.
public struct EnergyReport: Sendable, Hashable, Codable {
    /// Where the window boundaries came from.
    public var windowSource: WindowSource
    /// Whether baseline subtraction was asked for.
    public var subtractBaseline: Bool
    /// The configured baseline span (ns), if any.
    public var baselineNs: Int64?
    /// The configured glitch filter (ns).
    public var minPulseNs: Int64
    /// Windows in time order.
    public var windows: [WindowEnergy]
    public var totals: EnergyTotals
    public var trace: TraceSummary
    /// Union of the window flags plus report-level flags, sorted.
    public var flags: [EnergyFlag]

    /// Energy per inference when `iterations` inferences ran inside the windows.
    ///
    /// Uses the net energy when baseline subtraction was asked for, the gross energy otherwise.
    /// - Parameter iterations: Inferences inside all windows together; must be ≥ 1.
    public func perInference(iterations: Int) -> PerInferenceEnergy {
        precondition(iterations >= 1, "perInference needs at least one iteration")
        let energy = subtractBaseline ? totals.netEnergyJ : totals.grossEnergyJ
        return PerInferenceEnergy(
            iterations: iterations,
            energyPerInferenceMilliJ: energy / Double(iterations) * 1e3,
            grossEnergyPerInferenceMilliJ: totals.grossEnergyJ / Double(iterations) * 1e3,
            averageW: totals.averageW,
            peakW: totals.peakW,
            inferencesPerJoule: energy > 0 ? Double(iterations) / energy : nil,
            isNet: subtractBaseline,
            windowSource: windowSource,
            flags: flags
        )
    }
}

/// Energy per inference, as reported and stored per case.
public struct PerInferenceEnergy: Sendable, Hashable, Codable {
    public var iterations: Int
    /// mJ per inference (net of baseline when `isNet`).
    public var energyPerInferenceMilliJ: Double
    /// mJ per inference before baseline subtraction.
    public var grossEnergyPerInferenceMilliJ: Double
    /// Average power inside the windows (W, gross).
    public var averageW: Double
    /// Peak power inside the windows (W).
    public var peakW: Double
    /// Inferences per joule (of the same energy as `energyPerInferenceMilliJ`); nil when that energy is ≤ 0.
    public var inferencesPerJoule: Double?
    /// Whether the baseline was subtracted.
    public var isNet: Bool
    public var windowSource: WindowSource
    /// The report's flags.
    public var flags: [EnergyFlag]
}
