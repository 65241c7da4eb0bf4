"""Fetch the DevMap CSVs from their public location with a sha256 check (nothing is shipped).

The data (Cummins et al., CGO 2017 / PACT 2017) comes with no licence for redistribution, so
the product downloads it at run time from a pinned commit of ``ChrisCummins/phd`` (the same
bytes ProGraML checks) and caches it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from throttllem.errors import InvalidArgumentError
from throttllem.traces.download import fetch_into

_COMMIT = "65643fa5ad6769ce4678535cd2f9f37b6a467c45"
_BASE = f"https://raw.githubusercontent.com/ChrisCummins/phd/{_COMMIT}/datasets/opencl/device_mapping/"

#: The two GPU platforms of DevMap (the CPU is an Intel Core i7-3820 in both).
PLATFORMS = ("amd", "nvidia")
PLATFORM_NAMES = {"amd": "AMD Tahiti 7970", "nvidia": "NVIDIA GTX 970"}


@dataclass(frozen=True)
class DevMapFile:
    """One downloadable DevMap table."""

    file_name: str
    url: str
    sha256: str


PUBLIC_FILES: dict[str, DevMapFile] = {
    "amd": DevMapFile("cgo17-amd.csv", _BASE + "amd.csv",
                      "0076271192aa9a0a7c21aa9a637e34cd4460f8e21e756215dd23ffb2ae62dc62"),
    "nvidia": DevMapFile("cgo17-nvidia.csv", _BASE + "nvidia.csv",
                         "095c1ccef333e0a65e0e70b3ebde0aef851b61528ec46496a5d1687905abd099"),
}


def check_platform(platform: str) -> str:
    if platform not in PUBLIC_FILES:
        raise InvalidArgumentError(f"unknown DevMap platform {platform!r}; known: {', '.join(PLATFORMS)}")
    return platform


def cache_dir() -> Path:
    """Where downloaded tables are kept: $THROTTLLEM_CACHE or ~/.cache/throttllem, then devmap/."""
    root = os.environ.get("THROTTLLEM_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "throttllem")
    return Path(root) / "devmap"


def download(platform: str, dest_dir: str | os.PathLike | None = None, *, url: str | None = None,
             timeout_s: float = 60.0) -> Path:
    """Fetch the table of ``platform`` ("amd" or "nvidia") into ``dest_dir`` and return its path.

    A cached file with the right checksum is reused. The download goes to a temporary file
    renamed only once its sha256 matches, so a failed or altered download leaves nothing.
    ``url`` overrides the source (a mirror); the checksum is still enforced.
    """
    entry = PUBLIC_FILES[check_platform(platform)]
    folder = Path(dest_dir) if dest_dir is not None else cache_dir()
    return fetch_into(folder, entry.file_name, entry.sha256, url or entry.url, timeout_s=timeout_s,
                      offline_hint=f"or pass --data-dir DIR (a folder holding {entry.file_name})")


def locate(platform: str, data_dir: str | os.PathLike | None = None, *, download_missing: bool = True) -> Path:
    """The path of the ``platform`` table: in ``data_dir`` when given (must exist there), else
    the cache, downloading it when missing (unless ``download_missing`` is False)."""
    entry = PUBLIC_FILES[check_platform(platform)]
    if data_dir is not None:
        path = Path(data_dir) / entry.file_name
        if not path.exists():
            raise InvalidArgumentError(f"no DevMap table {path} (expected {entry.file_name} in {data_dir})")
        return path
    cached = cache_dir() / entry.file_name
    if cached.exists() or not download_missing:
        return cached
    return download(platform)
