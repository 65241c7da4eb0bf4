"""Metrics of one run: energy, tokens per joule, latency percentiles, SLO attainment, clocks.

Every figure here comes from the simulator, so every figure is *modelled* (the GPU's time
and power come from a GPU model, calibrated on a measured profile or analytic, not from a card);
reports say so.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from throttllem.sim.entities import RequestTable
from throttllem.sim.events import Timeline

PERCENTILES = (50, 90, 99)


@dataclass(frozen=True)
class Metrics:
    """Summary of one run. Latencies in seconds unless the name says ms."""

    policy: str
    requests: int
    finished: int
    output_tokens: int
    makespan_s: float
    energy_j: float
    tokens_per_j: float
    mean_power_w: float
    ttft_p50_s: float
    ttft_p90_s: float
    ttft_p99_s: float
    #: Per-request mean time between tokens (the SLO's quantity).
    tbt_p50_ms: float
    tbt_p90_ms: float
    tbt_p99_ms: float
    #: Per-token gaps (iteration times weighted by the tokens they produced).
    token_gap_p99_ms: float
    e2e_p50_s: float
    e2e_p90_s: float
    e2e_p99_s: float
    #: Fractions of requests meeting the TBT target, the E2E deadline, and both.
    slo_tbt: float
    slo_e2e: float
    slo_both: float
    clock_switches: int
    #: Clock switch requests per second of the run (trace start to last completion).
    switches_per_s: float
    #: Time-weighted mean requested clock while busy.
    mean_busy_clock_mhz: float
    iterations: int
    source: str = "modelled"

    def as_dict(self) -> dict:
        return asdict(self)


def weighted_percentile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The q-th percentile of values repeated ``weights`` times (no expansion)."""
    if len(values) == 0 or weights.sum() <= 0:
        return float("nan")
    order = np.argsort(values)
    cum = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cum, q / 100.0 * cum[-1], side="left")])


def _pct(values: np.ndarray) -> list[float]:
    values = values[~np.isnan(values)]
    if not len(values):
        return [float("nan")] * len(PERCENTILES)
    return [float(v) for v in np.percentile(values, PERCENTILES)]


def compute(policy: str, table: RequestTable, timeline: Timeline, energy_j: float,
            tbt_target_ms: float, deadline_s: float | None) -> Metrics:
    finished = table.finished
    tokens = int(table.generated.sum())
    makespan = float(np.nanmax(table.finish_s)) if finished.any() else 0.0
    ttft = _pct(table.ttft_s())
    tbt = table.mean_tbt_s()
    tbt_ms = _pct(tbt * 1e3)
    e2e = table.e2e_s()
    e2e_pct = _pct(e2e)
    # One-token outputs have no TBT: they meet the TBT target trivially.
    tbt_ok = finished & (np.isnan(tbt) | (tbt * 1e3 <= tbt_target_ms * (1 + 1e-9)))
    e2e_ok = finished & ((e2e <= deadline_s * (1 + 1e-9)) if deadline_s is not None else True)
    n = max(len(table), 1)
    busy = timeline.seg_iterations > 0
    busy_time = timeline.seg_duration_s[busy].sum()
    mean_clock = (float((timeline.seg_clock_mhz[busy] * timeline.seg_duration_s[busy]).sum() / busy_time)
                  if busy_time > 0 else float("nan"))
    return Metrics(
        policy=policy, requests=len(table), finished=int(finished.sum()), output_tokens=tokens,
        makespan_s=makespan, energy_j=energy_j, tokens_per_j=tokens / energy_j if energy_j > 0 else float("nan"),
        mean_power_w=energy_j / makespan if makespan > 0 else float("nan"),
        ttft_p50_s=ttft[0], ttft_p90_s=ttft[1], ttft_p99_s=ttft[2],
        tbt_p50_ms=tbt_ms[0], tbt_p90_ms=tbt_ms[1], tbt_p99_ms=tbt_ms[2],
        token_gap_p99_ms=weighted_percentile(timeline.iter_time_s * 1e3, timeline.iter_batch.astype(float), 99),
        e2e_p50_s=e2e_pct[0], e2e_p90_s=e2e_pct[1], e2e_p99_s=e2e_pct[2],
        slo_tbt=float(tbt_ok.sum() / n), slo_e2e=float(np.sum(e2e_ok) / n), slo_both=float(np.sum(tbt_ok & e2e_ok) / n),
        clock_switches=timeline.clock_switches(),
        switches_per_s=timeline.clock_switches() / makespan if makespan > 0 else 0.0,
        mean_busy_clock_mhz=mean_clock,
        iterations=int(timeline.seg_iterations.sum()),
    )
