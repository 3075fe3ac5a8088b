#!/usr/bin/env python3
"""Write Tests/HILBenchStatsTests/Fixtures/scipy_reference.json from numpy/scipy on fixed seeded data.

Run from the repository root:  python3 scripts/stats/make_fixtures.py
The data arrays are stored in the JSON, so the Swift tests do not need numpy's generator.
Exact-distribution references (Hodges-Lehmann interval ranks) come from an independent integer
dynamic program below, checked against scipy's exact Mann-Whitney p-values before use.
"""
import json
import math
import os
import sys
from functools import lru_cache

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join("Tests", "HILBenchStatsTests", "Fixtures", "scipy_reference.json")
rng = np.random.default_rng(20240601)


def arr(x):
    return [float(v) for v in np.asarray(x, dtype=float)]


def lognormal(n, sigma=0.05, scale=1e6):
    """Latency-like values in whole nanoseconds (keeps the JSON small; ties stay rare at this scale)."""
    return np.round(scale * np.exp(sigma * rng.standard_normal(n)))


# ---------------------------------------------------------------- percentiles (type 7) + summary
summary_cases = []
datasets = {
    "single": np.array([42.0]),
    "two": np.array([3.0, 1.0]),
    "seven": rng.normal(10, 2, 7),
    "ties_integers": rng.integers(100, 110, 64).astype(float),
    "lognormal_1000": lognormal(1000),
    "heavy_tail_700": np.concatenate([lognormal(690, 0.03), lognormal(10, 0.03, 2e6)]),
}
fractions = [0.0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0]
for name, x in datasets.items():
    case = {
        "name": name,
        "values": arr(x),
        "fractions": fractions,
        "percentiles": [float(np.quantile(x, f)) for f in fractions],
        "mean": float(np.mean(x)),
        "std": float(np.std(x, ddof=1)) if len(x) > 1 else None,
        "median": float(np.median(x)),
        "mad": float(stats.median_abs_deviation(x, scale=1.0)),
    }
    q1, q3 = np.percentile(x, [25, 75])
    iqr = q3 - q1
    case["outliers"] = {
        "lowExtreme": int(np.sum(x < q1 - 3 * iqr)),
        "lowMild": int(np.sum((x >= q1 - 3 * iqr) & (x < q1 - 1.5 * iqr))),
        "highMild": int(np.sum((x <= q3 + 3 * iqr) & (x > q3 + 1.5 * iqr))),
        "highExtreme": int(np.sum(x > q3 + 3 * iqr)),
    }
    summary_cases.append(case)

# ---------------------------------------------------------------- quantile confidence intervals
quantile_ci = []
for n, p, level in [(6, 0.5, 0.95), (5, 0.5, 0.95), (10, 0.5, 0.95), (25, 0.5, 0.99), (100, 0.5, 0.95),
                    (1000, 0.5, 0.95), (200, 0.9, 0.95), (700, 0.99, 0.9), (10000, 0.5, 0.95)]:
    # Distinct sorted values 0..n-1, so the bounds scipy returns are the 0-based order-statistic indices.
    x = np.arange(n, dtype=float)
    res = stats.quantile_test(x, q=float(np.median(x)), p=p)
    ci = res.confidence_interval(confidence_level=level)
    low, high = float(ci.low), float(ci.high)
    quantile_ci.append({
        "count": n, "fraction": p, "level": level,
        "lowerIndex": None if math.isnan(low) else int(low),
        "upperIndex": None if math.isnan(high) else int(high),
    })

# ---------------------------------------------------------------- Mann-Whitney U
mwu = []


def add_mwu(name, x, y, method="auto"):
    res = stats.mannwhitneyu(x, y, alternative="two-sided", method=method)
    xy = np.concatenate([x, y])
    ties = len(np.unique(xy)) < len(xy)
    if method == "auto":
        resolved = "asymptotic" if (len(x) > 8 and len(y) > 8) or ties else "exact"
    else:
        resolved = method
    mwu.append({"name": name, "x": arr(x), "y": arr(y), "method": method, "resolvedMethod": resolved,
                "u": float(res.statistic), "p": float(res.pvalue), "ties": bool(ties)})


add_mwu("exact_5x7", rng.normal(0, 1, 5), rng.normal(1, 1, 7))
add_mwu("exact_3x3_separated", np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))
add_mwu("exact_8x30", rng.normal(0, 1, 8), rng.normal(0.8, 1, 30))
add_mwu("exact_requested_20x20", rng.normal(0, 1, 20), rng.normal(0.7, 1, 20), method="exact")
add_mwu("exact_requested_12x15_identical_shift", rng.normal(0, 1, 12), rng.normal(0, 1, 15), method="exact")
add_mwu("asymptotic_9x9", rng.normal(0, 1, 9), rng.normal(1, 1, 9))
add_mwu("asymptotic_30x40", lognormal(30), np.round(lognormal(40) * 1.02))
add_mwu("asymptotic_ties_15x12", rng.integers(0, 6, 15).astype(float), rng.integers(1, 7, 12).astype(float))
add_mwu("asymptotic_ties_small_4x5", np.array([1.0, 2.0, 2.0, 3.0]), np.array([2.0, 3.0, 4.0, 4.0, 5.0]))
add_mwu("asymptotic_requested_6x7", rng.normal(0, 1, 6), rng.normal(1, 1, 7), method="asymptotic")
add_mwu("all_ties", np.full(10, 5.0), np.full(12, 5.0))
add_mwu("constant_vs_constant", np.full(10, 100.0), np.full(10, 110.0))
add_mwu("large_300x400", lognormal(300), np.round(lognormal(400) * 1.003))


