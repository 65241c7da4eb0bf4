"""``throttllem simulate --autoscale [KEY=VALUE,...]``: the pool under the autoscaler vs a fixed,
peak-sized configuration at max clock (every figure modelled)."""

from __future__ import annotations

import math
import time

import numpy as np

from throttllem.errors import InvalidArgumentError
from throttllem.sim.autoscale.cluster import AutoscaleConfig, make_autoscaler, run_pool, token_mix
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.traces import Trace

#: Window over which the "peak" rate of a trace is taken (s).
PEAK_WINDOW_S = 60.0
_KEYS = {"pool": "pool_gpus", "pool_gpus": "pool_gpus", "interval_s": "interval_s", "grace_s": "grace_s",
         "startup_s": "startup_s", "target_utilization": "target_utilization",
         "scale_down_utilization": "scale_down_utilization", "release": "release_idle_gpus",
         "idle_gpu_power_w": "idle_gpu_power_w", "fixed": "fixed"}


def parse_spec(text: str) -> AutoscaleConfig:
    """``pool=8,interval_s=10,grace_s=300,startup_s=82,target_utilization=0.8,release=1,fixed=1x8``."""
    kwargs: dict = {}
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        key, sep, value = item.partition("=")
        if not sep or key not in _KEYS:
            raise InvalidArgumentError(f"--autoscale: expected KEY=VALUE with KEY in {', '.join(sorted(_KEYS))}, "
                                       f"not {item!r}")
        field = _KEYS[key]
        try:
            if field == "pool_gpus":
                kwargs[field] = int(value)
            elif field == "release_idle_gpus":
                if value not in ("0", "1", "true", "false"):
                    raise ValueError
                kwargs[field] = value in ("1", "true")
            elif field == "fixed":
                tp, _, replicas = value.partition("x")
                kwargs[field] = (int(tp), int(replicas))
            else:
                kwargs[field] = float(value)
        except ValueError:
            raise InvalidArgumentError(f"--autoscale: bad value for {key}: {value!r}") from None
    return AutoscaleConfig(**kwargs)


def peak_rate(trace: Trace, window_s: float = PEAK_WINDOW_S) -> float:
    """Highest arrival rate over any ``window_s`` window starting at an arrival (req/s)."""
    arrivals = trace.arrival_s
    ends = np.searchsorted(arrivals, arrivals + window_s, side="left")
    return float((ends - np.arange(len(arrivals))).max()) / window_s


def rate_for_peak(trace: Trace, peak_rps: float) -> float:
    """The mean rate at which ``trace``'s peak :data:`PEAK_WINDOW_S` rate is ``peak_rps``.

    Rescaling changes which stretch of the original a window covers, so the peak is not simply
    proportional: a few fixed-point steps settle it (the peak grows with the rate)."""
    rps = trace.mean_rps * peak_rps / peak_rate(trace)
    for _ in range(30):
        step = peak_rps / peak_rate(trace.scaled_to_rps(rps))
        rps *= step
        if abs(step - 1.0) < 1e-3:
            break
    return rps


def pool_capacity_rps(trace: Trace, engine: EngineConfig, slo: SloConfig, scale: AutoscaleConfig) -> float:
    """Requests/s the whole pool sustains at max clock at ``trace``'s token mix (modelled)."""
    scaler, table = make_autoscaler(trace, engine, slo, scale, (min(scale.tp_degrees), 1))
    mix = token_mix(trace, engine)
    return max(r * scaler.instance_capacity_rps(tp, mix.mean_prompt_tokens, mix.mean_output_tokens)
               for tp, r in scaler.configurations)


def peak_sized(trace: Trace, engine: EngineConfig, slo: SloConfig, scale: AutoscaleConfig) -> tuple[int, int]:
    """The configuration the autoscaler picks for the trace's peak (the fixed baseline's size)."""
    scaler, _ = make_autoscaler(trace, engine, slo, scale, (min(scale.tp_degrees), 1))
    mix = token_mix(trace, engine)
    return tuple(scaler.recommend(peak_rate(trace), mix.mean_prompt_tokens, mix.mean_output_tokens,
                                  (min(scale.tp_degrees), 1)))


