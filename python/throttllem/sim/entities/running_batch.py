"""RunningBatch: the requests in the decode phase, as aligned arrays."""

from __future__ import annotations

import numpy as np


class RunningBatch:
    """Requests that have their first token and decode one token per iteration.

    ``ids`` are row numbers in the RequestTable; ``remaining`` counts tokens still to
    generate; ``context`` counts tokens in the KV cache (prompt + generated). The sums the
    engine needs every iteration are kept as scalars, so a decode stretch costs O(1) numpy
    calls however large the batch.
    """

    def __init__(self) -> None:
        self.ids = np.zeros(0, dtype=np.int64)
        self.remaining = np.zeros(0, dtype=np.int64)
        self.context = np.zeros(0, dtype=np.int64)
        self.context_sum = 0

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, ids: np.ndarray, remaining: np.ndarray, context: np.ndarray) -> None:
        self.ids = np.concatenate((self.ids, ids))
        self.remaining = np.concatenate((self.remaining, remaining))
        self.context = np.concatenate((self.context, context))
        self.context_sum += int(context.sum())

    def iterations_to_next_finish(self) -> int:
        return int(self.remaining.min()) if len(self.ids) else 0

    def advance(self, iterations: int) -> None:
        """Every request generated ``iterations`` more tokens."""
        self.remaining -= iterations
        self.context += iterations
        self.context_sum += iterations * len(self.ids)

    def pop_finished(self) -> np.ndarray:
        """Removes and returns the requests with nothing left to generate."""
        done = self.remaining <= 0
        if not done.any():
            return np.zeros(0, dtype=np.int64)
        return self._remove(done)

    def _remove(self, mask: np.ndarray) -> np.ndarray:
        gone = self.ids[mask]
        self.context_sum -= int(self.context[mask].sum())
        keep = ~mask
        self.ids, self.remaining, self.context = self.ids[keep], self.remaining[keep], self.context[keep]
        return gone

    def kv_tokens(self) -> int:
        """Tokens attended in the next iteration: every context plus the token being written."""
        return self.context_sum + len(self.ids)
