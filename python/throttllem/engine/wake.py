"""WakeRules: when an event-driven engine must ask the governor again."""

from __future__ import annotations

import math
from dataclasses import dataclass

from throttllem._core import Scoreboard
from throttllem.errors import InvalidArgumentError


@dataclass(frozen=True)
class WakeRules:
    """An engine may skip the governor between events (arrival, admission, prefill, completion):
    with exact length predictions nothing the governor projects changes in between. Two things
    do change it without an event, so the governor is woken for them:

    - a running request reaches its inflated predicted length (the board then plans for its
      ``max_tokens``): wake after that iteration;
    - a running request's deadline passes (it turns late and forces max clock).

    ``max_hold_s`` bounds the time between decisions anyway; 0 means decide before every
    iteration (what a per-step engine hook does).
    """

    max_hold_s: float = 0.5

    def __post_init__(self) -> None:
        if not self.max_hold_s >= 0:
            raise InvalidArgumentError(f"max_hold_s must be >= 0, got {self.max_hold_s!r}")

    def next_wake(self, board: Scoreboard, now_s: float) -> tuple[int | None, float]:
        """(iterations after which to decide again or None, time at which to decide again)."""
        if self.max_hold_s == 0:
            return 1, math.inf
        to_overrun, deadline_s = board.next_changes(now_s)
        return (to_overrun + 1 if to_overrun >= 0 else None), min(now_s + self.max_hold_s, deadline_s)
