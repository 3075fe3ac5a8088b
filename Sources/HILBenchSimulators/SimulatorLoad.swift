import HILBenchMeters

/// What an instrument simulator measures: a scripted `SimulatedLoad` played from the start of the capture,
/// or a live board (`LiveBoardLoad`: the board's marker wire and CPU use).
public enum SimulatorLoad: Sendable {
    /// A programmed profile; its time 0 is the start of the capture.
    case scripted(SimulatedLoad)
    /// A running board; times are its `CLOCK_MONOTONIC`.
    case live(LiveBoardLoad)

    /// The instant up to which samples may be produced: now for a script, the live board's known horizon.
    func availableUntilNs(nowNs: Int64) -> Int64 {
        switch self {
        case .scripted: nowNs
        case .live(let board): min(nowNs, board.knownUntilNs)
        }
    }

    /// Noise-free current (A) and marker level at `t`, for a capture whose time 0 is `startNs`, at `volts`.
    func state(atNs t: Int64, startNs: Int64, volts: Double) -> (amps: Double, marker: Bool) {
        switch self {
        case .scripted(let load):
            return load.state(atSeconds: Double(t - startNs) / 1e9)
        case .live(let board):
            let (watts, marker) = board.state(atNs: t)
            return (watts / volts, marker)
        }
    }

    /// Mean noise-free current (A) over [from, to], for a capture whose time 0 is `startNs`, at `volts`.
    func averageAmps(fromNs from: Int64, toNs to: Int64, startNs: Int64, volts: Double) -> Double {
        switch self {
        case .scripted(let load):
            load.averageAmps(fromSeconds: Double(from - startNs) / 1e9, toSeconds: Double(to - startNs) / 1e9)
        case .live(let board):
            board.averageWatts(fromNs: from, toNs: to) / volts
        }
    }

    /// σ of the Gaussian current noise (A): the script's, none for a live board.
    var noiseAmps: Double {
        if case .scripted(let load) = self { return load.noiseAmps }
        return 0
    }

    /// The noise seed.
    var seed: UInt64 {
        if case .scripted(let load) = self { return load.seed }
        return 1
    }
}
