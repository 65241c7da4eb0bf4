"""AutoscalerMetrics: the autoscaler's decision as Prometheus gauges, for KEDA / a Kubernetes HPA."""

from __future__ import annotations

from typing import Any

from throttllem.metrics.governor import _prometheus

#: Every metric family of AutoscalerMetrics and its type.
AUTOSCALER_METRIC_NAMES = {
    "throttllem_desired_replicas": "gauge",
    "throttllem_desired_tensor_parallel_size": "gauge",
    "throttllem_active_replicas": "gauge",
    "throttllem_active_tensor_parallel_size": "gauge",
    "throttllem_planned_requests_per_second": "gauge",
    "throttllem_capacity_utilization": "gauge",
    "throttllem_scale_decisions_total": "counter",
}
SCALE_REASONS = ("hold", "scale_up", "scale_down", "starting", "switched", "retarget")


class AutoscalerMetrics:
    """Records autoscaler decisions (``throttllem.ScaleDecision``) into Prometheus gauges.

    ``throttllem_desired_replicas`` and ``throttllem_desired_tensor_parallel_size`` are the
    configuration to run (the target: start it now, in the shadow of the serving one); the
    ``active`` gauges are the one that should take new requests. A KEDA ScaledObject's
    Prometheus trigger (or an HPA on an external metric) scales the engine's Deployment on
    ``throttllem_desired_replicas`` (docs/AUTOSCALER.md).

    Args:
        registry: a ``prometheus_client.CollectorRegistry``; None = the default ``REGISTRY``.
            One AutoscalerMetrics per registry.
    """

    def __init__(self, registry: Any = None) -> None:
        prom = _prometheus()
        self.registry = prom.REGISTRY if registry is None else registry
        reg = {"registry": self.registry}
        self.desired_replicas = prom.Gauge("throttllem_desired_replicas",
                                           "Engine instances the autoscaler wants (the target configuration)", **reg)
        self.desired_tp = prom.Gauge("throttllem_desired_tensor_parallel_size",
                                     "Tensor-parallel degree of each wanted instance (GPUs per instance)", **reg)
        self.active_replicas = prom.Gauge("throttllem_active_replicas",
                                          "Engine instances that should take new requests now", **reg)
        self.active_tp = prom.Gauge("throttllem_active_tensor_parallel_size",
                                    "Tensor-parallel degree of the instances taking new requests", **reg)
        self.planned_rps = prom.Gauge("throttllem_planned_requests_per_second",
                                      "Request rate the autoscaler plans for (highest of its grace window)", **reg)
        self.utilization = prom.Gauge("throttllem_capacity_utilization",
                                      "Planned rate over the active configuration's modelled SLO capacity", **reg)
        self.decisions = prom.Counter("throttllem_scale_decisions", "Autoscaler decisions by reason", ["reason"],
                                      **reg)
        for reason in SCALE_REASONS:
            self.decisions.labels(reason)

    def observe(self, decision: Any) -> None:
        """One decision (a ``throttllem.ScaleDecision``)."""
        tp, replicas = decision.target
        self.desired_tp.set(tp)
        self.desired_replicas.set(replicas)
        tp, replicas = decision.active
        self.active_tp.set(tp)
        self.active_replicas.set(replicas)
        self.planned_rps.set(decision.planned_requests_per_s)
        self.utilization.set(decision.utilization)
        self.decisions.labels(decision.reason).inc()

    __call__ = observe
