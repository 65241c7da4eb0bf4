"""Timing one iteration shape: with a CUDA graph (capture once, replay many times), or eagerly on
the CPU for tests of the profiler itself (torch is imported where it is used).

Eager PyTorch decode is launch-bound (measured on the reference H100: ~70-107 ms per Llama-3-8B
iteration against a few ms of GPU work). A captured graph replays every kernel of the iteration with one launch,
so the timed loop measures the GPU, not Python. Each replay is bracketed by CUDA events; the host
enqueues replays ahead of the GPU, so the GPU never waits between iterations.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ReplayTiming:
    """Per-iteration GPU times of the timed replays, and when the load ran (host monotonic s)."""

    iteration_ms: np.ndarray
    warmup_iterations: int
    load_start_s: float
    timed_start_s: float
    end_s: float

    @property
    def mean_ms(self) -> float:
        return float(self.iteration_ms.mean())

    def percentile_ms(self, q: float) -> float:
        return float(np.percentile(self.iteration_ms, q))


def loop_counts(estimate_ms: float, *, warmup_s: float, measure_s: float, min_iterations: int,
                max_iterations: int) -> tuple[int, int]:
    """(untimed, timed) step counts for about ``warmup_s`` and ``measure_s`` at ``estimate_ms``."""
    estimate_ms = max(estimate_ms, 1e-3)
    n_warm = max(1, math.ceil(warmup_s * 1000.0 / estimate_ms))
    n = min(max(min_iterations, math.ceil(measure_s * 1000.0 / estimate_ms)), max_iterations)
    return n_warm, n


def warm_up_on_side_stream(step: Callable[[], object], calls: int) -> None:
    """Runs ``step`` ``calls`` times on a side stream before a capture, as torch's graph docs ask,
    so lazy initialisation (cuBLAS workspaces, NCCL communicators) is not captured."""
    import torch  # optional heavy dependency: only measuring needs it

    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(side):
        for _ in range(calls):
            step()
    torch.cuda.current_stream().wait_stream(side)


def capture_graph(step: Callable[[], object], pool=None, warmup_calls: int = 2):
    """Captures ``step`` (fixed shapes, static inputs) into a ``torch.cuda.CUDAGraph``, after a
    warm-up on a side stream (:func:`warm_up_on_side_stream`)."""
    import torch  # optional heavy dependency: only measuring needs it

    warm_up_on_side_stream(step, warmup_calls)
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph, pool=pool):
        step()
    torch.cuda.synchronize()
    return graph


def probe_ms(run: Callable[[], object], calls: int = 3) -> float:
    """Mean GPU milliseconds of ``calls`` calls of ``run``, from CUDA events (sizes the loops)."""
    import torch  # optional heavy dependency: only measuring needs it

    probe = [torch.cuda.Event(enable_timing=True) for _ in range(2)]
    probe[0].record()
    for _ in range(calls):
        run()
    probe[1].record()
    probe[1].synchronize()
    return probe[0].elapsed_time(probe[1]) / calls


def time_with_events(run: Callable[[], object], n_warm: int, n: int,
                     before_load: Callable[[], object] | None = None) -> ReplayTiming:
    """Calls ``run`` ``n_warm`` times untimed, then ``n`` times each bracketed by CUDA events;
    ``before_load`` (if any) runs just before the first call."""
    import torch  # optional heavy dependency: only measuring needs it

    events = [torch.cuda.Event(enable_timing=True) for _ in range(n + 1)]
    if before_load is not None:
        before_load()
    load_start = time.monotonic()
    for _ in range(n_warm):
        run()
    events[0].record()
    for i in range(n):
        run()
        events[i + 1].record()
    events[-1].synchronize()
    end = time.monotonic()
    ms = np.array([events[i].elapsed_time(events[i + 1]) for i in range(n)], dtype=float)
    # The host ran ahead of the GPU: the timed part ended at `end` and lasted sum(ms).
    timed_start = max(load_start, end - float(ms.sum()) / 1000.0)
    return ReplayTiming(ms, n_warm, load_start, timed_start, end)


def time_replays(graph, *, warmup_s: float, measure_s: float,
                 min_iterations: int = 20, max_iterations: int = 20_000) -> ReplayTiming:
    """Replays ``graph`` for about ``warmup_s`` untimed, then about ``measure_s`` timed."""
    n_warm, n = loop_counts(probe_ms(graph.replay), warmup_s=warmup_s, measure_s=measure_s,
                            min_iterations=min_iterations, max_iterations=max_iterations)
    return time_with_events(graph.replay, n_warm, n)


def time_eager(step: Callable[[], object], *, warmup_s: float, measure_s: float,
               min_iterations: int = 3, max_iterations: int = 10_000) -> ReplayTiming:
    """Host-timed eager calls (``time.perf_counter``), for the CPU backend that tests the profiler
    without a GPU. Its figures describe this CPU, never a GPU."""
    step()
    load_start = time.monotonic()
    deadline = load_start + warmup_s
    warm = 0
    while time.monotonic() < deadline:
        step()
        warm += 1
    times, timed_start = [], time.monotonic()
    while len(times) < max_iterations and (len(times) < min_iterations or time.monotonic() - timed_start < measure_s):
        t0 = time.perf_counter()
        step()
        times.append((time.perf_counter() - t0) * 1000.0)
    return ReplayTiming(np.asarray(times), warm, load_start, timed_start, time.monotonic())
