"""Autoscaler gauges for KEDA / HPA: names, types and values after decisions."""

from __future__ import annotations

import pytest

prometheus_client = pytest.importorskip("prometheus_client", reason="the [metrics] extra")

from prometheus_client.parser import text_string_to_metric_families  # noqa: E402

from throttllem.autoscaler import Autoscaler, InstanceCapacity  # noqa: E402
from throttllem.metrics import AUTOSCALER_METRIC_NAMES, AutoscalerMetrics  # noqa: E402


def scrape(registry) -> dict:
    text = prometheus_client.generate_latest(registry).decode()
    return {s.name: s.value for f in text_string_to_metric_families(text) for s in f.samples
            if not s.labels} | {f"{s.name}{{{s.labels['reason']}}}": s.value
                                for f in text_string_to_metric_families(text) for s in f.samples if "reason" in s.labels}


def test_desired_configuration_gauges():
    registry = prometheus_client.CollectorRegistry()
    metrics = AutoscalerMetrics(registry)
    cap = InstanceCapacity(tp_degree=1, decode_tokens_per_s=4000.0, prefill_tokens_per_s=40000.0,
                           busy_power_w=600.0, idle_power_w=72.0)
    scaler = Autoscaler([cap], initial=(1, 1), startup_s=30.0)
    rate = 2.0 * scaler.instance_capacity_rps(1, 1000.0, 250.0)
    metrics(scaler.decide(0.0, rate, 1000.0, 250.0))
    values = scrape(registry)
    assert values["throttllem_desired_replicas"] == 3
    assert values["throttllem_desired_tensor_parallel_size"] == 1
    assert values["throttllem_active_replicas"] == 1  # the new ones are still starting
    assert values["throttllem_planned_requests_per_second"] == pytest.approx(rate)
    assert values["throttllem_scale_decisions_total{scale_up}"] == 1
    types = {f.name: f.type for f in text_string_to_metric_families(prometheus_client.generate_latest(registry).decode())}
    for name, kind in AUTOSCALER_METRIC_NAMES.items():
        assert types[name.removesuffix("_total")] == kind
