"""A clprofile dataset (``OUT.csv``, ``OUT.json``, ``OUT.labels.csv``) as a DevMap-style table.

One row per kernel x size timed ``ok`` on both a CPU and a GPU: ``benchmark`` is the kernel id
(so grouped folds keep a kernel's sizes together), ``dataset`` the size, transfer bytes and
work-group size come from the run records of ``OUT.csv`` (checked equal on both devices), the
runtimes are the run records' ``total_ms`` (H2D + kernel + D2H medians, measured), the label is
the faster device, and the static counts DevMap took from an LLVM pass are computed from the
source by :mod:`throttllem.devmap.source.static_counts`. Every consistency check names the file and row.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DEVICES, DevMapData, DevMapDataError
from throttllem.devmap.profiler.dataset import dataset_paths, labels, read_rows
from throttllem.devmap.source.static_counts import StaticCounts, static_counts


@dataclass(frozen=True)
class ClProfileData:
    """The table and what it came from."""

    data: DevMapData
    classes: tuple[str, ...]          # the suite class of each row's kernel
    kernel_names: tuple[str | None, ...]  # the __kernel each row launched (None: the source's first)
    cpu_device: str
    gpu_device: str
    host: str                         # the metadata's host name of the machine that measured
    measured_utc: str
    static: dict[str, StaticCounts]   # per kernel id
    # Set by the per-runtime loader (profiler.runtimes); empty/defaults for load_clprofile's table.
    runtime: str = ""                 # the CPU runtime (OpenCL platform) of cpu_device
    time_column: str = "total_ms"     # the run records' column the times come from
    programs: tuple[str, ...] = ()    # each row's program (group of the program-held-out folds)
    global_sizes: tuple[str, ...] = ()  # each row's global size as recorded ("1024", "64x64")
    local_sizes: tuple[str, ...] = ()
    gpu_only: int = 0                 # launches ok on the GPU but not on this CPU device (left out)

    def totals_ms(self) -> dict[str, float]:
        """Sums of measured times (ms): always-CPU, always-GPU and the oracle's choice."""
        d = self.data
        return {"always-CPU": float(np.sum(d.runtime_cpu)), "always-GPU": float(np.sum(d.runtime_gpu)),
                "oracle": float(np.sum(np.minimum(d.runtime_cpu, d.runtime_gpu)))}

    def origin(self, path) -> str:
        """Where the rows come from, for a model's provenance (``path``: the dataset as named)."""
        return f"clprofile {path} (measured on {self.host}, {self.measured_utc}: {self.cpu_device} vs {self.gpu_device})"

    def subset(self, rows) -> ClProfileData:
        """The rows ``rows`` (indices or a boolean mask)."""
        idx = np.arange(len(self.data))[rows]
        def pick(values: tuple) -> tuple:
            return tuple(values[i] for i in idx) if values else ()

        return ClProfileData(self.data.subset(idx), pick(self.classes), pick(self.kernel_names), self.cpu_device,
                             self.gpu_device, self.host, self.measured_utc, self.static, self.runtime,
                             self.time_column, pick(self.programs), pick(self.global_sizes), pick(self.local_sizes),
                             self.gpu_only)


def work_items(global_size: str) -> float:
    """Work-items of a recorded global size ("1024", "64x64"): their product; 0 when the run
    recorded none (the runtime's choice)."""
    if not global_size.strip():
        return 0.0
    n = 1.0
    for part in global_size.split("x"):
        n *= int(part)
    return n


def _wgsize(local: str, where: str) -> int:
    """Work-items per group from a ``local_size`` like "128" or "16x16" ("" = left to the runtime: 0)."""
    if not local.strip():
        return 0
    try:
        return math.prod(int(x) for x in local.split("x"))
    except ValueError:
        raise DevMapDataError(f"{where}: local_size {local!r} is not N or NxM") from None


def open_dataset(path: str | os.PathLike) -> tuple[Path, Path, Path, dict]:
    """(CSV, JSON, labels CSV, metadata) of the dataset ``path``, checked: the three files exist and
    the metadata is a JSON object marked measured. Raises DevMapDataError naming the file."""
    csv_path, json_path, labels_path = dataset_paths(path)
    for p in (csv_path, json_path, labels_path):
        if not p.exists():
            raise DevMapDataError(f"{p}: no such file (a clprofile dataset has .csv, .json and .labels.csv)")
    try:
        meta = json.loads(json_path.read_text(encoding="utf-8"))
    except ValueError as e:  # invalid JSON or not UTF-8
        raise DevMapDataError(f"{json_path}: not valid JSON metadata ({e})") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("kernels", {}), dict):
        raise DevMapDataError(f"{json_path}: the metadata must be a JSON object (with 'kernels' an object)")
    if not meta.get("measured"):
        raise DevMapDataError(f"{json_path}: not marked measured")
    return csv_path, json_path, labels_path, meta


