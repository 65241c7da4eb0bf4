"""Where the profiler runs: a CUDA GPU (the product), or the CPU (to test the profiler itself).

:class:`CudaBackend` times CUDA-graph replays with CUDA events and finds the NVML GPU of the
torch device. :class:`CpuBackend` times eager calls on the host: its figures describe the CPU
and exist so the profiler's orchestration (grid, resume, files) runs in tests without a GPU.
"""

from __future__ import annotations

import os
import platform

from throttllem import gpu as nvml_gpus
from throttllem.errors import ThrottllemError
from throttllem.profiler.timing import ReplayTiming, capture_graph, time_eager, time_replays

NO_GPU_MESSAGE = "throttllem profile needs an NVIDIA GPU and torch with CUDA"


class ProfilerUnavailable(ThrottllemError):
    """No torch, or torch without a CUDA device: nothing to profile on."""


def require_torch_cuda():
    """The torch module, if it has a CUDA device; ProfilerUnavailable otherwise."""
    try:
        import torch  # optional heavy dependency: imported only to measure
    except ImportError:
        raise ProfilerUnavailable(f"{NO_GPU_MESSAGE}: torch is not installed (pip install torch)") from None
    if not torch.cuda.is_available():
        raise ProfilerUnavailable(f"{NO_GPU_MESSAGE}: torch {torch.__version__} sees no CUDA device "
                                  f"(torch built for CUDA {torch.version.cuda or 'none'})")
    return torch


class CudaBackend:
    """One CUDA device. Each graph gets its own memory pool: a pool shared across graphs is freed
    with the last graph that used it, and capturing into it afterwards trips an internal assert
    in torch's caching allocator (seen on torch 2.11)."""

    name = "cuda"
    reserve_bytes = 6 << 30

    def __init__(self, device: int) -> None:
        self.torch = require_torch_cuda()
        self.index = int(device)
        self.torch.cuda.set_device(self.index)
        self.device = f"cuda:{self.index}"
        self.dtype = self.torch.bfloat16

    def free_bytes(self) -> int:
        return int(self.torch.cuda.mem_get_info(self.index)[0])

    def time_step(self, step, *, warmup_s: float, measure_s: float) -> ReplayTiming:
        graph = capture_graph(step, None)
        try:
            return time_replays(graph, warmup_s=warmup_s, measure_s=measure_s)
        finally:
            graph.reset()  # frees its private pool before the next capture
            del graph

    def gpu(self):
        """(throttllem.gpu.Gpu of this device or None, the metadata's gpu section)."""
        props = self.torch.cuda.get_device_properties(self.index)
        section = {"name": props.name, "uuid": None, "nvml_index": None, "cuda_device_index": self.index,
                   "driver_version": None, "memory_bytes": int(props.total_memory),
                   "sm_count": int(props.multi_processor_count),
                   "compute_capability": f"{props.major}.{props.minor}",
                   "sm_clocks_supported_mhz": [], "memory_clocks_mhz": [], "power_limit_w": None,
                   "nvml": "unavailable"}
        try:
            nvml = nvml_gpus.NvmlLibrary.open()
            gpus = nvml_gpus.open_gpus()
        except Exception as e:  # noqa: BLE001 - profiling works without NVML, just without power/clock
            section["nvml"] = f"unavailable: {str(e).splitlines()[0]}"
            return None, section
        chosen = self._match(props, gpus)
        if chosen is None:
            section["nvml"] = "no NVML GPU matches the torch device (set CUDA_VISIBLE_DEVICES consistently)"
            return None, section
        info = nvml_gpus.gpu_info([chosen.index])[0]
        section.update(name=info.name, uuid=info.uuid, nvml_index=info.index, driver_version=nvml.driver_version,
                       sm_clocks_supported_mhz=list(info.sm_clocks_mhz),
                       memory_clocks_mhz=list(info.memory_clocks_mhz),
                       power_limit_w=None if info.power_limit_mw is None else info.power_limit_mw / 1000.0,
                       nvml="ok")
        return chosen, section

    def _match(self, props, gpus):
        """The NVML GPU with the torch device's UUID; by index when no CUDA_VISIBLE_DEVICES remaps."""
        torch_uuid = str(getattr(props, "uuid", "")).lower().removeprefix("gpu-")
        for g in gpus:
            try:
                if torch_uuid and g.uuid().lower().removeprefix("gpu-") == torch_uuid:
                    return g
            except Exception:  # noqa: BLE001 - uuid unreadable: try the index rule
                pass
        if "CUDA_VISIBLE_DEVICES" not in os.environ and self.index < len(gpus):
            return gpus[self.index]
        if len(gpus) == 1 and self.torch.cuda.device_count() == 1:
            return gpus[0]  # one GPU on each side: it is this one
        return None


class CpuBackend:
    """Eager float32 on the host with a fixed memory budget: for testing the profiler (not a GPU)."""

    name = "cpu"
    reserve_bytes = 0

    def __init__(self, memory_budget_bytes: int = 256 << 20) -> None:
        import torch  # optional heavy dependency: only the CPU test backend needs it here

        self.torch = torch
        self.device = "cpu"
        self.dtype = torch.float32
        self.index = 0
        self.memory_budget_bytes = int(memory_budget_bytes)

    def free_bytes(self) -> int:
        return self.memory_budget_bytes

    def time_step(self, step, *, warmup_s: float, measure_s: float) -> ReplayTiming:
        return time_eager(step, warmup_s=warmup_s, measure_s=measure_s)

    def gpu(self):
        return None, {"name": f"CPU {platform.machine()} (CPU backend: not a GPU)", "driver_version": None,
                      "sm_clocks_supported_mhz": [], "nvml": "not used by the CPU backend"}
