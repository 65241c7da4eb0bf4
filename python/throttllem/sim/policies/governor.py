"""PredictiveGovernor: the C++ throttllem.Governor, driven through the engine's Scoreboard."""

from __future__ import annotations

import math

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import Directive, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class PredictiveGovernor(Policy):
    """throttLL'eM's governor (DESIGN.md §4): admission control and the lowest clock meeting
    every SLO, decided by the compiled C++ ``throttllem.Governor`` from the engine's
    ``throttllem.Scoreboard``.

    There is no simulator-only decision path: the engine fills the board as a serving engine
    would (see board_sync.py) and this policy passes ``Governor.decide``'s clock and admitted
    list straight through. Output lengths on the board come from a predictor of known error
    (``length_error``: uniform relative error, 0 = exact); they are inflated by
    ``1 + length_error`` unless ``inflation`` is given, so that a prediction rarely runs short.

    The engine calls ``decide`` at every event (arrival, admission, prefill, completion). With
    exact predictions nothing the governor projects changes between events except through
    model error, so it is also woken when a request overruns its prediction (the board then
    assumes max_tokens), when a running request's deadline passes, and at least every
    ``max_hold_s`` of simulated time; ``max_hold_s=0`` decides before every iteration.

    ``prefill_clock``: the clock of iterations that run a prefill. "max" (default) as throttLL'eM
    (prefill is not throttled there: a switch took ~200 ms, DESIGN.md §4); "decode": the clock the
    governor chose for decode; a number N: max(N, the decode clock). The governor's projection has
    no prefill term, so anything but "max" leaves TTFT unguarded, and the simulator's clock
    switches are free (docs/SIMULATOR.md, "Known limitations"): an experiment, not a guarantee.
    """

    name = "governor"
    rank = 4
    needs_board = True

    def __init__(self, length_error: float = 0.3, inflation: float | None = None, seed: int = 0,
                 min_saving_mhz: int = 0, dwell_s: float = 0.0, max_hold_s: float = 0.5,
                 model: str | None = None, exact: bool = False, prefill_clock: str | int = "max") -> None:
        if not 0 <= length_error < 1:
            raise InvalidArgumentError("length_error must be in [0, 1)")
        if max_hold_s < 0:
            raise InvalidArgumentError("max_hold_s must be >= 0")
        self.length_error = float(length_error)
        self.length_predictor = (("noisy", {"error": self.length_error, "seed": seed})
                                 if length_error > 0 else ("oracle", {}))
        self.output_inflation = float(inflation) if inflation is not None else 1.0 + self.length_error
        self.min_saving_mhz = int(min_saving_mhz)
        self.dwell_s = float(dwell_s)
        self.max_hold_s = float(max_hold_s)
        self.model = model
        self.exact = bool(exact)
        if prefill_clock not in ("max", "decode") and not (isinstance(prefill_clock, int) and prefill_clock > 0):
            raise InvalidArgumentError(f"prefill_clock must be 'max', 'decode' or a clock in MHz, got {prefill_clock!r}")
        self.prefill_clock = prefill_clock
        self.decisions = 0

    def start(self, view: EngineView) -> None:
        from throttllem import Forest, Governor

        forest = Forest(self.model) if self.model else Forest.default()
        config = view.config
        self.governor = Governor(forest, clocks_mhz=list(view.gpu.clocks_mhz),
                                 tbt_target_ms=view.slo.tbt_target_ms, max_batch_size=config.max_batch_size,
                                 tp_degree=config.tp_degree, min_saving_mhz=self.min_saving_mhz,
                                 dwell_s=self.dwell_s, exact=self.exact)
        self._decide = self.governor.decide
        self._max_clock = max(view.gpu.clocks_mhz)
        # A fixed prefill clock becomes the lowest supported level at or above it, once.
        self._prefill_floor = None if isinstance(self.prefill_clock, str) else next(
            (c for c in sorted(view.gpu.clocks_mhz) if c >= self.prefill_clock), self._max_clock)
        self._board = view.board.board
        table = view.table
        # Generated-token count at which each request overruns its inflated prediction.
        self._overrun_at = np.ceil(view.board.predicted * self.output_inflation).astype(np.int64)
        self._prompt = table.prompt_tokens
        self._deadline = table.deadline_s

    def decide(self, view: EngineView) -> Directive:
        decision = self._decide(self._board, view.now_s)
        self.decisions += 1
        running = view.running
        wake_iters = None
        wake_at = view.now_s + self.max_hold_s if self.max_hold_s > 0 else math.inf
        if self.max_hold_s == 0:
            wake_iters = 1
        elif len(running):
            ids = running.ids
            generated = running.context - self._prompt[ids]
            to_overrun = self._overrun_at[ids] - generated
            ahead = to_overrun[to_overrun >= 0]
            if len(ahead):
                wake_iters = int(ahead.min()) + 1
            deadlines = self._deadline[ids]
            future = deadlines[deadlines > view.now_s]
            if len(future):
                wake_at = min(wake_at, float(future.min()))
        return Directive(decision.clock_mhz, prefill_clock_mhz=self._prefill_clock(decision.clock_mhz),
                         admit=decision.admitted,
                         wake_after_iters=wake_iters, wake_at_s=wake_at, reason=decision.reason)

    def _prefill_clock(self, decode_mhz: int) -> int | None:
        if self.prefill_clock == "max":
            return self._max_clock  # not throttled (DESIGN.md §4): the model and SLOs are about decode
        if self.prefill_clock == "decode":
            return None
        return max(self._prefill_floor, decode_mhz)  # never below the decode clock

    def label(self) -> str:
        return "governor" if self.prefill_clock == "max" else f"governor+prefill@{self.prefill_clock}"
