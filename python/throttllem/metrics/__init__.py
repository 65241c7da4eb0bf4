"""Prometheus metrics of the governor (``pip install throttllem[metrics]``: prometheus-client).

:class:`GovernorMetrics` records decisions, clocks, SLO violations, energy and held admissions
into a prometheus_client registry: the default ``REGISTRY`` (which vLLM's own ``/metrics``
serves) or one of your own; :meth:`GovernorMetrics.serve` starts a standalone exporter.

    metrics = GovernorMetrics(board=mirror.board, tbt_target_s=0.2, e2e_deadline_s=30.0)
    adapter = GovernorAdapter(governor, mirror, clocks_mhz=clocks, observer=metrics)
    metrics.serve(9400)                    # or let vLLM's /metrics include it

prometheus_client is imported when a GovernorMetrics is made, not with this package; without it
that raises :class:`MetricsUnavailableError`. See docs/METRICS.md.
:class:`AutoscalerMetrics` exposes the autoscaler's decision (``throttllem_desired_replicas``,
``throttllem_desired_tensor_parallel_size``) for KEDA / HPA (docs/AUTOSCALER.md).
"""

from throttllem.metrics.autoscaler import AUTOSCALER_METRIC_NAMES, AutoscalerMetrics
from throttllem.metrics.governor import METRIC_NAMES, GovernorMetrics, MetricsUnavailableError

__all__ = ["AUTOSCALER_METRIC_NAMES", "AutoscalerMetrics", "METRIC_NAMES", "GovernorMetrics", "MetricsUnavailableError"]
