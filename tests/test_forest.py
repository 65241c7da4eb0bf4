"""Forest loading: clear, typed errors for every way a model library can be wrong."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

import throttllem
from conftest import H100_CLOCKS_MHZ
from throttllem.errors import InvalidArgumentError, ModelLoadError


def test_missing_library_lists_every_path_tried(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(ModelLoadError) as err:
        throttllem.Forest(str(missing))
    assert f"{missing}: no such file" in str(err.value)
    assert f"{missing}.so: no such file" in str(err.value)


def test_corrupt_library(tmp_path):
    bad = tmp_path / "bad.so"
    bad.write_bytes(b"this is not an ELF file")
    with pytest.raises(ModelLoadError, match="cannot load model library"):
        throttllem.Forest(str(bad))


def test_library_that_is_not_a_model(tmp_path):
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build a foreign shared library")
    source = tmp_path / "foreign.c"
    source.write_text("int answer(void) { return 42; }\n")
    lib = tmp_path / "foreign.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(lib), str(source)], check=True)
    with pytest.raises(ModelLoadError, match="not a TL2cgen model library: symbol 'get_num_feature' missing"):
        throttllem.Forest(str(lib))


def test_wrong_feature_count(tmp_path):
    lightgbm = pytest.importorskip("lightgbm")
    treelite = pytest.importorskip("treelite")
    tl2cgen = pytest.importorskip("tl2cgen")
    rng = np.random.default_rng(0)
    x = rng.random((300, 3))
    model = lightgbm.LGBMRegressor(n_estimators=3, num_leaves=4, verbose=-1).fit(x, x.sum(axis=1))
    path = tmp_path / "three.so"
    tl2cgen.export_lib(treelite.frontend.from_lightgbm(model.booster_), toolchain="gcc", libpath=str(path),
                       verbose=False)
    with pytest.raises(ModelLoadError, match="expects 3 features; the governor's model takes 4"):
        throttllem.Forest(str(path))


def test_plain_tl2cgen_library_loads_but_cannot_be_tabulated(tmp_path, monotone_model):
    plain = tmp_path / "plain.so"
    shutil.copy(monotone_model[0], plain)  # no .meta beside it
    forest = throttllem.Forest(str(plain))
    assert not forest.has_split_points
    assert forest.predict(tp_degree=1, batch_size=4, kv_tokens=1000, clock_mhz=1200) > 0
    with pytest.raises(InvalidArgumentError, match="no split-point metadata"):
        throttllem.Governor(forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=50, max_batch_size=8)
    # The exact path needs no split points.
    gov = throttllem.Governor(forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=50, max_batch_size=8, exact=True)
    assert gov.table_cells == 0


@pytest.mark.parametrize("lines, message", [
    (["something else 1"], ":1: not a throttllem forest meta file"),
    (["throttllem-forest-meta 2"], ":1: unsupported meta version 2"),
    (["throttllem-forest-meta 1", "target latency"], ":2: target must be 'ips'"),
    (["throttllem-forest-meta 1", "features a b c d"], ":2: features must be"),
    (["throttllem-forest-meta 1", "splits 7 1 2.0"], ":2: splits needs a feature index"),
    (["throttllem-forest-meta 1", "splits 0 3 1.0 2.0"], ":2: splits 0 has fewer values than its count"),
    (["throttllem-forest-meta 1", "splits 0 2 2.0 1.0"], ":2: split points must be ascending"),
    (["throttllem-forest-meta 1", "colour blue"], ":2: unknown key 'colour'"),
    (["throttllem-forest-meta 1", "splits 0 0"], "needs one 'splits' line per feature"),
])
def test_corrupt_meta_names_file_and_line(tmp_path, monotone_model, lines, message):
    lib = tmp_path / "m.so"
    shutil.copy(monotone_model[0], lib)
    (tmp_path / "m.so.meta").write_text("\n".join(lines) + "\n")
    with pytest.raises(ModelLoadError, match=message.replace("(", r"\(")) as err:
        throttllem.Forest(str(lib))
    assert "m.so.meta" in str(err.value)


def test_predict_many_checks_shape_and_values(monotone_forest):
    with pytest.raises(InvalidArgumentError, match="3 columns"):
        monotone_forest.predict_many(np.zeros((2, 3)))
    with pytest.raises(InvalidArgumentError, match="finite"):
        monotone_forest.predict_many(np.array([[1, 2, np.nan, 900.0]]))
    with pytest.raises(InvalidArgumentError, match="finite"):
        monotone_forest.predict(tp_degree=1, batch_size=float("inf"), kv_tokens=0, clock_mhz=900)
    rows = np.array([[1, 2, 300, 900.0], [2, 8, 5000, 1500.0]])
    single = [monotone_forest.predict(tp_degree=r[0], batch_size=r[1], kv_tokens=r[2], clock_mhz=r[3]) for r in rows]
    assert monotone_forest.predict_many(rows).tolist() == single


@pytest.mark.parametrize("library", ["lightgbm"])
def test_compiled_predictions_match_training_library(monotone_model, monotone_forest, library):
    rng = np.random.default_rng(11)
    rows = np.column_stack([rng.choice([1, 2, 4], 500), rng.integers(1, 65, 500), rng.integers(0, 120_000, 500),
                            rng.choice(H100_CLOCKS_MHZ, 500)]).astype(float)
    expected = monotone_model[1].predict(rows)
    np.testing.assert_allclose(monotone_forest.predict_many(rows), expected, rtol=1e-5)
