"""A clprofile dataset as one labelled table per CPU runtime (``clprofile evaluate``).

Every CPU device of ``OUT.csv`` is its own CPU runtime (PoCL and Intel's CPU runtime on one Xeon
are two), paired with the file's one GPU at each (kernel, size) measured ``ok`` on both. A row's
times are the run records' ``host_ms`` (host-visible time of a steady run: enqueue to result on
the host) when the file has that column, else ``total_ms`` (event-timed H2D + kernel + D2H: the
older protocol), so an older dataset gives the same table as :func:`load_clprofile`. The launch
inputs (transfer bytes, work-group size) are the GPU row's: the bytes a discrete device moves,
which is what a host program's buffers measure whichever device runs them. Each row also carries
its *program* (the group of the program-held-out folds): the metadata's ``program`` if given,
else the kernel's source file for suite kernels, or DevMap's suite-version-program name for
kernels taken from DevMap tables.
"""

from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import replace
from pathlib import Path

import numpy as np

from throttllem.devmap.data.dataset import COUNT_COLUMNS, DevMapData, DevMapDataError
from throttllem.devmap.evaluation.protocols import program_name
from throttllem.devmap.profiler.dataset import read_rows
from throttllem.devmap.profiler.labelled import ClProfileData, _wgsize, open_dataset, work_items
from throttllem.devmap.source.static_counts import StaticCounts, static_counts

HOST_COLUMN, EVENT_COLUMN = "host_ms", "total_ms"


def runtime_name(row: dict) -> str:
    """The OpenCL platform of a run record: its ``runtime`` column, else the device key's middle part."""
    name = (row.get("runtime") or "").strip()
    if name:
        return name
    parts = row["device"].split(":")
    return parts[1] if len(parts) >= 3 else row["device"]


def kernel_program(kernel: str, info: dict) -> str:
    """The program a kernel belongs to (see the module docstring)."""
    if info.get("program"):
        return str(info["program"])
    if kernel.startswith("devmap:"):
        return "devmap:" + program_name(kernel[len("devmap:"):])
    return str(info.get("path") or kernel)


def _sources(labels_path: Path, meta: dict, base: Path) -> dict[str, str]:
    """Each kernel's source: the labels table's ``src``, else the metadata's ``path`` (relative to
    the dataset's folder's parent or the working directory)."""
    out: dict[str, str] = {}
    csv.field_size_limit(1 << 24)
    with open(labels_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("src"):
                out.setdefault(row["benchmark"], row["src"])
    for kernel, info in meta.get("kernels", {}).items():
        if kernel in out or not info.get("path"):
            continue
        for root in (base.parent, Path.cwd()):
            p = root / info["path"]
            if p.is_file():
                out[kernel] = p.read_text(encoding="utf-8")
                break
    return out


def load_runtimes(path: str | os.PathLike, *, kernels=None) -> list[ClProfileData]:
    """One :class:`ClProfileData` per CPU device of the dataset ``path``, in the order the CSV
    first names them (a CPU device sharing no launch with the GPU is left out). ``kernels`` keeps
    only those kernel ids. Raises DevMapDataError (naming the file and record) for a dataset with
    no or several GPU devices, an ok row without its time, CPU and GPU runs of different launches,
    or a source that differs from the one measured."""
    csv_path, _json_path, labels_path, meta = open_dataset(path)
    with open(csv_path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f), [])
    column = HOST_COLUMN if HOST_COLUMN in header else EVENT_COLUMN
    wanted = None if kernels is None else set(kernels)
    gpus: dict[str, dict[tuple[str, int], dict]] = {}
    cpus: dict[str, dict[tuple[str, int], dict]] = {}
    for n, row in enumerate(read_rows(csv_path), start=1):
        if row["status"] != "ok" or (wanted is not None and row["kernel"] not in wanted):
            continue
        try:
            ms = float(row.get(column) or "nan")
        except ValueError:
            ms = float("nan")
        if not ms > 0:
            raise DevMapDataError(f"{csv_path}: record {n} ({row['kernel']} size {row['size']} on {row['device']}): "
                                  f"an ok run without a positive {column} ({row.get(column)!r})")
        row = {**row, "_ms": ms}
        key = (row["kernel"], int(row["size"]))
        side = gpus if row["device_type"] == "GPU" else cpus if row["device_type"] == "CPU" else None
        if side is not None:  # the first ok run of a (kernel, size) per device, as labels() takes
            side.setdefault(row["device"], {}).setdefault(key, row)
    if len(gpus) != 1:
        raise DevMapDataError(f"{csv_path}: expected one GPU device with ok runs, found {sorted(gpus) or 'none'}")
    if not cpus:
        raise DevMapDataError(f"{csv_path}: no CPU device with ok runs" + (" for those kernels" if wanted else ""))
    (gpu_runs,) = gpus.values()
    sources = _sources(labels_path, meta, csv_path.parent)
    info = meta.get("kernels", {})
    static: dict[str, StaticCounts] = {}
    out = []
    for device, runs in cpus.items():
        keys = sorted(runs.keys() & gpu_runs.keys())
        if not keys:
            continue
        table = _table(csv_path, device, column, [(runs[k], gpu_runs[k]) for k in keys], sources, info, static, meta)
        out.append(replace(table, gpu_only=len(gpu_runs.keys() - runs.keys())))
    if not out:
        raise DevMapDataError(f"{csv_path}: no (kernel, size) measured ok on both a CPU and the GPU")
    return out


