"""``throttllem clprofile`` and ``clprofile evaluate`` from any folder: the kernel suite and the
labelled dataset come with the package (CMakeLists.txt installs them; importlib.resources finds
them), not from the working directory or a checkout."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import throttllem
from throttllem.cli import main
from throttllem.devmap.data import packaged

from conftest import REPO

SMALL = "vadd,batched_mat4,jacobi2d_5pt,gather,matvec_rows"


@pytest.fixture
def installed_layout(tmp_path, monkeypatch):
    """A package root holding the data where CMake installs it; the checkout is out of reach and
    the working directory is an empty folder."""
    root = tmp_path / "site" / "throttllem"
    shutil.copytree(REPO / "kernels" / "opencl", root / "kernels" / "opencl")
    (root / "datasets").mkdir()
    for f in (REPO / "datasets").glob("h100-clprofile.*"):
        shutil.copy(f, root / "datasets" / f.name)
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(packaged, "_package_root", lambda: root)
    monkeypatch.setattr(packaged, "_other_roots", lambda: (cwd,))
    return root, cwd


def test_suite_and_dataset_resolve_to_the_package(installed_layout):
    root, _ = installed_layout
    assert packaged.default_manifest() == root / "kernels" / "opencl" / "manifest.json"
    assert packaged.default_dataset() == root / "datasets" / "h100-clprofile"
    assert packaged.suite_dir() == root / "kernels" / "opencl"


def test_clprofile_lists_the_installed_suite_from_another_folder(installed_layout, capsys, monkeypatch):
    _, cwd = installed_layout
    monkeypatch.setitem(sys.modules, "pyopencl", None)  # listing needs no OpenCL (a plain install has none)
    assert main(["clprofile", "--list", "--out", "x"]) == 0
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert "vadd" in ids and len(ids) == len(json.loads((REPO / "kernels/opencl/manifest.json").read_text())["kernels"])
    assert list(cwd.iterdir()) == []


def test_clprofile_evaluate_on_the_installed_dataset_from_another_folder(installed_layout, capsys):
    pytest.importorskip("lightgbm")
    pytest.importorskip("sklearn")
    assert main(["clprofile", "evaluate", "--kernels", SMALL, "--model", "grewe", "--repeats", "1",
                 "--no-progress", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["folds"] == 5 and doc["launches"] > 0 and doc["models"][0]["model"] == "grewe"
    assert doc["source"].startswith("kernel times measured")


def test_an_installed_package_carries_the_data():
    package = Path(throttllem.__file__).parent
    if package.parent == REPO / "python":
        pytest.skip("throttllem is imported from the source tree (PYTHONPATH=python): no package data to "
                    "check; scripts/test.sh runs this against the installed package")
    assert packaged.installed("kernels", "opencl", "manifest.json") is not None
    assert packaged.installed("datasets", "h100-clprofile.labels.csv") is not None
