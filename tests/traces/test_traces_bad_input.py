"""Bad trace files and traffic parameters: each a typed one-line error naming file and line."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.traces import CONV_2023, Trace, TraceFormatError, fit, generate, load_csv

HEADER = "TIMESTAMP,ContextTokens,GeneratedTokens\n"
ROWS = HEADER + "0,10,10\n1,10,10\n"


@pytest.mark.parametrize("name,payload,words", [
    ("utf16.csv", ROWS.encode("utf-16"), "UTF-16 text"),
    ("packed.csv", gzip.compress(ROWS.encode()), "gzip-compressed"),
    ("binary.csv", b"\x00\x01\x02binary" * 10, "NUL bytes"),
    ("latin1.csv", (HEADER + "0,10,10\n1,10,10 caf\xe9\n").encode("latin-1"), "not UTF-8 text"),
])
def test_files_that_are_not_utf8_text_are_refused(tmp_path, name, payload, words):
    path = tmp_path / name
    path.write_bytes(payload)
    with pytest.raises(TraceFormatError, match=words) as caught:
        load_csv(path)
    assert str(caught.value).startswith(f"{path}:") and "\n" not in str(caught.value)


@pytest.mark.parametrize("row,line,words", [
    ("0,100000000000000000000,10", 2, "ContextTokens is beyond 64 bits"),
    ("0,10,9223372036854775808", 2, "GeneratedTokens is beyond 64 bits"),
    ("100000000000000000000000,10,10", 2, "TIMESTAMP is beyond 64-bit seconds"),
])
def test_numbers_beyond_64_bits_name_file_and_line(tmp_path, row, line, words):
    path = tmp_path / "big.csv"
    path.write_text(HEADER + row + "\n")
    with pytest.raises(TraceFormatError, match=words) as caught:
        load_csv(path)
    assert caught.value.line == line


def test_timestamps_more_than_int64_apart_do_not_wrap(tmp_path):
    path = tmp_path / "far.csv"
    path.write_text(HEADER + "-9000000000000000000,10,10\n9000000000000000000,10,10\n")
    assert load_csv(path).duration_s == pytest.approx(1.8e19)


def test_evenly_spaced_or_constant_traces_fit():
    # Evenly spaced arrivals (CV 0) and lengths that rise together (rank correlation 1) are legitimate.
    even = Trace(np.arange(50) * 0.5, np.arange(50) + 100, np.arange(50) + 50)
    params = fit(even)
    assert params.interarrival_cv == 0.01 and params.length_rank_correlation == 0.999
    constant = fit(Trace(np.arange(50) * 0.5, np.full(50, 100), np.full(50, 7)))
    assert constant.length_rank_correlation == 0.0
    assert len(generate(params, 10.0, seed=1)) > 10


def test_fit_refuses_a_trace_without_a_rate():
    with pytest.raises(InvalidArgumentError, match="at least 3 requests over a positive time span"):
        fit(Trace(np.zeros(5), np.ones(5, dtype=int), np.ones(5, dtype=int)))


@pytest.mark.parametrize("duration,rps,words", [
    (float("inf"), None, "duration_s must be finite"),
    (float("nan"), None, "duration_s must be finite"),
    (10.0, float("inf"), "rps must be finite"),
    (10.0, 1e9, "exceed the limit"),
])
def test_generate_refuses_unbounded_traffic(duration, rps, words):
    with pytest.raises(InvalidArgumentError, match=words):
        generate(CONV_2023, duration, seed=0, rps=rps)
