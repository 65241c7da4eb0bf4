"""Fuzz of the model sidecar reader from Python (throttllem._core.parse_model_sidecar, the C++
reader every model load goes through): random JSON documents, mutated valid sidecars and random
bytes give a valid ModelSidecar or a ModelLoadError with a one-line message, never another
exception; sidecars written by throttllem.compiled.sidecar_text always read back."""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, outcome
from throttllem import _core
from throttllem.compiled.library import sidecar_text
from throttllem.errors import ModelLoadError

REPO = Path(__file__).resolve().parents[2]
VALID = json.loads((REPO / "python/throttllem/models/default_model.so.json.in").read_text()
                   .replace("@THROTTLLEM_LIBRARY_SHA256@", "ab" * 32))

json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True, allow_infinity=True),
              st.text(max_size=12)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20)


def _parse(text: str):
    kind, result = outcome(_core.parse_model_sidecar, text, "fuzz.json")
    assert kind == "ok" or isinstance(result, ModelLoadError)
    if kind == "ok":
        assert result.kind in ("regressor", "classifier") and len(result.features) == result.num_features >= 1
        assert len(result.split_points) == result.num_features
        for points in result.split_points:
            assert all(math.isfinite(p) for p in points) and list(points) == sorted(set(points))
        assert len(result.sha256) == 64
    return kind, result


@fuzz_settings(300)
@given(doc=json_value)
def test_random_json(doc):
    _parse(json.dumps(doc))


@fuzz_settings(300)
@given(key=st.sampled_from(sorted(VALID) + ["classes", "extra"]), value=json_value, drop=st.booleans())
def test_mutated_sidecar(key, value, drop):
    doc = dict(VALID)
    if drop:
        doc.pop(key, None)
    else:
        doc[key] = value
    kind, result = _parse(json.dumps(doc))
    if kind == "ok":  # whatever was changed is still a valid value for that key
        assert result.provenance == doc["provenance"] and result.sha256 == doc["sha256"]


@fuzz_settings(300)
@given(data=st.one_of(st.binary(max_size=300),
                      st.binary(max_size=200).map(lambda b: json.dumps(VALID).encode()[:150] + b)))
def test_random_bytes_file(data):
    fd, path = tempfile.mkstemp(suffix=".json")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        kind, result = outcome(_core.read_model_sidecar, path)
        assert kind == "ok" or isinstance(result, ModelLoadError)
    finally:
        os.unlink(path)


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)


@fuzz_settings(200)
@given(features=st.lists(names, min_size=1, max_size=4, unique=True), data=st.data(),
       provenance=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
       classifier=st.booleans())
def test_written_sidecars_read_back(features, data, provenance, classifier):
    points = [data.draw(st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=5)) for _ in features]
    classes = ("a", "b") if classifier else None
    kind, text = outcome(sidecar_text, kind="classifier" if classifier else "regressor", features=features,
                         split_points=points, provenance=provenance, output="ips", sha256="cd" * 32, classes=classes)
    if kind != "ok":
        return
    kind, sidecar = _parse(text)
    assert kind == "ok", sidecar
    assert list(sidecar.features) == features and sidecar.provenance == provenance.strip()
    assert [list(p) for p in sidecar.split_points] == [sorted(set(p)) for p in points]
