"""The saturating rate: the highest rate at which max clock still meets >= 99% of the SLOs.

A bisection over the rate scale (the trace replayed at ``scale`` x its native rate), each probe
one max-clock simulation of the trace at that rate. Unlike a queueing-delay criterion (the
calibration's "p99 queueing <= 1 s", :func:`throttllem.sim.runner.saturating_rps`), bursts do not
set it: a trace whose bursts queue for seconds but whose requests still meet their deadlines is
below saturation. Cost: one max-clock run of the trace per probe, about 6-12 probes (doubling or
halving from the native rate until the target is bracketed, then bisection to ``tolerance``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from throttllem.errors import InvalidArgumentError
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.engine import Engine
from throttllem.sim.policies import make
from throttllem.sim.predictors.gpu import gpu_for
from throttllem.traces import Trace

#: Share of requests max clock must serve within both SLOs at the saturating rate.
DEFAULT_ATTAINMENT = 0.99
#: The search gives up beyond these scales of the native rate (a trace too short to load the
#: engine, or one that misses its SLOs at any rate).
MAX_SCALE, MIN_SCALE = 1e4, 1e-4


def _replay(trace: Trace, policy: str, config: EngineConfig, slo: SloConfig):
    return Engine(trace, config, slo, make(policy), gpu_for(config)).run()


@dataclass(frozen=True)
class Saturation:
    """The saturating rate of a trace (modelled: each probe is a simulation)."""

    #: Saturating rate (req/s), and as a scale of the trace's native rate.
    rps: float
    scale: float
    native_rps: float
    #: The attainment target (share of requests meeting both SLOs at max clock).
    attainment: float
    #: (scale, req/s, attainment at max clock) of every probe, in order.
    probes: tuple[tuple[float, float, float], ...]
    #: Wall time of the search (measured).
    wall_s: float

    def at(self, share: float) -> float:
        """The rate (req/s) at ``share`` of saturation (e.g. 0.35 for 35% load)."""
        return self.rps * float(share)

    def as_dict(self) -> dict:
        return {"rps": self.rps, "scale_of_native": self.scale, "native_rps": self.native_rps,
                "attainment_target": self.attainment, "probes": [list(p) for p in self.probes],
                "wall_s": self.wall_s, "source": "modelled (max-clock simulations)"}


def saturating_rate(trace: Trace, config: EngineConfig = EngineConfig(), slo: SloConfig = SloConfig(), *,
                    attainment: float = DEFAULT_ATTAINMENT, tolerance: float = 0.02,
                    at_rate: Callable[[float], Trace] | None = None,
                    run: Callable | None = None) -> Saturation:
    """Highest rate at which max clock meets both SLOs of ``slo`` for >= ``attainment`` of requests.

    ``slo`` needs an E2E deadline (without one only the TBT target would bind, and a queue can
    grow without bound under it). ``at_rate(rps)`` gives the traffic at ``rps`` (default
    ``trace.scaled_to_rps``; synthetic traffic is better generated anew at the rate). The
    bisection stops when the bracket is within ``tolerance`` (relative). ``run(trace, policy,
    config, slo)`` replays one probe (default: the engine on the config's simulated GPU).
    """
    run = run or _replay
    if slo.e2e_deadline_s is None:
        raise InvalidArgumentError("the saturating rate needs an E2E deadline (slo.e2e_deadline_s)")
    if not 0 < attainment <= 1:
        raise InvalidArgumentError(f"attainment must be in (0, 1], not {attainment}")
    if not 0 < tolerance < 1:
        raise InvalidArgumentError(f"tolerance must be in (0, 1), not {tolerance}")
    native = trace.mean_rps
    replay = at_rate or trace.scaled_to_rps
    probes: list[tuple[float, float, float]] = []
    started = time.perf_counter()

    def meets(scale: float) -> bool:
        rps = scale * native
        share = run(replay(rps), "max_clock", config, slo).metrics.slo_both
        probes.append((scale, rps, share))
        return share >= attainment

    lo, hi = 0.0, 1.0
    if meets(1.0):
        lo, hi = 1.0, 2.0
        while meets(hi):
            lo, hi = hi, hi * 2.0
            if hi > MAX_SCALE:
                raise InvalidArgumentError(f"{trace.name}: max clock meets the SLOs at {MAX_SCALE:g}x the native rate: "
                                           "the trace is too short to load the engine")
    else:
        hi, lo = 1.0, 0.5
        while not meets(lo):
            hi, lo = lo, lo / 2.0
            if lo < MIN_SCALE:
                raise InvalidArgumentError(f"{trace.name}: max clock misses the SLOs at any rate "
                                           f"(< {attainment:.0%} of requests even at {MIN_SCALE:g}x the native rate)")
    while hi - lo > tolerance * lo:
        middle = 0.5 * (lo + hi)
        lo, hi = (middle, hi) if meets(middle) else (lo, middle)
    return Saturation(lo * native, lo, native, float(attainment), tuple(probes), time.perf_counter() - started)
