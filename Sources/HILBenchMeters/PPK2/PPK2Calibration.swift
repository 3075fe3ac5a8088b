/// The calibration a PPK2 reports in its metadata, and the conversion of raw ADC codes to current.
///
/// Conversion (Nordic pc-nrfconnect-ppk `getAdcResult`, identical in IRNAS ppk2-api-python):
/// ```
/// adcResult = adc × 4                                   // 14-bit field of the sample frame
/// x = (adcResult − O[r]) × (1.8 / 163840) / R[r]        // A, before gain
/// I = UG[r] × ( x × (GS[r] × x + GI[r]) + S[r] × (vdd_mV / 1000) + I[r] )
/// ```
/// `r` is the measurement range of the frame (0…4), `vdd_mV` the voltage last set with RegulatorSet.
/// Nordic's host-side spike filter (an EMA for 3 samples after a range change) is not applied.
public struct PPK2Calibration: Sendable, Hashable, Codable {
    /// Per-range values, index = measurement range 0…4.
    public var r: [Double]
    public var gs: [Double]
    public var gi: [Double]
    public var o: [Double]
    public var s: [Double]
    public var i: [Double]
    public var ug: [Double]
    /// Other metadata keys as reported (`Calibrated`, `VDD`, `HW`, `mode`, `IA`), when present.
    public var calibrated: Int?
    public var vddMillivolts: Int?
    public var hardware: Int?
    public var mode: Int?

    /// 1.8 V full scale over 163 840 (= 4 × 2^14 × 2.5) ADC steps.
    public static let adcMultiplier = 1.8 / 163_840

    /// The defaults Nordic and IRNAS use for missing keys.
    public static let defaults = PPK2Calibration(
        r: [1031.64, 101.65, 10.15, 0.94, 0.043], gs: [1, 1, 1, 1, 1], gi: [1, 1, 1, 1, 1], o: [0, 0, 0, 0, 0],
        s: [0, 0, 0, 0, 0], i: [0, 0, 0, 0, 0], ug: [1, 1, 1, 1, 1])

    /// A real unit's metadata (the sample in the ppk2-rs unit tests), used by the simulator.
    public static let typical = PPK2Calibration(
        r: [1003.3506, 101.5865, 10.3027, 0.9636, 0.0564], gs: [0.0000, 112.7890, 18.0115, 2.4217, 0.0729],
        gi: [1.0000, 0.9695, 0.9609, 0.9519, 0.9582], o: [112.9420, 75.4627, 64.6020, 50.4983, 87.2177],
        s: [0.000000048, 0.000000596, 0.000005281, 0.000062577, 0.002940743],
        i: [-0.000000104, -0.000001443, 0.000036439, -0.000374119, -0.009388455], ug: [1, 1, 1, 1, 1],
        calibrated: 0, vddMillivolts: 3741, hardware: 9173, mode: 2)

    public init(
        r: [Double], gs: [Double], gi: [Double], o: [Double], s: [Double], i: [Double], ug: [Double],
        calibrated: Int? = nil, vddMillivolts: Int? = nil, hardware: Int? = nil, mode: Int? = nil
    ) {
        self.r = r
        self.gs = gs
        self.gi = gi
        self.o = o
        self.s = s
        self.i = i
        self.ug = ug
        self.calibrated = calibrated
        self.vddMillivolts = vddMillivolts
        self.hardware = hardware
        self.mode = mode
    }

