"""Policy: the interface every clock policy implements, and the Directive it returns."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from throttllem.sim.view import EngineView


@dataclass
class Directive:
    """A policy's decision at an engine boundary.

    ``admit``: rows of the queue to admit, in FCFS order (the engine admits the prefix that
    fits its KV and batch limits); None leaves admission to the engine's FCFS scheduler.
    ``wake_after_iters`` / ``wake_at_s``: call the policy again after that many decode
    iterations or at that time even if no event (arrival, completion, prefill) happens first.
    ``prefill_clock_mhz``: clock for iterations that run a prefill (None: ``clock_mhz``).
    """

    clock_mhz: int
    prefill_clock_mhz: int | None = None
    admit: Sequence[int] | None = None
    wake_after_iters: int | None = None
    wake_at_s: float = math.inf
    reason: str = ""


class Policy(ABC):
    """Chooses the SM clock (and optionally admission) at every engine boundary.

    The engine calls :meth:`decide` whenever its state changes (an arrival, an admission, a
    prefill, a completion) and when the previous directive asked to be woken; between calls
    it runs decode iterations at the directive's clock without consulting the policy.
    """

    name: ClassVar[str] = ""
    #: Position in reports and in ``names()`` (baselines first, references last).
    rank: ClassVar[int] = 100
    #: The engine keeps a throttllem.Scoreboard in sync for this policy (view.board).
    needs_board: ClassVar[bool] = False
    #: Output-length predictor for the board: (registry name, kwargs).
    length_predictor: tuple[str, dict] = ("oracle", {})
    output_inflation: float = 1.0

    def start(self, view: EngineView) -> None:  # noqa: B027 (optional hook)
        """Called once before the first iteration."""

    @abstractmethod
    def decide(self, view: EngineView) -> Directive:
        """The clock (and admission) for the iterations from ``view.now_s`` on."""

    def observe(self, durations_s: np.ndarray, batch_size: int) -> None:  # noqa: B027
        """Measured iteration times just run (for feedback policies)."""

    def label(self) -> str:
        """Name with parameters, for reports."""
        return self.name
