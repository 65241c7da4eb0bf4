"""GovernorAdapter: the governor's side of an engine loop, shared by the simulator and real engines."""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter
from typing import Protocol

from throttllem._core import Decision, Governor
from throttllem.engine.mirror import RequestMirror
from throttllem.engine.plan import ClockPlan
from throttllem.engine.prefill import PrefillClock
from throttllem.engine.wake import WakeRules
from throttllem.errors import InvalidArgumentError


class ClockSink(Protocol):
    """Where clock targets go: :class:`throttllem.actuator.Actuator` or anything with ``post``."""

    def post(self, clock_mhz: int) -> None: ...


class GovernorAdapter:
    """Asks the governor at an engine boundary and turns its decision into a :class:`ClockPlan`.

    The engine keeps ``mirror`` in sync with its requests; :meth:`decide` then projects from
    the board, maps the admitted board ids back to engine ids (the admission gate), picks the
    prefill clock and says when to ask again. :meth:`apply` posts the clock of the coming
    iteration to an actuator (asynchronous: the engine never waits on NVML).

    >>> board = Scoreboard(kv_capacity_blocks=4096)                 # doctest: +SKIP
    >>> adapter = GovernorAdapter(governor, RequestMirror(board), clocks_mhz=range(345, 1981, 15))
    >>> plan = adapter.decide(now_s)           # every step (or at events, see WakeRules)
    >>> adapter.apply(plan, prefill=batch_has_prompt_tokens)

    ``observer``: called as ``observer(decision, duration_s)`` after each decision (e.g. a
    :class:`throttllem.metrics.GovernorMetrics`); without one, decisions are not timed.

    ``prefill_clock="governor"`` runs every iteration, prefill or not, at the governor's one
    clock: it needs a governor with a prefill cost table (``models_prefill``) and a board that
    projects chunked prefill (``prefill_chunk_tokens > 0``), so TTFT is part of the decision.
    """

    __slots__ = ("governor", "mirror", "prefill", "wake", "actuator", "decisions", "last_decision",
                 "observer", "_decide", "_board", "_posted")

    def __init__(self, governor: Governor, mirror: RequestMirror, *, clocks_mhz, prefill_clock: str | int = "max",
                 wake: WakeRules | None = None, actuator: ClockSink | None = None,
                 observer: Callable[[Decision, float], None] | None = None) -> None:
        if prefill_clock == "governor" and not (governor.models_prefill and mirror.board.prefill_chunk_tokens > 0):
            raise InvalidArgumentError("prefill_clock='governor' needs a governor with a prefill cost table and a "
                                       "board with prefill_chunk_tokens > 0")
        self.governor = governor
        self.mirror = mirror
        self.prefill = PrefillClock(prefill_clock, clocks_mhz)
        self.wake = wake if wake is not None else WakeRules()
        self.actuator = actuator
        self.observer = observer
        self.decisions = 0
        self.last_decision: Decision | None = None
        self._decide = governor.decide
        self._board = mirror.board
        self._posted: int | None = None

    def decide(self, now_s: float) -> ClockPlan:
        """The governor's decision at ``now_s`` as a plan for the engine (the board only learns
        the first-token time of prompts completed since the last decision)."""
        self.mirror.first_tokens_at(now_s)
        if self.observer is None:
            decision = self._decide(self._board, now_s)
        else:
            started = perf_counter()
            decision = self._decide(self._board, now_s)
            self.observer(decision, perf_counter() - started)
        self.decisions += 1
        self.last_decision = decision
        wake_iters, wake_at = self.wake.next_wake(self._board, now_s)
        admitted = decision.admitted
        return ClockPlan(decision.clock_mhz, prefill_clock_mhz=self.prefill.choose(decision.clock_mhz),
                         admit=self.mirror.request_ids(admitted) if admitted else admitted,
                         wake_after_iters=wake_iters, wake_at_s=wake_at, reason=decision.reason)

    @property
    def switches(self) -> int:
        """Clock changes the governor decided so far."""
        return self.governor.switches

    def apply(self, plan: ClockPlan, *, prefill: bool) -> int:
        """Posts the clock of the next iteration to the actuator (only when it changes) and returns it."""
        clock = plan.clock_for(prefill=prefill)
        if self.actuator is not None and clock != self._posted:
            self.actuator.post(clock)
            self._posted = clock
        return clock
