internal import Foundation
import Synchronization

/// The sampling thread behind the polling meters (hwmon, RAPL): calls `sample()` every period on a dedicated
/// thread and hands each result to the sink; the first error ends the capture and is reported at stop.
final class PollingSampler: Sendable {
    private let stopRequested = Atomic<Bool>(false)
    private let ended = Completion()
    private let outcome: Mutex<(samples: Int, error: MeterError?)> = Mutex((0, nil))

    /// Starts sampling. `sample` returns the chunk for one poll (or nil to skip it).
    init(
        name: String, periodNs: Int64, sink: @escaping @Sendable (PowerChunk) -> Void,
        sample: @escaping @Sendable () throws(MeterError) -> PowerChunk?
    ) {
        startThread(name: name) { [self] in
            defer { ended.signal() }
            var next = monotonicNowNs()
            while !self.stopRequested.load(ordering: .acquiring) {
                do throws(MeterError) {
                    if let chunk = try sample() {
                        sink(chunk)
                        outcome.withLock { $0.samples += chunk.count }
                    }
                } catch {
                    outcome.withLock { $0.error = error }
                    return
                }
                next += periodNs
                let wait = next - monotonicNowNs()
                if wait > 0 { Thread.sleep(forTimeInterval: Double(wait) / 1e9) } else { next = monotonicNowNs() }
            }
        }
    }

    /// A configured polling period (ms) in ns, checked: a meter refuses a period that is not positive.
    static func periodNs(milliseconds: Double, meter: String) throws(MeterError) -> Int64 {
        guard milliseconds > 0 else {
            throw MeterError(code: .configuration, message: "periodMs must be positive", meter: meter)
        }
        return Int64(milliseconds * 1e6)
    }

    /// Stops, waiting on this thread (the agent's blocking case loop), and returns the number of samples and the
    /// error that ended the capture, if any.
    func stopWaiting() -> (samples: Int, error: MeterError?) {
        stopRequested.store(true, ordering: .releasing)
        _ = ended.wait(seconds: 5)
        return outcome.withLock { ($0.samples, $0.error) }
    }

    /// Stops and returns the number of samples, or throws the error that ended the capture.
    func stop() async throws(MeterError) -> Int {
        stopRequested.store(true, ordering: .releasing)
        _ = await ended.waitAsync(seconds: 5)
        let (samples, error) = outcome.withLock { ($0.samples, $0.error) }
        if let error { throw error }
        return samples
    }
}

/// Reads a sysfs attribute: one decimal integer and a newline.
package func readSysfsInteger(_ path: String, meter: String) throws(MeterError) -> Int64 {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
        let code = errno
        throw MeterError(
            code: code == EACCES ? .connection : .io,
            message:
                "cannot read \(path): \(errnoText(code))\(code == EACCES ? "; run as root or grant read access" : "; was the sensor removed?")",
            meter: meter, address: path, cause: SystemCallError(call: "open", errno: code))
    }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
    guard count >= 0 else {
        let code = errno
        throw MeterError(
            code: .io, message: "cannot read \(path): \(errnoText(code))", meter: meter, address: path,
            cause: SystemCallError(call: "read", errno: code))
    }
    let text = String(decoding: buffer[..<count], as: UTF8.self).trimming(" \n\t")
    guard let value = Int64(text) else {
        throw MeterError(
            code: .protocolViolation, message: "\(path) does not hold an integer", meter: meter, address: path,
            expected: "a decimal integer and a newline", received: quoted(Array(buffer[..<count])))
    }
    return value
}

/// The text of a small sysfs attribute without its trailing newline, or nil when unreadable.
func readSysfsText(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self).trimming(" \n\t")
}

/// Where a polling meter keeps its running sampler between `startStreaming` and `stopStreaming`.
final class PollingSlot: Sendable {
    private let sampler = Mutex<PollingSampler?>(nil)

    func hold(_ poller: PollingSampler) { sampler.withLock { $0 = poller } }

    /// Stops the held sampler and summarises the capture.
    /// - Throws: `.notStarted` when nothing was started, or the error that ended sampling.
    func stop(meter: String, info: MeterInfo) async throws -> CaptureSummary {
        guard
            let poller = sampler.withLock({ value -> PollingSampler? in
                defer { value = nil }
                return value
            })
        else {
            throw MeterError(code: .notStarted, message: "stop called without start", meter: meter)
        }
        let samples = try await poller.stop()
        return CaptureSummary(meter: info, samples: samples, monotonicAtMeterZeroNs: 0)
    }
}
