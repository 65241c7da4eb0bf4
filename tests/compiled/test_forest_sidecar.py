"""The compiled-model sidecar (``<library>.json``): one reader (the C++ core) for every loader,
the committed reference file of format version 1, and the checks that bind a library to it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

import throttllem
from throttllem import _core, compiled
from throttllem.errors import ModelLoadError

DATA = Path(__file__).resolve().parents[1] / "data"
REFERENCE = DATA / "model_sidecar_v1.so.json"
#: What the committed reference sidecar holds (written by sidecar_text of format version 1).
REFERENCE_VALUES = dict(kind="classifier", features=("static_ops", "transfer_bytes", "wgsize"),
                        split_points=((0.1, 0.30000000000000004), (), (-2.5, 1e-300, 2.5e15)),
                        provenance="reference sidecar of format version 1 (tests/data)",
                        output="probability of classes[1]", classes=("CPU", "GPU"), sha256="0123456789abcdef" * 4)


def test_the_reference_sidecar_reads_and_is_what_the_writer_writes():
    """A change of the format (reader or writer) fails here: bump the version and add a file."""
    side = compiled.read_sidecar(REFERENCE)
    for key, value in REFERENCE_VALUES.items():
        assert getattr(side, key) == value, key
    assert side.num_features == 3
    assert compiled.sidecar_text(**REFERENCE_VALUES) == REFERENCE.read_text(encoding="utf-8")
    assert _core.MODEL_SIDECAR_FORMAT == "throttllem-compiled-model" and _core.MODEL_SIDECAR_VERSION == 1


def _mutations():
    doc = json.loads(REFERENCE.read_text())
    return [
        ("", "empty model sidecar"),
        (REFERENCE.read_text()[:200], "unexpected end of file"),
        ("[]", "a model sidecar is a JSON object"),
        (json.dumps({**doc, "kind": 1}), "'kind' must be a string, got a number"),
        (json.dumps({**doc, "features": "abc"}), "'features' must be an array, got a string"),
        (json.dumps({k: v for k, v in doc.items() if k != "sha256"}), "missing key 'sha256'"),
        (json.dumps({k: v for k, v in doc.items() if k != "provenance"}), "missing key 'provenance'"),
        (json.dumps({**doc, "split_points": [[0.1, float("nan")], [], []]}), "'split_points'[0] holds a non-finite"),
        (json.dumps({**doc, "split_points": [[0.1], [], [float("inf")]]}), "'split_points'[2] holds a non-finite"),
        (json.dumps({**doc, "split_points": [[0.3, 0.1], [], []]}), "'split_points'[0] must be strictly ascending"),
        (json.dumps({**doc, "split_points": [[], []]}), "'split_points' has 2 lists for 3 features"),
        (json.dumps({**doc, "num_features": 4}), "'num_features' is 4 but 'features' names 3"),
        (json.dumps({**doc, "version": 2}), "unsupported version 2"),
        (json.dumps({**doc, "format": "throttllem-forest-meta"}), "not a throttllem-compiled-model sidecar"),
        (json.dumps({**doc, "sha256": "XYZ"}), "'sha256' must be 64 lower-case hex digits"),
        (json.dumps({**doc, "colour": "blue"}), "unknown key 'colour'"),
        (json.dumps({**doc, "classes": ["CPU"]}), "'classes' must name 2 classes"),
    ]


@pytest.mark.parametrize("text, message", _mutations())
def test_malformed_sidecars_give_one_line_errors(tmp_path, text, message):
    path = tmp_path / "m.so.json"
    path.write_text(text)
    with pytest.raises(ModelLoadError) as err:
        compiled.read_sidecar(path)
    assert message in str(err.value) and str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value)


def test_missing_sidecar_file(tmp_path):
    with pytest.raises(ModelLoadError, match=f"cannot read model sidecar {tmp_path}/none.json: No such file"):
        compiled.read_sidecar(tmp_path / "none.json")


@pytest.fixture(scope="module")
def classifier_library(tmp_path_factory):
    pytest.importorskip("tl2cgen")
    from sklearn.tree import DecisionTreeClassifier

    from throttllem.devmap.models.compiled import compile_classifier

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 4))
    model = DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, (x[:, 0] > 0).astype(int))
    return compile_classifier(model, tmp_path_factory.mktemp("clf") / "clf", feature_names=("a", "b", "c", "d"),
                              provenance="sidecar test")


def _copy(library, folder) -> Path:
    target = folder / library.name
    shutil.copy(library, target)
    shutil.copy(str(library) + ".json", str(target) + ".json")
    return target


def test_each_loader_refuses_the_other_kind(monotone_model, classifier_library):
    from throttllem.devmap.models.compiled import CompiledClassifier

    # Both have 4 features and one output: only the kind tells them apart.
    with pytest.raises(ModelLoadError, match=f"is a classifier \\(per {classifier_library}.json\\), not a regressor"):
        throttllem.Forest(str(classifier_library))
    with pytest.raises(ModelLoadError, match=r"is a regressor \(per .*\), not a classifier"):
        CompiledClassifier.load(monotone_model[0])
    with pytest.raises(ModelLoadError, match="is a regressor"):
        _core.Classifier(str(monotone_model[0]))


def test_a_library_whose_kind_disagrees_with_its_sidecar_is_refused(tmp_path, classifier_library):
    lib = _copy(classifier_library, tmp_path)
    doc = json.loads(Path(str(lib) + ".json").read_text())
    doc.pop("classes")
    Path(str(lib) + ".json").write_text(json.dumps({**doc, "kind": "regressor", "output": "ips",
                                                    "features": ["tp_degree", "batch_size", "kv_tokens", "clock_mhz"]}))
    with pytest.raises(ModelLoadError, match=r"is a classifier \(per the library\) but .* says regressor"):
        throttllem.Forest(str(lib))


def test_a_sidecar_of_another_library_is_refused(tmp_path, monotone_model, wavy_model):
    lib = _copy(monotone_model[0], tmp_path)
    shutil.copy(str(wavy_model[0]) + ".json", str(lib) + ".json")
    with pytest.raises(ModelLoadError) as err:
        throttllem.Forest(str(lib))
    assert f"{lib} does not match its sidecar {lib}.json" in str(err.value) and "\n" not in str(err.value)


def test_a_feature_count_the_library_does_not_have_is_refused(tmp_path, classifier_library):
    from throttllem.devmap.models.compiled import CompiledClassifier

    lib = _copy(classifier_library, tmp_path)
    doc = json.loads(Path(str(lib) + ".json").read_text())
    Path(str(lib) + ".json").write_text(json.dumps({**doc, "num_features": 3, "features": ["a", "b", "c"],
                                                    "split_points": doc["split_points"][:3]}))
    with pytest.raises(ModelLoadError, match=f"takes 4 features but {lib}.json names 3"):
        CompiledClassifier.load(lib)


def test_every_loader_reports_a_malformed_sidecar_alike(tmp_path, monotone_model, classifier_library):
    """One reader: the same message through read_sidecar, Forest, Classifier and CompiledClassifier."""
    from throttllem.devmap.models.compiled import CompiledClassifier

    for library, loaders in ((monotone_model[0], [throttllem.Forest]),
                             (classifier_library, [_core.Classifier, CompiledClassifier])):
        lib = _copy(library, tmp_path)
        side = Path(str(lib) + ".json")
        side.write_text(side.read_text()[:-20])  # truncated
        with pytest.raises(ModelLoadError) as direct:
            compiled.read_sidecar(side)
        for load in loaders:
            with pytest.raises(ModelLoadError) as err:
                load(str(lib))
            assert str(direct.value) in str(err.value)


def test_a_kill_between_the_library_and_its_sidecar_leaves_nothing_that_loads(tmp_path, monkeypatch, monotone_model):
    pytest.importorskip("tl2cgen")
    lightgbm = pytest.importorskip("lightgbm")
    from throttllem import forest_compile
    from throttllem.compiled import library

    x = np.random.default_rng(1).random((300, 4)) * [4, 64, 1e5, 1980]
    path = forest_compile.compile(lightgbm.LGBMRegressor(n_estimators=3, num_leaves=4, verbose=-1).fit(x, x[:, 3]),
                                  tmp_path / "m.so", provenance="first")
    assert throttllem.Forest(str(path)).provenance == "first"

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # stands for a kill after the library's rename

    monkeypatch.setattr(library, "write_sidecar", killed)
    with pytest.raises(KeyboardInterrupt):
        forest_compile.compile(monotone_model[1], path, provenance="second")
    with pytest.raises(ModelLoadError, match="does not match its sidecar"):
        throttllem.Forest(str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.so", "m.so.json"]  # no temporary files left
