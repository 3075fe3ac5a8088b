import Foundation
import HILBenchMeters
import HILBenchTesting
import Testing

/// Fuzz runs are reproducible from the seed printed on failure.
typealias PPK2FuzzRandom = SeededGenerator

/// Hostile PPK2 byte streams and metadata: every byte accounted for, counters sane, never a crash.
@Suite(.timeLimit(.minutes(2)))
struct PPK2FuzzTests {
    /// A stream: valid frames with counter gaps, garbage, truncated frames, flipped bits, or pure noise.
    static func stream(_ random: inout PPK2FuzzRandom) -> [UInt8] {
        if random.chance(0.15) { return (0..<random.int(0...5_000)).map { _ in random.byte() } }
        var bytes: [UInt8] = []
        var counter = random.int(0...63)
        for _ in 0..<random.int(1...30) {
            switch random.int(0...6) {
            case 0, 1, 2:
                for _ in 0..<random.int(0...200) {
                    let frame = PPK2FrameDecoder.frame(
                        adc: random.int(0...0x3FFF), range: random.int(0...4), counter: counter, logic: random.byte())
                    withUnsafeBytes(of: frame.littleEndian) { bytes += $0 }
                    counter = (counter + 1) & 63
                }
            case 3: counter = (counter + random.int(1...200)) & 63  // lost samples
            case 4: bytes += (0..<random.int(1...40)).map { _ in random.byte() }  // garbage
            case 5:
                let frame = PPK2FrameDecoder.frame(
                    adc: random.int(0...0x3FFF), range: random.int(0...7), counter: counter, logic: 0)
                withUnsafeBytes(of: frame.littleEndian) { bytes += $0.prefix(random.int(0...3)) }  // truncated (maybe an invalid range)
                counter = (counter + 1) & 63
            default:
                for _ in 0..<random.int(1...8) where !bytes.isEmpty {
                    bytes[random.int(0...bytes.count - 1)] ^= UInt8(1 << random.int(0...7))
                }
            }
        }
        return bytes
    }

    struct Tally {
        var emitted = 0
        var nextFree: Int64 = 0  // runs must not overlap or go back in time
        var problems: [String] = []
    }

    static func decode(
        _ bytes: [UInt8], calibration: PPK2Calibration, readSizes: ClosedRange<Int>, random: inout PPK2FuzzRandom
    ) -> (PPK2FrameDecoder, Tally) {
        var decoder = PPK2FrameDecoder(calibration: calibration, vddMillivolts: Double(random.int(0...5_000)))
        var tally = Tally()
        var start = 0
        repeat {
            let end = min(bytes.count, start + random.int(readSizes))
            bytes[start..<end].withUnsafeBytes { raw in
                decoder.decode(raw) { run in
                    if run.watts.count != run.logic.count || run.watts.isEmpty {
                        tally.problems.append("a run of \(run.watts.count) watts and \(run.logic.count) logic values")
                    }
                    if run.firstIndex < tally.nextFree {
                        tally.problems.append("a run starts at \(run.firstIndex), before \(tally.nextFree)")
                    }
                    tally.nextFree = run.firstIndex + Int64(run.watts.count)
                    tally.emitted += run.watts.count
                }
            }
            if decoder.carriedBytes > 11 { tally.problems.append("\(decoder.carriedBytes) bytes carried (at most 11)") }
            start = end
        } while start < bytes.count
        return (decoder, tally)
    }

    static let seeds: [UInt64] = [11, 12, 13, 14, 0xBADC0DE]
    static let streamsPerSeed = 300

