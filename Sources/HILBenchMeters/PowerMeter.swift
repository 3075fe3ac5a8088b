/// A power-measurement instrument or sensor that hands over samples while it measures. `EnergyCapture` feeds each
/// chunk to an `EnergyIntegrator` or an `EnergyLedger` and drops it, so a capture of any length needs no memory for
/// samples: no driver keeps a whole trace.
public protocol PowerMeter: Sendable {
    /// What the meter is and how its logic channel is wired.
    var info: MeterInfo { get }
    /// Starts acquiring. `sink` receives every chunk in time order, on the meter's reader thread; it must
    /// return quickly and must not call back into the meter.
    /// - Throws: `MeterError` when the instrument cannot be opened, identified or started.
    func startStreaming(_ sink: @escaping @Sendable (PowerChunk) -> Void) async throws
    /// Stops acquiring and returns once the last chunk has been handed over.
    /// - Throws: `MeterError` for what ended the capture early (the meter stopped answering, sent garbage
    ///   beyond the tolerance, …) or went wrong while stopping. Chunks delivered before stay valid.
    func stopStreaming() async throws -> CaptureSummary
}

/// The kind of a meter driver. A struct so new drivers do not break exhaustive switches.
public struct MeterKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The built-in simulator (`SimulatedPowerMeter`).
    public static let simulated = MeterKind(rawValue: "simulated")
    /// Nordic Power Profiler Kit II over USB serial.
    public static let ppk2 = MeterKind(rawValue: "ppk2")
    /// Qoitech Otii over its TCP JSON server.
    public static let otii = MeterKind(rawValue: "otii")
    /// Joulescope JS110/JS220.
    public static let joulescope = MeterKind(rawValue: "joulescope")
    /// A SCPI power analyzer or supply over TCP.
    public static let scpi = MeterKind(rawValue: "scpi")
    /// A Linux hwmon sensor (INA3221, INA2xx).
    public static let hwmon = MeterKind(rawValue: "hwmon")
    /// Intel RAPL through powercap.
    public static let rapl = MeterKind(rawValue: "rapl")

    public var description: String { rawValue }
}

/// Facts about a meter, recorded with every energy result.
public struct MeterInfo: Sendable, Hashable, Codable {
    /// The driver kind.
    public var kind: MeterKind
    /// Instrument model, e.g. `"PPK2"` or `"simulated (idle 2 W, +1.5 W active)"`.
    public var model: String
    /// Nominal samples per second.
    public var sampleRateHz: Double
    /// What logic bit 0 is wired to (e.g. `"marker wire /tmp/x.wire"`, `"D0 ← board GPIO17"`), or nil when
    /// the meter has no logic input and windows must come from GPIO capture or software timestamps.
    public var logicChannel: String?

    public init(kind: MeterKind, model: String, sampleRateHz: Double, logicChannel: String?) {
        self.kind = kind
        self.model = model
        self.sampleRateHz = sampleRateHz
        self.logicChannel = logicChannel
    }

    /// The nominal sample period in nanoseconds (rounded), or nil for a non-positive rate.
    public var samplePeriodNs: Int64? {
        sampleRateHz > 0 ? Int64((1e9 / sampleRateHz).rounded()) : nil
    }
}
