"""throttllem.forest_compile: LightGBM / xgboost / scikit-learn -> TL2cgen library + its sidecar,
loaded by throttllem.Forest; the sidecar's contents; typed errors; the shipped default model."""

from __future__ import annotations

import re

import numpy as np
import pytest

import throttllem
from conftest import H100_CLOCKS_MHZ, REPO, with_low_word_all_ones
from throttllem import _core, compiled as compiled_lib, forest_compile
from throttllem.errors import InvalidArgumentError, ModelLoadError

lightgbm = pytest.importorskip("lightgbm")
pytest.importorskip("treelite")
pytest.importorskip("tl2cgen")


def _rows(rng, n):
    return np.column_stack([rng.choice([1, 2, 4, 8], n), rng.integers(1, 257, n), rng.integers(0, 400_000, n),
                            rng.choice(H100_CLOCKS_MHZ, n)]).astype(np.float64)


def _ips(x):
    return (1.0 + 0.5 * x[:, 3] / 1980.0) / (0.006 / x[:, 0] + 3e-4 * x[:, 1] + 2e-8 * x[:, 2])


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(5)
    x = _rows(rng, 1500)
    return x, _ips(x), _rows(rng, 400)


def _train(name, x, y):
    """Tiny models (10 trees, depth 4): compilation cost stays around a second in all."""
    if name == "lightgbm-sklearn":
        return lightgbm.LGBMRegressor(n_estimators=10, max_depth=4, num_leaves=15, n_jobs=1, verbose=-1).fit(x, y)
    if name == "lightgbm-booster":
        params = {"num_leaves": 15, "max_depth": 4, "num_threads": 1, "verbose": -1, "objective": "gamma"}
        return lightgbm.train(params, lightgbm.Dataset(x, y), 10)
    if name.startswith("xgboost"):
        xgboost = pytest.importorskip("xgboost")
        if name == "xgboost-sklearn":
            return xgboost.XGBRegressor(n_estimators=10, max_depth=4, n_jobs=1).fit(x, y)
        return xgboost.train({"max_depth": 4, "nthread": 1}, xgboost.DMatrix(x, y), 10)
    ensemble = pytest.importorskip("sklearn.ensemble")
    if name == "sklearn-gbr":
        return ensemble.GradientBoostingRegressor(n_estimators=10, max_depth=4, random_state=0).fit(x, y)
    if name == "sklearn-rf":
        return ensemble.RandomForestRegressor(n_estimators=10, max_depth=4, random_state=0).fit(x, y)
    if name == "sklearn-extratrees":
        return ensemble.ExtraTreesRegressor(n_estimators=10, max_depth=4, random_state=0).fit(x, y)
    if name == "sklearn-hgb":
        return ensemble.HistGradientBoostingRegressor(max_iter=10, max_depth=4, random_state=0).fit(x, y)
    raise AssertionError(name)


def _predict_reference(name, model, rows):
    if name == "xgboost-booster":
        import xgboost

        return model.predict(xgboost.DMatrix(rows))
    return model.predict(rows)


# Relative tolerance of the compiled library against the training library's own predict().
# xgboost thresholds and leaves are float32 in both, summed in another order.
TOLERANCES = {
    "lightgbm-sklearn": 1e-9,
    "lightgbm-booster": 1e-9,
    "xgboost-sklearn": 1e-5,
    "xgboost-booster": 1e-5,
    "sklearn-gbr": 1e-9,
    "sklearn-rf": 1e-9,
    "sklearn-extratrees": 1e-9,
    "sklearn-hgb": 1e-9,
}


@pytest.fixture(scope="module")
def compiled(data, tmp_path_factory):
    """name -> (trained model, library path); each compiled once per module, on first use."""
    cache = {}
    folder = tmp_path_factory.mktemp("compiled")

    def get(name):
        if name not in cache:
            x, y, _ = data
            model = _train(name, x, y)
            cache[name] = model, forest_compile.compile(model, folder / name, provenance=f"test: {name}")
        return cache[name]
    return get


@pytest.mark.parametrize("name, rtol", sorted(TOLERANCES.items()))
def test_compiled_library_matches_the_training_library(compiled, data, name, rtol):
    model, path = compiled(name)
    assert path.suffix == ".so" and path.exists()
    forest = throttllem.Forest(str(path))
    rows = data[2]
    np.testing.assert_allclose(forest.predict_many(rows), _predict_reference(name, model, rows), rtol=rtol)
    # The C++ loader reads the same split points and provenance the Python writer wrote.
    meta = forest_compile.read_sidecar(forest_compile.sidecar_path(path))
    assert forest.has_split_points and forest.provenance == f"test: {name}"
    assert [tuple(s) for s in forest.split_points] == list(meta.split_points)


