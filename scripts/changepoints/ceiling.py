#!/usr/bin/env python3
"""What recall at a given A/A false-alarm rate can any detector reach on the change-point design?
(docs/change-points.md, "How far recall can go without false alarms")

Usage: python3 ceiling.py [SEED]   (numpy and scipy; about two minutes on one core)

Draws the design of `hilbench-benchmarks changepoints` afresh (lengths 30/60/200, noise 1/2/3%, steps +-1/2/5/10%
at 20/50/80% of the series; a tuning set, seed 20 by default) and prints, per length and overall, recall (step
series flagged with a change point within max(2, length/20) runs of the step) at A/A rates 0.1/0.2/0.3/1%:

  design      the most powerful test of "no step" against the design's own mixture of steps: it is told the
              noise, that a step can only sit at 20%, 50% or 80% of the series and only be one of the eight signed
              sizes (Neyman-Pearson lemma for the mixture, baseline unknown). Its power bounds the *average*
              recall of every detector at that A/A rate on this design, however it was tuned. "joint" lets the
              A/A rate differ between noise levels and lengths the best possible way (one threshold on the
              likelihood ratio over all cells).
  agnostic    tests that do not know where the step is (every split allowed): the largest standardised CUSUM
              with the noise known (an oracle), a Bayes mixture over all splits (prior on the step in noise
              units N(0, 1)), also with the noise known, and the largest two-sample t over all splits (noise
              estimated), each exactly calibrated per length by simulation.
  NP          the Neyman-Pearson ceiling the benchmark prints (told the position, size, sign and noise).
"""
import sys

import numpy as np
from scipy.special import logsumexp
from scipy.stats import norm

rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
LENGTHS = [30, 60, 200]
NOISES = [0.01, 0.02, 0.03]
STEPS = [0.01, 0.02, 0.05, 0.10]
ALPHAS = [0.001, 0.002, 0.003, 0.01]
NULL_DRAWS = 200_000
DRAWS = 2_000  # per design cell and sign


def positions(length):
    return [length // 5, length // 2, length - length // 5]


def cusum(x, variance):
    """Signed standardised CUSUM of the centred rows of x at every split tau = 1..L-1."""
    length = x.shape[1]
    sums = np.cumsum(x - x.mean(axis=1, keepdims=True), axis=1)[:, :-1]
    tau = np.arange(1, length)
    return sums / np.sqrt(tau * (length - tau) / length * variance)


def two_sample_t(x):
    length = x.shape[1]
    centred = x - x.mean(axis=1, keepdims=True)
    total = (centred * centred).sum(axis=1, keepdims=True)
    between = cusum(x, 1.0) ** 2
    return np.sqrt((length - 2) * between / np.maximum(total - between, 1e-300))


def bayes_mixture(z, g=1.0):
    length = z.shape[1] + 1
    tau = np.arange(1, length)
    v = g * g * tau * (length - tau) / length
    return logsumexp(-0.5 * np.log1p(v) + z * z * v / (2 * (1 + v)), axis=1)


AGNOSTIC = {  # name: x (noise 1) -> (statistic, split index of the largest |CUSUM|)
    "max CUSUM, noise known": lambda x: (np.abs(cusum(x, 1.0)).max(axis=1), None),
    "Bayes mixture, noise known": lambda x: (bayes_mixture(cusum(x, 1.0)), None),
    "max t, noise estimated": lambda x: (two_sample_t(x).max(axis=1), two_sample_t(x).argmax(axis=1) + 1),
}


def design_log_lr(x, length, noise):
    """log of the design mixture's likelihood ratio, noise 1 (x in noise units), baseline projected out."""
    centred = x - x.mean(axis=1, keepdims=True)
    terms = []
    for at in positions(length):
        m = np.r_[np.zeros(at), np.ones(length - at)]
        m -= m.mean()
        projection, norm2 = centred @ m, (m * m).sum()
        for step in STEPS:
            for sign in (1, -1):
                d = sign * step / noise
                terms.append(d * projection - d * d * norm2 / 2)
    return logsumexp(np.array(terms), axis=0)


results = {}
null_design, alt_design = [], []
for length in LENGTHS:
    tolerance = max(2, length // 20)
    nulls = {}
    for name, f in AGNOSTIC.items():
        draws = np.concatenate([f(rng.standard_normal((20_000, length)))[0] for _ in range(NULL_DRAWS // 20_000)])
        nulls[name] = np.quantile(draws, [1 - a for a in ALPHAS])
    for noise in NOISES:
        null_design.append(design_log_lr(rng.standard_normal((NULL_DRAWS, length)), length, noise))
        alt_cell = []
        for step in STEPS:
            for at in positions(length):
                for sign in (1, -1):
                    x = rng.standard_normal((DRAWS, length))
                    x[:, at:] += sign * step / noise
                    alt_cell.append(design_log_lr(x, length, noise))
                    split = np.abs(cusum(x, 1.0)).argmax(axis=1) + 1
                    for name, f in AGNOSTIC.items():
                        statistic, where = f(x)
                        hit = np.abs((split if where is None else where) - at) <= tolerance
                        for a, critical in zip(ALPHAS, nulls[name]):
                            key = (name, a, length)
                            results[key] = results.get(key, 0) + ((statistic > critical) & hit).mean()
                    for a in ALPHAS:
                        shift = step / noise * np.sqrt(at * (length - at) / length)
                        key = ("NP (told position, size, sign)", a, length)
                        results[key] = results.get(key, 0) + norm.cdf(shift - norm.ppf(1 - a))
        alt_design.append(alt_cell)
    print(f"length {length} done", file=sys.stderr, flush=True)

cells = len(NOISES) * len(STEPS) * 3 * 2
rows = {}
for (name, a, length), total in results.items():
    rows.setdefault(name, {})[(a, length)] = 100 * total / cells
for k, length in enumerate(LENGTHS):
    for a in ALPHAS:
        power = [np.mean([np.mean(alt > np.quantile(null_design[3 * k + j], 1 - a)) for alt in alt_design[3 * k + j]])
                 for j in range(len(NOISES))]
        rows.setdefault("design (told noise, positions, sizes)", {})[(a, length)] = 100 * np.mean(power)
everything = np.concatenate(null_design)
for a in ALPHAS:
    threshold = np.quantile(everything, 1 - a)
    rows.setdefault("design, A/A rate allocated jointly", {})[(a, "all")] = 100 * np.mean(
        [np.mean(alt > threshold) for cell in alt_design for alt in cell])

print("recall (%) at A/A rate: n=30 / n=60 / n=200 / overall (the benchmark's 144 step series per length)")
for name, row in rows.items():
    for a in ALPHAS:
        per = [row.get((a, length)) for length in LENGTHS]
        overall = row.get((a, "all"), np.mean(per) if None not in per else float("nan"))
        shown = " / ".join("  -  " if v is None else f"{v:5.1f}" for v in per)
        print(f"{name:40} {100 * a:4.1f}%  {shown} / {overall:5.1f}")
