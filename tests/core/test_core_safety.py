"""Regression tests for crashes and silent errors found by reviewing the C++ core's bindings."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest

import throttllem
from throttllem import _core
from throttllem.actuator import Actuator
from throttllem.errors import InvalidArgumentError

pytest_plugins = ["fake_nvml.fixtures"]  # real clock changes are forbidden on the shared GPU


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    pytest.importorskip("tl2cgen")
    from sklearn.tree import DecisionTreeClassifier

    from throttllem.devmap.models.compiled import CompiledClassifier, compile_classifier

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 6))
    y = (x[:, 0] + x[:, 1] > 0).astype(int)
    model = DecisionTreeClassifier(max_depth=4, random_state=0).fit(x, y)
    path = compile_classifier(model, tmp_path_factory.mktemp("clf") / "clf", feature_names=tuple("abcdef"),
                              provenance="safety test")
    return CompiledClassifier.load(path), model


def test_a_row_mutated_by_an_items_float_conversion_is_read_from_a_snapshot(classifier):
    # __float__ of the first item empties and refills the list: reading the list's item array
    # in place used to touch freed memory (segfault).
    clf, model = classifier
    row: list = []
    values = [0.3, -1.2, 0.5, 2.0, 0.0, 1.0]

    class Mutating:
        def __float__(self):
            row.clear()
            row.extend([object()] * 10_000)
            return values[0]

    for _ in range(3):
        row[:] = [Mutating(), *values[1:]]
        assert clf.predict_proba_one(row) == pytest.approx(model.predict_proba([values])[0, 1])


def test_rows_of_ints_and_numpy_scalars_still_convert(classifier):
    clf, model = classifier
    row = [1, np.float32(-0.5), 0.25, 2, 0, np.int64(1)]
    expected = model.predict_proba([[float(v) for v in row]])[0, 1]
    assert clf.predict_proba_one(row) == pytest.approx(expected)
    assert clf.predict_proba_one(tuple(row)) == pytest.approx(expected)


def test_flush_with_no_time_limit_waits_for_the_pending_switch(fake_nvml):
    # An infinite timeout used to overflow the wait's integer nanoseconds and return False at once.
    fake_nvml.configure(latency_us="nvmlDeviceSetGpuLockedClocks=200000")
    with Actuator(watchdog=False) as act:
        act.post(900)
        started = time.monotonic()
        assert act.flush(math.inf)
        assert time.monotonic() - started >= 0.1
        with pytest.raises(InvalidArgumentError, match="NaN"):
            act.flush(float("nan"))


def test_the_post_timing_helper_refuses_a_zero_period(fake_nvml):
    with Actuator(watchdog=False) as act:
        with pytest.raises(InvalidArgumentError, match="change_every"):
            _core._time_actuator_post(act._core, 10, 0, 1000, 1200)


def test_token_errors_show_the_exact_value():
    board = throttllem.Scoreboard(kv_capacity_blocks=100)
    with pytest.raises(InvalidArgumentError, match=r"got 1\.0000001"):
        board.add_running(id=1, arrival_s=0.0, prompt_tokens=1.0000001, max_tokens=20)


def test_a_library_recompiled_to_the_same_path_loads_the_new_trees(tmp_path):
    # glibc returns the already loaded object for a known path: a retrain into the same folder
    # in one process used to keep predicting with the first model's trees.
    pytest.importorskip("tl2cgen")
    from sklearn.tree import DecisionTreeClassifier

    from throttllem.devmap.models.compiled import CompiledClassifier, compile_classifier

    rng = np.random.default_rng(1)
    x = rng.normal(size=(300, 3))
    first = DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, (x[:, 0] > 0).astype(int))
    second = DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, (x[:, 1] > 0).astype(int))
    names = ("a", "b", "c")
    path = compile_classifier(first, tmp_path / "model", feature_names=names, provenance="first")
    held = CompiledClassifier.load(path)  # keeps the first library loaded
    compile_classifier(second, tmp_path / "model", feature_names=names, provenance="second")
    fresh = CompiledClassifier.load(path)
    np.testing.assert_allclose(fresh.predict_proba(x), second.predict_proba(x)[:, 1], atol=1e-12)
    np.testing.assert_allclose(held.predict_proba(x), first.predict_proba(x)[:, 1], atol=1e-12)
    assert fresh.provenance == "second"


def test_a_forest_recompiled_to_the_same_path_loads_the_new_trees(tmp_path):
    lightgbm = pytest.importorskip("lightgbm")
    from throttllem.forest import compile as compile_forest

    rng = np.random.default_rng(2)
    x = np.column_stack([np.ones(400), rng.integers(1, 64, 400), rng.integers(0, 50_000, 400),
                         rng.choice([345, 900, 1980], 400)]).astype(np.float64)
    params = dict(n_estimators=10, num_leaves=7, random_state=0, verbose=-1, n_jobs=1)
    first = lightgbm.LGBMRegressor(**params).fit(x, x[:, 3] / 10)
    second = lightgbm.LGBMRegressor(**params).fit(x, 1000 - x[:, 1])
    path = tmp_path / "ips.so"
    compile_forest(first, path, provenance="first")
    held = throttllem.Forest(str(path))
    compile_forest(second, path, provenance="second")
    fresh = throttllem.Forest(str(path))
    np.testing.assert_allclose(fresh.predict_many(x), second.predict(x), rtol=1e-9)
    np.testing.assert_allclose(held.predict_many(x), first.predict(x), rtol=1e-9)
    assert fresh.provenance == "second"


@pytest.mark.parametrize("row", ["abcd", ["a", 1.0, 2.0, 3.0, 4.0, 5.0], {"x": 1}])
def test_a_row_that_is_not_numbers_is_a_typed_error(classifier, row):
    # "abcd" used to escape as pybind11's internal error_already_set.
    clf, _ = classifier
    with pytest.raises(InvalidArgumentError) as caught:
        clf.predict_proba_one(row)
    assert "\n" not in str(caught.value)
