"""Mistakes that only the stubs of throttllem._core can catch: mypy must report each marked line
(tests/typing/test_typing.py). Without stubs every one of them would pass as Any."""

import throttllem

board = throttllem.Scoreboard(kv_capacity_blocks=64)
gov = throttllem.Governor(throttllem.Forest.default(), clocks_mhz=[345, 1980], tbt_target_ms=200.0,
                          max_batch_size=8)
gov.decide(board)  # E: now_s is required
clock: str = gov.decide(board, 0.0).clock_mhz  # E: clock_mhz is an int
board.enqueue(7, 0.0, 10, 20)  # E: request fields are keyword-only
