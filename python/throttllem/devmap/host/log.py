"""DecisionLog: every choice a HostSelector made and how long it took (measured), kept in memory
and optionally written as JSON lines, atomically, when the selector closes."""

from __future__ import annotations

import json
import os
import time
from collections import deque
from typing import NamedTuple

from throttllem._atomic import atomic_open
from throttllem.errors import InvalidArgumentError


class Decision(NamedTuple):
    """One decision: wall-clock time (ns since the epoch), the source's sha256 (first 16 hex
    digits), kernel, global and local size (None: left to the runtime), the model's inputs
    (transfer bytes, work-group size), P(GPU), the model's pick, the device type used, the measured
    decision time (ns) and whether it was the source's first sight (analysis included)."""

    time_ns: int
    source_sha256: str
    kernel: str
    global_size: tuple[int, ...]
    local_size: tuple[int, ...] | None
    transfer_bytes: float
    wgsize: float
    p_gpu: float
    predicted: str
    device_type: str
    decision_ns: int
    first_sight: bool


class DecisionLog:
    """The last ``max_records`` decisions (oldest dropped first); ``summary()`` sums them up.

    The selector appends plain tuples whose first field is its ``perf_counter_ns`` at the
    decision; :attr:`records` names them and turns that into wall-clock ns."""

    def __init__(self, max_records: int = 100_000):
        if max_records < 1:
            raise InvalidArgumentError(f"max_records must be >= 1, got {max_records}")
        self._raw: deque[tuple] = deque(maxlen=max_records)
        self.append = self._raw.append  # bound once: this is on the decision path
        # one wall-clock anchor, so a decision reads the monotonic clock only
        self._wall_minus_perf = time.time_ns() - time.perf_counter_ns()

    @property
    def records(self) -> list[Decision]:
        """The decisions kept, oldest first."""
        offset = self._wall_minus_perf
        return [Decision(r[0] + offset, *r[1:]) for r in self._raw]

    def __len__(self) -> int:
        return len(self._raw)

    def summary(self) -> dict:
        """Decisions per device type, and p50/p99 decision time (measured, ns) of first sights and
        of steady (cached-source) decisions."""
        records = self.records
        out: dict = {"decisions": len(records), "measured": True}
        for key in ("predicted", "device_type"):
            counts: dict[str, int] = {}
            for r in records:
                value = getattr(r, key)
                counts[value] = counts.get(value, 0) + 1
            out[key] = counts
        for label, first in (("first_sight", True), ("steady", False)):
            times = sorted(r.decision_ns for r in records if r.first_sight is first)
            out[label] = {"n": len(times), "p50_ns": _quantile(times, 0.50), "p99_ns": _quantile(times, 0.99)}
        return out

    def write_jsonl(self, path: str | os.PathLike) -> None:
        """Every decision as one JSON object per line; the file is replaced atomically."""
        with atomic_open(path) as f:
            for r in self.records:
                f.write(json.dumps(r._asdict()) + "\n")


def _quantile(values: list[int], q: float) -> int | None:
    """The nearest-rank quantile of sorted ``values`` (None when empty)."""
    if not values:
        return None
    return values[min(len(values) - 1, max(0, int(round(q * len(values) + 0.5)) - 1))]
