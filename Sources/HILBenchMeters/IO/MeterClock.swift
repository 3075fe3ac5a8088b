/// The meters' clock (`CLOCK_MONOTONIC`, ns) for the instrument simulators, which must stamp on the same
/// clock as the drivers they serve.
package func meterClockNowNs() -> Int64 { monotonicNowNs() }
