"""Seeded synthetic traces whose arrivals and lengths are fitted to a real trace.

Model (after the gamma interval generators of vidur and similar tools, extended with a
length copula):

- arrivals: a renewal process with gamma inter-arrival times; the fit keeps the trace's
  mean rate and the coefficient of variation (CV) of its gaps (CV 1 is Poisson, > 1 bursty);
- lengths: each of prompt and output tokens follows the trace's empirical distribution,
  stored as quantiles and interpolated in log space; the two are joined by a Gaussian
  copula whose correlation reproduces the trace's Spearman rank correlation.

What it does not keep: slow changes of the rate over the trace (e.g. a busier half hour)
and any dependence between a request's length and its arrival time.

To refit: ``python -m throttllem.traces.synthetic TRACE.csv`` prints the parameters.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.traces.trace import Trace

#: Probability levels at which length quantiles are stored (denser in the tails).
QUANTILE_LEVELS = (0.0, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
                   0.95, 0.975, 0.99, 0.999, 1.0)

#: Most requests :func:`generate` draws (its arrays hold a few hundred bytes per request).
MAX_REQUESTS = 10_000_000
#: Smallest fitted inter-arrival CV: an evenly spaced trace (CV 0) would need infinitely regular gaps.
MIN_INTERARRIVAL_CV = 0.01
#: Largest fitted |rank correlation|: lengths that rise together exactly (1.0) make a degenerate copula.
MAX_RANK_CORRELATION = 0.999


@dataclass(frozen=True)
class SyntheticParams:
    """Parameters of the synthetic generator (see the module docstring)."""

    rate_rps: float
    interarrival_cv: float
    #: Prompt tokens at each of ``QUANTILE_LEVELS``.
    prompt_quantiles: tuple[int, ...]
    #: Output tokens at each of ``QUANTILE_LEVELS``.
    output_quantiles: tuple[int, ...]
    #: Spearman rank correlation between prompt and output tokens.
    length_rank_correlation: float
    #: What the parameters were fitted to.
    source: str = "unknown"

    def __post_init__(self) -> None:
        if not self.rate_rps > 0:
            raise InvalidArgumentError("rate_rps must be positive")
        if not self.interarrival_cv > 0:
            raise InvalidArgumentError("interarrival_cv must be positive")
        for name in ("prompt_quantiles", "output_quantiles"):
            values = getattr(self, name)
            if len(values) != len(QUANTILE_LEVELS):
                raise InvalidArgumentError(f"{name} needs {len(QUANTILE_LEVELS)} values")
            if values[0] < 1 or any(b < a for a, b in zip(values, values[1:])):
                raise InvalidArgumentError(f"{name} must be >= 1 and non-decreasing")
        if not -1 < self.length_rank_correlation < 1:
            raise InvalidArgumentError("length_rank_correlation must be in (-1, 1)")


def _average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n with ties given their mean rank (as Spearman's coefficient needs)."""
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    upper = np.cumsum(counts)
    return ((upper - counts + 1 + upper) / 2.0)[inverse]


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation of two samples (NaN when either is constant)."""
    ra, rb = _average_ranks(np.asarray(a)), _average_ranks(np.asarray(b))
    if np.ptp(ra) == 0 or np.ptp(rb) == 0:
        return math.nan  # a constant sample has no rank order (corrcoef would warn and divide by 0)
    return float(np.corrcoef(ra, rb)[0, 1])


def fit(trace: Trace, source: str | None = None) -> SyntheticParams:
    """Fits the generator's parameters to ``trace``."""
    if len(trace) < 3 or trace.duration_s <= 0:
        raise InvalidArgumentError(f"{trace.name}: fitting needs at least 3 requests over a positive time span")
    gaps = np.diff(trace.arrival_s)
    cv = float(gaps.std() / gaps.mean()) if gaps.mean() > 0 else 1.0
    cv = max(cv, MIN_INTERARRIVAL_CV)  # evenly spaced arrivals: nearly regular gamma gaps
    prompt_q = np.quantile(trace.prompt_tokens, QUANTILE_LEVELS)
    output_q = np.quantile(trace.output_tokens, QUANTILE_LEVELS)
    return SyntheticParams(
        rate_rps=round(trace.mean_rps, 4),
        interarrival_cv=round(cv, 4),
        prompt_quantiles=tuple(int(round(v)) for v in prompt_q),
        output_quantiles=tuple(int(round(v)) for v in output_q),
        length_rank_correlation=round(_clip_correlation(spearman(trace.prompt_tokens, trace.output_tokens)), 4),
        source=source or trace.name,
    )


