/// PPK2 command bytes (Nordic pc-nrfconnect-ppk `PPKCommands`, IRNAS ppk2-api-python `PPK2_Command`).
/// Commands are raw bytes with no framing; only GetMetadata is answered (text ending in `END`).
public enum PPK2Command {
    public static let averageStart: UInt8 = 0x06
    public static let averageStop: UInt8 = 0x07
    public static let deviceRunningSet: UInt8 = 0x0C
    public static let regulatorSet: UInt8 = 0x0D
    public static let setPowerMode: UInt8 = 0x11
    public static let getMetadata: UInt8 = 0x19
    public static let reset: UInt8 = 0x20

    /// `[0x0D, mV >> 8, mV & 0xFF]`, mV clamped to the device's 800…5000.
    public static func setSourceVoltage(millivolts: Int) -> [UInt8] {
        let mV = min(max(millivolts, 800), 5_000)
        return [regulatorSet, UInt8(mV >> 8), UInt8(mV & 0xFF)]
    }

    /// `[0x11, 1]` ampere meter, `[0x11, 2]` source meter.
    public static func setPowerMode(sourceMeter: Bool) -> [UInt8] {
        [setPowerMode, sourceMeter ? 2 : 1]
    }

    /// `[0x0C, 1]` powers the device under test, `[0x0C, 0]` cuts it.
    public static func deviceRunning(_ on: Bool) -> [UInt8] {
        [deviceRunningSet, on ? 1 : 0]
    }
}
