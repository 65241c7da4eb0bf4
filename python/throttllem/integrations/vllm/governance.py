"""The governor's work in each vLLM scheduler step, kept apart from vLLM's classes.

:class:`StepGovernor` reads the scheduler's state through the few attributes vLLM's v1
scheduler has (``running``, ``waiting``, ``requests``; requests' ``request_id``,
``num_prompt_tokens``, ``num_tokens``, ``num_computed_tokens``, ``num_output_tokens``,
``max_tokens``) and the ``SchedulerOutput`` (``num_scheduled_tokens``, ``preempted_req_ids``),
so it runs against any object shaped like them: the real scheduler
(:mod:`throttllem.integrations.vllm.scheduler`) and the tests' stand-ins.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections import deque
from collections.abc import Hashable, Iterable
from dataclasses import asdict, dataclass

import throttllem
from throttllem._atomic import atomic_open
from throttllem.engine import ClockPlan, GovernorAdapter, RequestMirror, WakeRules
from throttllem.integrations.vllm.config import VllmGovernorConfig

log = logging.getLogger("throttllem.integrations.vllm")


@dataclass
class StepRecord:
    """One scheduler step as the governor saw it.

    ``projected_batch``: requests the governor expected to run this step (running on its board
    plus those it admitted); ``batch`` / ``tokens``: requests and tokens the engine scheduled. ``arrived`` /
    ``preempted`` / ``finished``: events of this step. ``held``: waiting requests held back
    (clock+admit). ``overhead_ns``: the governor's own time in this step.

    With ``verify_kv`` on: ``projected_kv_blocks``, the KV blocks the board's requests of this
    step (running plus admitted) hold once the step's tokens are in the cache - each request's
    prompt + generated tokens on the board, rounded up to whole blocks of the engine's block
    size; ``projected_kv_blocks_board``, the same with the board's own convention for the
    iteration (context + 1: it also counts the token the iteration produces, whose KV vLLM writes
    one step later); ``kv_blocks``, the blocks vLLM's block pool has allocated after scheduling
    the step (its own count, the one its admissions and preemptions go by). -1 where unknown.
    """

    step: int
    t_s: float
    projected_batch: int
    batch: int
    tokens: int
    admitted_by_governor: int
    admitted_by_engine: int
    arrived: int
    preempted: int
    finished: int
    held: int
    prefill: bool
    clock_mhz: int
    reason: str
    kv_free_blocks: int
    overhead_ns: int
    projected_kv_blocks: int = -1
    projected_kv_blocks_board: int = -1
    kv_blocks: int = -1


class StepGovernor:
    """Keeps a :class:`throttllem.engine.RequestMirror` in step with a vLLM scheduler and asks
    the governor once per step.

    Call :meth:`before_schedule` just before vLLM's ``schedule()`` and :meth:`after_schedule`
    with its output; :meth:`arrived` from ``add_request``. ``actuator``: where clocks go
    (None in advise mode).
    """

    def __init__(self, config: VllmGovernorConfig, *, kv_capacity_blocks: int, kv_block_tokens: int,
                 max_batch_size: int, actuator=None, clock=time.monotonic) -> None:
        self.config = config
        forest = throttllem.Forest(config.model) if config.model else throttllem.Forest.default()
        self.board = throttllem.Scoreboard(kv_capacity_blocks=kv_capacity_blocks, max_batch_size=max_batch_size,
                                           kv_block_tokens=kv_block_tokens, output_inflation=config.output_inflation)
        self.governor = throttllem.Governor(forest, clocks_mhz=config.clocks_mhz, tbt_target_ms=config.tbt_ms,
                                            max_batch_size=max_batch_size, tp_degree=config.tp_degree,
                                            min_saving_mhz=config.min_saving_mhz, dwell_s=config.dwell_s)
        self.actuator = actuator
        #: GovernorMetrics in prometheus_client's default registry, or None (off or not installed).
        self.metrics = process_metrics(self.board, config) if config.metrics else None
        self.adapter = GovernorAdapter(self.governor, RequestMirror(self.board), clocks_mhz=config.clocks_mhz,
                                       prefill_clock=config.prefill_clock, wake=WakeRules(max_hold_s=0),
                                       actuator=actuator, observer=self.metrics)
        self.mirror = self.adapter.mirror
        self.records: deque[StepRecord] = deque(maxlen=config.max_records or None)
        self.steps = 0
        #: False once the governor failed: vLLM then runs ungoverned, at default clocks.
        self.active = True
        self.overhead_ns = 0
        self._clock = clock
        self._queued: dict[Hashable, None] = {}    # engine ids waiting on the board (ordered)
        self._running: dict[Hashable, int] = {}    # engine ids running on the board -> board ids
        self._prefilling: set[Hashable] = set()    # running, prompt not fully computed
        self._arrived = 0
        self._plan: ClockPlan | None = None
        self._held: list = []
        self._order: list = []
        self._projected = 0
        self._finished = 0
        self._step_ns = 0
        self._projected_kv = (-1, -1)
        #: Time spent on the KV check (``verify_kv``), kept out of ``overhead_ns``.
        self.verify_ns = 0
        # Per request: [arrival_s, first token seen at, last token seen at, tokens seen, tokens
        # at the first sighting]; token
        # times are read at step boundaries (one step's resolution), for the SLO metrics.
        self._timing: dict[Hashable, list] = {}

    # ---- events from the scheduler ----------------------------------------------------------
    def arrived(self, request) -> None:
        """A request entered the scheduler (``add_request``)."""
        t0 = time.perf_counter_ns()
        rid = request.request_id
        self.mirror.arrive(rid, arrival_s=self._clock(), prompt_tokens=request.num_prompt_tokens,
                           max_tokens=request.max_tokens, generated_tokens=request.num_output_tokens)
        self._queued[rid] = None
        self._arrived += 1
        if self.metrics is not None:
            self._timing[rid] = [self._clock(), None, None, int(request.num_output_tokens), 0]
        self.overhead_ns += time.perf_counter_ns() - t0

    def finished(self, request_ids: Iterable[Hashable]) -> int:
        """Requests left the scheduler (finished, stopped or aborted); unknown ids are ignored."""
        gone = [r for r in request_ids if r in self.mirror]
        if gone:
            self.mirror.finish(gone)
            now = self._clock() if self._timing else 0.0
            for r in gone:
                self._queued.pop(r, None)
                self._running.pop(r, None)
                self._prefilling.discard(r)
                timing = self._timing.pop(r, None)
                if timing is not None:
                    self._observe_finished(timing, now)
        return len(gone)

    def _observe_finished(self, timing: list, now: float) -> None:
        arrival, first, last, seen, first_seen = timing
        mean_tbt = (last - first) / (seen - first_seen) if first is not None and seen > first_seen else None
        self.metrics.observe_request(e2e_s=now - arrival, mean_tbt_s=mean_tbt)

    # ---- the step ---------------------------------------------------------------------------
    def before_schedule(self, scheduler, finished_ids: Iterable[Hashable] = ()) -> list:
        """Brings the board up to date, asks the governor, and in clock+admit mode takes the
        requests it did not admit out of ``scheduler.waiting``. Returns those held requests;
        :meth:`after_schedule` puts them back."""
        t0 = time.perf_counter_ns()
        self._finished = self.finished(finished_ids)
        # The board's own call, by board id: the mirror's bookkeeping only concerns prefilling
        # requests, which are skipped here (they generate nothing until their prefill is done).
        set_generated = self.board.set_generated
        running = self._running
        prefilling = self._prefilling
        timing = self._timing
        now = self._clock()
        for req in scheduler.running:
            rid = req.request_id
            bid = running.get(rid)
            if bid is not None and rid not in prefilling:
                n = req.num_output_tokens
                set_generated(bid, n)
                t = timing.get(rid)
                if t is not None and n != t[3]:
                    if t[1] is None:
                        t[1], t[4] = now, n
                    t[2], t[3] = now, n
        plan = self.adapter.decide(now)
        self._plan = plan
        self._projected = self.board.running_count + len(plan.admit)
        if self.config.verify_kv:
            t_check = time.perf_counter_ns()
            self._projected_kv = self._project_kv_blocks(plan.admit)
            t0 += time.perf_counter_ns() - t_check  # not the governor's own cost
            self.verify_ns += time.perf_counter_ns() - t_check
        held: list = []
        if self.config.gates_admission and self._queued:
            allowed = set(plan.admit)
            waiting = scheduler.waiting
            held = [r for r in waiting if r.request_id not in allowed]
            if held:
                self._order = list(waiting)
                self._held = held  # set first: restore_waiting must see them whatever happens next
                waiting.remove_requests(held)
        self._held = held
        self._step_ns = time.perf_counter_ns() - t0
        return held

    def _project_kv_blocks(self, admit) -> tuple[int, int]:
        """KV blocks of the board's running requests plus ``admit`` (engine ids) in the coming
        step: (engine convention, board convention); see :class:`StepRecord`."""
        board = self.board
        block = board.kv_block_tokens
        contexts = [r["prompt_tokens"] + r["generated_tokens"] for r in board.running()]
        for rid in admit:
            r = board.request(self.mirror.board_id(rid))
            contexts.append(r["prompt_tokens"] + r["generated_tokens"])
        return sum(-(-c // block) for c in contexts), sum(-(-(c + 1) // block) for c in contexts)

    def restore_waiting(self, scheduler) -> None:
        """Puts the requests :meth:`before_schedule` held back into ``scheduler.waiting`` again,
        in their former order; requests vLLM put there during the step (preempted ones, at the
        head) stay in front. Safe to call when nothing was held."""
        held = self._held
        if not held:
            return
        t0 = time.perf_counter_ns()
        waiting = scheduler.waiting
        now = list(waiting)
        before = {id(r) for r in self._order}
        staying = {id(r) for r in now} | {id(r) for r in held}
        order = [r for r in now if id(r) not in before] + [r for r in self._order if id(r) in staying]
        if isinstance(waiting, deque):  # FCFS: the order is the queue
            waiting.clear()
            waiting.extend(order)
        else:  # priority: the heap orders them
            for r in held:
                waiting.add_request(r)
        self._order = []
        self._step_ns += time.perf_counter_ns() - t0

    def after_schedule(self, scheduler, output) -> StepRecord:
        """Reads what the engine did in this step (preemptions, admissions, prefill progress),
        puts held requests back in the queue, posts the clock and records the step."""
        t1 = time.perf_counter_ns()
        mirror = self.mirror
        preempted = [r for r in (output.preempted_req_ids or ()) if r in self._running]
        for rid in preempted:
            mirror.preempt(rid)
            del self._running[rid]
            self._prefilling.discard(rid)
            self._queued[rid] = None
        admitted = []
        prefill = False
        done = []
        scheduled = output.num_scheduled_tokens
        for req in scheduler.running:
            rid = req.request_id
            if rid in self._queued:
                admitted.append(rid)
            elif rid not in self._prefilling:
                continue
            if rid in scheduled:
                prefill = True
                if req.num_computed_tokens >= req.num_tokens:  # this step runs its prompt's last chunk
                    done.append(rid)
        if admitted:
            mirror.admit(admitted)
            for rid in admitted:
                del self._queued[rid]
                self._running[rid] = mirror.board_id(rid)
                self._prefilling.add(rid)
        if done:
            mirror.prefill_done(done)
            self._prefilling.difference_update(done)
        plan = self._plan
        clock = self.adapter.apply(plan, prefill=prefill) if self.actuator is not None else plan.clock_for(prefill=prefill)
        if self.metrics is not None:
            self.metrics.observe_applied(clock)
        record = StepRecord(
            step=self.steps, t_s=self._clock(), projected_batch=self._projected, batch=len(scheduled), tokens=sum(scheduled.values()),
            admitted_by_governor=len(plan.admit), admitted_by_engine=len(admitted), arrived=self._arrived,
            preempted=len(preempted), finished=self._finished, held=len(self._held), prefill=prefill,
            clock_mhz=clock, reason=str(plan.reason), kv_free_blocks=_free_blocks(scheduler), overhead_ns=0)
        if self.config.verify_kv:
            record.projected_kv_blocks, record.projected_kv_blocks_board = self._projected_kv
            record.kv_blocks = _used_blocks(scheduler)
        record.overhead_ns = overhead = self._step_ns + time.perf_counter_ns() - t1
        self.overhead_ns += overhead
        self.records.append(record)
        self.steps += 1
        self._arrived = 0
        self._held = []
        return record

    # ---- fail-safe ---------------------------------------------------------------------------
    def guarded(self, method: str, *args) -> None:
        """Calls ``method`` (``arrived``, ``before_schedule``, ``after_schedule``) unless the
        governor has failed; a failure is logged once, the GPUs go back to their default clocks
        and vLLM carries on ungoverned: a bug in the governor must not stop serving."""
        if not self.active:
            return
        try:
            getattr(self, method)(*args)
        except Exception:  # noqa: BLE001 - any failure: stop governing, keep serving
            self.active = False
            log.exception("throttllem: the governor failed in %s; vLLM goes on ungoverned at default clocks", method)
            if self.actuator is not None:
                try:
                    self.actuator.restore_defaults()
                except Exception:  # noqa: BLE001
                    log.exception("throttllem: restoring default clocks failed")

    # ---- results ----------------------------------------------------------------------------
    def agreement(self) -> dict[str, int]:
        """Steps where the governor's projected batch equalled the engine's, split by whether
        an arrival or a preemption came in that step; with ``verify_kv``, the same for KV blocks
        (``kv_*``), and ``kv_board_over_no_event``: steps where the board's own convention
        (context + 1) projected more blocks than the engine then held."""
        out = {"agree_no_event": 0, "disagree_no_event": 0, "agree_event": 0, "disagree_event": 0}
        if self.config.verify_kv:
            out.update({"kv_agree_no_event": 0, "kv_disagree_no_event": 0, "kv_agree_event": 0,
                        "kv_disagree_event": 0, "kv_board_over_no_event": 0})
        for r in self.records:
            kind = "event" if (r.arrived or r.preempted) else "no_event"
            out[("agree_" if r.projected_batch == r.batch else "disagree_") + kind] += 1
            if r.projected_kv_blocks >= 0 and r.kv_blocks >= 0:
                out[("kv_agree_" if r.projected_kv_blocks == r.kv_blocks else "kv_disagree_") + kind] += 1
                if kind == "no_event" and r.projected_kv_blocks_board > r.kv_blocks:
                    out["kv_board_over_no_event"] += 1
        return out

    def summary(self) -> dict:
        """Counts and the mean overhead per step (µs)."""
        n = max(self.steps, 1)
        return {"mode": self.config.mode, "steps": self.steps, "decisions": self.adapter.decisions,
                "overhead_us_per_step": self.overhead_ns / n / 1e3, **self.agreement(),
                "held_steps": sum(1 for r in self.records if r.held),
                "preemptions": sum(r.preempted for r in self.records)}

    def write_records(self, path: str | os.PathLike) -> None:
        """Writes the step records as JSON lines, atomically (temp file + rename)."""
        with atomic_open(path) as f:
            f.write(json.dumps({"summary": self.summary()}) + "\n")
            for r in self.records:
                f.write(json.dumps(asdict(r)) + "\n")


_METRICS: list = []  # this process's GovernorMetrics (a registry takes each metric name once)


def process_metrics(board, config: VllmGovernorConfig):
    """The process's :class:`throttllem.metrics.GovernorMetrics` in prometheus_client's default
    registry, following ``board`` and the TBT target of the newest scheduler (one engine per
    process is the rule; tests make several). None without prometheus-client."""
    if not _METRICS:
        from throttllem.metrics import GovernorMetrics, MetricsUnavailableError

        try:
            _METRICS.append(GovernorMetrics())
        except MetricsUnavailableError:
            log.info("throttllem: prometheus-client is not installed; no governor metrics")
            _METRICS.append(None)
    metrics = _METRICS[0]
    if metrics is not None:
        metrics.board = board
        metrics.tbt_target_s = config.tbt_ms / 1e3
    return metrics


def _free_blocks(scheduler) -> int:
    try:
        return int(scheduler.kv_cache_manager.block_pool.get_num_free_blocks())
    except AttributeError:
        return -1


def _used_blocks(scheduler) -> int:
    """Blocks vLLM's block pool has handed out: all less its null block less the free ones
    (freed blocks kept for prefix caching are in the free queue, so they count as free)."""
    try:
        pool = scheduler.kv_cache_manager.block_pool
        return int(pool.num_gpu_blocks - 1 - pool.get_num_free_blocks())
    except AttributeError:
        return -1

