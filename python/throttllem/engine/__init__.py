"""What a serving engine needs to run the governor, for the simulator and real engines alike.

- :class:`RequestMirror` keeps the engine's requests on a :class:`throttllem.Scoreboard`
  (arrival, admission, chunked prefill, one token per iteration, preemption, completion), with
  engine ids of any hashable type;
- :class:`GovernorAdapter` asks the :class:`throttllem.Governor` at an iteration boundary and
  returns a :class:`ClockPlan`: the decode clock, the prefill clock (:class:`PrefillClock`;
  ``"governor"``: one clock for mixed iterations, from a prefill-aware projection whose cost
  table :func:`prefill_cost_table` builds),
  the requests the engine may admit, and when to ask again (:class:`WakeRules`); it posts
  clocks to an actuator.

The engine owns its loop; this package holds no engine-specific code.
"""

from throttllem.engine.adapter import ClockSink, GovernorAdapter
from throttllem.engine.mirror import RequestMirror
from throttllem.engine.plan import ClockPlan
from throttllem.engine.prefill import DEFAULT_PREFILL_GRID, PrefillClock, prefill_cost_table
from throttllem.engine.wake import WakeRules

__all__ = ["DEFAULT_PREFILL_GRID", "ClockPlan", "ClockSink", "GovernorAdapter", "PrefillClock", "RequestMirror",
           "WakeRules", "prefill_cost_table"]
