"""``run_profile``: measures a preset's grid on one GPU and writes the profile (needs torch + CUDA).

Order of work: refuse early (no CUDA, no clock permission for a sweep), roofline (before the
model takes the memory), load the model, size the KV cache, then each requested clock (or the
GPU's own) and each grid point not yet in the profile: capture, replay, append one row.
"""

from __future__ import annotations

import contextlib
import logging
import time

from throttllem._progress import progress_bar
from throttllem.errors import ThrottllemError
from throttllem.profiledata.files import ProfileWriter
from throttllem.profiledata.grid import GridPoint, parse_clock_range
from throttllem.profiledata.metadata import model_section
from throttllem.profiledata.schema import ProfileRow
from throttllem.profiler.backend import NO_GPU_MESSAGE, CpuBackend, CudaBackend, ProfilerUnavailable
from throttllem.profiler.config import (
    PRESETS,
    ProfileConfig,
    ProfileResult,
    check_backend,
    close_metadata,
    kv_capacity,
    open_writer,
    preset_shape,
    profile_metadata,
)
from throttllem.profiler.records import fmt, make_step, measured_row
from throttllem.profiler.roofline import measure_roofline
from throttllem.profiler.sampler import GpuSampler
from throttllem.profiler.sweep import ClockSweep
from throttllem.profiler.tp.runner import run_tp_profile
from throttllem.specs.model_shape import ModelShape

log = logging.getLogger("throttllem.profiler")

METHODS = {
    "cuda": "one CUDA graph per point, replayed; per-iteration CUDA events; power, SM clock and clock "
            "event reasons sampled through NVML on a thread",
    "cpu": "CPU backend (tests of the profiler): eager calls timed with time.perf_counter; not a GPU",
}
__all__ = ["NO_GPU_MESSAGE", "PRESETS", "ProfileConfig", "ProfileResult", "ProfilerUnavailable", "run_profile"]


def _measure(backend, model, point: GridPoint, sampler: GpuSampler, config: ProfileConfig,
             tp_degree: int) -> ProfileRow:
    step = make_step(backend.torch, model, point, config.seed)
    timing = backend.time_step(step, warmup_s=config.warmup_s, measure_s=config.measure_s)
    clock = sampler.window(timing.timed_start_s, timing.end_s)
    power = sampler.window(timing.load_start_s, timing.end_s, settle_s=config.power_settle_s)
    return measured_row(point, tp_degree, timing.iteration_ms, clock, power)


