#!/usr/bin/env python3
"""What setting slow executions aside (SlowExecutions) does to nightly's execution-level verdict.

A numpy model of the verdict against reference nights (ExecutionLevelRatio(referenceNights:) with the night term and
the 10% executions-too-noisy gate; threshold 5%), raw and with slow executions set aside (one-sided Hampel, 3 robust
sd, at least 0.5%, at most (k-1)/2). Two modes:

  slow_executions.py simulate          generated nights: k executions, sigma_E, sigma_N, each execution slowed by
                                       10-30% with probability p
  slow_executions.py real RESULTS K    real nights: every run under RESULTS/runs/*/samples.csv of one case measured
                                       as executions of K iterations (a suite with measure.iterations: K), resampled:
                                       reference nights + a candidate night, and the candidate x 1.10 for the step

docs/statistics.md ("Slow executions set aside") has the figures.
"""
import csv
import glob
import sys

import numpy as np
from scipy import stats


def set_aside(x, multiple=3.0, floor=0.005):
    k = len(x)
    if k < 3:
        return x
    m = np.median(x)
    mad = np.median(np.abs(x - m))
    fence = m + multiple * max(1.4826 * mad, floor)
    slow = [i for i in np.argsort(-x) if x[i] > fence][: (k - 1) // 2]
    return np.delete(x, slow)


def judge(reference, candidate, trim, threshold=0.05, confidence=0.95):
    if trim:
        reference = [set_aside(r) for r in reference]
        candidate = set_aside(candidate)
    means = np.array([r.mean() for r in reference])
    m = len(means)
    between = means.var(ddof=1)
    within = np.mean([r.var(ddof=1) / len(r) for r in reference])
    night = max(0.0, between - within)
    vb = candidate.var(ddof=1)
    nb = len(candidate)
    terms = [(between / m, m - 1), (vb / nb, nb - 1)]
    if night > 0:
        terms.append((night, m - 1))
    se2 = sum(v for v, _ in terms)
    den = sum(v * v / d for v, d in terms)
    df = se2 * se2 / den if den > 0 else m + nb - 2
    half = stats.t.ppf(1 - (1 - confidence) / 2, df) * np.sqrt(se2)
    d = candidate.mean() - means.mean()
    spread = max(np.sqrt(np.mean([r.var(ddof=1) for r in reference])), np.sqrt(vb))
    if spread > 0.10:
        return "unstable"
    if np.exp(d - half) > 1 + threshold:
        return "regressed"
    if np.exp(d + half) < 1 - threshold:
        return "improved"
    return "other"


def rates(draw, trials):
    out = {}
    for trim in (False, True):
        decided = found = unstable = 0
        for _ in range(trials):
            reference, candidate = draw()
            a = judge(reference, candidate, trim)
            b = judge(reference, candidate + np.log(1.10), trim)
            decided += a in ("regressed", "improved")
            found += b == "regressed"
            unstable += a == "unstable"
        out[trim] = (decided / trials, found / trials, unstable / trials)
    return out


def show(label, r):
    raw, kept = r[False], r[True]
    print(
        f"{label}: A/A decided {raw[0]:.2%} -> {kept[0]:.2%}, 10% step found {raw[1]:.1%} -> {kept[1]:.1%}, "
        f"unstable {raw[2]:.1%} -> {kept[2]:.1%}"
    )


def simulate():
    rng = np.random.default_rng(1)
    for k, se, sn, p, nref in [
        (4, 0.01, 0.005, 0.0, 4), (4, 0.01, 0.005, 0.15, 4), (6, 0.005, 0.003, 0.2, 4),
        (10, 0.005, 0.003, 0.2, 4), (4, 0.02, 0.01, 0.0, 10),
    ]:
        def night():
            x = sn * rng.standard_normal() + se * rng.standard_normal(k)
            slow = rng.random(k) < p
            x[slow] += np.log(1 + rng.uniform(0.10, 0.30, slow.sum()))
            return x

        show(f"k {k}, sigma_E {se:.1%}, sigma_N {sn:.1%}, p {p:.0%}, {nref} reference nights",
             rates(lambda: ([night() for _ in range(nref)], night()), 4000))


def real(results, iterations):
    nights = []
    for path in sorted(glob.glob(f"{results}/runs/*/samples.csv")):
        latencies = [int(row["latency_ns"]) for row in csv.DictReader(open(path))]
        k = len(latencies) // iterations
        if k >= 3:
            nights.append(np.log([np.median(latencies[j * iterations:(j + 1) * iterations]) for j in range(k)]))
    print(f"{len(nights)} nights")
    rng = np.random.default_rng(7)
    k = min(len(n) for n in nights)
    for nref in (4, 10):
        def draw():
            pick = rng.choice(len(nights), nref + 1, replace=False)
            return [nights[i][:k] for i in pick[:nref]], nights[pick[nref]][:k]

        show(f"k {k}, {nref} reference nights", rates(draw, 3000))


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "simulate":
        simulate()
    elif len(sys.argv) == 4 and sys.argv[1] == "real":
        real(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