    /// Parses the metadata text (`Key: value` lines ending with `END`). Keys are matched case-insensitively,
    /// unknown keys are ignored, missing ones and `-nan` keep the defaults, `R` values of 0 are ignored (as
    /// IRNAS does for units with a broken calibration).
    /// - Returns: nil and the offending line when a known key has a value that is not a number.
    public static func parse(metadata text: String) -> Result<PPK2Calibration, ParseFailure> {
        var calibration = PPK2Calibration.defaults
        for raw in text.split(whereSeparator: { $0.isNewline }) {  // "\r\n" is one Character: isNewline covers it
            let line = raw.trimming(" \t")
            if line.isEmpty || line == "END" { continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimming(" \t").lowercased()
            let valueText = line[line.index(after: colon)...].trimming(" \t")
            if valueText.lowercased().contains("nan") { continue }
            let known: Bool
            let indexed: (name: String, index: Int)? = {
                guard let digit = key.last, let index = digit.wholeNumberValue, (0...4).contains(index) else {
                    return nil
                }
                let name = String(key.dropLast())
                return ["r", "gs", "gi", "o", "s", "i", "ug"].contains(name) ? (name, index) : nil
            }()
            known = indexed != nil || ["calibrated", "vdd", "hw", "mode", "ia"].contains(key)
            guard known else { continue }
            guard let value = Double(valueText) else { return .failure(ParseFailure(line: String(line))) }
            if let (name, index) = indexed {
                switch name {
                case "r": if value != 0 { calibration.r[index] = value }
                case "gs": calibration.gs[index] = value
                case "gi": calibration.gi[index] = value
                case "o": calibration.o[index] = value
                case "s": calibration.s[index] = value
                case "i": calibration.i[index] = value
                default: calibration.ug[index] = value
                }
            } else if ["calibrated", "vdd", "hw", "mode"].contains(key) {
                // Whole numbers only; Int(Double) would trap on infinity or values beyond Int's range.
                guard let whole = Int(exactly: value.rounded()) else {
                    return .failure(ParseFailure(line: String(line)))
                }
                switch key {
                case "calibrated": calibration.calibrated = whole
                case "vdd": calibration.vddMillivolts = whole
                case "hw": calibration.hardware = whole
                default: calibration.mode = whole
                }
            }
        }
        return .success(calibration)
    }

    /// A metadata line whose value is not a number.
    public struct ParseFailure: Error, Sendable, Hashable {
        public var line: String
    }

    /// The metadata text a PPK2 would send for this calibration (what the simulator answers to 0x19).
    public var metadataText: String {
        var lines = ["Calibrated: \(calibrated ?? 0)"]
        func add(_ name: String, _ values: [Double], _ format: (Double) -> String) {
            for (index, value) in values.enumerated() { lines.append("\(name)\(index): \(format(value))") }
        }
        add("R", r) { "\($0)" }
        add("GS", gs) { "\($0)" }
        add("GI", gi) { "\($0)" }
        add("O", o) { "\($0)" }
        lines.append("VDD: \(vddMillivolts ?? 3000)")
        lines.append("HW: \(hardware ?? 9173)")
        lines.append("mode: \(mode ?? 2)")
        add("S", s) { "\($0)" }
        add("I", i) { "\($0)" }
        add("UG", ug) { "\($0)" }
        lines.append("IA: 56")
        lines.append("END")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Current in amperes for a frame's ADC field (0…16383) in `range` (clamped to 4), at `vddMillivolts`.
    public func amps(adc: Int, range: Int, vddMillivolts: Double) -> Double {
        let r = min(max(range, 0), 4)
        let x = (Double(adc * 4) - o[r]) * (Self.adcMultiplier / self.r[r])
        return ug[r] * (x * (gs[r] * x + gi[r]) + (s[r] * (vddMillivolts / 1000) + i[r]))
    }

    /// The frame fields a PPK2 would send for `amps`: the most sensitive range whose ADC field fits 14 bits,
    /// and the nearest code (inverse of `amps(adc:range:vddMillivolts:)`). Nil when no range fits.
    public func code(forAmps amps: Double, vddMillivolts: Double) -> (range: Int, adc: Int)? {
        for range in 0...4 {
            guard let adc = unclampedCode(forAmps: amps, vddMillivolts: vddMillivolts, range: range) else { continue }
            if adc >= 0 && adc <= 16_383 { return (range, adc) }
        }
        return nil
    }

    /// The ADC code a reading of `amps` gives in `range`, saturated at the 14-bit limits as the ADC would.
    public func code(forAmps amps: Double, vddMillivolts: Double, range: Int) -> Int {
        min(16_383, max(0, unclampedCode(forAmps: amps, vddMillivolts: vddMillivolts, range: range) ?? 16_383))
    }

    private func unclampedCode(forAmps amps: Double, vddMillivolts: Double, range: Int) -> Int? {
        let target = amps / ug[range] - (s[range] * (vddMillivolts / 1000) + i[range])
        // gs·x² + gi·x − target = 0, the root continuous with the linear case.
        let x: Double
        if abs(gs[range]) < 1e-12 {
            x = target / gi[range]
        } else {
            let discriminant = gi[range] * gi[range] + 4 * gs[range] * target
            guard discriminant >= 0 else { return nil }
            x = 2 * target / (gi[range] + discriminant.squareRoot())
        }
        let adc = ((x * self.r[range] / Self.adcMultiplier + o[range]) / 4).rounded()
        return adc.isFinite ? Int(max(-1e9, min(1e9, adc))) : nil
    }
}

extension StringProtocol {
    package func trimming(_ set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
