"""Bad input to the C++ core through Python: each a typed error with a one-line message, never
pybind11's untyped TypeError, an internal error_already_set, a MemoryError or a silent wrong answer."""

from __future__ import annotations

import math
import time

import pytest

import throttllem
from throttllem.errors import InvalidArgumentError

H100_CLOCKS_MHZ = list(range(345, 1981, 15))


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text, text
    return text


@pytest.fixture
def gov(monotone_forest):
    return throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=100.0, max_batch_size=64)


@pytest.fixture
def board():
    b = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=64)
    b.add_running(id=1, arrival_s=0.0, prompt_tokens=100, max_tokens=50, deadline_s=5.0)
    return b


def test_nan_now_is_refused_not_read_as_no_deadline(gov, board):
    with pytest.raises(InvalidArgumentError, match="now_s is NaN"):
        board.project(now_s=math.nan)
    projection = board.project(now_s=0.0)
    with pytest.raises(InvalidArgumentError, match="now_s is NaN"):
        gov.check(projection, 1980, math.nan)
    with pytest.raises(InvalidArgumentError, match="now_s must be finite"):
        gov.decide(board, now_s=math.nan)


@pytest.mark.parametrize("bad", [-1, 2**64, 2**70, 1.5, "7", None])
def test_request_ids_outside_uint64_or_not_integers_are_typed(board, bad):
    calls = [
        lambda: board.enqueue(id=bad, arrival_s=0.0, prompt_tokens=10, max_tokens=10),
        lambda: board.add_running(id=bad, arrival_s=0.0, prompt_tokens=10, max_tokens=10),
        lambda: board.admit([bad]),
        lambda: board.remove(bad),
        lambda: board.request(bad),
        lambda: board.preempt(bad),
        lambda: board.set_generated(bad, 1),
        lambda: board.remaining_iterations(bad),
    ]
    for call in calls:
        with pytest.raises(InvalidArgumentError, match="request id") as caught:
            call()
        one_line(caught.value)


def test_membership_of_an_impossible_id_is_false(board):
    assert (2**70 in board) is False and (-1 in board) is False and (1 in board) is True
    with pytest.raises(InvalidArgumentError, match="must be an integer"):
        1.5 in board  # noqa: B015 (the test is that it raises)


def test_numpy_integers_are_ids(board):
    np = pytest.importorskip("numpy")
    board.enqueue(id=np.uint64(2**64 - 1), arrival_s=0.0, prompt_tokens=10, max_tokens=10)
    assert 2**64 - 1 in board
    board.remove(np.uint64(2**64 - 1))


@pytest.mark.parametrize("kwargs,words", [
    ({"max_batch_size": 1.5}, "max_batch_size must be an integer, got float 1.5"),
    ({"max_batch_size": 2**70}, "max_batch_size is beyond 64 bits"),
    ({"tp_degree": 2.0}, "tp_degree must be an integer"),
    ({"clocks_mhz": [345, 1980.5]}, "a clock in clocks_mhz must be an integer"),
    ({"max_batch_size": 10**9}, "max_batch_size must be in 1..1048576, got 1000000000"),
])
def test_governor_arguments_are_typed_and_limited_before_allocation(monotone_forest, kwargs, words):
    args = {"clocks_mhz": H100_CLOCKS_MHZ, "tbt_target_ms": 100.0, "max_batch_size": 64, **kwargs}
    started = time.perf_counter()
    with pytest.raises(InvalidArgumentError) as caught:
        throttllem.Governor(monotone_forest, **args)
    assert words in one_line(caught.value)
    assert time.perf_counter() - started < 1.0  # refused before tabulating 10^9 batch sizes


def test_governor_clock_arguments_are_typed(gov, board):
    with pytest.raises(InvalidArgumentError, match="clock_mhz must be an integer"):
        gov.check(board.project(now_s=0.0), 1980.0, 0.0)
    with pytest.raises(InvalidArgumentError, match="clock_mhz is beyond 64 bits"):
        gov.reset(2**64)


def test_scoreboard_limits(board):
    with pytest.raises(InvalidArgumentError, match="max_batch_size must be in 1..1048576"):
        throttllem.Scoreboard(kv_capacity_blocks=100, max_batch_size=10**9)
    with pytest.raises(InvalidArgumentError, match="generated_tokens must be an integer"):
        board.set_generated(1, 1.5)


def test_token_sums_that_could_wrap_int64_are_refused(gov):
    # Ten thousand running requests of 2^50 tokens (a count may reach 9e15) would wrap the
    # projected KV token sum negative, and the governor would then pick the lowest clock. Refused
    # at the door, so no decision sees them: a request holds at most 2^40 tokens.
    board = throttllem.Scoreboard(kv_capacity_blocks=2**58, kv_block_tokens=16, max_batch_size=64)
    for prompt, output in ((2**50, 1), (2**40, 1), (1, 2**40)):
        with pytest.raises(InvalidArgumentError, match="exceeds the limit of 2\\^40 tokens"):
            board.add_running(id=1, arrival_s=0.0, prompt_tokens=prompt, max_tokens=output, deadline_s=1.0)
    assert len(board) == 0
    board.add_running(id=1, arrival_s=0.0, prompt_tokens=2**40 - 1, max_tokens=1, deadline_s=1.0)
    assert len(board) == 1