def compare(trace: Trace, policies: list[str], engine: EngineConfig, slo: SloConfig,
            scale: AutoscaleConfig) -> list:
    """Max clock at the fixed peak-sized configuration, then each policy under the autoscaler."""
    import dataclasses

    fixed = scale.fixed or peak_sized(trace, engine, slo, scale)
    results = [run_pool(trace, "max_clock", engine, slo, dataclasses.replace(scale, fixed=fixed))]
    # With fixed=, the policies run at that configuration (no autoscaling): the clock policy alone.
    results += [run_pool(trace, policy, engine, slo, scale) for policy in policies
                if not (scale.fixed and policy == "max_clock")]
    return results


def format_table(results: list) -> str:
    base = results[0].summary()
    lines = ["| policy | energy kJ | vs fixed max clock | tok/J | SLO both | E2E p99 s | GPU-h | instances | "
             "config switches | peak GPUs |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        s = r.summary()
        vs = "-" if r is results[0] else f"{(s['energy_j'] / base['energy_j'] - 1) * 100:+.1f}%"
        lines.append(f"| {s['label']} | {s['energy_j'] / 1e3:.1f} | {vs} | {s['tokens_per_j']:.2f} | "
                     f"{s['slo_both'] * 100:.1f}% | {s['e2e_p99_s']:.1f} | {s['gpu_hours']:.2f} | {s['instances']} | "
                     f"{s['configuration_switches']} | {s['peak_gpus_held']} |")
    return "\n".join(lines)


def main(args, engine: EngineConfig) -> int:
    """The CLI path: trace, rate and deadline, then :func:`compare`; prints a table (modelled)."""
    from throttllem.sim.runner import calibrate
    from throttllem.traces import CONV_2023, generate, load_csv, resolve

    started = time.perf_counter()
    scale = parse_spec(args.autoscale)
    if engine.tp_degree != 1:
        raise InvalidArgumentError("--autoscale chooses the TP degree itself: leave --tp at 1")
    trace = load_csv(resolve(args.trace)) if args.trace else generate(CONV_2023, args.duration_s, seed=args.seed)
    probe = SloConfig(args.slo_tbt_ms)
    if args.rps == "max":  # the trace's peak needs the whole pool at max clock
        trace = trace.scaled_to_rps(rate_for_peak(trace, pool_capacity_rps(trace, engine, probe, scale)))
    elif args.rps != "native":
        trace = trace.scaled_to_rps(float(args.rps))
    if args.e2e_deadline_s is not None:
        deadline = float(args.e2e_deadline_s)
    else:  # one TP-1 instance's deadline (p99 E2E at max clock at its saturating rate): the same SLO per request
        deadline = calibrate(trace, engine).e2e_deadline_s
    slo = SloConfig(args.slo_tbt_ms, deadline)
    policies = args.policy or ["max_clock", "governor"]
    results = compare(trace, policies, engine, slo, scale)
    print(f"autoscaler on a pool of {scale.pool_gpus} GPUs (interval {scale.interval_s:g} s, grace {scale.grace_s:g} s, "
          f"start-up {scale.startup_s:g} s, freed GPUs {'released' if scale.release_idle_gpus else 'idle'}); "
          f"{trace.name}: {len(trace)} requests at {trace.mean_rps:.2f} req/s (peak {peak_rate(trace):.2f} req/s "
          f"over {PEAK_WINDOW_S:g} s), E2E deadline {deadline:.1f} s, TBT {args.slo_tbt_ms:g} ms")
    print("ALL FIGURES MODELLED (simulated GPU pool; see docs/AUTOSCALER.md)")
    print()
    print(format_table(results))
    for r in results[1:]:
        steps = ", ".join(f"{t:.0f}s TP{a[0]}x{a[1]}" for t, a, _, why in r.steps if why in ("initial", "switched")
                          or (why == "scale_down"))
        print(f"{r.label}: configurations {steps}; decisions took {r.decision_wall_s * 1e3:.1f} ms in all (measured)")
    print(f"({time.perf_counter() - started:.1f} s wall, measured)")
    return 0 if all(math.isfinite(r.energy_j) for r in results) else 1
