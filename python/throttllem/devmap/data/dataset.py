"""The DevMap table of one platform: 680 (kernel, input size) rows with runtimes on CPU and GPU.

Columns used: benchmark, dataset, the static Grewe counts (comp, rational, mem, localmem,
coalesced, atomic), the launch (transfer bytes, wgsize), oracle, runtime_cpu, runtime_gpu and
src. The ``seq`` column is ignored: it holds a truncated numpy repr, not a sequence.
"""

from __future__ import annotations

import csv
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem._parsing import whole_number
from throttllem.devmap.data.download import locate
from throttllem.errors import ThrottllemError

COUNT_COLUMNS = ("comp", "rational", "mem", "localmem", "coalesced", "atomic")
REQUIRED_COLUMNS = ("benchmark", "dataset", *COUNT_COLUMNS, "transfer", "wgsize", "oracle",
                    "runtime_cpu", "runtime_gpu", "src")
DEVICES = ("CPU", "GPU")  # label 0 = CPU, 1 = GPU


class DevMapDataError(ThrottllemError, ValueError):
    """A DevMap table is missing columns or has a bad row (the message names file and line)."""


@dataclass(frozen=True)
class DevMapData:
    """Columns of one platform's table; row i of every array is the same (kernel, input)."""

    platform: str
    benchmark: tuple[str, ...]
    dataset: tuple[str, ...]
    counts: dict[str, np.ndarray]      # COUNT_COLUMNS -> int64 per row
    transfer_bytes: np.ndarray         # int64
    wgsize: np.ndarray                 # int64; 0 = chosen by the OpenCL runtime
    label: np.ndarray                  # int64: 1 where the GPU is faster (the oracle)
    runtime_cpu: np.ndarray            # in the table's unit; only ratios are used
    runtime_gpu: np.ndarray
    src: tuple[str, ...]
    source_path: str = ""
    # Work-items per launch (the product of the global size), float64; None where the table does
    # not record it (DevMap's tables); a clprofile dataset does.
    work_items: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.benchmark)

    def subset(self, rows) -> DevMapData:
        """The rows ``rows`` (indices or a boolean mask) as a new table."""
        idx = np.arange(len(self))[rows]
        return DevMapData(
            platform=self.platform,
            benchmark=tuple(self.benchmark[i] for i in idx),
            dataset=tuple(self.dataset[i] for i in idx),
            counts={k: v[idx] for k, v in self.counts.items()},
            transfer_bytes=self.transfer_bytes[idx], wgsize=self.wgsize[idx], label=self.label[idx],
            runtime_cpu=self.runtime_cpu[idx], runtime_gpu=self.runtime_gpu[idx],
            src=tuple(self.src[i] for i in idx), source_path=self.source_path,
            work_items=None if self.work_items is None else self.work_items[idx])

    def work_item_counts(self) -> list[float]:
        """Each row's work-items as floats, 0.0 where the table does not record them."""
        return [0.0] * len(self) if self.work_items is None else self.work_items.tolist()

    def runtimes(self) -> np.ndarray:
        """(n, 2) runtimes: column 0 CPU, column 1 GPU (the label indexes this)."""
        return np.column_stack([self.runtime_cpu, self.runtime_gpu])


def _row_error(path: str, line: int, why: str) -> DevMapDataError:
    return DevMapDataError(f"{path}:{line}: {why}")


def _int_field(row: dict, name: str, path: str, line: int, *, minimum: int = 0) -> int:
    text = (row.get(name) or "").strip()
    try:
        value = whole_number(text)
    except ValueError:
        raise _row_error(path, line, f"column {name!r} must be an integer, got {text!r}") from None
    if value < minimum:
        raise _row_error(path, line, f"column {name!r} must be >= {minimum}, got {value}")
    return value


