"""The documented C++ path: statistics written by Python once, the row completed per launch in
C++ and classified by throttllem::Classifier (examples/devmap_host), equal to HostSelector.select."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from throttllem.devmap.deploy.selector import DeviceSelector
from throttllem.devmap.host import HostSelector, write_statistics
from throttllem.errors import InvalidArgumentError

from conftest import REPO

pytest.importorskip("tl2cgen")
CORE = ["classifier.cpp", "compiled_model.cpp", "model_sidecar.cpp", "sha256.cpp"]


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    compiler = shutil.which("g++") or shutil.which("c++")
    if compiler is None:
        pytest.skip("no C++ compiler")
    exe = tmp_path_factory.mktemp("devmap-host-cpp") / "devmap_host"
    subprocess.run([compiler, "-std=c++17", "-O1", "-Wall", "-Wextra", "-Werror", f"-I{REPO / 'cpp/include'}",
                    f"-I{REPO / 'cpp/src'}", str(REPO / "examples/devmap_host/main.cpp"),
                    *(str(REPO / "cpp/src" / f) for f in CORE), "-ldl", "-o", str(exe)], check=True)
    return exe


def test_cpp_decisions_equal_python(example, amd_sample, tmp_path):
    folder = tmp_path / "sel"
    selector = DeviceSelector.train(amd_sample, folder, model_options=dict(n_estimators=30))
    host = HostSelector(selector, opencl=False)
    kernels = {name: (REPO / "kernels/opencl" / f"{name}.cl").read_text()
               for name in ("vadd", "collatz", "matmul_tiled")}
    stats = tmp_path / "stats.txt"
    write_statistics(host, kernels, stats)
    assert stats.read_text().splitlines()[0].endswith(" ".join(selector.classifier.feature_names))
    for name, source in kernels.items():
        for transfer, wg in ((64, 1), (1 << 16, 64), (1 << 26, 256)):
            command = [str(example), str(folder / "model.so"), str(stats), name, str(transfer), str(wg), "50"]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split("\n")
            expected = host.select(source, name, 1 << 20, wg, transfer_bytes=transfer)
            assert float(out[0].split()[1]) == expected.p_gpu
            assert out[1] == f"device {expected.predicted}"
    assert int(out[2].split()[1]) > 0


def test_write_statistics_rejects_bad_keys(amd_sample, tmp_path):
    host = HostSelector(DeviceSelector.train(amd_sample, tmp_path / "s", model_options=dict(n_estimators=5)),
                        opencl=False)
    with pytest.raises(InvalidArgumentError, match="without whitespace"):
        write_statistics(host, {"a b": (REPO / "kernels/opencl/vadd.cl").read_text()}, tmp_path / "x.txt")
    assert not (tmp_path / "x.txt").exists()
