"""SIGKILL `throttllem simulate --out` at seeded random points while it replaces an earlier run's
results: results.json and every plot are each the old or the new complete file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from killing import kill_after, kill_points, run_to_end, user_files

pytest.importorskip("matplotlib")

SEED = 15
KILLS = 4
PNG_END = b"IEND\xaeB`\x82"  # the last chunk of every complete PNG


def _code(out: Path, policy: str) -> str:
    return f"""
        import sys
        from throttllem.cli import main
        import throttllem.sim.runner, matplotlib.pyplot  # the imports before the clock starts
        print("ready", flush=True)
        sys.exit(main(["simulate", "--synthetic", "--duration-s", "10", "--policy", "max_clock", "--policy",
                       {policy!r}, "--out", {str(out)!r}, "--no-progress"]))
    """


def _results(path: Path) -> dict:
    doc = json.loads(path.read_text())
    for p in doc["policies"]:
        p.pop("wall_s")  # how long the run took: differs between runs
    return doc


def test_a_killed_simulate_leaves_old_or_new_files_never_torn(tmp_path):
    old, new, out = tmp_path / "old", tmp_path / "new", tmp_path / "out"
    run_to_end(_code(old, "static:1200"))
    took = run_to_end(_code(new, "governor"))
    names = [p.name for p in user_files(old)]
    assert names == [p.name for p in user_files(new)] and "results.json" in names and len(names) == 4
    versions = (_results(old / "results.json"), _results(new / "results.json"))
    assert versions[0] != versions[1]

    seen = []
    for delay in kill_points(SEED, took, KILLS):
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(old, out)
        killed = kill_after(_code(out, "governor"), delay)
        assert [p.name for p in user_files(out)] == names
        doc = _results(out / "results.json")
        assert doc in versions, "a torn or mixed results.json"
        for plot in (p for p in user_files(out) if p.suffix == ".png"):
            data = plot.read_bytes()
            assert data.startswith(b"\x89PNG") and data.endswith(PNG_END), f"{plot.name} is torn"
        seen.append(("old", "new")[versions.index(doc)] if killed else "finished")
    assert len(seen) == KILLS
    print("kill outcomes:", seen)
