"""The committed H100 dataset under the host protocol (datasets/h100-clprofile-host): a reference
file in the host format, measured on the H100 machine (NVIDIA OpenCL on the GPU; PoCL and Intel's
CPU OpenCL runtime on its Xeon, two CPU runtimes)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from throttllem.devmap.profiler.runtimes import load_runtimes

from conftest import REPO
from csv_rows import csv_rows

DATASET = REPO / "datasets" / "h100-clprofile-host"


@pytest.fixture(scope="module")
def tables():
    return load_runtimes(DATASET)


def test_metadata_says_complete_host_protocol_on_the_h100():
    meta = json.loads(DATASET.with_suffix(".json").read_text())
    assert meta["complete"] is True and meta["format"] == "throttllem-clprofile/1"
    assert meta["settings"]["protocol"] == "host"
    kinds = sorted(d["type"] for d in meta["devices"])
    assert kinds == ["CPU", "CPU", "GPU"] and any("H100" in d["name"] for d in meta["devices"])
    assert meta["settings"]["until_ms"] == 1000 and meta["settings"]["max_buffer_mib"] == 128


def test_every_kernel_swept_from_a_launch_bound_size_with_host_visible_times():
    rows = [r for r in csv_rows(DATASET.with_suffix(".csv")) if r["status"] == "ok"]
    assert len({r["kernel"] for r in rows}) == 68
    for r in rows:
        assert float(r["host_ms"]) > 0 and float(r["host_ms_min"]) <= float(r["host_ms"]) <= float(r["host_ms_max"])
        assert r["zero_copy"] == ("1" if r["device_type"] == "CPU" else "0")
    first = {}
    for r in rows:
        items = int(np.prod([int(x) for x in r["global_size"].split("x")]))
        first[r["kernel"]] = min(first.get(r["kernel"], items), items)
    assert max(first.values()) <= 512  # 256 work-items, or the smallest grid of a 3-D work-group


def test_every_kernel_has_eight_sizes_on_every_device_up_to_a_second_or_the_memory_cap():
    rows = csv_rows(DATASET.with_suffix(".csv"))
    sizes: dict = {}
    for r in rows:
        if r["status"] == "ok":
            sizes.setdefault(r["kernel"], {}).setdefault(r["device"], set()).add(int(r["size"]))
    assert all(len(per) == 3 and min(len(s) for s in per.values()) >= 8 for per in sizes.values())
    for kernel in sizes:
        mine = [r for r in rows if r["kernel"] == kernel]
        capped = any(r["reason"] == "memory_cap" for r in mine)
        slowest = max(float(r["host_ms"]) for r in mine if r["status"] == "ok")
        assert capped or slowest >= 1000, kernel


@pytest.mark.parametrize("runtime, cpu_wins", [("Portable Computing Language", 180), ("Intel(R) OpenCL", 441)])
def test_labels_pair_each_cpu_runtime_with_the_gpu_and_a_cpu_wins_over_a_fifth(tables, runtime, cpu_wins):
    (cd,) = [t for t in tables if t.runtime == runtime]
    labels = [r for r in csv_rows(DATASET.parent / "h100-clprofile-host.labels.csv") if r["cpu_device"] == cd.cpu_device]
    assert len(cd.data) == len(labels) == 601
    assert ["GPU" if y else "CPU" for y in cd.data.label] == [r["oracle"] for r in labels]
    assert int((cd.data.label == 0).sum()) == cpu_wins and cpu_wins / len(labels) > 0.2
    for i, r in enumerate(labels):
        faster_gpu = float(r["runtime_gpu"]) < float(r["runtime_cpu"])
        assert cd.data.label[i] == int(faster_gpu)
