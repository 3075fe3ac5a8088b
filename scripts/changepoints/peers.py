#!/usr/bin/env python3
"""Runs the change-point peers on series written by `hilbench-benchmarks changepoints`.

Usage: python3 peers.py PEER INPUT.json OUTPUT.json
  PEER   otava (Apache Otava's `compute_change_points`: window 50, t-test, default max p 0.001) or
         spa (MongoDB signal-processing-algorithms `e_divisive`, permutation test, default p 0.05, 100 permutations)
  INPUT  {"series": [[float]], "timing": [float], "repeats": int, "null": [[float]], "heavyNull": [[float]]}
         ("null", "heavyNull": more series without a step; optional)
  OUTPUT {"peer": str, "version": str, "settings": str, "points": [[int]], "seconds": float, "cpuSeconds": float,
          "timingSeconds": [float], "timingCPUSeconds": [float], "nullAlarms": int, "heavyNullAlarms": int}
         (wall and process CPU time; the alarm counts only when the A/A series were run)

Thresholds, to compare the peers with hilbench at the same A/A false-alarm rate (defaults are the peers' own):
  HILBENCH_OTAVA_PVALUE      Otava's max_pvalue (its first pass uses 10 times it, as Otava does)
  HILBENCH_SPA_PVALUE        SPA's pvalue; SPA flags a split when (permutations beating it) / (permutations + 1)
  HILBENCH_SPA_PERMUTATIONS  is at most pvalue, so pvalue 0.0025 with 999 permutations is an exact 0.3% test
  HILBENCH_PEERS_AA          1 (every peer) or a comma-separated list (otava, spa): also run the peer on INPUT's
                             "null" and "heavyNull" series (SPA with 999 permutations: ~6 CPU minutes per 3000)

The two peers pin incompatible numpy versions, so each runs in its own virtual environment
(see docs/change-points.md); the benchmark command calls this script once per peer
with that environment's interpreter. `points` are the indices where a new segment starts, as hilbench reports them.
"""
import json
import os
import sys
import time
from importlib.metadata import version


def setting(name, default, kind):
    """A threshold from the environment; a malformed value stops the run rather than silently using the default."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default, True
    try:
        value = kind(text)
    except ValueError:
        sys.exit(f"{name}={text!r}: not a {kind.__name__}")
    if not value > 0:
        sys.exit(f"{name}={text!r}: must be above 0")
    return value, value == default


def otava_detector():
    from otava.analysis import compute_change_points

    max_pvalue, default = setting("HILBENCH_OTAVA_PVALUE", 0.001, float)

    def detect(series):
        points, _ = compute_change_points(list(series), max_pvalue=max_pvalue)  # window 50, magnitude 0
        return sorted(int(p.index) for p in points)

    return detect, version("apache-otava"), f"p {max_pvalue:g}" + (" (default)" if default else "")


def spa_detector():
    import numpy as np
    from signal_processing_algorithms.energy_statistics.energy_statistics import e_divisive

    pvalue, default_p = setting("HILBENCH_SPA_PVALUE", 0.05, float)
    permutations, default_r = setting("HILBENCH_SPA_PERMUTATIONS", 100, int)

    def detect(series):
        np.random.seed(1234)  # its permutations draw from numpy's global generator
        found = e_divisive(np.asarray(series, dtype=float), pvalue=pvalue, permutations=permutations)
        return sorted(int(p) for p in found)

    settings = f"p {pvalue:g}, {permutations} perm." + (" (default)" if default_p and default_r else "")
    return detect, version("signal-processing-algorithms"), settings


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("otava", "spa"):
        sys.exit(__doc__)
    peer, source, target = sys.argv[1:]
    detect, peer_version, settings = otava_detector() if peer == "otava" else spa_detector()
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
    result = {"peer": peer, "version": peer_version, "settings": settings, "points": points, "seconds": seconds,
              "cpuSeconds": cpu_seconds, "timingSeconds": timing, "timingCPUSeconds": timing_cpu}
    chosen = [name.strip() for name in os.environ.get("HILBENCH_PEERS_AA", "").split(",")]
    if "1" in chosen or peer in chosen:
        for key, field in (("null", "nullAlarms"), ("heavyNull", "heavyNullAlarms")):
            if key in request:
                result[field] = sum(1 for series in request[key] if detect(series))
    with open(target, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main()
