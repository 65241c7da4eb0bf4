"""Regression tests for the bugs tests/fuzz and fuzz/ found, one per falsifying example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import throttllem
from throttllem import _core
from throttllem.errors import InvalidArgumentError, ModelLoadError

REPO = Path(__file__).resolve().parents[2]
VALID = (REPO / "python/throttllem/models/default_model.so.json.in").read_text().replace(
    "@THROTTLLEM_LIBRARY_SHA256@", "ab" * 32)


@pytest.mark.parametrize("kwargs, words", [
    (dict(kv_capacity_blocks=2**63), "kv_capacity_blocks is beyond 64 bits"),
    (dict(kv_capacity_blocks=10, max_batch_size=2**70), "max_batch_size is beyond 64 bits"),
    (dict(kv_capacity_blocks=1.5), "kv_capacity_blocks must be an integer"),
    (dict(kv_capacity_blocks=10, kv_block_tokens=16.0), "kv_block_tokens must be an integer"),
])
def test_scoreboard_integer_options_are_typed_errors(kwargs, words):
    # Was pybind11's multi-line, untyped TypeError (test_fuzz_scoreboard_api.test_scoreboard_config).
    with pytest.raises(InvalidArgumentError, match=words) as caught:
        throttllem.Scoreboard(**kwargs)
    assert "\n" not in str(caught.value)


def test_scoreboard_integer_options_still_take_numpy_integers():
    np = pytest.importorskip("numpy")
    board = throttllem.Scoreboard(kv_capacity_blocks=np.int64(100), max_batch_size=np.int32(8), kv_block_tokens=True)
    assert (board.kv_capacity_blocks, board.max_batch_size, board.kv_block_tokens) == (100, 8, 1)


@pytest.mark.parametrize("text, words", [
    ('{"\\n": null}', r"unknown key '\x0a'"),  # the key's newline split the message in two
    ('{"a\\u0000b": 1}', r"unknown key 'a\x00b'"),
    ('{"k": 1, "k": 2}', "key 'k' given twice"),
    (VALID.replace('"regressor"', '"\\u00e9t\\u00e9"'), r'got "\xc3\xa9t\xc3\xa9"'),
    ('{"' + "x" * 100 + '": 1}', "unknown key '" + "x" * 60 + "...'"),
], ids=["newline-key", "nul-key", "twice", "non-ascii-kind", "long-key"])
def test_sidecar_messages_show_input_text_escaped(text, words):
    with pytest.raises(ModelLoadError) as caught:
        _core.parse_model_sidecar(text, "m.json")
    message = str(caught.value)
    assert words in message and message.isascii() and message.isprintable(), message


@pytest.mark.parametrize("data, where", [
    (VALID.encode()[:150] + b"\\\x80", "at byte 151"),  # was UnicodeDecodeError from the message
    (VALID.encode().replace(b"measured+modelled", b"measured\xffmodelled"), "not UTF-8"),  # was accepted
    (VALID.encode().replace(b"measured", b"\xed\xa0\x80"), "not UTF-8"),  # a UTF-8-encoded surrogate
    (VALID.encode().replace(b"measured", b"\xc0\xaf"), "not UTF-8"),  # overlong '/'
    (VALID.encode()[:-3] + b"\xe2\x82", "not UTF-8"),  # truncated sequence at the end
], ids=["raw-byte-in-message", "invalid-byte", "surrogate", "overlong", "truncated"])
def test_sidecar_file_that_is_not_utf8_is_a_model_load_error(tmp_path, data, where):
    path = tmp_path / "m.so.json"
    path.write_bytes(data)
    with pytest.raises(ModelLoadError, match=where):
        _core.read_model_sidecar(str(path))


def test_sidecar_with_non_ascii_text_still_reads(tmp_path):
    doc = json.loads(VALID)
    doc["provenance"] = "mesuré sur H100 — 日本語 \U0001f600"
    path = tmp_path / "m.so.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert _core.read_model_sidecar(str(path)).provenance == doc["provenance"]
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")  # as \u escapes
    assert _core.read_model_sidecar(str(path)).provenance == doc["provenance"]


def test_sidecar_path_with_nul_is_refused(tmp_path):
    # fopen stopped at the NUL and read the file named by the prefix instead.
    (tmp_path / "a").write_text(VALID)
    with pytest.raises(ModelLoadError, match="NUL byte"):
        _core.read_model_sidecar(str(tmp_path / "a") + "\0b")
