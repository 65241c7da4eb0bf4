"""PrefillClock: the SM clock of iterations that run prompt tokens."""

from __future__ import annotations

from collections.abc import Iterable

from throttllem.errors import InvalidArgumentError


class PrefillClock:
    """How the clock of a prefill iteration relates to the governor's decode clock.

    The governor's projection covers decode iterations; a prompt's prefill is compute-bound and
    sets the time to first token. Choices:

    - ``"max"``: prefill at the highest clock (throttLL'eM does not throttle prefill: a clock
      switch took ~200 ms on its A100s, Kakolyris et al., HPCA 2025);
    - ``"decode"``: the decode clock (TTFT unguarded: an experiment);
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
        if isinstance(mode, bool) or not (mode in ("max", "decode") or (isinstance(mode, int) and mode > 0)):
            raise InvalidArgumentError(f"prefill_clock must be 'max', 'decode' or a clock in MHz, got {mode!r}")
        return mode

    def choose(self, decode_mhz: int) -> int | None:
        """The prefill clock for a decode clock (None: the decode clock itself)."""
        if self.mode == "max":
            return self._max
        if self._floor is None:
            return None
        return max(self._floor, decode_mhz)
