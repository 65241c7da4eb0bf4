"""Profile files: schema validation, clear errors, round trips, resuming, the saved reference files."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO
from throttllem.perfmodel import LLAMA3_8B
from throttllem.profiledata import COLUMNS, ProfileFormatError, ProfileGrid, ProfileWriter, read_profile
from throttllem.profiledata.schema import format_row
from throttllem.perfmodel.synthetic import write_synthetic_profile

EXAMPLE = REPO / "tests" / "data" / "profile_v1_example.csv"
COMMITTED_PROFILES = sorted((REPO / "profiles").glob("*.csv"))
SMALL_GRID = ProfileGrid((1, 8), (128, 1024), (256,))


@pytest.fixture
def example(tmp_path) -> Path:
    """A copy of the saved reference profile (format version 1)."""
    for suffix in (".csv", ".json"):
        shutil.copy(EXAMPLE.with_suffix(suffix), tmp_path / f"p{suffix}")
    return tmp_path / "p.csv"


def test_saved_reference_profile_loads(example):
    profile = read_profile(example)
    assert profile.metadata["format_version"] == 1
    assert profile.measured is False  # the example is synthetic, and says so
    assert len(profile.decode_rows()) + len(profile.prefill_rows()) == len(profile.rows)
    for row in profile.rows:
        assert row.ips == pytest.approx(1000.0 / row.iteration_ms_mean, rel=1e-4)
        assert row.kv_tokens == row.batch_size * row.kv_tokens_per_request


def test_saved_reference_profile_round_trips_byte_for_byte(example):
    profile = read_profile(example)
    lines = [",".join(COLUMNS)] + [",".join(format_row(r)) for r in profile.rows]
    assert "\n".join(lines) + "\n" == EXAMPLE.read_text()


@pytest.mark.parametrize("csv_path", COMMITTED_PROFILES, ids=[p.stem for p in COMMITTED_PROFILES])
def test_committed_reference_profiles_load(csv_path):
    profile = read_profile(csv_path)
    assert profile.measured, "profiles/ holds measurements only"
    assert profile.metadata["complete"]
    assert len(profile.decode_rows()) >= 10
    assert profile.metadata["clocks_seen_mhz"] is not None


def test_write_then_read_gives_the_same_rows(tmp_path):
    written = write_synthetic_profile(tmp_path / "s", LLAMA3_8B, preset="llama3-8b", grid=SMALL_GRID, noise=0.02)
    again = read_profile(tmp_path / "s.json")  # either file names the profile
    assert again.rows == written.rows
    assert again.metadata == written.metadata
    assert len(again.rows) == len(SMALL_GRID.points())


def test_truncated_last_line_is_a_clear_error(example):
    data = example.read_bytes()
    example.write_bytes(data[: len(data) - 20])
    with pytest.raises(ProfileFormatError, match=r"line \d+: truncated"):
        read_profile(example)


def test_row_with_missing_fields(example):
    lines = example.read_text().splitlines()
    lines[2] = ",".join(lines[2].split(",")[:10])
    example.write_text("\n".join(lines) + "\n")
    with pytest.raises(ProfileFormatError, match=r"line 3: 10 fields, expected 21"):
        read_profile(example)


def _set_cell(path: Path, line: int, column: str, value: str) -> None:
    with path.open(newline="") as f:
        rows = list(csv.reader(f))
    rows[line - 1][COLUMNS.index(column)] = value
    with path.open("w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def test_bad_number_names_line_and_column(example):
    _set_cell(example, 2, "iteration_ms_mean", "fast")
    with pytest.raises(ProfileFormatError, match=r"line 2: column iteration_ms_mean: 'fast' is not a valid float"):
        read_profile(example)


def test_inconsistent_ips_is_rejected(example):
    _set_cell(example, 2, "ips", "1.0")
    with pytest.raises(ProfileFormatError, match="ips 1.0 != 1000 / iteration_ms_mean"):
        read_profile(example)


def test_wrong_header(example):
    text = example.read_text().replace("iteration_ms_mean", "time_ms", 1)
    example.write_text(text)
    with pytest.raises(ProfileFormatError,
                       match=r"line 1: not a profile table header \(missing \['iteration_ms_mean'\]"):
        read_profile(example)


def test_duplicate_point(example):
    lines = example.read_text().splitlines()
    example.write_text("\n".join(lines + [lines[1]]) + "\n")
    with pytest.raises(ProfileFormatError, match="duplicate of line 2"):
        read_profile(example)


def test_missing_metadata_file(example):
    example.with_suffix(".json").unlink()
    with pytest.raises(ProfileFormatError, match="no such profile metadata file"):
        read_profile(example)


def test_truncated_metadata(example):
    meta = example.with_suffix(".json")
    meta.write_text(meta.read_text()[:200])
    with pytest.raises(ProfileFormatError, match="not valid JSON"):
        read_profile(example)


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.update(format="something-else"), "not a throttllem profile"),
    (lambda d: d.update(format_version=99), "format_version 99 is not supported"),
    (lambda d: d["model"].pop("num_layers"), "metadata key 'model.num_layers' is missing"),
    (lambda d: d["gpu"].update(name=7), "metadata key 'gpu.name' must be str"),
    (lambda d: d.update(tp_degree=True), "metadata key 'tp_degree' must be int"),
])
def test_metadata_schema_errors(example, edit, message):
    meta = example.with_suffix(".json")
    doc = json.loads(meta.read_text())
    edit(doc)
    meta.write_text(json.dumps(doc))
    with pytest.raises(ProfileFormatError, match=message):
        read_profile(example)


def test_writer_resumes_and_repairs_an_interrupted_line(tmp_path):
    profile = write_synthetic_profile(tmp_path / "s", LLAMA3_8B, preset="llama3-8b", grid=SMALL_GRID)
    path = profile.csv_path
    full = path.read_bytes()
    lines = full.splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:3]) + lines[3][:15])  # a crash in the middle of row 3
    writer = ProfileWriter(path, dict(profile.metadata))
    assert writer.repaired
    assert [r.key() for r in writer.rows] == [r.key() for r in profile.rows[:2]]
    assert writer.has(profile.rows[0].key()) and not writer.has(profile.rows[2].key())
    for row in profile.rows[2:]:
        writer.append(row)
    assert path.read_bytes() == full
    with pytest.raises(ProfileFormatError, match="already in the profile"):
        writer.append(profile.rows[0])


def test_writer_refuses_to_mix_models(tmp_path):
    profile = write_synthetic_profile(tmp_path / "s", LLAMA3_8B, preset="llama3-8b", grid=SMALL_GRID)
    other = json.loads(json.dumps(profile.metadata))
    other["model"]["preset"] = "llama2-13b"
    with pytest.raises(ProfileFormatError, match="choose another --out"):
        ProfileWriter(profile.csv_path, other)


def test_writer_keeps_creation_date_when_resuming(tmp_path):
    profile = write_synthetic_profile(tmp_path / "s", LLAMA3_8B, preset="llama3-8b", grid=SMALL_GRID)
    meta = dict(profile.metadata, created_utc="2030-01-01T00:00:00Z")
    writer = ProfileWriter(profile.csv_path, meta)
    assert writer.metadata["created_utc"] == profile.metadata["created_utc"]
    assert writer.previous_metadata == profile.metadata


def test_column_accessor(tmp_path):
    profile = write_synthetic_profile(tmp_path / "s", LLAMA3_8B, preset="llama3-8b", grid=SMALL_GRID)
    ips = profile.column("ips")
    assert len(ips) == len(profile.decode_rows())
    assert list(ips) == [r.ips for r in profile.decode_rows()]
    with pytest.raises(KeyError, match="no column"):
        profile.column("nope")
    # Rows are frozen: a changed copy is a different row.
    assert replace(profile.rows[0], ips=1.0) != profile.rows[0]
