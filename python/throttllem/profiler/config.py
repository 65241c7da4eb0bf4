"""What to profile (:class:`ProfileConfig`), what a run returns (:class:`ProfileResult`), and the
checks and metadata sections that the one-GPU runner and the TP runner (tp/runner.py) share."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from throttllem.errors import ThrottllemError
from throttllem.profiledata.files import ProfileWriter
from throttllem.profiledata.grid import GridPoint, ProfileGrid
from throttllem.profiledata.metadata import clocks_seen, new_metadata, software_section, utc_now
from throttllem.specs.model_shape import LLAMA2_13B, LLAMA3_8B, ModelShape

log = logging.getLogger("throttllem.profiler")
PRESETS: dict[str, ModelShape] = {"llama3-8b": LLAMA3_8B, "llama2-13b": LLAMA2_13B}
BACKENDS = ("cuda", "cpu")
SKIPPED_REASON = "does not fit the KV cache or the context"


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
    #: GPUs of one tensor-parallel instance (1, 2, 4, 8); > 1 runs profiler/tp/runner.py.
    tp_degree: int = 1
    #: TP steps in CUDA graphs: "auto" (fall back to eager steps if capture fails), "on", "off".
    tp_graphs: str = "auto"


@dataclass(frozen=True)
class ProfileResult:
    """What a run measured and wrote."""

    csv_path: Path
    measured_points: int
    already_present: int
    skipped_points: int
    duration_s: float


def preset_shape(config: ProfileConfig) -> ModelShape:
    """The model shape ``config`` asks for (its own, else its preset's)."""
    shape = config.shape or PRESETS.get(config.preset)
    if shape is None:
        raise ThrottllemError(f"unknown preset {config.preset!r}; presets: {', '.join(PRESETS)}")
    return shape


def check_backend(config: ProfileConfig) -> None:
    """Refuses a backend other than "cuda" or "cpu"."""
    if config.backend not in BACKENDS:
        raise ThrottllemError(f"unknown backend {config.backend!r} (cuda or cpu)")


def point_dict(p: GridPoint) -> dict:
    """A grid point as the metadata's ``skipped`` list holds it."""
    return {"phase": p.phase, "batch_size": p.batch_size, "kv_tokens_per_request": p.kv_tokens_per_request,
            "prefill_tokens": p.prefill_tokens, "clock_requested_mhz": p.clock_requested_mhz}


def skipped_section(skipped: list[GridPoint]) -> list[dict]:
    """The metadata's ``skipped`` list: points that do not fit."""
    return [{**point_dict(p), "reason": SKIPPED_REASON} for p in skipped]


def timing_section(config: ProfileConfig, backend: str, method: str) -> dict:
    """The metadata's ``timing`` section."""
    return {"backend": backend, "warmup_s": config.warmup_s, "measure_s": config.measure_s,
            "power_settle_s": config.power_settle_s, "sample_period_s": config.sample_period_s, "method": method}


def kv_capacity(config: ProfileConfig, backend, free_bytes: float, kv_bytes_per_token: int) -> int:
    """KV tokens that fit in ``free_bytes`` once the reserve (``config``'s, else the backend's) is
    set aside."""
    reserve = backend.reserve_bytes if config.memory_reserve_bytes is None else config.memory_reserve_bytes
    return max(int((free_bytes - reserve) // kv_bytes_per_token), 0)


def profile_metadata(config: ProfileConfig, *, gpu: dict, torch, model: dict, backend: str, method: str,
                     capacity: int, skipped: list[GridPoint], clocks: list[int] | None) -> dict:
    """A new profile's metadata: the run's GPU, software, model, grid, timing and skipped points."""
    return new_metadata(
        gpu=gpu, software=software_section(torch), model=model, grid=config.grid.as_dict(),
        timing=timing_section(config, backend, method), kv_capacity_tokens=capacity,
        skipped=skipped_section(skipped), clocks_requested_mhz=clocks)


def open_writer(config: ProfileConfig, metadata: dict) -> ProfileWriter:
    """The profile's writer (resuming the files at ``config.out`` if they exist)."""
    writer = ProfileWriter(config.out, metadata)
    if writer.repaired:
        log.warning("%s: dropped an interrupted last line", writer.csv_path)
    return writer


def close_metadata(writer: ProfileWriter, metadata: dict, fit: list[GridPoint], duration_s: float) -> None:
    """Marks the metadata complete (or not), with the clocks seen and the run's total duration, and
    saves it: also after Ctrl-C or an error, so the rows written so far keep a truthful file."""
    metadata["complete"] = all(writer.has(p.key()) for p in fit)
    metadata["clocks_seen_mhz"] = clocks_seen(writer.rows)
    metadata["updated_utc"] = utc_now()
    metadata["duration_s"] = round(duration_s, 3)
    writer.save_metadata()
