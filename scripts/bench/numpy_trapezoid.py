#!/usr/bin/env python3
"""Side-by-side figure for hilbench's energy integration: numpy.trapezoid on the same data.

Same trace as EnergyBenchmarks (64 Mi float32 samples at 1 MS/s, a few hundred distinct power values,
marker high from 10 % to 90 %), timed the same way (one warm-up, then passes until 0.25 s were spent,
at least 3; the fastest pass counts; median of 5 runs). numpy.trapezoid integrates the whole array only:
no windows, no baseline, no gap detection; the hilbench figures do all of that.

  python3 scripts/bench/numpy_trapezoid.py [samples]
"""
import statistics
import sys
import time

import numpy as np

trapezoid = getattr(np, "trapezoid", None) or np.trapz  # numpy >= 2.0 renamed trapz


def best_rate(count, run):
    best, spent, passes = float("inf"), 0.0, 0
    while passes < 4 or spent < 0.25:
        started = time.perf_counter()
        run()
        elapsed = time.perf_counter() - started
        if passes > 0:
            best = min(best, elapsed)
            spent += elapsed
        passes += 1
    return count / best


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 64 << 20
    k = np.arange(count, dtype=np.int64)
    high = (k >= count // 10) & (k < count - count // 10)
    watts = (2.0 + np.where(high, 1.5, 0.0) + (k % 251) * 0.0001).astype(np.float32)
    times_ns = 1_000_000_000 + k * 1_000
    del k, high

    uniform = statistics.median(best_rate(count, lambda: trapezoid(watts, dx=1e-6)) for _ in range(5))
    explicit = statistics.median(best_rate(count, lambda: trapezoid(watts, x=times_ns)) for _ in range(5))
    print(f"numpy {np.__version__} trapezoid, {count} float32 samples, 1 core")
    print(f"  uniform (dx):          {uniform / 1e9:.2f} G samples/s")
    print(f"  with int64 times (x):  {explicit / 1e9:.2f} G samples/s")


if __name__ == "__main__":
    main()
