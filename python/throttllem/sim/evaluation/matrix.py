"""The evaluation matrix: every registered entry x load level x length source, on one trace.

Load levels are shares of the trace's saturating rate (the highest at which max clock meets
both SLOs for >= 99% of requests, :func:`throttllem.sim.saturation.saturating_rate`) and the
trace's native rate. The SLOs are derived from the trace itself, the same way for any trace:
E2E deadline = p99 E2E at max clock under saturating load (:func:`throttllem.sim.runner.calibrate`),
TTFT target = p99 TTFT of max clock at the saturating rate, TBT target given (default 200 ms).
Every figure is modelled (the serving simulator); wall times are measured.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from throttllem._progress import progress_bar
from throttllem._version import __version__
from throttllem.errors import InvalidArgumentError
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.evaluation import pool_entries
from throttllem.sim.evaluation.entries import ENTRIES, LENGTH_SOURCES, Row, Targets, entries
from throttllem.sim.saturation import Saturation
from throttllem.traces import Trace

#: The issue's load levels (shares of the saturating rate); the native rate is added unless turned off.
DEFAULT_LOADS = (0.35, 0.5, 0.75, 1.0)
#: ``--quick``: one load level and the native rate on a short window (CI).
QUICK_LOADS = (0.5,)
QUICK_DURATION_S = 60.0
#: Longest window of traffic evaluated (s): each cell replays it once.
MAX_DURATION_S = 86400.0


@dataclass(frozen=True)
class EvaluationConfig:
    """One evaluation (what ``throttllem evaluate`` runs)."""

    #: Azure-format CSV path or public trace name ('conv', 'code'); None: synthetic traffic fitted
    #: to the public conv trace (embedded parameters: works offline).
    trace: str | None = None
    #: The first ``duration_s`` seconds of a trace file, or the length of synthetic traffic.
    duration_s: float = 600.0
    seed: int = 0
    loads: tuple[float, ...] = DEFAULT_LOADS
    native: bool = True
    lengths: tuple[str, ...] = LENGTH_SOURCES
    #: Entry names to run; empty: every registered entry.
    entries: tuple[str, ...] = ()
    slo_tbt_ms: float = 200.0
    #: None: derived from the trace (see the module docstring).
    e2e_deadline_s: float | None = None
    ttft_target_s: float | None = None
    jobs: int = 1
    engine: EngineConfig = field(default_factory=EngineConfig)

    def __post_init__(self) -> None:
        # Every check here runs before any simulation.
        if not (math.isfinite(self.duration_s) and 0 < self.duration_s <= MAX_DURATION_S):
            raise InvalidArgumentError(f"duration must be in (0, {MAX_DURATION_S:g}] s, not {self.duration_s}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise InvalidArgumentError(f"seed must be a non-negative integer, not {self.seed!r}")
        if not self.loads and not self.native:
            raise InvalidArgumentError("no load level: give at least one load or keep the native rate")
        for load in self.loads:
            if not (math.isfinite(load) and 0 < load <= 4):
                raise InvalidArgumentError(f"a load is a share of the saturating rate in (0, 4], not {load}")
        if not self.lengths or any(s not in LENGTH_SOURCES for s in self.lengths):
            raise InvalidArgumentError(f"lengths must be among {', '.join(LENGTH_SOURCES)}, not {self.lengths!r}")
        unknown = [name for name in self.entries if name not in ENTRIES]
        if unknown:
            raise InvalidArgumentError(f"unknown entry {unknown[0]!r}; registered: {', '.join(e.name for e in entries())}")
        if isinstance(self.jobs, bool) or not isinstance(self.jobs, int) or not 1 <= self.jobs <= 64:
            raise InvalidArgumentError(f"jobs must be an integer in [1, 64], not {self.jobs!r}")
        for name in ("slo_tbt_ms", "e2e_deadline_s", "ttft_target_s"):
            value = getattr(self, name)
            if value is not None and not (math.isfinite(value) and value > 0):
                raise InvalidArgumentError(f"{name} must be a finite positive number, not {value}")

    def selected(self) -> list:
        chosen = set(self.entries)
        return [e for e in entries() if not chosen or e.name in chosen]


@dataclass
class Evaluation:
    """The matrix's rows and how the traffic and targets were set (all figures modelled)."""

    config: EvaluationConfig
    trace: Trace
    targets: Targets
    saturation: Saturation
    #: (label, req/s) of each load level, in order.
    levels: list
    rows: list
    wall_s: float = 0.0
    version: str = __version__
    #: Entries not registered in this build (the autoscaler's when the pool is absent).
    missing: tuple = ()

    def row(self, entry: str, load: str, lengths: str) -> Row | None:
        """The row of a cell; length-independent entries answer for every length source."""
        for r in self.rows:
            if r.entry_name == entry and r.load == load and r.lengths in (lengths, "any"):
                return r
        return None


