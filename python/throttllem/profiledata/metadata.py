"""The metadata document of a profile: what was measured, where, how (see schema.py for its keys)."""

from __future__ import annotations

import datetime as _dt
import platform
from dataclasses import asdict

from throttllem._version import __version__
from throttllem.profiledata.schema import FORMAT, FORMAT_VERSION, ProfileRow
from throttllem.specs.model_shape import ModelShape

#: What the profile's decoder models and leaves out (docs/PROFILING.md has the long form).
MODELLED_PARTS = (
    "Measured: GPU time of whole decode/prefill iterations of a Llama-shaped decoder with random bf16 "
    "weights, captured in a CUDA graph; SM clock, power and clock event reasons sampled through NVML. "
    "Same weights, KV-cache bytes and matrix FLOPs as the real model; simplified: contiguous cache "
    "(no paging), all requests of a batch at one position, attention through torch SDPA, no fused "
    "serving kernels, no tensor parallelism, greedy argmax instead of sampling, no scheduler overhead."
)


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def model_section(preset: str, shape: ModelShape, dtype: str, weight_bytes: int, kv_bytes_per_token: int) -> dict:
    doc = {"preset": preset, **asdict(shape), "dtype": dtype, "head_dim": shape.head_dim,
           "weight_bytes_allocated": int(weight_bytes), "kv_bytes_per_token": int(kv_bytes_per_token),
           "matmul_params": shape.matmul_params}
    return doc


def software_section(torch) -> dict:
    return {"python": platform.python_version(), "torch": getattr(torch, "__version__", None),
            "cuda": getattr(getattr(torch, "version", None), "cuda", None),
            "platform": platform.platform()}


def new_metadata(*, gpu: dict, software: dict, model: dict, grid: dict, timing: dict,
                 kv_capacity_tokens: int, skipped: list[dict], clocks_requested_mhz: list[int] | None,
                 notes: str = "") -> dict:
    now = utc_now()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "measured": True,
        "tool": f"throttllem {__version__}",
        "created_utc": now,
        "updated_utc": now,
        "complete": False,
        "tp_degree": 1,
        "gpu": gpu,
        "software": software,
        "model": model,
        "grid": grid,
        "skipped_points": skipped,
        "kv_capacity_tokens": int(kv_capacity_tokens),
        "clocks_requested_mhz": clocks_requested_mhz,
        "timing": timing,
        "clocks_seen_mhz": None,
        "roofline": None,
        "duration_s": 0.0,
        "modelled_parts": MODELLED_PARTS,
        "notes": notes,
    }


def clocks_seen(rows: list[ProfileRow]) -> dict | None:
    """Range and mean of the SM clock seen over every row's timed window (measured)."""
    means = [r.sm_clock_mhz_mean for r in rows if r.sm_clock_mhz_mean is not None]
    if not means:
        return None
    lows = [r.sm_clock_mhz_min for r in rows if r.sm_clock_mhz_min is not None]
    highs = [r.sm_clock_mhz_max for r in rows if r.sm_clock_mhz_max is not None]
    capped = sum(1 for r in rows if "power_cap" in r.clock_event_reasons)
    return {"min": min(lows), "max": max(highs), "mean_of_rows": sum(means) / len(means),
            "rows": len(means), "rows_with_power_cap": capped}
