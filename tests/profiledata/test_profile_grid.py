"""The profile grid: points, memory bounds, clock ranges."""

from __future__ import annotations

import pytest

from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import LLAMA2_13B, LLAMA3_8B
from throttllem.profiledata.grid import (
    DECODE,
    PREFILL,
    GridPoint,
    ProfileGrid,
    parse_clock_range,
    parse_int_list,
)


def test_default_grid_covers_batch_times_kv_then_prefill():
    grid = ProfileGrid()
    points = grid.points()
    decode = [p for p in points if p.phase == DECODE]
    prefill = [p for p in points if p.phase == PREFILL]
    assert len(decode) == len(grid.batch_sizes) * len(grid.kv_tokens_per_request)
    assert {(p.batch_size, p.kv_tokens_per_request) for p in decode} == {
        (b, kv) for b in grid.batch_sizes for kv in grid.kv_tokens_per_request}
    assert [p.prefill_tokens for p in prefill] == list(grid.prefill_tokens)
    assert points.index(prefill[0]) == len(decode)  # decode first
    assert len({p.key() for p in points}) == len(points)


def test_quick_grid_is_a_small_subset():
    quick, full = ProfileGrid.quick(), ProfileGrid()
    assert len(quick.points()) < len(full.points()) / 5
    assert set(quick.batch_sizes) <= set(full.batch_sizes)


def test_grid_sorts_and_deduplicates():
    grid = ProfileGrid((8, 1, 8), (512, 128), ())
    assert grid.batch_sizes == (1, 8)
    assert grid.kv_tokens_per_request == (128, 512)
    assert [p.phase for p in grid.points()] == [DECODE] * 4


@pytest.mark.parametrize("bad", [dict(batch_sizes=(0,)), dict(kv_tokens_per_request=(-1,)),
                                 dict(batch_sizes=()), dict(prefill_tokens=(0,))])
def test_grid_rejects_bad_sizes(bad):
    with pytest.raises(InvalidArgumentError):
        ProfileGrid(**bad)


def test_point_kv_tokens_and_cache_slots():
    p = GridPoint(DECODE, 16, 1024, 0)
    assert p.kv_tokens == 16 * 1024
    assert p.cache_tokens == 16 * 1025  # the iteration writes one more token per request
    assert GridPoint(PREFILL, 1, 0, 512).cache_tokens == 512
    with pytest.raises(InvalidArgumentError):
        GridPoint(PREFILL, 2, 0, 512)
    with pytest.raises(InvalidArgumentError):
        GridPoint(DECODE, 1, 128, 7)


def test_split_by_capacity_keeps_exactly_the_points_that_fit():
    grid = ProfileGrid()
    capacity = 300_000
    fit, skipped = grid.split_by_capacity(grid.points(), capacity, LLAMA3_8B.max_context_tokens)
    assert len(fit) + len(skipped) == len(grid.points())
    assert all(p.cache_tokens <= capacity for p in fit)
    assert all(p.cache_tokens > capacity for p in skipped)
    assert any(p.batch_size == 256 for p in fit) and any(p.batch_size == 256 for p in skipped)


def test_context_limit_skips_long_requests():
    grid = ProfileGrid((1,), (2048, 4096), ())
    fit, skipped = grid.split_by_capacity(grid.points(), 10**9, LLAMA2_13B.max_context_tokens)
    assert [p.kv_tokens_per_request for p in fit] == [2048]
    assert [p.kv_tokens_per_request for p in skipped] == [4096]  # 4096 cached + 1 new > 4096


def test_clock_range_includes_stop():
    assert parse_clock_range("900:1980:90") == tuple(range(900, 1981, 90))
    assert parse_clock_range("900:1980:90")[-1] == 1980
    assert parse_clock_range("1200,900,1200") == (900, 1200)


@pytest.mark.parametrize("text", ["900:1980", "a:b:c", "900:800:10", "900:1980:0", "x,y", "0,100"])
def test_clock_range_errors(text):
    with pytest.raises(InvalidArgumentError, match="--clocks"):
        parse_clock_range(text)


def test_clock_range_checks_supported_levels():
    supported = tuple(range(345, 1981, 15))
    assert parse_clock_range("900:1980:90", supported)[0] == 900
    with pytest.raises(InvalidArgumentError, match=r"\[901\] MHz not supported"):
        parse_clock_range("901", supported)


def test_int_list():
    assert parse_int_list("1, 2,4", "--batch-sizes") == (1, 2, 4)
    with pytest.raises(InvalidArgumentError, match="--batch-sizes"):
        parse_int_list("1,two", "--batch-sizes")