# ---------------------------------------------------------------- independent exact U distribution
@lru_cache(maxsize=None)
def u_counts(m, n):
    """Counts of U = 0..m*n for sizes m, n (no ties), by the recursion f(m,n,u) = f(m-1,n,u-n) + f(m,n-1,u)."""
    if m == 0 or n == 0:
        return (1,)
    a = u_counts(m - 1, n)
    b = u_counts(m, n - 1)
    out = [0] * (m * n + 1)
    for u, c in enumerate(a):
        out[u + n] += c
    for u, c in enumerate(b):
        out[u] += c
    return tuple(out)


def exact_sf_two_sided(m, n, u):
    counts = u_counts(m, n)
    total = sum(counts)
    big = max(u, m * n - u)
    tail = sum(counts[int(big):])
    return min(1.0, 2 * tail / total)


for case in mwu:
    if case["resolvedMethod"] == "exact" and not case["ties"]:
        ref = exact_sf_two_sided(len(case["x"]), len(case["y"]), case["u"])
        assert abs(ref - case["p"]) <= 1e-12 * max(1.0, ref), (case["name"], ref, case["p"])


def exact_lower_rank(m, n, level):
    counts = u_counts(m, n)
    total = sum(counts)
    half = (1 - level) / 2
    cum = 0
    k = 0
    while k <= m * n // 2:
        cum += counts[k]
        if cum / total > half * (1 + 1e-12):
            break
        k += 1
    return k


# ---------------------------------------------------------------- Hodges-Lehmann
hl = []


def add_hl(name, a, b, level=0.95):
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    m, n = len(a), len(b)
    xy = np.concatenate([a, b])
    ties = len(np.unique(xy)) < len(xy)
    d = np.sort((b[None, :] - a[:, None]).ravel())
    ld = np.sort((np.log(b)[None, :] - np.log(a)[:, None]).ravel())
    if not ties and m < 50 and n < 50:
        k = exact_lower_rank(m, n, level)
        method = "exact"
    else:
        _, t = np.unique(xy, return_counts=True)
        N = m + n
        sigma = math.sqrt(m * n / 12 * ((N + 1) - np.sum(t ** 3 - t) / (N * (N - 1))))
        z = stats.norm.ppf(1 - (1 - level) / 2)
        k = int(math.floor(m * n / 2 + 0.5 - z * sigma))
        k = min(max(k, 0), (m * n + 1) // 2)
        method = "normal"
    entry = {"name": name, "a": arr(a), "b": arr(b), "level": level, "method": method, "rank": k,
             "shift": float(np.median(d)), "ratio": float(math.exp(np.median(ld)))}
    if k >= 1:
        entry.update({"shiftLower": float(d[k - 1]), "shiftUpper": float(d[m * n - k]),
                      "ratioLower": float(math.exp(ld[k - 1])), "ratioUpper": float(math.exp(ld[m * n - k]))})
    hl.append(entry)


add_hl("exact_10x12", lognormal(10), np.round(lognormal(12) * 1.05))
add_hl("exact_5x5", lognormal(5), np.round(lognormal(5) * 1.1))
add_hl("too_small_3x3", lognormal(3), lognormal(3))
add_hl("exact_49x30_99", lognormal(49), np.round(lognormal(30) * 0.97), level=0.99)
add_hl("normal_80x120", lognormal(80), np.round(lognormal(120) * 1.03))
add_hl("normal_ties_60x60", rng.integers(100, 120, 60).astype(float), rng.integers(102, 122, 60).astype(float))
add_hl("normal_400x300", lognormal(400), np.round(lognormal(300) * 1.01))

# ---------------------------------------------------------------- bootstrap (percentile method)
boot = []


def add_boot(name, data, statistic, kind, fraction, resamples=10000, level=0.95):
    seeds = range(12)
    lows, highs = [], []
    for s in seeds:
        r = stats.bootstrap(data, statistic, n_resamples=resamples, method="percentile",
                            confidence_level=level, vectorized=True, paired=False,
                            rng=np.random.default_rng(1000 + s))
        lows.append(r.confidence_interval.low)
        highs.append(r.confidence_interval.high)
    # Monte Carlo tolerance: two independent bootstrap runs differ with sd sqrt(2)*sd(one run);
    # allow 5 of those.
    tol_low = 5 * math.sqrt(2) * float(np.std(lows, ddof=1))
    tol_high = 5 * math.sqrt(2) * float(np.std(highs, ddof=1))
    boot.append({"name": name, "kind": kind, "fraction": fraction, "samples": [arr(d) for d in data],
                 "resamples": resamples, "level": level,
                 "lower": float(np.mean(lows)), "upper": float(np.mean(highs)),
                 "toleranceLower": tol_low, "toleranceUpper": tol_high})


x = lognormal(200, 0.1)
add_boot("median_200", (x,), lambda s, axis: np.percentile(s, 50, axis=axis), "percentile", 0.5)
x = lognormal(1000, 0.1)
add_boot("p90_1000", (x,), lambda s, axis: np.percentile(s, 90, axis=axis), "percentile", 0.9)
a = lognormal(300, 0.05)
b = np.round(lognormal(300, 0.05) * 1.04)
add_boot("p90_ratio_300x300", (a, b),
         lambda s1, s2, axis: np.percentile(s2, 90, axis=axis) / np.percentile(s1, 90, axis=axis),
         "ratio", 0.9)
x = lognormal(150, 0.2)
add_boot("mean_150", (x,), lambda s, axis: np.mean(s, axis=axis), "mean", None)

# ---------------------------------------------------------------- multiple comparisons


def holm(p):
    p = np.asarray(p, float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    running = 0.0
    for rank, idx in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[idx]))
        adj[idx] = running
    return adj


