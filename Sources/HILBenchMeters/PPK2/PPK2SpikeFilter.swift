/// The host-side smoothing Nordic's Power Profiler app and the community client apply after a PPK2 range switch.
///
/// Right after the meter switches its measurement range, the reading settles for a few samples; the readings are
/// the meter's range switching, not the load. Both clients keep two exponential moving averages of the computed
/// current (α for ranges 0–3, α5 for range 4, the highest-current range, which the app calls "range 5") and, for
/// `samples` samples after a range change, report the average instead of the reading; for the first two samples in
/// range 4 the averages are not even updated. Sources: ppk2-api 0.9.2 (PyPI, IRNAS) `ppk2_api.py`
/// `PPK2_API.get_adc_result` (`spike_filter_alpha` 0.18, `spike_filter_alpha5` 0.06, `spike_filter_samples` 3);
/// Nordic pc-nrfconnect-ppk `getAdcResult` in its serial device (defaults in its persistent store `spikeFilter.*`,
/// logged as "Spike filter: smooth 3 samples with 0.18 coefficient (0.06 in range 5)"). Both reset the state at
/// AverageStart.
public struct PPK2SpikeFilter: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Samples after a range change that report the moving average.
    public var samples: Int
    /// Smoothing coefficient in ranges 0–3.
    public var alpha: Double
    /// Smoothing coefficient in range 4.
    public var alpha5: Double

    public init(samples: Int = 3, alpha: Double = 0.18, alpha5: Double = 0.06) {
        self.samples = samples
        self.alpha = alpha
        self.alpha5 = alpha5
    }

    /// Nordic's defaults (the app's and ppk2-api's).
    public static let nordic = PPK2SpikeFilter()

    public var description: String {
        "spike filter: \(samples) samples after a range switch, α \(alpha), α5 \(alpha5)"
    }

    /// The running state of the filter over one stream.
    struct State: Sendable {
        var rollingAvg: Double?
        var rollingAvg4: Double?
        var previousRange: Int?
        var afterSpike = 0
        var consecutiveRangeSamples = 0

        /// The current to report for `amps` read in `range` (A).
        @inline(__always)
        mutating func apply(_ amps: Double, range: Int, _ filter: PPK2SpikeFilter) -> Double {
            let previousAvg = rollingAvg
            let previousAvg4 = rollingAvg4
            let avg = rollingAvg.map { filter.alpha * amps + (1 - filter.alpha) * $0 } ?? amps
            let avg4 = rollingAvg4.map { filter.alpha5 * amps + (1 - filter.alpha5) * $0 } ?? amps
            rollingAvg = avg
            rollingAvg4 = avg4
            let previous = previousRange ?? range
            previousRange = range
            guard previous != range || afterSpike > 0 else { return amps }
            if previous != range {
                consecutiveRangeSamples = 0
                afterSpike = filter.samples
            } else {
                consecutiveRangeSamples += 1
            }
            afterSpike -= 1
            guard range == 4 else { return avg }
            if consecutiveRangeSamples < 2 {
                // The first readings in the highest range do not enter the averages.
                rollingAvg = previousAvg
                rollingAvg4 = previousAvg4
            }
            return rollingAvg4 ?? amps
        }
    }
}
