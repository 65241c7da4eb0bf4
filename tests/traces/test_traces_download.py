"""Download helper: sha256 enforced, nothing left behind on failure (file:// URLs, no network)."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.traces import PUBLIC_TRACES, DownloadError, download, resolve, sha256_of

from public_data import require


def test_shared_copy_has_the_pinned_checksum():
    conv = require("azure-conv")
    assert sha256_of(conv) == PUBLIC_TRACES["conv"].sha256
    assert conv.stat().st_size == PUBLIC_TRACES["conv"].size_bytes


def _pin_to(sample, monkeypatch):
    """Make the "conv" entry point at ``sample`` with its checksum (the logic, without the public file)."""
    entry = dataclasses.replace(PUBLIC_TRACES["conv"], sha256=sha256_of(sample), size_bytes=sample.stat().st_size)
    monkeypatch.setitem(PUBLIC_TRACES, "conv", entry)
    return entry


def test_download_verifies_and_reuses(tmp_path, azure_sample, monkeypatch):
    entry = _pin_to(azure_sample, monkeypatch)
    path = download("conv", tmp_path, url=azure_sample.as_uri())
    assert path == tmp_path / entry.file_name
    assert sha256_of(path) == entry.sha256
    stamp = path.stat().st_mtime_ns
    assert download("conv", tmp_path, url="file:///nonexistent") == path  # cached: no fetch
    assert path.stat().st_mtime_ns == stamp


def test_checksum_mismatch_leaves_nothing(tmp_path):
    wrong = tmp_path / "src" / "wrong.csv"
    wrong.parent.mkdir()
    wrong.write_text("TIMESTAMP,ContextTokens,GeneratedTokens\n0,1,1\n")
    dest = tmp_path / "dest"
    with pytest.raises(DownloadError, match="sha256"):
        download("conv", dest, url=wrong.as_uri())
    assert list(dest.iterdir()) == []


def test_unreachable_source_and_unknown_name(tmp_path):
    with pytest.raises(DownloadError, match="could not download"):
        download("code", tmp_path, url=(tmp_path / "missing.csv").as_uri())
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InvalidArgumentError, match="unknown public trace"):
        download("chat", tmp_path)


def test_resolve_paths_and_names(tmp_path, azure_sample, monkeypatch):
    assert resolve(str(azure_sample)) == azure_sample
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path))
    cached = tmp_path / "traces" / PUBLIC_TRACES["conv"].file_name
    cached.parent.mkdir(parents=True)
    shutil.copy(azure_sample, cached)
    assert resolve("conv") == cached
    with pytest.raises(InvalidArgumentError, match="no trace file"):
        resolve(str(tmp_path / "nope.csv"))
