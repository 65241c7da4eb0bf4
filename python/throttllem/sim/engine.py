"""Engine: continuous batching over a trace, iteration by iteration, at the policy's clock.

One engine iteration runs every decoding request for one token, plus (TensorRT-LLM's
inflight batching) the prompts of newly admitted requests, whole or in chunks. The engine
advances in *stretches*: between two events (an arrival, a prefill, a completion, a policy
wake-up) the batch is fixed and the KV grows by the batch size per iteration, so a stretch
of n iterations costs a few numpy calls, not n Python loops. Iteration times and powers are
still computed per iteration (modelled, see predictors/gpu.py), and the first iteration that
ends after an arrival closes the stretch, so requests join at the same iteration boundary
they would in a step-by-step loop.

Clock switches take ``config.clock_switch_latency_s``: the GPU keeps running (and drawing power)
at the clock it has until the requested one takes effect; an iteration runs wholly at the clock in
effect when it starts, and a stretch is split where a switch completes. The log records both the
clock in effect (``seg_clock_mhz``) and the requested one (``seg_requested_mhz``).
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np

from throttllem import lengths
from throttllem._core import Scoreboard
from throttllem.engine import RequestMirror
from throttllem.errors import InvalidArgumentError
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.entities import PagedKvCache, RequestTable, RunningBatch
from throttllem.sim.events import EventLog
from throttllem.sim.policies.base import Policy
from throttllem.sim.predictors import GpuPredictor, output_length
from throttllem.sim.result import SimResult
from throttllem.sim.scheduler import FcfsScheduler
from throttllem.sim.view import EngineView
from throttllem.traces import Trace


def default_max_tokens(trace: Trace) -> int:
    """Smallest power of two (>= 256) covering the trace's longest output."""
    return max(256, 1 << int(math.ceil(math.log2(int(trace.output_tokens.max())))))


