"""The rows of the evaluation matrix: one registered entry per serving configuration.

An entry turns (traffic, engine, SLOs, length source) into a :class:`Row` of figures. Entries
are registered by name, in report order; the matrix runs whatever is registered, so a
configuration added later (the instance autoscaler's, in :mod:`.pool_entries`) is picked up
without touching the matrix. Every figure of a row is modelled (the serving simulator).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.traces import Trace

#: Length sources of the matrix: true output lengths, or the online predictor (requests
#: predicted from requests finished before they arrived).
LENGTH_SOURCES = ("oracle", "online")


@dataclass(frozen=True)
class Targets:
    """The SLOs a row is judged against: TTFT, mean TBT and E2E (modelled derivations)."""

    slo: SloConfig
    ttft_target_s: float


@dataclass
class Row:
    """The figures of one (entry, load, lengths) cell; every figure modelled."""

    entry: str
    load: str
    rps: float
    lengths: str
    energy_j: float
    tokens_per_j: float
    requests: int
    finished: int
    slo_ttft: float
    slo_tbt: float
    slo_e2e: float
    #: Requests meeting all three targets.
    slo_all: float
    #: Requests meeting TBT and E2E (the simulator's own "SLOs met": the targets the oracle guarantees).
    slo_tbt_e2e: float
    ttft_p99_s: float
    tbt_p99_ms: float
    e2e_p99_s: float
    #: Clock-switch requests per second (NaN where the entry does not count them).
    switches_per_s: float
    gpu_hours: float
    #: The reference entry this row's saving is taken against.
    baseline: str
    #: Step lines for the plots: (times, clock MHz) and (times, GPUs in use).
    clock_steps: tuple = field(default=((), ()), repr=False)
    size_steps: tuple = field(default=((), ()), repr=False)
    source: str = "modelled"
    #: The registered entry's name (``entry`` is the run's policy label); wall time of the cell (measured).
    entry_name: str = ""
    wall_s: float = 0.0

    def as_dict(self, steps: bool = False) -> dict:
        out = dataclasses.asdict(self)
        if not steps:
            out.pop("clock_steps")
            out.pop("size_steps")
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in out.items()}


@dataclass(frozen=True)
class Entry:
    """One configuration of the matrix."""

    name: str
    #: What the report's row says it is.
    title: str
    #: Whether the run depends on the length source (others run once and serve both columns).
    uses_lengths: bool
    #: ``run(trace, engine, targets, lengths) -> Row`` (load and rps are filled in by the matrix).
    run: Callable
    #: Position in the report (the issue's order: fixed sizes, baselines, governor, pool, oracle).
    order: int = 50
    #: The entry savings are measured against: max clock on the same GPUs (one instance, or the pool).
    baseline: str = "max_clock"


ENTRIES: dict[str, Entry] = {}


def register(entry: Entry) -> Entry:
    """Adds an entry (replacing one of the same name)."""
    ENTRIES[entry.name] = entry
    return entry


def entries() -> list[Entry]:
    """The registered entries in report order."""
    return sorted(ENTRIES.values(), key=lambda e: e.order)


def _attainment(ttft: np.ndarray, tbt_s: np.ndarray, e2e: np.ndarray, finished: np.ndarray,
                targets: Targets) -> tuple[float, float, float, float, float]:
    """Shares of requests meeting the TTFT, TBT and E2E targets, all three, and TBT with E2E."""
    n = max(len(finished), 1)
    slack = 1 + 1e-9
    ttft_ok = finished & (ttft <= targets.ttft_target_s * slack)
    tbt_ok = finished & (np.isnan(tbt_s) | (tbt_s * 1e3 <= targets.slo.tbt_target_ms * slack))
    deadline = targets.slo.e2e_deadline_s
    e2e_ok = finished & (e2e <= deadline * slack) if deadline is not None else finished
    return (float(ttft_ok.sum() / n), float(tbt_ok.sum() / n), float(e2e_ok.sum() / n),
            float((ttft_ok & tbt_ok & e2e_ok).sum() / n), float((tbt_ok & e2e_ok).sum() / n))


def _p99(values: np.ndarray) -> float:
    values = values[~np.isnan(values)]
    return float(np.percentile(values, 99)) if len(values) else math.nan


def single_instance(policy: Callable[[str], str], tp: int | None = None, pass_ttft: bool = False) -> Callable:
    """An entry runner: one engine instance (``tp`` GPUs; None: the engine's) under ``policy(lengths)``;
    ``pass_ttft``: the policy takes the evaluation's TTFT target (``ttft_ms``), the one its rows are scored on."""

    def run_entry(trace: Trace, engine: EngineConfig, targets: Targets, lengths: str) -> Row:
        from throttllem.sim.runner import run

        config = engine if tp is None else dataclasses.replace(engine, tp_degree=tp)
        spec = policy(lengths)
        if pass_ttft:
            spec += f",ttft_ms={targets.ttft_target_s * 1e3!r}"
        result = run(trace, spec, config, targets.slo)
        table, tl, m = result.table, result.timeline, result.metrics
        ttft, tbt, e2e = table.ttft_s(), table.mean_tbt_s(), table.e2e_s()
        shares = _attainment(ttft, tbt, e2e, table.finished, targets)
        ends = tl.seg_start_s + tl.seg_duration_s
        span = float(ends[-1]) if len(ends) else 0.0
        times = np.r_[tl.seg_start_s, ends[-1:]]
        clocks = np.r_[tl.seg_clock_mhz, tl.seg_clock_mhz[-1:]]
        return Row(result.policy, "", 0.0, lengths, m.energy_j, m.tokens_per_j, m.requests, m.finished, *shares,
                   _p99(ttft), _p99(tbt * 1e3), _p99(e2e), m.switches_per_s, config.tp_degree * span / 3600.0, "",
                   clock_steps=(times.tolist(), clocks.tolist()), size_steps=([0.0, span], [config.tp_degree] * 2))
    return run_entry


def _fixed(spec: str) -> Callable[[str], str]:
    return lambda lengths: spec


def _governor(lengths: str) -> str:
    return f"governor:lengths={lengths}"


# Built-in entries: one engine instance. The pool's entries (fixed peak-sized, autoscaler) are in .pool_entries.
register(Entry("max_clock", "max clock, one instance (fixed size)", False, single_instance(_fixed("max_clock")), 1))
register(Entry("max_clock_tp4", "max clock, fixed TP 4 (one instance)", False,
               single_instance(_fixed("max_clock"), tp=4), 2))
register(Entry("static", "static clock (1500 MHz)", False, single_instance(_fixed("static")), 3))
register(Entry("default_dvfs", "default DVFS (boost when busy)", False, single_instance(_fixed("default_dvfs")), 4))
register(Entry("reactive", "reactive (PID on TBT)", False, single_instance(_fixed("reactive")), 5))
register(Entry("governor", "governor (throttLL'eM)", True, single_instance(_governor, pass_ttft=True), 6))
register(Entry("oracle", "oracle (clairvoyant clocks, a bound)", False, single_instance(_fixed("oracle")), 9))
