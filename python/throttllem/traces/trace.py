"""Trace: requests as arrays (arrival time, prompt tokens, output tokens)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from throttllem.errors import InvalidArgumentError


@dataclass(frozen=True)
class Trace:
    """A request trace, one entry per request, sorted by arrival.

    Arrays rather than request objects: the simulator reads them in bulk and a one-hour
    trace holds tens of thousands of requests. Arrival times start at 0 s.
    """

    arrival_s: np.ndarray
    prompt_tokens: np.ndarray
    output_tokens: np.ndarray
    #: Where the trace came from (file name, or the generator and its seed).
    name: str = "trace"
    #: Free-form provenance notes (source URL, licence, rate scaling applied).
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        arrival = np.ascontiguousarray(self.arrival_s, dtype=np.float64)
        prompt = np.ascontiguousarray(self.prompt_tokens, dtype=np.int64)
        output = np.ascontiguousarray(self.output_tokens, dtype=np.int64)
        if not (arrival.ndim == prompt.ndim == output.ndim == 1):
            raise InvalidArgumentError("trace arrays must be one-dimensional")
        if not (len(arrival) == len(prompt) == len(output)):
            raise InvalidArgumentError("trace arrays must have equal lengths")
        if len(arrival) == 0:
            raise InvalidArgumentError(f"{self.name}: trace has no requests")
        if not np.all(np.isfinite(arrival)) or np.any(np.diff(arrival) < 0):
            raise InvalidArgumentError(f"{self.name}: arrival times must be finite and sorted")
        if np.any(prompt < 1) or np.any(output < 1):
            raise InvalidArgumentError(f"{self.name}: prompt and output tokens must be >= 1")
        arrival = arrival - arrival[0]
        for name, value in (("arrival_s", arrival), ("prompt_tokens", prompt), ("output_tokens", output)):
            value.setflags(write=False)
            object.__setattr__(self, name, value)

    def __len__(self) -> int:
        return len(self.arrival_s)

    @property
    def duration_s(self) -> float:
        """Time from the first arrival to the last."""
        return float(self.arrival_s[-1])

    @property
    def mean_rps(self) -> float:
        """Mean arrival rate: (n - 1) arrivals over the span, so that scaling to R gives exactly R."""
        if len(self) < 2 or self.duration_s <= 0:
            raise InvalidArgumentError(f"{self.name}: a rate needs two arrivals at different times")
        return (len(self) - 1) / self.duration_s

    def scaled_to_rps(self, rps: float) -> Trace:
        """The same requests with arrival times compressed (or stretched) to a mean rate of ``rps``.

        This is how published evaluations replay one trace at each engine's capacity: the
        request mix and the burst pattern are kept, only the time axis changes.
        """
        if not rps > 0:
            raise InvalidArgumentError("rps must be positive")
        factor = self.mean_rps / rps
        return Trace(self.arrival_s * factor, self.prompt_tokens, self.output_tokens, self.name,
                     self.notes + (f"arrivals scaled x{factor:.4g} to {rps:.4g} req/s",))

    def head(self, count: int) -> Trace:
        """The first ``count`` requests."""
        if count < 1:
            raise InvalidArgumentError("count must be >= 1")
        return Trace(self.arrival_s[:count], self.prompt_tokens[:count], self.output_tokens[:count],
                     self.name, self.notes)

    def window(self, duration_s: float) -> Trace:
        """The requests that arrive in the first ``duration_s`` seconds."""
        count = int(np.searchsorted(self.arrival_s, duration_s, side="right"))
        return self.head(max(count, 1))

    def summary(self) -> dict[str, float]:
        """Request count, span, rate and length statistics (for reports)."""
        return {
            "requests": float(len(self)),
            "duration_s": self.duration_s,
            "mean_rps": self.mean_rps if len(self) > 1 and self.duration_s > 0 else float("nan"),
            "prompt_tokens_mean": float(self.prompt_tokens.mean()),
            "prompt_tokens_p50": float(np.median(self.prompt_tokens)),
            "output_tokens_mean": float(self.output_tokens.mean()),
            "output_tokens_p50": float(np.median(self.output_tokens)),
        }
