import HILBenchMeters

/// A programmable current profile for the instrument simulators: an idle current plus pulses, each with
/// the marker (logic bit 0) high for its duration. Time is seconds from the start of the capture.
public struct SimulatedLoad: Sendable, Hashable, Codable {
    /// A burst of current.
    public struct Pulse: Sendable, Hashable, Codable {
        public var startSeconds: Double
        public var durationSeconds: Double
        /// Current during the pulse (A), replacing the idle current.
        public var amps: Double
        /// Whether the marker is high during the pulse.
        public var marker: Bool

        public init(startSeconds: Double, durationSeconds: Double, amps: Double, marker: Bool = true) {
            self.startSeconds = startSeconds
            self.durationSeconds = durationSeconds
            self.amps = amps
            self.marker = marker
        }
    }

    public var idleAmps: Double
    public var pulses: [Pulse]
    /// Standard deviation of Gaussian current noise (A).
    public var noiseAmps: Double
    public var seed: UInt64

    public init(idleAmps: Double, pulses: [Pulse] = [], noiseAmps: Double = 0, seed: UInt64 = 1) {
        self.idleAmps = idleAmps
        self.pulses = pulses.sorted { $0.startSeconds < $1.startSeconds }
        self.noiseAmps = noiseAmps
        self.seed = seed
    }

    /// Noise-free current and marker level at `seconds` (a pulse covers [start, start + duration)).
    public func state(atSeconds seconds: Double) -> (amps: Double, marker: Bool) {
        for pulse in pulses where seconds >= pulse.startSeconds && seconds < pulse.startSeconds + pulse.durationSeconds
        {
            return (pulse.amps, pulse.marker)
        }
        return (idleAmps, false)
    }

    /// Charge above idle injected by the pulses (A·s); × V gives the net energy a meter should report.
    public var excessCoulombs: Double {
        pulses.reduce(0) { $0 + ($1.amps - idleAmps) * $1.durationSeconds }
    }
}

extension SimulatedLoad {
    /// Mean noise-free current over [from, to) (pulses must not overlap).
    public func averageAmps(fromSeconds from: Double, toSeconds to: Double) -> Double {
        guard to > from else { return state(atSeconds: from).amps }
        var charge = idleAmps * (to - from)
        for pulse in pulses {
            let low = max(from, pulse.startSeconds)
            let high = min(to, pulse.startSeconds + pulse.durationSeconds)
            if high > low { charge += (pulse.amps - idleAmps) * (high - low) }
        }
        return charge / (to - from)
    }

    /// The marker edges of the pulses, as (seconds, level) pairs in time order.
    public var markerEdges: [(seconds: Double, level: Bool)] {
        pulses.filter(\.marker).flatMap { [($0.startSeconds, true), ($0.startSeconds + $0.durationSeconds, false)] }
    }
}
