"""ReactivePid: a feedback controller that steers the clock from the measured TBT."""

from __future__ import annotations

import math

from throttllem.errors import InvalidArgumentError
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import register
from throttllem.sim.view import EngineView


@register
class ReactivePid(Policy):
    """PID on the measured time between tokens, as feedback DVFS controllers do (GreenLLM's
    decode controller).

    Every ``period_s`` it measures the mean gap between tokens over the iterations just run
    (iteration times weighted by the tokens they produced) and moves the clock by a velocity
    PID on the relative error ``e = (setpoint - measured) / setpoint`` with
    ``setpoint = setpoint_fraction * TBT target``: positive error (faster than needed) lowers
    the clock. It sees only measurements, no projection: it knows nothing of E2E deadlines,
    queued work or output lengths, so it can only react after latency has moved.
    """

    name = "reactive"
    rank = 3

    def __init__(self, setpoint_fraction: float = 0.8, period_s: float = 0.25, kp: float = 0.3,
                 ki: float = 0.15, kd: float = 0.0) -> None:
        if not 0 < setpoint_fraction <= 1 or not period_s > 0:
            raise InvalidArgumentError("setpoint_fraction must be in (0, 1] and period_s positive")
        self.setpoint_fraction = float(setpoint_fraction)
        self.period_s = float(period_s)
        self.kp, self.ki, self.kd = float(kp), float(ki), float(kd)

    def start(self, view: EngineView) -> None:
        self.clocks = view.gpu.clocks_mhz
        self.span = self.clocks[-1] - self.clocks[0]
        self.target = float(self.clocks[-1])
        self.setpoint_s = self.setpoint_fraction * view.slo.tbt_target_ms / 1e3
        self.next_update = self.period_s
        self.err = [0.0, 0.0]  # e[k-1], e[k-2]
        self._time_tokens = 0.0
        self._tokens = 0

    def observe(self, durations_s, batch_size: int) -> None:
        if batch_size:
            self._time_tokens += float(durations_s.sum()) * batch_size
            self._tokens += len(durations_s) * batch_size

    def _level(self) -> int:
        # Nearest supported level to the continuous target.
        best = min(self.clocks, key=lambda c: abs(c - self.target))
        return int(best)

    def decide(self, view: EngineView) -> ClockPlan:
        if view.now_s >= self.next_update:
            if self._tokens:
                measured = self._time_tokens / self._tokens
                e = (self.setpoint_s - measured) / self.setpoint_s
                e1, e2 = self.err
                step = self.kp * (e - e1) + self.ki * e + self.kd * (e - 2 * e1 + e2)
                self.target = min(max(self.target - step * self.span, self.clocks[0]), self.clocks[-1])
                self.err = [e, e1]
            self._time_tokens, self._tokens = 0.0, 0
            periods = math.floor((view.now_s - self.next_update) / self.period_s) + 1
            self.next_update += periods * self.period_s
        return ClockPlan(self._level(), wake_at_s=self.next_update)

    def label(self) -> str:
        return "reactive"
