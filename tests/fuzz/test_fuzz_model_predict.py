"""Fuzz of the compiled models' predict calls from Python (the governor's Forest and the device
selector's Classifier): odd rows (wrong lengths, NaN, infinities, ints beyond 64 bits, strings,
None, nested lists, odd numpy dtypes and shapes) give a prediction or a typed ThrottllemError with
a one-line message. A value of a non-numeric Python type where a number is wanted may also raise
Python's TypeError, the language's own convention; nothing else may escape."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import throttllem
from fuzzing import fuzz_settings, outcome

number = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-2**70, 2**70), st.booleans(),
                   st.floats(0, 4000))
item = st.one_of(number, number, st.text(max_size=4), st.none(), st.lists(number, max_size=2))
rows_array = st.one_of(
    hnp.arrays(st.sampled_from([np.float64, np.float32, np.int64, np.int8, np.uint64, np.bool_]),
               hnp.array_shapes(min_dims=0, max_dims=3, max_side=5)),
    hnp.arrays(np.float64, st.tuples(st.integers(0, 5), st.sampled_from([4, 6])),
               elements=st.floats(allow_nan=True, allow_infinity=True)))


def _numeric(x) -> bool:
    return isinstance(x, (int, float))


def _typed_or_type_error(call, *args, numeric: bool, **kwargs):
    try:
        return outcome(call, *args, **kwargs)
    except TypeError:
        assert not numeric, "a number refused with an untyped TypeError"
        return "type", None


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    pytest.importorskip("tl2cgen")
    from sklearn.tree import DecisionTreeClassifier

    from throttllem.devmap.models.compiled import compile_classifier

    rng = np.random.default_rng(5)
    x = rng.normal(size=(200, 6))
    y = (x[:, 0] + x[:, 3] > 0).astype(int)
    path = compile_classifier(DecisionTreeClassifier(max_depth=4, random_state=0).fit(x, y),
                              tmp_path_factory.mktemp("fuzzclf") / "clf", feature_names=[f"f{i}" for i in range(6)],
                              provenance="fuzz fixture")
    return throttllem._core.Classifier(str(path))


@fuzz_settings(300)
@given(values=st.lists(st.one_of(number, number, number, item), min_size=4, max_size=4))
def test_forest_predict_one(values):
    forest = throttllem.Forest.default()
    kwargs = dict(zip(("tp_degree", "batch_size", "kv_tokens", "clock_mhz"), values))
    kind, ips = _typed_or_type_error(forest.predict, numeric=all(map(_numeric, values)), **kwargs)
    if kind == "ok":
        assert all(math.isfinite(float(v)) for v in values) and math.isfinite(ips)


@fuzz_settings(200)
@given(rows=st.one_of(rows_array, st.lists(st.lists(item, max_size=5), max_size=3), item))
def test_forest_predict_many(rows):
    forest = throttllem.Forest.default()
    numeric = isinstance(rows, np.ndarray)
    kind, out = _typed_or_type_error(forest.predict_many, rows, numeric=numeric)
    if kind == "ok":
        arr = np.asarray(rows, dtype=np.float64)
        assert arr.ndim == 2 and arr.shape[1] == 4 and out.shape == (arr.shape[0],) and np.all(np.isfinite(out))


@fuzz_settings(300)
@given(row=st.one_of(st.lists(item, max_size=8), st.lists(number, min_size=6, max_size=6), rows_array, item,
                     st.text(max_size=8), st.binary(max_size=8)))
def test_classifier_predict(classifier, row):
    kind, p = _typed_or_type_error(classifier.predict_proba_one, row, numeric=False)
    if kind == "ok":
        assert 0.0 <= p <= 1.0
    if isinstance(row, np.ndarray):
        kind, ps = _typed_or_type_error(classifier.predict_proba, row, numeric=True)
        if kind == "ok":
            assert np.all((ps >= 0) & (ps <= 1))