def _lightgbm_thresholds(booster):
    found = [set() for _ in range(4)]

    def walk(node):
        if "split_feature" in node:
            found[node["split_feature"]].add(node["threshold"])
            walk(node["left_child"])
            walk(node["right_child"])
    for tree in booster.dump_model()["tree_info"]:
        walk(tree["tree_structure"])
    return [tuple(sorted(s)) for s in found]


def test_doubles_that_alias_the_missing_flag_are_not_read_as_missing(compiled, data):
    model, path = compiled("lightgbm-sklearn")
    rows = with_low_word_all_ones(data[2])
    # Before the fix ~all rows went down the default branches; now only a threshold equal to the
    # exact value could tell the one-ULP nudge apart.
    np.testing.assert_allclose(throttllem.Forest(str(path)).predict_many(rows), _predict_reference("lightgbm-sklearn", model, rows),
                               rtol=TOLERANCES["lightgbm-sklearn"])


def test_sidecar_split_points_are_exactly_the_models_thresholds(compiled):
    booster, path = compiled("lightgbm-booster")
    assert list(forest_compile.read_sidecar(str(path) + ".json").split_points) == _lightgbm_thresholds(booster)
    rf, path = compiled("sklearn-rf")
    expected = [set() for _ in range(4)]
    for tree in rf.estimators_:
        inner = tree.tree_.children_left >= 0
        for feature, threshold in zip(tree.tree_.feature[inner], tree.tree_.threshold[inner]):
            expected[feature].add(float(threshold))
    assert list(forest_compile.read_sidecar(str(path) + ".json").split_points) == [tuple(sorted(s)) for s in expected]


def test_sidecar_round_trip_is_exact(tmp_path):
    awkward = (0.1, 1 / 3, 1e-300, 2.5e15, -7.000000000000001, 12.500000000000002)
    provenance = "measured: H100 sweep, 2026-11-25 (run #3)"
    split_points = ((), awkward, (5.5,), tuple(float(c) + 7.5 for c in H100_CLOCKS_MHZ))
    text = compiled_lib.sidecar_text(kind="regressor", features=forest_compile.FEATURES,
                                     split_points=split_points, provenance=provenance, output="ips", sha256="0" * 64)
    path = compiled_lib.write_sidecar(tmp_path / "m.so.json", text)
    back = forest_compile.read_sidecar(path)
    assert back.provenance == provenance and back.kind == "regressor" and back.output == "ips"
    assert back.split_points == tuple(tuple(sorted(p)) for p in split_points)
    assert back.features == forest_compile.FEATURES and back.num_features == 4
    assert path.read_text().splitlines()[:4] == [
        "{", ' "format": "throttllem-compiled-model",', ' "version": 1,', ' "kind": "regressor",']
    assert list(tmp_path.iterdir()) == [path]  # the temporary file was renamed


# ---- errors ------------------------------------------------------------------------------------
def test_unsupported_model_types(tmp_path):
    linear_model = pytest.importorskip("sklearn.linear_model")
    x = _rows(np.random.default_rng(0), 50)
    for model in (linear_model.LinearRegression().fit(x, _ips(x)), {"trees": []}, "model.txt"):
        with pytest.raises(InvalidArgumentError, match="supported are lightgbm.Booster"):
            forest_compile.compile(model, tmp_path / "m.so", provenance="test")
    assert not (tmp_path / "m.so").exists()


def test_wrong_feature_count(tmp_path):
    x = np.random.default_rng(0).random((300, 3))
    model = lightgbm.LGBMRegressor(n_estimators=3, num_leaves=4, verbose=-1).fit(x, x.sum(axis=1))
    with pytest.raises(InvalidArgumentError, match="takes 3 features; the governor's model takes 4"):
        forest_compile.compile(model, tmp_path / "m.so", provenance="test")


