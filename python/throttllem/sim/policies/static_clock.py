"""StaticClock: one fixed clock chosen by the operator."""

from __future__ import annotations

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class StaticClock(Policy):
    """A fixed clock at all times (``static:MHZ``; default 1500 MHz, an arbitrary middle level).

    A requested clock that the GPU does not support is rounded down to the nearest level.
    """

    name = "static"
    rank = 1

    def __init__(self, clock_mhz: int = 1500) -> None:
        self.clock_mhz = int(clock_mhz)
        self._level = 0

    def start(self, view: EngineView) -> None:
        levels = [c for c in view.gpu.clocks_mhz if c <= self.clock_mhz]
        if not levels:
            raise InvalidArgumentError(f"static clock {self.clock_mhz} MHz is below the lowest level "
                                       f"{view.gpu.min_clock_mhz} MHz")
        self._level = levels[-1]

    def decide(self, view: EngineView) -> ClockPlan:
        return ClockPlan(self._level)

    def label(self) -> str:
        return f"static:{self.clock_mhz}"
