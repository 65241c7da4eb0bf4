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


class SamplerThread:
    """Lifecycle shared by the samplers: a ``_thread`` that runs until ``_stop`` is set."""

    _stop: threading.Event
    _thread: threading.Thread | None

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
        self.period_s = float(period_s)
        self._lock = threading.Lock()
        self._t: list[float] = []
        self._power_w: list[float] = []
        self._clock_mhz: list[float] = []
        self._reasons: list[int] = []
        self._max = max_samples
        self._stop = threading.Event()
        self._power_supported = True
        self._reasons_supported = True
        self.errors = 0
        self._thread: threading.Thread | None = None
        if gpu is not None:
            self._thread = threading.Thread(target=self._run, name="throttllem-gpu-sampler", daemon=True)
            self._thread.start()

    def _read(self) -> tuple[float, float, int]:
        power, reasons = float("nan"), 0
        if self._power_supported:
            try:
                power = self.gpu.power_mw() / 1000.0
            except NvmlNotSupported:
                self._power_supported = False
        if self._reasons_supported:
            try:
                reasons = int(self.gpu.clock_event_reasons())
            except NvmlNotSupported:
                self._reasons_supported = False
        return power, float(self.gpu.sm_clock_mhz()), reasons

    def _run(self) -> None:
        next_t = time.monotonic()
        while not self._stop.is_set():
            try:
                power, clock, reasons = self._read()
            except NvmlError as e:
                self.errors += 1
                if self.errors == 1:
                    log.warning("GPU sampling failed (%s); later failures are counted, not logged", e)
            else:
                with self._lock:
                    if len(self._t) >= self._max:  # keep memory bounded on very long runs
                        for series in (self._t, self._power_w, self._clock_mhz, self._reasons):
                            del series[: self._max // 2]
                    self._t.append(time.monotonic())
                    self._power_w.append(power)
                    self._clock_mhz.append(clock)
                    self._reasons.append(reasons)
            next_t += self.period_s
            self._stop.wait(max(0.0, next_t - time.monotonic()))

    def window(self, start_s: float, end_s: float, *, settle_s: float = 0.0) -> WindowStats:
        """Stats of samples in [start_s, end_s] (time.monotonic seconds). Power uses only samples
        after ``start_s + settle_s``; when there are none, the last sample of the window."""
        with self._lock:
            t = np.asarray(self._t)
            power = np.asarray(self._power_w)
            clock = np.asarray(self._clock_mhz)
            reasons = np.asarray(self._reasons, dtype=np.uint64)
        inside = (t >= start_s) & (t <= end_s)
        if not inside.any():
            return WindowStats(0, None, None, None, None, None, None)
        settled = inside & (t >= start_s + settle_s)
        if not settled.any():
            settled = inside & (t == t[inside].max())
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
            clock_event_reasons=int(np.bitwise_or.reduce(reasons[inside])) if self._reasons_supported else None,
        )
