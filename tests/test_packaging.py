"""Packaging basics: licence, one version source, py.typed, ``python -m throttllem``, and matplotlib
behind the ``plots`` extra with a one-line error naming it when a plot is asked for without it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import throttllem
from throttllem._plotting import require_matplotlib
from throttllem._version import __version__
from throttllem.cli import main
from throttllem.errors import InvalidArgumentError

from conftest import REPO

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")


@pytest.fixture(scope="module")
def pyproject():
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def test_licence_is_the_apache_2_text_pyproject_names(pyproject):
    text = (REPO / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the full text, not a pointer to it
    assert pyproject["project"]["license"] == {"text": "Apache-2.0"}


def test_the_version_has_one_source(pyproject):
    project = pyproject["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    provider = pyproject["tool"]["scikit-build"]["metadata"]["version"]
    assert provider["provider"] == "scikit_build_core.metadata.regex"
    source = REPO / provider["input"]
    assert source == REPO / "python" / "throttllem" / "_version.py"
    # scikit-build-core's default pattern for the regex provider
    match = re.search(r"""(?im)^(__version__|VERSION) *= *(['"])v?(?P<value>.+?)\2""", source.read_text())
    assert match and match["value"] == __version__ == throttllem.__version__


def test_py_typed_ships_and_the_changelog_names_this_version(pyproject):
    assert (REPO / "python" / "throttllem" / "py.typed").is_file()
    assert pyproject["tool"]["scikit-build"]["wheel"]["packages"] == ["python/throttllem"]  # the marker goes too
    assert f"## {__version__}" in (REPO / "CHANGELOG.md").read_text()


def test_python_dash_m_runs_the_cli():
    # The package the tests import (installed, or the source tree on PYTHONPATH with its extension
    # built in place): the subprocess inherits the same path.
    done = subprocess.run([sys.executable, "-m", "throttllem", "--version"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"throttllem {__version__}"


def test_matplotlib_is_an_extra_that_tests_keep(pyproject):
    def names(requirements):
        return {re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0].lower() for r in requirements}

    project = pyproject["project"]
    assert "matplotlib" not in names(project["dependencies"])  # `pip install .` pulls no matplotlib
    extras = project["optional-dependencies"]
    assert names(extras["plots"]) == {"matplotlib"}
    assert "matplotlib" in names(extras["test"]) and "matplotlib" in names(extras["train"])


@pytest.fixture
def no_matplotlib(monkeypatch):
    """Imports of matplotlib fail, as in an install without the ``plots`` extra."""
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)


def test_a_plot_without_matplotlib_names_the_extra(no_matplotlib):
    with pytest.raises(InvalidArgumentError, match=r"--plot needs matplotlib.*pip install 'throttllem\[plots\]'"):
        require_matplotlib("--plot")


def test_commands_refuse_plots_up_front_without_matplotlib(no_matplotlib, tmp_path, capsys, devmap_sample_dir):
    out = tmp_path / "out"
    assert main(["simulate", "--synthetic", "--duration-s", "10", "--no-progress", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("throttllem: error: --out") and "throttllem[plots]" in err and err.count("\n") == 1
    assert not out.exists()  # refused before any work
    pytest.importorskip("lightgbm")
    pytest.importorskip("sklearn")
    assert main(["devmap", "evaluate", "--model", "static", "--data-dir", str(devmap_sample_dir),
                 "--plot", str(tmp_path / "a.png")]) == 2
    assert "--plot needs matplotlib" in capsys.readouterr().err
