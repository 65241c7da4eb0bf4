"""The predictors that need no learning: conservative (max_tokens) and user-supplied."""

from __future__ import annotations

from collections.abc import Callable

from throttllem.errors import InvalidArgumentError
from throttllem.lengths.base import LengthPredictor


class Conservative(LengthPredictor):
    """Every request is predicted to run to its ``max_tokens``: no prediction at all.

    The governor then plans for the worst case (as with ``predicted_output_tokens=0``): SLOs
    are safest, savings smallest.
    """

    name = "conservative"

    def _predict(self, prompt_tokens: int, max_tokens: int) -> int:
        return max_tokens


class UserPredictor(LengthPredictor):
    """A user-supplied predictor: ``predict(prompt_tokens, max_tokens) -> tokens`` and,
    optionally, ``observe(prompt_tokens, output_tokens)`` for finished requests (a proxy model,
    a per-client history). Results are clipped to 1..max_tokens; a non-integer result is an
    InvalidArgumentError. The causality rule of :class:`LengthPredictor` applies to the calls.
    """

    name = "user"

    def __init__(self, predict: Callable[[int, int], int] | None = None,
                 observe: Callable[[int, int], None] | None = None, *, strict: bool = True) -> None:
        if not callable(predict):
            raise InvalidArgumentError("the user length predictor needs a Python callable "
                                       "predict(prompt_tokens, max_tokens) -> tokens")
        if observe is not None and not callable(observe):
            raise InvalidArgumentError("observe must be callable or None")
        super().__init__(strict=strict)
        self._fn = predict
        self._learn = observe

    def _predict(self, prompt_tokens: int, max_tokens: int) -> int:
        value = self._fn(prompt_tokens, max_tokens)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or int(value) != value:
            raise InvalidArgumentError(f"the user length predictor returned {value!r}, not a token count")
        return int(value)

    def _observe(self, prompt_tokens: int, output_tokens: int) -> None:
        if self._learn is not None:
            self._learn(prompt_tokens, output_tokens)
