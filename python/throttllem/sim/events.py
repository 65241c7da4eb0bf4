"""EventLog: what the engine did, in time order (iterations and idle periods).

The engine appends one *segment* per stretch (a run of iterations at one clock and batch)
or idle period, plus the per-iteration time, power and effective clock of every iteration.
Metrics, plots and the conservation tests read these arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Timeline:
    """Finalised log as arrays.

    Segments (time order): ``seg_start_s``, ``seg_duration_s``, ``seg_clock_mhz`` (the clock in
    effect: the requested one once its switch latency has passed), ``seg_iterations`` (0 = idle),
    ``seg_batch``, ``seg_energy_j``, ``seg_requested_mhz`` (the clock the policy asked for).
    Iterations (time order): ``iter_start_s``, ``iter_time_s``, ``iter_power_w``,
    ``iter_clock_mhz`` (in effect), ``iter_effective_mhz`` (after power capping),
    ``iter_batch`` (decode tokens), ``iter_prefill_tokens``, ``iter_kv_tokens``.
    """

    seg_start_s: np.ndarray
    seg_duration_s: np.ndarray
    seg_clock_mhz: np.ndarray
    seg_iterations: np.ndarray
    seg_batch: np.ndarray
    seg_energy_j: np.ndarray
    iter_start_s: np.ndarray
    iter_time_s: np.ndarray
    iter_power_w: np.ndarray
    iter_clock_mhz: np.ndarray
    iter_effective_mhz: np.ndarray
    iter_batch: np.ndarray
    iter_prefill_tokens: np.ndarray
    iter_kv_tokens: np.ndarray
    seg_requested_mhz: np.ndarray | None = None
    #: The clock the policy asked for at each iteration (``iter_clock_mhz`` lags it while a
    #: switch is pending).
    iter_requested_mhz: np.ndarray | None = None

    @property
    def idle(self) -> np.ndarray:
        return self.seg_iterations == 0

    def clock_switches(self) -> int:
        """Changes of the requested clock from one segment to the next (switch requests)."""
        requested = self.seg_clock_mhz if self.seg_requested_mhz is None else self.seg_requested_mhz
        return int(np.count_nonzero(np.diff(requested) != 0))


class EventLog:
    """Append-only log; cheap per stretch (a tuple and three array references)."""

    def __init__(self) -> None:
        self._segments: list[tuple] = []
        self._times: list[np.ndarray] = []
        self._powers: list[np.ndarray] = []
        self._effective: list[np.ndarray] = []

    def iterations(self, start_s: float, times: np.ndarray, powers: np.ndarray, effective: np.ndarray,
                   clock_mhz: int, batch: int, kv_tokens: int, prefill_tokens: int,
                   requested_mhz: int | None = None) -> None:
        """A stretch of ``len(times)`` iterations at ``clock_mhz`` (in effect; ``requested_mhz``:
        the policy's request, default the same); KV grows by ``batch`` per iteration."""
        self._segments.append((start_s, float(times.sum()), clock_mhz, len(times), batch,
                               float(np.dot(times, powers)), kv_tokens, prefill_tokens,
                               clock_mhz if requested_mhz is None else requested_mhz))
        self._times.append(times)
        self._powers.append(powers)
        self._effective.append(effective)

    def idle(self, start_s: float, duration_s: float, clock_mhz: int, power_w: float,
             requested_mhz: int | None = None) -> None:
        self._segments.append((start_s, duration_s, clock_mhz, 0, 0, duration_s * power_w, 0, 0,
                               clock_mhz if requested_mhz is None else requested_mhz))

    def finalise(self) -> Timeline:
        segs = np.array(self._segments, dtype=np.float64).reshape(-1, 9)
        iters = segs[:, 3].astype(np.int64)
        busy = iters > 0
        n_b = iters[busy]
        times = np.concatenate(self._times) if self._times else np.zeros(0)
        starts = np.cumsum(times) - times
        # Re-base each stretch's cumulative time on its own start (stretches are not contiguous).
        offsets = np.repeat(segs[busy, 0] - np.concatenate(([0.0], np.cumsum(segs[busy, 1])[:-1])), n_b)
        within = np.arange(len(times)) - np.repeat(np.cumsum(n_b) - n_b, n_b)
        batch = np.repeat(segs[busy, 4].astype(np.int64), n_b)
        return Timeline(
            seg_start_s=segs[:, 0], seg_duration_s=segs[:, 1], seg_clock_mhz=segs[:, 2].astype(np.int64),
            seg_iterations=iters, seg_batch=segs[:, 4].astype(np.int64), seg_energy_j=segs[:, 5],
            iter_start_s=starts + offsets,
            iter_time_s=times,
            iter_power_w=np.concatenate(self._powers) if self._powers else np.zeros(0),
            iter_clock_mhz=np.repeat(segs[busy, 2].astype(np.int64), n_b),
            iter_effective_mhz=np.concatenate(self._effective) if self._effective else np.zeros(0, np.int64),
            iter_batch=batch,
            iter_prefill_tokens=np.repeat(segs[busy, 7].astype(np.int64), n_b),
            iter_kv_tokens=np.repeat(segs[busy, 6].astype(np.int64), n_b) + batch * within,
            seg_requested_mhz=segs[:, 8].astype(np.int64),
            iter_requested_mhz=np.repeat(segs[busy, 8].astype(np.int64), n_b),
        )