def run_profile(config: ProfileConfig) -> ProfileResult:
    """Profiles ``config.preset`` and writes ``config.out`` (.csv + .json); resumes if it exists."""
    if config.tp_degree != 1:
        return run_tp_profile(config)
    started = time.monotonic()
    shape = preset_shape(config)
    check_backend(config)
    backend = CudaBackend(config.device) if config.backend == "cuda" else CpuBackend()
    nvml_gpu, gpu_section = backend.gpu()
    supported = tuple(gpu_section["sm_clocks_supported_mhz"]) or None
    clocks = parse_clock_range(config.clocks, supported) if config.clocks else None
    if clocks and nvml_gpu is None:
        raise ThrottllemError(f"--clocks needs NVML to lock clocks, and it is {gpu_section['nvml']}")

    with contextlib.ExitStack() as stack:
        sweep = None
        if clocks:
            sweep = stack.enter_context(ClockSweep(nvml_gpu.index))  # refuses now, before any work
        sampler = stack.enter_context(GpuSampler(nvml_gpu, period_s=config.sample_period_s))
        levels: list[int | None] = list(clocks) if clocks else [None]

        roofline = None
        if config.roofline:
            runs = []
            for level in levels:
                if sweep is not None:
                    sweep.lock(level)
                log.info("roofline at %s", "the GPU's own clock" if level is None else f"{level} MHz")
                try:
                    runs.append(measure_roofline(backend.torch, backend.index, sampler, clock_requested_mhz=level))
                except Exception as e:  # noqa: BLE001 - no nvcc, a CUDA error: the profile goes on without it
                    log.error("roofline failed, profiling without it: %s", e)
                    runs.append({"measured": False, "clock_requested_mhz": level, "error": str(e)})
                    continue
                log.info("roofline: read %.0f GB/s, copy %.0f GB/s, FP32 FMA %.1f TFLOP/s, bf16 GEMM %.0f TFLOP/s "
                         "(measured)", runs[-1]["stream_read_gbps"], runs[-1]["stream_copy_gbps"],
                         runs[-1]["fma_fp32_tflops"], runs[-1]["gemm_bf16_tflops"])
            roofline = runs[0] if len(runs) == 1 else {"measured": True, "per_clock": runs}

        load_start = time.monotonic()
        model = _load_model(backend, shape, config)
        log.info("%s: %.1f GB of random %s weights on %s in %.1f s", shape.name, model.weight_bytes / 1e9,
                 model.dtype, model.device, time.monotonic() - load_start)
        free_bytes = backend.free_bytes()
        kv_bytes = model.kv_bytes_per_token()
        capacity = kv_capacity(config, backend, free_bytes, kv_bytes)
        all_points = [p for level in levels for p in config.grid.points(level)]
        fit, skipped = config.grid.split_by_capacity(all_points, capacity, shape.max_context_tokens)
        if not fit:
            raise ThrottllemError(f"no grid point fits: {free_bytes / 1e9:.1f} GB free after the weights hold "
                                  f"{capacity} KV tokens of {kv_bytes} bytes")
        needed = max(p.cache_tokens for p in fit)
        model.allocate_cache(needed, seed=config.seed + 1)
        log.info("KV cache: %d tokens fit (%.1f GB free after weights), %d allocated; %d points fit, %d skipped",
                 capacity, free_bytes / 1e9, needed, len(fit), len(skipped))

        metadata = profile_metadata(
            config, gpu=gpu_section, torch=backend.torch,
            model=model_section(config.preset, shape, str(model.dtype).removeprefix("torch."),
                                model.weight_bytes, kv_bytes),
            backend=backend.name, method=METHODS[backend.name], capacity=capacity, skipped=skipped,
            clocks=list(clocks) if clocks else None)
        writer = open_writer(config, metadata)
        previous = writer.previous_metadata
        pending = [p for p in fit if not writer.has(p.key())]
        already = len(fit) - len(pending)
        if roofline is None and previous is not None:
            roofline = previous.get("roofline")
        metadata["roofline"] = roofline
        writer.save_metadata()

        try:
            _measure_all(backend, model, pending, levels, sweep, sampler, writer, config)
        finally:  # also on Ctrl-C or an error: the rows written so far keep a truthful metadata file
            this_run_s = time.monotonic() - started
            close_metadata(writer, metadata, fit, float((previous or {}).get("duration_s") or 0.0) + this_run_s)
    return ProfileResult(writer.csv_path, len(pending), already, len(skipped), this_run_s)


def _measure_all(backend, model, pending: list[GridPoint], levels: list[int | None], sweep, sampler: GpuSampler,
                 writer: ProfileWriter, config: ProfileConfig) -> None:
    """Measures ``pending`` clock by clock, appending each row as soon as it is measured."""
    with progress_bar(len(pending), desc=f"profile {config.preset}", unit="point", enabled=config.progress) as bar:
        for level in levels:
            todo = [p for p in pending if p.clock_requested_mhz == level]
            if todo and sweep is not None:
                sweep.lock(level)
            for point in todo:
                bar.set_postfix_str(point.label())
                row = _measure(backend, model, point, sampler, config, writer.metadata["tp_degree"])
                writer.append(row)
                bar.update(1)
                log.info("%s: %.3f ms/iteration (p10 %.3f, p90 %.3f), %.2f IPS, SM clock %s MHz, %s W, %s "
                         "(measured)", point.label(), row.iteration_ms_mean, row.iteration_ms_p10,
                         row.iteration_ms_p90, row.ips, fmt(row.sm_clock_mhz_mean), fmt(row.power_w_mean),
                         row.clock_event_reasons)


def _load_model(backend, shape: ModelShape, config: ProfileConfig):
    from throttllem.profiler.decoder import LlamaShapedDecoder  # imports torch: only when measuring

    return LlamaShapedDecoder(shape, device=backend.device, dtype=backend.dtype, seed=config.seed)
