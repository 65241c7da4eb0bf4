"""Reading and writing profiles (``<name>.csv`` + ``<name>.json``), resumable row by row.

>>> from throttllem.profiledata import read_profile
>>> profile = read_profile("profiles/h100-llama3-8b.csv")       # doctest: +SKIP
>>> profile.metadata["gpu"]["name"], len(profile.decode_rows())  # doctest: +SKIP
('NVIDIA H100 80GB HBM3', 58)
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem._atomic import atomic_open, write_text_atomic
from throttllem.profiledata.grid import DECODE, PREFILL
from throttllem.profiledata.schema import (
    COLUMNS,
    ProfileFormatError,
    ProfileRow,
    format_row,
    parse_row,
    validate_metadata,
)


def profile_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """(csv, json) paths of a profile named by either file or by the common stem."""
    p = Path(path)
    if p.suffix in (".csv", ".json"):
        p = p.with_suffix("")
    return p.with_name(p.name + ".csv"), p.with_name(p.name + ".json")


@dataclass(frozen=True)
class Profile:
    """A validated profile: metadata and measured rows."""

    csv_path: Path
    metadata: dict
    rows: tuple[ProfileRow, ...]

    @property
    def measured(self) -> bool:
        return bool(self.metadata["measured"])

    def decode_rows(self) -> list[ProfileRow]:
        return [r for r in self.rows if r.phase == DECODE]

    def prefill_rows(self) -> list[ProfileRow]:
        return [r for r in self.rows if r.phase == PREFILL]

    def column(self, name: str, phase: str = DECODE) -> np.ndarray:
        """One column over the rows of ``phase`` as a float array (None -> NaN)."""
        if name not in COLUMNS:
            raise KeyError(f"no column {name!r}; columns: {', '.join(COLUMNS)}")
        values = [getattr(r, name) for r in self.rows if r.phase == phase]
        return np.array([np.nan if v is None else v for v in values], dtype=float)


def _read_table(csv_path: Path, *, repair_last_line: bool) -> tuple[list[ProfileRow], int | None]:
    """Rows of the CSV, and (with ``repair_last_line``) the byte length to truncate an interrupted
    final line to, or None when the file is whole."""
    if not csv_path.exists():
        raise ProfileFormatError(f"{csv_path}: no such profile table")
    data = csv_path.read_bytes()
    cut = None
    if data and not data.endswith(b"\n"):
        # Rows are written whole and fsynced, so a line without its newline is an interrupted write.
        if not repair_last_line:
            last = data.count(b"\n") + 1
            raise ProfileFormatError(f"{csv_path} line {last}: truncated (no end of line): the profile "
                                     "was interrupted mid-write; resume it with throttllem profile to repair")
        cut = data.rfind(b"\n") + 1
        data = data[:cut]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ProfileFormatError(f"{csv_path}: not UTF-8 text ({e})") from None
    lines = list(csv.reader(io.StringIO(text)))
    if not lines:
        raise ProfileFormatError(f"{csv_path}: empty file (no header)")
    header = [h.strip() for h in lines[0]]
    if tuple(header) != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        extra = [c for c in header if c not in COLUMNS]
        detail = f"missing {missing}, unexpected {extra}" if missing or extra else "columns out of order"
        raise ProfileFormatError(f"{csv_path} line 1: not a profile table header ({detail})")
    rows, seen = [], {}
    for number, cells in enumerate(lines[1:], start=2):
        if not cells:
            continue
        row = parse_row(cells, f"{csv_path} line {number}")
        if row.key() in seen:
            raise ProfileFormatError(f"{csv_path} line {number}: duplicate of line {seen[row.key()]} "
                                     f"({row.point().label()})")
        seen[row.key()] = number
        rows.append(row)
    return rows, cut


def read_metadata(json_path: Path) -> dict:
    if not json_path.exists():
        raise ProfileFormatError(f"{json_path}: no such profile metadata file (it belongs beside the .csv)")
    try:
        doc = json.loads(json_path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ProfileFormatError(f"{json_path}: not valid JSON ({e}); truncated?") from None
    return validate_metadata(doc, str(json_path))


def read_profile(path: str | os.PathLike) -> Profile:
    """Reads and validates a profile; raises ProfileFormatError on any defect."""
    csv_path, json_path = profile_paths(path)
    metadata = read_metadata(json_path)
    rows, _ = _read_table(csv_path, repair_last_line=False)
    for r in rows:
        if r.tp_degree != metadata["tp_degree"]:
            raise ProfileFormatError(f"{csv_path}: a row has tp_degree {r.tp_degree}, "
                                     f"metadata says {metadata['tp_degree']}")
    return Profile(csv_path, metadata, tuple(rows))


def write_metadata(json_path: Path, metadata: dict) -> None:
    """Atomically (temporary file + rename), so an interrupted run never leaves half a JSON."""
    validate_metadata(metadata, str(json_path))
    write_text_atomic(json_path, json.dumps(metadata, indent=2, sort_keys=False) + "\n")


# Metadata that must agree for rows to be appended to an existing profile.
_IDENTITY = (("gpu", "name"), ("model", "preset"), ("model", "dtype"), ("tp_degree",))


def _identity(meta: dict) -> tuple:
    out = []
    for path in _IDENTITY:
        value = meta
        for key in path:
            value = value[key]
        out.append(value)
    return tuple(out)


class ProfileWriter:
    """Appends rows to a profile, creating it or resuming it.

    Resuming: rows already in the table are kept and their points are reported by
    :meth:`has`, so a rerun measures only what is missing. The existing metadata must describe
    the same GPU, model and TP degree. An interrupted final line is dropped.
    """

    def __init__(self, path: str | os.PathLike, metadata: dict) -> None:
        self.csv_path, self.json_path = profile_paths(path)
        self.csv_path.parent.mkdir(parents=True, exist_ok=True)
        self.metadata = metadata
        self.rows: list[ProfileRow] = []
        self.repaired = False
        #: Metadata of the profile being resumed (None for a new profile).
        self.previous_metadata: dict | None = None
        if self.csv_path.exists():
            old_meta = read_metadata(self.json_path) if self.json_path.exists() else None
            if old_meta is not None and _identity(old_meta) != _identity(metadata):
                raise ProfileFormatError(
                    f"{self.csv_path} holds a profile of {_identity(old_meta)}, not {_identity(metadata)}: "
                    "choose another --out to start a new profile")
            rows, cut = _read_table(self.csv_path, repair_last_line=True)
            if cut is not None:
                with open(self.csv_path, "r+b") as f:
                    f.truncate(cut)
                self.repaired = True
            self.rows = rows
            if old_meta is not None:
                self.metadata["created_utc"] = old_meta["created_utc"]
                self.previous_metadata = old_meta
        else:
            with atomic_open(self.csv_path, newline="") as f:
                csv.writer(f, lineterminator="\n").writerow(COLUMNS)
        self._keys = {r.key() for r in self.rows}
        self.save_metadata()

    def has(self, key: tuple) -> bool:
        return key in self._keys

    def append(self, row: ProfileRow) -> None:
        """Writes one row durably (flush + fsync): a crash loses at most the row in flight."""
        if row.key() in self._keys:
            raise ProfileFormatError(f"{self.csv_path}: {row.point().label()} is already in the profile")
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(format_row(row))
        with open(self.csv_path, "a", newline="") as f:
            f.write(buf.getvalue())
            f.flush()
            os.fsync(f.fileno())
        self.rows.append(row)
        self._keys.add(row.key())

    def save_metadata(self) -> None:
        write_metadata(self.json_path, self.metadata)
