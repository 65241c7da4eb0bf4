"""Where the tests find the public datasets, and how they skip when a file is absent.

Public data is never committed (the DevMap tables carry no licence to redistribute; the Azure
trace is fetched from its pinned source). A test that needs a full public file asks ``require``
(or marks itself with ``needs``); the file is looked for, first hit wins:

1. ``$THROTTLLEM_DATA_DIR/<layout path>``: a folder with the same layout as the team's data
   folder (``devmap/cgo17-amd.csv``, ``devmap/cgo17-nvidia.csv``,
   ``azure-llm-2023/AzureLLMInferenceTrace_conv.csv``);
2. the product's download cache (``$THROTTLLEM_CACHE``, else ``$XDG_CACHE_HOME/throttllem`` or
   ``~/.cache/throttllem``; files under ``devmap/`` and ``traces/``), filled by
   ``throttllem devmap download`` and ``throttllem.traces.download("conv")``;
3. ``../shared/data/<layout path>`` beside the checkout, where it exists (CI).

A file found there must carry the pinned sha256 of the download helpers, so the numbers the
tests check come from the published bytes; a wrong file fails loudly instead of skipping.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from throttllem.devmap.data import download as devmap_download
from throttllem.traces.download import PUBLIC_TRACES, sha256_of
from throttllem.traces.download import cache_dir as trace_cache_dir

REPO = Path(__file__).resolve().parents[1]
ENV_VAR = "THROTTLLEM_DATA_DIR"
SHARED = REPO.parent / "shared" / "data"


@dataclass(frozen=True)
class PublicFile:
    """One public file the tests may use: its path in the data-folder layout and the cache."""

    layout_path: str
    cache_dir: object  # callable returning the product's cache folder for this kind of file
    sha256: str
    how: str  # the command that puts it in the cache


_DEVMAP_HOW = "run `python -m throttllem devmap download` (fills the cache)"
_TRACE_HOW = ("run `python -c \"from throttllem.traces import download; download('conv')\"` "
              "(fills the cache)")

FILES: dict[str, PublicFile] = {
    "devmap-amd": PublicFile("devmap/" + devmap_download.PUBLIC_FILES["amd"].file_name,
                             devmap_download.cache_dir, devmap_download.PUBLIC_FILES["amd"].sha256, _DEVMAP_HOW),
    "devmap-nvidia": PublicFile("devmap/" + devmap_download.PUBLIC_FILES["nvidia"].file_name,
                                devmap_download.cache_dir, devmap_download.PUBLIC_FILES["nvidia"].sha256,
                                _DEVMAP_HOW),
    "azure-conv": PublicFile("azure-llm-2023/" + PUBLIC_TRACES["conv"].file_name, trace_cache_dir,
                             PUBLIC_TRACES["conv"].sha256, _TRACE_HOW),
}


def candidates(key: str) -> list[Path]:
    """The places searched for ``key``, in order."""
    entry = FILES[key]
    found = []
    if os.environ.get(ENV_VAR):
        found.append(Path(os.environ[ENV_VAR]) / entry.layout_path)
    found.append(entry.cache_dir() / Path(entry.layout_path).name)
    found.append(SHARED / entry.layout_path)  # read at call time: tests point it elsewhere
    return found


@lru_cache(maxsize=None)
def _digest(path: Path, mtime_ns: int, size: int) -> str:
    """sha256 of ``path``, hashed once per version of the file (many tests ask for the same one)."""
    return sha256_of(path)


def locate(key: str) -> Path | None:
    """The first copy of public file ``key`` in the search order, or None; fails on a wrong file."""
    for path in candidates(key):
        if path.is_file():
            stat = path.stat()
            digest = _digest(path, stat.st_mtime_ns, stat.st_size)
            if digest != FILES[key].sha256:
                pytest.fail(f"{path} has sha256 {digest}, not the published {FILES[key].sha256}: "
                            f"replace it with the published file", pytrace=False)
            return path
    return None


def how_to_provide(key: str) -> str:
    """One line telling a reader how to make ``key`` available."""
    entry = FILES[key]
    return (f"public data {entry.layout_path} not found: set {ENV_VAR} to a folder holding "
            f"{entry.layout_path}, or {entry.how}")


def require(key: str) -> Path:
    """The path of ``key``; skips the calling test, saying how to provide it, when absent."""
    path = locate(key)
    if path is None:
        pytest.skip(how_to_provide(key))
    return path


def needs(*keys: str) -> pytest.MarkDecorator:
    """A skip mark for tests that need the full public files ``keys``."""
    missing = [key for key in keys if locate(key) is None]
    return pytest.mark.skipif(bool(missing), reason="; ".join(how_to_provide(k) for k in missing) or "present")


def devmap_dir(platform: str) -> Path:
    """The folder holding the full DevMap table of ``platform`` (skips when absent)."""
    return require(f"devmap-{platform}").parent
