"""What a serving engine needs to run the governor, for the simulator and real engines alike.

- :class:`RequestMirror` keeps the engine's requests on a :class:`throttllem.Scoreboard`
  (arrival, admission, chunked prefill, one token per iteration, preemption, completion), with
  engine ids of any hashable type;
- :class:`GovernorAdapter` asks the :class:`throttllem.Governor` at an iteration boundary and
  returns a :class:`ClockPlan`: the decode clock, the prefill clock (:class:`PrefillClock`),
  the requests the engine may admit, and when to ask again (:class:`WakeRules`); it posts
  clocks to an actuator.

The engine owns its loop; this package holds no engine-specific code.
"""

from throttllem.engine.adapter import ClockSink, GovernorAdapter
from throttllem.engine.mirror import RequestMirror
from throttllem.engine.plan import ClockPlan
from throttllem.engine.prefill import PrefillClock
from throttllem.engine.wake import WakeRules

__all__ = ["ClockPlan", "ClockSink", "GovernorAdapter", "PrefillClock", "RequestMirror", "WakeRules"]
