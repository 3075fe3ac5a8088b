internal import Foundation
public import HILBenchMeters
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A PPK2 on a pseudo-terminal: the driver opens `devicePath` exactly like `/dev/ttyACM0`.
///
/// It answers GetMetadata (0x19) with `calibration.metadataText`, records every command, and after
/// AverageStart (0x06) streams 4-byte frames at 100 kS/s in real time until AverageStop (0x07): the current of
/// `load` encoded through the calibration (range and ADC code chosen as the meter would), a 6-bit counter,
/// logic D0 = the load's marker. A live load's current is its power divided by the source voltage the host set
/// (RegulatorSet), and frames follow it only as far as it is known (a few ms behind real time). Faults can be
/// injected at given sample indices.
public final class PPK2Simulator: Sendable {
    /// Misbehaviour to inject.
    public struct Faults: Sendable, Hashable {
        /// Sample index → number of samples the meter drops there (counter jumps, time goes on).
        public var counterGaps: [Int: Int]
        /// Sample index → bytes sent before that sample's frame.
        public var garbage: [Int: [UInt8]]
        /// Sample indices whose frame is cut to its first 2 bytes.
        public var truncatedFrames: Set<Int>
        /// After this many samples, send nothing more and ignore every command.
        public var stopAnsweringAfterSamples: Int?
        /// Never answer the metadata request.
        public var ignoreMetadataRequest: Bool
        /// Answer the metadata request with only its first 40 bytes.
        public var truncateMetadata: Bool

        public init(
            counterGaps: [Int: Int] = [:], garbage: [Int: [UInt8]] = [:], truncatedFrames: Set<Int> = [],
            stopAnsweringAfterSamples: Int? = nil, ignoreMetadataRequest: Bool = false, truncateMetadata: Bool = false
        ) {
            self.counterGaps = counterGaps
            self.garbage = garbage
            self.truncatedFrames = truncatedFrames
            self.stopAnsweringAfterSamples = stopAnsweringAfterSamples
            self.ignoreMetadataRequest = ignoreMetadataRequest
            self.truncateMetadata = truncateMetadata
        }
    }

    /// What the readings do right after the meter switches its measurement range (the "spikes" Nordic's clients
    /// smooth, `PPK2SpikeFilter`): the first `samples` readings after a switch overshoot the new current by
    /// `overshoot` × the step, halving each sample, encoded in the new range (saturating its 14-bit ADC). Nordic
    /// publishes no figure for the shape; this one is assumed, sized so that Nordic's 3-sample filter covers it.
    public struct RangeSwitchTransient: Sendable, Hashable {
        public var samples: Int
        public var overshoot: Double
        public init(samples: Int = 2, overshoot: Double = 1.0) {
            self.samples = samples
            self.overshoot = overshoot
        }
        /// The default: two samples, overshooting by the full step, then half of it.
        public static let typical = RangeSwitchTransient()
        /// Ideal range switches (no transient).
        public static let none = RangeSwitchTransient(samples: 0, overshoot: 0)
    }

    /// The slave side of the pseudo-terminal, to give to `PPK2PowerMeter.Configuration.devicePath`.
    public let devicePath: String
    public let calibration: PPK2Calibration
    private let master: Int32
    private let slaveHold: Int32
    private let state: State
    private let ended = Completion()

    private final class State: Sendable {
        struct Value {
            var commands: [[UInt8]] = []
            var millivolts = 3_300
            var stop = false
            var samplesSent = 0
        }
        let value = Mutex(Value())
    }

    /// Creates the pseudo-terminal and starts serving a scripted load.
    public convenience init(
        load: SimulatedLoad, calibration: PPK2Calibration = .typical, faults: Faults = Faults(),
        transient: RangeSwitchTransient = .typical
    ) throws(MeterError) {
        try self.init(measuring: .scripted(load), calibration: calibration, faults: faults, transient: transient)
    }