def test_multi_output_and_classifier_models_are_rejected(tmp_path):
    ensemble = pytest.importorskip("sklearn.ensemble")
    rng = np.random.default_rng(0)
    x = _rows(rng, 300)
    two = ensemble.RandomForestRegressor(n_estimators=2, max_depth=2).fit(x, np.column_stack([_ips(x), _ips(x)]))
    multiclass = lightgbm.LGBMClassifier(n_estimators=2, num_leaves=4, verbose=-1).fit(x, rng.integers(0, 3, 300))
    binary = lightgbm.LGBMClassifier(n_estimators=2, num_leaves=4, verbose=-1).fit(x, rng.integers(0, 2, 300))
    for model, message in ((two, "multi-output"), (multiclass, "multi-output"), (binary, "single-output regressors")):
        with pytest.raises(InvalidArgumentError, match=message):
            forest_compile.compile(model, tmp_path / "m.so", provenance="test")
    xgboost = pytest.importorskip("xgboost")
    multi_target = xgboost.XGBRegressor(n_estimators=2, max_depth=2).fit(x, np.column_stack([_ips(x), _ips(x)]))
    with pytest.raises(InvalidArgumentError, match="multi-output"):
        forest_compile.compile(multi_target, tmp_path / "m.so", provenance="test")


def test_no_c_compiler_lists_what_was_tried(tmp_path, monkeypatch, compiled):
    model, _ = compiled("lightgbm-sklearn")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CC", "my-cc")
    with pytest.raises(ModelLoadError, match=r"no C compiler found; tried \$CC=my-cc, gcc, cc, clang"):
        forest_compile.compile(model, tmp_path / "m.so", provenance="test")


def test_failing_compiler_is_a_model_load_error(tmp_path, compiled):
    model, _ = compiled("lightgbm-sklearn")
    with pytest.raises(ModelLoadError, match="with no-such-cc failed"):
        forest_compile.compile(model, tmp_path / "m.so", provenance="test", toolchain="no-such-cc")
    with pytest.raises(ModelLoadError, match="with gcc failed"):
        forest_compile.compile(model, tmp_path / "m.so", provenance="test", toolchain="gcc",
                               options=["-fno-such-flag-xyz"])


def test_sidecar_writer_rejects_non_finite_or_misshapen_split_points():
    def text(split_points):
        return compiled_lib.sidecar_text(kind="regressor", features=forest_compile.FEATURES,
                                         split_points=split_points, provenance="t", output="ips", sha256="0" * 64)
    with pytest.raises(InvalidArgumentError, match="finite"):
        text(((), (float("inf"),), (), ()))
    with pytest.raises(InvalidArgumentError, match="one sequence per feature"):
        text(((), ()))


@pytest.mark.parametrize("provenance", ["", "   ", "two\nlines", None])
def test_provenance_must_be_one_nonempty_line(tmp_path, compiled, provenance):
    model, _ = compiled("lightgbm-sklearn")
    with pytest.raises(InvalidArgumentError, match="provenance"):
        forest_compile.compile(model, tmp_path / "m.so", provenance=provenance)


def test_missing_output_folder(tmp_path, compiled):
    model, _ = compiled("lightgbm-sklearn")
    with pytest.raises(InvalidArgumentError, match="does not exist"):
        forest_compile.compile(model, tmp_path / "nowhere" / "m.so", provenance="test")


# ---- the shipped default model -----------------------------------------------------------------
DEFAULT_DIR = REPO / "python" / "throttllem" / "models" / "default"


@pytest.fixture(scope="module")
def default_forest():
    return throttllem.Forest.default()


def test_default_model_is_installed_with_its_sidecar(default_forest):
    from throttllem.training import default_model as recipe

    assert forest_compile.default_model_path().exists()
    assert default_forest.has_split_points
    # Trained on the committed measured profiles (TP 1, 2); other clocks and TP 4/8 are modelled.
    assert default_forest.provenance == recipe.provenance()
    assert default_forest.provenance.startswith("measured+modelled: ")
    assert f"profiles/{recipe.PROFILE_NAME}.csv" in default_forest.provenance
    assert "other clocks modelled" in default_forest.provenance and "TP 4/8 modelled" in default_forest.provenance
    assert "TP 2 (profiles/h100-tp2-llama3-8b.csv, 2 GPUs" in default_forest.provenance
    # The committed template, with a hash filled in as the build does, reads like the installed sidecar.
    template = (REPO / "python" / "throttllem" / "models" / "default_model.so.json.in").read_text()
    shipped = _core.parse_model_sidecar(template.replace(compiled_lib.SHA256_PLACEHOLDER, "0" * 64), "template")
    assert [tuple(s) for s in default_forest.split_points] == list(shipped.split_points)
    installed = forest_compile.read_sidecar(forest_compile.sidecar_path(forest_compile.default_model_path()))
    assert installed.sha256 == compiled_lib.file_sha256(forest_compile.default_model_path())
    assert installed.split_points == shipped.split_points and installed.provenance == shipped.provenance
    # The governor tabulates the model between split points: cells per TP degree stay small.
    batch, kv, clock = (len(s) + 1 for s in shipped.split_points[1:])
    assert batch <= 64 and kv <= 64 and clock <= 64 and batch * kv * clock < 300_000
    governor = throttllem.Governor(default_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=200.0,
                                   max_batch_size=256, tp_degree=1)
    assert 0 < governor.table_cells <= batch * kv * clock
    assert governor.uses_binary_search  # IPS never falls with clock: the clock search may bisect


