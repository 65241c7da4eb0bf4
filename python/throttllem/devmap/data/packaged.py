"""The project's own OpenCL kernel suite and labelled clprofile dataset, wherever they are.

An installed package carries them as package data (CMakeLists.txt installs ``kernels/opencl``
to ``throttllem/kernels/opencl`` and ``datasets/h100-clprofile.*`` to ``throttllem/datasets``),
found through importlib.resources; a source checkout has them at its root. Installed data comes
first, then the checkout above this file, then the working directory.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

#: Paths inside the installed package and the checkout.
SUITE_DIR = ("kernels", "opencl")
DATASET_STEM = ("datasets", "h100-clprofile")


def _package_root():  # a function, so tests can point it at an installed-like layout
    return importlib.resources.files("throttllem")


def _other_roots() -> tuple[Path, ...]:
    """The checkout holding this file (python/throttllem/devmap/data/ -> its root), the cwd."""
    return (*Path(__file__).resolve().parents[4:5], Path.cwd())


def installed(*parts: str) -> Path | None:
    """``parts`` inside the installed throttllem package, when it is a real file or folder there."""
    root = _package_root()
    path = root.joinpath(*parts)
    return Path(str(path)) if isinstance(root, Path) and (path.is_file() or path.is_dir()) else None


def find(*parts: str) -> Path | None:
    """``parts`` (e.g. ``kernels/opencl/manifest.json``): installed package data, else a checkout
    holding this file, else the working directory; None when none has it."""
    found = installed(*parts)
    if found is not None:
        return found
    for root in _other_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return None


def default_manifest() -> Path | None:
    """The project's kernel manifest (``kernels/opencl/manifest.json``)."""
    return find(*SUITE_DIR, "manifest.json")


def default_dataset() -> Path:
    """The project's labelled clprofile dataset (stem of ``datasets/h100-clprofile.*``); the
    cwd-relative stem when none is found (its loader then names the missing file)."""
    labels = find(DATASET_STEM[0], DATASET_STEM[1] + ".labels.csv")
    return labels.with_name(DATASET_STEM[1]) if labels is not None else Path(*DATASET_STEM)


def suite_dir() -> Path | None:
    """The folder of the project's ``.cl`` kernels."""
    return find(*SUITE_DIR)
