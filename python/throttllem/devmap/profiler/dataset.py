"""The measured dataset: ``OUT.csv`` (one row per kernel x size x device), ``OUT.json`` (metadata)
and ``OUT.labels.csv`` (one row per kernel x size measured on a CPU and a GPU, DevMap-like).

Rows are appended, flushed and fsynced one by one, so an interrupted run keeps what it measured
and a rerun with the same ``OUT`` resumes: jobs already in the CSV are skipped. The resume replaces
the CSV with the rows it keeps atomically (temporary file + fsync + rename) before appending.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from pathlib import Path

from throttllem._atomic import atomic_open, write_text_atomic

COLUMNS = ("kernel", "origin", "class", "size", "global_size", "local_size", "device", "device_type",
           "status", "reason", "transfer_bytes", "h2d_ms", "kernel_ms", "d2h_ms", "total_ms", "span_ms",
           "wall_ms", "total_ms_min", "total_ms_max", "runs", "first_run_ms", "args_source", "detail",
           # the host protocol's (empty in rows of the events protocol, and absent from older files)
           "host_ms", "host_ms_min", "host_ms_max", "build_ms", "zero_copy", "runtime")
#: Statuses a rerun does not repeat unless asked (--retry-failed repeats all but ok/rejected).
FINAL = ("ok", "rejected", "compile_error", "undrivable", "timeout", "crash", "error", "skipped")
LABEL_COLUMNS = ("benchmark", "dataset", "class", "global_size", "local_size", "transfer", "wgsize", "oracle",
                 "runtime_cpu", "runtime_gpu", "speedup_gpu", "wall_cpu", "wall_gpu", "cpu_device", "gpu_device",
                 "src")


def dataset_paths(out: str | os.PathLike) -> tuple[Path, Path, Path]:
    """(CSV, JSON metadata, labels CSV) for the dataset path ``out`` (suffix ignored)."""
    base = Path(out)
    if base.suffix in (".csv", ".json"):
        base = base.with_suffix("")
    return base.with_suffix(".csv"), base.with_suffix(".json"), base.parent / f"{base.name}.labels.csv"


def job_key(kernel: str, size: int, device: str) -> tuple[str, int, str]:
    return (kernel, int(size), device)


def read_rows(csv_path: Path) -> list[dict]:
    """Rows of an existing dataset CSV ([] when absent); a half-written last line is dropped."""
    if not csv_path.exists():
        return []
    csv.field_size_limit(1 << 24)
    with open(csv_path, newline="") as f:
        text = f.read()
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    # A kill mid-append tears the last row, which may still parse (cut inside its last field):
    # rows end with a newline, and quotes (details may hold newlines) come in pairs.
    if rows and (not text.endswith("\n") or text.count('"') % 2):
        rows.pop()
    return [r for r in rows if r.get("detail") is not None and r.get("status") in FINAL]


class DatasetWriter:
    """Appends rows to the CSV (writing the header for a new file), one flush per row."""

    def __init__(self, csv_path: Path, keep: list[dict]):
        csv_path.parent.mkdir(parents=True, exist_ok=True)
        # Replace the file with the kept rows first (drops a torn last line and rows being
        # retried), atomically: a kill here keeps the old file whole. Then append.
        with atomic_open(csv_path, newline="") as f:
            w = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
            w.writeheader()
            for row in keep:
                w.writerow(row)
        self._f = open(csv_path, "a", newline="")
        self._w = csv.DictWriter(self._f, fieldnames=COLUMNS, extrasaction="ignore")

    def write(self, row: dict) -> None:
        """Append one job's row and put it on disk before returning: a row is reported done (the
        progress bar, the log) only after this, so a kill or power loss loses at most the job in
        flight, which a resume measures again, never a row already reported."""
        self._w.writerow(normalize(row))
        self._f.flush()
        os.fsync(self._f.fileno())

    def close(self) -> None:
        self._f.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def normalize(row: dict) -> dict:
    """A row as the CSV holds it (every column, strings), so new and read rows mix."""
    return {k: str(_fmt(row.get(k, ""))) for k in COLUMNS}


def _fmt(v):
    if isinstance(v, float):
        return "" if math.isnan(v) else f"{v:.6g}"
    return v


def write_metadata(json_path: Path, metadata: dict) -> None:
    json_path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(json_path, json.dumps(metadata, indent=1, sort_keys=True) + "\n")


def runtime_ms(row: dict) -> float:
    """The time a label compares: ``host_ms`` (host protocol) when the row has it, else ``total_ms``."""
    return float(row.get("host_ms") or row["total_ms"])


def labels(rows: list[dict]) -> list[tuple[dict, dict]]:
    """(CPU row, GPU row) for every kernel x size measured ``ok`` on both a CPU and a GPU device.

    With several devices of one type the first in the rows wins (one label per kernel x size);
    :func:`runtime_labels` pairs every CPU device with the GPU instead.
    """
    cpu: dict = {}
    gpu: dict = {}
    for r in rows:
        if r["status"] != "ok":
            continue
        side = cpu if r["device_type"] == "CPU" else gpu if r["device_type"] == "GPU" else None
        if side is not None:
            side.setdefault((r["kernel"], int(r["size"])), r)
    return [(cpu[k], gpu[k]) for k in sorted(cpu.keys() & gpu.keys(), key=lambda k: (k[0], k[1]))]


def runtime_labels(rows: list[dict]) -> list[tuple[dict, dict]]:
    """(CPU row, GPU row) for every CPU device x kernel x size measured ``ok`` there and on the
    GPU (the first GPU device in the rows): each CPU runtime is paired with the GPU on its own.
    With one CPU device this equals :func:`labels`."""
    cpu: dict = {}
    gpu: dict = {}
    for r in rows:
        if r["status"] != "ok":
            continue
        key = (r["kernel"], int(r["size"]))
        if r["device_type"] == "CPU":
            cpu.setdefault((key, r["device"]), r)
        elif r["device_type"] == "GPU":
            gpu.setdefault(key, r)
    order = {d: i for i, d in enumerate(dict.fromkeys(r["device"] for r in rows))}
    keys = sorted((k for k in cpu if k[0] in gpu), key=lambda k: (k[0][0], k[0][1], order[k[1]]))
    return [(cpu[k], gpu[k[0]]) for k in keys]


def write_labels(path: Path, rows: list[dict], sources: dict[str, str]) -> int:
    """The DevMap-like label table, one row per CPU device x kernel x size (each CPU runtime
    paired with the GPU); returns its row count. ``runtime_*`` (ms, measured) decide ``oracle``:
    the host-visible medians (``host_ms``, host protocol) where the rows have them, else the
    event-timed H2D + kernel + D2H medians (``total_ms``, events protocol); ``wall_*`` (ms,
    measured) are host wall-clock medians of the same runs."""
    pairs = runtime_labels(rows)
    with atomic_open(path, newline="") as f:
        w = csv.DictWriter(f, fieldnames=LABEL_COLUMNS)
        w.writeheader()
        for c, g in pairs:
            cpu_ms, gpu_ms = runtime_ms(c), runtime_ms(g)
            w.writerow({"benchmark": c["kernel"], "dataset": c["size"], "class": c["class"],
                        "global_size": c["global_size"], "local_size": c["local_size"],
                        "transfer": c["transfer_bytes"], "wgsize": _wgsize(c["local_size"]),
                        "oracle": "GPU" if gpu_ms < cpu_ms else "CPU", "runtime_cpu": f"{cpu_ms:.6g}",
                        "runtime_gpu": f"{gpu_ms:.6g}", "speedup_gpu": f"{cpu_ms / gpu_ms:.4g}",
                        "wall_cpu": c["wall_ms"], "wall_gpu": g["wall_ms"],
                        "cpu_device": c["device"], "gpu_device": g["device"], "src": sources.get(c["kernel"], "")})
    return len(pairs)


def _wgsize(local: str) -> int | str:
    return math.prod(int(x) for x in local.split("x")) if local else ""
