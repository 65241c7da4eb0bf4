"""PrefillClock: the SM clock of iterations that run prompt tokens; the governor's prefill cost table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from throttllem.errors import InvalidArgumentError

#: Prompt-token counts at which :func:`prefill_cost_table` samples the prefill cost (linear in
#: between in the governor). Dense where chunks live (vLLM v1's default budgets are 2048-8192).
DEFAULT_PREFILL_GRID = (0, 16, 32, 64, 128, 256, 512, 1024, 1536, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 32768)


class PrefillClock:
    """How the clock of a prefill iteration relates to the governor's decode clock.

    Choices:

    - ``"governor"``: one clock per iteration, the governor's: its projection covers the prefill
      of queued and admitted requests (a board with ``prefill_chunk_tokens`` and a governor with
      a prefill cost table, see :func:`prefill_cost_table`), so mixed prefill + decode
      iterations meet TTFT, TBT and E2E at the clock it picks;
    - ``"max"``: prefill at the highest clock (throttLL'eM does not throttle prefill: a clock
      switch took ~200 ms on its A100s, Kakolyris et al., HPCA 2025);
    - ``"decode"``: the decode clock of a governor that does not model prefill (TTFT
      unguarded: an experiment);
    - a number N (MHz): the lowest supported clock >= N, and never below the decode clock.
    """

    __slots__ = ("mode", "_max", "_floor")

    def __init__(self, mode: str | int, clocks_mhz: Iterable[int]) -> None:
        self.mode = self.check(mode)
        clocks = sorted(int(c) for c in clocks_mhz)
        if not clocks:
            raise InvalidArgumentError("prefill clock: no supported clocks given")
        self._max = clocks[-1]
        # A fixed clock is resolved to a supported level once, not per decision.
        self._floor = None if isinstance(mode, str) else next((c for c in clocks if c >= mode), self._max)

    @staticmethod
    def check(mode: str | int) -> str | int:
        """``mode`` if it is a valid choice, else InvalidArgumentError."""
        if isinstance(mode, bool) or not (mode in ("max", "decode", "governor")
                                          or (isinstance(mode, int) and mode > 0)):
            raise InvalidArgumentError(
                f"prefill_clock must be 'governor', 'max', 'decode' or a clock in MHz, got {mode!r}")
        return mode

    def choose(self, decode_mhz: int) -> int | None:
        """The prefill clock for a decode clock (None: the decode clock itself)."""
        if self.mode == "max":
            return self._max
        if self._floor is None:
            return None
        return max(self._floor, decode_mhz)


def prefill_cost_table(iteration_time_s: Callable[[int, int], float], clocks_mhz: Iterable[int],
                       grid_tokens: Sequence[int] = DEFAULT_PREFILL_GRID) -> tuple[list[int], list[list[float]]]:
    """The governor's prefill cost table: ``(prefill_grid_tokens, prefill_time_s)``.

    ``iteration_time_s(prefill_tokens, clock_mhz)``: seconds of an iteration that prefills that
    many prompt tokens next to one decode token (batch 1, short context), e.g. from the
    performance model (:mod:`throttllem.perfmodel`) or a profile. The cost of P tokens at clock f
    is ``t(P, f) - t(0, f)``: what prefill adds to a decode iteration. Measured next to the
    smallest decode, it is the largest such addition under a roofline (bigger decodes overlap
    more of it), so the governor's mixed-iteration time errs long. The table is made
    non-increasing in clock (the governor's binary search needs it) and non-decreasing in tokens
    (its admission search does) by raising entries, never lowering them.
    """
    grid = [int(t) for t in grid_tokens]
    clocks = [int(c) for c in clocks_mhz]
    if len(grid) < 2 or grid[0] != 0 or any(b <= a for a, b in zip(grid, grid[1:])):
        raise InvalidArgumentError("grid_tokens must start at 0 and ascend strictly, with >= 2 points")
    if not clocks:
        raise InvalidArgumentError("prefill cost table: no clocks given")
    order = np.argsort(clocks)
    cost = np.empty((len(clocks), len(grid)))
    for row, c in enumerate(clocks):
        base = float(iteration_time_s(0, c))
        cost[row] = [max(float(iteration_time_s(p, c)) - base, 0.0) for p in grid]
    if not np.all(np.isfinite(cost)):
        raise InvalidArgumentError("iteration_time_s returned a non-finite time")
    # Both repairs only raise a cost (the time errs long, never short). Above the power cap the
    # prefill's own time stops falling with clock while the decode's keeps falling, so the raw
    # difference can rise with clock there: each clock takes the largest cost of any clock >= it.
    cost = np.maximum.accumulate(cost, axis=1)
    ascending = cost[order]
    ascending = np.maximum.accumulate(ascending[::-1], axis=0)[::-1]
    cost[order] = ascending
    return grid, cost.tolist()
