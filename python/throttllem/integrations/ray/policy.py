"""ServePolicy: Ray Serve's custom autoscaling policy interface over ``throttllem.Autoscaler``.

Ray Serve calls a policy function with an ``AutoscalingContext`` and takes back ``(replicas,
policy_state)`` (Ray Serve docs: ``ray.serve.config.AutoscalingPolicy(policy_function=...)``,
``ray.serve.config.AutoscalingContext``; PublicAPI alpha). A Serve deployment has one resource
shape, so each TP degree is its own deployment (``num_gpus`` = TP degree) and each gets a
``ServePolicy`` for its degree over the *same* autoscaler: the deployment of the target
configuration scales to its replicas at once (its replicas boot while the active one keeps
serving: the shadow start), the active one keeps its replicas until the switch, and every other
deployment goes to 0 (Serve drains a replica before stopping it).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Any

from throttllem.errors import InvalidArgumentError

#: Custom autoscaling metrics each replica reports (Serve's ``aggregated_metrics``): its arrival
#: rate and the mean prompt / output tokens of its requests.
LOAD_METRICS = ("throttllem_requests_per_s", "throttllem_mean_prompt_tokens", "throttllem_mean_output_tokens")


def load_from_context(ctx: Any) -> tuple[float, float, float] | None:
    """(requests/s, mean prompt, mean output tokens) summed over replicas from ``ctx.aggregated_metrics``;
    None when the replicas report none of :data:`LOAD_METRICS`."""
    metrics = ctx.aggregated_metrics
    if callable(metrics):
        metrics = metrics()
    if not metrics or LOAD_METRICS[0] not in metrics:
        return None
    rates = metrics[LOAD_METRICS[0]]
    total = float(sum(rates.values()))
    means = []
    for name in LOAD_METRICS[1:]:
        values = metrics.get(name, {})
        weighted = sum(rates.get(replica, 0.0) * float(v) for replica, v in values.items())
        means.append(weighted / total if total > 0 else 0.0)
    return total, means[0], means[1]


class ServePolicy:
    """A Ray Serve autoscaling policy function for the deployment of one TP degree.

    Args:
        autoscaler: the shared ``throttllem.Autoscaler`` (one per GPU pool).
        tp_degree: the TP degree of this deployment's replicas.
        load: optional ``callable(ctx) -> (requests_per_s, mean_prompt, mean_output)``; default
            :func:`load_from_context` (the replicas' custom metrics).
        clock: time source (s); default ``ctx.current_time`` when Serve gives one, else time.time().

    The autoscaler decides at most once per its ``interval_s``; deployments calling in between
    read that decision. Thread-safe (the Serve controller may call deployments' policies
    concurrently).
    """

    _lock = threading.Lock()

    def __init__(self, autoscaler: Any, tp_degree: int, *,
                 load: Callable[[Any], tuple[float, float, float] | None] | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        if tp_degree not in {tp for tp, _ in autoscaler.configurations}:
            raise InvalidArgumentError(f"TP {tp_degree} is not a TP degree of the autoscaler's capacity table")
        self.autoscaler = autoscaler
        self.tp_degree = int(tp_degree)
        self.load = load or load_from_context
        self.clock = clock
        # Shared by every ServePolicy of this autoscaler: the last decision and when it was made.
        self._shared = _SHARED.setdefault(id(autoscaler), {"autoscaler": autoscaler, "decision": None,
                                                            "at_s": -math.inf})

    def __call__(self, ctx: Any) -> tuple[int, dict]:
        now = self.clock() if self.clock else (ctx.current_time if getattr(ctx, "current_time", None) is not None
                                                else time.time())
        with self._lock:
            shared = self._shared
            if shared["decision"] is None or now - shared["at_s"] >= self.autoscaler.interval_s:
                sample = self.load(ctx)
                if sample is not None:
                    shared["decision"] = self.autoscaler.decide(now, *sample)
                    shared["at_s"] = now
            decision = shared["decision"]
        state = dict(ctx.policy_state or {})
        if decision is None:  # no load reported yet: keep what Serve has
            return int(ctx.target_num_replicas), state
        replicas = 0
        for tp, n in (decision.target, decision.active):
            if tp == self.tp_degree:
                replicas = max(replicas, n)
        lo, hi = ctx.capacity_adjusted_min_replicas, ctx.capacity_adjusted_max_replicas
        state.update(throttllem_reason=decision.reason, throttllem_target=list(decision.target),
                     throttllem_active=list(decision.active))
        return int(min(max(replicas, lo), hi)), state


#: Per autoscaler (by id; the entry holds it, so the id stays unique): its last decision.
_SHARED: dict[int, dict] = {}
