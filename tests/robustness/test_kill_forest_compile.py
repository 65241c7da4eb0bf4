"""SIGKILL `forest.compile` at seeded random points while it replaces a compiled model: the library
and the sidecar are each the old or the new complete file, and the pair loads only when both are
of one model (the sidecar binds the library by sha256), predicting as that model does."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

import throttllem
from throttllem.errors import ModelLoadError

from killing import kill_after, kill_points, run_to_end

pytest.importorskip("tl2cgen")
pytest.importorskip("lightgbm")

SEED = 15
KILLS = 5
ROWS = np.array([[1, b, kv, c] for b in (1, 16, 64) for kv in (0, 20000, 90000) for c in (345, 1200, 1980)], float)


def _code(path: Path, seed: int, provenance: str) -> str:
    return f"""
        import numpy as np, lightgbm
        from throttllem import forest_compile
        x = np.random.default_rng({seed}).random((400, 4)) * [4, 64, 1e5, 1980]
        model = lightgbm.LGBMRegressor(n_estimators=20, num_leaves=8, verbose=-1).fit(x, x[:, 3] / (1 + x[:, 1]))
        print("ready", flush=True)
        forest_compile.compile(model, {str(path)!r}, provenance={provenance!r})
    """


def _pair(path: Path) -> tuple[bytes, str]:
    return path.read_bytes(), Path(str(path) + ".json").read_text(encoding="utf-8")


def test_a_killed_compile_never_leaves_a_pair_that_loads_and_disagrees(tmp_path):
    old_dir, new_dir, work = tmp_path / "old", tmp_path / "new", tmp_path / "work"
    for d in (old_dir, new_dir, work):
        d.mkdir()
    run_to_end(_code(old_dir / "m.so", 1, "old model"))
    took = run_to_end(_code(new_dir / "m.so", 2, "new model"))
    old, new = _pair(old_dir / "m.so"), _pair(new_dir / "m.so")
    answers = {"old model": throttllem.Forest(str(old_dir / "m.so")).predict_many(ROWS),
               "new model": throttllem.Forest(str(new_dir / "m.so")).predict_many(ROWS)}
    assert not np.array_equal(answers["old model"], answers["new model"])
    # The same model compiles to the same bytes: "the new library" is one file.
    assert run_to_end(_code(work / "m.so", 2, "new model")) > 0 and _pair(work / "m.so") == new

    outcomes = []
    for delay in kill_points(SEED, took, KILLS):
        target = work / "m.so"
        for name in ("m.so", "m.so.json"):
            shutil.copy(old_dir / name, work / name)  # each kill replaces the old model
        killed = kill_after(_code(target, 2, "new model"), delay)
        library, sidecar = _pair(target)
        assert library in (old[0], new[0]), "a torn library"
        assert sidecar in (old[1], new[1]), "a torn sidecar"
        bound = hashlib.sha256(library).hexdigest() == throttllem.compiled.read_sidecar(str(target) + ".json").sha256
        try:
            forest = throttllem.Forest(str(target))
        except ModelLoadError as e:
            assert not bound and "does not match its sidecar" in str(e)
            outcomes.append("refused")
            continue
        assert bound
        assert np.array_equal(forest.predict_many(ROWS), answers[forest.provenance])
        assert forest.split_points == throttllem.Forest(str((old_dir if forest.provenance == "old model" else new_dir)
                                                            / "m.so")).split_points
        outcomes.append(forest.provenance if killed else "finished")
    assert len(outcomes) == KILLS
    print("kill outcomes:", outcomes)  # for the record: which states the random points hit
