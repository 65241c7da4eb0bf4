"""Fuzz of the Python Governor on the shipped default model: construction from odd numbers gives a
governor or a typed error; on random boards the table path and the exact path (the forest evaluated
per iteration) decide identically, every decision's clock is a supported one and never below the
SLO clock, and the SLO clock is the lowest whose check() passes on the same projection."""

from __future__ import annotations

import functools
import math

from hypothesis import given
from hypothesis import strategies as st

import throttllem
from fuzzing import fuzz_settings, outcome

CLOCKS = list(range(345, 1981, 165))  # a short list: the exact path costs one forest call per iteration
odd_int = st.one_of(st.integers(-3, 70), st.integers(-2**70, 2**70), st.floats(allow_nan=True), st.booleans())
odd_float = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-2**70, 2**70))


@functools.lru_cache(maxsize=None)
def _forest():
    return throttllem.Forest.default()


@functools.lru_cache(maxsize=None)
def _governors(tbt_ms, min_saving, dwell):
    kw = dict(clocks_mhz=CLOCKS, tbt_target_ms=tbt_ms, max_batch_size=24, min_saving_mhz=min_saving, dwell_s=dwell)
    return throttllem.Governor(_forest(), **kw), throttllem.Governor(_forest(), exact=True, **kw)


def _int(x):
    return int(x) if isinstance(x, int) and -2**63 <= x < 2**63 else None


@fuzz_settings(150)
@given(clocks=st.lists(st.one_of(st.sampled_from(CLOCKS), odd_int), max_size=6), tbt=odd_float,
       batch=st.one_of(st.integers(1, 64), odd_int), tp=st.one_of(st.just(1), odd_int),
       saving=st.one_of(st.just(0), odd_int), dwell=st.one_of(st.just(0.0), odd_float))
def test_governor_construction(clocks, tbt, batch, tp, saving, dwell):
    kind, gov = outcome(throttllem.Governor, _forest(), clocks_mhz=clocks, tbt_target_ms=tbt, max_batch_size=batch,
                        tp_degree=tp, min_saving_mhz=saving, dwell_s=dwell)
    ints = [_int(c) for c in clocks] + [_int(batch), _int(tp), _int(saving)]
    valid = (None not in ints and clocks and len(set(clocks)) == len(clocks) and min(clocks) > 0
             and 1 <= batch <= 2**20 and tp >= 1 and saving >= 0 and math.isfinite(tbt) and tbt > 0
             and math.isfinite(dwell) and dwell >= 0)
    assert (kind == "ok") == bool(valid), (clocks, tbt, batch, tp, saving, dwell, kind, gov)
    if valid:
        assert gov.clocks_mhz == sorted(int(c) for c in clocks)


request = st.fixed_dictionaries({
    "prompt_tokens": st.integers(1, 4000),
    "max_tokens": st.integers(1, 200),
    "generated_tokens": st.integers(0, 200),
    "predicted_output_tokens": st.integers(0, 200),
    "deadline_s": st.one_of(st.floats(0.0, 30.0), st.just(math.inf)),
    "queued": st.booleans(),
})


@fuzz_settings(80)
@given(requests=st.lists(request, max_size=30), capacity=st.integers(1, 3000), block=st.sampled_from([1, 16, 13]),
       board_batch=st.integers(1, 40), tbt_ms=st.sampled_from([20.0, 50.0]),
       hysteresis=st.sampled_from([(0, 0.0), (300, 0.5)]), start=st.sampled_from(CLOCKS),
       times=st.lists(st.one_of(st.floats(0.0, 5.0), st.floats(allow_nan=True, allow_infinity=True)),
                      min_size=1, max_size=4))
def test_table_and_exact_decide_alike(requests, capacity, block, board_batch, tbt_ms, hysteresis, start, times):
    table, exact = _governors(tbt_ms, *hysteresis)
    board = throttllem.Scoreboard(kv_capacity_blocks=capacity, kv_block_tokens=block, max_batch_size=board_batch)
    for i, r in enumerate(requests):
        r = dict(r)
        add = board.enqueue if r.pop("queued") else board.add_running
        r["generated_tokens"] = min(r["generated_tokens"], r["max_tokens"])
        outcome(add, id=i, arrival_s=0.0, **r)  # some exceed the KV capacity: refused, typed
    table.reset(start)
    exact.reset(start)
    for now in sorted(times, key=lambda t: (math.isnan(t), t)):
        kind, d = outcome(table.decide, board, now)
        kind_e, e = outcome(exact.decide, board, now)
        assert kind == kind_e
        if kind != "ok":
            assert not math.isfinite(now) or board.running_count > 24
            continue
        assert (d.clock_mhz, d.slo_clock_mhz, list(d.admitted), d.reason) == \
               (e.clock_mhz, e.slo_clock_mhz, list(e.admitted), e.reason)
        assert d.clock_mhz in CLOCKS and d.slo_clock_mhz in CLOCKS
        assert d.clock_mhz >= d.slo_clock_mhz  # hysteresis only ever holds a higher clock
        queue = [q["id"] for q in board.queued()]
        assert list(d.admitted) == queue[:len(d.admitted)]  # FCFS prefix
        if d.reason == "slo_bound":
            trial = throttllem.Scoreboard(kv_capacity_blocks=capacity, kv_block_tokens=block, max_batch_size=board_batch)
            for r in board.running() + [q for q in board.queued() if q["id"] in set(d.admitted)]:
                trial.add_running(**r)
            p = trial.project(now)
            idx = CLOCKS.index(d.slo_clock_mhz)
            assert table.check(p, d.slo_clock_mhz, now)[0]
            if idx > 0:
                assert not table.check(p, CLOCKS[idx - 1], now)[0]
