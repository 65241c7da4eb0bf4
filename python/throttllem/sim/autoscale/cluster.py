"""A GPU pool of engine instances driven by the C++ autoscaler (all figures modelled).

Every ``interval_s`` the autoscaler (``throttllem.Autoscaler``, the same object a deployment
would call) gets the last interval's request rate and token mix and answers which configuration
(TP degree x replicas) serves. A new configuration's instances boot for ``startup_s`` in the
shadow of the serving ones; when ready they take every new request, and the instances they
replace stop receiving requests but finish what they hold (nothing is dropped or migrated).

Each request goes, on arrival, to the serving instance with the least estimated backlog (a
fluid estimate from the capacity table: the router cannot see engine internals). Because the
autoscaler decides from arrivals only, routing is fixed before the engines run: each instance
is then one ``sim.engine.Engine`` replay of the requests it received, under its own clock
policy (one policy object per instance). Energy: every instance from the start of its boot
(at idle power; weights loading is not modelled) to its release, plus the pool's unused GPUs
at ``idle_gpu_power_w`` each unless they are released.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from throttllem._core import Autoscaler
from throttllem.errors import InvalidArgumentError
from throttllem.sim.autoscale.capacity import TP_DEGREES, TokenMix, capacity_table
from throttllem.sim.autoscale.replay import replay_instances
from throttllem.sim.autoscale.result import ClusterResult, Instance
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.engine import default_max_tokens
from throttllem.traces import Trace

#: Start-up of a vLLM instance of Llama-3.1-8B with its caches warm (weights 18 s, Dynamo 10 s,
#: graph compilation 13 s, CUDA-graph capture 7 s, engine init and imports 34 s), measured by
#: Tensorfuse ("Reducing GPU cold start time when using vLLM", 2025-09-01, L40S). Cold: 294 s.
DEFAULT_STARTUP_S = 82.0
#: Kubernetes HPA's default scale-down stabilization window (kubernetes.io, "Horizontal Pod
#: Autoscaling": --horizontal-pod-autoscaler-downscale-stabilization, default 5 minutes).
DEFAULT_GRACE_S = 300.0


@dataclass(frozen=True)
class AutoscaleConfig:
    """The pool and the autoscaler's settings (``throttllem simulate --autoscale KEY=VALUE,...``)."""

    pool_gpus: int = 8
    interval_s: float = 10.0
    target_utilization: float = 0.8
    #: Scale down only to a configuration at or below this utilization (hysteresis band).
    scale_down_utilization: float = 0.7
    grace_s: float = DEFAULT_GRACE_S
    startup_s: float = DEFAULT_STARTUP_S
    #: W per unused GPU; None: the GPU model's idle power at the lowest clock (H100: 72 W, measured).
    idle_gpu_power_w: float | None = None
    release_idle_gpus: bool = False
    tp_degrees: tuple[int, ...] = TP_DEGREES
    #: The configuration at the start (None: the recommendation for the first interval's load).
    initial: tuple[int, int] | None = None
    #: A fixed configuration, no autoscaling (the baseline sized for the peak).
    fixed: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if isinstance(self.pool_gpus, bool) or not isinstance(self.pool_gpus, int) or self.pool_gpus < 1:
            raise InvalidArgumentError(f"pool_gpus must be an integer >= 1, not {self.pool_gpus!r}")
        for name in ("interval_s", "grace_s", "startup_s"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0) or (name == "interval_s" and value == 0):
                raise InvalidArgumentError(f"{name} must be a finite number {'> 0' if name == 'interval_s' else '>= 0'}, "
                                           f"not {value!r}")
        if not 0 < self.target_utilization <= 1:
            raise InvalidArgumentError(f"target_utilization must be in (0, 1], not {self.target_utilization!r}")
        if not 0 < self.scale_down_utilization <= self.target_utilization:
            raise InvalidArgumentError(f"scale_down_utilization must be in (0, target_utilization], not "
                                       f"{self.scale_down_utilization!r}")
        for name in ("initial", "fixed"):
            value = getattr(self, name)
            if value is not None and (len(value) != 2 or value[0] * value[1] > self.pool_gpus or min(value) < 1):
                raise InvalidArgumentError(f"{name} must be (tp_degree, replicas) fitting {self.pool_gpus} GPUs, "
                                           f"not {value!r}")


def token_mix(trace: Trace, config: EngineConfig) -> TokenMix:
    """The trace's mean prompt/output tokens and the engine's max_tokens (the capacity table's reference)."""
    return TokenMix(float(trace.prompt_tokens.mean()), float(trace.output_tokens.mean()),
                    int(config.max_tokens or default_max_tokens(trace)))


def make_autoscaler(trace: Trace, engine: EngineConfig, slo: SloConfig, scale: AutoscaleConfig,
                    initial: tuple[int, int]) -> tuple[Autoscaler, list]:
    """The C++ autoscaler with the capacity table of ``engine`` at ``trace``'s token mix."""
    table = capacity_table(engine, slo, token_mix(trace, engine), pool_gpus=scale.pool_gpus, tp_degrees=scale.tp_degrees)
    idle = scale.idle_gpu_power_w
    if idle is None:
        idle = min(c.idle_power_w / c.tp_degree for c in table)
    return Autoscaler(table, initial=initial, pool_gpus=scale.pool_gpus, interval_s=scale.interval_s,
                      target_utilization=scale.target_utilization,
                      scale_down_utilization=scale.scale_down_utilization, grace_s=scale.grace_s, startup_s=scale.startup_s,
                      idle_gpu_power_w=idle, release_idle_gpus=scale.release_idle_gpus), table


