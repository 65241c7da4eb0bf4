"""ServePolicy: Ray Serve's custom autoscaling policy interface over ``throttllem.Autoscaler``.

Ray Serve calls a policy with an ``AutoscalingContext`` every control-loop period and takes back
``(replicas, policy_state)`` (docs.ray.io: ``ray.serve.config.AutoscalingPolicy``,
``AutoscalingContext``; PublicAPI alpha). ``policy_function`` may name a class: Serve then makes
one instance per deployment in its controller with ``policy_kwargs`` (JSON) and calls it.

A Serve deployment has one resource shape, so each TP degree is its own deployment
(``num_gpus`` = TP degree) with its own ServePolicy of the same ``group`` (one pool, one
autoscaler): the deployment of the target configuration scales to its replicas at once (they
boot while the active ones serve: the shadow start), the active one keeps its replicas until
the switch, every other goes to 0 (Serve drains a replica before stopping it).
"""

from __future__ import annotations

import importlib
import math
import time
from collections.abc import Callable
from typing import Any

from throttllem.errors import InvalidArgumentError

#: Custom autoscaling metrics each replica reports (its ``record_autoscaling_stats``; Serve's
#: ``ctx.aggregated_metrics``): its arrival rate and the mean prompt / output tokens of its requests.
LOAD_METRICS = ("throttllem_requests_per_s", "throttllem_mean_prompt_tokens", "throttllem_mean_output_tokens")


def load_from_context(ctx: Any) -> tuple[float, float, float] | None:
    """(requests/s, mean prompt, mean output tokens) over replicas from ``ctx.aggregated_metrics``
    (rates summed, means weighted by rate); None when the replicas report none of :data:`LOAD_METRICS`."""
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


def _import(path: str) -> Callable:
    module, _, attr = path.partition(":")
    if not module or not attr:
        raise InvalidArgumentError(f"load must be 'module:function', not {path!r}")
    return getattr(importlib.import_module(module), attr)


def _make_autoscaler(capacities: list, config: dict):
    from throttllem.autoscaler import Autoscaler, InstanceCapacity

    if not capacities:
        raise InvalidArgumentError("capacities: one {tp_degree, decode_tokens_per_s, prefill_tokens_per_s, "
                                   "busy_power_w, idle_power_w} per TP degree is needed")
    table = [InstanceCapacity(**row) for row in capacities]
    kwargs = dict(config)
    kwargs["initial"] = tuple(kwargs.get("initial", (table[0].tp_degree, 1)))
    return Autoscaler(table, **kwargs)


class ServePolicy:
    """The Ray Serve autoscaling policy of the deployment of one TP degree.

    Args:
        tp_degree: the TP degree of this deployment's replicas.
        autoscaler: a ``throttllem.Autoscaler`` to use (Python); or, for Serve's JSON
            ``policy_kwargs``, ``capacities`` (a list of InstanceCapacity fields as dicts) and
            ``config`` (Autoscaler keyword arguments, e.g. ``{"pool_gpus": 8, "initial": [1, 1]}``):
            the first ServePolicy of a ``group`` makes the autoscaler, the others share it.
        group: the pool's name (deployments of one pool share one autoscaler).
        load: ``callable(ctx) -> (requests_per_s, mean_prompt, mean_output) | None`` or its import
            path ``"module:function"``; default :func:`load_from_context` (the replicas' metrics).
        clock: time source (s); default ``ctx.current_time``, else ``time.time()``.

    The autoscaler decides at most once per its ``interval_s``; deployments calling in between
    read that decision. Safe to call from several threads.
    """

    def __init__(self, tp_degree: int, *, autoscaler: Any = None, group: str = "default",
                 capacities: list | None = None, config: dict | None = None,
                 load: Callable | str | None = None, clock: Callable[[], float] | None = None) -> None:
        registry = importlib.import_module("throttllem.integrations.ray._groups")  # not pickled: see _groups
        groups = registry.GROUPS
        with registry.LOCK:
            if autoscaler is None:
                if group not in groups:
                    groups[group] = {"autoscaler": _make_autoscaler(capacities or [], config or {}),
                                     "decision": None, "at_s": -math.inf}
                shared = groups[group]
            else:
                key = (group, id(autoscaler))
                shared = groups.setdefault(key, {"autoscaler": autoscaler, "decision": None, "at_s": -math.inf})
        self.autoscaler = shared["autoscaler"]
        if int(tp_degree) not in {tp for tp, _ in self.autoscaler.configurations}:
            raise InvalidArgumentError(f"TP {tp_degree} is not a TP degree of the autoscaler's capacity table")
        self.tp_degree = int(tp_degree)
        self.load = _import(load) if isinstance(load, str) else (load or load_from_context)
        self.clock = clock
        self._shared = shared
        self._lock = registry.LOCK

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
        replicas = max([n for tp, n in (decision.target, decision.active) if tp == self.tp_degree], default=0)
        state.update(throttllem_reason=decision.reason, throttllem_target=list(decision.target),
                     throttllem_active=list(decision.active))
        lo, hi = ctx.capacity_adjusted_min_replicas, ctx.capacity_adjusted_max_replicas
        return int(min(max(replicas, lo), hi)), state