def test_default_model_matches_its_lightgbm_text(default_forest):
    from throttllem.training import default_model as recipe

    booster = lightgbm.Booster(model_file=str(DEFAULT_DIR / "model.txt"))
    rows, _ = recipe.sample_decode_rows(500, seed=11)
    np.testing.assert_allclose(default_forest.predict_many(rows), booster.predict(rows), rtol=1e-5)


def test_default_model_never_falls_with_clock(default_forest):
    rng = np.random.default_rng(2)
    states = _rows(rng, 40)
    for tp, batch, kv, _ in states:
        rows = np.column_stack([np.full(110, tp), np.full(110, batch), np.full(110, kv), H100_CLOCKS_MHZ])
        assert np.all(np.diff(default_forest.predict_many(rows)) >= 0)


def _documented_accuracy(marker: str) -> dict[str, float]:
    doc = (REPO / "docs" / "PERFMODEL.md").read_text(encoding="utf-8")
    block = doc.split(f"<!-- {marker} -->")[1].split(f"<!-- /{marker} -->")[0]
    values = {name: float(value) for name, value in re.findall(r"^\| ([^|]+?) \| ([-0-9.]+) \|", block, flags=re.M)}
    return {"r2": values["R^2"], "mae_ips": values["MAE (IPS)"], "mape_pct": values["MAPE (%)"],
            "max_ape_pct": values["max APE (%)"]}


@pytest.mark.parametrize("marker,evaluate", [
    ("default-model-measured-accuracy", "measured_accuracy"),  # measured targets: the profile's points
    ("default-model-accuracy", "holdout_accuracy"),            # modelled targets: the simulated GPU
])
def test_default_model_accuracy_is_what_the_doc_says(default_forest, marker, evaluate):
    from throttllem.training import default_model as recipe

    got = getattr(recipe, evaluate)(default_forest.predict_many)
    documented = _documented_accuracy(marker)
    assert got["r2"] == pytest.approx(documented["r2"], abs=5e-5)
    assert got["mae_ips"] == pytest.approx(documented["mae_ips"], abs=5e-3)
    assert got["mape_pct"] == pytest.approx(documented["mape_pct"], abs=5e-3)
    assert got["max_ape_pct"] == pytest.approx(documented["max_ape_pct"], abs=5e-2)
    # And at least as good as the published model's R^2 > 0.97 (Kakolyris et al., HPCA 2025).
    assert got["r2"] > 0.97


def test_default_model_text_records_the_recipe():
    from throttllem.training import default_model as recipe

    booster = lightgbm.Booster(model_file=str(DEFAULT_DIR / "model.txt"))
    assert booster.num_trees() == recipe.NUM_TREES
    text = (DEFAULT_DIR / "model.txt").read_text(encoding="utf-8")
    for key in ("objective", "num_leaves", "max_bin", "learning_rate"):
        assert f"[{key}: {recipe.LGBM_PARAMS[key]}]" in text
    assert "[monotone_constraints: 0,-1,-1,1]" in text


@pytest.mark.slow
def test_default_model_is_reproducible_from_its_recipe():
    # Fails when the perfmodel or the recipe changed without scripts/make_default_model.py being re-run.
    from throttllem.training import default_model as recipe

    shipped = lightgbm.Booster(model_file=str(DEFAULT_DIR / "model.txt"))
    retrained = recipe.train()
    rows, _ = recipe.sample_decode_rows(300, seed=12)
    np.testing.assert_allclose(retrained.predict(rows), shipped.predict(rows), rtol=1e-9)
