"""The project's reference profiles: measured on the project's reference H100, shipped with the package.

They live in ``profiles/`` of the source tree and are installed as ``throttllem/profiles/``. The
simulator's default GPU model and the shipped governor model are calibrated on them.

>>> from throttllem.specs import H100_SXM_80GB, LLAMA3_8B
>>> find_reference_profile(LLAMA3_8B, H100_SXM_80GB).name  # doctest: +SKIP
'h100-llama3-8b.csv'
>>> find_reference_profile(LLAMA3_8B, H100_SXM_80GB, tp_degree=2).name  # doctest: +SKIP
'h100-tp2-llama3-8b.csv'
"""

from __future__ import annotations

import functools
from pathlib import Path

from throttllem.profiledata.files import read_metadata
from throttllem.specs import GpuSpec, ModelShape


def reference_dir() -> Path | None:
    """Where the reference profiles are: installed beside the package, or profiles/ of a checkout."""
    here = Path(__file__).resolve().parents[1]
    for candidate in (here / "profiles", here.parent.parent / "profiles"):
        if any(candidate.glob("*.csv")):
            return candidate
    return None


def reference_profile_paths() -> list[Path]:
    """The CSV files of every reference profile (sorted; empty when none ships)."""
    folder = reference_dir()
    return sorted(folder.glob("*.csv")) if folder else []


def gpu_family(name: str) -> str:
    """"H100" for "H100-SXM-80GB" or "NVIDIA H100 80GB HBM3": the chip, as specs and NVML name it."""
    for family in ("H100", "H200", "A100", "L40S", "A10"):
        if family in name:
            return family
    return name


@functools.cache
def _identity(csv_path: Path) -> tuple[tuple, str, bool, int]:
    meta = read_metadata(csv_path.with_suffix(".json"))
    model = meta["model"]
    shape = tuple(model.get(k) for k in _SHAPE_FIELDS)
    return shape, gpu_family(meta["gpu"]["name"]), bool(meta["measured"]), int(meta.get("tp_degree", 1))


_SHAPE_FIELDS = ("num_layers", "hidden_size", "num_heads", "num_kv_heads", "intermediate_size", "vocab_size",
                 "bytes_per_param", "kv_bytes_per_element")


def find_reference_profile(shape: ModelShape, gpu: GpuSpec, tp_degree: int = 1) -> Path | None:
    """The measured reference profile of ``shape`` on ``tp_degree`` GPUs of ``gpu``'s chip, or
    None. The default (TP 1) is the one-GPU calibration; a TP-N profile (e.g. ``h100-tp2-*``)
    is found only when asked for by its degree."""
    want = (tuple(getattr(shape, k) for k in _SHAPE_FIELDS), gpu_family(gpu.name), True, int(tp_degree))
    for path in reference_profile_paths():
        if _identity(path) == want:
            return path
    return None
