"""The C++ autoscaler through its bindings: decisions, the load meter, typed bad input."""

from __future__ import annotations

import math

import pytest

from throttllem.autoscaler import Autoscaler, InstanceCapacity, LoadMeter
from throttllem.errors import InvalidArgumentError


def table():
    return [InstanceCapacity(tp_degree=1, decode_tokens_per_s=4000.0, prefill_tokens_per_s=40000.0,
                             busy_power_w=600.0, idle_power_w=72.0),
            InstanceCapacity(tp_degree=2, decode_tokens_per_s=7000.0, prefill_tokens_per_s=75000.0,
                             busy_power_w=1150.0, idle_power_w=144.0)]


def test_scale_up_shadow_start_and_grace():
    a = Autoscaler(table(), initial=(1, 1), grace_s=60.0, startup_s=30.0)
    cap = a.instance_capacity_rps(1, 1000.0, 250.0)
    assert cap == pytest.approx(1 / (250 / 4000 + 1000 / 40000))
    assert a.decide(0.0, 0.5 * cap, 1000.0, 250.0).reason == "hold"
    d = a.decide(10.0, 2.0 * cap, 1000.0, 250.0)
    assert (d.reason, d.active, d.target, d.starting_instances, d.ready_at_s) == ("scale_up", (1, 1), (1, 3), 2, 40.0)
    assert a.decide(20.0, 2.0 * cap, 1000.0, 250.0).active == (1, 1)  # still booting: the old one serves
    d = a.decide(40.0, 2.0 * cap, 1000.0, 250.0)
    assert d.switched and d.active == (1, 3)
    reasons = [a.decide(t, 0.1 * cap, 1000.0, 250.0).reason for t in range(50, 100, 10)]
    assert "scale_down" not in reasons  # within 60 s of the switch and of the high samples
    d = a.decide(100.0, 0.1 * cap, 1000.0, 250.0)
    assert d.reason == "scale_down" and d.active == (1, 1)
    assert len(a.configurations) == 8 + 4


def test_bad_input_is_typed():
    with pytest.raises(InvalidArgumentError):
        Autoscaler(table(), initial=(1, 9))
    with pytest.raises(InvalidArgumentError):
        Autoscaler(table(), initial=(1, 1), target_utilization=0.0)
    with pytest.raises(InvalidArgumentError):
        Autoscaler(table(), initial=(1.5, 1))
    with pytest.raises(InvalidArgumentError):
        Autoscaler(table(), initial="ab")
    a = Autoscaler(table(), initial=(1, 1))
    a.decide(5.0, 1.0, 10.0, 10.0)
    with pytest.raises(InvalidArgumentError):
        a.decide(4.0, 1.0, 10.0, 10.0)
    with pytest.raises(InvalidArgumentError):
        a.decide(6.0, -1.0, 10.0, 10.0)
    with pytest.raises(InvalidArgumentError):
        InstanceCapacity(tp_degree=2.0, decode_tokens_per_s=1.0, prefill_tokens_per_s=1.0, busy_power_w=1.0,
                         idle_power_w=0.0)


def test_load_meter():
    meter = LoadMeter(default_output_tokens=100.0)
    for prompt in (100, 300):
        meter.arrive(prompt)
    assert meter.sample(10.0) == (0.2, 200.0, 100.0)
    meter.finish(50)
    meter.finish(150)
    assert meter.sample(20.0) == (0.0, 0.0, 100.0)
    with pytest.raises(InvalidArgumentError):
        meter.sample(20.0)
    assert math.isfinite(meter.sample(30.0)[0])
