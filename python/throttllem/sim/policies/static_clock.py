"""StaticClock: one fixed clock chosen by the operator."""

from __future__ import annotations

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class StaticClock(Policy):
    """A fixed clock at all times (``static:MHZ``; default 1500 MHz, an arbitrary middle level).

    A clock between two of the GPU's levels is rounded down to the lower one (the label then
    shows both); one outside the GPU's range is refused.
    """

    name = "static"
    rank = 1

    def __init__(self, clock_mhz: int = 1500) -> None:
        self.clock_mhz = int(clock_mhz)
        self._level = 0

    def check(self, gpu) -> None:
        """Refuses a clock outside the GPU's supported range; else sets the level it runs at."""
        low, high = min(gpu.clocks_mhz), max(gpu.clocks_mhz)
        if not low <= self.clock_mhz <= high:
            raise InvalidArgumentError(f"static clock {self.clock_mhz} MHz is outside the GPU's supported range "
                                       f"{low}..{high} MHz")
        self._level = max(c for c in gpu.clocks_mhz if c <= self.clock_mhz)

    def start(self, view: EngineView) -> None:
        self.check(view.gpu)

    def decide(self, view: EngineView) -> ClockPlan:
        return ClockPlan(self._level)

    def label(self) -> str:
        if self._level and self._level != self.clock_mhz:
            return f"static:{self.clock_mhz}->{self._level}"
        return f"static:{self.clock_mhz}"
