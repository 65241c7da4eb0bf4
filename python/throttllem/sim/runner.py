"""Running policies side by side: the saturating rate, the E2E deadline, one run per policy.

The E2E deadline follows the reference design (DESIGN.md §4): the p99 end-to-end latency of
the engine at max clock under saturating load. "Saturating" is made concrete here as the
highest request rate at which the max-clock engine still keeps up: the p99 queueing delay
(arrival to admission) stays within ``QUEUE_P99_LIMIT_S`` over the trace. The rate is found
by bisection on max-clock runs of the trace's first ``CALIBRATION_REQUESTS`` requests,
replayed at each candidate rate (a shorter trace is first extended with synthetic traffic
fitted to it, since a few hundred requests fit in one batch at any rate); the deadline is
the p99 E2E of the max-clock run of the trace itself at that rate.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.engine import Engine
from throttllem.sim.policies import make
from throttllem.sim.policies.base import Policy
from throttllem.sim.predictors import GpuPredictor
from throttllem.sim.predictors.gpu import build_perf_model
from throttllem.sim.result import SimResult
from throttllem.traces import Trace, fit, generate

QUEUE_P99_LIMIT_S = 1.0
CALIBRATION_REQUESTS = 2000
_GPU_CACHE: dict[tuple, GpuPredictor] = {}


def gpu_for(config: EngineConfig) -> GpuPredictor:
    """The simulated GPU of ``config`` (stateless; shared between runs)."""
    key = (config.model, config.gpu, config.tp_degree, config.gpu_model, config.profile)
    if key not in _GPU_CACHE:
        _GPU_CACHE[key] = GpuPredictor(build_perf_model(config))
    return _GPU_CACHE[key]


def run(trace: Trace, policy: Policy | str, config: EngineConfig = EngineConfig(),
        slo: SloConfig = SloConfig(), progress: Callable[[float], None] | None = None) -> SimResult:
    """One replay of ``trace`` under ``policy``."""
    policy = make(policy) if isinstance(policy, str) else policy
    started = time.perf_counter()
    result = Engine(trace, config, slo, policy, gpu_for(config), progress=progress).run()
    result.wall_s = time.perf_counter() - started
    return result


def queue_delay_p99_s(result: SimResult) -> float:
    table = result.table
    return float(np.percentile(table.admit_s - table.arrival_s, 99))


@dataclass(frozen=True)
class Calibration:
    """The saturating rate and the E2E deadline derived from max-clock runs (modelled)."""

    saturating_rps: float
    e2e_deadline_s: float
    #: (rps, p99 queueing delay) of each bisection probe.
    probes: tuple[tuple[float, float], ...]


def saturating_rps(trace: Trace, config: EngineConfig = EngineConfig(), *,
                   requests: int = CALIBRATION_REQUESTS, tolerance: float = 0.02) -> tuple[float, list]:
    """Highest rate (req/s) at which max clock keeps the p99 queueing delay within the limit."""
    if len(trace) >= requests:
        window = trace.head(requests)
    else:
        params = fit(trace)
        window = generate(params, 1.2 * requests / params.rate_rps, seed=0).head(requests)
    probes: list[tuple[float, float]] = []

    def keeps_up(rps: float) -> bool:
        delay = queue_delay_p99_s(run(window.scaled_to_rps(rps), "max_clock", config))
        probes.append((rps, delay))
        return delay <= QUEUE_P99_LIMIT_S

    lo, hi = 0.0, max(window.mean_rps, 1.0)
    while keeps_up(hi):
        lo, hi = hi, hi * 2.0
        if hi > 1e5:
            raise InvalidArgumentError("the engine keeps up with any rate: the trace is too short")
    if lo == 0.0:
        lo = hi / 2.0
        while not keeps_up(lo):
            hi, lo = lo, lo / 2.0
            if lo < 1e-4:
                raise InvalidArgumentError("the engine cannot keep up with this trace at any rate")
    while hi - lo > tolerance * lo:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if keeps_up(mid) else (lo, mid)
    return lo, probes


def calibrate(trace: Trace, config: EngineConfig = EngineConfig()) -> Calibration:
    """Saturating rate of ``trace``'s request mix, and the E2E deadline at that rate."""
    rps, probes = saturating_rps(trace, config)
    reference = run(trace.scaled_to_rps(rps), "max_clock", config)
    return Calibration(rps, float(np.percentile(reference.table.e2e_s(), 99)), tuple(probes))


def compare(trace: Trace, policies: Sequence[Policy | str], config: EngineConfig = EngineConfig(),
            slo: SloConfig = SloConfig(), *, progress_factory=None) -> list[SimResult]:
    """Runs every policy on the same trace and SLOs. ``slo.e2e_deadline_s`` must be set
    (see :func:`calibrate`); ``progress_factory(label)`` returns a progress callback."""
    if slo.e2e_deadline_s is None:
        raise InvalidArgumentError("set slo.e2e_deadline_s (see throttllem.sim.runner.calibrate)")
    results = []
    for spec in policies:
        policy = make(spec) if isinstance(spec, str) else spec
        progress = progress_factory(policy.label()) if progress_factory else None
        results.append(run(trace, policy, config, slo, progress))
    return results
