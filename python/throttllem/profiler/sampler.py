"""GpuSampler: board power, SM clock and clock event reasons, sampled on a thread through
throttllem.gpu (measured).

Each read costs ~2 us (measured on the reference H100); the slow energy counter is never read here. On Hopper and
newer GPUs NVML's power reading is an average over the last second, so a window's power is taken
from samples at least ``settle_s`` after the load started.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import numpy as np

from throttllem.errors import NvmlError, NvmlNotSupported

log = logging.getLogger("throttllem.profiler")


@dataclass(frozen=True)
class WindowStats:
    """Power and SM clock over a time window (None where NVML gave nothing)."""

    samples: int
    power_w_mean: float | None
    power_w_max: float | None
    sm_clock_mhz_mean: float | None
    sm_clock_mhz_min: float | None
    sm_clock_mhz_max: float | None
    #: NVML clock event (throttle) reason bits seen in any sample of the window, OR-ed.
    clock_event_reasons: int | None


class GpuReads:
    """One GPU's readings for a sampler: power (W), SM clock (MHz) and clock event reason bits.
    A reading NVML does not support is dropped after its first refusal (NaN power, 0 reasons)."""

    def __init__(self, gpu) -> None:
        self.gpu = gpu
        self.power_supported = True
        self.reasons_supported = True

    def read(self) -> tuple[float, float, int]:
        power, reasons = float("nan"), 0
        if self.power_supported:
            try:
                power = self.gpu.power_mw() / 1000.0
            except NvmlNotSupported:
                self.power_supported = False
        if self.reasons_supported:
            try:
                reasons = int(self.gpu.clock_event_reasons())
            except NvmlNotSupported:
                self.reasons_supported = False
        return power, float(self.gpu.sm_clock_mhz()), reasons


def window_masks(t: np.ndarray, start_s: float, end_s: float, settle_s: float) -> tuple[np.ndarray, np.ndarray] | None:
    """(inside, settled) masks of sample times ``t`` for a window: inside [start_s, end_s]; settled
    from ``start_s + settle_s`` on (the window's last sample when none is). None: no sample inside."""
    inside = (t >= start_s) & (t <= end_s)
    if not inside.any():
        return None
    settled = inside & (t >= start_s + settle_s)
    if not settled.any():
        settled = inside & (t == t[inside].max())
    return inside, settled


class SamplerThread:
    """What the samplers share: a thread that calls ``_sample()`` every ``period_s`` until closed,
    and keeps (time.monotonic, *sample) in the lists ``_series`` (time first), at most ``_max``."""

    _series: tuple[list, ...]

    def _start(self, period_s: float, max_samples: int, name: str | None) -> None:
        """Sets up the state; ``name`` None: no thread (nothing to sample)."""
        self.period_s = float(period_s)
        self._lock = threading.Lock()
        self._max = max_samples
        self._stop = threading.Event()
        self.errors = 0
        self._thread: threading.Thread | None = None
        if name is not None:
            self._thread = threading.Thread(target=self._run, name=name, daemon=True)
            self._thread.start()

    def _sample(self) -> tuple:
        raise NotImplementedError

    def _run(self) -> None:
        next_t = time.monotonic()
        while not self._stop.is_set():
            try:
                sample = self._sample()
            except NvmlError as e:
                self.errors += 1
                if self.errors == 1:
                    log.warning("GPU sampling failed (%s); later failures are counted, not logged", e)
            else:
                with self._lock:
                    if len(self._series[0]) >= self._max:  # keep memory bounded on very long runs
                        for series in self._series:
                            del series[: self._max // 2]
                    for series, value in zip(self._series, (time.monotonic(), *sample)):
                        series.append(value)
            next_t += self.period_s
            self._stop.wait(max(0.0, next_t - time.monotonic()))

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5.0)
            self._thread = None

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class GpuSampler(SamplerThread):
    """Samples ``gpu`` every ``period_s`` until closed. ``gpu`` None: a sampler with no samples.

    >>> with GpuSampler(gpu, period_s=0.02) as sampler:           # doctest: +SKIP
    ...     t0 = time.monotonic(); run(); t1 = time.monotonic()
    ...     print(sampler.window(t0, t1, settle_s=1.0).power_w_mean, "W (measured)")
    """

    def __init__(self, gpu, period_s: float = 0.02, max_samples: int = 1_000_000) -> None:
        self.gpu = gpu
        self._reads = GpuReads(gpu)
        self._t: list[float] = []
        self._power_w: list[float] = []
        self._clock_mhz: list[float] = []
        self._reasons: list[int] = []
        self._series = (self._t, self._power_w, self._clock_mhz, self._reasons)
        self._start(period_s, max_samples, "throttllem-gpu-sampler" if gpu is not None else None)

    def _sample(self) -> tuple[float, float, int]:
        return self._reads.read()

    def window(self, start_s: float, end_s: float, *, settle_s: float = 0.0) -> WindowStats:
        """Stats of samples in [start_s, end_s] (time.monotonic seconds). Power uses only samples
        after ``start_s + settle_s``; when there are none, the last sample of the window."""
        with self._lock:
            t = np.asarray(self._t)
            power = np.asarray(self._power_w)
            clock = np.asarray(self._clock_mhz)
            reasons = np.asarray(self._reasons, dtype=np.uint64)
        masks = window_masks(t, start_s, end_s, settle_s)
        if masks is None:
            return WindowStats(0, None, None, None, None, None, None)
        inside, settled = masks
        p = power[settled]
        p = p[np.isfinite(p)]
        c = clock[inside]
        return WindowStats(
            samples=int(inside.sum()),
            power_w_mean=float(p.mean()) if p.size else None,
            power_w_max=float(p.max()) if p.size else None,
            sm_clock_mhz_mean=float(c.mean()),
            sm_clock_mhz_min=float(c.min()),
            sm_clock_mhz_max=float(c.max()),
            clock_event_reasons=int(np.bitwise_or.reduce(reasons[inside])) if self._reads.reasons_supported else None,
        )
