"""The instance autoscaler's rows, registered when the simulator's pool (``throttllem.sim.autoscale``)
is present: max clock at the fixed configuration sized for the trace's peak, the autoscaler
alone (max clock), and the governor under the autoscaler. Their savings are taken against the
peak-sized pool (same GPUs); the one-instance rows' against one instance at max clock.

The pool is a separate part of the simulator; where it is absent these rows are not registered
and the report says so (:data:`AVAILABLE`). All figures modelled.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

from throttllem.sim.config import EngineConfig
from throttllem.sim.evaluation.entries import Entry, Row, Targets, _attainment, _p99, register
from throttllem.traces import Trace

try:
    from throttllem.sim.autoscale import AutoscaleConfig, run_pool
    from throttllem.sim.autoscale.report import peak_sized
except ImportError:  # the pool is not part of this build
    AVAILABLE = False
else:
    AVAILABLE = True


def _size_steps(result) -> tuple[list, list]:
    """GPUs serving over time (TP x replicas of the active configuration at each decision)."""
    times, gpus = [], []
    for time_s, active, _target, _reason in result.steps:
        times.append(float(time_s))
        gpus.append(int(active[0]) * int(active[1]))
    end = float(np.nanmax(result.finish_s)) if np.any(~np.isnan(result.finish_s)) else times[-1]
    return times + [end], gpus + gpus[-1:]


def pool_entry(policy, fixed_at_peak: bool):
    """An entry runner: the pool under ``policy(lengths)``, autoscaled or fixed at the peak size."""

    def run_entry(trace: Trace, engine: EngineConfig, targets: Targets, lengths: str) -> Row:
        scale = AutoscaleConfig()
        if fixed_at_peak:
            scale = dataclasses.replace(scale, fixed=tuple(peak_sized(trace, engine, targets.slo, scale)))
        result = run_pool(trace, policy(lengths), engine, targets.slo, scale)
        finished = ~np.isnan(result.finish_s)
        ttft = result.first_token_s - result.arrival_s
        tbt = result.mean_tbt_s()
        e2e = result.finish_s - result.arrival_s
        tokens = int(trace.output_tokens[finished].sum())
        return Row(result.label, "", 0.0, lengths, result.energy_j,
                   tokens / result.energy_j if result.energy_j > 0 else math.nan, len(trace), int(finished.sum()),
                   *_attainment(ttft, tbt, e2e, finished, targets), _p99(ttft), _p99(tbt * 1e3), _p99(e2e),
                   math.nan, result.gpu_hours, "", size_steps=_size_steps(result))
    return run_entry


if AVAILABLE:
    register(Entry("max_clock_peak", "max clock, fixed pool configuration sized for the trace's peak", False,
                   pool_entry(lambda lengths: "max_clock", True), 0, baseline="max_clock_peak"))
    register(Entry("autoscaler", "autoscaler only (max clock)", False, pool_entry(lambda lengths: "max_clock", False),
                   7, baseline="max_clock_peak"))
    register(Entry("governor_autoscaler", "governor + autoscaler", True,
                   pool_entry(lambda lengths: f"governor:lengths={lengths}", False), 8, baseline="max_clock_peak"))
