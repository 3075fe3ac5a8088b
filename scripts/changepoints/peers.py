#!/usr/bin/env python3
"""Runs the change-point peers on series written by `hilbench-benchmarks changepoints`.

Usage: python3 peers.py PEER INPUT.json OUTPUT.json
  PEER   otava (Apache Otava's default `compute_change_points`: window 50, t-test, p 0.001) or
         spa (MongoDB signal-processing-algorithms `e_divisive`, permutation test at p 0.05, 100 permutations)
  INPUT  {"series": [[float]], "timing": [float], "repeats": int}
  OUTPUT {"peer": str, "version": str, "points": [[int]], "seconds": float, "cpuSeconds": float,
          "timingSeconds": [float], "timingCPUSeconds": [float]}   (wall and process CPU time)

The two peers pin incompatible numpy versions, so each runs in its own virtual environment
(see docs/change-points.md); the benchmark command calls this script once per peer
with that environment's interpreter. `points` are the indices where a new segment starts, as hilbench reports them.
"""
import json
import sys
import time
from importlib.metadata import version


def otava_detector():
    from otava.analysis import compute_change_points

    def detect(series):
        points, _ = compute_change_points(list(series))  # defaults: window 50, p 0.001, magnitude 0
        return sorted(int(p.index) for p in points)

    return detect, version("apache-otava")


def spa_detector():
    import numpy as np
    from signal_processing_algorithms.energy_statistics.energy_statistics import e_divisive

    def detect(series):
        np.random.seed(1234)  # its permutations draw from numpy's global generator
        return sorted(int(p) for p in e_divisive(np.asarray(series, dtype=float), pvalue=0.05, permutations=100))

    return detect, version("signal-processing-algorithms")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("otava", "spa"):
        sys.exit(__doc__)
    peer, source, target = sys.argv[1:]
    detect, peer_version = otava_detector() if peer == "otava" else spa_detector()
    with open(source) as handle:
        request = json.load(handle)
    started, cpu = time.perf_counter(), time.process_time()
    points = [detect(series) for series in request["series"]]
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    timing, timing_cpu = [], []
    for _ in range(int(request.get("repeats", 3))):
        started, cpu = time.perf_counter(), time.process_time()
        detect(request["timing"])
        timing.append(time.perf_counter() - started)
        timing_cpu.append(time.process_time() - cpu)
    with open(target, "w") as handle:
        json.dump({"peer": peer, "version": peer_version, "points": points, "seconds": seconds,
                   "cpuSeconds": cpu_seconds, "timingSeconds": timing, "timingCPUSeconds": timing_cpu}, handle)


if __name__ == "__main__":
    main()
