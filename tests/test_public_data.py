"""Where the tests look for public data: THROTTLLEM_DATA_DIR, the download cache, ../shared/data."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

import public_data
from public_data import ENV_VAR, FILES, SHARED, candidates, how_to_provide, locate

from throttllem.traces.download import sha256_of


def test_search_order_is_env_then_cache_then_shared(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "data"))
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path / "cache"))
    assert candidates("devmap-amd") == [tmp_path / "data" / "devmap" / "cgo17-amd.csv",
                                        tmp_path / "cache" / "devmap" / "cgo17-amd.csv",
                                        SHARED / "devmap" / "cgo17-amd.csv"]
    assert candidates("azure-conv")[:2] == [
        tmp_path / "data" / "azure-llm-2023" / "AzureLLMInferenceTrace_conv.csv",
        tmp_path / "cache" / "traces" / "AzureLLMInferenceTrace_conv.csv"]
    monkeypatch.delenv(ENV_VAR)
    assert candidates("devmap-amd")[0] == tmp_path / "cache" / "devmap" / "cgo17-amd.csv"


def test_the_first_copy_with_the_published_checksum_is_used(tmp_path, monkeypatch, devmap_sample_dir):
    sample = devmap_sample_dir / "cgo17-amd.csv"
    monkeypatch.setitem(FILES, "devmap-amd", dataclasses.replace(FILES["devmap-amd"], sha256=sha256_of(sample)))
    monkeypatch.setenv("THROTTLLEM_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(public_data, "SHARED", tmp_path / "no-shared")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "data"))
    assert locate("devmap-amd") is None
    cached = tmp_path / "cache" / "devmap" / "cgo17-amd.csv"
    cached.parent.mkdir(parents=True)
    shutil.copy(sample, cached)
    assert locate("devmap-amd") == cached
    given = tmp_path / "data" / "devmap" / "cgo17-amd.csv"
    given.parent.mkdir(parents=True)
    given.write_text("not the table\n")
    with pytest.raises(pytest.fail.Exception, match="sha256"):  # a wrong file fails, it does not skip
        locate("devmap-amd")


def test_the_skip_reason_says_how_to_provide_the_data():
    assert "THROTTLLEM_DATA_DIR" in how_to_provide("devmap-amd")
    assert "throttllem devmap download" in how_to_provide("devmap-nvidia")
    assert "download('conv')" in how_to_provide("azure-conv")
