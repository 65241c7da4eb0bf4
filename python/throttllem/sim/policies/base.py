"""Policy: the interface every clock policy implements (it returns a throttllem.engine.ClockPlan)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

import numpy as np

from throttllem.engine import ClockPlan
from throttllem.sim.view import EngineView


class Policy(ABC):
    """Chooses the SM clock (and optionally admission) at every engine boundary.

    The engine calls :meth:`decide` whenever its state changes (an arrival, an admission, a
    prefill, a completion) and when the previous plan asked to be woken; between calls
    it runs decode iterations at the plan's clock without consulting the policy.
    """

    name: ClassVar[str] = ""
    #: Position in reports and in ``names()`` (baselines first, references last).
    rank: ClassVar[int] = 100
    #: The engine mirrors its requests onto a throttllem.Scoreboard for this policy (view.mirror).
    needs_board: ClassVar[bool] = False
    #: Output-length predictor for the board: (registry name, kwargs).
    length_predictor: tuple[str, dict] = ("oracle", {})
    output_inflation: float = 1.0

    def check(self, gpu) -> None:  # noqa: B027 (optional hook)
        """Refuses parameters that ``gpu`` (a GpuPredictor) cannot run, before any simulation."""

    def start(self, view: EngineView) -> None:  # noqa: B027 (optional hook)
        """Called once before the first iteration."""

    @abstractmethod
    def decide(self, view: EngineView) -> ClockPlan:
        """The clock (and admission) for the iterations from ``view.now_s`` on."""

    def observe(self, durations_s: np.ndarray, batch_size: int) -> None:  # noqa: B027
        """Measured iteration times just run (for feedback policies)."""

    def label(self) -> str:
        """Name with parameters, for reports."""
        return self.name
