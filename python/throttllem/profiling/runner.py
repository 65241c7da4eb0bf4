"""``run_profile``: measures a preset's grid on one GPU and writes the profile (needs torch + CUDA).

Order of work: refuse early (no CUDA, no clock permission for a sweep), roofline (before the
model takes the memory), load the model, size the KV cache, then each requested clock (or the
GPU's own) and each grid point not yet in the profile: capture, replay, append one row.
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from throttllem._progress import progress_bar
from throttllem.errors import ThrottllemError
from throttllem.perfmodel.model_shape import LLAMA2_13B, LLAMA3_8B, ModelShape
from throttllem.profiling.backend import NO_GPU_MESSAGE, CpuBackend, CudaBackend, ProfilerUnavailable
from throttllem.profiling.grid import DECODE, GridPoint, ProfileGrid, parse_clock_range
from throttllem.profiling.metadata import (
    clocks_seen,
    model_section,
    new_metadata,
    software_section,
    utc_now,
)
from throttllem.profiling.profile_file import ProfileWriter
from throttllem.profiling.sampler import GpuSampler
from throttllem.profiling.schema import ProfileRow

log = logging.getLogger("throttllem.profiling")

PRESETS: dict[str, ModelShape] = {"llama3-8b": LLAMA3_8B, "llama2-13b": LLAMA2_13B}
METHODS = {
    "cuda": "one CUDA graph per point, replayed; per-iteration CUDA events; power, SM clock and clock "
            "event reasons sampled through NVML on a thread",
    "cpu": "CPU backend (tests of the profiler): eager calls timed with time.perf_counter; not a GPU",
}
__all__ = ["NO_GPU_MESSAGE", "PRESETS", "ProfileConfig", "ProfileResult", "ProfilerUnavailable", "run_profile"]


@dataclass
class ProfileConfig:
    """What to profile and how long to look at each point."""

    preset: str
    out: Path
    grid: ProfileGrid = field(default_factory=ProfileGrid)
    clocks: str | None = None  # "900:1980:90" or "900,1200": a sweep; None: the GPU's own clock
    device: int = 0
    warmup_s: float = 0.6
    measure_s: float = 1.2
    #: NVML power on Hopper is a 1 s average: only samples this long after the load started count.
    power_settle_s: float = 1.0
    sample_period_s: float = 0.02
    roofline: bool = False
    seed: int = 0
    #: Device memory left free after the KV cache (activations, graph pool, cuBLAS workspaces);
    #: None: the backend's default (6 GiB on a GPU).
    memory_reserve_bytes: int | None = None
    progress: bool = True
    shape: ModelShape | None = None  # overrides the preset's shape (tests, custom models)
    #: "cuda" (the product) or "cpu" (eager host timing, to test the profiler without a GPU).
    backend: str = "cuda"
    #: GPUs of one tensor-parallel instance (1, 2, 4, 8); > 1 runs profiling/tp_runner.py.
    tp_degree: int = 1
    #: TP steps in CUDA graphs: "auto" (fall back to eager steps if capture fails), "on", "off".
    tp_graphs: str = "auto"


@dataclass(frozen=True)
class ProfileResult:
    csv_path: Path
    measured_points: int
    already_present: int
    skipped_points: int
    duration_s: float


def _measure(backend, model, point: GridPoint, sampler: GpuSampler, config: ProfileConfig,
             tp_degree: int) -> ProfileRow:
    from throttllem.gpu import describe_clock_event_reasons

    torch = backend.torch
    vocab = model.shape.vocab_size
    gen = torch.Generator(device=model.device).manual_seed(config.seed + point.batch_size)
    if point.phase == DECODE:
        tokens = torch.randint(0, vocab, (point.batch_size,), device=model.device, generator=gen)
        step = lambda: model.decode_step(tokens, point.kv_tokens_per_request)  # noqa: E731
    else:
        tokens = torch.randint(0, vocab, (point.prefill_tokens,), device=model.device, generator=gen)
        step = lambda: model.prefill_step(tokens)  # noqa: E731
    timing = backend.time_step(step, warmup_s=config.warmup_s, measure_s=config.measure_s)
    clock = sampler.window(timing.timed_start_s, timing.end_s)
    power = sampler.window(timing.load_start_s, timing.end_s, settle_s=config.power_settle_s)
    mean_ms = timing.mean_ms
    reasons = clock.clock_event_reasons
    return ProfileRow(
        phase=point.phase, tp_degree=tp_degree, batch_size=point.batch_size,
        kv_tokens_per_request=point.kv_tokens_per_request, kv_tokens=point.kv_tokens,
        prefill_tokens=point.prefill_tokens, clock_requested_mhz=point.clock_requested_mhz,
        sm_clock_mhz_mean=clock.sm_clock_mhz_mean, sm_clock_mhz_min=clock.sm_clock_mhz_min,
        sm_clock_mhz_max=clock.sm_clock_mhz_max, iterations=len(timing.iteration_ms),
        iteration_ms_mean=mean_ms, iteration_ms_median=timing.percentile_ms(50),
        iteration_ms_p10=timing.percentile_ms(10), iteration_ms_p90=timing.percentile_ms(90),
        ips=1000.0 / mean_ms, power_w_mean=power.power_w_mean, power_w_max=power.power_w_max,
        energy_per_iteration_j=None if power.power_w_mean is None else power.power_w_mean * mean_ms / 1000.0,
        clock_event_reasons="unknown" if reasons is None else describe_clock_event_reasons(reasons).replace(",", "|"),
        measured_at_utc=utc_now(),
    )


def run_profile(config: ProfileConfig) -> ProfileResult:
    """Profiles ``config.preset`` and writes ``config.out`` (.csv + .json); resumes if it exists."""
    if config.tp_degree != 1:
        from throttllem.profiling.tp_runner import run_tp_profile

        return run_tp_profile(config)
    started = time.monotonic()
    shape = config.shape or PRESETS.get(config.preset)
    if shape is None:
        raise ThrottllemError(f"unknown preset {config.preset!r}; presets: {', '.join(PRESETS)}")
    if config.backend == "cuda":
        backend = CudaBackend(config.device)
    elif config.backend == "cpu":
        backend = CpuBackend()
    else:
        raise ThrottllemError(f"unknown backend {config.backend!r} (cuda or cpu)")
    nvml_gpu, gpu_section = backend.gpu()
    supported = tuple(gpu_section["sm_clocks_supported_mhz"]) or None
    clocks = parse_clock_range(config.clocks, supported) if config.clocks else None
    if clocks and nvml_gpu is None:
        raise ThrottllemError(f"--clocks needs NVML to lock clocks, and it is {gpu_section['nvml']}")

    with contextlib.ExitStack() as stack:
        sweep = None
        if clocks:
            from throttllem.profiling.sweep import ClockSweep

            sweep = stack.enter_context(ClockSweep(nvml_gpu.index))  # refuses now, before any work
        sampler = stack.enter_context(GpuSampler(nvml_gpu, period_s=config.sample_period_s))
        levels: list[int | None] = list(clocks) if clocks else [None]

        roofline = None
        if config.roofline:
            from throttllem.profiling.roofline import measure_roofline

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
        reserve = backend.reserve_bytes if config.memory_reserve_bytes is None else config.memory_reserve_bytes
        capacity = max(int((free_bytes - reserve) // kv_bytes), 0)
        all_points = [p for level in levels for p in config.grid.points(level)]
        fit, skipped = config.grid.split_by_capacity(all_points, capacity, shape.max_context_tokens)
        if not fit:
            raise ThrottllemError(f"no grid point fits: {free_bytes / 1e9:.1f} GB free after the weights hold "
                                  f"{capacity} KV tokens of {kv_bytes} bytes")
        needed = max(p.cache_tokens for p in fit)
        model.allocate_cache(needed, seed=config.seed + 1)
        log.info("KV cache: %d tokens fit (%.1f GB free after weights), %d allocated; %d points fit, %d skipped",
                 capacity, free_bytes / 1e9, needed, len(fit), len(skipped))

        metadata = new_metadata(
            gpu=gpu_section, software=software_section(backend.torch),
            model=model_section(config.preset, shape, str(model.dtype).removeprefix("torch."),
                                model.weight_bytes, kv_bytes),
            grid=config.grid.as_dict(),
            timing={"backend": backend.name, "warmup_s": config.warmup_s, "measure_s": config.measure_s,
                    "power_settle_s": config.power_settle_s, "sample_period_s": config.sample_period_s,
                    "method": METHODS[backend.name]},
            kv_capacity_tokens=capacity,
            skipped=[{**_point_dict(p), "reason": "does not fit the KV cache or the context"} for p in skipped],
            clocks_requested_mhz=list(clocks) if clocks else None)
        writer = ProfileWriter(config.out, metadata)
        previous = writer.previous_metadata
        if writer.repaired:
            log.warning("%s: dropped an interrupted last line", writer.csv_path)
        pending = [p for p in fit if not writer.has(p.key())]
        already = len(fit) - len(pending)
        if roofline is None and previous is not None:
            roofline = previous.get("roofline")
        metadata["roofline"] = roofline
        writer.save_metadata()

        try:
            _measure_all(backend, model, pending, levels, sweep, sampler, writer, config)
        finally:  # also on Ctrl-C or an error: the rows written so far keep a truthful metadata file
            metadata["complete"] = all(writer.has(p.key()) for p in fit)
            metadata["clocks_seen_mhz"] = clocks_seen(writer.rows)
            metadata["updated_utc"] = utc_now()
            this_run_s = time.monotonic() - started
            metadata["duration_s"] = round(float((previous or {}).get("duration_s") or 0.0) + this_run_s, 3)
            writer.save_metadata()
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
                         row.iteration_ms_p90, row.ips, _fmt(row.sm_clock_mhz_mean), _fmt(row.power_w_mean),
                         row.clock_event_reasons)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}"


def _point_dict(p: GridPoint) -> dict:
    return {"phase": p.phase, "batch_size": p.batch_size, "kv_tokens_per_request": p.kv_tokens_per_request,
            "prefill_tokens": p.prefill_tokens, "clock_requested_mhz": p.clock_requested_mhz}


def _load_model(backend, shape: ModelShape, config: ProfileConfig):
    from throttllem.profiling.decoder import LlamaShapedDecoder

    return LlamaShapedDecoder(shape, device=backend.device, dtype=backend.dtype, seed=config.seed)
