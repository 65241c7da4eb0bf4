"""Scoreboard: the segment projection equals a per-iteration brute-force simulation."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import throttllem
from conftest import ceil_div, remaining
from throttllem.errors import InvalidArgumentError, RequestIdError

request_strategy = st.fixed_dictionaries({
    "prompt_tokens": st.integers(1, 400),
    "generated_tokens": st.integers(0, 120),
    "predicted_output_tokens": st.integers(0, 200),
    "max_tokens": st.integers(120, 300),
    "deadline_s": st.floats(0.0, 50.0),
})


def brute_force(requests, block_tokens, inflation, now_s):
    """Per-iteration simulation: batch, KV tokens and KV blocks of every future iteration."""
    rems = [remaining(r, inflation) for r in requests]
    horizon = max(rems, default=0)
    batch, kv_tokens, kv_blocks = [], [], []
    for k in range(horizon):
        active = [r for r, rem in zip(requests, rems) if rem > k]
        ctx = [r["prompt_tokens"] + r["generated_tokens"] + k + 1 for r in active]
        batch.append(len(active))
        kv_tokens.append(sum(ctx))
        kv_blocks.append(sum(ceil_div(c, block_tokens) for c in ctx))
    late = sum(1 for r, rem in zip(requests, rems) if rem > 0 and r["deadline_s"] < now_s)
    return rems, np.array(batch), np.array(kv_tokens), np.array(kv_blocks), late


def fill(board, requests):
    for i, r in enumerate(requests):
        board.add_running(id=i, arrival_s=0.0, **r)


@settings(max_examples=150, deadline=None)
@given(requests=st.lists(request_strategy, min_size=0, max_size=25),
       block_tokens=st.sampled_from([1, 7, 16, 32]),
       inflation=st.sampled_from([1.0, 1.2, 0.9]),
       now_s=st.floats(0.0, 30.0))
def test_projection_equals_brute_force(requests, block_tokens, inflation, now_s):
    requests = [dict(r, generated_tokens=min(r["generated_tokens"], r["max_tokens"])) for r in requests]
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, kv_block_tokens=block_tokens,
                                  output_inflation=inflation)
    fill(board, requests)
    p = board.project(now_s)
    rems, batch, kv_tokens, kv_blocks, late = brute_force(requests, block_tokens, inflation, now_s)

    assert p.horizon_iters == len(batch)
    assert p.late_requests == late
    if len(batch) == 0:
        assert len(p) == 0
        return
    assert p.peak_kv_blocks == kv_blocks.max()
    assert p.peak_batch == batch.max()
    for start, iters, b, kv0, blocks_last, finishing, min_deadline in zip(
            p.start_iter, p.iterations, p.batch, p.kv_tokens_first, p.kv_blocks_last, p.finishing,
            p.min_deadline_s):
        seg = slice(start, start + iters)
        assert np.all(batch[seg] == b)
        assert np.array_equal(kv_tokens[seg], kv0 + b * np.arange(iters))
        # Blocks only grow inside a segment, so its last iteration is its peak.
        assert np.all(np.diff(kv_blocks[seg]) >= 0)
        assert kv_blocks[start + iters - 1] == blocks_last
        enders = [r for r, rem in zip(requests, rems) if rem == start + iters]
        assert finishing == len(enders)
        on_time = [r["deadline_s"] for r in enders if r["deadline_s"] >= now_s]
        assert min_deadline == (min(on_time) if on_time else math.inf)
    # Segments tile the horizon and cost one entry per distinct completion time.
    assert np.array_equal(np.cumsum(p.iterations), np.sort(np.unique([r for r in rems if r > 0])))


@settings(max_examples=40, deadline=None)
@given(requests=st.lists(request_strategy, min_size=1, max_size=20), steps=st.integers(1, 250),
       removals=st.lists(st.integers(0, 19), max_size=6))
def test_projection_tracks_steps_overruns_and_removals(requests, steps, removals):
    """After engine steps (with overruns past predictions) and removals the projection still
    equals the brute force on the updated requests."""
    requests = [dict(r, generated_tokens=min(r["generated_tokens"], r["max_tokens"])) for r in requests]
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6)
    fill(board, requests)
    alive = dict(enumerate(requests))
    for step in range(steps):
        board.step()
        for r in alive.values():
            r["generated_tokens"] = min(r["generated_tokens"] + 1, r["max_tokens"])
        if step < len(removals) and removals[step] in alive:
            board.remove(removals[step])
            del alive[removals[step]]
    p = board.project()
    rems, batch, kv_tokens, _, _ = brute_force(list(alive.values()), 16, 1.0, -1e300)
    assert p.horizon_iters == len(batch)
    for k in range(0, len(batch), max(1, len(batch) // 40)):
        assert p.batch_at(k) == batch[k]
        assert p.kv_tokens_at(k) == kv_tokens[k]
    by_id = {r["id"]: r for r in board.running()}
    for i, r in alive.items():
        assert by_id[i]["generated_tokens"] == r["generated_tokens"]
        assert board.remaining_iterations(i) == remaining(r, 1.0)


def test_overrun_falls_back_to_max_tokens():
    board = throttllem.Scoreboard(kv_capacity_blocks=1000)
    board.add_running(id=1, arrival_s=0, prompt_tokens=10, max_tokens=100, predicted_output_tokens=5)
    assert board.remaining_iterations(1) == 5
    for _ in range(5):
        board.step()
    assert board.remaining_iterations(1) == 95


def test_inflation_rounds_up_and_caps_at_max_tokens():
    board = throttllem.Scoreboard(kv_capacity_blocks=1000, output_inflation=1.5)
    board.add_running(id=1, arrival_s=0, prompt_tokens=10, max_tokens=100, predicted_output_tokens=11)
    board.add_running(id=2, arrival_s=0, prompt_tokens=10, max_tokens=100, predicted_output_tokens=90)
    assert board.remaining_iterations(1) == 17  # ceil(16.5)
    assert board.remaining_iterations(2) == 100


def test_admit_moves_queue_in_order_and_rejects_bad_lists():
    board = throttllem.Scoreboard(kv_capacity_blocks=1000)
    for i in range(3):
        board.enqueue(id=i, arrival_s=i, prompt_tokens=10, max_tokens=20)
    with pytest.raises(RequestIdError, match="not queued"):
        board.admit([0, 9])
    assert board.queued_count == 3  # nothing changed
    with pytest.raises(RequestIdError, match="twice"):
        board.admit([1, 1])
    board.admit([2, 0])
    assert [r["id"] for r in board.running()] == [2, 0]
    assert [r["id"] for r in board.queued()] == [1]
    assert 2 in board and 1 in board and 7 not in board
    board.remove(1)
    assert board.queued_count == 0 and len(board) == 2


@pytest.mark.parametrize("field, value, message", [
    ("prompt_tokens", -5, "prompt_tokens must be >= 1"),
    ("prompt_tokens", float("nan"), "whole number"),
    ("generated_tokens", -1, "generated_tokens must be >= 0"),
    ("generated_tokens", 2.5, "whole number"),
    ("max_tokens", 0, "max_tokens must be >= 1"),
    ("predicted_output_tokens", float("inf"), "whole number"),
    ("predicted_output_tokens", -3, "predicted_output_tokens must be >= 0"),
    ("deadline_s", float("nan"), "deadline_s is NaN"),
    ("arrival_s", float("inf"), "arrival_s must be finite"),
    ("generated_tokens", 50, "exceeds max_tokens"),
    ("max_tokens", 10_000, "KV blocks"),
])
def test_bad_requests_raise_typed_errors(field, value, message):
    board = throttllem.Scoreboard(kv_capacity_blocks=100)
    fields = dict(id=1, arrival_s=0.0, prompt_tokens=10, max_tokens=20)
    fields[field] = value
    with pytest.raises(InvalidArgumentError, match=message):
        board.add_running(**fields)
    assert len(board) == 0


def test_duplicate_and_unknown_ids():
    board = throttllem.Scoreboard(kv_capacity_blocks=100)
    board.add_running(id=1, arrival_s=0, prompt_tokens=10, max_tokens=20)
    with pytest.raises(RequestIdError, match="duplicate"):
        board.enqueue(id=1, arrival_s=0, prompt_tokens=10, max_tokens=20)
    with pytest.raises(RequestIdError, match="unknown"):
        board.remove(2)
    with pytest.raises(RequestIdError, match="not running"):
        board.set_generated(2, 3)
    with pytest.raises(InvalidArgumentError, match="0..max_tokens"):
        board.set_generated(1, 21)


@pytest.mark.parametrize("kwargs, message", [
    (dict(kv_capacity_blocks=0), "kv_capacity_blocks"),
    (dict(kv_capacity_blocks=10, max_batch_size=0), "max_batch_size"),
    (dict(kv_capacity_blocks=10, kv_block_tokens=0), "kv_block_tokens"),
    (dict(kv_capacity_blocks=10, output_inflation=float("nan")), "output_inflation"),
    (dict(kv_capacity_blocks=10, output_inflation=0.0), "output_inflation"),
])
def test_bad_config(kwargs, message):
    with pytest.raises(InvalidArgumentError, match=message):
        throttllem.Scoreboard(**kwargs)
