#!/usr/bin/env python3
"""A/A false-alarm rate of Apache Otava's `compute_change_points` at several max p-values, on series of its own.

Usage: python3 calibrate_otava.py SEED PER_LENGTH MAX_P [MAX_P …]
  draws PER_LENGTH Gaussian series without a step for each length 30, 60 and 200 (noise 1, 2, 3% in turn, as the
  benchmark's set) and prints, per max p-value, how many of them Otava flags and at which length.

Otava's t-test at the split it chose is not calibrated (about 7% A/A alarms at its default p 0.001), so its
threshold must be found by trial to compare it with hilbench at the same A/A rate (docs/change-points.md,
"At a matched false-alarm rate"). Run it in Otava's virtual environment; its draws are independent of the
benchmark's sets, so nothing is fitted to them.
"""
import sys
import time

import numpy as np
from otava.analysis import compute_change_points


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rng = np.random.default_rng(int(sys.argv[1]))
    per_length = int(sys.argv[2])
    levels = [float(text) for text in sys.argv[3:]]
    series = [(length, 100 + 100 * (0.01, 0.02, 0.03)[k % 3] * rng.standard_normal(length))
              for length in (30, 60, 200) for k in range(per_length)]
    for level in levels:
        started = time.process_time()
        by_length = {30: 0, 60: 0, 200: 0}
        for length, values in series:
            points, _ = compute_change_points(list(values), max_pvalue=level)
            by_length[length] += 1 if points else 0
        alarms = sum(by_length.values())
        print(f"max p {level:g}: {alarms}/{len(series)} A/A series flagged ({100 * alarms / len(series):.2f}%), "
              f"by length {by_length}, {time.process_time() - started:.1f} s CPU", flush=True)


if __name__ == "__main__":
    main()
