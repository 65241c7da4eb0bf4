"""Clock switches cost time: the old clock (and its power) holds for the switch latency after a
request, a flapping policy's clock lags its requests, and zero latency means instant switches."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.sim import EngineConfig, SloConfig, run
from throttllem.sim.config import DEFAULT_SWITCH_LATENCY_S
from throttllem.sim.policies.base import ClockPlan, Policy
from throttllem.traces import CONV_2023, generate

SLO = SloConfig(e2e_deadline_s=30.0)


class Flapping(Policy):
    """Alternates between the highest and the lowest clock at every iteration."""

    name = "flapping"

    def start(self, view):
        self.flip = False

    def decide(self, view):
        self.flip = not self.flip
        gpu = view.gpu
        return ClockPlan(gpu.max_clock_mhz if self.flip else gpu.min_clock_mhz, wake_after_iters=1)


class StepDown(Policy):
    """Max clock until ``at_s``, then the lowest clock."""

    name = "step_down"

    def __init__(self, at_s: float) -> None:
        self.at_s = at_s

    def decide(self, view):
        if view.now_s < self.at_s:
            return ClockPlan(view.gpu.max_clock_mhz, wake_at_s=self.at_s)
        return ClockPlan(view.gpu.min_clock_mhz)


@pytest.fixture(scope="module")
def trace():
    return generate(CONV_2023, 20.0, seed=2, rps=8.0)


def _config(latency_s: float) -> EngineConfig:
    return EngineConfig(clock_switch_latency_s=latency_s)


def test_default_latency_is_the_documented_value():
    assert EngineConfig().clock_switch_latency_s == DEFAULT_SWITCH_LATENCY_S == 0.020


def test_flapping_policy_pays_the_latency(trace):
    instant = run(trace, Flapping(), _config(0.0), SLO)
    slow = run(trace, Flapping(), _config(0.05), SLO)
    tl0, tl1 = instant.timeline, slow.timeline
    # Without latency every iteration runs at the clock it asked for.
    assert np.array_equal(tl0.iter_clock_mhz, tl0.iter_requested_mhz)
    assert np.array_equal(tl0.seg_clock_mhz, tl0.seg_requested_mhz)
    # With a latency longer than an iteration, each request restarts the wait: the clock in effect
    # lags the requests (it never catches up while they flap).
    busy_iters = tl1.iter_clock_mhz != tl1.iter_requested_mhz
    assert busy_iters.mean() > 0.45
    assert slow.metrics.clock_switches > 100
    assert slow.metrics.switches_per_s == pytest.approx(slow.metrics.clock_switches / slow.metrics.makespan_s)
    # The switches requested are the same kind of alternation; what ran differs.
    assert instant.metrics.clock_switches > 100
    assert slow.metrics.mean_busy_clock_mhz != pytest.approx(instant.metrics.mean_busy_clock_mhz, rel=0.05)


@pytest.mark.parametrize("latency_s", [0.0, 0.02, 0.3])
def test_a_switch_takes_effect_after_the_latency(trace, latency_s):
    at_s = 5.0
    result = run(trace, StepDown(at_s), _config(latency_s), SLO)
    tl = result.timeline
    top, low = 1980, 345
    new = tl.iter_clock_mhz == low
    assert set(np.unique(tl.iter_clock_mhz)) == {top, low}
    # The request: at the first decision at or after at_s (an iteration boundary).
    asked_s = tl.iter_start_s[tl.iter_requested_mhz == low].min()
    assert at_s <= asked_s < at_s + 0.1
    assert np.all(tl.iter_requested_mhz[tl.iter_start_s >= asked_s] == low)
    # Iterations start at the new clock only once the switch has completed, and from the first
    # one that starts after it on.
    first_new = tl.iter_start_s[new].min()
    assert first_new >= asked_s + latency_s - 1e-9
    assert np.all(tl.iter_clock_mhz[tl.iter_start_s >= first_new] == low)
    assert tl.iter_start_s[~new].max() < asked_s + latency_s
    assert result.metrics.clock_switches == 1


def test_idle_after_a_switch_request_holds_the_old_clock_then_the_new(trace):
    # default_dvfs: max clock while busy, the lowest clock idle; the idle drop takes the latency.
    result = run(generate(CONV_2023, 20.0, seed=2, rps=0.5), "default_dvfs", _config(0.1), SLO)
    tl = result.timeline
    idle = np.flatnonzero(tl.seg_iterations == 0)
    held = [i for i in idle if tl.seg_clock_mhz[i] == 1980 and tl.seg_requested_mhz[i] == 345]
    assert held, "an idle period should start at the old (max) clock"
    for i in held:
        assert tl.seg_duration_s[i] <= 0.1 + 1e-9
        if tl.seg_duration_s[i] == pytest.approx(0.1) and i + 1 < len(tl.seg_clock_mhz):
            assert tl.seg_clock_mhz[i + 1] == 345 and tl.seg_iterations[i + 1] == 0
    # Energy is still the integral of power over segments.
    assert tl.seg_energy_j.sum() == pytest.approx(result.energy_j, rel=1e-9)


def test_policies_that_never_switch_are_unaffected(trace):
    for policy in ("max_clock", "static:1200"):
        a = run(trace, policy, _config(0.0), SLO).metrics
        b = run(trace, policy, _config(0.5), SLO).metrics
        assert a == b


@pytest.mark.parametrize("bad", [-0.001, float("nan"), float("inf"), 11.0])
def test_bad_latency_is_refused(bad):
    with pytest.raises(InvalidArgumentError, match="clock_switch_latency_s"):
        EngineConfig(clock_switch_latency_s=bad)
