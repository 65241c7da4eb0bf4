"""Atomic replacement of files a user keeps: a failure mid-write leaves the old file whole."""

from __future__ import annotations

import csv
import stat

import pytest

from throttllem._atomic import atomic_open, write_text_atomic
from throttllem.devmap.profiler.dataset import COLUMNS, DatasetWriter, read_rows


def test_replaces_whole_and_keeps_permissions(tmp_path):
    path = tmp_path / "kept.txt"
    write_text_atomic(path, "one\n")
    assert path.read_text() == "one\n" and stat.S_IMODE(path.stat().st_mode) == 0o644
    path.chmod(0o640)
    write_text_atomic(path, "two\n")
    assert path.read_text() == "two\n" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]  # no temporary left


def test_a_failure_mid_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "kept.txt"
    write_text_atomic(path, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as f:
            f.write("half of the new")
            raise RuntimeError("killed")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_dataset_resume_rewrite_is_atomic(tmp_path, monkeypatch):
    """clprofile's resume rewrote its dataset in place: a failure there lost every row."""
    path = tmp_path / "run.csv"
    rows = [{c: "" for c in COLUMNS} | {"kernel": f"k{i}", "status": "ok", "detail": "-"} for i in range(3)]
    with DatasetWriter(path, rows):
        pass
    assert len(read_rows(path)) == 3

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv.DictWriter, "writeheader", fail)
    with pytest.raises(OSError):
        DatasetWriter(path, rows)
    assert len(read_rows(path)) == 3  # the old dataset is intact
