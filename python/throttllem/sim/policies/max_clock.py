"""MaxClock: the GPU locked at its highest clock (the Triton / TensorRT-LLM baseline)."""

from __future__ import annotations

from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class MaxClock(Policy):
    """Highest supported clock at all times, idle included (clocks locked with nvidia-smi -lgc).

    The power cap still applies: under compute-bound load the card runs below the request.
    """

    name = "max_clock"
    rank = 0

    def decide(self, view: EngineView) -> ClockPlan:
        return ClockPlan(view.gpu.max_clock_mhz)