def load_clprofile(path: str | os.PathLike, *, kernels=None) -> ClProfileData:
    """Load the dataset ``path`` (``datasets/h100-clprofile``, with or without a suffix).

    ``kernels`` keeps only those kernel ids (a quick subset). Raises DevMapDataError when the
    labels disagree with the run records or a source's digest with the metadata.
    """
    csv_path, json_path, labels_path, meta = open_dataset(path)
    runs = {(c["kernel"], int(c["size"])): (c, g) for c, g in labels(read_rows(csv_path))}
    csv.field_size_limit(1 << 24)
    with open(labels_path, newline="", encoding="utf-8") as f:
        label_rows = list(csv.DictReader(f))
    wanted = None if kernels is None else set(kernels)
    columns: dict[str, list] = {k: [] for k in ("benchmark", "dataset", "transfer", "wgsize", "label", "cpu", "gpu",
                                                "items",
                                                "src", "class", "kernel")}
    static: dict[str, StaticCounts] = {}
    devices: set[tuple[str, str]] = set()
    for line, row in enumerate(label_rows, start=2):
        kernel, where = row["benchmark"], f"{labels_path}:{line}"
        if wanted is not None and kernel not in wanted:
            continue
        pair = runs.get((kernel, int(row["dataset"])))
        if pair is None:
            raise DevMapDataError(f"{where}: {kernel} size {row['dataset']} has no ok CPU and GPU runs in {csv_path}")
        cpu, gpu = pair
        if cpu["transfer_bytes"] != gpu["transfer_bytes"] or cpu["local_size"] != gpu["local_size"]:
            raise DevMapDataError(f"{where}: the CPU and GPU runs of {kernel} size {row['dataset']} had different "
                                  "launches")
        cpu_ms, gpu_ms = float(cpu["total_ms"]), float(gpu["total_ms"])
        if not (cpu_ms > 0 and gpu_ms > 0) or float(row["runtime_cpu"]) != cpu_ms or \
                float(row["runtime_gpu"]) != gpu_ms:
            raise DevMapDataError(f"{where}: runtimes differ from the run records ({cpu_ms}, {gpu_ms} ms)")
        label = int(gpu_ms < cpu_ms)
        if row["oracle"] != DEVICES[label]:
            raise DevMapDataError(f"{where}: oracle {row['oracle']} contradicts the runtimes")
        info = meta.get("kernels", {}).get(kernel, {})
        digest = hashlib.sha256(row["src"].encode("utf-8")).hexdigest()
        if info.get("source_sha256") not in (None, digest):
            raise DevMapDataError(f"{where}: the source of {kernel} differs from the one measured ({json_path})")
        name = info.get("kernel_name") or None
        if kernel not in static:
            try:
                static[kernel] = static_counts(row["src"], name)
            except ValueError as e:  # LexError / ParseError
                raise DevMapDataError(f"{where}: cannot count {kernel}'s source: {e}") from None
        devices.add((cpu["device"], gpu["device"]))
        columns["benchmark"].append(kernel)
        columns["dataset"].append(row["dataset"])
        columns["transfer"].append(int(cpu["transfer_bytes"]))
        columns["wgsize"].append(_wgsize(cpu["local_size"], where))
        columns["label"].append(label)
        columns["cpu"].append(cpu_ms)
        columns["gpu"].append(gpu_ms)
        columns["src"].append(row["src"])
        columns["class"].append(row["class"])
        columns["kernel"].append(name)
        columns["items"].append(work_items(cpu.get("global_size") or ""))
    if not columns["benchmark"]:
        raise DevMapDataError(f"{labels_path}: no labelled rows" + (" for those kernels" if wanted else ""))
    if len(devices) != 1:
        raise DevMapDataError(f"{labels_path}: expected one CPU and one GPU device, found {sorted(devices)}")
    (cpu_device, gpu_device), = devices
    counts = {c: np.asarray([static[k].devmap()[c] for k in columns["benchmark"]], dtype=np.int64)
              for c in COUNT_COLUMNS}
    data = DevMapData(
        platform=Path(csv_path).stem, benchmark=tuple(columns["benchmark"]), dataset=tuple(columns["dataset"]),
        counts=counts, transfer_bytes=np.asarray(columns["transfer"], dtype=np.int64),
        wgsize=np.asarray(columns["wgsize"], dtype=np.int64), label=np.asarray(columns["label"], dtype=np.int64),
        runtime_cpu=np.asarray(columns["cpu"], dtype=np.float64), runtime_gpu=np.asarray(columns["gpu"], dtype=np.float64),
        src=tuple(columns["src"]), source_path=str(labels_path),
        work_items=np.asarray(columns["items"], dtype=np.float64))
    return ClProfileData(data, tuple(columns["class"]), tuple(columns["kernel"]), cpu_device, gpu_device,
                         str(meta.get("host", "")), str(meta.get("updated_utc", "")), static)