def _runtime_field(row: dict, name: str, path: str, line: int) -> float:
    text = (row.get(name) or "").strip()
    try:
        value = float(text)
    except ValueError:
        raise _row_error(path, line, f"column {name!r} must be a number, got {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise _row_error(path, line, f"column {name!r} must be a positive runtime, got {text!r}")
    return value


def static_device(labels: np.ndarray) -> int:
    """The label (0 CPU, 1 GPU) that is most frequent; the CPU on a tie."""
    labels = np.asarray(labels)
    return int(np.sum(labels == 1) > np.sum(labels == 0))


def load_csv(path: str | os.PathLike, platform: str | None = None) -> DevMapData:
    """Read one DevMap CSV. ``platform`` defaults to the file name's ``amd``/``nvidia`` part.

    Raises :class:`DevMapDataError` for a missing column (all named) or a bad row (file:line and
    the column), and ``FileNotFoundError`` when the file does not exist.
    """
    path = Path(path)
    if platform is None:
        stem = path.stem.lower()
        platform = next((p for p in ("amd", "nvidia") if p in stem), stem)
    # src holds whole kernels: raise the csv module's 128 KiB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    columns: dict[str, list] = {c: [] for c in REQUIRED_COLUMNS}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise DevMapDataError(f"{path}: missing column(s) {', '.join(missing)} "
                                  f"(header has: {', '.join(h for h in header if h) or 'nothing'})")
        line = 1  # the header's last line
        for row in reader:
            start, line = line + 1, reader.line_num  # a row may span lines (src has newlines)
            if None in row or any(row.get(c) is None for c in REQUIRED_COLUMNS):
                raise _row_error(str(path), start, f"expected {len(header)} fields, got a different count")
            for name in COUNT_COLUMNS:
                columns[name].append(_int_field(row, name, str(path), start))
            columns["transfer"].append(_int_field(row, "transfer", str(path), start))
            # wgsize 0: the launch left the work-group size to the runtime (4 DevMap rows).
            columns["wgsize"].append(_int_field(row, "wgsize", str(path), start))
            oracle = row["oracle"].strip()
            if oracle not in DEVICES:
                raise _row_error(str(path), start, f"column 'oracle' must be CPU or GPU, got {oracle!r}")
            columns["oracle"].append(DEVICES.index(oracle))
            cpu = _runtime_field(row, "runtime_cpu", str(path), start)
            gpu = _runtime_field(row, "runtime_gpu", str(path), start)
            if (oracle == "GPU" and gpu > cpu) or (oracle == "CPU" and cpu > gpu):
                raise _row_error(str(path), start, f"oracle {oracle} contradicts the runtimes "
                                                   f"(cpu {cpu:g}, gpu {gpu:g})")
            columns["runtime_cpu"].append(cpu)
            columns["runtime_gpu"].append(gpu)
            for name in ("benchmark", "dataset", "src"):
                if not row[name].strip():
                    raise _row_error(str(path), start, f"column {name!r} is empty")
                columns[name].append(row[name])
    if not columns["benchmark"]:
        raise DevMapDataError(f"{path}: no data rows")
    return DevMapData(
        platform=platform,
        benchmark=tuple(columns["benchmark"]), dataset=tuple(columns["dataset"]),
        counts={c: np.asarray(columns[c], dtype=np.int64) for c in COUNT_COLUMNS},
        transfer_bytes=np.asarray(columns["transfer"], dtype=np.int64),
        wgsize=np.asarray(columns["wgsize"], dtype=np.int64),
        label=np.asarray(columns["oracle"], dtype=np.int64),
        runtime_cpu=np.asarray(columns["runtime_cpu"], dtype=np.float64),
        runtime_gpu=np.asarray(columns["runtime_gpu"], dtype=np.float64),
        src=tuple(columns["src"]), source_path=str(path))


def load_platform(platform: str, data_dir: str | os.PathLike | None = None, *,
                  download_missing: bool = True) -> DevMapData:
    """The table of ``platform``: from ``data_dir`` when given, else the (downloaded) cache."""
    return load_csv(locate(platform, data_dir, download_missing=download_missing), platform)
