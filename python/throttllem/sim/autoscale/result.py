"""What a pool run produced: its instances and the per-request outcome (all figures modelled)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from throttllem.sim.config import SloConfig
from throttllem.traces import Trace


@dataclass
class Instance:
    """One engine instance: booting from ``start_s``, serving from ``ready_s`` until ``retire_s``."""

    tp: int
    start_s: float
    ready_s: float
    retire_s: float = math.inf
    rows: list = field(default_factory=list)
    backlog_s: float = 0.0
    backlog_at_s: float = 0.0
    release_s: float = math.nan
    energy_j: float = 0.0


@dataclass
class ClusterResult:
    """What one pool run produced (every figure modelled)."""

    label: str
    trace: Trace
    slo: SloConfig
    arrival_s: np.ndarray
    first_token_s: np.ndarray
    finish_s: np.ndarray
    instance_of: np.ndarray
    instances: list
    energy_j: float
    free_gpu_energy_j: float
    gpu_hours: float
    peak_gpus_held: int
    #: (time_s, active (tp, replicas), target (tp, replicas), reason) at every decision that changed something.
    steps: list
    decision_wall_s: float = 0.0
    wall_s: float = 0.0

    def mean_tbt_s(self) -> np.ndarray:
        gaps = np.maximum(self.trace.output_tokens - 1, 0).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(gaps > 0, (self.finish_s - self.first_token_s) / gaps, np.nan)

    def slo_met(self) -> np.ndarray:
        """Per request: finished, mean TBT within target and E2E within the deadline."""
        tbt = self.mean_tbt_s()
        finished = ~np.isnan(self.finish_s)
        ok = finished & (np.isnan(tbt) | (tbt * 1e3 <= self.slo.tbt_target_ms * (1 + 1e-9)))
        if self.slo.e2e_deadline_s is not None:
            ok &= (self.finish_s - self.arrival_s) <= self.slo.e2e_deadline_s * (1 + 1e-9)
        return ok

    def summary(self) -> dict:
        """The figures a report prints (all modelled)."""
        tokens = int(self.trace.output_tokens[~np.isnan(self.finish_s)].sum())
        e2e = self.finish_s - self.arrival_s
        return {"label": self.label, "requests": len(self.arrival_s), "finished": int(np.sum(~np.isnan(self.finish_s))),
                "energy_j": self.energy_j, "tokens_per_j": tokens / self.energy_j if self.energy_j > 0 else math.nan,
                "slo_both": float(self.slo_met().mean()), "e2e_p99_s": float(np.nanpercentile(e2e, 99)),
                "ttft_p99_s": float(np.nanpercentile(self.first_token_s - self.arrival_s, 99)),
                "gpu_hours": self.gpu_hours, "instances": len(self.instances),
                "configuration_switches": sum(1 for a, b in zip(self.steps, self.steps[1:]) if a[1] != b[1]),
                "peak_gpus_held": self.peak_gpus_held, "source": "modelled (simulated)"}
