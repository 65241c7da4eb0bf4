"""Roofline calibration: achieved memory bandwidth and arithmetic rates at the current clock.

Three measurements, each with the SM clock and power seen while it ran (measured):

* ``stream_read_gbps`` / ``stream_copy_gbps``: the project's streaming kernels (kernels/stream.cu)
  over 2 GiB buffers, far beyond L2; decode reads its weights and KV cache like ``read``.
* ``fma_fp32_tflops``: the project's FMA-bound kernel (kernels/fma.cu), CUDA cores only.
* ``gemm_bf16_tflops``: a large bf16 matrix multiply through torch (cuBLAS, tensor cores): the
  compute ceiling that the perfmodel's ``peak_bf16_flops`` describes.

:func:`throttllem.perfmodel.measured_spec.calibrated_gpu_spec` puts these into a
:class:`~throttllem.specs.GpuSpec`, replacing its datasheet ceilings and efficiency assumptions.
"""

from __future__ import annotations

import time

import numpy as np

from throttllem.profiler.cuda_kernels import RooflineKernels, build_library
from throttllem.profiler.sampler import GpuSampler

# Each measurement runs for about a second on an H100, long enough for the SM clock (and a power
# cap's effect on it) to settle and be sampled many times.
STREAM_BYTES = 2 << 30
STREAM_REPEATS = 400       # ~0.7 ms per 2 GiB read at ~3 TB/s
FMA_ITERATIONS = 1 << 17
FMA_REPEATS = 60           # ~17 ms per launch at ~65 TFLOP/s
GEMM_SIZE = 8192
GEMM_REPEATS = 600         # ~1.7 ms per 8192^3 bf16 GEMM


def _clock_power(sampler: GpuSampler, start_s: float, end_s: float) -> dict:
    stats = sampler.window(start_s, end_s, settle_s=0.0)
    return {"sm_clock_mhz_mean": stats.sm_clock_mhz_mean, "power_w_max": stats.power_w_max}


def _stream(kernels: RooflineKernels, device: int, sampler: GpuSampler, mode: str) -> dict:
    start = time.monotonic()
    ms = np.asarray(kernels.stream(device, mode, STREAM_BYTES, STREAM_REPEATS))
    end = time.monotonic()
    moved = STREAM_BYTES * (2 if mode == "copy" else 1)
    gbps = moved / (np.median(ms) / 1000.0) / 1e9
    return {"gbps": float(gbps), "best_gbps": float(moved / (ms.min() / 1000.0) / 1e9),
            "bytes_per_launch": moved, "launches": len(ms), **_clock_power(sampler, start, end)}


def _fma(kernels: RooflineKernels, device: int, sampler: GpuSampler) -> dict:
    start = time.monotonic()
    ms, flops = kernels.fma(device, FMA_ITERATIONS, FMA_REPEATS)
    end = time.monotonic()
    ms = np.asarray(ms)
    return {"tflops": float(flops / (np.median(ms) / 1000.0) / 1e12),
            "best_tflops": float(flops / (ms.min() / 1000.0) / 1e12),
            "flops_per_launch": flops, "launches": len(ms), **_clock_power(sampler, start, end)}


def _gemm(torch, device: int, sampler: GpuSampler) -> dict:
    n = GEMM_SIZE
    a = torch.randn(n, n, device=f"cuda:{device}", dtype=torch.bfloat16)
    b = torch.randn(n, n, device=f"cuda:{device}", dtype=torch.bfloat16)
    c = a @ b
    torch.cuda.synchronize(device)
    events = [torch.cuda.Event(enable_timing=True) for _ in range(GEMM_REPEATS + 1)]
    start = time.monotonic()
    events[0].record()
    for i in range(GEMM_REPEATS):
        torch.matmul(a, b, out=c)
        events[i + 1].record()
    events[-1].synchronize()
    end = time.monotonic()
    ms = np.array([events[i].elapsed_time(events[i + 1]) for i in range(GEMM_REPEATS)])
    flops = 2.0 * n**3
    del a, b, c
    torch.cuda.empty_cache()  # give the memory back before the model sizes its KV cache
    return {"tflops": float(flops / (np.median(ms) / 1000.0) / 1e12),
            "best_tflops": float(flops / (ms.min() / 1000.0) / 1e12),
            "shape": [n, n, n], "launches": GEMM_REPEATS, **_clock_power(sampler, start, end)}


def measure_roofline(torch, device: int, sampler: GpuSampler, *, clock_requested_mhz: int | None = None,
                     build_dir=None) -> dict:
    """All three measurements on CUDA device ``device`` (measured); a JSON-ready dict."""
    capability = torch.cuda.get_device_capability(device)
    library = build_library(tuple(capability), cache_dir=build_dir)
    kernels = RooflineKernels(library)
    read = _stream(kernels, device, sampler, "read")
    copy = _stream(kernels, device, sampler, "copy")
    fma = _fma(kernels, device, sampler)
    gemm = _gemm(torch, device, sampler)
    return {
        "measured": True,
        "clock_requested_mhz": clock_requested_mhz,
        "stream_read_gbps": read["gbps"],
        "stream_copy_gbps": copy["gbps"],
        "fma_fp32_tflops": fma["tflops"],
        "gemm_bf16_tflops": gemm["tflops"],
        "details": {"stream_read": read, "stream_copy": copy, "fma_fp32": fma, "gemm_bf16": gemm},
        "method": ("median of timed launches (CUDA events) after a warm-up, about 1 s each; kernels/stream.cu and "
                   "kernels/fma.cu compiled with nvcc; GEMM through torch.matmul (cuBLAS)"),
    }
