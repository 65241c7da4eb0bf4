#!/usr/bin/env python3
"""Make the two-CPU-runtime clprofile fixture of this folder (see README.md for what and why).

  # 1. measure the Intel CPU runtime rows on this machine (needs pyopencl + Intel's runtime):
  OCL_ICD_VENDORS=/tmp/intelocl/rt/vendors LD_LIBRARY_PATH=/tmp/intelocl/rt/lib \\
      PYTHONPATH=python python tests/data/clprofile_2cpu/make_fixture.py measure
  # 2. compose the fixture from those rows and the H100 machine's rows of datasets/h100-clprofile:
  PYTHONPATH=python python tests/data/clprofile_2cpu/make_fixture.py compose
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SOURCE = REPO / "datasets" / "h100-clprofile"
INTEL = HERE / "intel-dev-vm"          # the raw run of step 1 (kept: the fixture's Intel rows come from it)
FIXTURE = HERE / "two-cpu"
# kernels and sizes: each of the H100 dataset's CPU-faster launches, with smaller sizes of its kernel
SIZES = {
    "vadd": (1024, 65536, 1048576, 4194304),
    "daxpby": (1024, 65536, 1048576, 4194304),
    "batched_mat4": (1024, 65536, 1048576, 4194304),
    "jacobi2d_5pt": (64, 512, 2048, 4096),
    "matvec_rows": (256, 1024, 4096, 8192),
    "spmv_dia": (1024, 65536, 1048576, 4194304),
    "outer_product": (64, 512, 2048, 4096),
    "mandelbrot": (1024, 16384, 262144, 1048576),
}
NEW_COLUMNS = ("host_ms", "host_ms_min", "host_ms_max", "build_ms", "zero_copy", "runtime")


def measure() -> None:
    from throttllem.devmap.profiler.runner import RunConfig, run_suite
    from throttllem.devmap.profiler.suite import default_manifest, load_manifest

    specs = [replace(s, sizes=SIZES[s.id]) for s in load_manifest(default_manifest()) if s.id in SIZES]
    result = run_suite(RunConfig(out=INTEL, specs=specs, devices="Intel(R) OpenCL", progress=False))
    print(f"{result.csv_path}: {result.measured_now} rows measured, {result.left_for_later} left")


def _rows(csv_path: Path) -> list[dict]:
    csv.field_size_limit(1 << 24)
    with open(csv_path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def compose() -> None:
    from throttllem.devmap.profiler.dataset import COLUMNS, write_labels, write_metadata

    wanted = {(k, s) for k, sizes in SIZES.items() for s in sizes}
    h100 = [r for r in _rows(SOURCE.with_suffix(".csv")) if (r["kernel"], int(r["size"])) in wanted]
    intel = [r for r in _rows(INTEL.with_suffix(".csv")) if r["status"] == "ok"]
    rows = []
    for r in h100 + intel:
        # host_ms: the old protocol's host wall-clock median of the same runs (copies included),
        # the only host-visible time these rows have; zero_copy 0: every buffer was copied.
        rows.append({**r, "host_ms": r["wall_ms"], "host_ms_min": "", "host_ms_max": "", "build_ms": "",
                     "zero_copy": "0", "runtime": r["device"].split(":")[1]})
    with open(FIXTURE.with_suffix(".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=(*COLUMNS, *NEW_COLUMNS))
        w.writeheader()
        w.writerows(rows)
    meta = json.loads(SOURCE.with_suffix(".json").read_text())
    intel_meta = json.loads(INTEL.with_suffix(".json").read_text())
    meta["kernels"] = {k: v for k, v in meta["kernels"].items() if k in SIZES}
    meta["devices"] = meta["devices"] + intel_meta["devices"]
    meta["host"] = "vm (GPU and PoCL rows: the H100 machine; Intel rows: the dev VM)"
    meta["rows"], meta["status_counts"] = len(rows), {"ok": len(rows)}
    meta["fixture"] = "tests/data/clprofile_2cpu/README.md"
    sources = {k: (REPO / v["path"]).read_text() for k, v in meta["kernels"].items()}
    meta["labelled"] = write_labels(HERE / f"{FIXTURE.name}.labels.csv", rows, sources)
    write_metadata(FIXTURE.with_suffix(".json"), meta)
    print(f"{FIXTURE}.csv: {len(rows)} rows ({len(h100)} from {SOURCE.name}, {len(intel)} measured here)")


if __name__ == "__main__":
    {"measure": measure, "compose": compose}[sys.argv[1] if len(sys.argv) > 1 else ""]()