    /// Creates the pseudo-terminal and starts serving; `millivolts` is the source voltage until the host sets one.
    public init(
        measuring load: SimulatorLoad, calibration: PPK2Calibration = .typical, millivolts: Int = 3_300,
        faults: Faults = Faults(), transient: RangeSwitchTransient = .typical
    ) throws(MeterError) {
        let master = PTY.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0 else {
            let code = errno
            if master >= 0 { close(master) }
            throw MeterError(
                code: .connection, message: "cannot create a pseudo-terminal: \(errnoText(code))",
                meter: "PPK2 simulator",
                cause: SystemCallError(call: "posix_openpt", errno: code))
        }
        var name = [CChar](repeating: 0, count: 128)
        guard PTY.ptsname_r(master, &name, name.count) == 0 else {
            let code = errno
            close(master)
            throw MeterError(code: .connection, message: "ptsname failed: \(errnoText(code))", meter: "PPK2 simulator")
        }
        let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Raw from the start, so nothing is echoed or translated before the driver configures its side.
        var settings = termios()
        tcgetattr(master, &settings)
        cfmakeraw(&settings)
        tcsetattr(master, TCSANOW, &settings)
        // Holding the slave open keeps the master readable (no EIO) while no driver has the port open.
        let hold = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        var holdSettings = termios()
        tcgetattr(hold, &holdSettings)
        cfmakeraw(&holdSettings)
        tcsetattr(hold, TCSANOW, &holdSettings)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.slaveHold = hold
        self.devicePath = path
        self.calibration = calibration
        let state = State()
        state.value.withLock { $0.millivolts = millivolts }
        self.state = state
        let ended = self.ended
        startThread(name: "PPK2 simulator \(path)") {
            defer {
                // The serving thread owns the descriptors: nothing else can use a reused number.
                close(master)
                if hold >= 0 { close(hold) }
                ended.signal()
            }
            Self.serve(
                master: master, state: state, load: load, calibration: calibration, faults: faults,
                transient: transient)
        }
    }

    deinit { stop() }

    /// Every command received, one array per command (command byte and its arguments).
    public var commands: [[UInt8]] { state.value.withLock { $0.commands } }
    /// Frames written to the pseudo-terminal since the last AverageStart (not counting what is still buffered).
    public var samplesSent: Int { state.value.withLock { $0.samplesSent } }

    /// Stops serving (idempotent).
    public func stop() {
        state.value.withLock { $0.stop = true }
        ended.wait(seconds: 2)
    }

    private static func argumentCount(_ command: UInt8) -> Int {
        switch command {
        case PPK2Command.regulatorSet: 2
        case PPK2Command.deviceRunningSet, PPK2Command.setPowerMode, 0x08: 1
        case 0x25: 5
        default: 0
        }
    }

