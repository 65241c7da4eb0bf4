"""EngineView: what a clock policy may look at when it decides."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from throttllem.engine import RequestMirror
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.entities import PagedKvCache, RequestTable, RunningBatch
from throttllem.sim.predictors import GpuPredictor
from throttllem.traces import Trace


@dataclass
class EngineView:
    """Live engine state shared with the policy (read-only by convention).

    Information rules: the ``table`` holds every request's true output length and future
    arrivals. Only the clairvoyant oracle reads those; the other policies see what a real
    engine sees: the queue, the running requests' prompt and generated tokens
    (``running.context``), KV use, and for the governor the scoreboard filled with
    *predicted* lengths.
    """

    config: EngineConfig
    slo: SloConfig
    gpu: GpuPredictor
    table: RequestTable
    running: RunningBatch
    queue: deque
    #: Requests admitted whose prompt is not fully prefilled: [row, prefilled tokens].
    prefilling: list
    kv: PagedKvCache
    now_s: float = 0.0
    #: Index of the next request to arrive (rows >= this are in the future).
    next_arrival: int = 0
    #: The engine's requests on a throttllem.Scoreboard (``mirror.board``), kept in sync by
    #: the engine, only for policies with ``needs_board``.
    mirror: RequestMirror | None = None
    #: The clock in effect (None before the first request) and when a pending switch to the last
    #: requested clock completes (-inf: none pending). Switches take ``config.clock_switch_latency_s``.
    applied_clock_mhz: int | None = None
    switch_done_s: float = float("-inf")
    #: The trace being replayed (for the clairvoyant oracle, which replays it itself to plan).
    trace: Trace | None = None

    @property
    def busy(self) -> bool:
        return bool(len(self.running) or self.prefilling or self.queue)
