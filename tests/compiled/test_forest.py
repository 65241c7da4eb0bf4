"""Forest loading: clear, typed errors for every way a model library can be wrong."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

import throttllem
from conftest import H100_CLOCKS_MHZ
from throttllem import compiled
from throttllem.errors import InvalidArgumentError, ModelLoadError
from throttllem.forest_compile import FEATURES


def test_missing_library_lists_every_path_tried(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(ModelLoadError) as err:
        throttllem.Forest(str(missing))
    assert f"{missing}: no such file" in str(err.value)
    assert f"{missing}.so: no such file" in str(err.value)


def _sidecar_for(library, *, features=FEATURES, kind="regressor", output="ips"):
    """A valid sidecar for any file (its sha256 included): only the library itself can be wrong."""
    text = compiled.sidecar_text(kind=kind, features=features, split_points=[()] * len(features), provenance="test",
                                 output=output, classes=("CPU", "GPU") if kind == "classifier" else None,
                                 sha256=compiled.file_sha256(library))
    compiled.write_sidecar(compiled.sidecar_path(library), text)


def test_corrupt_library(tmp_path):
    bad = tmp_path / "bad.so"
    bad.write_bytes(b"this is not an ELF file" * 4)
    # The header is checked first, before the sidecar is looked for, and again with a matching one.
    with pytest.raises(ModelLoadError, match=f"model library {bad} is not an ELF shared library"):
        throttllem.Forest(str(bad))
    _sidecar_for(bad)
    with pytest.raises(ModelLoadError, match=f"model library {bad} is not an ELF shared library"):
        throttllem.Forest(str(bad))


def _foreign_library(tmp_path):
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build a foreign shared library")
    source = tmp_path / "foreign.c"
    source.write_text("int answer(void) { return 42; }\n")
    lib = tmp_path / "foreign.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(lib), str(source)], check=True)
    return lib


def test_library_that_is_not_a_model(tmp_path):
    lib = _foreign_library(tmp_path)
    _sidecar_for(lib)
    with pytest.raises(ModelLoadError, match="not a TL2cgen model library: symbol 'get_num_feature' missing"):
        throttllem.Forest(str(lib))


def test_wrong_feature_count(tmp_path):
    lightgbm = pytest.importorskip("lightgbm")
    pytest.importorskip("tl2cgen")
    rng = np.random.default_rng(0)
    x = rng.random((300, 3))
    model = lightgbm.LGBMRegressor(n_estimators=3, num_leaves=4, verbose=-1).fit(x, x.sum(axis=1))
    path = compiled.compile_model(compiled.regressor_to_treelite(model), tmp_path / "three.so", kind="regressor",
                                  features=("a", "b", "c"), provenance="test", output="ips")
    with pytest.raises(ModelLoadError, match="expects 3 features; the governor's model takes 4"):
        throttllem.Forest(str(path))


def test_a_plain_tl2cgen_library_is_refused(tmp_path):
    """Only libraries compiled by throttllem load: they state their kind and come with a sidecar."""
    treelite = pytest.importorskip("treelite")
    tl2cgen = pytest.importorskip("tl2cgen")
    lightgbm = pytest.importorskip("lightgbm")
    x = np.random.default_rng(0).random((300, 4))
    model = lightgbm.LGBMRegressor(n_estimators=3, num_leaves=4, verbose=-1).fit(x, x.sum(axis=1))
    plain = tmp_path / "plain.so"
    tl2cgen.export_lib(treelite.frontend.from_lightgbm(model.booster_), toolchain="gcc", libpath=str(plain),
                       verbose=False)
    with pytest.raises(ModelLoadError, match="has no sidecar"):
        throttllem.Forest(str(plain))
    _sidecar_for(plain)  # a hand-made sidecar is not enough: the library does not state its kind
    with pytest.raises(ModelLoadError, match=r"does not export throttllem_model_kind\(\)"):
        throttllem.Forest(str(plain))


def test_the_exact_path_needs_no_table(monotone_forest):
    gov = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=50, max_batch_size=8,
                              exact=True)
    assert gov.table_cells == 0 and monotone_forest.has_split_points


def test_sidecar_features_and_output_must_be_the_governors(tmp_path, monotone_model):
    lib = tmp_path / "m.so"
    shutil.copy(monotone_model[0], lib)
    shutil.copy(str(monotone_model[0]) + ".json", str(lib) + ".json")
    assert throttllem.Forest(str(lib)).has_split_points
    _sidecar_for(lib, features=("tp_degree", "batch_size", "kv_tokens", "sm_clock"))
    with pytest.raises(ModelLoadError, match="feature 3 is 'sm_clock'"):
        throttllem.Forest(str(lib))
    _sidecar_for(lib, output="latency")
    with pytest.raises(ModelLoadError, match="predicts 'ips', this one 'latency'"):
        throttllem.Forest(str(lib))


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
