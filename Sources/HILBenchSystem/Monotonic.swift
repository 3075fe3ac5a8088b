#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The monotonic clock every timestamp of a measurement uses: `CLOCK_MONOTONIC`, shared by the agent, its
/// runners (which read the same clock in Python or Swift), the marker wire, libgpiod edge events and the
/// controller's meters. It is the measurement's contract, so there is exactly one reader of it.
public enum Monotonic {
    /// `CLOCK_MONOTONIC` now, in nanoseconds.
    @inline(__always)
    public static func nowNs() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
