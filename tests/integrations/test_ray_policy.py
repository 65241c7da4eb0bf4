"""The Ray Serve custom autoscaling policy, against Ray Serve's documented interface: a policy
function takes an ``AutoscalingContext`` and returns ``(replicas, policy_state)``. Ray itself is
not installed in the test environment (see docs/AUTOSCALER.md, "Ray Serve"): the context here is
a stand-in with the documented fields the policy reads."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from throttllem.autoscaler import Autoscaler, InstanceCapacity
from throttllem.errors import InvalidArgumentError
from throttllem.integrations.ray import LOAD_METRICS, ServePolicy, load_from_context


def context(now, rps, replicas=1, state=None):
    """An AutoscalingContext stand-in: two replicas reporting half the load each."""
    metrics = {LOAD_METRICS[0]: {"r1": rps / 2, "r2": rps / 2}, LOAD_METRICS[1]: {"r1": 1000.0, "r2": 1000.0},
               LOAD_METRICS[2]: {"r1": 200.0, "r2": 300.0}}
    return SimpleNamespace(current_time=now, aggregated_metrics=lambda: metrics, policy_state=state or {},
                           target_num_replicas=replicas, current_num_replicas=replicas,
                           capacity_adjusted_min_replicas=0, capacity_adjusted_max_replicas=8)


def scaler():
    caps = [InstanceCapacity(tp_degree=t, decode_tokens_per_s=4000.0 * t * 0.9, prefill_tokens_per_s=40000.0 * t,
                             busy_power_w=600.0 * t, idle_power_w=72.0 * t) for t in (1, 2)]
    return Autoscaler(caps, initial=(1, 1), startup_s=30.0, grace_s=60.0)


def test_load_from_context_weights_means_by_rate():
    assert load_from_context(context(0.0, 10.0)) == (10.0, 1000.0, 250.0)
    assert load_from_context(SimpleNamespace(aggregated_metrics={})) is None


def test_deployments_of_each_tp_follow_one_decision():
    a = scaler()
    tp1, tp2 = ServePolicy(1, autoscaler=a), ServePolicy(2, autoscaler=a)
    rate = 2.0 * a.instance_capacity_rps(1, 1000.0, 250.0)
    replicas, state = tp1(context(0.0, rate))
    assert replicas == 3 and state["throttllem_reason"] == "scale_up"
    assert tp2(context(1.0, rate))[0] == 0  # not wanted: Serve drains it
    # Decided once per interval: a call 5 s later reads the same decision.
    assert tp1(context(5.0, 0.0))[1]["throttllem_reason"] == "scale_up"
    assert tp1(context(30.0, rate))[1]["throttllem_active"] == [1, 3]


def test_bounds_and_bad_tp():
    a = scaler()
    policy = ServePolicy(1, autoscaler=a)
    ctx = context(0.0, 100.0 * a.instance_capacity_rps(1, 1000.0, 250.0))
    ctx.capacity_adjusted_max_replicas = 4
    assert policy(ctx)[0] == 4
    with pytest.raises(InvalidArgumentError):
        ServePolicy(4, autoscaler=a)
    # No load reported yet: keep Serve's own target.
    fresh = ServePolicy(1, autoscaler=scaler())
    assert fresh(SimpleNamespace(current_time=0.0, aggregated_metrics=None, policy_state={}, target_num_replicas=2,
                                 capacity_adjusted_min_replicas=0, capacity_adjusted_max_replicas=8))[0] == 2


def test_json_kwargs_build_one_autoscaler_per_group():
    """Serve's class form: policy_kwargs are JSON; deployments of one group share the autoscaler."""
    caps = [{"tp_degree": t, "decode_tokens_per_s": 4000.0 * t, "prefill_tokens_per_s": 40000.0 * t,
             "busy_power_w": 600.0 * t, "idle_power_w": 72.0 * t} for t in (1, 2)]
    kwargs = {"group": "test-json-pool", "capacities": caps, "config": {"pool_gpus": 4, "initial": [1, 1]},
              "load": "throttllem.integrations.ray:load_from_context"}
    tp1, tp2 = ServePolicy(1, **kwargs), ServePolicy(2, **kwargs)
    assert tp1.autoscaler is tp2.autoscaler
    assert tp1.autoscaler.pool_gpus == 4
    with pytest.raises(InvalidArgumentError):
        ServePolicy(1, group="test-json-empty")
    with pytest.raises(InvalidArgumentError):
        ServePolicy(1, autoscaler=tp1.autoscaler, load="no-colon")