    private static func serve(
        master: Int32, state: State, load: SimulatorLoad, calibration: PPK2Calibration, faults: Faults,
        transient: RangeSwitchTransient
    ) {
        var input: [UInt8] = []
        var streaming = false
        var streamStart: Int64 = 0
        var sampleIndex = 0  // frames generated (including dropped ones)
        var sent = 0
        var counter = 0
        var noise = GaussianNoise(seed: load.seed)
        var mute = false
        var previous: (range: Int, amps: Double)?  // the last reading, for range-switch transients
        var transientLeft = 0
        var transientStep = 0.0
        var out: [UInt8] = []
        out.reserveCapacity(8_192)
        var pending: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 1_024)
        while !state.value.withLock({ $0.stop }) {
            // Commands.
            let count = scratch.withUnsafeMutableBytes { systemRead(master, $0.baseAddress, $0.count) }
            if count > 0 && !mute { input += scratch[..<count] }
            while let command = input.first, input.count > argumentCount(command) {
                let length = 1 + argumentCount(command)
                let bytes = Array(input[..<length])
                input.removeFirst(length)
                state.value.withLock { $0.commands.append(bytes) }
                switch command {
                case PPK2Command.getMetadata where !faults.ignoreMetadataRequest:
                    var text = Array(calibration.metadataText.utf8)
                    if faults.truncateMetadata { text = Array(text.prefix(40)) }
                    _ = writeAll(master, text)
                case PPK2Command.regulatorSet:
                    state.value.withLock { $0.millivolts = Int(bytes[1]) << 8 | Int(bytes[2]) }
                case PPK2Command.averageStart:
                    pending.removeAll()
                    streaming = true
                    streamStart = meterClockNowNs()
                    sampleIndex = 0
                    sent = 0
                    counter = 0
                    previous = nil
                    transientLeft = 0
                    state.value.withLock { $0.samplesSent = 0 }
                case PPK2Command.averageStop:
                    streaming = false
                    pending.removeAll()
                default:
                    break
                }
            }
            guard streaming, !mute else {
                usleep(1_000)
                continue
            }
            // Frames due by now, at most 2 ms worth per pass.
            let due = Int((max(streamStart, load.availableUntilNs(nowNs: meterClockNowNs())) - streamStart) / 10_000)
            let millivolts = Double(state.value.withLock { $0.millivolts })
            out.removeAll(keepingCapacity: true)
            var produced = 0
            while sampleIndex < due && produced < 200 {
                if let limit = faults.stopAnsweringAfterSamples, sent >= limit {
                    mute = true
                    break
                }
                if let missing = faults.counterGaps[sampleIndex] {
                    // The meter loses `missing` samples here: time passes, the counter moves on.
                    counter = (counter + missing) & 63
                    sampleIndex += missing
                }
                if let junk = faults.garbage[sampleIndex] { out += junk }
                let (amps, marker) = load.state(
                    atNs: streamStart + Int64(sampleIndex) * 10_000, startNs: streamStart, volts: millivolts / 1_000)
                let value = amps + (load.noiseAmps > 0 ? load.noiseAmps * noise.nextGaussian() : 0)
                var code = calibration.code(forAmps: value, vddMillivolts: millivolts) ?? (4, 16_383)
                if let last = previous, last.range != code.range, transient.samples > 0 {
                    transientLeft = transient.samples
                    transientStep = value - last.amps
                }
                previous = (code.range, value)
                if transientLeft > 0 {
                    // The reading settles in the new range: an overshoot of the step that halves each sample.
                    let k = transient.samples - transientLeft
                    let reading = value + transient.overshoot * transientStep / Double(1 << k)
                    code.adc = calibration.code(forAmps: reading, vddMillivolts: millivolts, range: code.range)
                    transientLeft -= 1
                }
                let frame = PPK2FrameDecoder.frame(
                    adc: code.adc, range: code.range, counter: counter, logic: marker ? 1 : 0)
                withUnsafeBytes(of: frame.littleEndian) { bytes in
                    out += faults.truncatedFrames.contains(sampleIndex) ? Array(bytes.prefix(2)) : Array(bytes)
                }
                counter = (counter + 1) & 63
                sampleIndex += 1
                sent += 1
                produced += 1
            }
            // The meter buffers up to 1 MiB (2.6 s of samples) while the host does not read; beyond that
            // it drops frames, as a real device's buffer would overflow.
            if pending.count < 1 << 20 { pending += out }
            if !pending.isEmpty {
                let written = pending.withUnsafeBytes { raw in write(master, raw.baseAddress, raw.count) }
                if written > 0 { pending.removeFirst(written) }
            }
            let total = max(0, sent - pending.count / 4)  // frames the host can read (approximate with faults)
            state.value.withLock { $0.samplesSent = total }
            if produced < 200 { usleep(1_000) }
        }
    }
}

/// posix_openpt/grantpt/unlockpt/ptsname_r, looked up at run time: Glibc's Swift module does not export
/// them (they sit behind _XOPEN_SOURCE), and this module has no C target of its own.
private enum PTY {
    typealias OpenPT = @convention(c) (Int32) -> Int32
    typealias FD = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        guard let pointer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(pointer, to: type)
    }

    static let openptFunction = symbol("posix_openpt", as: OpenPT.self)
    static let grantptFunction = symbol("grantpt", as: FD.self)
    static let unlockptFunction = symbol("unlockpt", as: FD.self)
    static let ptsnameFunction = symbol("ptsname_r", as: Name.self)

    static func openpt(_ flags: Int32) -> Int32 {
        guard let function = openptFunction else {
            errno = ENOSYS
            return -1
        }
        return function(flags)
    }

    static func grantpt(_ fd: Int32) -> Int32 { grantptFunction?(fd) ?? -1 }
    static func unlockpt(_ fd: Int32) -> Int32 { unlockptFunction?(fd) ?? -1 }
    static func ptsname_r(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
        ptsnameFunction?(fd, buffer, length) ?? -1
    }
}