def _clip_correlation(rho: float) -> float:
    """Keeps a fitted correlation inside the copula's open interval (-1, 1); NaN (constant lengths) is 0."""
    if math.isnan(rho):
        return 0.0
    return min(max(rho, -MAX_RANK_CORRELATION), MAX_RANK_CORRELATION)


_erf = np.frompyfunc(math.erf, 1, 1)


def _normal_cdf(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + _erf(z / math.sqrt(2.0)).astype(np.float64))


def _sample_lengths(quantiles: tuple[int, ...], u: np.ndarray) -> np.ndarray:
    log_q = np.log(np.asarray(quantiles, dtype=np.float64))
    values = np.exp(np.interp(u, QUANTILE_LEVELS, log_q))
    return np.clip(np.rint(values), quantiles[0], quantiles[-1]).astype(np.int64)


def generate(params: SyntheticParams, duration_s: float, seed: int = 0,
             rps: float | None = None) -> Trace:
    """A trace of about ``duration_s`` seconds; the same seed gives the same trace.

    ``rps`` overrides the fitted mean rate (the burstiness and the lengths are kept).
    """
    if not (math.isfinite(duration_s) and duration_s > 0):
        raise InvalidArgumentError(f"duration_s must be finite and positive, not {duration_s}")
    rate = params.rate_rps if rps is None else float(rps)
    if not (math.isfinite(rate) and rate > 0):
        raise InvalidArgumentError(f"rps must be finite and positive, not {rate}")
    if rate * duration_s > MAX_REQUESTS:
        raise InvalidArgumentError(f"{rate * duration_s:.3g} synthetic requests ({rate:g} req/s over {duration_s:g} s) "
                                   f"exceed the limit of {MAX_REQUESTS:,}")
    rng = np.random.default_rng(seed)
    shape = 1.0 / params.interarrival_cv**2
    scale = 1.0 / (rate * shape)
    # Draw gaps in blocks until the span is covered (a block is ~20% more than expected).
    blocks, total = [], 0.0
    while total <= duration_s:
        block = rng.gamma(shape, scale, size=int(rate * duration_s * 1.2) + 16)
        blocks.append(block)
        total += float(block.sum())
    arrival = np.cumsum(np.concatenate(blocks))
    arrival = arrival[arrival <= duration_s]
    if len(arrival) == 0:
        arrival = np.array([0.0])
    count = len(arrival)
    rho = 2.0 * math.sin(math.pi * params.length_rank_correlation / 6.0)  # Spearman -> Gaussian copula
    z_prompt = rng.standard_normal(count)
    z_output = rho * z_prompt + math.sqrt(1.0 - rho * rho) * rng.standard_normal(count)
    return Trace(
        arrival,
        _sample_lengths(params.prompt_quantiles, _normal_cdf(z_prompt)),
        _sample_lengths(params.output_quantiles, _normal_cdf(z_output)),
        name=f"synthetic({params.source}, seed={seed})",
        notes=(f"gamma arrivals {rate:.4g} req/s CV {params.interarrival_cv:.3g}; lengths fitted to "
               f"{params.source}",),
    )


def _main(argv: list[str]) -> int:
    from throttllem.traces.loader import load_csv

    if len(argv) != 1:
        print("usage: python -m throttllem.traces.synthetic TRACE.csv", file=sys.stderr)
        return 2
    print(repr(fit(load_csv(argv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
