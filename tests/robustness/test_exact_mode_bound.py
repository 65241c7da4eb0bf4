"""Exact mode (``Governor(exact=True)``) evaluates the model once per projected iteration per
clock tried: its work is bounded (``_core.EXACT_MAX_EVALUATIONS`` per decision) and refused with a
typed error before it starts, and it runs without the GIL, so other Python threads go on."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

import throttllem
from throttllem import _core
from throttllem.errors import InvalidArgumentError

from conftest import H100_CLOCKS_MHZ

LIMIT = _core.EXACT_MAX_EVALUATIONS


def _board(max_tokens: int, requests: int = 1) -> throttllem.Scoreboard:
    board = throttllem.Scoreboard(kv_capacity_blocks=10**12, max_batch_size=64)
    for i in range(requests):
        board.add_running(id=i, arrival_s=0.0, prompt_tokens=100, max_tokens=max_tokens,
                          predicted_output_tokens=max_tokens, deadline_s=1e9)
    return board


def _governors(forest):
    kw = dict(clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=200.0, max_batch_size=64)
    return throttllem.Governor(forest, **kw), throttllem.Governor(forest, exact=True, **kw)


def test_the_limit_is_documented_and_sane():
    assert LIMIT == 1 << 22
    doc = Path(__file__).resolve().parents[2] / "docs" / "GOVERNOR.md"  # the checkout's docs (not installed)
    assert f"{LIMIT:,}" in doc.read_text(encoding="utf-8")


@pytest.mark.parametrize("max_tokens", [LIMIT + 1, 10**9, 2**40 - 1000])
def test_a_projection_beyond_the_limit_is_refused_before_any_work(monotone_forest, max_tokens):
    table, exact = _governors(monotone_forest)
    board = _board(max_tokens)
    with pytest.raises(InvalidArgumentError, match=f"exact mode evaluates the model at most {LIMIT} times") as err:
        exact.decide(board, 0.0)
    assert "use table mode (exact=False)" in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(InvalidArgumentError, match="exact mode evaluates the model at most"):
        exact.check(board.project(0.0), H100_CLOCKS_MHZ[0], 0.0)
    # Table mode decides the same board (its cost does not grow with the projection's length).
    assert table.decide(board, 0.0).clock_mhz in H100_CLOCKS_MHZ


def test_many_clocks_over_a_long_projection_hit_the_budget(monotone_forest):
    """The projection fits, but a decision evaluates it at least twice (the clock search, then the
    chosen clock's slack): it is refused once
    projected iterations x clocks tried would pass the limit (checked before each run of
    iterations, so the work stays within the limit)."""
    table, exact = _governors(monotone_forest)
    board = _board(LIMIT // 2 + 1000)  # one pass over the projection fits, two do not
    projection = board.project(0.0)
    assert LIMIT // 2 < projection.start_iter[-1] + projection.iterations[-1] <= LIMIT
    exact.check(projection, H100_CLOCKS_MHZ[-1], 0.0)  # one pass: within the limit
    with pytest.raises(InvalidArgumentError, match="exact mode evaluates the model at most"):
        exact.decide(board, 0.0)
    assert table.decide(board, 0.0).clock_mhz in H100_CLOCKS_MHZ


def test_within_the_limit_exact_and_table_agree(monotone_forest):
    table, exact = _governors(monotone_forest)
    board = _board(2000, requests=8)
    assert exact.decide(board, 0.0).slo_clock_mhz == table.decide(board, 0.0).slo_clock_mhz
    assert exact.exact and not table.exact


def test_exact_mode_releases_the_gil(monotone_forest):
    """A Python thread keeps running while an exact decision is computed: it ticks in the middle
    half of the call (with the GIL held it could tick only at the call's edges, within one
    switch interval)."""
    _, exact = _governors(monotone_forest)
    stamps, stop = [], threading.Event()

    def tick() -> None:
        while not stop.is_set():
            stamps.append(time.monotonic())
            time.sleep(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    try:
        time.sleep(0.05)
        # A longer projection on a faster machine: the call must outlast several switch intervals.
        for divisor in (16, 8, 4):
            board = _board(LIMIT // divisor)
            t0 = time.monotonic()
            exact.decide(board, 0.0)
            t1 = time.monotonic()
            if (t1 - t0) / 4 > 4 * sys.getswitchinterval():
                break
    finally:
        stop.set()
        thread.join()
    quarter = (t1 - t0) / 4
    assert quarter > 4 * sys.getswitchinterval()  # long enough to tell the two apart
    inside = [t for t in stamps if t0 + quarter < t < t1 - quarter]
    assert len(inside) >= 10, (len(inside), t1 - t0)
