"""Trace loader (validation names file and line), the Trace entity, rate scaling."""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.traces import Trace, TraceFormatError, load_csv

from public_data import require
HEADER = "TIMESTAMP,ContextTokens,GeneratedTokens\n"


def write(tmp_path, text, name="trace.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_conv_trace_loads_whole():
    trace = load_csv(require("azure-conv"))
    assert len(trace) == 19366  # SOURCE.md
    assert trace.arrival_s[0] == 0.0 and np.all(np.diff(trace.arrival_s) >= 0)
    assert 3490 < trace.duration_s < 3510  # ~58 min
    assert trace.mean_rps == pytest.approx(5.53, abs=0.01)
    assert (trace.prompt_tokens.max(), trace.output_tokens.max()) == (14050, 1000)
    assert trace.output_tokens.mean() == pytest.approx(211, abs=1)


def test_fractional_seconds_beyond_microseconds_are_kept(tmp_path):
    path = write(tmp_path, HEADER + "2023-11-16 18:15:46.6805900,10,2\n2023-11-16 18:15:47.1805901,5,3\n")
    trace = load_csv(path)
    assert trace.arrival_s[1] == pytest.approx(0.5000001, abs=1e-9)
    assert list(trace.prompt_tokens) == [10, 5] and list(trace.output_tokens) == [2, 3]


def test_plain_seconds_column_order_and_extra_columns(tmp_path):
    path = write(tmp_path, "GeneratedTokens,extra,ContextTokens,TIMESTAMP\n4,x,7,10.5\n6,y,8,12.0\n\n")
    trace = load_csv(path)
    assert list(trace.arrival_s) == [0.0, 1.5]
    assert list(trace.prompt_tokens) == [7, 8] and list(trace.output_tokens) == [4, 6]


def test_zero_counts_read_as_one_and_noted(tmp_path):
    trace = load_csv(write(tmp_path, HEADER + "0,5,0\n1,0,3\n"))
    assert list(trace.output_tokens) == [1, 3] and list(trace.prompt_tokens) == [5, 1]
    assert any("0 output tokens" in note for note in trace.notes)
    assert any("0 prompt tokens" in note for note in trace.notes)


@pytest.mark.parametrize(("text", "line", "words"), [
    ("", 1, "empty file"),
    ("TIMESTAMP,ContextTokens\n1,2\n", 1, "missing column(s) GeneratedTokens"),
    (HEADER, 2, "no requests"),
    (HEADER + "0,10,5\n1,ten,5\n", 3, "ContextTokens is not a number"),
    (HEADER + "0,10,5\n1,10,2.5\n", 3, "not a whole number"),
    (HEADER + "0,10,-5\n", 2, "GeneratedTokens is negative"),
    (HEADER + "0,10,5\nyesterday,10,5\n", 3, "unparsable TIMESTAMP"),
    (HEADER + "2023-11-16 18:15:47,10,5\n2023-11-16 18:15:46,10,5\n", 3, "goes backwards"),
    (HEADER + "0,10,5\n1,10\n", 3, "expected at least 3 fields"),
    (HEADER + "0,10,5\nnan,10,5\n", 3, "unparsable TIMESTAMP"),
    (HEADER + "2023-13-45 18:15:47,10,5\n", 2, "unparsable TIMESTAMP"),
])
def test_bad_rows_name_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text, "bad.csv")
    with pytest.raises(TraceFormatError) as info:
        load_csv(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert words in message
    assert info.value.line == line and info.value.path == str(path)
    assert isinstance(info.value, InvalidArgumentError) and isinstance(info.value, ValueError)


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_csv(tmp_path / "absent.csv")


def test_scaling_hits_the_rate_and_keeps_the_requests(azure_sample):
    trace = load_csv(azure_sample)
    fast = trace.scaled_to_rps(20.0)
    assert fast.mean_rps == pytest.approx(20.0, rel=1e-12)
    assert np.array_equal(fast.output_tokens, trace.output_tokens)
    # The burst pattern is kept: gaps scale by one factor.
    ratio = np.diff(fast.arrival_s)[1:50] / np.diff(trace.arrival_s)[1:50]
    assert np.allclose(ratio, trace.mean_rps / 20.0)
    assert any("scaled" in note for note in fast.notes)
    with pytest.raises(InvalidArgumentError):
        trace.scaled_to_rps(0)


def test_trace_validation_and_windows():
    with pytest.raises(InvalidArgumentError):
        Trace(np.array([1.0, 0.5]), np.array([1, 1]), np.array([1, 1]))
    with pytest.raises(InvalidArgumentError):
        Trace(np.array([0.0]), np.array([0]), np.array([1]))
    with pytest.raises(InvalidArgumentError):
        Trace(np.zeros(0), np.zeros(0), np.zeros(0))
    trace = Trace(np.array([5.0, 6.0, 9.0]), np.array([1, 2, 3]), np.array([4, 5, 6]))
    assert list(trace.arrival_s) == [0.0, 1.0, 4.0]  # re-based to the first arrival
    assert len(trace.window(1.0)) == 2 and len(trace.head(1)) == 1
    assert not trace.arrival_s.flags.writeable
