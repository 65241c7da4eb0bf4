"""Prefill-aware projection and decisions (chunked prefill, TTFT) and the switch cost."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import throttllem
from conftest import H100_CLOCKS_MHZ, ceil_div, remaining
from throttllem.errors import InvalidArgumentError

GRID = [0, 256, 512, 1024, 2048, 4096]


def prefill_cost_s(tokens, clock_mhz):
    """A test prefill cost: compute-bound, so it scales with 1 / clock (and never rises with it)."""
    return 4e-5 * tokens * (0.2 + 0.8 * 1980.0 / clock_mhz)


def prefill_table(clocks=H100_CLOCKS_MHZ):
    return [[prefill_cost_s(t, c) for t in GRID] for c in clocks]


def governor(forest, *, exact=False, tbt_ms=1e6, **kw):
    return throttllem.Governor(forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=tbt_ms, max_batch_size=16,
                               exact=exact, prefill_grid_tokens=GRID, prefill_time_s=prefill_table(), **kw)


# ---- the projection -------------------------------------------------------------------------
def reference(requests, chunk):
    """Per-iteration batch, KV tokens, prefill tokens, first tokens and finishers of a board whose
    prefilling requests (in the order given) share `chunk` prompt tokens per iteration, FCFS."""
    total, rems, firsts = 0, [], []
    for r in requests:
        rem = remaining(r, 1.0)
        if r["prefill"] > 0 and rem > 0:
            total += r["prefill"]
            f = ceil_div(total, chunk) - 1  # the iteration that ends its prefill and yields its first token
            rem += f
            if r["generated_tokens"] == 0:
                firsts.append(f)
        rems.append(rem)
    horizon = max(rems, default=0)
    ks = np.arange(horizon)
    rem = np.array(rems)
    ctx = np.array([r["prompt_tokens"] + r["generated_tokens"] for r in requests])
    active = rem[None, :] > ks[:, None]
    prefill = np.clip(total - chunk * ks, 0, chunk)
    first = np.bincount(np.array(firsts, dtype=int), minlength=horizon)[:horizon] if firsts else np.zeros(horizon)
    finish = np.bincount(rem[rem > 0] - 1, minlength=horizon)[:horizon] if horizon else np.zeros(0)
    return active.sum(axis=1), (active * (ctx[None, :] + ks[:, None] + 1)).sum(axis=1), prefill, first, finish


running_request = st.fixed_dictionaries({
    "prompt_tokens": st.integers(1, 3000),
    "generated_tokens": st.integers(0, 20),
    "predicted_output_tokens": st.integers(0, 60),
    "max_tokens": st.integers(21, 80),
    "prefilling": st.booleans(),
    "left_share": st.floats(0.01, 1.0),
})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(running_request, min_size=1, max_size=12), st.integers(1, 2048))
def test_chunked_projection_matches_the_per_iteration_reference(specs, chunk):
    board = throttllem.Scoreboard(kv_capacity_blocks=10**7, prefill_chunk_tokens=chunk)
    requests = []
    for i, s in enumerate(specs):
        context = s["prompt_tokens"] + s["generated_tokens"]
        left = max(1, int(context * s["left_share"])) if s["prefilling"] else 0
        r = dict(s, prefill=left)
        board.add_running(id=i, arrival_s=float(i), prompt_tokens=r["prompt_tokens"], max_tokens=r["max_tokens"],
                          generated_tokens=r["generated_tokens"], prefill_tokens_left=left,
                          predicted_output_tokens=r["predicted_output_tokens"])
        requests.append(r)
    batch, kv, prefill, first, finish = reference(requests, chunk)
    p = board.project()
    assert p.horizon_iters == len(batch)
    assert p.prefill_iters == int((prefill > 0).sum())
    got = {name: np.zeros(len(batch), dtype=np.int64) for name in ("batch", "kv", "prefill", "first", "finish")}
    for start, n, b, kv0, pre, fst, fin in zip(p.start_iter, p.iterations, p.batch, p.kv_tokens_first,
                                               p.prefill_tokens, p.first_tokens, p.finishing):
        got["batch"][start:start + n] = b
        got["kv"][start:start + n] = kv0 + b * np.arange(n)
        got["prefill"][start:start + n] = pre
        got["first"][start + n - 1] = fst
        got["finish"][start + n - 1] = fin
    np.testing.assert_array_equal(got["batch"], batch)
    np.testing.assert_array_equal(got["kv"], kv)
    np.testing.assert_array_equal(got["prefill"], prefill)
    np.testing.assert_array_equal(got["first"], first)
    np.testing.assert_array_equal(got["finish"], finish)


def test_board_advances_prefills_by_the_chunk_budget_fcfs():
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, prefill_chunk_tokens=512)
    for i, prompt in enumerate([300, 1000]):
        board.enqueue(id=i, arrival_s=0.0, prompt_tokens=prompt, max_tokens=50)
    board.admit([0, 1])
    assert board.prefilling == [0, 1]
    assert [board.request(i)["prefill_tokens_left"] for i in (0, 1)] == [300, 1000]
    board.step()  # the budget goes to 0 first; the engine has not said 0 is done: it keeps 1 token left
    assert [board.request(i)["prefill_tokens_left"] for i in (0, 1)] == [1, 788]
    assert [board.request(i)["generated_tokens"] for i in (0, 1)] == [0, 0]
    board.set_prefill_left(0, 0)  # done: its last token took one of this coming step's 512
    board.step()
    assert board.prefilling == [1]
    assert board.request(0)["generated_tokens"] == 1
    assert board.request(1)["prefill_tokens_left"] == 788 - 511
    with pytest.raises(InvalidArgumentError, match="prefill tokens left"):
        board.set_prefill_left(1, 10**6)
    with pytest.raises(throttllem.RequestIdError):
        board.set_prefill_left(7, 1)
    board.preempt(1)
    assert board.prefilling == [] and board.queued()[0]["prefill_tokens_left"] == 0


def test_without_chunking_the_projection_is_unchanged():
    plain = throttllem.Scoreboard(kv_capacity_blocks=10**6)
    plain.add_running(id=1, arrival_s=0.0, prompt_tokens=500, max_tokens=40, prefill_tokens_left=400)
    p = plain.project()
    assert (p.prefill_iters, list(p.prefill_tokens), list(p.first_tokens)) == (0, [0], [0])
    assert list(p.iterations) == [40]


# ---- decisions --------------------------------------------------------------------------------
def ttft_board(prefill_tokens=4000, arrival_s=0.0):
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16, prefill_chunk_tokens=512)
    board.add_running(id=1, arrival_s=0.0, prompt_tokens=800, max_tokens=300, generated_tokens=5)
    board.enqueue(id=2, arrival_s=arrival_s, prompt_tokens=prefill_tokens, max_tokens=100)
    board.admit([2])
    return board


def brute_force_ttft_clock(forest, board, ttft_s, now_s, first_clock=None, scale=1.0):
    """Lowest clock whose projected first token of the prefilling request meets ttft_s (times
    ``scale``); ``first_clock``: the clock the first iteration runs at, whatever the clock."""
    p = board.project(now_s)
    for clock in H100_CLOCKS_MHZ:
        elapsed = 0.0
        for start, n, b, kv0, pre, fst, arr in zip(p.start_iter, p.iterations, p.batch, p.kv_tokens_first,
                                                   p.prefill_tokens, p.first_tokens, p.first_token_arrival_s):
            clocks = np.full(n, clock, dtype=float)
            if start == 0 and first_clock is not None and first_clock < clock:
                clocks[0] = first_clock
            rows = np.column_stack([np.ones(n), np.full(n, b), kv0 + b * np.arange(n), clocks])
            extra = np.array([np.interp(pre, GRID, [prefill_cost_s(t, c) for t in GRID]) for c in clocks]) if pre else 0.0
            elapsed += float(np.sum(1.0 / forest.predict_many(rows.astype(float)) + extra))
            if fst and elapsed > scale * (arr + ttft_s - now_s):
                break
        else:
            return clock
    return None


@pytest.mark.parametrize("ttft_ms", [400.0, 700.0, 1500.0])
def test_ttft_target_sets_one_clock_for_mixed_iterations(monotone_forest, ttft_ms):
    board = ttft_board()
    expected = brute_force_ttft_clock(monotone_forest, board, ttft_ms / 1e3, now_s=0.0)
    assert expected is not None and expected < 1980  # max-clock prefill would waste energy here
    for exact in (False, True):
        gov = governor(monotone_forest, exact=exact, ttft_target_ms=ttft_ms)
        d = gov.decide(board, 0.0)
        # At the lowest clock the floor binds, not the TTFT target.
        assert (d.clock_mhz, d.reason) == (expected, "slo_bound" if expected > 345 else "floor_bound")
        assert 0.0 <= d.ttft_slack_ms < ttft_ms
    # Without a TTFT target only the (loose) TBT binds: the lowest clock.
    assert governor(monotone_forest).decide(board, 0.0).clock_mhz == 345


def test_unsatisfiable_ttft_forces_max_clock(monotone_forest):
    gov = governor(monotone_forest, ttft_target_ms=50.0)
    d = gov.decide(ttft_board(), 0.0)  # eight 512-token chunks cannot finish in 50 ms at any clock
    assert (d.clock_mhz, d.reason) == (1980, "late_request")
    assert d.ttft_slack_ms < 0
    # Once the request has its first token, TTFT no longer binds.
    board = ttft_board()
    board.set_prefill_left(2, 0)
    assert gov.decide(board, 0.0).clock_mhz == 345


def test_admission_ignores_the_candidates_own_ttft(monotone_forest):
    gov = governor(monotone_forest, ttft_target_ms=50.0)
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16, prefill_chunk_tokens=512)
    board.add_running(id=1, arrival_s=0.0, prompt_tokens=800, max_tokens=300, generated_tokens=5)
    board.enqueue(id=2, arrival_s=0.0, prompt_tokens=4000, max_tokens=100)
    d = gov.decide(board, 10.0)  # already past its TTFT: refusing it would only make that worse
    assert d.admitted == [2] and d.clock_mhz == 1980


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(1, 2500), st.integers(1, 60), st.booleans()), min_size=1, max_size=5),
       st.integers(64, 1024), st.sampled_from([0.0, 300.0, 900.0, 3000.0]), st.floats(20.0, 120.0),
       st.sampled_from([0.0, 0.03, 0.2]))
def test_table_and_exact_agree_with_prefill(monotone_forest, reqs, chunk, ttft_ms, tbt_ms, reserve):
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16, prefill_chunk_tokens=chunk)
    for i, (prompt, out, queued) in enumerate(reqs):
        add = board.enqueue if queued else board.add_running
        add(id=i, arrival_s=0.0, prompt_tokens=prompt, max_tokens=out, deadline_s=60.0)
    board.admit([r["id"] for r in board.queued()][:1])
    table = governor(monotone_forest, tbt_ms=tbt_ms, ttft_target_ms=ttft_ms, slo_reserve=reserve)
    exact = governor(monotone_forest, exact=True, tbt_ms=tbt_ms, ttft_target_ms=ttft_ms, slo_reserve=reserve)
    a, b = table.decide(board, 0.1), exact.decide(board, 0.1)
    assert (a.clock_mhz, a.admitted, a.reason) == (b.clock_mhz, b.admitted, b.reason)
    assert a.ttft_slack_ms == pytest.approx(b.ttft_slack_ms, rel=1e-9, abs=1e-9)


def decoding_board(first_token_s=None):
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16)
    for i in range(4):
        board.add_running(id=i, arrival_s=0.0, prompt_tokens=2000, max_tokens=60, generated_tokens=10,
                          deadline_s=1e6)
        if first_token_s is not None:
            board.set_first_token(i, first_token_s)
    return board


def test_mean_tbt_counts_the_whole_request_once_its_first_token_is_known(monotone_forest):
    gov = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=15.0, max_batch_size=16)
    now = 100.0
    future_only = gov.decide(decoding_board(), now).clock_mhz
    on_pace = gov.decide(decoding_board(now - 9 * 0.010), now).clock_mhz  # 9 gaps of 10 ms so far
    behind = gov.decide(decoding_board(now - 9 * 0.035), now)             # 9 gaps of 35 ms so far
    assert 345 < on_pace == future_only < behind.clock_mhz < 1980 and behind.reason == "slo_bound"
    # Mean TBT over all 59 gaps: what is left for the 50 to come.
    assert behind.e2e_slack_ms == pytest.approx((0.015 * 59 - 9 * 0.035 - behind.predicted_tbt_ms / 1e3 * 50) * 1e3,
                                                rel=1e-6)
    hopeless = gov.decide(decoding_board(now - 10.0), now)  # 9 gaps took 10 s: no clock saves the mean
    assert (hopeless.clock_mhz, hopeless.reason) == (1980, "late_request")


def test_slo_reserve_keeps_a_share_of_every_budget(monotone_forest):
    def clock(reserve):
        gov = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=15.0,
                                  max_batch_size=16, slo_reserve=reserve)
        d = gov.decide(decoding_board(), 0.0)
        return d.clock_mhz, d.predicted_tbt_ms
    (plain, _), (reserved, tbt_ms) = clock(0.0), clock(0.2)
    assert plain < reserved and tbt_ms <= 0.8 * 15.0
    with pytest.raises(InvalidArgumentError, match="slo_reserve"):
        clock(1.0)


# ---- switch cost ------------------------------------------------------------------------------
def loaded_board(tokens_out):
    board = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16)
    for i in range(8):
        board.add_running(id=i, arrival_s=0.0, prompt_tokens=3000, max_tokens=tokens_out, deadline_s=1e6)
    return board


def test_no_down_switch_whose_dwell_cannot_repay_the_latency(monotone_forest):
    gov = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=25.0, max_batch_size=16,
                              switch_latency_s=0.5)
    short = gov.decide(loaded_board(5), 0.0)  # five iterations of work: over long before 2 x 0.5 s
    assert short.slo_clock_mhz < 1980 and (short.clock_mhz, short.reason) == (1980, "hold_switch_cost")
    assert gov.switches == 0
    long = gov.decide(loaded_board(400), 0.0)
    assert long.clock_mhz == long.slo_clock_mhz < 1980 and gov.switches == 1


def test_switch_latency_stops_flapping_but_never_delays_a_raise(monotone_forest):
    def run(latency):
        gov = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=25.0,
                                  max_batch_size=16, switch_latency_s=latency)
        heavy, light = loaded_board(400), throttllem.Scoreboard(kv_capacity_blocks=10**6)
        light.add_running(id=0, arrival_s=0.0, prompt_tokens=100, max_tokens=400, deadline_s=1e6)
        times = np.arange(0.0, 10.0, 0.1)
        for k, now in enumerate(times):
            d = gov.decide(heavy if k % 2 else light, float(now))
            if k % 2:  # the heavy board always gets its SLO clock at once
                assert d.clock_mhz >= d.slo_clock_mhz
        return gov.switches

    free, costly = run(0.0), run(0.5)
    assert free == 100  # every decision flips the clock
    # With L = 0.5 s a lower clock waits 2L = 1 s after any switch: at most one down and one up
    # switch per second.
    assert costly <= 2 * 10 + 1 and costly < free / 4


@pytest.mark.parametrize("kwargs, message", [
    (dict(ttft_target_ms=-1.0), "ttft target"),
    (dict(switch_latency_s=-0.1), "switch_latency_s"),
    (dict(switch_latency_s=math.inf), "switch_latency_s"),
    (dict(prefill_grid_tokens=[1, 2], prefill_time_s=[[0.0, 0.0]] * 110), "start at 0"),
    (dict(prefill_grid_tokens=[0, 5, 5], prefill_time_s=[[0.0] * 3] * 110), "ascend"),
    (dict(prefill_grid_tokens=[0, 5], prefill_time_s=[[0.0, 0.1]] * 109), "one row per clock"),
    (dict(prefill_grid_tokens=[0, 5], prefill_time_s=[[0.0, 0.1, 0.2]] * 110), "one time per"),
    (dict(prefill_grid_tokens=[0, 5], prefill_time_s=[[0.0, -0.1]] * 110), "finite numbers >= 0"),
    (dict(prefill_time_s=[[0.0]] * 110), "one time per"),
])
def test_bad_prefill_and_switch_config(monotone_forest, kwargs, message):
    with pytest.raises(InvalidArgumentError, match=message):
        throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=40.0, max_batch_size=8,
                            **kwargs)


# ---- admission headroom, and the clock in effect before a switch acts ---------------------------
def test_admission_headroom_spends_less_of_each_budget_on_the_clock_than_admission_may(monotone_forest):
    def decide(ttft_ms, **kw):
        return governor(monotone_forest, ttft_target_ms=ttft_ms, **kw).decide(ttft_board(), 0.0)
    for ttft_ms in (400.0, 700.0, 1500.0):
        headroom = decide(ttft_ms, slo_reserve=0.05, admission_headroom=0.15)
        expected = brute_force_ttft_clock(monotone_forest, ttft_board(), ttft_ms / 1e3, 0.0, scale=0.8)
        assert headroom.clock_mhz == expected and headroom.ttft_slack_ms >= 0.2 * ttft_ms - 1e-6
        # The clock is the one a 0.2 reserve gives; the headroom leaves the reserve itself alone.
        assert headroom.clock_mhz == decide(ttft_ms, slo_reserve=0.2).clock_mhz
        assert headroom.clock_mhz >= decide(ttft_ms, slo_reserve=0.05).clock_mhz


def test_admission_is_checked_without_the_headroom(monotone_forest):
    # A running request whose deadline max clock only meets within the last 20% of its budget: a
    # 0.2 reserve refuses a newcomer; a 0.2 headroom plans the clock as strictly but still admits.
    def board(deadline_s):
        b = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16)
        b.add_running(id=1, arrival_s=0.0, prompt_tokens=800, max_tokens=300, deadline_s=deadline_s)
        b.enqueue(id=2, arrival_s=0.0, prompt_tokens=800, max_tokens=20, deadline_s=1e6)
        return b
    reserve = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=1e6,
                                  max_batch_size=16, slo_reserve=0.2)
    headroom = throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=1e6,
                                   max_batch_size=16, admission_headroom=0.2)
    split = []
    for deadline in np.linspace(1.0, 12.0, 221):
        a, b = reserve.decide(board(deadline), 0.0), headroom.decide(board(deadline), 0.0)
        assert len(b.admitted) >= len(a.admitted)
        if b.admitted == a.admitted:
            assert b.clock_mhz == a.clock_mhz
        else:
            split.append(deadline)
    assert split  # deadlines where only the headroom admits


@pytest.mark.parametrize("kwargs", [dict(admission_headroom=-0.1), dict(admission_headroom=math.nan),
                                    dict(slo_reserve=0.5, admission_headroom=0.5)])
def test_bad_admission_headroom(monotone_forest, kwargs):
    with pytest.raises(InvalidArgumentError, match="admission_headroom"):
        throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=40.0, max_batch_size=8,
                            **kwargs)


@pytest.mark.parametrize("exact", [False, True])
def test_a_raise_counts_the_first_iteration_at_the_clock_in_effect(monotone_forest, exact):
    ttft_ms, latency = 700.0, 0.02
    gov = governor(monotone_forest, exact=exact, ttft_target_ms=ttft_ms, switch_latency_s=latency)
    idle = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16, prefill_chunk_tokens=512)
    assert gov.decide(idle, 0.0).clock_mhz == 345  # the switch down acts at 0.02 s
    board = ttft_board(arrival_s=1.0)
    d = gov.decide(board, 1.0)
    # The first 512-token chunk starts before a raise acts, so it runs at 345 MHz.
    late = brute_force_ttft_clock(monotone_forest, board, ttft_ms / 1e3, 1.0, first_clock=345)
    assert d.clock_mhz == late > brute_force_ttft_clock(monotone_forest, board, ttft_ms / 1e3, 1.0)
    # Without a latency the same history gives the plain answer.
    plain = governor(monotone_forest, exact=exact, ttft_target_ms=ttft_ms)
    plain.decide(idle, 0.0)
    assert plain.decide(ttft_board(arrival_s=1.0), 1.0).clock_mhz < d.clock_mhz
    # While the raise is pending its first iteration still runs at the old clock.
    assert gov.decide(board, 1.001).clock_mhz == brute_force_ttft_clock(monotone_forest, board, ttft_ms / 1e3, 1.001,
                                                                         first_clock=345)


def test_admission_headroom_seconds_come_off_every_deadline_for_the_clock_only(monotone_forest):
    def board(deadline_s):
        b = throttllem.Scoreboard(kv_capacity_blocks=10**6, max_batch_size=16)
        b.add_running(id=1, arrival_s=0.0, prompt_tokens=800, max_tokens=300, deadline_s=deadline_s)
        b.enqueue(id=2, arrival_s=0.0, prompt_tokens=800, max_tokens=20, deadline_s=1e6)
        return b
    def gov(room_s):
        return throttllem.Governor(monotone_forest, clocks_mhz=H100_CLOCKS_MHZ, tbt_target_ms=1e6,
                                   max_batch_size=16, admission_headroom_s=room_s)
    raised = 0
    for deadline in np.linspace(2.0, 8.0, 61):
        plain, roomy = gov(0.0).decide(board(deadline), 0.0), gov(0.5).decide(board(deadline), 0.0)
        # The clock of a deadline 0.5 s earlier; admission as without the headroom.
        assert roomy.clock_mhz == gov(0.0).decide(board(deadline - 0.5), 0.0).clock_mhz
        assert roomy.admitted == plain.admitted
        raised += roomy.clock_mhz > plain.clock_mhz
    assert raised
    with pytest.raises(InvalidArgumentError, match="admission_headroom_s"):
        gov(-1.0)
