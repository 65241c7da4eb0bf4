"""The committed CPU-only host-protocol dataset (tests/data/clprofile_host_cpu, measured on PoCL
and Intel's CPU runtime): its format is what the protocol promises to readers."""

from __future__ import annotations

import json
from pathlib import Path

from throttllem.devmap.profiler import dataset as ds
from throttllem.devmap.profiler.report import report

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "clprofile_host_cpu" / "pocl-intel"


def test_the_fixture_has_every_column_and_two_cpu_runtimes():
    csv_path, json_path, labels_path = ds.dataset_paths(FIXTURE)
    assert csv_path.read_text().splitlines()[0].split(",") == list(ds.COLUMNS)
    rows = ds.read_rows(csv_path)
    assert {r["runtime"] for r in rows} == {"Portable Computing Language", "Intel(R) OpenCL"}
    assert {r["device_type"] for r in rows} == {"CPU"} and all(r["status"] == "ok" for r in rows)
    for r in rows:
        assert r["zero_copy"] == "1" and float(r["build_ms"]) > 0
        assert float(r["host_ms_min"]) <= float(r["host_ms"]) <= float(r["host_ms_max"])
        assert ds.runtime_ms(r) == float(r["host_ms"])
    meta = json.loads(json_path.read_text())
    assert meta["measured"] is True and meta["settings"]["protocol"] == "host" and meta["settings"]["until_ms"] == 2
    # No GPU here: no label, and the report says so per device.
    assert ds.runtime_labels(rows) == [] and labels_path.read_text().count("\n") == 1
    assert "| CPU:Intel(R) OpenCL:AMD EPYC | 19 / 19 | 0 (no GPU rows) | - | - |" in report(FIXTURE)


def test_the_fixture_sweeps_follow_the_stop_rule():
    rows = ds.read_rows(ds.dataset_paths(FIXTURE)[0])
    for kernel in {r["kernel"] for r in rows}:
        mine = [r for r in rows if r["kernel"] == kernel]
        sizes = sorted({int(r["size"]) for r in mine})
        assert sizes == [256 * 4 ** k for k in range(len(sizes))]
        slowest = [max(float(r["host_ms"]) for r in mine if int(r["size"]) == n) for n in sizes]
        assert all(len([r for r in mine if int(r["size"]) == n]) == 2 for n in sizes)  # both runtimes each size
        assert slowest[-1] >= 2 and all(s < 2 for s in slowest[:-1]), (kernel, slowest)
