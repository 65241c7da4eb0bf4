"""``Decision.reason`` tells a clock held at the floor (the lowest clock already meets every SLO)
from one an SLO holds up (a lower clock would miss one)."""

from __future__ import annotations

import throttllem

CLOCKS = range(345, 1981, 15)


def _board() -> throttllem.Scoreboard:
    board = throttllem.Scoreboard(kv_capacity_blocks=25_000, max_batch_size=256)
    board.enqueue(id=7, arrival_s=0.0, prompt_tokens=812, max_tokens=1024, predicted_output_tokens=240,
                  deadline_s=20.0)
    return board


def test_the_readme_example_is_floor_bound():
    gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=CLOCKS, tbt_target_ms=200.0, max_batch_size=256)
    d = gov.decide(_board(), now_s=0.0)
    assert (d.clock_mhz, d.slo_clock_mhz, d.reason) == (345, 345, "floor_bound")
    assert d.tbt_slack_ms > 0 and d.e2e_slack_ms > 0


def test_a_binding_target_is_slo_bound_and_the_clock_below_misses_it():
    forest = throttllem.Forest.default()
    probe = throttllem.Governor(forest, clocks_mhz=CLOCKS, tbt_target_ms=200.0, max_batch_size=256)
    board = _board()
    board.admit([7])
    projection = board.project(0.0)
    # The TBT predicted at 1200 MHz as the target: some clock in 360..1200 MHz is the lowest to meet it.
    target_ms = probe.check(projection, 1200, 0.0)[1] * 1.0001
    gov = throttllem.Governor(forest, clocks_mhz=CLOCKS, tbt_target_ms=target_ms, max_batch_size=256)
    d = gov.decide(board, now_s=0.0)
    assert d.reason == "slo_bound" and 345 < d.clock_mhz <= 1200
    assert gov.check(projection, d.clock_mhz, 0.0)[0] and not gov.check(projection, d.clock_mhz - 15, 0.0)[0]
