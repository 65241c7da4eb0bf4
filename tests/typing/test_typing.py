"""Type checks of the public API (mypy): the package's facade modules pass plain mypy, a user's
script passes ``mypy --strict``, and the stubs of the C++ extension catch misuse. mypy checks the
throttllem that Python imports here (the installed package in CI), so these also prove that
py.typed and _core.pyi ship with it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy", reason="mypy is in the test extra: pip install '.[test]'")

HERE = Path(__file__).parent
#: The documented facade: what README and docs/ tell users to import.
PUBLIC_MODULES = ("throttllem", "throttllem.errors", "throttllem.forest", "throttllem.governor",
                  "throttllem.scoreboard", "throttllem.gpu", "throttllem.actuator", "throttllem.watchdog",
                  "throttllem.cli", "throttllem._atomic")


def mypy(tmp_path_factory: pytest.TempPathFactory, *args: str) -> subprocess.CompletedProcess[str]:
    cache = tmp_path_factory.getbasetemp() / "mypy-cache"  # shared by the tests of one session
    env = dict(os.environ, MYPY_FORCE_COLOR="0")
    return subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-error-summary",
                           "--hide-error-context", *args],
                          capture_output=True, text=True, env=env, timeout=600, cwd=HERE)


def test_user_script_passes_mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> None:
    done = mypy(tmp_path_factory, "--strict", str(HERE / "user_script.py"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_stubs_catch_misuse(tmp_path_factory: pytest.TempPathFactory) -> None:
    done = mypy(tmp_path_factory, str(HERE / "misuse.py"))
    source = (HERE / "misuse.py").read_text().splitlines()
    expected = {n for n, line in enumerate(source, 1) if "# E:" in line}
    reported = {int(m.group(1)) for m in re.finditer(r"misuse\.py:(\d+): error", done.stdout)}
    assert expected and reported == expected, done.stdout + done.stderr


def test_public_modules_pass_mypy(tmp_path_factory: pytest.TempPathFactory) -> None:
    # The facade's own code; modules it imports are read for types but reported elsewhere.
    modules = [a for m in PUBLIC_MODULES for a in ("-m", m)]
    done = mypy(tmp_path_factory, "--follow-imports=silent", *modules)
    assert done.returncode == 0, done.stdout + done.stderr
