"""A GPU spec with the ceilings a profile's roofline measured (``throttllem profile --roofline``).

The profiler stores its roofline measurements in the profile's metadata (``roofline``: streaming
read bandwidth, bf16 GEMM rate and the SM clock it ran at); this puts them into a
:class:`~throttllem.specs.GpuSpec` in place of the datasheet ceilings and efficiency assumptions.
"""

from __future__ import annotations

import dataclasses

from throttllem.specs.gpu_spec import GpuSpec


def calibrated_gpu_spec(spec: GpuSpec, roofline: dict) -> GpuSpec:
    """``spec`` with measured ceilings: bandwidth from the streaming read kernel and the bf16
    compute peak from the GEMM, rescaled from the clock it ran at to ``peak_flops_clock_mhz``
    (compute scales with SM clock). Efficiencies become 1.0: the ceilings are now achieved rates."""
    gemm_clock = roofline["details"]["gemm_bf16"].get("sm_clock_mhz_mean") or spec.peak_flops_clock_mhz
    peak_flops = roofline["gemm_bf16_tflops"] * 1e12 * spec.peak_flops_clock_mhz / gemm_clock
    return dataclasses.replace(
        spec, name=f"{spec.name} (measured roofline)",
        memory_bandwidth_bps=roofline["stream_read_gbps"] * 1e9, memory_efficiency=1.0,
        peak_bf16_flops=peak_flops, compute_efficiency=1.0)
