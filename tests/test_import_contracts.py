"""The import-linter contracts in pyproject.toml cover the whole package.

``lint-imports`` (run by scripts/test.sh) checks the contracts; this test checks that they name
every top-level module, so a new module cannot slip past the rule that only the CLI's commands
import the profiler.
"""

from __future__ import annotations

import pytest

from conftest import REPO

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

PACKAGE = REPO / "python" / "throttllem"
#: The CLI (with ``python -m throttllem``) and its commands may import the profiler; the profiler is
#: the subject of the rule.
ALLOWED = {"throttllem.__main__", "throttllem.cli", "throttllem.commands", "throttllem.profiler", "throttllem._core"}


def _top_level_modules() -> set[str]:
    names = {f"throttllem.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    names |= {f"throttllem.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py")}
    return names


def _contracts() -> list[dict]:
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["contracts"]


def test_profiler_rule_names_every_other_top_level_module():
    (rule,) = [c for c in _contracts() if c["type"] == "forbidden" and "throttllem.profiler" in c["forbidden_modules"]]
    missing = _top_level_modules() - ALLOWED - set(rule["source_modules"])
    stale = set(rule["source_modules"]) - _top_level_modules()
    assert not missing, f"add to the profiler contract in pyproject.toml: {sorted(missing)}"
    assert not stale, f"modules that no longer exist in the profiler contract: {sorted(stale)}"


def test_layers_name_existing_modules():
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    named = {m.strip(" ()") for layer in layers["layers"] for m in layer.split("|")}
    assert named - {"throttllem._core"} <= _top_level_modules()
