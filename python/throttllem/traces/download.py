"""Download the public Azure LLM inference traces, checking sha256 (nothing is shipped).

The files are CC-BY 4.0 (attribution: Patel et al., "Splitwise: Efficient generative LLM
inference using phase splitting", ISCA 2024); they are fetched from a pinned commit of
github.com/Azure/AzurePublicDataset so the checksum stays valid.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from throttllem.errors import InvalidArgumentError, ThrottllemError

_COMMIT = "b469a113cedca53ddc3bdea71a143dc4b7d8700c"
_BASE = f"https://raw.githubusercontent.com/Azure/AzurePublicDataset/{_COMMIT}/data/"


@dataclass(frozen=True)
class PublicTrace:
    """One downloadable trace file."""

    file_name: str
    url: str
    sha256: str
    size_bytes: int
    licence: str = "CC-BY-4.0 (Patel et al., Splitwise, ISCA 2024)"


PUBLIC_TRACES: dict[str, PublicTrace] = {
    "conv": PublicTrace("AzureLLMInferenceTrace_conv.csv", _BASE + "AzureLLMInferenceTrace_conv.csv",
                        "2f1e5b666d4e3055fdbba98598ce2ec307767b9064e03e2fa46676dbcc7d0bf8", 719188),
    "code": PublicTrace("AzureLLMInferenceTrace_code.csv", _BASE + "AzureLLMInferenceTrace_code.csv",
                        "54e9a6d2a4bd06ba1e060304b900abbc74cbea53de96506e60fe5bb4f2277fb6", 320117),
}


class DownloadError(ThrottllemError):
    """A download failed or its checksum did not match."""


def cache_dir() -> Path:
    """Where downloaded traces are kept: $THROTTLLEM_CACHE or ~/.cache/throttllem, then traces/."""
    root = os.environ.get("THROTTLLEM_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "throttllem")
    return Path(root) / "traces"


def sha256_of(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download(name: str, dest_dir: str | os.PathLike | None = None, *, url: str | None = None,
             timeout_s: float = 60.0) -> Path:
    """Fetches public trace ``name`` ("conv" or "code") into ``dest_dir`` and returns its path.

    An existing file with the right checksum is reused. The download goes to a temporary
    file that is renamed only after its sha256 matches, so a failed or tampered download
    never leaves a file behind. ``url`` overrides the source (e.g. a mirror); the checksum
    is still enforced.
    """
    if name not in PUBLIC_TRACES:
        raise InvalidArgumentError(f"unknown public trace {name!r}; known: {', '.join(sorted(PUBLIC_TRACES))}")
    entry = PUBLIC_TRACES[name]
    folder = Path(dest_dir) if dest_dir is not None else cache_dir()
    return fetch_into(folder, entry.file_name, entry.sha256, url or entry.url, timeout_s=timeout_s,
                      offline_hint=f"or pass --trace PATH (a local copy of {entry.file_name})")


class OfflineError(DownloadError):
    """A public file could not be fetched; the message says where to put a copy by hand."""


def fetch_into(folder: Path, file_name: str, sha256: str, source: str, *, timeout_s: float = 60.0,
               offline_hint: str = "") -> Path:
    """``folder/file_name``, reused when its sha256 matches, else downloaded from ``source`` and
    checked (:func:`fetch_verified`). A failed download says how to proceed offline: the file,
    where it goes and its sha256, and ``offline_hint`` (the command's own option for a local copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name
    if target.exists() and sha256_of(target) == sha256:
        return target
    try:
        return fetch_verified(source, sha256, target, timeout_s=timeout_s)
    except DownloadError as exc:
        if "sha256" in str(exc):  # fetched, but not the pinned bytes: no offline advice helps
            raise
        raise OfflineError(f"{exc}. Offline: copy {file_name} (sha256 {sha256}) into {folder}"
                           + (f", {offline_hint}" if offline_hint else "")) from exc


def fetch_verified(source: str, sha256: str, target: Path, *, timeout_s: float = 60.0) -> Path:
    """Downloads ``source`` to ``target`` only if its sha256 matches.

    The bytes go to a temporary file beside ``target``, renamed once the checksum holds, so a
    failed or tampered download never leaves a file behind. Shared by every public dataset the
    product fetches (traces, DevMap).
    """
    handle, temp_name = tempfile.mkstemp(prefix=".download-", dir=target.parent)
    try:
        digest = hashlib.sha256()
        with os.fdopen(handle, "wb") as out:
            try:
                with urllib.request.urlopen(source, timeout=timeout_s) as response:  # noqa: S310 (pinned URL)
                    for chunk in iter(lambda: response.read(1 << 20), b""):
                        digest.update(chunk)
                        out.write(chunk)
            except OSError as exc:
                raise DownloadError(f"could not download {source}: {exc}") from exc
        if digest.hexdigest() != sha256:
            raise DownloadError(f"{source}: sha256 {digest.hexdigest()} does not match the expected "
                                f"{sha256}; the file was discarded")
        os.replace(temp_name, target)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return target


def resolve(path_or_name: str, *, download_missing: bool = True) -> Path:
    """A trace path: an existing file as given, else a public trace name from the cache."""
    if os.path.exists(path_or_name):
        return Path(path_or_name)
    if path_or_name in PUBLIC_TRACES:
        cached = cache_dir() / PUBLIC_TRACES[path_or_name].file_name
        if cached.exists() or not download_missing:
            return cached
        return download(path_or_name)
    raise InvalidArgumentError(f"no trace file {path_or_name!r} (and it is not one of the public names "
                               f"{', '.join(sorted(PUBLIC_TRACES))})")
