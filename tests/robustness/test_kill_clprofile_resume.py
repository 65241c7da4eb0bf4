"""SIGKILL `clprofile` at seeded random points while it resumes a dataset: no row it had is ever
lost, its metadata and labels are each an old or a new complete file, and a final resume
completes the dataset."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

cl = pytest.importorskip("pyopencl")

from throttllem.devmap.profiler import read_rows  # noqa: E402
from throttllem.devmap.profiler.dataset import COLUMNS, LABEL_COLUMNS, dataset_paths  # noqa: E402
from throttllem.devmap.profiler.execute import list_devices  # noqa: E402

from killing import kill_after, kill_points, run_to_end  # noqa: E402

if not any(d.type & cl.device_type.CPU for d in list_devices()):
    pytest.skip("no OpenCL CPU platform found (install pocl-opencl-icd)", allow_module_level=True)

SEED = 15
KILLS = 6
SIZES = [1024, 2048, 4096, 8192]
KERNEL = """
__kernel void {name}(__global const float* a, __global const float* b, __global float* c, const int n) {{
  int i = get_global_id(0);
  if (i < n) c[i] = a[i] {op} b[i];
}}"""
OPS = {"vadd": "+", "vmul": "*", "vsub": "-"}


def _code(folder: Path, kernels: list[str]) -> str:
    return f"""
        import json
        from pathlib import Path
        from throttllem.devmap.profiler import RunConfig, load_manifest, run_suite
        folder = Path({str(folder)!r})
        doc = {{"kernels": [{{"id": k, "class": "streaming", "sizes": {SIZES!r}, "local": ["64"]}} for k in {kernels!r}]}}
        (folder / "manifest.json").write_text(json.dumps(doc))
        config = RunConfig(out=folder / "out" / "ds", specs=load_manifest(folder / "manifest.json"), devices="cpu",
                           timeout_s=30, runs=2, max_runs=3, min_time_s=0.0, progress=False)
        print("ready", flush=True)
        run_suite(config)
    """


def _complete_csv(path: Path, columns) -> list[dict]:
    """Rows of a CSV that must be whole: every line has every column."""
    text = path.read_text()
    assert text.endswith("\n") and text.count('"') % 2 == 0, f"{path} is torn"
    rows = list(csv.DictReader(text.splitlines()))
    assert all(None not in r and None not in r.values() and len(r) == len(columns) for r in rows), path
    return rows


def _key(row: dict) -> tuple:
    return row["kernel"], row["size"], row["device"]


def test_killed_resumes_lose_no_row_and_leave_no_torn_file(tmp_path):
    for name, op in OPS.items():
        (tmp_path / f"{name}.cl").write_text(KERNEL.format(name=name, op=op))
    csv_path, json_path, labels_path = dataset_paths(tmp_path / "out" / "ds")
    run_to_end(_code(tmp_path, ["vadd"]))
    rows = read_rows(csv_path)
    assert len(rows) == len(SIZES) and all(r["status"] == "ok" for r in rows)
    # How long resuming with two more kernels takes, measured on a copy: kills spread over it.
    reference = tmp_path / "ref"
    (reference / "out").mkdir(parents=True)
    for p in tmp_path.glob("*.cl"):
        (reference / p.name).write_text(p.read_text())
    for p in (csv_path, json_path, labels_path):
        (reference / "out" / p.name).write_bytes(p.read_bytes())
    took = run_to_end(_code(reference, list(OPS)))
    assert len(read_rows(dataset_paths(reference / "out" / "ds")[0])) == len(OPS) * len(SIZES)

    saved = {p: p.read_bytes() for p in (csv_path, json_path, labels_path)}
    killed_runs = 0
    for delay in kill_points(SEED, took, KILLS):
        for p, data in saved.items():  # each kill interrupts the same resume
            p.write_bytes(data)
        rows = read_rows(csv_path)
        before = {_key(r): r for r in rows}
        killed_runs += kill_after(_code(tmp_path, list(OPS)), delay)
        rows = read_rows(csv_path)
        now = {_key(r): r for r in rows}
        lost = [k for k, r in before.items() if now.get(k) != r]
        assert not lost, f"rows lost by a kill {delay:.2f} s into the resume: {lost}"
        assert len(now) == len(rows)  # no row twice
        _complete_csv(labels_path, LABEL_COLUMNS) if labels_path.exists() else None
        meta = json.loads(json_path.read_text())  # an old or a new complete file
        assert meta["format"] and meta["measured"] is True
        # Every line but a torn last one (the job in flight) is a whole row.
        lines = csv_path.read_text().splitlines()
        assert lines[0].split(",") == list(COLUMNS)
    assert killed_runs >= KILLS // 2  # most points fall inside the run

    run_to_end(_code(tmp_path, list(OPS)))  # resumes what the last kill left
    final = read_rows(csv_path)
    assert sorted(map(_key, final)) == sorted(map(_key, read_rows(dataset_paths(reference / "out" / "ds")[0])))
    assert all(r["status"] == "ok" for r in final)
    assert len(_complete_csv(labels_path, LABEL_COLUMNS)) == 0  # CPU only: no CPU x GPU pairs to label
