/// A run of power samples as a streaming meter delivers them: either at a constant rate (start + index ×
/// period, 4–5 bytes per sample) or with explicit instants (polling meters).
public struct PowerChunk: Sendable, Hashable {
    /// When the samples were taken, on the meter's clock.
    public enum Timing: Sendable, Hashable {
        /// Sample `k` at `startNs + k × periodNs`.
        case uniform(startNs: Int64, periodNs: Int64)
        /// Sample `k` at `timesNs[k]`.
        case explicit([Int64])
    }

    public var timing: Timing
    /// Power per sample (W).
    public var watts: [Float]
    /// Digital inputs per sample (bit 0 = marker), or empty when the meter has none.
    public var logic: [UInt8]

    public init(timing: Timing, watts: [Float], logic: [UInt8] = []) {
        self.timing = timing
        self.watts = watts
        self.logic = logic
    }

    /// Number of samples.
    public var count: Int { watts.count }

    /// The instant of sample `index`.
    public func timeNs(at index: Int) -> Int64 {
        switch timing {
        case .uniform(let start, let period): start + Int64(index) * period
        case .explicit(let times): times[index]
        }
    }
}

extension PowerTrace {
    /// Appends a chunk's samples (expanding uniform timing into instants). Logic is padded with zeros when
    /// only one side has it.
    public mutating func append(_ chunk: PowerChunk) {
        let before = count
        reserveCapacity(before + chunk.count)
        switch chunk.timing {
        case .uniform(let start, let period):
            for k in 0..<chunk.count { timesNs.append(start + Int64(k) * period) }
        case .explicit(let times):
            timesNs.append(contentsOf: times)
        }
        watts.append(contentsOf: chunk.watts)
        if !chunk.logic.isEmpty {
            if logic.count < before { logic.append(contentsOf: repeatElement(0, count: before - logic.count)) }
            logic.append(contentsOf: chunk.logic)
        } else if !logic.isEmpty {
            logic.append(contentsOf: repeatElement(0, count: chunk.count))
        }
    }
}
