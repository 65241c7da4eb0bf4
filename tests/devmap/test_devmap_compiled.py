"""Compiled N-feature classifiers (TL2cgen + the C++ Classifier) agree exactly with the Python models."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from throttllem.compiled import file_sha256
from throttllem.devmap.models.compiled import CompiledClassifier, compile_classifier
from throttllem.errors import InvalidArgumentError, ModelLoadError

from conftest import with_low_word_all_ones

pytest.importorskip("tl2cgen")
NAMES = tuple(f"f{i}" for i in range(7))


@pytest.fixture(scope="module")
def xy():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 7)) * [1, 10, 100, 1, 1, 5, 0.1]
    y = ((x[:, 0] + x[:, 1] / 10 - x[:, 5] / 5 + rng.normal(0, 0.5, 400)) > 0).astype(int)
    return x, y


def _models(x, y):
    import lightgbm
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.tree import DecisionTreeClassifier

    return {
        "tree": DecisionTreeClassifier(max_depth=6, random_state=0).fit(x, y),
        "forest": RandomForestClassifier(n_estimators=8, max_depth=4, random_state=0).fit(x, y),
        "lightgbm": lightgbm.LGBMClassifier(n_estimators=20, num_leaves=7, verbose=-1, random_state=0).fit(x, y),
    }


def test_compiled_probabilities_equal_the_python_models(xy, tmp_path):
    x, y = xy
    for name, model in _models(x, y).items():
        lib = compile_classifier(model, tmp_path / name, feature_names=NAMES, provenance=f"test {name}")
        assert lib.suffix == ".so"
        clf = CompiledClassifier.load(lib)
        assert clf.feature_names == NAMES and clf.classes == ("CPU", "GPU") and clf.provenance == f"test {name}"
        expected = model.predict_proba(x)[:, 1]
        np.testing.assert_allclose(clf.predict_proba(x), expected, rtol=1e-12, atol=1e-12)
        assert np.array_equal(clf.predict(x), model.predict(x))
        assert clf.predict_proba_one(x[7].tolist()) == pytest.approx(expected[7], abs=1e-12)


def test_doubles_that_alias_the_missing_flag_predict_like_the_python_models(xy, tmp_path):
    x, y = xy
    aliased = with_low_word_all_ones(x)
    for name, model in _models(x, y).items():
        clf = CompiledClassifier.load(compile_classifier(model, tmp_path / name, feature_names=NAMES, provenance="t"))
        np.testing.assert_allclose(clf.predict_proba(aliased), model.predict_proba(aliased)[:, 1], rtol=1e-12, atol=1e-12)


def test_bad_inputs_and_unsupported_models(xy, tmp_path):
    from sklearn.linear_model import LogisticRegression
    from sklearn.tree import DecisionTreeClassifier

    x, y = xy
    tree = DecisionTreeClassifier(max_depth=3).fit(x, y)
    with pytest.raises(InvalidArgumentError, match="7 features, 3 names"):
        compile_classifier(tree, tmp_path / "m", feature_names=NAMES[:3], provenance="t")
    with pytest.raises(InvalidArgumentError, match="cannot compile"):
        compile_classifier(LogisticRegression().fit(x, y), tmp_path / "m", feature_names=NAMES, provenance="t")
    with pytest.raises(InvalidArgumentError, match="binary"):
        compile_classifier(DecisionTreeClassifier().fit(x, y + (x[:, 0] > 1)), tmp_path / "m",
                           feature_names=NAMES, provenance="t")
    with pytest.raises(InvalidArgumentError, match="provenance"):
        compile_classifier(tree, tmp_path / "m", feature_names=NAMES, provenance="two\nlines")
    clf = CompiledClassifier.load(compile_classifier(tree, tmp_path / "m", feature_names=NAMES, provenance="t"))
    with pytest.raises(InvalidArgumentError, match=r"\(n, 7\)"):
        clf.predict_proba(x[:, :3])
    with pytest.raises(InvalidArgumentError, match="finite"):
        clf.predict_proba(np.full((1, 7), np.nan))


def test_single_rows_through_the_core(xy, tmp_path):
    import lightgbm

    x, y = xy
    model = lightgbm.LGBMClassifier(n_estimators=10, num_leaves=5, verbose=-1, random_state=1).fit(x, y)
    clf = CompiledClassifier.load(compile_classifier(model, tmp_path / "m", feature_names=NAMES, provenance="t"))
    batch = clf.predict_proba(x[:20])
    for i in range(20):  # list, tuple, array and a float32 array give the batch's value exactly
        assert clf.predict_proba_one(x[i].tolist()) == batch[i]
        assert clf.predict_proba_one(tuple(x[i])) == batch[i]
        assert clf.predict_proba_one(x[i]) == batch[i]
    assert clf.predict_proba_one(x[0].astype(np.float32)) == clf.predict_proba_one(x[0].astype(np.float32).tolist())
    with pytest.raises(InvalidArgumentError, match="takes 7 features, got 6"):
        clf.predict_proba_one(x[0, :6].tolist())
    with pytest.raises(InvalidArgumentError, match="takes 7 features, got 8"):
        clf.predict_proba_one(np.zeros(8))
    with pytest.raises(InvalidArgumentError, match="finite"):
        clf.predict_proba_one([np.inf] * 7)
    with pytest.raises(InvalidArgumentError, match="row item 0 is not a number: 'a'"):
        clf.predict_proba_one(["a"] * 7)
    assert clf.predict_proba(np.empty((0, 7))).shape == (0,)


def test_load_errors(xy, tmp_path):
    from sklearn.tree import DecisionTreeClassifier

    x, y = xy
    lib = compile_classifier(DecisionTreeClassifier(max_depth=2).fit(x, y), tmp_path / "m.so",
                             feature_names=NAMES, provenance="t")
    meta = tmp_path / "m.so.json"
    doc = json.loads(meta.read_text())
    meta.write_text(json.dumps({**doc, "features": ["a", "b"], "num_features": 2, "split_points": [[], []]}))
    with pytest.raises(ModelLoadError, match="takes 7 features"):
        CompiledClassifier.load(lib)
    meta.write_text(json.dumps({**doc, "format": "other"}))
    with pytest.raises(ModelLoadError, match="not a throttllem-compiled-model sidecar"):
        CompiledClassifier.load(lib)
    meta.unlink()
    with pytest.raises(ModelLoadError, match="has no sidecar"):
        CompiledClassifier.load(lib)
    (tmp_path / "junk.so").write_text("not a library")
    with pytest.raises(ModelLoadError, match="cannot load .*junk.so is 13 bytes, too small for a shared library"):
        CompiledClassifier.load(tmp_path / "junk.so")  # the header is checked before the sidecar is read
    (tmp_path / "junk.so").write_bytes(Path(lib).read_bytes()[:64] + b"not a library" * 10)  # an ELF header only
    (tmp_path / "junk.so.json").write_text(json.dumps(doc))
    with pytest.raises(ModelLoadError, match="cannot load .*junk.so does not match its sidecar"):
        CompiledClassifier.load(tmp_path / "junk.so")
    (tmp_path / "junk.so.json").write_text(json.dumps({**doc, "sha256": file_sha256(tmp_path / "junk.so")}))
    with pytest.raises(ModelLoadError, match="cannot load"):
        CompiledClassifier.load(tmp_path / "junk.so")
