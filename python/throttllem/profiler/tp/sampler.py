"""MultiGpuSampler: power, SM clock and clock event reasons of every GPU of a TP instance, read on
one thread in rank 0 (measured).

NVML sees every GPU of the host whatever CUDA_VISIBLE_DEVICES says, so one process reads all of
them in the same tick: the instance's total power is the sum over GPUs of one tick's readings,
and its mean and maximum are taken over those sums (not a sum of per-GPU maxima). Reads cost
~2 us each (measured on the reference H100); the slow energy counter is never read. As in sampler.py, power only
counts from ``settle_s`` after the load started (Hopper's NVML power is a 1 s average).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from throttllem.profiler.sampler import GpuReads, SamplerThread, WindowStats, window_masks

_EMPTY = WindowStats(0, None, None, None, None, None, None)


@dataclass(frozen=True)
class MultiWindow:
    """One window: each GPU's stats, and the instance's (power summed per tick, clocks pooled)."""

    per_gpu: tuple[WindowStats, ...]
    total: WindowStats


class MultiGpuSampler(SamplerThread):
    """Samples ``gpus`` (throttllem.gpu.Gpu objects, or None for a GPU NVML could not open)
    every ``period_s`` until closed. With no usable GPU it starts no thread and has no samples."""

    def __init__(self, gpus: Sequence, period_s: float = 0.02, max_samples: int = 500_000) -> None:
        self.gpus = list(gpus)
        self._reads = [GpuReads(g) if g is not None else None for g in self.gpus]
        self._t: list[float] = []
        self._rows: list[np.ndarray] = []  # per tick: (GPUs, 3) power W, SM clock MHz, reason bits
        self._series = (self._t, self._rows)
        usable = any(g is not None for g in self.gpus)
        self._start(period_s, max_samples, "throttllem-tp-sampler" if usable else None)

    def _sample(self) -> tuple[np.ndarray]:
        nothing = (float("nan"), float("nan"), 0)  # a GPU NVML could not open
        return (np.array([r.read() if r is not None else nothing for r in self._reads], dtype=np.float64),)

    def window(self, start_s: float, end_s: float, *, settle_s: float = 0.0) -> MultiWindow:
        """Stats of the ticks in [start_s, end_s] (time.monotonic s); power from ticks after
        ``start_s + settle_s`` (the window's last tick when there are none)."""
        with self._lock:
            t = np.asarray(self._t)
            data = np.stack(self._rows) if self._rows else np.zeros((0, len(self.gpus), 3))
        masks = window_masks(t, start_s, end_s, settle_s)
        if masks is None:
            return MultiWindow(tuple(_EMPTY for _ in self.gpus), _EMPTY)
        inside, settled = masks
        per_gpu = tuple(self._stats(data[:, i, :], inside, settled, i) for i in range(len(self.gpus)))
        # A tick whose power misses any GPU (NaN) has no total: a partial sum would read low.
        total_power = data[settled][:, :, 0].sum(axis=1)
        total_power = total_power[np.isfinite(total_power)]
        clocks = data[inside][:, :, 1].ravel()
        clocks = clocks[np.isfinite(clocks)]
        reason_bits = [s.clock_event_reasons for s in per_gpu if s.clock_event_reasons is not None]
        total = WindowStats(
            samples=int(inside.sum()),
            power_w_mean=float(total_power.mean()) if total_power.size else None,
            power_w_max=float(total_power.max()) if total_power.size else None,
            sm_clock_mhz_mean=float(clocks.mean()) if clocks.size else None,
            sm_clock_mhz_min=float(clocks.min()) if clocks.size else None,
            sm_clock_mhz_max=float(clocks.max()) if clocks.size else None,
            clock_event_reasons=int(np.bitwise_or.reduce(reason_bits)) if reason_bits else None)
        return MultiWindow(per_gpu, total)

    def _stats(self, series: np.ndarray, inside: np.ndarray, settled: np.ndarray, i: int) -> WindowStats:
        if self.gpus[i] is None:
            return _EMPTY
        p = series[settled, 0]
        p = p[np.isfinite(p)]
        c = series[inside, 1]
        reasons = series[inside, 2].astype(np.uint64)
        return WindowStats(
            samples=int(inside.sum()),
            power_w_mean=float(p.mean()) if p.size else None,
            power_w_max=float(p.max()) if p.size else None,
            sm_clock_mhz_mean=float(c.mean()), sm_clock_mhz_min=float(c.min()), sm_clock_mhz_max=float(c.max()),
            clock_event_reasons=int(np.bitwise_or.reduce(reasons)) if self._reads[i].reasons_supported else None)
