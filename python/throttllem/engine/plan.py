"""ClockPlan: what a clock policy tells the engine at an iteration boundary."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class ClockPlan:
    """A decision for the iterations from now until the policy is asked again.

    ``clock_mhz``: SM clock of decode iterations. ``prefill_clock_mhz``: clock of iterations that
    run a prefill (None: ``clock_mhz``). ``admit``: queued requests (engine ids) the engine may
    admit, in FCFS order (it admits the prefix that fits its KV and batch limits); None leaves
    admission to the engine. ``wake_after_iters`` / ``wake_at_s``: ask again after that many
    iterations or at that time even if no event (arrival, admission, prefill, completion)
    happens first.
    """

    clock_mhz: int
    prefill_clock_mhz: int | None = None
    admit: Sequence | None = None
    wake_after_iters: int | None = None
    wake_at_s: float = math.inf
    reason: str = ""

    def clock_for(self, *, prefill: bool) -> int:
        """The clock of the next iteration, given whether it runs prompt tokens."""
        if prefill and self.prefill_clock_mhz is not None:
            return self.prefill_clock_mhz
        return self.clock_mhz
