"""Fuzz of the trace loader (throttllem.traces.loader.load_csv): random bytes and random CSV text
give a valid Trace or a typed ThrottllemError with a one-line message, never another exception;
a well-formed file reads back exactly."""

from __future__ import annotations

import os
import tempfile

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import fuzz_settings, outcome
from throttllem.traces.loader import load_csv

HEADER = "TIMESTAMP,ContextTokens,GeneratedTokens"


def _load_bytes(data: bytes):
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return outcome(load_csv, path)
    finally:
        os.unlink(path)


def _check_trace(trace):
    assert len(trace) >= 1
    assert trace.arrival_s[0] == 0.0 and np.all(np.isfinite(trace.arrival_s))
    assert np.all(np.diff(trace.arrival_s) >= 0)
    assert trace.prompt_tokens.min() >= 1 and trace.output_tokens.min() >= 1


@fuzz_settings(300)
@given(data=st.one_of(st.binary(max_size=600),
                      st.binary(max_size=300).map(lambda b: HEADER.encode() + b"\n" + b),
                      st.sampled_from([b"\x1f\x8b", b"\xff\xfe", b"\xfe\xff", b"PK\x03\x04", b"\xef\xbb\xbf"])
                      .flatmap(lambda magic: st.binary(max_size=200).map(lambda b: magic + b))))
def test_random_bytes(data):
    kind, trace = _load_bytes(data)
    if kind == "ok":
        _check_trace(trace)


timestamp = st.one_of(
    st.integers(-10, 10**6).map(str), st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-2**70, 2**70).map(str), st.sampled_from(["", " ", "1e400", "-1e400", "nan", "9" * 5000, "1_0"]),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S.%f")),
    st.text(alphabet="0123456789-: .TZ+", max_size=30))
tokens = st.one_of(
    st.integers(-5, 5000).map(str), st.integers(-2**70, 2**70).map(str), st.floats(allow_nan=True).map(repr),
    st.sampled_from(["", "1e19", "12.0", "inf", "9" * 5000, "0x10", "\u0661\u0662"]), st.text(max_size=8))
row = st.tuples(timestamp, tokens, tokens, st.lists(st.text(max_size=5), max_size=2))
header = st.one_of(st.just(HEADER), st.permutations(["TIMESTAMP", "ContextTokens", "GeneratedTokens", "x"]).map(",".join),
                   st.text(max_size=40))


@fuzz_settings(300)
@given(head=header, rows=st.lists(row, max_size=8), newline=st.sampled_from(["\n", "\r\n", "\r"]),
       quote=st.booleans())
def test_random_csv(head, rows, newline, quote):
    def cell(text):
        return '"' + text.replace('"', '""') + '"' if quote else text
    lines = [head] + [",".join(cell(c) for c in (t, p, o, *extra)) for t, p, o, extra in rows]
    kind, trace = _load_bytes(newline.join(lines).encode("utf-8", "surrogatepass"))
    if kind == "ok":
        _check_trace(trace)
        assert len(trace) <= len(rows)


@fuzz_settings(150)
@given(gaps=st.lists(st.floats(0.0, 1000.0), min_size=1, max_size=20), start=st.integers(0, 2**40),
       lengths=st.data())
def test_well_formed_reads_back(gaps, start, lengths):
    prompts = lengths.draw(st.lists(st.integers(0, 10**9), min_size=len(gaps), max_size=len(gaps)))
    outputs = lengths.draw(st.lists(st.integers(0, 10**9), min_size=len(gaps), max_size=len(gaps)))
    stamps = np.cumsum([float(start)] + gaps[1:])
    text = HEADER + "\n" + "".join(f"{s!r},{p},{o}\n" for s, p, o in zip(stamps.tolist(), prompts, outputs))
    kind, trace = _load_bytes(text.encode())
    assert kind == "ok", trace
    assert trace.prompt_tokens.tolist() == [max(p, 1) for p in prompts]
    assert trace.output_tokens.tolist() == [max(o, 1) for o in outputs]
    np.testing.assert_allclose(trace.arrival_s, stamps - stamps[0], rtol=0, atol=1e-3)
