"""SimResult: everything one run produced (requests, timeline, energy) and its metrics."""

from __future__ import annotations

from dataclasses import dataclass, field

from throttllem.sim import metrics as _metrics
from throttllem.sim.config import EngineConfig, SloConfig
from throttllem.sim.entities import PagedKvCache, RequestTable
from throttllem.sim.events import EventLog, Timeline
from throttllem.traces import Trace


@dataclass
class SimResult:
    """Outcome of replaying one trace under one policy (all figures modelled)."""

    policy: str
    trace: Trace
    config: EngineConfig
    slo: SloConfig
    table: RequestTable
    timeline: Timeline
    energy_j: float
    kv_capacity_blocks: int
    kv_peak_allocated_blocks: int
    kv_peak_used_blocks: int
    gpu_source: str = "modelled"
    wall_s: float = 0.0
    _metrics: _metrics.Metrics | None = field(default=None, repr=False)

    @classmethod
    def build(cls, policy: str, trace: Trace, config: EngineConfig, slo: SloConfig, table: RequestTable,
              kv: PagedKvCache, log: EventLog, energy_j: float, gpu) -> SimResult:
        return cls(policy, trace, config, slo, table, log.finalise(), energy_j, kv.capacity_blocks,
                   kv.peak_allocated_blocks, kv.peak_used_blocks, gpu.source)

    def rejudge(self, slo: SloConfig) -> None:
        """Judges the same run against other SLOs (valid for policies that ignore deadlines,
        e.g. max_clock, whose run does not depend on them)."""
        self.slo = slo
        self.table.set_deadline(slo.e2e_deadline_s)
        self._metrics = None

    @property
    def metrics(self) -> _metrics.Metrics:
        if self._metrics is None:
            self._metrics = _metrics.compute(self.policy, self.table, self.timeline, self.energy_j,
                                             self.slo.tbt_target_ms, self.slo.e2e_deadline_s)
        return self._metrics