def _table(csv_path: Path, device: str, column: str, pairs: list[tuple[dict, dict]], sources: dict[str, str],
           info: dict, static: dict[str, StaticCounts], meta: dict) -> ClProfileData:
    cols: dict[str, list] = {k: [] for k in ("benchmark", "dataset", "transfer", "wgsize", "label", "cpu", "gpu", "src",
                                             "class", "kernel", "program", "global", "local")}
    for cpu, gpu in pairs:
        kernel, where = cpu["kernel"], f"{csv_path}: {cpu['kernel']} size {cpu['size']}"
        if cpu["local_size"] != gpu["local_size"] or cpu["global_size"] != gpu["global_size"]:
            raise DevMapDataError(f"{where}: the CPU and GPU runs had different launches")
        src = sources.get(kernel)
        if src is None:
            raise DevMapDataError(f"{where}: no source (not in the labels table, no readable metadata path)")
        kinfo = info.get(kernel, {})
        if kinfo.get("source_sha256") not in (None, hashlib.sha256(src.encode("utf-8")).hexdigest()):
            raise DevMapDataError(f"{where}: the source differs from the one measured")
        name = kinfo.get("kernel_name") or None
        if kernel not in static:
            try:
                static[kernel] = static_counts(src, name)
            except ValueError as e:  # LexError / ParseError
                raise DevMapDataError(f"{where}: cannot count the source: {e}") from None
        cpu_ms, gpu_ms = cpu["_ms"], gpu["_ms"]
        for key, value in (("benchmark", kernel), ("dataset", cpu["size"]), ("transfer", int(gpu["transfer_bytes"])),
                           ("wgsize", _wgsize(gpu["local_size"], where)), ("label", int(gpu_ms < cpu_ms)),
                           ("cpu", cpu_ms), ("gpu", gpu_ms), ("src", src), ("class", cpu["class"]), ("kernel", name),
                           ("program", kernel_program(kernel, kinfo)), ("global", gpu["global_size"]),
                           ("local", gpu["local_size"])):
            cols[key].append(value)
    runtime = runtime_name(pairs[0][0])
    data = DevMapData(
        platform=f"{csv_path.stem}:{runtime}", benchmark=tuple(cols["benchmark"]), dataset=tuple(cols["dataset"]),
        counts={c: np.asarray([static[k].devmap()[c] for k in cols["benchmark"]], dtype=np.int64) for c in COUNT_COLUMNS},
        transfer_bytes=np.asarray(cols["transfer"], dtype=np.int64), wgsize=np.asarray(cols["wgsize"], dtype=np.int64),
        label=np.asarray(cols["label"], dtype=np.int64), runtime_cpu=np.asarray(cols["cpu"], dtype=np.float64),
        runtime_gpu=np.asarray(cols["gpu"], dtype=np.float64), src=tuple(cols["src"]), source_path=str(csv_path),
        work_items=np.asarray([work_items(g) for g in cols["global"]], dtype=np.float64))
    return ClProfileData(data, tuple(cols["class"]), tuple(cols["kernel"]), device, pairs[0][1]["device"],
                         str(meta.get("host", "")), str(meta.get("updated_utc", "")), static, runtime=runtime,
                         time_column=column, programs=tuple(cols["program"]), global_sizes=tuple(cols["global"]),
                         local_sizes=tuple(cols["local"]))
