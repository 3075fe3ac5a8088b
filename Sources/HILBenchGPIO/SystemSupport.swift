internal import CGPIOD  // timespec is attributed to the first module that includes <time.h>
import HILBenchSystem

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `CLOCK_MONOTONIC` in nanoseconds — the clock of the runner protocol, of the marker wire and
/// of libgpiod edge timestamps (kernel ≥ 5.7 for the v1 uAPI).
func monotonicNowNs() -> Int64 { Monotonic.nowNs() }

/// The C library's text for an errno value (`strerror`).
func errnoText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "errno \(code)" }
    return String(cString: text)
}

/// The calling thread's current errno.
func currentErrno() -> Int32 { errno }