    @Test(arguments: seeds)
    func everyByteIsDecodedDiscardedOrCarried(seed: UInt64) {
        var random = PPK2FuzzRandom(seed: seed)
        for index in 0..<Self.streamsPerSeed {
            // Given a damaged stream read in random chunks
            let bytes = Self.stream(&random)
            let readSizes = random.pick([1...1, 1...7, 1...64, 4_096...4_096, 1...100_000])
            let (decoder, tally) = Self.decode(
                bytes, calibration: random.chance(0.5) ? .typical : .defaults, readSizes: readSizes, random: &random)
            let context =
                "seed \(seed) stream #\(index) (\(bytes.count) bytes, reads \(readSizes)): \(bytes.prefix(48).map { String(format: "%02x", $0) }.joined())"
            // Then the counters account for the input and are sane
            #expect(
                4 * decoder.samples + decoder.discardedBytes + decoder.carriedBytes == bytes.count,
                "\(context): 4 × \(decoder.samples) samples + \(decoder.discardedBytes) discarded + \(decoder.carriedBytes) carried"
            )
            #expect(
                tally.emitted == decoder.samples,
                "\(context): \(tally.emitted) samples emitted, \(decoder.samples) counted")
            #expect(decoder.lostSamples >= 0 && decoder.gaps >= 0 && decoder.resynchronizations >= 0, "\(context)")
            #expect(
                decoder.gaps <= decoder.lostSamples && decoder.lostSamples <= 63 * decoder.gaps,
                "\(context): \(decoder.lostSamples) lost in \(decoder.gaps) gaps")
            #expect(
                tally.nextFree <= Int64(decoder.samples + decoder.lostSamples),
                "\(context): last index \(tally.nextFree) beyond samples + lost")
            #expect(decoder.firstDiscarded.count == min(32, decoder.discardedBytes), "\(context)")
            #expect(tally.problems.isEmpty, "\(context): \(tally.problems.prefix(3))")
            if !tally.problems.isEmpty { return }
        }
    }

    @Test func aCleanStreamSplitAnywhereLosesNothing() {
        var random = PPK2FuzzRandom(seed: 99)
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            let count = random.int(3...500)
            var counter = random.int(0...63)
            for _ in 0..<count {
                let frame = PPK2FrameDecoder.frame(
                    adc: random.int(0...0x3FFF), range: random.int(0...4), counter: counter, logic: random.byte())
                withUnsafeBytes(of: frame.littleEndian) { bytes += $0 }
                counter = (counter + 1) & 63
            }
            let (decoder, tally) = Self.decode(bytes, calibration: .typical, readSizes: 1...13, random: &random)
            #expect(
                decoder.samples == count && decoder.lostSamples == 0 && decoder.discardedBytes == 0
                    && decoder.carriedBytes == 0,
                "\(count) frames: \(decoder.samples) samples, \(decoder.lostSamples) lost, \(decoder.discardedBytes) discarded"
            )
            #expect(tally.problems.isEmpty)
        }
    }

    // MARK: Metadata

    static let keys = [
        "R0", "R1", "R4", "GS0", "GS3", "GI2", "O1", "S4", "I0", "UG2", "r3", "gs4", "Calibrated", "VDD", "HW", "mode",
        "IA",
        "R5", "R", "X", "", "END", "Calibrated ", " VDD",
    ]
    /// Values the integer keys (Calibrated, VDD, HW, mode) can hold without trapping: see `integerKeysStayInRange`.
    static let values = [
        "0", "1", "-1", "3.5", "1e-300", "-0", "nan", "-nan", "NaN", "abc", "", "1,5", "0x10", "1e5", " 7 ", "\u{0}",
        "١٢", "😀", "1 2", "--1", "+3", "1e", ".",
    ]
    static let wideValues = ["1e300", "-1e300", "inf", "-inf", "infinity", "1e19", "9223372036854775808"]

    static func metadata(_ random: inout PPK2FuzzRandom) -> String {
        if random.chance(0.1) {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.int(0...300) {
                if let s = Unicode.Scalar(UInt32(random.int(0...0x10FFFF))) { scalars.append(s) }
            }
            return String(scalars)
        }
        var lines: [String] = []
        for _ in 0..<random.int(0...40) {
            let key = random.pick(keys)
            let integerKey = ["calibrated", "vdd", "hw", "mode"].contains(
                key.trimmingCharacters(in: .whitespaces).lowercased())
            let value = !integerKey && random.chance(0.2) ? random.pick(wideValues) : random.pick(values)
            lines.append(
                random.pick(["", " ", "\t"]) + key + random.pick([":", ": ", " : ", ":\t", "", "::"]) + value)
        }
        if random.chance(0.7) { lines.append("END") }
        return lines.joined(separator: random.pick(["\n", "\r\n", "\r", "\n\n"]))
    }

    @Test(arguments: seeds)
    func metadataIsParsedOrRefusedWithTheLine(seed: UInt64) {
        var random = PPK2FuzzRandom(seed: seed)
        for index in 0..<400 {
            let text = Self.metadata(&random)
            switch PPK2Calibration.parse(metadata: text) {
            case .success(let calibration):
                let arrays = [
                    calibration.r, calibration.gs, calibration.gi, calibration.o, calibration.s, calibration.i,
                    calibration.ug,
                ]
                #expect(arrays.allSatisfy { $0.count == 5 }, "seed \(seed) #\(index): \(text.debugDescription)")
                #expect(
                    !calibration.r.contains(0),
                    "seed \(seed) #\(index): R of 0 must be ignored: \(text.debugDescription)")
                // What parses can drive the decoder without trapping.
                var decoder = PPK2FrameDecoder(calibration: calibration, vddMillivolts: 3_300)
                let frames = (0..<3).map { PPK2FrameDecoder.frame(adc: 100, range: $0, counter: $0, logic: 0) }
                frames.withUnsafeBytes { decoder.decode($0) { _ in } }
                #expect(decoder.samples == 3)
            case .failure(let failure):
                #expect(
                    !failure.line.isEmpty && text.contains(failure.line),
                    "seed \(seed) #\(index): failure line \(failure.line.debugDescription) not in \(text.debugDescription)"
                )
            }
        }
    }
}
