"""Replays each pool instance's requests through its own engine and adds up the pool's energy."""

from __future__ import annotations

import dataclasses

import numpy as np

from throttllem.sim.autoscale.result import ClusterResult
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.engine import default_max_tokens
from throttllem.traces import Trace


def _idle_clock(timeline, lowest: int) -> int:
    """The clock the instance idles at under its policy: that of its idle periods, else its last one."""
    idle = timeline.seg_iterations == 0
    if idle.any():
        return int(timeline.seg_clock_mhz[idle][-1])
    return int(timeline.seg_clock_mhz[-1]) if len(timeline.seg_clock_mhz) else lowest


def replay_instances(trace: Trace, policy: str, engine: EngineConfig, slo: SloConfig, instances: list,
                     instance_of: np.ndarray, scaler, scale):
    from throttllem.sim.runner import gpu_for, run

    n = len(trace)
    first_token = np.full(n, np.nan)
    finish = np.full(n, np.nan)
    max_tokens = engine.max_tokens or default_max_tokens(trace)
    label = policy if isinstance(policy, str) else policy.label()
    for inst in instances:
        config = dataclasses.replace(engine, tp_degree=inst.tp, max_tokens=max_tokens)
        gpu = gpu_for(config)
        lowest = min(gpu.clocks_mhz)
        boot_end = min(inst.ready_s, inst.retire_s)
        energy = (boot_end - inst.start_s) * gpu.idle_power_w(lowest)  # booting: idle power (modelled)
        release = max(inst.retire_s, boot_end)
        if inst.rows:
            rows = np.asarray(inst.rows, dtype=np.int64)
            sub = Trace(trace.arrival_s[rows], trace.prompt_tokens[rows], trace.output_tokens[rows],
                        f"{trace.name}#instance", trace.notes)
            offset = float(trace.arrival_s[rows[0]])  # Trace starts at its first arrival
            result = run(sub, policy, config, slo)
            label = result.policy
            first_token[rows] = result.table.first_token_s + offset
            finish[rows] = result.table.finish_s + offset
            idle_w = gpu.idle_power_w(_idle_clock(result.timeline, lowest))
            last = offset + float(np.nanmax(result.table.finish_s))
            release = max(release, last)
            energy += (offset - boot_end) * idle_w + result.energy_j + (release - last) * idle_w
        else:
            idle_w = gpu.idle_power_w(lowest)
            energy += (release - boot_end) * idle_w
        inst.release_s = release
        inst.energy_j = energy
    # GPUs held over time (boot to release) and the pool's unused GPUs.
    edges = sorted([(i.start_s, i.tp) for i in instances] + [(i.release_s, -i.tp) for i in instances])
    held = peak = 0
    free_gpu_s = 0.0
    last_t = 0.0
    for t, delta in edges:
        free_gpu_s += max(0, scale.pool_gpus - held) * (t - last_t)
        held += delta
        peak = max(peak, held)
        last_t = t
    held_gpu_s = sum(i.tp * (i.release_s - i.start_s) for i in instances)
    free_energy = 0.0 if scale.release_idle_gpus else free_gpu_s * scaler.idle_gpu_power_w
    energy = sum(i.energy_j for i in instances) + free_energy
    name = f"{label}+autoscale" if scale.fixed is None else f"{label}@TP{scale.fixed[0]}x{scale.fixed[1]}"
    return ClusterResult(name, trace, slo, np.array(trace.arrival_s), first_token, finish, instance_of, instances,
                         energy, free_energy, held_gpu_s / 3600.0, peak, [])
