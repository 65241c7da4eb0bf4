"""Autoscaler: which instance configuration (TP degree x replicas) a GPU pool runs (C++ core).

:class:`Autoscaler` decides; :class:`LoadMeter` turns request arrivals into the load sample it
decides on. The capacity table (one :class:`InstanceCapacity` per TP degree) comes from your
performance model, e.g. ``throttllem.sim.autoscale.capacity_table``. See docs/AUTOSCALER.md.

    meter = LoadMeter()
    meter.arrive(prompt_tokens)            # each request
    meter.finish(output_tokens)            # each completion (the output-length mix)
    decision = scaler.decide(now_s, *meter.sample(now_s))   # every interval_s
"""

from __future__ import annotations

from throttllem._core import Autoscaler, InstanceCapacity, ScaleDecision
from throttllem.errors import InvalidArgumentError


class LoadMeter:
    """Request rate and token mix since the last :meth:`sample` (output tokens from completions).

    The output mean is that of the last ``output_window`` completions (outputs are known only
    when requests finish); before any completion it is ``default_output_tokens``.
    """

    def __init__(self, *, output_window: int = 1000, default_output_tokens: float = 256.0, start_s: float = 0.0):
        if output_window < 1 or not default_output_tokens >= 0:
            raise InvalidArgumentError("output_window must be >= 1 and default_output_tokens >= 0")
        self._since = float(start_s)
        self._count = 0
        self._prompt_sum = 0.0
        self._outputs: list[float] = []
        self._window = int(output_window)
        self._default_output = float(default_output_tokens)

    def arrive(self, prompt_tokens: int) -> None:
        """Counts one request arrival."""
        self._count += 1
        self._prompt_sum += float(prompt_tokens)

    def finish(self, output_tokens: int) -> None:
        """Records one completion's output length."""
        self._outputs.append(float(output_tokens))
        if len(self._outputs) > 2 * self._window:
            del self._outputs[:-self._window]

    def sample(self, now_s: float) -> tuple[float, float, float]:
        """(requests_per_s, mean_prompt_tokens, mean_output_tokens) since the last sample; resets the count."""
        span = float(now_s) - self._since
        if not span > 0:
            raise InvalidArgumentError(f"now_s must be after the last sample ({self._since}), not {now_s}")
        recent = self._outputs[-self._window:]
        out = (self._count / span, self._prompt_sum / self._count if self._count else 0.0,
               sum(recent) / len(recent) if recent else self._default_output)
        self._since, self._count, self._prompt_sum = float(now_s), 0, 0.0
        return out


__all__ = ["Autoscaler", "InstanceCapacity", "LoadMeter", "ScaleDecision"]
