"""GovernorAdapter, WakeRules and PrefillClock: the governor's side of an engine loop."""

from __future__ import annotations

import math

import pytest

import throttllem
from throttllem.engine import ClockPlan, GovernorAdapter, PrefillClock, RequestMirror, WakeRules
from throttllem.errors import InvalidArgumentError

CLOCKS = list(range(345, 1981, 15))


class RecordingSink:
    """Stands in for throttllem.actuator.Actuator (which needs a GPU): records posted clocks."""

    def __init__(self) -> None:
        self.posted: list[int] = []

    def post(self, clock_mhz: int) -> None:
        self.posted.append(clock_mhz)


def _adapter(prefill_clock="max", wake=None, actuator=None, tbt_target_ms=200.0):
    board = throttllem.Scoreboard(kv_capacity_blocks=25_000, max_batch_size=256)
    gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=CLOCKS, tbt_target_ms=tbt_target_ms,
                              max_batch_size=256)
    return GovernorAdapter(gov, RequestMirror(board), clocks_mhz=CLOCKS, prefill_clock=prefill_clock,
                           wake=wake, actuator=actuator)


def test_decide_maps_admitted_board_ids_to_engine_ids():
    a = _adapter()
    for i in range(3):
        a.mirror.arrive(f"req-{i}", arrival_s=0.0, prompt_tokens=500, max_tokens=512,
                        predicted_output_tokens=100, deadline_s=60.0)
    plan = a.decide(0.0)
    direct = a.governor.decide(a.mirror.board, now_s=0.0)
    assert plan.clock_mhz == direct.clock_mhz and plan.reason == direct.reason
    assert plan.admit == [f"req-{i}" for i in direct.admitted] == ["req-0", "req-1", "req-2"]
    assert plan.prefill_clock_mhz == max(CLOCKS)
    assert a.decisions == 1 and a.last_decision is not None
    a.mirror.admit(plan.admit)  # the engine admits what the governor allowed
    assert a.mirror.board.running_count == 3


def test_apply_posts_only_changes():
    sink = RecordingSink()
    a = _adapter(prefill_clock="decode", actuator=sink)
    plan = ClockPlan(900, prefill_clock_mhz=1500)
    assert a.apply(plan, prefill=False) == 900
    assert a.apply(plan, prefill=False) == 900
    assert a.apply(plan, prefill=True) == 1500
    assert a.apply(ClockPlan(900), prefill=True) == 900
    assert sink.posted == [900, 1500, 900]


@pytest.mark.parametrize("mode, decode, want", [
    ("max", 345, 1980),
    ("decode", 700, None),
    (1000, 345, 1005),    # the lowest supported level at or above 1000 MHz
    (1000, 1500, 1500),   # never below the decode clock
    (5000, 345, 1980),    # above the top: the top
])
def test_prefill_clock(mode, decode, want):
    assert PrefillClock(mode, CLOCKS).choose(decode) == want


@pytest.mark.parametrize("mode", ["min", 0, -5, True, 1.5, None])
def test_prefill_clock_rejects(mode):
    with pytest.raises(InvalidArgumentError, match="prefill_clock"):
        PrefillClock(mode, CLOCKS)


def test_wake_rules():
    board = throttllem.Scoreboard(kv_capacity_blocks=1000, output_inflation=1.5)
    mirror = RequestMirror(board)
    assert WakeRules(0.5).next_wake(board, 1.0) == (None, 1.5)
    assert WakeRules(0.0).next_wake(board, 1.0) == (1, math.inf)
    mirror.arrive("a", arrival_s=0.0, prompt_tokens=10, max_tokens=100, predicted_output_tokens=10, deadline_s=1.2)
    mirror.arrive("b", arrival_s=0.0, prompt_tokens=10, max_tokens=100, predicted_output_tokens=4, deadline_s=9.0)
    mirror.admit(["a", "b"])
    mirror.prefill_done(["a", "b"])
    mirror.step(2)
    # "b" is projected to ceil(4 * 1.5) = 6 tokens and has 2: it overruns after 4 more iterations,
    # so decide again after the 5th; "a"'s deadline comes before the hold expires.
    assert WakeRules(0.5).next_wake(board, 1.0) == (5, 1.2)
    assert WakeRules(0.5).next_wake(board, 1.3) == (5, 1.8)   # "a" is late already, "b"'s is far
    mirror.step(20)  # both overran (a at 15 tokens, b at 6): nothing left to overrun
    assert WakeRules(10.0).next_wake(board, 1.3) == (None, 9.0)


@pytest.mark.parametrize("hold", [-1.0, math.nan])
def test_wake_rules_reject(hold):
    with pytest.raises(InvalidArgumentError, match="max_hold_s"):
        WakeRules(hold)
