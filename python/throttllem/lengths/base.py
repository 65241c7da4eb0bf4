"""LengthPredictor: the interface every output-length predictor implements, with its causality rule."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from typing import ClassVar

from throttllem.errors import InvalidArgumentError


class LengthPredictor(ABC):
    """Predicts a request's output length (tokens) when it arrives; learns from finished ones.

    An engine integration calls :meth:`predict` when a request arrives (its result is the
    ``predicted_output_tokens`` of :meth:`throttllem.engine.RequestMirror.arrive`) and
    :meth:`observe` when a request finishes, with the tokens it really generated.

    **Causality.** Both calls carry the engine's clock. A predictor only ever learns from
    requests that finished at or before the time it predicts for: an observation older than
    one already seen, or a prediction asked for a time before the newest observation, is an
    :class:`~throttllem.errors.InvalidArgumentError` (``strict=True``, the default). With
    ``strict=False`` (engines whose completion timestamps may jitter) a late observation is
    dropped and counted in :attr:`dropped`, and a prediction for an earlier time is answered.

    Subclasses implement :meth:`_predict` and, if they learn, :meth:`_observe`.
    """

    #: Registry name (:func:`throttllem.lengths.make`).
    name: ClassVar[str] = ""

    def __init__(self, *, strict: bool = True) -> None:
        self.strict = bool(strict)
        #: Time of the newest observation (-inf before any).
        self.latest_s = -math.inf
        #: Observations taken / dropped as out of order (``strict=False``).
        self.observed = 0
        self.dropped = 0

    # ---- the interface ---------------------------------------------------------------------
    def predict(self, prompt_tokens: int, max_tokens: int, now_s: float) -> int:
        """Predicted output tokens (1..``max_tokens``) of a request arriving at ``now_s``."""
        prompt_tokens, max_tokens = _count(prompt_tokens, "prompt_tokens", 0), _count(max_tokens, "max_tokens", 1)
        if now_s < self.latest_s and self.strict:
            raise InvalidArgumentError(f"length prediction for t={now_s:g} s after learning from a request "
                                       f"that finished at t={self.latest_s:g} s (future information)")
        return min(max(int(self._predict(prompt_tokens, max_tokens)), 1), max_tokens)

    def observe(self, prompt_tokens: int, output_tokens: int, finish_s: float) -> None:
        """A request with ``prompt_tokens`` finished at ``finish_s`` after generating ``output_tokens``."""
        prompt_tokens, output_tokens = _count(prompt_tokens, "prompt_tokens", 0), _count(output_tokens, "output_tokens", 1)
        if not finish_s == finish_s:  # NaN
            raise InvalidArgumentError("finish_s must be a time, got NaN")
        if finish_s < self.latest_s:
            if self.strict:
                raise InvalidArgumentError(f"request finished at t={finish_s:g} s observed after one that "
                                           f"finished at t={self.latest_s:g} s (out of order)")
            self.dropped += 1
            return
        self.latest_s = float(finish_s)
        self.observed += 1
        self._observe(prompt_tokens, output_tokens)

    # ---- for subclasses ----------------------------------------------------------------------
    @abstractmethod
    def _predict(self, prompt_tokens: int, max_tokens: int) -> int:
        """The prediction (checked inputs; the result is clipped to 1..max_tokens)."""

    def _observe(self, prompt_tokens: int, output_tokens: int) -> None:  # noqa: B027 (optional hook)
        """Learn from a finished request (checked, in time order)."""

    def label(self) -> str:
        """Name with parameters, for reports."""
        return self.name


def _count(value: int, what: str, low: int) -> int:
    """``value`` as an int >= ``low``, else InvalidArgumentError."""
    if isinstance(value, bool) or int(value) != value or value < low:
        raise InvalidArgumentError(f"{what} must be an integer >= {low}, got {value!r}")
    return int(value)
