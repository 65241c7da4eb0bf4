"""RequestTable: every request of a run as columns (struct of arrays)."""

from __future__ import annotations

import numpy as np

from throttllem.traces import Trace


class RequestTable:
    """Static fields of each request (from the trace) and the times the engine records.

    Columns rather than objects so that per-iteration work is a few numpy operations over
    the running set, whatever its size. Times are seconds from the trace start; NaN until
    the event happens.
    """

    def __init__(self, trace: Trace, max_context_tokens: int, max_tokens: int) -> None:
        n = len(trace)
        self.size = n
        self.arrival_s = np.array(trace.arrival_s, dtype=np.float64)
        self.output_tokens = np.array(trace.output_tokens, dtype=np.int64)
        # Prompts that do not fit the model's context with their output are cut from the
        # front (as a chat front end trims history); outputs are never changed.
        limit = np.maximum(max_context_tokens - self.output_tokens, 1)
        self.prompt_tokens = np.minimum(np.array(trace.prompt_tokens, dtype=np.int64), limit)
        self.clipped_prompts = int(np.count_nonzero(self.prompt_tokens < trace.prompt_tokens))
        #: Output cap the engine reserves KV for: max_tokens, within the model's context.
        self.max_new_tokens = np.minimum(max_tokens, max_context_tokens - self.prompt_tokens)
        self.deadline_s = np.full(n, np.inf)
        self.admit_s = np.full(n, np.nan)
        self.first_token_s = np.full(n, np.nan)
        self.finish_s = np.full(n, np.nan)
        self.generated = np.zeros(n, dtype=np.int64)

    def __len__(self) -> int:
        return self.size

    def set_deadline(self, e2e_deadline_s: float | None) -> None:
        """Absolute deadline of each request: arrival + the E2E SLO (inf when there is none)."""
        self.deadline_s = self.arrival_s + (np.inf if e2e_deadline_s is None else e2e_deadline_s)

    @property
    def finished(self) -> np.ndarray:
        return ~np.isnan(self.finish_s)

    def ttft_s(self) -> np.ndarray:
        """Arrival to first token."""
        return self.first_token_s - self.arrival_s

    def e2e_s(self) -> np.ndarray:
        """Arrival to last token."""
        return self.finish_s - self.arrival_s

    def mean_tbt_s(self) -> np.ndarray:
        """Mean time between tokens after the first; NaN for one-token outputs."""
        gaps = np.maximum(self.output_tokens - 1, 0).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(gaps > 0, (self.finish_s - self.first_token_s) / gaps, np.nan)
