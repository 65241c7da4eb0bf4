"""OnlineQuantile: conditional quantiles of output length by prompt-length bucket, learned
from finished requests only."""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections import deque

from throttllem.errors import InvalidArgumentError
from throttllem.lengths.base import LengthPredictor


class SlidingQuantile:
    """The last ``window`` values, kept sorted: a quantile is one index, an update one binary
    search and one list insertion/deletion (a bounded memmove: cost and memory depend on
    ``window``, never on how many values were seen)."""

    __slots__ = ("window", "_fifo", "_sorted")

    def __init__(self, window: int) -> None:
        self.window = window
        self._fifo: deque[int] = deque()
        self._sorted: list[int] = []

    def __len__(self) -> int:
        return len(self._sorted)

    def add(self, value: int) -> None:
        """Adds ``value``, forgetting the oldest one once the window is full."""
        if len(self._fifo) == self.window:
            oldest = self._fifo.popleft()
            del self._sorted[bisect_left(self._sorted, oldest)]
        self._fifo.append(value)
        insort(self._sorted, value)

    def quantile(self, q: float) -> int:
        """The ``q`` quantile (nearest rank: the smallest value with at least ``q`` of the
        window at or below it). The window must not be empty."""
        values = self._sorted
        return values[min(max(math.ceil(q * len(values)) - 1, 0), len(values) - 1)]


class OnlineQuantile(LengthPredictor):
    """Predicts the ``quantile`` of the output lengths of recently finished requests with a
    similar prompt (the same power-of-two bucket of prompt tokens: 1, 2-3, 4-7, ..., 1024-2047,
    ...).

    Args:
        quantile: which quantile to predict, in (0, 1]. Higher: fewer under-predictions (a
            request running past its prediction makes the governor plan for its max_tokens)
            and less saving.
        window: finished requests remembered per bucket (and overall); older ones are
            forgotten, so the predictor follows drifting traffic. Memory: at most
            ``window`` x (buckets in use + 1) integers.
        min_samples: a bucket answers once it holds this many requests; before that the
            overall window answers, and before *that* the prior.
        prior_tokens: the answer before ``min_samples`` requests have finished at all; None
            (default) = the request's ``max_tokens`` (conservative until there is data).
        strict: the causality rule of :class:`~throttllem.lengths.LengthPredictor`.

    Both :meth:`predict` and :meth:`observe` cost O(log window) comparisons, independent of
    the number of requests seen.
    """

    name = "online"

    def __init__(self, quantile: float = 0.9, window: int = 1000, min_samples: int = 50,
                 prior_tokens: int | None = None, *, strict: bool = True) -> None:
        if not 0 < quantile <= 1:
            raise InvalidArgumentError(f"quantile must be in (0, 1], got {quantile!r}")
        if isinstance(window, bool) or int(window) != window or window < 1:
            raise InvalidArgumentError(f"window must be an integer >= 1, got {window!r}")
        if isinstance(min_samples, bool) or int(min_samples) != min_samples or not 1 <= min_samples <= window:
            raise InvalidArgumentError(f"min_samples must be an integer in 1..window ({window}), got {min_samples!r}")
        if prior_tokens is not None and (isinstance(prior_tokens, bool) or int(prior_tokens) != prior_tokens
                                         or prior_tokens < 1):
            raise InvalidArgumentError(f"prior_tokens must be an integer >= 1 or None, got {prior_tokens!r}")
        super().__init__(strict=strict)
        self.quantile = float(quantile)
        self.window = int(window)
        self.min_samples = int(min_samples)
        self.prior_tokens = None if prior_tokens is None else int(prior_tokens)
        self._all = SlidingQuantile(self.window)
        self._buckets: dict[int, SlidingQuantile] = {}

    @staticmethod
    def bucket(prompt_tokens: int) -> int:
        """The prompt-length bucket: floor(log2(prompt_tokens)) + 1, 0 for an empty prompt."""
        return int(prompt_tokens).bit_length()

    def source(self, prompt_tokens: int) -> str:
        """What would answer for this prompt now: "bucket", "overall" or "prior"."""
        window = self._buckets.get(self.bucket(prompt_tokens))
        if window is not None and len(window) >= self.min_samples:
            return "bucket"
        return "overall" if len(self._all) >= self.min_samples else "prior"

    def _predict(self, prompt_tokens: int, max_tokens: int) -> int:
        window = self._buckets.get(self.bucket(prompt_tokens))
        if window is None or len(window) < self.min_samples:
            window = self._all
            if len(window) < self.min_samples:
                return self.prior_tokens if self.prior_tokens is not None else max_tokens
        return window.quantile(self.quantile)

    def _observe(self, prompt_tokens: int, output_tokens: int) -> None:
        key = self.bucket(prompt_tokens)
        window = self._buckets.get(key)
        if window is None:
            window = self._buckets[key] = SlidingQuantile(self.window)
        window.add(output_tokens)
        self._all.add(output_tokens)

    def label(self) -> str:
        return f"online(q={self.quantile:g})"
