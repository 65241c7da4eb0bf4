"""ClairvoyantOracle: the energy-cheapest clock that meets every SLO, with perfect knowledge."""

from __future__ import annotations

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class ClairvoyantOracle(Policy):
    """A reference point for the governor: what the same engine could save at the same SLOs if
    the clock were chosen with perfect information.

    What it knows that the governor does not: every request's true output length, every
    future arrival (time and lengths), and the simulated GPU's exact time and power (the
    perfmodel itself instead of a trained forest). Admission is the engine's plain FCFS.

    How it decides, at every engine event (arrival, prefill, completion):

    1. It projects the work ahead as iterations: each running request for its true remaining
       tokens; each queued request, and each future arrival up to the end of the known work
       (at most ``max_future``), from the iteration at which FCFS admission will give it a
       batch slot and its KV reservation (as running requests finish) or it arrives (its
       arrival time mapped to iterations at the pace of the last choice, prefills included).
       The horizon is cut into ``bins`` equal stretches of iterations with their mean batch
       and KV size.
    2. For every supported clock it computes, from the perfmodel, the time of every bin
       (plus the marginal time of the prefills that start in it) and so the finish time of
       every request now in the engine.
    3. A clock is feasible if each of those requests meets its E2E deadline and mean-TBT
       target with ``margin`` (5%) of its E2E budget and of the TBT target kept in reserve
       (the projection's median error is ~0, its spread ~+-20% on long requests, and errors
       add up over a request's life). Future arrivals shape the load but their own SLOs
       are checked after they arrive. A request projected to miss even at max clock by more
       than ``hopeless`` (25%) is lost whatever the clock and is left out; one that misses by
       less gets max clock (as the governor does for late requests).
    4. Among feasible clocks it takes the one with the least *dynamic* energy over the
       horizon, sum over bins of (power - idle power) x time: running slower displaces idle
       time at idle power, so that part is not a saving. This is where it differs from the
       governor's rule (the lowest feasible clock): below the energy-optimal clock a slower
       iteration costs more energy than it saves. (Dynamic energy is unimodal in the clock,
       so this is its minimum, or the lowest feasible clock above it.)

    It is a bound on what prediction can buy within this engine (same scheduler, one clock
    for all iterations, constant clock over each projection), not a global optimum over all
    schedules, and its projection is approximate, so at saturating load it can miss a few
    more deadlines than max clock. tests/test_sim_policies.py checks it uses no more energy
    than the governor and max clock on a fixed trace while meeting every SLO there.
    """

    name = "oracle"
    rank = 5

    def __init__(self, bins: int = 24, max_future: int = 256, margin: float = 0.05, hopeless: float = 0.25) -> None:
        if bins < 2 or max_future < 0 or not 0 <= margin < 1 or not 0 <= hopeless < 1:
            raise InvalidArgumentError("bins >= 2, max_future >= 0, margin and hopeless in [0, 1) are required")
        self.bins = int(bins)
        self.max_future = int(max_future)
        self.margin = float(margin)
        self.hopeless = float(hopeless)

    def start(self, view: EngineView) -> None:
        gpu = view.gpu
        self.gpu = gpu
        self.clocks = np.asarray(gpu.clocks_mhz, dtype=np.int64)
        self.idle_w = gpu.idle_power_w(gpu.min_clock_mhz)
        self.tbt_s = view.slo.tbt_target_ms / 1e3
        table = view.table
        # Prefill cost per clock on a log grid of prompt lengths (interpolated per request).
        top = int(table.prompt_tokens.max())
        self.pf_grid = np.unique(np.rint(np.geomspace(1, max(top, 2), 48))).astype(np.float64)
        # Marginal cost of a prompt in a mixed iteration: over a one-request decode step (the
        # weights are read for the decodes anyway).
        t_pf, p_pf = gpu.grid(self.pf_grid, 1.0, 0.0)
        t_0, p_0 = gpu.grid(np.zeros(1), 1.0, 0.0)
        self.pf_time = t_pf - t_0
        self.pf_energy = (p_pf - self.idle_w) * t_pf - (p_0 - self.idle_w) * t_0
        t1, _ = gpu.grid(0.0, 1.0, float(table.prompt_tokens.mean()))
        self.pace_s = float(t1[-1])  # iteration time of the last choice (for future joins)
        self.level = len(self.clocks) - 1
        self._signature, self._last, self._valid_until = None, None, -np.inf

    def _admission_starts(self, view: EngineView, end_running: np.ndarray, waiting: np.ndarray,
                          arrive: np.ndarray) -> np.ndarray:
        """Iteration at which each waiting request (FCFS order) gets its KV reservation and a
        batch slot, counting only what the running requests release as they finish."""
        table, kv = view.table, view.kv
        need = (table.prompt_tokens[waiting] + table.max_new_tokens[waiting] + kv.block_tokens - 1) // kv.block_tokens
        order = np.argsort(end_running, kind="stable")
        ends = end_running[order]
        released = np.cumsum(self._held_blocks(view)[order])
        short_blocks = np.cumsum(need) - kv.free_blocks
        at_kv = np.searchsorted(released, short_blocks, side="left")
        slots = view.config.max_batch_size - len(view.running) - len(view.prefilling)
        at_slot = np.arange(1, len(waiting) + 1) - slots - 1
        k = np.maximum(at_kv, at_slot)
        ends_ext = np.concatenate((ends, [ends[-1] if len(ends) else 0.0]))
        start = np.where((short_blocks <= 0) & (at_slot < 0), 0.0, ends_ext[np.clip(k, 0, len(ends))])
        return np.maximum(start, arrive)

    def _held_blocks(self, view: EngineView) -> np.ndarray:
        table, ids = view.table, view.running.ids
        return (table.prompt_tokens[ids] + table.max_new_tokens[ids] + view.kv.block_tokens - 1) // view.kv.block_tokens

    def _project(self, view: EngineView, join: np.ndarray, future: np.ndarray):
        """Known and future work as iterations, binned; per-clock bin times and energies."""
        table, running = view.table, view.running
        prefilling = np.fromiter((row for row, _ in view.prefilling), dtype=np.int64)
        queued = np.fromiter(view.queue, dtype=np.int64)
        end_running = running.remaining.astype(np.float64)
        waiting = np.concatenate((queued, future))
        arrive = np.concatenate((np.zeros(len(queued)), join))
        start_wait = self._admission_starts(view, end_running, waiting, arrive)
        known_end = max(float(end_running.max(initial=0.0)),
                        float(table.output_tokens[np.concatenate((prefilling, queued))].max(initial=0)))
        keep = start_wait < max(known_end, 1.0)
        keep[:len(queued)] = True  # every queued request is in the projection
        waiting, start_wait = waiting[keep], start_wait[keep]
        rows = np.concatenate((running.ids, prefilling, waiting))
        fresh = len(running)  # rows from here on still need their prefill
        start = np.concatenate((np.zeros(fresh + len(prefilling)), start_wait))
        remaining = np.concatenate((end_running, table.output_tokens[prefilling],
                                    table.output_tokens[waiting])).astype(np.float64)
        context = np.concatenate((running.context, table.prompt_tokens[prefilling],
                                  table.prompt_tokens[waiting])).astype(np.float64)
        end = start + remaining
        horizon = float(end.max())
        # Bins of iterations: mean batch and KV in each (overlap of [start, end) with the bin).
        edges = np.linspace(0.0, horizon, self.bins + 1)
        width = edges[1] - edges[0]
        lo = np.maximum(start[:, None], edges[None, :-1])
        hi = np.minimum(end[:, None], edges[None, 1:])
        overlap = np.maximum(hi - lo, 0.0)
        batch = overlap.sum(axis=0) / width
        kv = (overlap * (context[:, None] - start[:, None] + 0.5 * (lo + hi))).sum(axis=0) / width
        active = batch > 0
        t_iter, p_iter = self.gpu.grid(0.0, np.where(active, np.maximum(batch, 1.0), 1.0), np.where(active, kv, 0.0))
        bin_time = np.where(active, t_iter * width, 0.0)
        bin_energy = np.where(active, (p_iter - self.idle_w) * t_iter * width, 0.0)
        # Prefills of requests not yet started, in the bin they start in: interpolation
        # weights on the prompt grid, summed per bin, times the per-clock grid costs.
        prompts = table.prompt_tokens[rows[fresh:]].astype(np.float64)
        idx = np.clip(np.searchsorted(self.pf_grid, prompts) - 1, 0, len(self.pf_grid) - 2)
        frac = np.clip((prompts - self.pf_grid[idx]) / (self.pf_grid[idx + 1] - self.pf_grid[idx]), 0.0, 1.0)
        start_bin = np.minimum((start[fresh:] / width).astype(np.int64), self.bins - 1)
        cells = len(self.pf_grid) * self.bins
        flat = idx * self.bins + start_bin
        weights = (np.bincount(flat, 1.0 - frac, cells)
                   + np.bincount(flat + self.bins, frac, cells)).reshape(len(self.pf_grid), self.bins)
        bin_time += self.pf_time @ weights
        bin_energy += self.pf_energy @ weights
        cum = np.concatenate((np.zeros((len(self.clocks), 1)), np.cumsum(bin_time, axis=1)), axis=1)
        known = len(running) + len(prefilling) + len(queued)
        return rows, start, end, fresh, known, edges, cum, bin_time, bin_energy

    def decide(self, view: EngineView) -> ClockPlan:
        gpu = self.gpu
        if not view.busy:
            return ClockPlan(gpu.min_clock_mhz)
        table, now = view.table, view.now_s
        # Between arrivals and completions (e.g. right after a prefill) the projection is the
        # same as at the last decision: keep it.
        signature = (view.next_arrival, len(view.running) + len(view.prefilling) + len(view.queue),
                     len(view.queue))
        if signature == self._signature and now < self._valid_until:
            return self._last
        future = np.arange(view.next_arrival, min(view.next_arrival + self.max_future, len(table)))
        wait_s = table.arrival_s[future] - now
        # Future arrivals join at the iteration their arrival time maps to at the pace
        # (iteration time, prefills included) of the last choice.
        rows, start, end, fresh, known, edges, cum, bin_time, bin_energy = self._project(
            view, np.ceil(wait_s / self.pace_s), future)
        width = edges[1] - edges[0]
        # Per-request constraints, checked one clock at a time, for the requests already in
        # the engine (future arrivals shape the load; their own SLOs are checked once they
        # arrive, when the projection covers their whole life).
        end_k, start_k, rows_k = end[:known], start[:known], rows[:known]
        g_end = np.minimum((end_k / width).astype(np.int64), self.bins - 1)
        f_end = (end_k - edges[g_end]) / width
        g_start = np.minimum((start_k / width).astype(np.int64), self.bins - 1)
        f_start = (start_k - edges[g_start]) / width
        # The margin is kept off each request's whole E2E budget and TBT target (not off the
        # time left): projection errors accumulate over a request's life, and a guard that
        # shrank with the time left would let them through at the end.
        deadline = table.deadline_s[rows_k]
        budget = deadline - table.arrival_s[rows_k]
        slack = deadline - self.margin * np.where(np.isfinite(budget), budget, 0.0) - now
        tbt_s = self.tbt_s * (1.0 - self.margin)
        decoded = np.maximum(table.output_tokens[rows_k] - 1, 1)
        first_known = table.first_token_s[rows_k[:fresh]] - now
        one_token = table.output_tokens[rows_k] <= 1

        def meets(level: int, scale: float = 1.0) -> np.ndarray:
            c = cum[level]
            finish = (c[g_end] + f_end * (c[g_end + 1] - c[g_end])) * scale
            began = c[g_start] + f_start * (c[g_start + 1] - c[g_start])
            began[:fresh] = first_known
            return (finish <= slack) & (((finish - began) / decoded <= tbt_s) | one_token)

        top = len(self.clocks) - 1
        # A request that misses at max clock by more than the projection's error band is lost
        # whatever the clock: it is left out. One that misses by less might still make it,
        # and gets max clock (as the governor does for late requests).
        hopeful = meets(top, 1.0 - self.hopeless)
        if not meets(top)[hopeful].all():
            best = top
        else:
            def feasible(level: int) -> bool:
                return bool(meets(level)[hopeful].all())

            # Dynamic energy is unimodal in the clock: its minimum if feasible, else the lowest
            # feasible clock above it (feasibility only improves with the clock).
            best = int(np.argmin(bin_energy.sum(axis=1)))
            if not feasible(best):
                lo_level, hi_level = best + 1, top
                while lo_level < hi_level:
                    mid = (lo_level + hi_level) // 2
                    if feasible(mid):
                        hi_level = mid
                    else:
                        lo_level = mid + 1
                best = hi_level
        if bin_time[best, 0] > 0:
            self.pace_s = float(bin_time[best, 0] / width)  # prefills included
        self.level = best
        self._signature, self._last = signature, ClockPlan(int(self.clocks[best]))
        self._valid_until = now + float(cum[best, 1])  # at most one bin ahead
        return self._last
