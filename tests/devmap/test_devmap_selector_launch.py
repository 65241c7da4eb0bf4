"""A gbdt-launch selector: trained on one CPU runtime of a two-runtime clprofile dataset (the
committed H100 one), it decides through DeviceSelector and the host API exactly as the model fitted
in Python on the same rows, reading the launch's work-items and the named kernel's counts."""

from __future__ import annotations

import json

import numpy as np
import pytest

from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.host import HostSelector
from throttllem.devmap.models import create
from throttllem.devmap.profiler.runtimes import load_runtimes
from throttllem.errors import InvalidArgumentError

from cli_errors import fails
from conftest import REPO

DATASET = REPO / "datasets" / "h100-clprofile-host"


def _sizes(text):
    return tuple(int(x) for x in text.split("x")) if text else None


@pytest.fixture(scope="module")
def intel(tmp_path_factory):
    from throttllem.cli import main

    out = tmp_path_factory.mktemp("sel") / "intel"
    assert main(["devmap", "train", "--profile", str(DATASET), "--runtime", "intel", "--model", "gbdt-launch",
                 "--out", str(out)]) == 0
    (cd,) = [t for t in load_runtimes(DATASET) if t.runtime == "Intel(R) OpenCL"]
    return out, cd


def test_the_command_trains_the_named_runtime_and_model(intel):
    out, cd = intel
    meta = json.loads((out / "selector.json").read_text())
    assert meta["model"] == "gbdt-launch" and meta["rows"] == len(cd.data) == 601
    assert "Intel(R) OpenCL" in meta["origin"] and "NVIDIA H100" in meta["origin"]


def test_decisions_match_the_python_model_through_the_selector_and_the_host_api(intel):
    out, cd = intel
    d = cd.data
    rows = np.arange(len(d))
    expected = create("gbdt-launch").fit(d, rows, seed=204).predict(d, rows)
    selector = DeviceSelector.load(out)
    host = HostSelector(selector, opencl=False)
    for i in rows:
        by_selector = selector.predict(d.src[i], d.transfer_bytes[i], d.wgsize[i], kernel=cd.kernel_names[i],
                                       work_items=d.work_items[i]).device
        choice = host.select(d.src[i], cd.kernel_names[i], _sizes(cd.global_sizes[i]), _sizes(cd.local_sizes[i]),
                             transfer_bytes=int(d.transfer_bytes[i]))
        assert by_selector == choice.predicted == ("GPU" if expected[i] else "CPU"), (d.benchmark[i], d.dataset[i])
    # The work-items are read: the same bytes over more work-items is another row.
    assert selector.features(d.src[0], 1 << 20, 128, work_items=1 << 16) != \
        selector.features(d.src[0], 1 << 20, 128, work_items=1 << 8)


def test_a_dataset_with_several_runtimes_needs_one_named(tmp_path, capsys, intel):
    out, _ = intel
    fails(["devmap", "train", "--profile", str(DATASET), "--out", str(tmp_path / "s")], capsys,
          InvalidArgumentError, "2 CPU runtimes .*pick one with --runtime")
    fails(["devmap", "train", "--profile", str(DATASET), "--runtime", "cuda", "--out", str(tmp_path / "s")],
          capsys, InvalidArgumentError, "names no CPU runtime")
    fails(["devmap", "train", "--platform", "amd", "--runtime", "intel", "--out", str(tmp_path / "s")], capsys,
          InvalidArgumentError, "--runtime picks a CPU runtime of a --profile dataset")
    kernel = REPO / "kernels" / "opencl" / "vadd.cl"
    fails(["devmap", "predict", "--selector", str(out), "--source", str(kernel), "--transfer-bytes", "1",
           "--wgsize", "1", "--global-size", "-1", "--no-compile-check"], capsys, InvalidArgumentError,
          "--global-size must be >= 0")


@pytest.mark.parametrize("global_size, device", [(256, None), (16777216, "CPU")])
def test_predict_reads_the_global_size(intel, capsys, global_size, device):
    from throttllem.cli import main

    out, _ = intel
    kernel = REPO / "kernels" / "opencl" / "vadd.cl"
    assert main(["devmap", "predict", "--selector", str(out), "--source", str(kernel), "--transfer-bytes",
                 str(12 * global_size), "--wgsize", "256", "--global-size", str(global_size), "--kernel", "vadd",
                 "--no-compile-check"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert "modelled" in line and (device is None or line.startswith(device))
