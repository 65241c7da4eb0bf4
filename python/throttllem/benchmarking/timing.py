"""Latency measurement: many timed calls, percentiles, and a description of the machine."""

from __future__ import annotations

import os
import platform
import time
from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Latency:
    """Per-call latency percentiles in microseconds (measured)."""

    p50_us: float
    p99_us: float
    calls: int

    def __str__(self) -> str:
        return f"p50 {self.p50_us:9.2f} us  p99 {self.p99_us:9.2f} us  ({self.calls} calls)"


def measure(fn: Callable[[], object], *, calls: int, warmup: int = 10) -> Latency:
    """Time ``calls`` calls of ``fn`` one by one with perf_counter_ns (after ``warmup`` calls)."""
    for _ in range(warmup):
        fn()
    samples = np.empty(calls)
    clock = time.perf_counter_ns
    for i in range(calls):
        start = clock()
        fn()
        samples[i] = clock() - start
    samples /= 1e3
    return Latency(float(np.percentile(samples, 50)), float(np.percentile(samples, 99)), calls)


def machine_description() -> str:
    """One line naming the CPU, cores and Python, for result tables."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"
