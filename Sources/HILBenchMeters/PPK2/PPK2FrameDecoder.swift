/// Streaming decoder of the PPK2 sample stream: 4-byte little-endian frames, arbitrary read boundaries.
///
/// Frame (Nordic `MEAS_ADC/RANGE/COUNTER/LOGIC` masks): bits 0–13 ADC, 14–16 range (0…4), 17 unused (0),
/// 18–23 a 6-bit counter that increments per sample, 24–31 logic inputs D0–D7.
///
/// * **Timing:** sample `n` is at `n × periodNs` (10 µs) from the first sample: the meter's own clock.
///   Lost samples keep their slot, so the samples after a loss are where they belong in time.
/// * **Counter gaps:** a valid frame whose counter is not the expected one, followed by two frames that
///   continue from it, is a gap of `(counter − expected) mod 64` lost samples (a loss of 64 or more is seen
///   modulo 64: the protocol carries nothing better).
/// * **Garbage and truncated frames:** a frame with an invalid range or bit 17 set, or a counter jump that
///   the next frames do not confirm, means the byte boundary is lost. The decoder skips bytes until three
///   consecutive valid frames with consecutive counters line up, counts the skipped bytes, and counts the
///   samples the counter says were lost on the way.
/// * **Memory:** at most a few frames are carried between calls; output goes to a callback per run of
///   evenly spaced samples, from buffers the decoder reuses.
public struct PPK2FrameDecoder: Sendable {
    /// One evenly spaced run of decoded samples.
    public struct Run {
        /// Index of the first sample (its instant is `firstIndex × periodNs`).
        public var firstIndex: Int64
        public var watts: UnsafeBufferPointer<Float>
        public var logic: UnsafeBufferPointer<UInt8>
    }

    public let calibration: PPK2Calibration
    /// The voltage used for the current formula and for P = I × V (the source voltage, or the DUT supply in
    /// ampere-meter mode).
    public let vddMillivolts: Double
    public let periodNs: Int64
    /// Smoothing after range switches as Nordic's clients do it, or nil for the raw readings.
    public let spikeFilter: PPK2SpikeFilter?

    /// Samples decoded, samples known lost and in how many gaps, bytes skipped and resynchronisations.
    public private(set) var samples = 0
    public private(set) var lostSamples = 0
    public private(set) var gaps = 0
    public private(set) var discardedBytes = 0
    public private(set) var resynchronizations = 0
    /// The first bytes that were skipped (for error messages).
    public private(set) var firstDiscarded: [UInt8] = []

    private var carry: [UInt8] = []
    private var expected: UInt32?  // the counter of the next frame; nil before the first frame
    private var synced = false  // the byte boundary is known
    private var nextIndex: Int64 = 0
    private var alpha: [Double] = []
    private var beta: [Double] = []
    private var constant: [Double] = []
    private var outWatts: [Float] = []
    private var outLogic: [UInt8] = []
    private var filterState = PPK2SpikeFilter.State()

    /// Frames that must follow a counter jump (or line up after garbage) before it is believed.
    static let confirmFrames = 2

    public init(
        calibration: PPK2Calibration, vddMillivolts: Double, periodNs: Int64 = 10_000,
        spikeFilter: PPK2SpikeFilter? = nil
    ) {
        self.calibration = calibration
        self.spikeFilter = spikeFilter
        self.vddMillivolts = vddMillivolts
        self.periodNs = periodNs
        for r in 0..<5 {
            let scale = PPK2Calibration.adcMultiplier / calibration.r[r]
            alpha.append(4 * scale)
            beta.append(-calibration.o[r] * scale)
            constant.append(calibration.s[r] * (vddMillivolts / 1000) + calibration.i[r])
        }
    }

    /// Bytes held back for the next call (0…11).
    public var carriedBytes: Int { carry.count }

    /// Decodes `bytes`, calling `emit` for every run of evenly spaced samples (buffers valid during the call).
    public mutating func decode(_ bytes: UnsafeRawBufferPointer, emit: (Run) -> Void) {
        if carry.isEmpty {
            let used = decodeAligned(bytes, emit: emit)
            carry.append(contentsOf: bytes[used...])
        } else {
            var joined = carry
            joined.append(contentsOf: bytes)
            carry.removeAll(keepingCapacity: true)
            let used = joined.withUnsafeBytes { decodeAligned($0, emit: emit) }
            carry.append(contentsOf: joined[used...])
        }
    }

