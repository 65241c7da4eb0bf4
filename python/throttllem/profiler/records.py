"""One measured point as a profile row, and the measuring step of a point; shared by the one-GPU
runner and the TP runner (which adds its per-GPU records in tp/records.py)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from throttllem.gpu import describe_clock_event_reasons
from throttllem.profiledata.grid import DECODE, GridPoint
from throttllem.profiledata.metadata import utc_now
from throttllem.profiledata.schema import ProfileRow
from throttllem.profiler.sampler import WindowStats


def reasons_text(bits: int | None) -> str:
    """Clock event reasons as the table holds them ("unknown" without NVML)."""
    if bits is None:
        return "unknown"
    return describe_clock_event_reasons(bits).replace(",", "|")


def fmt(value: float | None) -> str:
    """A figure for the log ("n/a" when NVML gave none)."""
    return "n/a" if value is None else f"{value:.0f}"


def make_step(torch, model, point: GridPoint, seed: int) -> Callable[[], object]:
    """The step to time at ``point``: one decode iteration of ``point.batch_size`` requests, or one
    prefill of ``point.prefill_tokens`` tokens, on random tokens (seeded by the batch size, so every
    TP rank embeds the same tokens, as in a real TP instance)."""
    vocab = model.shape.vocab_size
    gen = torch.Generator(device=model.device).manual_seed(seed + point.batch_size)
    if point.phase == DECODE:
        tokens = torch.randint(0, vocab, (point.batch_size,), device=model.device, generator=gen)
        return lambda: model.decode_step(tokens, point.kv_tokens_per_request)
    tokens = torch.randint(0, vocab, (point.prefill_tokens,), device=model.device, generator=gen)
    return lambda: model.prefill_step(tokens)


def measured_row(point: GridPoint, tp_degree: int, iteration_ms, clock: WindowStats,
                 power: WindowStats) -> ProfileRow:
    """The table row of one point: its per-iteration times (ms), and the clocks and power seen."""
    ms = np.asarray(iteration_ms, dtype=float)
    mean_ms = float(ms.mean())
    return ProfileRow(
        phase=point.phase, tp_degree=tp_degree, batch_size=point.batch_size,
        kv_tokens_per_request=point.kv_tokens_per_request, kv_tokens=point.kv_tokens,
        prefill_tokens=point.prefill_tokens, clock_requested_mhz=point.clock_requested_mhz,
        sm_clock_mhz_mean=clock.sm_clock_mhz_mean, sm_clock_mhz_min=clock.sm_clock_mhz_min,
        sm_clock_mhz_max=clock.sm_clock_mhz_max, iterations=int(ms.size),
        iteration_ms_mean=mean_ms, iteration_ms_median=float(np.percentile(ms, 50)),
        iteration_ms_p10=float(np.percentile(ms, 10)), iteration_ms_p90=float(np.percentile(ms, 90)),
        ips=1000.0 / mean_ms, power_w_mean=power.power_w_mean, power_w_max=power.power_w_max,
        energy_per_iteration_j=None if power.power_w_mean is None else power.power_w_mean * mean_ms / 1000.0,
        clock_event_reasons=reasons_text(clock.clock_event_reasons), measured_at_utc=utc_now())
