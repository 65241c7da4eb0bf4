"""Synthetic profiles from the analytic perfmodel (MODELLED, ``"measured": false``).

For tests, documentation and trying ``throttllem train`` without a GPU. Every value comes from
:class:`~throttllem.perfmodel.GpuPerfModel` (plus optional seeded noise); nothing is measured,
and the metadata says so.
"""

from __future__ import annotations

import os

import numpy as np

from throttllem.perfmodel.analytic import GpuPerfModel
from throttllem.profiledata.files import Profile, ProfileWriter, read_profile
from throttllem.profiledata.grid import DECODE, ProfileGrid
from throttllem.profiledata.metadata import clocks_seen, model_section, new_metadata
from throttllem.profiledata.schema import ProfileRow
from throttllem.specs import H100_SXM_80GB, GpuSpec, ModelShape


def write_synthetic_profile(path: str | os.PathLike, shape: ModelShape, *, preset: str = "synthetic",
                            gpu: GpuSpec = H100_SXM_80GB, grid: ProfileGrid | None = None,
                            clock_requested_mhz: int | None = None, noise: float = 0.0, seed: int = 0,
                            stamp: str = "2026-01-01T00:00:00Z") -> Profile:
    """Writes a profile of ``shape`` on ``gpu`` whose times are the perfmodel's (modelled).

    ``noise``: relative standard deviation of a seeded multiplicative noise on each time.
    ``stamp``: the date written into rows and metadata (fixed, so files are reproducible).
    """
    grid = grid or ProfileGrid()
    perf = GpuPerfModel(shape, gpu, 1)
    rng = np.random.default_rng(seed)
    capacity = perf.kv_capacity_tokens()
    fit, skipped = grid.split_by_capacity(grid.points(clock_requested_mhz), capacity, shape.max_context_tokens)
    clock = float(clock_requested_mhz or gpu.max_clock_mhz)
    meta = new_metadata(
        gpu={"name": f"{gpu.name} (modelled)", "driver_version": None,
             "sm_clocks_supported_mhz": list(gpu.clocks_mhz), "power_limit_w": gpu.power_cap_w},
        software={"python": "n/a", "torch": None},
        model=model_section(preset, shape, "bfloat16", shape.weight_bytes, shape.kv_bytes_per_token),
        grid=grid.as_dict(),
        timing={"warmup_s": 0.0, "measure_s": 0.0, "method": "modelled: throttllem.perfmodel.GpuPerfModel"},
        kv_capacity_tokens=capacity,
        skipped=[{"label": p.label(), "reason": "does not fit the KV cache or the context"} for p in skipped],
        clocks_requested_mhz=None if clock_requested_mhz is None else [clock_requested_mhz],
        notes="synthetic profile: every figure is MODELLED by the analytic perfmodel, nothing is measured")
    meta.update(measured=False, created_utc=stamp, updated_utc=stamp, complete=True,
                modelled_parts="Everything: a synthetic profile computed by throttllem.perfmodel, not measured.")
    writer = ProfileWriter(path, meta)
    for p in fit:
        if writer.has(p.key()):
            continue
        est = perf.estimate(p.prefill_tokens, p.batch_size if p.phase == DECODE else 0, p.kv_tokens, clock)
        ms = float(est.time_s) * 1000.0 * float(np.exp(rng.normal(0.0, noise))) if noise else float(est.time_s) * 1000.0
        ms = round(ms, 6)  # the CSV keeps 6 decimals: rows read back equal rows written
        power = round(float(est.power_w), 2)
        writer.append(ProfileRow(
            phase=p.phase, tp_degree=1, batch_size=p.batch_size, kv_tokens_per_request=p.kv_tokens_per_request,
            kv_tokens=p.kv_tokens, prefill_tokens=p.prefill_tokens, clock_requested_mhz=clock_requested_mhz,
            sm_clock_mhz_mean=float(est.effective_clock_mhz), sm_clock_mhz_min=float(est.effective_clock_mhz),
            sm_clock_mhz_max=float(est.effective_clock_mhz), iterations=100, iteration_ms_mean=ms,
            iteration_ms_median=ms, iteration_ms_p10=ms, iteration_ms_p90=ms, ips=round(1000.0 / ms, 4),
            power_w_mean=power, power_w_max=power, energy_per_iteration_j=round(power * ms / 1000.0, 6),
            clock_event_reasons="sw_power_cap" if float(est.effective_clock_mhz) < clock else "none",
            measured_at_utc=stamp))
    writer.metadata["clocks_seen_mhz"] = clocks_seen(writer.rows)
    writer.save_metadata()
    return read_profile(writer.csv_path)
