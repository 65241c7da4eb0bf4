"""Timing one tensor-parallel step on every rank at once (needs torch.distributed).

Every step holds collectives, so all ranks must run exactly the same number of steps: a
deadline-driven loop (as in ../timing.py) would leave one rank waiting forever in an all-reduce.
The ranks therefore probe a few steps, agree on the slowest estimate over a CPU (gloo) group,
and all derive the same warm-up and timed counts from it.

NCCL collectives inside CUDA graphs (NCCL >= 2.9.6; torch's ProcessGroupNCCL skips its watchdog
bookkeeping while a stream captures): before capture every rank synchronises and meets at a
CPU barrier, so no earlier collective is still in flight, and the warm-up calls have already
created the NCCL communicators and connections (their lazy set-up calls cudaMalloc, which a
capture forbids). The capture runs in ``thread_local`` error mode so that other threads' CUDA
calls (torch's NCCL watchdog querying events of earlier work) cannot invalidate it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

from throttllem.profiler.timing import ReplayTiming, loop_counts, probe_ms, time_with_events, warm_up_on_side_stream


def agree_max(value: float, cpu_group) -> float:
    """The largest ``value`` over the ranks of ``cpu_group`` (a gloo group: host tensors)."""
    import torch  # optional heavy dependency: only measuring needs it
    import torch.distributed as dist

    t = torch.tensor([float(value)], dtype=torch.float64)
    dist.all_reduce(t, op=dist.ReduceOp.MAX, group=cpu_group)
    return float(t.item())


def capture_tp_graph(step: Callable[[], object], cpu_group, warmup_calls: int = 2):
    """Captures one TP step (collectives included) into a CUDA graph on every rank; all ranks
    must call it together. Raises what torch raises when the capture fails."""
    import torch  # optional heavy dependency: only measuring needs it
    import torch.distributed as dist

    torch.cuda.synchronize()
    dist.barrier(group=cpu_group)
    warm_up_on_side_stream(step, warmup_calls)
    torch.cuda.synchronize()
    dist.barrier(group=cpu_group)  # every rank's warm-up collectives are done
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph, capture_error_mode="thread_local"):
        step()
    torch.cuda.synchronize()
    return graph


def time_tp_cuda(run: Callable[[], object], cpu_group, *, warmup_s: float, measure_s: float,
                 min_iterations: int = 20, max_iterations: int = 20_000) -> ReplayTiming:
    """Times ``run`` (a graph's ``replay`` or an eager step) with CUDA events around each call,
    the same number of calls on every rank. Host times are time.monotonic (one clock per host)."""
    import torch.distributed as dist  # optional heavy dependency: only measuring needs it

    estimate = agree_max(probe_ms(run), cpu_group)
    n_warm, n = loop_counts(estimate, warmup_s=warmup_s, measure_s=measure_s,
                            min_iterations=min_iterations, max_iterations=max_iterations)
    # Start together: no rank's warm-up waits on a late peer.
    return time_with_events(run, n_warm, n, before_load=lambda: dist.barrier(group=cpu_group))


def time_tp_host(run: Callable[[], object], cpu_group, *, warmup_s: float, measure_s: float,
                 min_iterations: int = 3, max_iterations: int = 10_000) -> ReplayTiming:
    """Host-timed eager steps for the CPU backend (tests of the TP profiler): its figures
    describe this CPU and its gloo transport, never a GPU."""
    import torch.distributed as dist  # optional heavy dependency: only measuring needs it

    run()
    t0 = time.perf_counter()
    run()
    estimate = agree_max((time.perf_counter() - t0) * 1000.0, cpu_group)
    n_warm, n = loop_counts(estimate, warmup_s=warmup_s, measure_s=measure_s,
                            min_iterations=min_iterations, max_iterations=max_iterations)
    dist.barrier(group=cpu_group)
    load_start = time.monotonic()
    for _ in range(n_warm):
        run()
    timed_start, times = time.monotonic(), []
    for _ in range(n):
        t = time.perf_counter()
        run()
        times.append((time.perf_counter() - t) * 1000.0)
    return ReplayTiming(np.asarray(times), n_warm, load_start, timed_start, time.monotonic())
