"""Clock policies, one module each, in a registry (``make("static:1500")``).

max_clock, static, default_dvfs, reactive (PID on measured TBT), governor (the C++
throttllem.Governor on a synced Scoreboard), oracle (clairvoyant lower bound).
"""

from throttllem.sim.policies import (  # noqa: F401 (registration)
    default_dvfs,
    governor,
    max_clock,
    oracle,
    reactive_pid,
    static_clock,
)
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.sim.policies.registry import get, make, names, register

__all__ = ["ClockPlan", "Policy", "get", "make", "names", "register"]
