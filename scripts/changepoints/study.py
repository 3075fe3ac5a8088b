#!/usr/bin/env python3
"""How much recall is there to gain on the change-point evaluation design? (docs/change-points.md)

Usage: python3 study.py [SEED]   (numpy and scipy; a few minutes on 2 cores)

Draws the design of `hilbench-benchmarks changepoints` afresh with numpy (lengths 30/60/200, noise 1/2/3%, steps
1/2/5/10% at 20/50/80% of the series, 2000 draws per cell; a tuning set, not the evaluation set) and prints, per
length and A/A false-alarm level alpha, for one test per series on the largest normal-scores rank statistic Z over
all splits (hilbench's merge statistic):
  exact      detected (max Z above its exact 1 - alpha null quantile for the length) and the argmax within tolerance
  mc999      the same test decided by 999 permutations (hilbench's merge at p 0.001: significant only when none of
             999 permuted maxima reaches Z), the Monte Carlo loss an exactly calibrated test would recover
  flagged    flagged at all (the gap to `exact` is what a better localisation could still win)
  w=0.4/0.3  Z's standardisation softened, variance (tau(L-tau))^(2w): more weight on middle splits
  NP         the Neyman-Pearson ceiling: a z-test told the position, size and noise (no detector can beat it)
"""
import sys

import numpy as np
from scipy.stats import norm, rankdata

rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 8)


def z_statistics(x, w=0.5):
    length = x.shape[1]
    scores = norm.ppf(rankdata(x, axis=1) / (length + 1))
    scores -= scores.mean(axis=1, keepdims=True)
    squares = (scores * scores).sum(axis=1, keepdims=True)
    sums = np.cumsum(scores, axis=1)[:, :-1]
    tau = np.arange(1, length)
    variance = (tau * (length - tau) / (length * (length - 1))) ** (2 * w) * squares * (length / 4) ** (1 - 2 * w)
    return np.abs(sums) / np.sqrt(variance)


def null_maxima(length, w, draws=400_000):
    return np.sort(np.concatenate([z_statistics(rng.standard_normal((20_000, length)), w).max(axis=1)
                                   for _ in range(draws // 20_000)]))


alphas = [0.001, 0.003, 0.01]
for length in [30, 60, 200]:
    tolerance = max(2, length // 20)
    nulls = {w: null_maxima(length, w) for w in (0.5, 0.4, 0.3)}
    totals = {}
    cells = 0
    for noise in [0.01, 0.02, 0.03]:
        for step in [0.01, 0.02, 0.05, 0.10]:
            for at in [length // 5, length // 2, length - length // 5]:
                x = 100 + 100 * noise * rng.standard_normal((2000, length))
                x[:, at:] += 100 * step
                cells += 1
                for w, null in nulls.items():
                    z = z_statistics(x, w)
                    best, where = z.max(axis=1), z.argmax(axis=1) + 1
                    hit = np.abs(where - at) <= tolerance
                    p = 1 - np.searchsorted(null, best) / len(null)
                    for a in alphas:
                        flagged = p <= a
                        key = (a, "exact" if w == 0.5 else f"w={w}")
                        totals[key] = totals.get(key, 0) + (flagged & hit).mean()
                        if w == 0.5:
                            totals[(a, "flagged")] = totals.get((a, "flagged"), 0) + flagged.mean()
                            shift = step / noise * np.sqrt(at * (length - at) / length)
                            totals[(a, "NP")] = totals.get((a, "NP"), 0) + norm.cdf(shift - norm.ppf(1 - a))
                    if w == 0.5:
                        totals[(0.001, "mc999")] = totals.get((0.001, "mc999"), 0) + ((1 - p) ** 999 * hit).mean()
    for a in alphas:
        names = ["mc999", "exact", "flagged", "w=0.4", "w=0.3", "NP"]
        print(f"n={length:<4} alpha {a:<6}" + "".join(
            f"  {name} {100 * totals[(a, name)] / cells:5.1f}%" for name in names if (a, name) in totals))