def load_trace(config: EvaluationConfig) -> Trace:
    """The traffic: the file's first ``duration_s`` seconds, or synthetic traffic (checked here, before long work)."""
    from throttllem.sim.runner import _check_context
    from throttllem.traces import CONV_2023, generate, load_csv, resolve

    if config.trace:
        trace = load_csv(resolve(config.trace)).window(config.duration_s)
    else:
        trace = generate(CONV_2023, config.duration_s, seed=config.seed)
    if len(trace) < 3 or trace.duration_s <= 0:
        raise InvalidArgumentError(f"{trace.name}: {len(trace)} request(s) in {config.duration_s:g} s are too few to "
                                   "evaluate; take a longer window (--duration-s)")
    return _check_context(trace, config.engine)


def _at_rate(config: EvaluationConfig, trace: Trace):
    from throttllem.sim.runner import _check_context
    from throttllem.traces import CONV_2023, generate

    def at_rate(rps: float) -> Trace:
        # A file is rescaled (same requests and bursts); synthetic traffic is generated anew at the rate.
        if config.trace:
            return trace.scaled_to_rps(rps)
        return _check_context(generate(CONV_2023, config.duration_s, seed=config.seed, rps=rps), config.engine)
    return at_rate


def derive_targets(config: EvaluationConfig, trace: Trace) -> tuple[Targets, Saturation]:
    """The SLOs and the saturating rate of ``trace`` (max-clock simulations: modelled)."""
    from throttllem.sim.runner import calibrate, run
    from throttllem.sim.saturation import saturating_rate

    at_rate = _at_rate(config, trace)
    notes: tuple[str, ...]
    if config.e2e_deadline_s is None:
        deadline = calibrate(trace, config.engine, at_rate=at_rate).e2e_deadline_s
        notes = ("E2E deadline = p99 E2E at max clock under saturating load (p99 queueing <= 1 s): modelled",)
    else:
        deadline, notes = config.e2e_deadline_s, ("E2E deadline given",)
    slo = SloConfig(config.slo_tbt_ms, deadline, notes)
    saturation = saturating_rate(trace, config.engine, slo, at_rate=at_rate, run=run)
    ttft = config.ttft_target_s
    if ttft is None:
        reference = run(at_rate(saturation.rps), "max_clock", config.engine, slo)
        ttft = float(np.nanpercentile(reference.table.ttft_s(), 99))
    return Targets(slo, ttft), saturation


def _run_cell(task: tuple) -> Row:
    """One cell (a process-pool task: the entry is looked up by name in the worker)."""
    name, label, rps, lengths, traffic, engine, targets = task
    entry = ENTRIES[name]
    started = time.perf_counter()
    row = entry.run(traffic, engine, targets, lengths if entry.uses_lengths else LENGTH_SOURCES[0])
    row.entry_name, row.load, row.rps = name, label, rps
    row.lengths = lengths if entry.uses_lengths else "any"
    row.baseline = entry.baseline
    row.wall_s = time.perf_counter() - started
    return row


def evaluate(config: EvaluationConfig, *, progress: bool = True, trace: Trace | None = None) -> Evaluation:
    """Runs the matrix of ``config`` (``trace``: already loaded traffic, else :func:`load_trace`)."""
    started = time.perf_counter()
    trace = trace if trace is not None else load_trace(config)
    selected = config.selected()
    targets, saturation = derive_targets(config, trace)
    levels = [(f"{load:.0%}", saturation.at(load)) for load in config.loads]
    if config.native:
        levels.append(("native", trace.mean_rps))
    at_rate = _at_rate(config, trace)
    tasks = []
    for label, rps in levels:
        traffic = trace if label == "native" else at_rate(rps)
        for entry in selected:
            for lengths in (config.lengths if entry.uses_lengths else ("any",)):
                tasks.append((entry.name, label, rps, lengths, traffic, config.engine, targets))
    rows: list[Row] = []
    with progress_bar(len(tasks), desc="evaluate", unit="run", enabled=progress) as bar:
        if config.jobs == 1:
            for task in tasks:
                bar.set_postfix_str(f"{task[0]} @ {task[1]}")
                rows.append(_run_cell(task))
                bar.update()
        else:
            with ProcessPoolExecutor(max_workers=config.jobs) as pool:
                for row in pool.map(_run_cell, tasks):
                    rows.append(row)
                    bar.update()
    missing = () if pool_entries.AVAILABLE else ("max_clock_peak", "autoscaler", "governor_autoscaler")
    return Evaluation(config, trace, targets, saturation, levels, rows, time.perf_counter() - started,
                      missing=missing)


def savings(evaluation: Evaluation, row: Row) -> float:
    """Energy of ``row`` relative to its baseline in the same load and length column (-0.3: 30% less)."""
    base = evaluation.row(row.baseline, row.load, row.lengths if row.lengths != "any" else LENGTH_SOURCES[0])
    if base is None or not base.energy_j > 0:
        return math.nan
    return row.energy_j / base.energy_j - 1.0


__all__: Sequence[str] = ("DEFAULT_LOADS", "Evaluation", "EvaluationConfig", "QUICK_DURATION_S", "QUICK_LOADS",
                          "derive_targets", "evaluate", "load_trace", "savings")
