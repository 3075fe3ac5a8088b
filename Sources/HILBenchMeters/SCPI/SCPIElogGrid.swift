/// The N6700/N6705 external data logger's integration-period grid (N6700 User's Guide, "External Data Logging";
/// N6705 User's Guide, "Data Logger Sampling Modes"): the instrument rounds a period to the nearest multiple of the
/// time-interval resolution (20.48 µs, or 40.96 µs with `SENS:SWE:TINT:RES RES40`), and the shortest period is
/// 102.4 µs per logged parameter.
public enum SCPIElogGrid: Double, Sendable, Hashable, Codable {
    /// `RES20`: 20.48 µs steps (up to 4 parameters).
    case fine = 20.48e-6
    /// `RES40`: 40.96 µs steps (up to 24 parameters).
    case coarse = 40.96e-6

    /// The shortest period per logged parameter (s).
    public static let minimumPerParameter = 102.4e-6

    /// The period the instrument puts in force for `requested` seconds with `parameters` logged values per record.
    public static func periodInForce(_ requested: Double, parameters: Int, resolution: SCPIElogGrid = .fine) -> Double {
        let step = resolution.rawValue
        let minimum = (minimumPerParameter * Double(max(parameters, 1)) / step - 1e-9).rounded(.up) * step
        return max(minimum, (requested / step).rounded() * step)
    }

    /// How many measurement converters a power module has, from its model (`SYST:CHAN:MOD?`): N676xA and N678xA
    /// measure voltage and current at once; N673xB, N674xB, N675xA and N677xA have one converter ("These other power
    /// modules cannot measure voltage and current simultaneously", N6705 User's Guide, "Standard (interleaved)
    /// mode"). Nil for a model not in that list.
    public static func measurementConverters(module: String) -> Int? {
        let model = module.trimming(" \"\r\n").uppercased()
        if model.hasPrefix("N676") || model.hasPrefix("N678") { return 2 }
        if ["N673", "N674", "N675", "N677"].contains(where: model.hasPrefix) { return 1 }
        return nil
    }
}
