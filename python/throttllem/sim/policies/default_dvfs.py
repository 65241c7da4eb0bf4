"""DefaultDvfs: the driver's own behaviour, approximated as race-to-idle."""

from __future__ import annotations

from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class DefaultDvfs(Policy):
    """Highest clock whenever there is work, the idle clock when the engine is empty.

    An unlocked data-centre GPU boosts to its top clock under any load and drops to its idle
    level when nothing runs; its power cap lowers the clock under heavy load (modelled by the
    GPU predictor for every policy).
    """

    name = "default_dvfs"
    rank = 2

    def decide(self, view: EngineView) -> ClockPlan:
        gpu = view.gpu
        if view.busy:
            return ClockPlan(gpu.max_clock_mhz)
        return ClockPlan(view.config.idle_clock_mhz or gpu.min_clock_mhz)
