"""ClairvoyantOracle: a clock schedule that is a bound at equal SLOs, planned with perfect knowledge."""

from __future__ import annotations

import math

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


class WindowPlan(Policy):
    """A fixed clock per time window (``clocks[k]`` from ``k * window_s``; max clock after the
    last), idle included. What the oracle runs; not registered (it needs a plan)."""

    name = "window_plan"

    def __init__(self, clocks, window_s: float, top_mhz: int) -> None:
        self.clocks = np.asarray(clocks, dtype=np.int64)
        self.window_s = float(window_s)
        self.top_mhz = int(top_mhz)

    def decide(self, view: EngineView) -> ClockPlan:
        k = int(view.now_s // self.window_s)
        clock = int(self.clocks[k]) if k < len(self.clocks) else self.top_mhz
        return ClockPlan(clock, wake_at_s=(k + 1) * self.window_s)


def requests_meeting_slos(result) -> np.ndarray:
    """Per request: finished, mean TBT within the target and E2E within the deadline (the
    ``slo_both`` of :mod:`throttllem.sim.metrics`)."""
    table, slo = result.table, result.slo
    tbt = table.mean_tbt_s()
    e2e = table.e2e_s()
    with np.errstate(invalid="ignore"):
        tbt_ok = np.isnan(tbt) | (tbt * 1e3 <= slo.tbt_target_ms * (1 + 1e-9))
        e2e_ok = True if slo.e2e_deadline_s is None else e2e <= slo.e2e_deadline_s * (1 + 1e-9)
    return table.finished & tbt_ok & e2e_ok


@register
class ClairvoyantOracle(Policy):
    """The least energy a clock schedule of this engine needs to meet every SLO that max clock
    meets, planned with perfect knowledge of arrivals, true output lengths and the GPU model.

    How it plans, before the first iteration (``start``):

    1. It replays the trace at max clock and records which requests meet both SLOs there (the
       set S), and each window's work (``window_s`` of time: its iterations' batch, KV and
       prompt tokens) and idle time.
    2. For every window and clock it models the window's time (the GPU model on the window's
       work, scaled to the max-clock run's own time) and the extra time over max clock.
    3. Slack: each request in S may finish ``deadline - finish`` later and stretch its decode by
       ``TBT target x (tokens - 1) - decode time``. A constraint holds while the sum over its
       windows of (share of the window its life covers) x (extra time) stays within ``safety``
       (0.9) x its slack; slack is shared among the windows that can still go lower, six rounds
       of progressive filling, and each window takes the lowest clock whose extra time fits.
    4. It replays the trace under that plan and checks that every request of S meets both
       SLOs. While plans pass it doubles the safety factor (the slack model is conservative:
       slower iterations batch more), then bisects between the boldest passing and the first
       failing factor (3 steps). From a failing plan (a slower window also delays later
       arrivals, which step 3 ignores) it raises the windows of each missed request's life, and
       a growing number of windows before its arrival, an eighth of the way to max clock, and
       replays again; ``attempts`` (12) replays in all. It keeps the passing plan of least
       energy; if none uses less than max clock, it runs at max clock.

    So its attainment is never below max clock's and its energy never above it, by
    construction (the final plan is the verified one; the engine is deterministic). Optimality
    is not proven: the plan space is one clock per window, the slack split is a heuristic, and
    the schedule (admission, batching) is the engine's FCFS one. tests/sim/policies/
    test_oracle_bound.py measures it against a brute-force search over every per-window plan
    of a small clock set on small traces (docs/SIMULATOR.md gives the gap).
    """

    name = "oracle"
    rank = 5

    def __init__(self, window_s: float = 1.0, safety: float = 0.9, attempts: int = 12, levels: int = 0) -> None:
        if not (math.isfinite(window_s) and window_s > 0) or not 0 < safety <= 1 or attempts < 1 or levels < 0:
            raise InvalidArgumentError("oracle: window_s > 0, safety in (0, 1], attempts >= 1 and levels >= 0 "
                                       "are required")
        self.window_s = float(window_s)
        self.safety = float(safety)
        self.attempts = int(attempts)
        #: Clock levels to choose from (0: all the GPU's; N: N evenly spaced, max included).
        self.levels = int(levels)
        self.plan: WindowPlan | None = None
        self.planned_runs = 0
        self.fallback = False

    def clock_levels(self, gpu) -> np.ndarray:
        clocks = np.asarray(gpu.clocks_mhz, dtype=np.int64)
        if self.levels and self.levels < len(clocks):
            pick = np.unique(np.rint(np.linspace(0, len(clocks) - 1, self.levels)).astype(np.int64))
            clocks = clocks[pick]
        return clocks

    # ---- planning ------------------------------------------------------------------------------
    def start(self, view: EngineView) -> None:
        from throttllem.sim.engine import Engine
        from throttllem.sim.policies.max_clock import MaxClock

        if view.trace is None:
            raise InvalidArgumentError("the oracle needs the engine's trace (EngineView.trace)")
        gpu, config, slo, trace = view.gpu, view.config, view.slo, view.trace
        self.top = int(gpu.max_clock_mhz)
        reference = Engine(trace, config, slo, MaxClock(), gpu).run()
        self.reference = reference
        must_meet = requests_meeting_slos(reference)
        model = _WindowModel(reference, gpu, self.clock_levels(gpu), self.window_s)
        shares = _Slack(reference, must_meet, self.window_s, model.windows)
        self.plan, self.planned_runs, self.fallback = None, 0, True
        self.energy_j = reference.energy_j
        self._replay = lambda levels: self._verify(Engine(trace, config, slo, WindowPlan(
            model.clocks[levels], self.window_s, self.top), gpu).run(), levels, must_meet, model)
        # Bolder while the plan passes (the slack model is conservative: it ignores that slower
        # iterations batch more), then repair the first plan that fails.
        safety = self.safety
        levels = shares.allocate(model, safety)
        missed = self._replay(levels)
        passed = safety if missed is None else None
        while missed is None and self.planned_runs < self.attempts and safety < 64:
            safety *= 2.0
            bolder = shares.allocate(model, safety)
            if np.array_equal(bolder, levels):
                passed = safety
                continue  # no replay needed: the same plan
            levels = bolder
            missed = self._replay(levels)
            passed = safety if missed is None else passed
        # Between the boldest passing safety factor and the first failing one: bisect (3 steps).
        failed = safety if missed is not None and passed is not None else None
        for _ in range(3):
            if failed is None or self.planned_runs >= self.attempts - 1:
                break
            middle = math.sqrt(passed * failed)
            trial = shares.allocate(model, middle)
            result = self._replay(trial)
            if result is None:
                passed = middle
            else:
                failed, levels, missed = middle, trial, result
        top = len(model.clocks) - 1
        repairs = 0
        while missed is not None and self.planned_runs < self.attempts:
            # Repair: raise the windows of each missed request's life in this replay, and the
            # ``repairs + 1`` windows before its arrival (backlog delays it too), an eighth of
            # the way to max clock each time.
            arrival_s, finish_s = missed
            lo = np.maximum((arrival_s // self.window_s).astype(np.int64) - repairs - 1, 0)
            hi = np.minimum((finish_s // self.window_s).astype(np.int64), len(levels) - 1)
            mark = np.zeros(len(levels) + 1, dtype=np.int64)
            np.add.at(mark, lo, 1)
            np.add.at(mark, hi + 1, -1)
            raise_ = np.cumsum(mark[:-1]) > 0
            levels = levels.copy()
            levels[raise_] += np.ceil((top - levels[raise_]) / 8).astype(np.int64)
            repairs += 1
            missed = self._replay(levels)

    def _verify(self, result, levels: np.ndarray, must_meet: np.ndarray, model: _WindowModel):
        """Keeps the plan if every request of S met both SLOs and it saved energy; returns None if
        they all met them, else the (arrival, finish) times of those that missed."""
        self.planned_runs += 1
        missed = must_meet & ~requests_meeting_slos(result)
        if missed.any():
            finish = np.where(np.isnan(result.table.finish_s), result.table.arrival_s, result.table.finish_s)
            return result.table.arrival_s[missed], finish[missed]
        if result.energy_j < self.energy_j:
            self.plan = WindowPlan(model.clocks[levels], self.window_s, self.top)
            self.fallback, self.energy_j = False, result.energy_j
        return None

    def decide(self, view: EngineView) -> ClockPlan:
        if self.plan is None:
            return ClockPlan(self.top)
        return self.plan.decide(view)


class _WindowModel:
    """Per window of the max-clock run and per clock: modelled time and extra time over max clock."""

    def __init__(self, reference, gpu, clocks: np.ndarray, window_s: float) -> None:
        tl = reference.timeline
        self.clocks = clocks
        end = max(float(tl.seg_start_s[-1] + tl.seg_duration_s[-1]) if len(tl.seg_start_s) else 0.0, window_s)
        self.windows = int(math.ceil(end / window_s))
        w = np.minimum((tl.iter_start_s // window_s).astype(np.int64), self.windows - 1)
        # Two groups per window: iterations with prompt tokens and decode-only ones, each at its mean.
        group = w * 2 + (tl.iter_prefill_tokens > 0)
        cells = 2 * self.windows
        count = np.bincount(group, minlength=cells).astype(np.float64)
        safe = np.maximum(count, 1.0)
        mean = [np.bincount(group, values.astype(np.float64), cells) / safe
                for values in (tl.iter_prefill_tokens, tl.iter_batch, tl.iter_kv_tokens)]
        actual = np.bincount(group, tl.iter_time_s, cells)
        index = np.searchsorted(np.asarray(gpu.clocks_mhz), clocks)
        t_all, _ = gpu.grid(mean[0], np.maximum(mean[1], 1.0), mean[2])
        t_iter = t_all[index]
        # Scale the model to the max-clock run's own time of each group (the mean hides spread).
        scale = np.where(count > 0, actual / np.maximum(t_all[-1] * count, 1e-300), 0.0)
        self.time = (t_iter * count * scale).reshape(len(clocks), self.windows, 2).sum(axis=2)
        self.extra = np.maximum(self.time - self.time[-1], 0.0)


class _Slack:
    """Each constrained request's slack over max clock, and the windows it spans."""

    def __init__(self, reference, must_meet: np.ndarray, window_s: float, windows: int) -> None:
        table, slo = reference.table, reference.slo
        rows = np.flatnonzero(must_meet)
        arrive, first, finish = table.arrival_s[rows], table.first_token_s[rows], table.finish_s[rows]
        tokens = table.output_tokens[rows]

        def window(t):
            return np.minimum((t // window_s).astype(np.int64), windows - 1)

        e2e_slack = table.deadline_s[rows] - finish
        tbt_slack = np.where(tokens > 1, slo.tbt_target_ms / 1e3 * (tokens - 1) - (finish - first), np.inf)
        # Constraints: an interval of the max-clock run (arrival or first token to finish) and its
        # slack; infinite slack binds nothing.
        begin = np.concatenate((arrive, first))
        end = np.concatenate((finish, finish))
        slack = np.maximum(np.concatenate((e2e_slack, tbt_slack)), 0.0)
        keep = np.isfinite(slack)
        begin, end, self.slack = begin[keep], end[keep], slack[keep]
        lo, hi = window(begin), window(end)
        self.windows = windows
        self.span = hi - lo + 1
        # Flattened (constraint, window) membership, weighted by the share of the window the
        # interval covers: a slower window delays a request only while it is in the engine.
        self.member = np.repeat(np.arange(len(self.span)), self.span)
        self.cell = (np.concatenate([np.arange(a, b + 1) for a, b in zip(lo, hi)]) if len(self.span)
                     else np.zeros(0, dtype=np.int64))
        w_start = self.cell * window_s
        cover = np.minimum(end[self.member], w_start + window_s) - np.maximum(begin[self.member], w_start)
        self.weight = np.clip(cover / window_s, 1e-3, 1.0)

    def allocate(self, model: _WindowModel, safety: float, rounds: int = 6) -> np.ndarray:
        """Per window, the lowest level whose extra time fits its budget.

        A constraint holds while the sum over its windows of (share of the window it covers) x
        (extra time) stays within its slack. Progressive filling: each round, every constraint
        shares its unspent slack among its windows that can still go lower, and each window's
        budget grows by the smallest share."""
        windows = self.windows
        used = np.zeros(windows)
        levels = np.full(windows, len(model.clocks) - 1)
        hungry = np.ones(windows, dtype=bool)
        remaining = safety * self.slack
        for _ in range(rounds):
            if not len(self.span):
                add = np.full(windows, np.inf)
            else:
                count = np.bincount(self.member, self.weight * hungry[self.cell], len(self.span))
                share = np.where(count > 0, remaining / np.maximum(count, 1.0), 0.0)
                add = np.full(windows, np.inf)
                np.minimum.at(add, self.cell, share[self.member])
            budget = used + add
            fits = model.extra <= budget[None, :] * (1 + 1e-12)
            levels = np.argmax(fits, axis=0)  # the first (lowest) level that fits
            used = model.extra[levels, np.arange(windows)]
            hungry = levels > 0
            if len(self.span):
                spent = np.bincount(self.member, self.weight * used[self.cell], len(self.span))
                remaining = np.maximum(safety * self.slack - spent, 0.0)
        return levels