    /// Decodes from the start of `bytes`; returns how many bytes were consumed.
    private mutating func decodeAligned(_ bytes: UnsafeRawBufferPointer, emit: (Run) -> Void) -> Int {
        let frameCapacity = bytes.count / 4 + 1
        if outWatts.count < frameCapacity {
            outWatts = [Float](repeating: 0, count: frameCapacity)
            outLogic = [UInt8](repeating: 0, count: frameCapacity)
        }
        var position = 0
        let end = bytes.count
        var runStart = 0  // index into the output buffers of the current run
        var runCount = 0
        var runFirstIndex = nextIndex
        let volts = vddMillivolts / 1000
        let filtering = spikeFilter != nil
        let filter = spikeFilter ?? .nordic

        func flush(_ w: UnsafeMutableBufferPointer<Float>, _ l: UnsafeMutableBufferPointer<UInt8>) {
            if runCount > 0 {
                emit(
                    Run(
                        firstIndex: runFirstIndex,
                        watts: UnsafeBufferPointer(rebasing: w[runStart..<runStart + runCount]),
                        logic: UnsafeBufferPointer(rebasing: l[runStart..<runStart + runCount])))
            }
            runStart += runCount
            runCount = 0
            runFirstIndex = nextIndex
        }

        var wattsBuffer = outWatts
        var logicBuffer = outLogic
        outWatts = []
        outLogic = []
        defer {
            outWatts = wattsBuffer
            outLogic = logicBuffer
        }
        alpha.withUnsafeBufferPointer { alpha in
            beta.withUnsafeBufferPointer { beta in
                constant.withUnsafeBufferPointer { constant in
                    calibration.gs.withUnsafeBufferPointer { gs in
                        calibration.gi.withUnsafeBufferPointer { gi in
                            calibration.ug.withUnsafeBufferPointer { ug in
                                wattsBuffer.withUnsafeMutableBufferPointer { w in
                                    logicBuffer.withUnsafeMutableBufferPointer { l in
                                        while position + 4 <= end {
                                            // The hot loop: consecutive valid frames.
                                            if synced, var want = expected {
                                                var out = runStart + runCount
                                                while position + 4 <= end {
                                                    let frame = UInt32(
                                                        littleEndian: bytes.loadUnaligned(
                                                            fromByteOffset: position, as: UInt32.self))
                                                    let range = Int((frame >> 14) & 7)
                                                    guard frame & 0x2_0000 == 0, range <= 4, (frame >> 18) & 63 == want
                                                    else { break }
                                                    let x = alpha[range] * Double(frame & 0x3FFF) + beta[range]
                                                    var amps =
                                                        ug[range] * (x * (gs[range] * x + gi[range]) + constant[range])
                                                    if filtering {
                                                        amps = filterState.apply(amps, range: range, filter)
                                                    }
                                                    w[out] = Float(amps * volts)
                                                    l[out] = UInt8(truncatingIfNeeded: frame >> 24)
                                                    out += 1
                                                    want = (want + 1) & 63
                                                    position += 4
                                                }
                                                let decoded = out - (runStart + runCount)
                                                runCount += decoded
                                                nextIndex += Int64(decoded)
                                                samples += decoded
                                                expected = want
                                                guard position + 4 <= end else { break }
                                            }
                                            // Something unexpected at `position`: a counter gap, or a lost byte boundary.
                                            let need = 4 * (Self.confirmFrames + 1)
                                            let frame = UInt32(
                                                littleEndian: bytes.loadUnaligned(
                                                    fromByteOffset: position, as: UInt32.self))
                                            if synced, let want = expected, Self.isValid(frame) {
                                                guard position + need <= end else { break }  // wait for the confirming frames
                                                if Self.lineUp(bytes, at: position) {
                                                    let missing = Int((((frame >> 18) & 63) &- want) & 63)
                                                    flush(w, l)
                                                    nextIndex += Int64(missing)
                                                    runFirstIndex = nextIndex
                                                    lostSamples += missing
                                                    gaps += 1
                                                    expected = (frame >> 18) & 63
                                                    continue
                                                }
                                            }
                                            // The byte boundary is lost: find the next position where frames line up again.
                                            var candidate = position
                                            if synced {
                                                synced = false
                                                resynchronizations += 1
                                                candidate += 1
                                            }
                                            var found: Int?
                                            while candidate + need <= end {
                                                if Self.lineUp(bytes, at: candidate) {
                                                    found = candidate
                                                    break
                                                }
                                                candidate += 1
                                            }
                                            guard let start = found else {
                                                // Keep what could still begin a line-up for the next call; the rest is garbage.
                                                let keep = max(position, end - (need - 1))
                                                noteDiscarded(bytes, from: position, to: keep)
                                                position = keep
                                                break
                                            }
                                            noteDiscarded(bytes, from: position, to: start)
                                            let counter =
                                                UInt32(
                                                    littleEndian: bytes.loadUnaligned(
                                                        fromByteOffset: start, as: UInt32.self)) >> 18 & 63
                                            if let want = expected {
                                                let missing = Int((counter &- want) & 63)
                                                if missing > 0 {
                                                    flush(w, l)
                                                    nextIndex += Int64(missing)
                                                    runFirstIndex = nextIndex
                                                    lostSamples += missing
                                                    gaps += 1
                                                }
                                            }
                                            expected = counter
                                            synced = true
                                            position = start
                                        }
                                        flush(w, l)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return position
    }

    private mutating func noteDiscarded(_ bytes: UnsafeRawBufferPointer, from: Int, to: Int) {
        guard to > from else { return }
        discardedBytes += to - from
        if firstDiscarded.count < 32 {
            firstDiscarded.append(contentsOf: bytes[from..<min(to, from + 32 - firstDiscarded.count)])
        }
    }

    @inline(__always)
    static func isValid(_ frame: UInt32) -> Bool {
        frame & 0x2_0000 == 0 && (frame >> 14) & 7 <= 4
    }

    /// True when `confirmFrames + 1` valid frames with consecutive counters start at `offset`.
    static func lineUp(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        var previous: UInt32?
        for k in 0...confirmFrames {
            let frame = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4 * k, as: UInt32.self))
            guard isValid(frame) else { return false }
            let counter = (frame >> 18) & 63
            if let previous, counter != (previous + 1) & 63 { return false }
            previous = counter
        }
        return true
    }

    /// Encodes one frame (for simulators and tests).
    public static func frame(adc: Int, range: Int, counter: Int, logic: UInt8) -> UInt32 {
        UInt32(adc & 0x3FFF) | UInt32(range & 7) << 14 | UInt32(counter & 63) << 18 | UInt32(logic) << 24
    }
}