pvals = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.9, 0.0001]
multiple = {"p": pvals, "holm": arr(holm(pvals)), "bh": arr(stats.false_discovery_control(pvals, method="bh"))}

# ---------------------------------------------------------------- geometric mean of ratios
ratios = np.exp(rng.normal(0.02, 0.03, 9))
lr = np.log(ratios)
tq = stats.t.ppf(0.975, len(lr) - 1)
half = tq * np.std(lr, ddof=1) / math.sqrt(len(lr))
geomean = {"ratios": arr(ratios), "level": 0.95, "estimate": float(stats.gmean(ratios)),
           "lower": float(math.exp(lr.mean() - half)), "upper": float(math.exp(lr.mean() + half))}
t_quantiles = [{"p": p, "df": df, "q": float(stats.t.ppf(p, df))}
               for p, df in [(0.975, 1), (0.975, 2), (0.975, 8), (0.995, 30), (0.9, 5), (0.025, 12), (0.999, 200)]]
normal_quantiles = [{"p": p, "q": float(stats.norm.ppf(p))} for p in [1e-10, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999]]

# ---------------------------------------------------------------- E-Divisive candidate (brute force)


def qhat_bruteforce(z):
    best = (-math.inf, None)
    L = len(z)
    for tau in range(1, L):
        for kappa in range(tau + 1, L + 1):
            X, Y = z[:tau], z[tau:kappa]
            n, m = len(X), len(Y)
            cross = np.abs(X[:, None] - Y[None, :]).sum()
            wx = np.abs(X[:, None] - X[None, :]).sum() / 2
            wy = np.abs(Y[:, None] - Y[None, :]).sum() / 2
            q = 2 / (n + m) * cross
            if n > 1:
                q -= 2 * m / ((n + m) * (n - 1)) * wx
            if m > 1:
                q -= 2 * n / ((n + m) * (m - 1)) * wy
            if q > best[0]:
                best = (q, tau)
    return best


edivisive = []
for name, z in [("step_at_25", np.concatenate([rng.normal(100, 1, 25), rng.normal(104, 1, 15)])),
                ("noise_30", rng.normal(50, 2, 30)),
                ("spike_then_level", np.concatenate([rng.normal(10, 0.5, 12), [30.0], rng.normal(10, 0.5, 8)]))]:
    q, tau = qhat_bruteforce(z)
    edivisive.append({"name": name, "values": arr(z), "index": tau, "qhat": float(q)})

# ---------------------------------------------------------------- xoshiro256** reference stream
MASK = (1 << 64) - 1


def xoshiro_stream(seed, count):
    sm = seed
    state = []
    for _ in range(4):
        sm = (sm + 0x9E3779B97F4A7C15) & MASK
        z = sm
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        state.append(z ^ (z >> 31))
    rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
    out = []
    s0, s1, s2, s3 = state
    for _ in range(count):
        out.append(str((rotl((s1 * 5) & MASK, 7) * 9) & MASK))
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
    return out


prng = [{"seed": str(seed), "outputs": xoshiro_stream(seed, 5)} for seed in (0, 42, 0xFFFFFFFFFFFFFFFF)]

doc = {
    "generator": "scripts/stats/make_fixtures.py",
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "summaries": summary_cases,
    "quantileIntervals": quantile_ci,
    "mannWhitney": mwu,
    "hodgesLehmann": hl,
    "bootstrap": boot,
    "multipleComparisons": multiple,
    "geometricMean": geomean,
    "studentTQuantiles": t_quantiles,
    "normalQuantiles": normal_quantiles,
    "eDivisive": edivisive,
    "xoshiro256StarStar": prng,
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(doc, f, separators=(",", ":"), allow_nan=False)
    f.write("\n")
print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes)", file=sys.stderr)
