"""The engine side of the prefill-aware governor: cost table, mirror progress, one-clock plans."""

from __future__ import annotations

import numpy as np
import pytest

import throttllem
from throttllem.engine import GovernorAdapter, PrefillClock, RequestMirror, prefill_cost_table
from throttllem.errors import InvalidArgumentError
from throttllem.perfmodel import H100_SXM_80GB, LLAMA3_8B, GpuPerfModel

CLOCKS = list(range(345, 1981, 15))


def perf_time(tokens, clock):
    return float(GpuPerfModel(LLAMA3_8B, H100_SXM_80GB).iteration_time_s(tokens, 1, 0, clock))


def test_cost_table_from_the_perfmodel_is_monotone_and_what_prefill_adds():
    grid, rows = prefill_cost_table(perf_time, CLOCKS)
    cost = np.array(rows)
    assert cost.shape == (len(CLOCKS), len(grid)) and grid[0] == 0
    assert np.all(cost[:, 0] == 0.0)
    assert np.all(np.diff(cost, axis=1) >= 0) and np.all(np.diff(cost, axis=0) <= 0)
    # At 2048 tokens prefill is compute-bound: far costlier at the lowest clock than at the top.
    j = grid.index(2048)
    assert cost[0, j] > 3 * cost[-1, j] > 0
    assert cost[-1, j] == pytest.approx(perf_time(2048, 1980) - perf_time(0, 1980), rel=1e-9)
    # Repairs only raise entries: the table never says a prefill costs less than the model does.
    raw = np.array([[perf_time(p, c) - perf_time(0, c) for p in grid] for c in CLOCKS])
    assert np.all(cost >= raw - 1e-12)


def test_cost_table_orders_rows_like_the_clocks_given():
    shuffled = [1980, 345, 1200]
    _, rows = prefill_cost_table(perf_time, shuffled)
    _, ordered = prefill_cost_table(perf_time, sorted(shuffled))
    assert rows == [ordered[2], ordered[0], ordered[1]]


@pytest.mark.parametrize("grid", [[5, 10], [0], [0, 10, 10]])
def test_cost_table_rejects_a_bad_grid(grid):
    with pytest.raises(InvalidArgumentError, match="grid_tokens"):
        prefill_cost_table(perf_time, CLOCKS, grid)


def _governed(chunk=512, ttft_ms=600.0):
    board = throttllem.Scoreboard(kv_capacity_blocks=25_000, max_batch_size=256, prefill_chunk_tokens=chunk)
    grid, rows = prefill_cost_table(perf_time, CLOCKS)
    gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=CLOCKS, tbt_target_ms=200.0,
                              max_batch_size=256, ttft_target_ms=ttft_ms, prefill_grid_tokens=grid,
                              prefill_time_s=rows)
    return GovernorAdapter(gov, RequestMirror(board), clocks_mhz=CLOCKS, prefill_clock="governor")


def test_governor_mode_runs_prefill_and_decode_at_one_clock_meeting_ttft():
    a = _governed(ttft_ms=150.0)  # six 512-token chunks: ~0.1 s at max clock, ~0.4 s at the lowest
    a.mirror.arrive("p", arrival_s=0.0, prompt_tokens=3000, max_tokens=64, predicted_output_tokens=32)
    plan = a.decide(0.0)
    assert plan.admit == ["p"] and plan.prefill_clock_mhz is None
    assert plan.clock_for(prefill=True) == plan.clock_for(prefill=False) == plan.clock_mhz
    a.mirror.admit(["p"])
    plan = a.decide(0.0)
    d = a.last_decision
    assert 345 < plan.clock_mhz < 1980 and d.ttft_slack_ms >= 0  # a TTFT-bound clock, below max
    assert a.switches == a.governor.switches >= 1


def test_first_token_time_reaches_the_board_at_the_next_decision():
    a = _governed()
    a.mirror.arrive("p", arrival_s=0.0, prompt_tokens=300, max_tokens=64)
    a.mirror.admit(["p"])
    a.mirror.prefill_done(["p"])
    a.mirror.step()
    bid = a.mirror.board_id("p")
    assert np.isnan(a.mirror.board.request(bid)["first_token_s"])
    a.decide(0.25)
    assert a.mirror.board.request(bid)["first_token_s"] == 0.25
    a.decide(0.5)  # stamped once
    assert a.mirror.board.request(bid)["first_token_s"] == 0.25


def test_mirror_reports_prefill_progress_and_completion_to_the_board():
    a = _governed()
    m = a.mirror
    m.arrive("p", arrival_s=0.0, prompt_tokens=3000, max_tokens=64)
    m.admit(["p"])
    bid = m.board_id("p")
    assert m.board.request(bid)["prefill_tokens_left"] == 3000
    m.step()  # the board spends one 512-token chunk on it
    assert m.board.request(bid)["prefill_tokens_left"] == 2488
    m.prefill_progress("p", 1000)  # the engine knows better
    assert m.board.project(0.0).prefill_iters == 2
    m.prefill_done(["p"])
    assert m.board.prefilling == [] and m.board.project(0.0).prefill_iters == 0
    with pytest.raises(InvalidArgumentError, match="not prefilling"):
        m.prefill_progress("p", 5)


@pytest.mark.parametrize("tokens", [0, -1, 1.5, True])
def test_prefill_progress_rejects_bad_counts(tokens):
    a = _governed()
    a.mirror.arrive("p", arrival_s=0.0, prompt_tokens=300, max_tokens=64)
    a.mirror.admit(["p"])
    with pytest.raises(InvalidArgumentError, match="tokens_left"):
        a.mirror.prefill_progress("p", tokens)


def test_project_prefill_replaces_an_empty_board_only():
    m = RequestMirror(throttllem.Scoreboard(kv_capacity_blocks=1000, output_inflation=1.5))
    m.project_prefill(2048)
    assert (m.board.prefill_chunk_tokens, m.board.output_inflation, m.board.kv_capacity_blocks) == (2048, 1.5, 1000)
    m.arrive(1, arrival_s=0.0, prompt_tokens=10, max_tokens=10)
    with pytest.raises(InvalidArgumentError, match="already holds"):
        m.project_prefill(512)
    with pytest.raises(InvalidArgumentError, match="chunk_tokens"):
        RequestMirror(throttllem.Scoreboard(kv_capacity_blocks=10)).project_prefill(0)


def test_governor_mode_needs_a_prefill_aware_governor_and_board():
    gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=CLOCKS, tbt_target_ms=200.0, max_batch_size=8)
    board = throttllem.Scoreboard(kv_capacity_blocks=1000, max_batch_size=8, prefill_chunk_tokens=512)
    with pytest.raises(InvalidArgumentError, match="prefill cost table"):
        GovernorAdapter(gov, RequestMirror(board), clocks_mhz=CLOCKS, prefill_clock="governor")
    assert PrefillClock("governor", CLOCKS).choose(700) is None