class Engine:
    """Replays ``trace`` through one engine instance under ``policy``.

    Args:
        trace: the requests.
        config: engine limits (batch, KV, chunking, KV policy).
        slo: TBT target and the E2E deadline (must be resolved, not None, for deadlines).
        policy: the clock policy.
        gpu: the simulated GPU (shared between runs; it is stateless).
        progress: optional callable(simulated_seconds) called now and then (a tqdm update).
    """

    def __init__(self, trace: Trace, config: EngineConfig, slo: SloConfig, policy: Policy,
                 gpu: GpuPredictor, *, progress=None) -> None:
        self.trace = trace
        self.config = config
        self.slo = slo
        self.policy = policy
        self.gpu = gpu
        self.progress = progress
        max_tokens = config.max_tokens or default_max_tokens(trace)
        context = config.model.max_context_tokens
        if int(trace.output_tokens.max()) > max_tokens:
            raise InvalidArgumentError(f"a request generates {int(trace.output_tokens.max())} tokens, more than "
                                       f"max_tokens={max_tokens}; raise max_tokens")
        if int(trace.output_tokens.max()) >= context:
            raise InvalidArgumentError(f"a request's output does not fit the model's {context}-token context")
        self.table = RequestTable(trace, context, max_tokens)
        self.table.set_deadline(slo.e2e_deadline_s)
        capacity_tokens = gpu.perf.kv_capacity_tokens(config.gpu_memory_utilization)
        self.kv = PagedKvCache(capacity_tokens // config.kv_block_tokens, config.kv_block_tokens)
        largest = int((self.table.prompt_tokens + self.table.max_new_tokens).max())
        if self.kv.blocks_for(largest) > self.kv.capacity_blocks:
            raise InvalidArgumentError("the longest request does not fit the KV cache on its own")
        self.scheduler = FcfsScheduler(config, self.kv, self.table)
        self.running = RunningBatch()
        self.queue: deque = deque()
        self.prefilling: list = []
        # The engine side of the governor: requests mirrored onto a Scoreboard as a serving
        # engine's integration does, with *predicted* output lengths.
        self.mirror: RequestMirror | None = None
        #: A live length predictor (throttllem.lengths), asked at each arrival and fed at each
        #: completion; None when the lengths come from the true ones (oracle / noisy experiments).
        self.lengths: lengths.LengthPredictor | None = None
        self._done: deque = deque()  # finished (prompt, output, finish_s) not yet fed to it
        if policy.needs_board:
            name, kwargs = policy.length_predictor
            if name in output_length.names():  # computed up front from the true lengths
                self.predicted = np.asarray(output_length.make(name, **kwargs)(self.table.output_tokens),
                                            dtype=np.int64)
            else:  # filled in at each arrival
                self.lengths = lengths.make(name, **kwargs)
                self.predicted = np.zeros(len(self.table), dtype=np.int64)
            self.mirror = RequestMirror(Scoreboard(kv_block_tokens=config.kv_block_tokens,
                                                   kv_capacity_blocks=self.kv.capacity_blocks,
                                                   max_batch_size=config.max_batch_size,
                                                   output_inflation=policy.output_inflation))
        self.view = EngineView(config, slo, gpu, self.table, self.running, self.queue, self.prefilling,
                               self.kv, mirror=self.mirror, trace=trace)
        self.log = EventLog()
        self.energy_j = 0.0
        self.now_s = 0.0
        # Clock-switch state: the clock last requested, the clock in effect, and when the
        # pending switch (requested != in effect) completes.
        self.switch_latency_s = float(config.clock_switch_latency_s)
        self.requested_mhz: int | None = None
        self.applied_mhz: int | None = None
        self.switch_done_s = -math.inf

    # ---- the loop ----------------------------------------------------------------------------
    def run(self) -> SimResult:
        table, view, policy, log, mirror = self.table, self.view, self.policy, self.log, self.mirror
        arrivals = table.arrival_s
        count = len(table)
        next_row = 0
        policy.start(view)
        last_progress = 0.0
        while True:
            while next_row < count and arrivals[next_row] <= self.now_s:
                self.queue.append(next_row)
                if mirror is not None:
                    self._mirror_arrival(next_row)
                next_row += 1
            if self._done:  # every finish so far is before the next arrival
                self._feed_lengths(math.inf)
            view.now_s, view.next_arrival = self.now_s, next_row
            view.applied_clock_mhz, view.switch_done_s = self.applied_mhz, self.switch_done_s
            plan = policy.decide(view)
            clock = int(plan.clock_mhz)
            if self.queue:
                rows = self.scheduler.admit(self.queue, len(self.running) + len(self.prefilling), plan.admit)
                if rows:
                    table.admit_s[rows] = np.where(np.isnan(table.admit_s[rows]), self.now_s, table.admit_s[rows])
                    self.prefilling.extend([row, 0] for row in rows)
                    if mirror is not None:
                        mirror.admit(rows)
            if self.prefilling:
                self._prefill_iteration(int(plan.clock_for(prefill=True)))
            elif len(self.running):
                limit_s = min(arrivals[next_row] if next_row < count else math.inf, plan.wake_at_s)
                self._decode_stretch(clock, plan.wake_after_iters, limit_s)
            elif next_row < count:
                # Idle until the next arrival (a queued request that cannot start never
                # happens: with nothing running the whole KV cache is free).
                self._idle(clock, float(arrivals[next_row]))
            else:
                break
            if self.progress is not None and self.now_s - last_progress >= 1.0:
                self.progress(self.now_s - last_progress)
                last_progress = self.now_s
        if self.progress is not None:
            self.progress(self.now_s - last_progress)
        return SimResult.build(policy.label(), self.trace, self.config, self.slo, table, self.kv, log,
                               self.energy_j, self.gpu)

    # ---- clock switches ----------------------------------------------------------------------
    def _request_clock(self, clock: int) -> int:
        """Records a request for ``clock`` at ``now_s``; returns the clock in effect now."""
        if clock != self.requested_mhz:
            if self.applied_mhz is None:  # locked before the first request arrives: no switch
                self.applied_mhz = clock
            self.requested_mhz = clock
            # A request for the clock in effect cancels a pending switch; any other (re)starts it.
            self.switch_done_s = -math.inf if clock == self.applied_mhz else self.now_s + self.switch_latency_s
        if self.applied_mhz != self.requested_mhz and self.switch_done_s <= self.now_s:
            self.applied_mhz = self.requested_mhz
        return self.applied_mhz

    def _idle(self, clock: int, until_s: float) -> None:
        """Idles until ``until_s``; a switch completing meanwhile splits the idle period."""
        while self.now_s < until_s:
            applied = self._request_clock(clock)
            end = until_s if applied == clock else min(until_s, self.switch_done_s)
            gap = end - self.now_s
            power = self.gpu.idle_power_w(applied)
            self.log.idle(self.now_s, gap, applied, power, requested_mhz=clock)
            self.energy_j += gap * power
            self.now_s = end
        self.now_s = until_s

    # ---- iterations --------------------------------------------------------------------------
    def _prefill_iteration(self, requested: int) -> None:
        """One mixed iteration: prompt tokens of the planned prefills plus one decode token each."""
        table, running = self.table, self.running
        clock = self._request_clock(requested)
        plan = self.scheduler.plan_prefill(self.prefilling, len(running))
        prefill_tokens = sum(take for _, take in plan)
        cached = sum(self.prefilling[pos][1] for pos, _ in plan)  # chunks already in the KV cache
        batch = len(running)
        kv_tokens = running.kv_tokens() + cached
        time_s, power_w, effective = self.gpu.iteration(prefill_tokens, batch, kv_tokens, clock)
        start = self.now_s
        self.now_s = start + time_s
        self.energy_j += time_s * power_w
        self.log.iterations(start, np.array([time_s]), np.array([power_w]), np.array([effective]),
                            clock, batch, kv_tokens, prefill_tokens, requested_mhz=requested)
        self.policy.observe(np.array([time_s]), batch)
        if batch:
            running.advance(1)
        done_rows = []
        for pos, take in plan:
            entry = self.prefilling[pos]
            entry[1] += take
            if entry[1] >= self.scheduler.prompt_to_prefill(entry[0]):
                done_rows.append(entry[0])
        if done_rows:
            done_set = set(done_rows)
            self.prefilling[:] = [e for e in self.prefilling if e[0] not in done_set]
        if self.mirror is not None:
            self.mirror.prefill_done(done_rows)  # their first token comes from this iteration
            self.mirror.step(1)
        if done_rows:
            rows = np.array(done_rows, dtype=np.int64)
            fresh = np.isnan(table.first_token_s[rows])
            table.first_token_s[rows[fresh]] = self.now_s
            table.generated[rows] += 1
            left = table.output_tokens[rows] - table.generated[rows]
            context = table.prompt_tokens[rows] + table.generated[rows]
            running.add(rows, left, context)
        self._observe_kv()
        self._finish(running.pop_finished())

    def _decode_stretch(self, requested: int, max_iters: int | None, limit_s: float) -> None:
        running = self.running
        iterations = running.iterations_to_next_finish()
        if max_iters is not None:
            iterations = max(1, min(iterations, int(max_iters)))
        while iterations > 0:
            clock = self._request_clock(requested)
            # A pending switch completes: the iterations from then on run at the new clock.
            switch_s = self.switch_done_s if clock != requested else math.inf
            done = self._decode_part(clock, requested, iterations, min(limit_s, switch_s))
            iterations -= done
            if self.now_s >= limit_s:
                break
        self._observe_kv()
        self._finish(running.pop_finished())

    def _decode_part(self, clock: int, requested: int, iterations: int, limit_s: float) -> int:
        """Up to ``iterations`` decode iterations at ``clock``, stopping at the first that ends at or
        after ``limit_s``; returns how many ran."""
        running = self.running
        batch = len(running)
        kv_tokens = running.kv_tokens()
        times, powers, effective = self.gpu.decode_stretch(batch, kv_tokens, iterations, clock)
        ends = self.now_s + np.cumsum(times)
        if limit_s < ends[-1]:
            # Stop at the first iteration ending at or after the arrival / wake-up / switch.
            iterations = int(np.searchsorted(ends, limit_s, side="left")) + 1
            times, powers, effective = times[:iterations], powers[:iterations], effective[:iterations]
        start = self.now_s
        self.now_s = float(ends[iterations - 1])
        self.energy_j += float(np.dot(times, powers))
        self.log.iterations(start, times, powers, effective, clock, batch, kv_tokens, 0, requested_mhz=requested)
        self.policy.observe(times, batch)
        running.advance(iterations)
        if self.mirror is not None:
            self.mirror.step(iterations)
        return iterations

    def _finish(self, rows: np.ndarray) -> None:
        if not len(rows):
            return
        table = self.table
        table.finish_s[rows] = self.now_s
        table.generated[rows] = table.output_tokens[rows]
        self.kv.release(self.kv.blocks_for_many(table.prompt_tokens[rows] + table.max_new_tokens[rows]))
        if self.mirror is not None:
            self.mirror.finish(rows.tolist())
        if self.lengths is not None:
            self._done.extend((int(table.prompt_tokens[r]), int(table.output_tokens[r]), self.now_s) for r in rows)

    def _feed_lengths(self, until_s: float) -> None:
        """Feeds the live predictor the requests that finished at or before ``until_s``."""
        done, observe = self._done, self.lengths.observe
        while done and done[0][2] <= until_s:
            observe(*done.popleft())

    def _mirror_arrival(self, row: int) -> None:
        t = self.table
        if self.lengths is not None:
            # Predicted as of its arrival: only requests finished by then are fed first (the
            # engine sees the arrival at the next iteration boundary, possibly later).
            arrival_s = float(t.arrival_s[row])
            self._feed_lengths(arrival_s)
            self.predicted[row] = self.lengths.predict(int(t.prompt_tokens[row]), int(t.max_new_tokens[row]),
                                                       arrival_s)
        self.mirror.arrive(row, arrival_s=float(t.arrival_s[row]), prompt_tokens=int(t.prompt_tokens[row]),
                           generated_tokens=int(t.generated[row]), predicted_output_tokens=int(self.predicted[row]),
                           max_tokens=int(t.max_new_tokens[row]), deadline_s=float(t.deadline_s[row]))

    def _observe_kv(self) -> None:
        """Tracks the peak of blocks holding tokens (checked against capacity in the tests)."""
        used = self.kv.blocks_for_many(self.running.context)
        used += sum(self.kv.blocks_for(done) for _, done in self.prefilling)
        self.kv.observe_used(used)