def run_pool(trace: Trace, policy: str, engine: EngineConfig, slo: SloConfig,
             scale: AutoscaleConfig = AutoscaleConfig()) -> ClusterResult:
    """Replays ``trace`` on the pool under the clock ``policy`` (a registry spec, one object per instance)."""
    started = time.perf_counter()
    arrivals, prompts = trace.arrival_s, trace.prompt_tokens
    first = scale.fixed or scale.initial or (min(scale.tp_degrees), 1)
    scaler, table = make_autoscaler(trace, engine, slo, scale, first)
    per_request_s = {c.tp_degree: (float(trace.output_tokens.mean()) / c.decode_tokens_per_s, c.prefill_tokens_per_s)
                     for c in table}
    interval = scale.interval_s
    if scale.fixed is None and scale.initial is None:  # start sized for the first interval's load
        head = arrivals <= interval  # never empty: the first arrival is at 0
        first = scaler.recommend(head.sum() / interval, float(prompts[head].mean()),
                                 float(trace.output_tokens[head].mean()), (min(scale.tp_degrees), 1))
        scaler, _ = make_autoscaler(trace, engine, slo, scale, first)
    serving = [Instance(first[0], 0.0, 0.0) for _ in range(first[1])]
    instances = list(serving)
    starting: list[Instance] = []
    steps = [(0.0, first, first, "initial")]
    instance_of = np.empty(len(trace), dtype=np.int64)
    index = {id(inst): i for i, inst in enumerate(instances)}
    decision_wall = 0.0
    next_decision = interval
    window_start = 0
    for row in range(len(trace)):
        now = float(arrivals[row])
        while scale.fixed is None and next_decision < now:
            seen = slice(window_start, row)
            count = row - window_start
            prompt_mean = float(prompts[seen].mean()) if count else 0.0
            output_mean = float(trace.output_tokens[seen].mean()) if count else 0.0
            tick = time.perf_counter()
            d = scaler.decide(next_decision, count / interval, prompt_mean, output_mean)
            decision_wall += time.perf_counter() - tick
            serving, starting = _apply(d, next_decision, serving, starting, instances, index)
            if d.reason != "hold" and d.reason != "starting":
                steps.append((next_decision, d.active, d.target, d.reason))
            window_start = row
            next_decision += interval
        # Least estimated backlog (instance-seconds of work still ahead of it).
        best = None
        for inst in serving:
            inst.backlog_s = max(0.0, inst.backlog_s - (now - inst.backlog_at_s))
            inst.backlog_at_s = now
            if best is None or inst.backlog_s < best.backlog_s:
                best = inst
        decode_s, prefill_tps = per_request_s[best.tp]
        best.backlog_s += decode_s + float(prompts[row]) / prefill_tps
        best.rows.append(row)
        instance_of[row] = index[id(best)]
    end_of_arrivals = float(arrivals[-1])
    for inst in starting:  # booting when the trace ended: never served
        inst.retire_s = inst.ready_s
    for inst in serving:
        inst.retire_s = end_of_arrivals
    result = replay_instances(trace, policy, engine, slo, instances, instance_of, scaler, scale)
    result.steps = steps
    result.decision_wall_s = decision_wall
    result.wall_s = time.perf_counter() - started
    return result


def _apply(d, now: float, serving: list, starting: list, instances: list, index: dict) -> tuple[list, list]:
    """Applies one decision to the instance sets; returns (serving, starting)."""
    active_tp, active_n = d.active
    target_tp, target_n = d.target
    if d.switched:
        # Ready instances join the serving ones of their TP degree, or replace those of another.
        if starting and serving and starting[0].tp != serving[0].tp:
            new, old = starting, serving
        else:
            pool = serving + starting
            new, old = pool[:active_n], pool[active_n:]
        for inst in old:  # no new requests; they finish what they hold
            inst.retire_s = min(inst.retire_s, now)
        return new, []
    if (target_tp, target_n) != (active_tp, active_n):
        needed = d.starting_instances
        kept = [s for s in starting if s.tp == target_tp][:needed]
        for inst in starting:
            if inst not in kept:  # a retarget to another TP degree: stop booting it
                inst.ready_s = inst.retire_s = now
        for inst in kept:
            inst.ready_s = d.ready_at_s
        while len(kept) < needed:
            inst = Instance(target_tp, now, d.ready_at_s)
            index[id(inst)] = len(instances)
            instances.append(inst)
            kept.append(inst)
        return serving, kept
    return serving, starting


__all__ = ["AutoscaleConfig", "ClusterResult", "DEFAULT_GRACE_S", "DEFAULT_STARTUP_S", "Instance", "make_autoscaler",
           "run_pool", "token_mix"]
